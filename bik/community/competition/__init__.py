"""The community's the resource competition."""
