"""cafedesk: an offline desk for Open Space, World Café and Pro Action Café facilitators."""

__version__ = "0.1.0"
