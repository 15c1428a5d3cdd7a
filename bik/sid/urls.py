"""The URLconf of the Safer Internet Day host (see SidHostMiddleware)."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import URLPattern, URLResolver, include, path

from bik.health.views import healthz

urlpatterns: list[URLPattern | URLResolver] = [
    path("healthz", healthz),
]
urlpatterns += i18n_patterns(
    # Accounts and the "get help" directory are shared with the portal (same users, same centres).
    path("accounts/", include("allauth.urls")),
    path("account/", include("bik.accounts.urls")),
    path("", include("bik.network.urls")),
    prefix_default_language=True,
)
