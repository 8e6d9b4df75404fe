"""Paper and files: reportlab documents, CSV/XLSX/JSON, .eml drafts. No Qt.

Printed labels are translated through a plain ``translate`` callable handed in
by the caller, so this package stays free of Qt.
"""
