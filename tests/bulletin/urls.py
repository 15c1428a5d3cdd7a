"""The project's URLs plus the line bik/urls.py is asked to gain (the non-prefixed mail endpoints)."""

from django.urls import URLPattern, URLResolver, include, path

from bik.urls import urlpatterns as project_urlpatterns

mail_urls: list[URLPattern | URLResolver] = [path("bulletin/", include("bik.bulletin.mail_urls"))]
urlpatterns = [*mail_urls, *(p for p in project_urlpatterns if p not in mail_urls)]
