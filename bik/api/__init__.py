"""The read API at /api/v1/: one django-ninja API, each domain adding its router from `bik/<domain>/api.py`.

The OpenAPI 3 schema is served at /api/v1/openapi.json. Only published, public records are ever returned."""
