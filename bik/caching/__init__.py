"""What the platform keeps in the cache and how it is made stale: a generation token per kind of cached value, and
for whole pages a token per database table they read (tags)."""
