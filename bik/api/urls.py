from importlib import import_module
from importlib.util import find_spec

from django.utils.translation import gettext_lazy as _
from ninja import NinjaAPI

# Domains that publish part of the read API, each in `bik/<domain>/api.py` as a `router`.
API_DOMAINS = ("resources", "videos", "guide", "news", "network", "events", "research")

api = NinjaAPI(
    title="Better Internet for Kids read API",
    version="1",
    description=str(_("Read-only access to the public content of the Better Internet for Kids portal.")),
    urls_namespace="api-v1",
    openapi_url="/openapi.json",
    docs_url="/docs",
)

for domain in API_DOMAINS:
    module_name = f"bik.{domain}.api"
    if find_spec(module_name) is not None:
        api.add_router(f"/{domain}/", import_module(module_name).router)
