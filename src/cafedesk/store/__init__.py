"""The event file: SQLAlchemy rows, engine, lifecycle, migrations, backups."""
