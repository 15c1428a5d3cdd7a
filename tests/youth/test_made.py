"""Resources made by young people: a youth member offers a poster (a cleaned picture with its description), a
video link or a guide, with a licence and co-creators named by pseudonym; the coordinators of their national
space decide in the moderation queue; an approved one is in the public gallery marked "made by young people"
(a badge and a filter), credited by pseudonym only; a rejection carries a reason the member reads."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from PIL import Image

from bik.accounts.models import User
from bik.moderation.models import Status
from bik.resources import services as resources
from bik.resources.models import Resource
from bik.youth.models import Post, YouthResource
from tests.conftest import AfterCommit, Cast
from tests.factories.resources import ResourceFactory, ResourceTypeFactory
from tests.youth.conftest import make_coordinator, make_youth


def _jpeg_with_metadata() -> bytes:
    picture = Image.new("RGB", (300, 400), "orange")
    exif = Image.Exif()
    exif[0x010F] = "SecretCam"  # camera make
    exif[0x013B] = "Real Name Of Child"  # artist
    out = io.BytesIO()
    picture.save(out, format="JPEG", exif=exif.tobytes())
    return out.getvalue()


def _poster_data(**changes: Any) -> dict[str, Any]:
    data = {
        "kind": "poster",
        "title": "Be kind online",
        "description": "A poster for our school corridor.",
        "poster": SimpleUploadedFile("poster.jpg", _jpeg_with_metadata(), content_type="image/jpeg"),
        "poster_alt": "A heart and the words: be kind online",
        "co_creators": "StarKite",
        "licence": "cc-by-4.0",
        "own_work": "on",
    }
    return {**data, **changes}


@pytest.fixture
def submitted(client_for: Callable[[User], Client], after_commit: AfterCommit) -> YouthResource:
    author = make_youth("lou@youth.example", "FR")
    with after_commit():
        response = client_for(author).post("/en/youth/made/new/", _poster_data())
    assert response.status_code == 302, response.content.decode()[:2000]
    return YouthResource.objects.select_related("moderation", "poster").get(title="Be kind online")


@pytest.mark.django_db
def test_anonymous_visitors_are_sent_to_sign_in(submitted: YouthResource) -> None:
    for path in ["/en/youth/made/", "/en/youth/made/new/", submitted.get_absolute_url()]:
        response = Client().get(path)
        assert response.status_code == 302, path
        assert "/accounts/login/" in response["Location"], path


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["member", "sic_member", "editor", "other_coordinator", "other_youth"])
def test_nobody_else_sees_a_submission(
    who: str, cast: Cast, client_for: Callable[[User], Client], submitted: YouthResource
) -> None:
    if who == "other_coordinator":
        user = cast.youth_coordinator  # Ireland
    elif who == "other_youth":
        user = make_youth("zoe@youth.example", "FR")
    else:
        user = getattr(cast, who)

    assert client_for(user).get(submitted.get_absolute_url()).status_code == 404
    assert client_for(user).get(f"/en/moderation/items/{submitted.moderation_id}/").status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["member", "sic_member", "editor"])
def test_adults_without_a_youth_role_cannot_offer_a_resource(
    role: str, cast: Cast, client_for: Callable[[User], Client]
) -> None:
    client = client_for(getattr(cast, role))

    assert client.get("/en/youth/made/").status_code == 404
    assert client.post("/en/youth/made/new/", _poster_data()).status_code == 404
    assert not YouthResource.objects.filter(title="Be kind online").exists()


@pytest.mark.django_db
def test_the_poster_waits_for_the_coordinators_with_its_metadata_removed(submitted: YouthResource) -> None:
    assert submitted.poster is not None
    with submitted.poster.file.open("rb") as poster:
        stored = poster.read()

    assert submitted.moderation.status == Status.HELD
    assert submitted.moderation.space_key == "youth-fr"
    assert b"SecretCam" not in stored
    assert b"Real Name Of Child" not in stored
    assert not Image.open(io.BytesIO(stored)).getexif()
    assert submitted.poster.description == "A heart and the words: be kind online"


@pytest.mark.django_db
def test_a_file_that_is_not_a_picture_is_refused_and_the_form_keeps_what_was_typed(
    client_for: Callable[[User], Client],
) -> None:
    client = client_for(make_youth("lou@youth.example", "FR"))
    fake = SimpleUploadedFile("poster.png", b"#!/bin/sh\necho not a picture\n", content_type="image/png")

    response = client.post("/en/youth/made/new/", _poster_data(poster=fake, title="My typed title"))

    assert response.status_code == 400
    page = response.content.decode()
    assert "Upload a JPEG, PNG or WebP picture." in page
    assert "My typed title" in page
    assert not YouthResource.objects.filter(title="My typed title").exists()


@pytest.mark.django_db
def test_a_poster_needs_its_description_and_a_video_its_link(client_for: Callable[[User], Client]) -> None:
    client = client_for(make_youth("lou@youth.example", "FR"))

    poster = client.post("/en/youth/made/new/", _poster_data(poster_alt=""))
    video = client.post("/en/youth/made/new/", _poster_data(kind="video", poster="", video_url=""))

    assert "Describe the poster in a sentence or two." in poster.content.decode()
    assert "Give the link to your video." in video.content.decode()
    assert not YouthResource.objects.filter(title="Be kind online").exists()


@pytest.mark.django_db
def test_other_coordinators_cannot_decide_and_the_spaces_coordinator_publishes_it_in_the_gallery(
    cast: Cast, client_for: Callable[[User], Client], submitted: YouthResource, after_commit: AfterCommit
) -> None:
    made_by_young_people = ResourceTypeFactory.create(slug=resources.MADE_BY_YOUNG_PEOPLE, name="Made by young people")
    ResourceFactory.create(title="Our safety comic", types=[made_by_young_people], youth_credit="Mia")
    ResourceFactory.create(title="A guide for teachers")
    item_url = f"/en/moderation/items/{submitted.moderation_id}/"
    refused = client_for(cast.youth_coordinator).post(item_url, {"action": "approve", "reason": ""})
    coordinator = client_for(make_coordinator("coord-fr@cast.example", "FR"))
    hub = coordinator.get("/en/youth/spaces/fr/coordinate/").content.decode()
    with after_commit():
        approved = coordinator.post(item_url, {"action": "approve", "reason": ""})

    assert refused.status_code == 404
    assert "Be kind online" in hub
    assert approved.status_code == 302
    resource = Resource.objects.get(youth_submission=submitted)
    assert resource.live
    assert resource.youth_credit == "Lou, StarKite"
    gallery = resources.gallery_in("en").url
    listing = Client().get(gallery).content.decode()
    filtered = Client().get(f"{gallery}?type=made-by-young-people").content.decode()
    detail = Client().get(resources.resource_path(gallery, resource)).content.decode()
    assert "Made by young people" in listing
    assert "Be kind online" in filtered
    made_by_youth = Resource.objects.filter(live=True, is_original=True).exclude(youth_credit="").count()
    assert made_by_youth == 2
    assert f"{made_by_youth} resources" in filtered  # the comic and this one, not the teachers' guide
    assert made_by_youth < Resource.objects.filter(live=True, is_original=True).count()
    assert "by Lou, StarKite" in detail
    assert "lou@youth.example" not in detail
    assert "Creative Commons Attribution 4.0" in detail


@pytest.mark.django_db
def test_a_rejection_carries_a_reason_the_young_person_reads(
    client_for: Callable[[User], Client], submitted: YouthResource, after_commit: AfterCommit
) -> None:
    coordinator = client_for(make_coordinator("coord-fr@cast.example", "FR"))
    with after_commit():
        coordinator.post(
            f"/en/moderation/items/{submitted.moderation_id}/",
            {"action": "reject", "reason": "The poster shows a school's name: please remove it."},
        )
    page = client_for(submitted.author).get(submitted.get_absolute_url()).content.decode()  # type: ignore[arg-type]

    assert "The poster shows a school&#x27;s name: please remove it." in page
    assert not Resource.objects.filter(youth_submission=submitted).exists()
    assert any(submitted.author.email in message.to for message in mail.outbox)  # type: ignore[union-attr]


@pytest.mark.django_db
def test_contact_details_in_a_guide_are_flagged_by_the_screen(
    client_for: Callable[[User], Client], after_commit: AfterCommit
) -> None:
    author = make_youth("lou@youth.example", "FR")
    with after_commit():
        client_for(author).post(
            "/en/youth/made/new/",
            _poster_data(kind="guide", poster="", guide_text="Write to me at lou.dupont@gmail.com for help"),
        )

    made = YouthResource.objects.select_related("moderation").get(author=author)
    assert made.moderation.status == Status.HELD
    assert made.moderation.screen_reasons


@pytest.mark.django_db
def test_leaving_takes_the_authors_pseudonym_out_of_the_credit(
    client_for: Callable[[User], Client], submitted: YouthResource, after_commit: AfterCommit
) -> None:
    from bik.accounts.services import delete_account

    coordinator = client_for(make_coordinator("coord-fr@cast.example", "FR"))
    with after_commit():
        coordinator.post(f"/en/moderation/items/{submitted.moderation_id}/", {"action": "approve", "reason": ""})
        assert submitted.author is not None
        delete_account(submitted.author)

    resource = Resource.objects.get(title="Be kind online", is_original=True)
    gallery = resources.gallery_in("en").url
    detail = Client().get(resources.resource_path(gallery, resource)).content.decode()
    assert resource.live
    assert "by StarKite" in detail
    assert "Lou" not in detail


@pytest.mark.django_db
def test_anyone_signed_in_may_report_a_published_one_and_its_coordinators_can_take_it_out_of_the_gallery(
    cast: Cast, client_for: Callable[[User], Client], submitted: YouthResource, after_commit: AfterCommit
) -> None:
    """What a young person made is reportable where it is read, as everything they post: the gallery's page links
    to the report form, which is open to any signed-in reader once (and only once) it is published there."""
    report_url = f"/en/moderation/items/{submitted.moderation_id}/report/"
    teacher = client_for(cast.member)
    held = teacher.get(report_url)
    coordinator = client_for(make_coordinator("coord-fr@cast.example", "FR"))
    with after_commit():
        coordinator.post(f"/en/moderation/items/{submitted.moderation_id}/", {"action": "approve", "reason": ""})
    resource = Resource.objects.get(youth_submission=submitted)
    detail = Client().get(resources.resource_path(resources.gallery_in("en").url, resource)).content.decode()
    with after_commit():
        reported = teacher.post(report_url, {"reason": "personal_data", "details": "The school's name shows."})
    queue = coordinator.get(f"/en/moderation/queue/{submitted.moderation.space_key}/").content.decode()
    with after_commit():
        coordinator.post(f"/en/moderation/items/{submitted.moderation_id}/", {"action": "hide", "reason": "Names"})

    assert held.status_code == 404  # waiting for the coordinators: nobody else reads it, so nobody reports it
    assert f'<a href="{report_url}">Report this resource</a>' in detail
    assert Client().get(report_url).status_code == 302  # an anonymous reader signs in first
    assert reported.status_code == 302
    assert submitted.moderation.reports.get().reporter == cast.member
    assert "Be kind online" in queue
    resource.refresh_from_db()
    assert not resource.live


@pytest.mark.django_db
def test_a_published_post_of_a_youth_space_is_reported_only_by_those_who_read_the_space(
    cast: Cast, client_for: Callable[[User], Client], published_post: Post, french_youth: User
) -> None:
    report_url = f"/en/moderation/items/{published_post.moderation_id}/report/"
    reader = make_youth("zoe@youth.example", "FR")

    profile_url = f"/en/moderation/items/{french_youth.youth_profile.moderation_id}/report/"

    assert published_post.moderation.status == Status.PUBLISHED
    assert client_for(cast.member).get(report_url).status_code == 404
    assert client_for(cast.member).get(profile_url).status_code == 404
    assert client_for(reader).get(report_url).status_code == 200
    assert client_for(reader).get(profile_url).status_code == 200


@pytest.mark.django_db
def test_a_coordinator_reading_a_held_submission_is_told_it_as_a_moderator(
    client_for: Callable[[User], Client], submitted: YouthResource
) -> None:
    coordinator = client_for(make_coordinator("coord-fr@cast.example", "FR"))
    page = coordinator.get(submitted.get_absolute_url()).content.decode()
    assert "Not shown to members (Held for review): only its writer and the moderators can see it." in page
    assert "Only you and they can see it" not in page
    item = coordinator.get(f"/en/moderation/items/{submitted.moderation_id}/").content.decode()
    assert "Held for review" in item  # the history names the action in words, not by its code
    assert " · held" not in item
