"""A calm look that works on every platform style: spacing and the navigation list."""

STYLE_SHEET = """
QListWidget#navigation {
    border: none;
    border-right: 1px solid palette(mid);
    background: palette(window);
    padding-top: 8px;
    font-size: 11pt;
    outline: 0;
}
QListWidget#navigation::item {
    padding: 9px 14px;
    border-radius: 4px;
    margin: 1px 6px;
}
QListWidget#navigation::item:selected {
    background: #2f6f5e;
    color: white;
}
QTableView { gridline-color: palette(midlight); }
"""
