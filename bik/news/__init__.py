"""News: articles published by the editorial team, listed newest first on the news index."""
