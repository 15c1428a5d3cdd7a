"""Every forum page and file refuses outsiders, with the fixed cast: anonymous visitors are sent to sign in,
signed-in people without an approved membership get the members-only page (index pages) or a 404 (pages
and files that name one thing), and a member whose membership is revoked is refused at the next click."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import FileResponse
from django.test import Client

from bik.accounts.models import User
from bik.community.forums import services
from bik.community.forums.models import Attachment, Forum, Thread
from bik.community.models import Membership
from tests.community.forums.conftest import PDF_BYTES
from tests.conftest import Cast

pytestmark = pytest.mark.django_db

OUTSIDERS = ("subscriber", "youth_member", "youth_coordinator", "member")
INDEX_URLS = ("/en/community/forums/", "/en/community/forums/search/?q=sextortion", "/en/community/forums/preferences/")


@pytest.fixture
def attached(cast: Cast, helplines: Forum) -> Thread:
    upload = SimpleUploadedFile("script.pdf", PDF_BYTES, content_type="application/pdf")
    return services.start_thread(cast.sic_member, helplines, "Counselling script", "See the attachment.", [upload])


def object_urls(thread: Thread) -> list[str]:
    post = thread.posts.get(position=1)
    attachment = Attachment.objects.get(post=post)
    return [
        "/en/community/forums/helplines/",
        "/en/community/forums/helplines/new/",
        f"/en/community/forums/threads/{thread.pk}/?page=1",
        f"/en/community/forums/threads/{thread.pk}/reply/",
        f"/en/community/forums/threads/{thread.pk}/reply/?quote={post.pk}",
        f"/en/community/forums/posts/{post.pk}/edit/",
        f"/en/community/forums/posts/{post.pk}/history/",
        f"/en/community/forums/attachments/{attachment.pk}/",
    ]


def post_urls(thread: Thread) -> list[tuple[str, dict[str, str]]]:
    return [
        (f"/en/community/forums/threads/{thread.pk}/reply/", {"body": "Sneaking in"}),
        (f"/en/community/forums/threads/{thread.pk}/follow/", {"follow": "1"}),
        (f"/en/community/forums/threads/{thread.pk}/moderate/", {"action": "lock"}),
        ("/en/community/forums/helplines/new/", {"title": "Sneaking in", "body": "Hello"}),
        ("/en/community/forums/helplines/follow/", {"follow": "1"}),
    ]


def downloaded(response: object) -> bytes:
    """The bytes of a file download, with the file closed (closing the response would close the test's
    database connection)."""
    if not isinstance(response, FileResponse):
        return b""
    content = b"".join(response.streaming_content)  # type: ignore[arg-type]
    if response.file_to_stream is not None:
        response.file_to_stream.close()
    return content


def test_anonymous_visitors_are_sent_to_sign_in_everywhere(client: Client, attached: Thread) -> None:
    post = attached.posts.get(position=1)
    for url in (*INDEX_URLS, *object_urls(attached), f"/en/community/forums/posts/{post.pk}/"):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/en/accounts/login/?next="), url
        assert "no-store" in response["Cache-Control"], url
    for url, data in post_urls(attached):
        assert client.post(url, data)["Location"].startswith("/en/accounts/login/"), url
    assert attached.posts.count() == 1


@pytest.mark.parametrize("role", OUTSIDERS)
def test_outsiders_get_the_members_only_page_or_a_404(
    cast: Cast, client_for: Callable[[User], Client], attached: Thread, role: str
) -> None:
    client = client_for(getattr(cast, role))

    for url in INDEX_URLS:
        response = client.get(url)
        assert response.status_code == 403, url
        assert "Members only" in response.content.decode()
        assert "Counselling script" not in response.content.decode()
    for url in object_urls(attached):
        assert client.get(url).status_code == 404, url
    for url, data in post_urls(attached):
        assert client.post(url, data).status_code == 404, url
    assert attached.posts.count() == 1
    assert Thread.objects.filter(title="Sneaking in").count() == 0


def test_a_member_opens_every_page_and_the_file(
    cast: Cast, client_for: Callable[[User], Client], attached: Thread
) -> None:
    client = client_for(cast.sic_member)

    for url in (*INDEX_URLS, *object_urls(attached)):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "private" in response["Cache-Control"], url
        assert response["X-Robots-Tag"] == "noindex, nofollow", url
        assert downloaded(response) or url != object_urls(attached)[-1]
    download = client.get(object_urls(attached)[-1])
    assert downloaded(download) == PDF_BYTES
    assert download["Content-Disposition"].startswith('attachment; filename="script.pdf"')


def test_a_revoked_member_is_refused_everywhere_at_the_next_click(
    cast: Cast, client_for: Callable[[User], Client], attached: Thread
) -> None:
    client = client_for(cast.sic_member)
    assert client.get("/en/community/forums/").status_code == 200

    Membership.objects.filter(user=cast.sic_member).update(status=Membership.Status.REVOKED)

    for url in INDEX_URLS:
        assert client.get(url).status_code == 403, url
    for url in object_urls(attached):
        assert client.get(url).status_code == 404, url
    for url, data in post_urls(attached):
        assert client.post(url, data).status_code == 404, url


@pytest.mark.parametrize("role", ["moderator", "editor", "network_admin"])
def test_network_staff_read_the_forums_but_only_moderators_write(
    cast: Cast, client_for: Callable[[User], Client], thread: Thread, role: str
) -> None:
    client = client_for(getattr(cast, role))

    page = client.get(f"/en/community/forums/threads/{thread.pk}/?page=1")

    assert page.status_code == 200
    assert "How do your counsellors follow up" in page.content.decode()
    new_thread = client.get("/en/community/forums/helplines/new/")
    assert new_thread.status_code == (200 if role in ("moderator", "network_admin") else 403)


def test_the_file_is_stored_outside_the_public_media_folder(
    cast: Cast, client: Client, client_for: Callable[[User], Client], attached: Thread
) -> None:
    attachment = Attachment.objects.get(post__thread=attached)
    stored = Path(attachment.file.path).resolve()

    assert Path(settings.PRIVATE_MEDIA_ROOT).resolve() in stored.parents
    assert Path(settings.MEDIA_ROOT).resolve() not in stored.parents
    assert "script" not in stored.name  # a random name on disk
    assert client.get(f"{settings.MEDIA_URL}{attachment.file.name}").status_code == 404
    page = client_for(cast.sic_member).get(f"/en/community/forums/threads/{attached.pk}/?page=1").content.decode()
    assert f"/community/forums/attachments/{attachment.pk}/" in page
    assert attachment.file.name not in page


def test_forum_content_stays_out_of_public_search_sitemaps_and_the_api(client: Client, attached: Thread) -> None:
    for words in ("Counselling script", "attachment"):
        search = client.get("/en/search/", {"q": words})
        assert search.status_code == 200
        assert "See the attachment." not in search.content.decode()
        assert "/community/forums/" not in search.content.decode()

    for sitemap in ("/sitemap.xml", "/sitemap-en.xml"):
        body = client.get(sitemap).content.decode()
        assert "/community/forums/" not in body
        assert "Counselling" not in body

    schema = client.get("/api/v1/openapi.json").content.decode()
    assert "forum" not in schema.lower()


def test_private_files_follow_the_private_media_setting(settings: Any, tmp_path: Path) -> None:
    """The private storage reads PRIVATE_MEDIA_ROOT when it is used, as Django's own storage reads MEDIA_ROOT:
    a test process (or one that builds the test database for the others) can place it elsewhere."""
    storage = Attachment._meta.get_field("file").storage
    assert storage.path("before.txt")  # its folder read once, as any earlier use of the storage would have
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "elsewhere"

    name = storage.save("proof.txt", SimpleUploadedFile("proof.txt", b"kept privately"))

    assert (tmp_path / "elsewhere" / name).read_bytes() == b"kept privately"
    assert Path(storage.path(name)).resolve().parent == (tmp_path / "elsewhere").resolve()
