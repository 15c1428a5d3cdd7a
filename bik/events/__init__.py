"""events: (to be described by the domain's owner)."""
