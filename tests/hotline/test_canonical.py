"""The canonical form of a reported URL: the same address written differently gets the same key."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from bik.hotline.canonical import TRACKING_PARAMETERS, InvalidUrlError, canonical_url, defang, loose_key


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [
        ("http://example.com/a", "http://example.com/a"),
        ("  https://EXAMPLE.Example/Path  ", "https://example.example/Path"),
        ("HTTPS://example.example", "https://example.example/"),
        ("example.example/page", "http://example.example/page"),
        ("http://example.example:80/", "http://example.example/"),
        ("https://example.example:443/a", "https://example.example/a"),
        ("https://example.example:8443/a", "https://example.example:8443/a"),
        ("http://example.example:/a", "http://example.example/a"),
        ("http://user:secret@example.example/a", "http://example.example/a"),
        ("http://example.example/a#top", "http://example.example/a"),
        ("http://example.example/a?utm_source=x&id=3&fbclid=abc", "http://example.example/a?id=3"),
        ("http://example.example/a?gclid=1&UTM_Medium=2", "http://example.example/a"),
        ("http://example.example/a?", "http://example.example/a"),
        ("http://example.example/a?b=2&a=1", "http://example.example/a?b=2&a=1"),
        ("http://example.example/%7euser/%2fx", "http://example.example/~user/%2Fx"),
        ("http://example.example/a b/ä", "http://example.example/a%20b/%C3%A4"),
        ("http://example.example/a/./b/../c", "http://example.example/a/c"),
        ("http://example.example/a/%2E%2E/b", "http://example.example/b"),
        ("http://example.example/a/", "http://example.example/a/"),
        ("http://example.example./a", "http://example.example/a"),
        ("http://www..example.example/a", "http://www.example.example/a"),
        ("http://bücher.example/", "http://xn--bcher-kva.example/"),
        ("http://3232235777/", "http://192.168.1.1/"),
        ("http://0xC0.0xA8.1.1/", "http://192.168.1.1/"),
        ("http://0300.0250.01.01/", "http://192.168.1.1/"),
        ("http://192.168.257/", "http://192.168.1.1/"),
        ("http://[2001:0db8:0000::0001]/", "http://[2001:db8::1]/"),
        ("http://exa\nmple.example/\ta", "http://example.example/a"),
        ("http://example.example/100%", "http://example.example/100%25"),
        ("http://example.example\\a\\b", "http://example.example/a/b"),
    ],
)
def test_it_normalises_each_part(typed: str, canonical: str) -> None:
    assert canonical_url(typed) == canonical


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "   ",
        "http://",
        "http:///a",
        "javascript:alert(1)",
        "http://example.example:99999/",
        "http://[::1/",
        "x" * 3000,
    ],
)
def test_it_refuses_text_without_a_usable_host(typed: str) -> None:
    with pytest.raises(InvalidUrlError):
        canonical_url(typed)


def test_tracking_parameters_are_the_only_ones_removed() -> None:
    assert canonical_url("https://example.example/v?id=7&utm_campaign=s&t=30") == "https://example.example/v?id=7&t=30"


def test_the_loose_key_joins_addresses_that_only_may_be_the_same() -> None:
    assert loose_key(canonical_url("https://example.example/a/")) == loose_key(
        canonical_url("http://example.example/a")
    )
    assert loose_key(canonical_url("http://example.example/a?y=2&x=1")) == loose_key(
        canonical_url("http://example.example/a?x=1&y=2")
    )
    assert loose_key(canonical_url("http://example.example//a%2520b")) == loose_key(
        canonical_url("http://example.example/a b")
    )
    assert loose_key(canonical_url("http://example.example/a")) != loose_key(canonical_url("http://example.example/b"))


def test_defanged_urls_are_not_links() -> None:
    assert defang("https://www.example.com/a.html") == "hxxps://www[.]example[.]com/a.html"
    assert (
        defang("http://example.example/?next=http://x.example") == "hxxp://example[.]example/?next=http[:]//x.example"
    )
    assert defang("example.com/x") == "example[.]com/x"


urls = st.builds(
    "{}://{}{}{}{}".format,
    st.sampled_from(["http", "HTTPS", "ftp", ""]),
    st.from_regex(r"[A-Za-z0-9äü-]{1,10}(\.[A-Za-z0-9-]{1,8}){0,3}\.?", fullmatch=True),
    st.sampled_from(["", ":80", ":443", ":8080", ":"]),
    st.text(alphabet="abcXYZ/.%2Fe~ äé?=&#-_", max_size=30),
    st.sampled_from(["", "?utm_source=a", "?fbclid=1&x=2", "#frag"]),
)


@given(urls)
def test_canonicalisation_is_idempotent(text: str) -> None:
    text = text.removeprefix("://")
    try:
        once = canonical_url(text)
    except InvalidUrlError:
        return
    assert canonical_url(once) == once
    assert once.isascii()
    assert "#" not in once
    names = [part.partition("=")[0].lower() for part in once.partition("?")[2].split("&")]
    assert not [name for name in names if name.startswith("utm_") or name in TRACKING_PARAMETERS]
    assert loose_key(loose_key(once)) == loose_key(once)


@given(st.text(max_size=200))
@example("0\u2026")  # IDNA reads "…" as "...": once "http://0../", then "http://0.0.0.0/"
@example("\u2024")  # a one-dot leader, read as "."
def test_any_text_is_either_a_url_or_refused(text: str) -> None:
    try:
        result = canonical_url(text)
    except InvalidUrlError:
        return
    assert result.startswith(("http://", "https://")) or "://" in result
    assert canonical_url(result) == result
