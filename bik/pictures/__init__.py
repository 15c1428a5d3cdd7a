"""Pictures: the image every listed record carries, its alt text rule, and how it is rendered (responsive
renditions in a modern format with a fallback, or a cover drawn from the record when it has no image)."""
