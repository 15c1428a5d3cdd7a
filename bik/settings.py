"""Settings for bik-platform, read from the environment through typed helpers.

Every knob has an embedded default that lets `make run` work on a laptop (SQLite, local-memory cache,
database task queue, mail written to var/mail/). Production sets the environment; a misconfiguration
raises ImproperlyConfigured at start-up rather than at the first request.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any, overload

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from bik.domains import DOMAINS

BASE_DIR = Path(__file__).resolve().parent.parent


@overload
def envstr(name: str, default: str) -> str: ...
@overload
def envstr(name: str, default: None = None) -> str | None: ...
def envstr(name: str, default: str | None = None) -> str | None:
    """Read a string; a `<NAME>_FILE` variable (e.g. a mounted secret) takes precedence.

    With a default the answer is always a `str`. A `_FILE` that cannot be read stops the start-up with a
    message naming the variable.
    """
    file_path = os.environ.get(f"{name}_FILE")
    if file_path:
        try:
            return Path(file_path).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ImproperlyConfigured(f"{name}_FILE names {file_path!r}, which cannot be read: {exc}") from exc
    return os.environ.get(name, default)


def envbool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    lowered = raw.strip().lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {raw!r}")


def envint(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be an integer, not {raw!r}") from exc


_RATE = re.compile(r"^[1-9][0-9]{0,6}/(?:[1-9][0-9]{0,3})?[smhd]$")


def envrates(name: str, default: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    """Rate limits per form: the defaults, changed by `form.scope=N/period` items separated by commas, e.g.
    `youth_join.client=5/h,bulletin_subscribe.address=2/d` (scope `client` or `address`; period s, m, h or d,
    optionally with a multiple: `10/15m`)."""
    rates = {form: dict(scopes) for form, scopes in default.items()}
    raw = os.environ.get(name, "")
    for item in (part.strip() for part in raw.split(",")):
        if not item:
            continue
        key, _sep, rate = item.partition("=")
        form, _dot, scope = key.strip().partition(".")
        if form not in rates or scope not in {"client", "address"} or not _RATE.match(rate.strip()):
            raise ImproperlyConfigured(
                f"{name}: {item!r} is not form.scope=N/period with a known form ({', '.join(sorted(rates))}) "
                "and scope client or address"
            )
        rates[form][scope] = rate.strip()
    return rates


def envlist(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


DEBUG = envbool("DEBUG", default=False)
TESTING = envbool("BIK_TESTING", default=False)
# What a test database starts from (tests/worker_databases.py): "base", the site's structure and the centres, or
# "demo", the whole demo, for the browser tests and the demo's own (`make journeys`, beside `make suite`).
TEST_CONTENT = envstr("BIK_TEST_CONTENT", "base")
if TEST_CONTENT not in ("base", "demo"):
    raise ImproperlyConfigured(f"BIK_TEST_CONTENT must be base or demo, not {TEST_CONTENT!r}.")
# Each test run keeps its own var directory (test database, media, mail, page cache) and cache key prefix: each
# pytest-xdist worker, and the demo's run apart from the other, so that no two see each other's files or counters.
# Outside tests it is empty.
XDIST_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")
TEST_RUN = "-".join(part for part in ("demo" if TEST_CONTENT == "demo" else "", XDIST_WORKER) if part)
TEST_RUN = TEST_RUN if TESTING else ""
VAR_DIR = Path(envstr("BIK_VAR_DIR") or (BASE_DIR / "var" / "xdist" / TEST_RUN if TEST_RUN else BASE_DIR / "var"))

SECRET_KEY = envstr("SECRET_KEY") or ""
if not SECRET_KEY:
    if not DEBUG and not TESTING:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    SECRET_KEY = "insecure-development-key-never-use-in-production-0123456789"  # noqa: S105 -- DEBUG/tests only

SITE_URL = envstr("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
BIK_SID_HOST = envstr("BIK_SID_HOST", "sid.localhost")
ALLOWED_HOSTS = envlist("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]", BIK_SID_HOST, "testserver"])
CSRF_TRUSTED_ORIGINS = envlist("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    *(domain.module for domain in DOMAINS),  # bik/domains.py lists them once
    "bik.api",
    # django-ninja's own static files: Swagger UI at /api/v1/docs is served by the platform, never a CDN.
    "ninja",
    "bik.health",
    "bik.devmail",
    "bik.demo",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "bik.accounts.wagtail_users.UsersConfig",  # wagtail.users with the platform's role rules
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_countries",
    "django_tasks",
    "django_tasks_db",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.usersessions",
    "csp",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Serves kept pages whole before everything below, and keeps the response they finished (their headers too).
    "bik.caching.pages.AnonymousPageCacheMiddleware",
    "bik.accounts.middleware.ContentSecurityPolicyMiddleware",  # django-csp's, the plain policy built once
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Sees the finished response: private, no-store whenever it depended on the visitor.
    "bik.accounts.middleware.PrivateResponseMiddleware",
    "bik.sid.middleware.SidHostMiddleware",
    "bik.pages.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",  # ETag on every page, 304 when it is unchanged
    "bik.caching.lookups.CachedRouteMiddleware",  # the site and the page a path routes to, from the cache
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "bik.accounts.middleware.UserSessionsMiddleware",  # allauth's, writing "last seen" every 5 minutes at most
    "django.contrib.messages.middleware.MessageMiddleware",
    "bik.accounts.middleware.AdminDoorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "bik.accounts.middleware.AdminSecurityPolicyMiddleware",
]

ROOT_URLCONF = "bik.urls"
WSGI_APPLICATION = "bik.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "bik" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            # One way to write dates and moments everywhere: {{ value|day }} and {{ value|moment }}.
            "builtins": ["bik.pages.templatetags.when"],
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "bik.pages.context_processors.site_chrome",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------------------------------------
VAR_DIR.mkdir(parents=True, exist_ok=True)
DATABASE_URL = envstr("DATABASE_URL") or f"sqlite:///{VAR_DIR / 'bik.sqlite3'}"
DATABASES: dict[str, Any] = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=envint("DB_CONN_MAX_AGE", 60))}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Kept open like PostgreSQL's (each thread has its own): opening one, with the pragmas below, costs ~3 ms.
    DATABASES["default"]["OPTIONS"] = {
        # WAL lets the web process read while the task worker writes; IMMEDIATE avoids lock upgrades.
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;",
        "transaction_mode": "IMMEDIATE",
    }
    # A file, not memory, so the browser tests' server process shares the test database.
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test.sqlite3")}
elif TEST_CONTENT == "demo":
    DATABASES["default"]["TEST"] = {"NAME": f"test_{DATABASES['default']['NAME']}_demo"}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache ----------------------------------------------------------------------------------------------
REDIS_URL = envstr("REDIS_URL")
# BIK_CACHE=dummy caches nothing (measuring the uncached site, e.g. bench/wsgi_requests.py); unset, the cache
# is Redis when REDIS_URL is set and local memory otherwise.
BIK_CACHE = envstr("BIK_CACHE", "")
# How long a resource search's answer is kept (seconds); unset: ten minutes with Redis, none with a per-process
# cache (a publish in another process could not clear it).
RESOURCES_SEARCH_CACHE_SECONDS = envint("RESOURCES_SEARCH_CACHE_SECONDS", -1)
if BIK_CACHE not in {"", "dummy"}:
    raise ImproperlyConfigured(f"BIK_CACHE must be empty or 'dummy', not {BIK_CACHE!r}")
CACHES: dict[str, dict[str, Any]]
if BIK_CACHE == "dummy":
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
elif REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "bik.caching.backends.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": f"bik-test{TEST_RUN}" if TESTING else "bik",
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "bik"}}
# Whole pages served to anonymous visitors (bik/caching/pages.py): Redis when there is one, else files under
# var/cache/pages, which the web server and the task worker share (a publish in either must reach both).
if BIK_CACHE == "dummy":
    CACHES["pages"] = {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
elif REDIS_URL:
    CACHES["pages"] = {
        "BACKEND": "bik.caching.backends.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": f"bik-test-pages{TEST_RUN}" if TESTING else "bik-pages",
    }
else:
    CACHES["pages"] = {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": str(VAR_DIR / ("test-cache" if TESTING else "cache") / "pages"),
        "OPTIONS": {"MAX_ENTRIES": 20000},
    }
# How long a whole page is kept at most (seconds); a change replaces at once the pages that read what it changed.
# 0 turns the page cache off: the default while developing (DEBUG, so template edits show at once) and in tests
# unless a test turns it on.
PAGE_CACHE_SECONDS = envint("BIK_PAGE_CACHE_SECONDS", 0 if DEBUG or TESTING else 600)
# A front-end cache (CDN or reverse proxy) that keeps public pages too: every URL the page cache kept is purged
# from it when a table it read changes. Varnish/nginx: an HTTP PURGE URL; Cloudflare: zone and API token;
# CloudFront: the distribution (install boto3). Unset: public pages are sent for revalidation only.
WAGTAILFRONTENDCACHE: dict[str, dict[str, Any]] = {}
WAGTAILFRONTENDCACHE_LANGUAGES: list[str] = []  # the purged URLs are each language's own already
if envstr("BIK_FRONTEND_CACHE_HTTP_URL"):
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": envstr("BIK_FRONTEND_CACHE_HTTP_URL"),
    }
if envstr("BIK_CLOUDFLARE_ZONE_ID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": envstr("BIK_CLOUDFLARE_ZONE_ID"),
        "BEARER_TOKEN": envstr("BIK_CLOUDFLARE_BEARER_TOKEN", ""),
    }
if envstr("BIK_CLOUDFRONT_DISTRIBUTION_ID"):
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": envstr("BIK_CLOUDFRONT_DISTRIBUTION_ID"),
    }

# --- Background tasks -----------------------------------------------------------------------------------
TASKS = {
    "default": {
        "BACKEND": envstr(
            "BIK_TASK_BACKEND",
            "django_tasks.backends.immediate.ImmediateBackend" if TESTING else "django_tasks_db.DatabaseBackend",
        ),
        "QUEUES": ["default", "email"],
    }
}

# --- Accounts -------------------------------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "bik.accounts.validators.MaximumLengthValidator", "OPTIONS": {"max_length": 1024}},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "accounts:profile"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[BIK] "
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https" if not DEBUG else "http"
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_ADAPTER = "bik.accounts.adapter.AccountAdapter"
ACCOUNT_FORMS = {"signup": "bik.accounts.forms.SignupForm"}
# allauth limits signing in; the forms that create accounts or send email (sign-up and password reset
# included) are limited by one policy, bik.accounts.ratelimits, configured in BIK_RATE_LIMITS below.
# `login_failed`'s key is the client *and* the account (see AccountAdapter): five wrong passwords from one
# network lock that network out of that account, never the owner signing in from elsewhere.
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "",
    "confirm_email": "1/3m/key",
    "reset_password": "",
    "reset_password_from_key": "20/m/ip",
    "change_password": "5/m/user",
    "reauthenticate": "10/m/user",
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Better Internet for Kids"
USERSESSIONS_TRACK_ACTIVITY = True
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAILUSERS_PASSWORD_ENABLED = False
# Behind nginx or a load balancer, the client is the n-th address from the right of X-Forwarded-For;
# 0 trusts only the connection's own address. Rate limits and sign-in lock-out count per client.
ALLAUTH_TRUSTED_PROXY_COUNT = envint("BIK_TRUSTED_PROXY_COUNT", 0)
ADMIN_MFA_REQUIRED = envbool("BIK_ADMIN_MFA_REQUIRED", default=True)
# Community members, like staff, need a second factor before they see anything private.
COMMUNITY_MFA_REQUIRED = envbool("BIK_COMMUNITY_MFA_REQUIRED", default=True)

# --- Rate limits of forms that create accounts, send email or store submissions ----------------------------
# Per client (IP address; IPv6 by /64 network) and per target address (the email typed, or the account
# acting), counted in the default cache (Redis in production, so every web node shares the counts).
BIK_RATE_LIMITS_ENABLED = envbool("BIK_RATE_LIMITS_ENABLED", default=True)
BIK_RATE_LIMITS = envrates(
    "BIK_RATE_LIMITS",
    {
        "signup": {"client": "20/h", "address": "3/h"},
        "password_reset": {"client": "20/h", "address": "3/h"},
        "youth_join": {"client": "10/h", "address": "3/h"},
        "parental_consent": {"client": "10/h", "address": "1/d"},
        "sid_register": {"client": "10/h", "address": "3/h"},
        "sid_submit": {"client": "30/h", "address": "20/d"},
        "bulletin_subscribe": {"client": "20/h", "address": "3/h"},
        "community_join": {"client": "10/h", "address": "5/d"},
        "community_invite": {"client": "30/h", "address": "3/d"},
        "report": {"client": "30/h", "address": "20/h"},
        "hotline_report": {"client": "10/h"},
        "partner_apply": {"client": "10/h", "address": "3/d"},
        "youth_made": {"client": "20/h", "address": "10/d"},
        "analytics": {"client": "600/h"},
    },
)

# --- Analytics without tracking (bik/analytics) -------------------------------------------------------------
# Events are added up in each web process and queued as one batch for the task worker once this many are waiting
# or the oldest is this many seconds old (and when the process ends). Tests write only when they say so.
BIK_ANALYTICS_BATCH_SIZE = envint("BIK_ANALYTICS_BATCH_SIZE", 500)
BIK_ANALYTICS_FLUSH_SECONDS = envint("BIK_ANALYTICS_FLUSH_SECONDS", 3600 if TESTING else 30)

# --- Hotline reports ----------------------------------------------------------------------------------------
# Reports (URL text, description, optional contact) are deleted this many days after receipt by
# `manage.py purge_hotline_reports`; no hotline retention period is set in law, so each network decides.
BIK_HOTLINE_RETENTION_DAYS = envint("BIK_HOTLINE_RETENTION_DAYS", 365)

# --- Youth area and moderation -------------------------------------------------------------------------
BIK_YOUTH_MINIMUM_AGE = envint("BIK_YOUTH_MINIMUM_AGE", 13)
BIK_MODERATION_PREMODERATED_POSTS = envint("BIK_MODERATION_PREMODERATED_POSTS", 3)
BIK_MODERATION_POST_RATE = (envint("BIK_MODERATION_POSTS_PER_HOUR", 10), 3600)
BIK_MODERATION_REPORT_RATE = (envint("BIK_MODERATION_REPORTS_PER_HOUR", 10), 3600)

# --- Internationalisation -------------------------------------------------------------------------------
LANGUAGE_CODE = "en"
TIME_ZONE = "Europe/Brussels"
USE_I18N = True
USE_TZ = True
# The 24 official EU languages, then Icelandic, Norwegian (Bokmål), Serbian and Ukrainian.
LANGUAGES = [
    ("bg", "Български"),
    ("cs", "Čeština"),
    ("da", "Dansk"),
    ("de", "Deutsch"),
    ("el", "Ελληνικά"),
    ("en", "English"),
    ("es", "Español"),
    ("et", "Eesti"),
    ("fi", "Suomi"),
    ("fr", "Français"),
    ("ga", "Gaeilge"),
    ("hr", "Hrvatski"),
    ("hu", "Magyar"),
    ("it", "Italiano"),
    ("lt", "Lietuvių"),
    ("lv", "Latviešu"),
    ("mt", "Malti"),
    ("nl", "Nederlands"),
    ("pl", "Polski"),
    ("pt", "Português"),
    ("ro", "Română"),
    ("sk", "Slovenčina"),
    ("sl", "Slovenščina"),
    ("sv", "Svenska"),
    ("is", "Íslenska"),
    ("nb", "Norsk bokmål"),
    ("sr", "Српски"),
    ("uk", "Українська"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Django knows every offered language except Maltese: its name comes from here, its catalogue from
# bik/locale/mt (a language without any catalogue is not offered by Django's LocaleMiddleware), and its
# date and number formats from bik/formats/mt.
EXTRA_LANG_INFO = {"mt": {"bidi": False, "code": "mt", "name": "Maltese", "name_local": "Malti"}}
LOCALE_PATHS = [BASE_DIR / "bik" / "locale"]
FORMAT_MODULE_PATH = ["bik.formats"]


def _add_lang_info() -> None:
    from django.conf import locale

    for code, info in EXTRA_LANG_INFO.items():
        locale.LANG_INFO.setdefault(code, info)


_add_lang_info()

# --- Static and media -----------------------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # WhiteNoise warns about a missing directory
STATICFILES_DIRS = [BASE_DIR / "bik" / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(envstr("MEDIA_ROOT") or VAR_DIR / "media")
# Members-only files (community attachments): outside MEDIA_ROOT, served only by views that check access.
PRIVATE_MEDIA_ROOT = Path(envstr("BIK_PRIVATE_MEDIA_ROOT") or VAR_DIR / "private")
COMMUNITY_MAX_UPLOAD_MB = envint("BIK_COMMUNITY_MAX_UPLOAD_MB", default=10)
WHITENOISE_USE_FINDERS = DEBUG or TESTING
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG or TESTING
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

# --- Email ----------------------------------------------------------------------------------------------
DEFAULT_FROM_EMAIL = envstr("DEFAULT_FROM_EMAIL", "Better Internet for Kids <no-reply@bik.localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
EMAIL_HOST = envstr("EMAIL_HOST")
EMAIL_PORT = envint("EMAIL_PORT", 587)
EMAIL_HOST_USER = envstr("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = envstr("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = envbool("EMAIL_USE_TLS", default=True)
EMAIL_USE_SSL = envbool("EMAIL_USE_SSL", default=False)
EMAIL_TIMEOUT = envint("EMAIL_TIMEOUT", 30)
# With no SMTP server every email is written to var/mail/ (read at /_dev/mail/ while DEBUG is on).
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend" if EMAIL_HOST else "bik.devmail.backend.MailDirBackend"
BIK_MAIL_DIR = VAR_DIR / "mail"
# Shared secret of the mail provider's bounce webhook (HMAC-SHA256 in X-BIK-Signature); empty refuses all calls.
BULLETIN_BOUNCE_WEBHOOK_SECRET = envstr("BULLETIN_BOUNCE_WEBHOOK_SECRET", "")
# The sending engine (bik/bulletin/sending.py): rows one claim leases, the fewest and most rows one commit marks
# "sending", how long one batch task keeps claiming, how long a lease lasts, and how many chains run at once.
BULLETIN_BATCH_SIZE = envint("BULLETIN_BATCH_SIZE", 500)
BULLETIN_CHUNK_MIN = envint("BULLETIN_CHUNK_MIN", 1)
BULLETIN_CHUNK_SIZE = envint("BULLETIN_CHUNK_SIZE", 100)
BULLETIN_TASK_SECONDS = envint("BULLETIN_TASK_SECONDS", 10)
BULLETIN_LEASE_SECONDS = envint("BULLETIN_LEASE_SECONDS", 300)
BULLETIN_PARALLEL_BATCHES = envint("BULLETIN_PARALLEL_BATCHES", 2)
# How far (seconds) the timestamp signed into a bounce report may be from our clock (bik/bulletin/bounces.py).
BULLETIN_BOUNCE_WEBHOOK_TOLERANCE = envint("BULLETIN_BOUNCE_WEBHOOK_TOLERANCE", 300)

# --- Wagtail --------------------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Better Internet for Kids"
WAGTAILADMIN_BASE_URL = SITE_URL
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "mp4", "odt", "pdf", "pptx", "rtf", "txt", "vtt", "webm", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_ENABLE_UPDATE_CHECK = False  # no request to wagtail.org from editors' browsers
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no avatar requests to a third party
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Security -------------------------------------------------------------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"  # the admin relaxes this for its own preview frames
if TESTING:
    # Tests create a fixed cast of accounts per test: a deliberately slow password hash would dominate the
    # suite's run time. Production keeps Django's default (PBKDF2 with its full work factor).
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
# Signed-in requests read their session from Redis when every process shares it (written through to the
# database, which stays the record: allauth's "sign out other sessions" ends them through this engine). A
# per-process cache could keep a session another process signed out, so without Redis it is read from the database.
SESSION_ENGINE = (
    "django.contrib.sessions.backends.cached_db"
    if CACHES["default"]["BACKEND"] == "bik.caching.backends.RedisCache"
    else "django.contrib.sessions.backends.db"
)
CSRF_COOKIE_HTTPONLY = False
if not DEBUG and not TESTING:
    SECURE_SSL_REDIRECT = envbool("SECURE_SSL_REDIRECT", default=True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", 31_536_000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = envbool("SECURE_HSTS_PRELOAD", default=True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True

# A strict policy: nothing inline, nothing from another origin. Wagtail's admin bootstraps widgets with
# inline scripts, so /admin/ alone relaxes it; see bik.accounts.middleware.AdminSecurityPolicyMiddleware.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "media-src": ["'self'"],
        # Video embeds are inserted only when a visitor clicks play (nothing loads from these hosts before).
        "frame-src": ["'self'", "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    },
}
CONTENT_SECURITY_POLICY_REPORT_ONLY: dict[str, Any] | None = None  # none: the policy above is enforced

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": envstr("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "INFO"},
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": envstr("WAGTAIL_LOG_LEVEL", "WARNING")},
    },
}
