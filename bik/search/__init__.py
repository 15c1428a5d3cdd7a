"""Site search across every public content type (other domains add their records through
bik.search.registry), per-language sitemaps with hreflang, and the Open Graph tags every page carries."""
