"""wijkdesk: an offline desktop app for facilitators of Dutch neighbourhood meetings."""

__version__ = "0.1.0"
