"""Date and number formats for the offered languages Django has none for (FORMAT_MODULE_PATH)."""
