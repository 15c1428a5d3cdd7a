"""Resources picked for young people: a space's coordinators (and the gallery's editors) find published
resources by title and pick them; the space page shows them with their languages and a link to the resource's
page in the gallery. Unpublished resources never show."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from bik.accounts.models import User
from bik.resources.models import Resource
from bik.resources.services import gallery_in, resource_path
from bik.youth import coordination
from bik.youth.models import Space, YouthPick
from tests.conftest import Cast
from tests.factories.resources import ResourceFactory, resources_in_bulk, translate_resource
from tests.factories.youth import SpaceFactory
from tests.youth.conftest import make_youth


@pytest.fixture
def resource(db: None) -> Resource:
    """A published resource in English and French, its title translated into French ("... (version française)")."""
    made = ResourceFactory.create(title="Passwords in five questions", languages=("en", "fr"))
    translate_resource(made, "fr", "Passwords in five questions (version française)")
    return made


@pytest.mark.django_db
def test_a_coordinator_finds_a_resource_by_title_and_picks_it_for_the_space(
    client_for: Callable[[User], Client], french_coordinator: User, french_youth: User, resource: Resource
) -> None:
    coordinator = client_for(french_coordinator)
    words = resource.title.split(" in five")[0]

    found = coordinator.get("/en/youth/spaces/fr/coordinate/resources/", {"q": words}).content.decode()
    assert f"Pick “{resource.title}”" in found

    response = coordinator.post(
        f"/en/youth/spaces/fr/coordinate/resources/?q={words}", {"resource": resource.pk, "note": "À tester !"}
    )

    assert response.status_code == 302
    pick = YouthPick.objects.get(space__slug="fr", resource=resource)
    assert pick.picked_by == french_coordinator
    page = client_for(french_youth).get("/en/youth/spaces/fr/").content.decode()
    assert resource.title in page
    assert "À tester !" in page
    gallery = gallery_in("en")
    assert gallery is not None
    link = resource_path(gallery.url, resource)
    assert f'href="{link}"' in page
    assert resource.title in client_for(french_youth).get(link).content.decode()  # the resource's own page
    language_names = [version.language_name for version in resource.language_versions.all()]
    assert ", ".join(language_names) in page


@pytest.mark.django_db
def test_the_title_is_shown_in_the_visitors_language_when_translated(
    client_for: Callable[[User], Client], french_youth: User, french_coordinator: User, resource: Resource
) -> None:
    coordination.pick(french_coordinator, Space.objects.get(slug="fr"), resource.pk)

    page = client_for(french_youth).get("/fr/youth/spaces/fr/").content.decode()

    assert f"{resource.title} (version française)" in page


@pytest.mark.django_db
def test_a_resource_that_is_unpublished_disappears_from_the_space(
    client_for: Callable[[User], Client], french_youth: User, french_coordinator: User, resource: Resource
) -> None:
    coordination.pick(french_coordinator, Space.objects.get(slug="fr"), resource.pk)
    resource.unpublish()

    assert resource.title not in client_for(french_youth).get("/en/youth/spaces/fr/").content.decode()
    assert resource.title not in client_for(french_youth).get("/en/youth/spaces/fr/resources/").content.decode()


@pytest.mark.django_db
def test_unpublished_resources_cannot_be_found_or_picked(
    client_for: Callable[[User], Client], french_coordinator: User, france: Space, resource: Resource
) -> None:
    resource.unpublish()
    coordinator = client_for(french_coordinator)

    found = coordinator.get("/en/youth/spaces/fr/coordinate/resources/", {"q": resource.title}).content.decode()
    response = coordinator.post("/en/youth/spaces/fr/coordinate/resources/", {"resource": resource.pk}, follow=True)

    assert f"Pick “{resource.title}”" not in found
    assert "That resource is not published (any more)." in response.content.decode()
    assert not YouthPick.objects.filter(resource=resource).exists()


@pytest.mark.django_db
def test_picking_twice_keeps_one_pick_and_removing_it_takes_it_off_the_space(
    client_for: Callable[[User], Client], french_coordinator: User, france: Space, resource: Resource
) -> None:
    coordinator = client_for(french_coordinator)
    coordinator.post("/en/youth/spaces/fr/coordinate/resources/", {"resource": resource.pk})
    coordinator.post("/en/youth/spaces/fr/coordinate/resources/", {"resource": resource.pk})
    pick = YouthPick.objects.get(space__slug="fr", resource=resource)

    coordinator.post(f"/en/youth/spaces/fr/coordinate/resources/{pick.pk}/remove/")

    assert not YouthPick.objects.filter(space__slug="fr", resource=resource).exists()


@pytest.mark.django_db
def test_editors_pick_resources_for_any_space_without_seeing_the_spaces(
    cast: Cast, client_for: Callable[[User], Client], france: Space, resource: Resource
) -> None:
    editor = client_for(cast.editor)

    assert b"/en/youth/spaces/fr/coordinate/resources/" in editor.get("/en/youth/picks/").content
    editor.post("/en/youth/spaces/fr/coordinate/resources/", {"resource": resource.pk})

    assert YouthPick.objects.filter(space=france, resource=resource, picked_by=cast.editor).exists()
    assert editor.get("/en/youth/spaces/fr/").status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["youth_member", "coordinator_elsewhere", "sic_member", "moderator", "anonymous"])
def test_nobody_else_can_pick(
    who: str, cast: Cast, client_for: Callable[[User], Client], france: Space, resource: Resource
) -> None:
    SpaceFactory.create(country="IE")  # the space of the cast's coordinator, who coordinates Ireland's
    people: dict[str, Callable[[], User]] = {
        "youth_member": lambda: make_youth("zoe@youth.example", "FR"),
        "coordinator_elsewhere": lambda: cast.youth_coordinator,
        "sic_member": lambda: cast.sic_member,
        "moderator": lambda: cast.moderator,
    }
    client = Client() if who == "anonymous" else client_for(people[who]())

    listing = client.get("/en/youth/spaces/fr/coordinate/resources/")
    client.post("/en/youth/spaces/fr/coordinate/resources/", {"resource": resource.pk})

    assert listing.status_code == (302 if who == "anonymous" else 404)
    index = client.get("/en/youth/picks/")
    if who == "coordinator_elsewhere":  # their own space only
        assert b"/youth/spaces/ie/coordinate/resources/" in index.content
        assert b"/youth/spaces/fr/" not in index.content
    else:
        assert index.status_code == (302 if who == "anonymous" else 404)
    assert not YouthPick.objects.filter(space=france, resource=resource).exists()


@pytest.mark.django_db
def test_the_space_page_makes_the_same_number_of_queries_with_few_and_many_picks(
    client_for: Callable[[User], Client], french_youth: User, french_coordinator: User, france: Space
) -> None:
    resources = resources_in_bulk(8)
    coordination.pick(french_coordinator, france, resources[0].pk)
    client = client_for(french_youth)
    client.get("/en/youth/spaces/fr/")
    few = _count_queries(client, "/en/youth/spaces/fr/")
    for resource in resources[1:]:
        coordination.pick(french_coordinator, france, resource.pk)

    many = _count_queries(client, "/en/youth/spaces/fr/")

    assert many == few
    assert _count_queries(client, "/en/youth/spaces/fr/resources/") == _count_queries(
        client, "/en/youth/spaces/fr/resources/"
    )


def _count_queries(client: Client, path: str) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)
