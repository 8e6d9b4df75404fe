"""Open formats: the whole event as documented JSON, spreadsheets out (CSV, XLSX)."""
