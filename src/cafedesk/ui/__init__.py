"""Everything that imports PySide6 lives below this package."""
