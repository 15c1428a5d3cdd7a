"""What every listed, filtered, translated collection shares (resources, videos, …)."""
