"""Rows for session reports and photos (schema 3). Imported by rows.py."""
