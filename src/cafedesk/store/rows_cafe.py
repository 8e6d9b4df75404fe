"""Rows for café tables, rounds, seating and harvest (schema 4). Imported by rows.py."""
