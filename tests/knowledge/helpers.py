from __future__ import annotations

DOCUMENTS_URL = "/en/knowledge/documents/"
