"""Helpers shared by the tests of the community's blogs, meetings and competition."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from django.http.response import HttpResponseBase
from django.test import Client

from bik.accounts.models import User
from bik.community.models import Membership
from bik.network.models import Strand
from tests.conftest import Cast
from tests.factories.community import CommunityMemberFactory

OUTSIDERS = ("subscriber", "youth_member", "youth_coordinator", "member")
STAFF = ("moderator", "editor", "network_admin")


def make_member(email: str, country: str = "FR", strands: Iterable[str] = (Strand.AWARENESS,)) -> User:
    """An approved member of a centre, with a second factor."""
    return CommunityMemberFactory.create(email=email, country=country, membership__strands=list(strands))


def revoke(person: User) -> None:
    Membership.objects.filter(user=person).update(status=Membership.Status.REVOKED)


def get(client: Client, url: str) -> HttpResponseBase:
    """GET, and close the response at once: file downloads hold their file open until then."""
    response = client.get(url)
    close_file(response)
    return response


def close_file(response: HttpResponseBase) -> bytes:
    """Read a download to its end: the test client then closes its file (without closing the test's database
    connection, as a plain `response.close()` would)."""
    if not getattr(response, "streaming", False):
        return b""
    return b"".join(response.streaming_content)  # type: ignore[attr-defined]


def assert_private(
    cast: Cast,
    client_for: Callable[[User], Client],
    anonymous: Client,
    *,
    index_urls: Iterable[str] = (),
    object_urls: Iterable[str] = (),
) -> None:
    """Anonymous visitors are sent to sign in; outsiders get 403 on index pages and 404 on object pages; the
    approved member gets in; and after revocation the member is refused like an outsider."""
    index_urls, object_urls = list(index_urls), list(object_urls)
    for url in (*index_urls, *object_urls):
        response = get(anonymous, url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/en/accounts/login/?next="), url
    for role in OUTSIDERS:
        client = client_for(getattr(cast, role))
        for url in index_urls:
            assert get(client, url).status_code == 403, (role, url)
        for url in object_urls:
            assert get(client, url).status_code == 404, (role, url)
    member = client_for(cast.sic_member)
    for url in (*index_urls, *object_urls):
        response = get(member, url)
        assert response.status_code == 200, url
        assert "private" in response["Cache-Control"], url
        assert response["X-Robots-Tag"] == "noindex, nofollow", url
    revoke(cast.sic_member)
    for url in index_urls:
        assert get(member, url).status_code == 403, url
    for url in object_urls:
        assert get(member, url).status_code == 404, url
