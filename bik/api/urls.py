from importlib import import_module
from typing import Any

from django.utils.translation import gettext_lazy as _
from ninja import NinjaAPI

from bik.domains import DOMAINS

ERROR_ANSWERS = {
    "400": "The query is not valid (an unknown filter value, a page beyond the last, …).",
    "404": "No published record has this id in the requested language.",
    "422": "A parameter has the wrong type or is out of range.",
}


class ReadAPI(NinjaAPI):
    """The read API; its OpenAPI schema lists the error answers every operation can give, with their body
    (`{"detail": …}`), so clients and schema-driven tests know every status the API sends."""

    def get_openapi_schema(self, *args: Any, **kwargs: Any) -> Any:
        schema = super().get_openapi_schema(*args, **kwargs)
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        components["Error"] = {
            "title": "Error",
            "type": "object",
            "properties": {
                "detail": {"title": "Detail", "anyOf": [{"type": "string"}, {"type": "array", "items": {}}]}
            },
            "required": ["detail"],
        }
        error = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
        for operations in schema.get("paths", {}).values():
            for operation in operations.values():
                responses = operation.setdefault("responses", {})
                for status, description in ERROR_ANSWERS.items():
                    responses.setdefault(status, {"description": description, **error})
        return schema


api = ReadAPI(
    title="Better Internet for Kids read API",
    version="1",
    description=str(_("Read-only access to the public content of the Better Internet for Kids portal.")),
    urls_namespace="api-v1",
    openapi_url="/openapi.json",
    docs_url="/docs",
)

# Each domain that declares a read API in bik/domains.py publishes its `router` under its name.
for domain in DOMAINS:
    if domain.api:
        api.add_router(f"/{domain.name}/", import_module(f"{domain.module}.api").router)
