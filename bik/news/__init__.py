"""News: articles published by the editorial team, browsed by section, topic and audience, with Atom and RSS
feeds, related articles and a read API."""
