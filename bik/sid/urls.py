"""The URLconf of the Safer Internet Day host (see SidHostMiddleware)."""

from typing import cast

from django.conf.urls.i18n import i18n_patterns
from django.urls import URLPattern, URLResolver, include, path

from bik import urls as portal_urls
from bik.sid import views

sid_patterns: list[URLPattern | URLResolver] = [
    path("", views.home, name="home"),
    path("editions/", views.editions, name="editions"),
    path("resources/", views.resources, name="resources"),
    path("countries/", views.country_list, name="countries"),
    path("countries/<str:code>/", views.country_detail, name="country"),
    path("countries/<str:code>/edit/", views.country_edit, name="country_edit"),
    path("gallery/", views.gallery, name="gallery"),
    path("gallery/calendar.ics", views.gallery_ics, name="gallery_ics"),
    path("gallery/<int:pk>/", views.action_detail, name="action"),
    path("gallery/<int:pk>/calendar.ics", views.action_ics, name="action_ics"),
    path("supporters/register/", views.register, name="register"),
    path("supporters/register/sent/", views.registered, name="registered"),
    path("supporters/", views.dashboard, name="dashboard"),
    path("supporters/submit/", views.submit, name="submit"),
    path("supporters/submissions/<int:pk>/edit/", views.edit, name="edit"),
    path("review/", views.review_queue, name="review_queue"),
    path("review/<int:pk>/", views.review, name="review"),
]

urlpatterns: list[URLPattern | URLResolver] = [
    *i18n_patterns(path("", include((sid_patterns, "sid"))), prefix_default_language=True),
    # Then everything the portal serves, on this host too: the same accounts, admin and "get help" pages,
    # and every URL name the shared templates (accounts pages, the portal's chrome) reverse. The SID
    # patterns above come first, so /<lang>/ is the mini-site's home, not the portal's.
    *cast(list[URLPattern | URLResolver], portal_urls.urlpatterns),
]

handler404 = "bik.sid.views.not_found"
handler500 = "bik.sid.views.server_error"
