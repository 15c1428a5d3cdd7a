"""The layers of a domain (issue #15): services take and return domain objects and plain values; the request
glue (reading the query string, building addresses, answering 404, building a response) lives in the domain's
views. Every services module is checked here, so a new one keeps the rule without anyone remembering it."""

from __future__ import annotations

import inspect
from importlib import import_module
from pathlib import Path
from types import ModuleType

import pytest
from django.http import Http404, HttpResponseBase

import bik

ROOT = Path(bik.__file__).parent

# Services that still take a request, each with the reason; the list only shrinks, and is empty: the last one,
# bik.youth.services, no longer hands a request to the rate limits or takes allauth's from its signal.
ALLOWED: dict[str, str] = {}


def services_modules() -> list[str]:
    paths = [*ROOT.glob("*/services.py"), *ROOT.glob("*/*/services.py")]
    return sorted(".".join(path.relative_to(ROOT.parent).with_suffix("").parts) for path in paths)


def request_glue(module: ModuleType) -> list[str]:
    """What in `module` belongs in a view: a response class or Http404 it imports, and each of its own functions
    with a parameter or return value annotated with HttpRequest."""
    found = [
        f"imports {name}"
        for name, value in vars(module).items()
        if inspect.isclass(value) and issubclass(value, HttpResponseBase | Http404)
    ]
    for name, function in inspect.getmembers(module, inspect.isfunction):
        if function.__module__ != module.__name__:
            continue
        annotations = [str(value) for value in inspect.get_annotations(function).values()]
        if any("HttpRequest" in annotation for annotation in annotations):
            found.append(f"{name}() takes a request")
    return found


def test_the_services_modules_are_found() -> None:
    modules = services_modules()
    assert {"bik.events.services", "bik.community.blogs.services"} <= set(modules)
    assert set(ALLOWED) <= set(modules), "an allowed module that no longer exists: remove it from ALLOWED"


@pytest.mark.parametrize("name", services_modules())
def test_services_hold_no_request_glue(name: str) -> None:
    glue = request_glue(import_module(name))
    if name in ALLOWED:
        assert glue, f"{name} has no request glue left: remove it from ALLOWED"
    else:
        assert glue == [], f"{name} belongs in the domain's views: {glue}"
