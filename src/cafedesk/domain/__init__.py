"""Plain data and rules of a workshop event; standard library only."""
