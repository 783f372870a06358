"""Platform-level information every client may read."""
