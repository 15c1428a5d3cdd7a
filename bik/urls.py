from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.generic import TemplateView
from django.views.i18n import set_language
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from bik import domains
from bik.accounts import views as accounts_views
from bik.api.urls import api
from bik.health.views import healthz
from bik.pictures import views as pictures_views
from bik.search.sitemaps import sitemap_for_language, sitemap_index

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("api/v1/", api.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Image renditions are public; the rest of MEDIA_ROOT is not served by the platform outside DEBUG.
    path(f"{settings.MEDIA_URL.strip('/')}/images/<path:path>", pictures_views.rendition, name="rendition"),
    path("sitemap.xml", sitemap_index, name="sitemap"),
    path("sitemap-<str:language>.xml", sitemap_for_language, name="sitemap-language"),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain; charset=utf-8"),
        name="robots",
    ),
    path("i18n/setlang/", set_language, name="set_language"),
    # One-click unsubscribe (RFC 8058) and the bounce webhook: machine URLs, not language-prefixed.
    path("bulletin/", include("bik.bulletin.mail_urls")),
    # The first-party page-view beacon (bik.analytics): a machine URL, no language, no cookie.
    path("analytics/", include("bik.analytics.urls")),
]

if settings.DEBUG:
    from django.views.static import serve

    from bik.devmail import views as devmail_views

    urlpatterns += [
        path("_dev/mail/", devmail_views.mail_list, name="devmail_list"),
        path("_dev/mail/<str:name>", devmail_views.mail_detail, name="devmail_detail"),
    ]
    # The media folder for `make run`, except documents: those go through /documents/, which checks privacy.
    urlpatterns += [
        re_path(
            rf"^{settings.MEDIA_URL.strip('/')}/(?!documents/)(?P<path>.*)$",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]

urlpatterns += i18n_patterns(
    # allauth's sign-up and password reset, under the site's rate-limit policy (bik.accounts.ratelimits).
    path("accounts/signup/", accounts_views.SignupView.as_view(), name="account_signup"),
    path("accounts/password/reset/", accounts_views.PasswordResetView.as_view(), name="account_reset_password"),
    path("accounts/", include("allauth.urls")),
    path("account/", include("bik.accounts.urls")),
    # Each domain mounts its own prefix in its urls.py (e.g. "centres/", "bulletin/"); Wagtail's pages come last.
    *(path("", include(module)) for module in domains.modules("urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
