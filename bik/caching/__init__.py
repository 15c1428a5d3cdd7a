"""What the platform keeps in the cache and how it is made stale: one generation token per kind of content."""
