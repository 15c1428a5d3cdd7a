"""guide: the guide to online services — one reviewed entry per app or platform (age limits, privacy settings,
reporting tools, parental controls, safety tips), searchable, filterable and comparable side by side, with its
read API."""
