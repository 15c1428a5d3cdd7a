"""Every URL pattern of a URLconf as a concrete path: parameters filled from sample values, so tests can walk
the whole site (cache headers per role, the fuzz suite) without a hand-kept list of URLs."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern, RegexPattern, RoutePattern
from django.utils.regex_helper import normalize

# A value per parameter name; anything not named here gets a value for its converter.
DEFAULT_VALUES: dict[str, str] = {
    "language": "en",
    "lang": "en",
    "code": "pt",
    "country": "pt",
    "token": "not-a-real-token",
    "key": "not-a-real-key",
    "uidb36": "1",
    "name": "missing.eml",
    "slug": "missing",
    "path": "missing",
    "resource_id": "1",
}
BY_CONVERTER = {"int": "1", "str": "missing", "slug": "missing", "uuid": "00000000-0000-4000-8000-000000000000"}
_ROUTE_PARAMETER = re.compile(r"<(?:(?P<converter>[^>:]+):)?(?P<name>[^>]+)>")


@dataclass(frozen=True)
class WalkedPattern:
    pattern: str  # the pattern as written, e.g. "en/community/forums/threads/<int:pk>/"
    path: str  # a path to request, e.g. "/en/community/forums/threads/12/"
    name: str  # "namespace:name", or "" when the pattern has none


def _route_to_path(route: str, values: Mapping[str, str]) -> str:
    def fill(match: re.Match[str]) -> str:
        name, converter = match["name"], match["converter"] or "str"
        return values.get(name) or DEFAULT_VALUES.get(name) or BY_CONVERTER.get(converter, "1")

    return _ROUTE_PARAMETER.sub(fill, route)


def _regex_to_path(regex: str, values: Mapping[str, str]) -> str:
    candidates = normalize(regex)
    if not candidates:
        return ""
    template, params = candidates[0]
    return template % {name: values.get(name) or DEFAULT_VALUES.get(name) or "1" for name in params}


def _part(pattern: object, values: Mapping[str, str]) -> tuple[str, str]:
    if isinstance(pattern, LocalePrefixPattern):
        return "<lang>/", "en/"
    if isinstance(pattern, RoutePattern):
        return str(pattern), _route_to_path(str(pattern), values)
    if isinstance(pattern, RegexPattern):
        return str(pattern), _regex_to_path(str(pattern), values)
    return str(pattern), str(pattern)


def walk(
    urlconf: str | None = None, values_by_name: Mapping[str, Mapping[str, str]] | None = None
) -> Iterator[WalkedPattern]:
    """Every pattern of `urlconf` (the default one when None). `values_by_name` gives parameter values for
    particular URL names ("forums:thread": {"pk": "12"}), so a walk can reach real objects."""
    values_by_name = values_by_name or {}

    def visit(
        patterns: list[URLPattern | URLResolver], written: str, path: str, namespace: str
    ) -> Iterator[WalkedPattern]:
        for entry in patterns:
            if isinstance(entry, URLResolver):
                part_written, part_path = _part(entry.pattern, {})
                inner = (
                    f"{namespace}:{entry.namespace}" if namespace and entry.namespace else entry.namespace or namespace
                )
                yield from visit(entry.url_patterns, written + part_written, path + part_path, inner or "")
            else:
                name = f"{namespace}:{entry.name}" if namespace and entry.name else entry.name or ""
                part_written, part_path = _part(entry.pattern, values_by_name.get(name, {}))
                yield WalkedPattern(written + part_written, "/" + (path + part_path).lstrip("^").replace("$", ""), name)

    yield from visit(get_resolver(urlconf).url_patterns, "", "", "")
