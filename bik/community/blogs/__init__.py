"""The community's members' blog posts and comments."""
