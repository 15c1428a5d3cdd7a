"""resources: the gallery of educational resources (handbooks, guides, lesson plans, games…) from the Safer
Internet Centres — its vocabularies, faceted search, resource pages, bulk import and read API."""
