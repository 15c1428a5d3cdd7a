"""The downloads of the open data sets (policy monitor, helpline statistics): the same rows as a JSON document,
with what a re-user must know about them (licence, schema, …), or as a CSV table."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping, Sequence
from typing import Any

from django.http import HttpResponse


def data_download(
    rows: Sequence[Mapping[str, Any]], fmt: str, *, fields: Sequence[str], about: Mapping[str, Any], filename: str
) -> HttpResponse:
    """`rows` as an attachment named `filename`.`fmt`: "json", the rows after `about`, or "csv", one column per
    field of `fields`."""
    if fmt == "json":
        response = HttpResponse(
            json.dumps({**about, "rows": rows}, ensure_ascii=False), content_type="application/json"
        )
    else:
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)
        response = HttpResponse(out.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.{fmt}"'
    return response
