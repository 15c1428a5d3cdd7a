"""The platform's domains, listed once: each is a package `bik/<name>/` and an installed app, and says which of
the shared parts it brings. The settings install them, the URLs, the read API, the page cache, the site's set-up
and the demo loader take what they need from this list, and a declared part that does not exist stops the start-up."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from importlib.util import find_spec
from typing import Any

from django.core import checks


@dataclass(frozen=True)
class Domain:
    name: str  # the package under bik/, e.g. "community.forums"
    urls: bool = False  # `urls.py`: public pages under the language prefixes, before Wagtail's page catch-all
    api: bool = False  # `api.py`: a `router` of the read API, mounted at /api/v1/<name>/
    demo: bool = False  # `demo.py`: `load(home, out)` (and optionally `translate(home, out)`), idempotent
    reference: bool = False  # `reference.py`: `ensure()`, the reference lists a deployment starts with (set_up_site)
    renews_pages: bool = False  # the public pages show its rows: a change renews the cached pages

    @property
    def module(self) -> str:
        return f"bik.{self.name}"

    def part_modules(self) -> list[str]:
        return [f"{self.module}.{part}" for part in PARTS if getattr(self, part)]


PARTS = ("urls", "api", "demo", "reference")


# In the order the demo loads them: a domain's demo may use what the domains above it made.
DOMAINS = (
    Domain("accounts"),
    Domain("network", urls=True, api=True, renews_pages=True),
    Domain("pages", urls=True, renews_pages=True),  # its URLs are the staff pattern library
    Domain("pictures"),
    Domain("resources", urls=True, api=True, demo=True, reference=True, renews_pages=True),
    Domain("videos", urls=True, api=True, demo=True, renews_pages=True),
    Domain("guide", urls=True, api=True, demo=True, renews_pages=True),
    Domain("news", api=True, demo=True, renews_pages=True),
    Domain("events", urls=True, api=True, demo=True, renews_pages=True),
    Domain("research", urls=True, api=True, demo=True, renews_pages=True),
    Domain("knowledge", urls=True, api=True, demo=True, renews_pages=True),  # its documents carry resource topics
    Domain("search", urls=True),
    Domain("bulletin", urls=True, demo=True, renews_pages=True),
    Domain("youth", urls=True, demo=True),
    Domain("community", urls=True, demo=True),
    Domain("community.forums", urls=True, demo=True),
    Domain("community.blogs", urls=True, demo=True),
    Domain("community.meetings", urls=True, demo=True),
    Domain("community.competition", urls=True, demo=True),
    Domain("sid", demo=True, reference=True, renews_pages=True),  # its URLs: a host of their own (bik.sid.middleware)
    Domain("hotline", urls=True, demo=True),
    Domain("impact", urls=True, demo=True),  # after sid: it gives the demo SID actions their reach
    Domain("analytics", demo=True),  # after resources and videos: it counts their downloads and plays
    Domain("statistics", urls=True, api=True, demo=True, reference=True),
    Domain("panels", urls=True, demo=True, renews_pages=True),  # its panels' members are the youth demo's
    Domain("partners", urls=True, demo=True, renews_pages=True),  # partner publications join the research area
    Domain("policy", urls=True, api=True, demo=True, renews_pages=True),
    Domain("moderation", urls=True, demo=True),  # last: its demo reports what the others left in the queues
)


def modules(part: str) -> list[str]:
    """The modules of every domain that declares `part` (one of PARTS), in the list's order."""
    return [f"{domain.module}.{part}" for domain in DOMAINS if getattr(domain, part)]


def problems(domains: Iterable[Domain]) -> list[checks.CheckMessage]:
    """Every domain whose package or declared part cannot be found (a misspelt name, a file not yet written)."""
    found: list[checks.CheckMessage] = []
    for domain in domains:
        if not _exists(domain.module):
            missing = [domain.module]  # nor has it any of its parts: one error says so
        else:
            missing = [module for module in domain.part_modules() if not _exists(module)]
        found += [
            checks.Error(
                f"Domain {domain.name!r}: module {module} does not exist.",
                hint="Correct the name in bik/domains.py, write the module, or drop the part.",
                obj="bik.domains.DOMAINS",
                id="bik.E001",
            )
            for module in missing
        ]
    return found


def _exists(module: str) -> bool:
    try:
        return find_spec(module) is not None
    except ModuleNotFoundError:  # a parent package is missing
        return False


@checks.register()
def check_domains(app_configs: Any = None, **kwargs: Any) -> list[checks.CheckMessage]:
    return problems(DOMAINS)
