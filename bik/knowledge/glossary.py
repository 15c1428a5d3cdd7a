"""Linking glossary terms in an explainer's HTML: the first occurrence of each term (or of one of its other
forms) becomes a link to its glossary entry, described by its definition (`aria-describedby`, the definition
listed on the page under "Terms on this page"), so nothing depends on hovering. Text inside links, headings,
buttons, code and existing definitions is left as it is; case is ignored and whole words only are matched."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

# Inside these, a term is not linked: a link inside a link is invalid, and headings stay plain to read.
SKIPPED = frozenset({"a", "h1", "h2", "h3", "h4", "h5", "h6", "button", "code", "pre", "script", "style", "dfn"})
TOKENS = re.compile(r"(<!--.*?-->|<[^>]*>)", re.DOTALL)
TAG = re.compile(r"<\s*(/?)\s*([a-zA-Z][a-zA-Z0-9]*)")


@dataclass(frozen=True)
class LinkedTerm:
    slug: str
    term: str
    definition: str
    forms: tuple[str, ...]
    language: str = ""


def definition_id(term: LinkedTerm) -> str:
    return f"definition-{term.slug}"


def link_terms(html: str, terms: Sequence[LinkedTerm], glossary_url: str) -> tuple[str, list[LinkedTerm]]:
    """`html` with the first occurrence of each term linked, and the terms linked (in order of appearance)."""
    by_form: dict[str, LinkedTerm] = {}
    for term in terms:
        for form in term.forms:
            by_form.setdefault(escape(form, quote=False).casefold(), term)
    if not by_form or not html:
        return html, []
    # Longest forms first, so "age assurance" wins over "age".
    alternatives = "|".join(re.escape(form) for form in sorted(by_form, key=len, reverse=True))
    pattern = re.compile(rf"(?<!\w)({alternatives})(?!\w)", re.IGNORECASE)
    linked: list[LinkedTerm] = []
    done: set[str] = set()
    skipping = 0
    out: list[str] = []

    def replace(match: re.Match[str]) -> str:
        term = by_form.get(match.group(1).casefold())
        if term is None or term.slug in done:
            return match.group(0)
        done.add(term.slug)
        linked.append(term)
        return (
            f'<a class="glossary-link" href="{escape(glossary_url)}#term-{escape(term.slug)}" '
            f'aria-describedby="{definition_id(term)}">{match.group(1)}</a>'
        )

    for token in TOKENS.split(html):
        if not token:
            continue
        if token.startswith("<"):
            tag = TAG.match(token)
            if tag is not None and tag.group(2).lower() in SKIPPED and not token.endswith("/>"):
                skipping = max(0, skipping - 1) if tag.group(1) else skipping + 1
            out.append(token)
        elif skipping:
            out.append(token)
        else:
            out.append(pattern.sub(replace, token))
    return "".join(out), linked
