"""The site's URLs with the per-language sitemaps in front (as bik/urls.py will route them)."""

from django.urls import path

from bik.search.sitemaps import sitemap_for_language, sitemap_index
from bik.urls import urlpatterns as site_urlpatterns

urlpatterns = [
    path("sitemap.xml", sitemap_index, name="sitemap"),
    path("sitemap-<str:language>.xml", sitemap_for_language, name="sitemap-language"),
    *site_urlpatterns,
]
