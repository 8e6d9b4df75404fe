"""Session reports, flipchart photos, convenor mode and the news wall."""
