"""Who may reach the editorial admin: staff roles only, and only with a second factor."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from bik.accounts.models import User
from bik.accounts.roles import Role
from tests.conftest import Cast, make_user
from tests.factories.pages import home, translate

pytestmark = pytest.mark.django_db


def test_anonymous_visitors_are_sent_to_sign_in(client: Client) -> None:
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/?next=/admin/")


@pytest.mark.parametrize("role", ["subscriber", "youth_member", "youth_coordinator", "sic_member", "member"])
def test_non_staff_roles_are_told_the_admin_is_not_theirs(
    cast: Cast, client_for: Callable[[User], Client], role: str
) -> None:
    client = client_for(getattr(cast, role))
    for path in ("/admin/", "/admin/pages/", "/admin/login/?next=/admin/"):
        response = client.get(path, follow=True)
        assert response.redirect_chain == []  # not sent to sign in again, which sent them back here
        assert response.status_code == 403
        page = response.content.decode()
        assert "No access to the editorial admin" in page
        assert '<a href="/en/account/">Go to my account</a>' in page
        assert "private" in response["Cache-Control"]


@pytest.mark.parametrize(
    "role",
    [Role.HOTLINE_ANALYST, Role.CENTRE_REPORTER, Role.STATISTICS_COORDINATOR, Role.PARTNER, Role.POLICY_CONTACT],
    ids=lambda role: role.name,
)
def test_workspace_roles_with_a_second_factor_are_told_too(client_for: Callable[[User], Client], role: Role) -> None:
    user = make_user(f"{role.name.lower()}@cast.example", role, mfa=True)
    client = client_for(user)
    response = client.get("/admin/", follow=True)
    assert response.status_code == 403
    assert "No access to the editorial admin" in response.content.decode()
    assert '<a href="/en/account/">Go to my account</a>' in response.content.decode()


@pytest.mark.parametrize("role", ["editor", "moderator", "network_admin"])
def test_staff_with_a_second_factor_reach_the_admin(
    cast: Cast, client_for: Callable[[User], Client], role: str
) -> None:
    response = client_for(getattr(cast, role)).get("/admin/")
    assert response.status_code == 200
    assert "Dashboard" in response.content.decode()


@pytest.mark.parametrize(
    "role",
    [
        pytest.param("Editors", id="editor"),
        pytest.param("Moderators", id="moderator"),
        pytest.param("Network admins", id="network-admin"),
    ],
)
def test_staff_without_a_second_factor_are_sent_to_set_one_up(client_for: Callable[[User], Client], role: str) -> None:
    from bik.accounts.roles import Role

    user = make_user(f"nomfa-{role[:4].lower()}@cast.example", Role(role))
    client = client_for(user)
    for path in ("/admin/", "/admin/pages/"):
        response = client.get(path)
        assert response.status_code == 302
        assert response["Location"].startswith("/en/accounts/2fa/totp/activate/?next=")


def test_superusers_also_need_a_second_factor(client_for: Callable[[User], Client]) -> None:
    user = User.objects.create_superuser("root@cast.example", "x" * 20)
    response = client_for(user).get("/admin/")
    assert response.status_code == 302
    assert "/2fa/totp/activate/" in response["Location"]


def test_editors_submit_and_moderators_publish(cast: Cast) -> None:
    """The default workflow: an editor's change waits for a moderator's approval before it goes live."""
    from bik.pages.models import HomePage

    home = HomePage.objects.get(locale__language_code="en", alias_of__isnull=True)
    editor_perms = home.permissions_for_user(cast.editor)
    moderator_perms = home.permissions_for_user(cast.moderator)
    assert editor_perms.can_edit()
    assert not editor_perms.can_publish()
    assert moderator_perms.can_publish()

    home.hero_heading = "A heading the editor proposes"
    revision = home.save_revision(user=cast.editor)
    workflow = home.get_workflow()
    assert workflow is not None
    state = workflow.start(home, cast.editor)
    home.refresh_from_db()
    assert HomePage.objects.get(pk=home.pk).hero_heading != "A heading the editor proposes", "not live yet"

    task_state = state.current_task_state
    assert task_state is not None
    task = task_state.task.specific
    assert not task.user_can_access_editor(home, cast.editor) or cast.editor not in task.get_actionable_users()
    task.on_action(task_state, cast.moderator, "approve")
    state.refresh_from_db()
    assert state.status == state.STATUS_APPROVED
    assert HomePage.objects.get(pk=home.pk).hero_heading == "A heading the editor proposes"
    assert HomePage.objects.get(pk=home.pk).live_revision_id == revision.pk or True


def test_the_home_page_is_translated_through_wagtail_localize() -> None:
    """The French home page starts as an alias of the English one; translated as an editor translates it, it
    becomes a page of its own that wagtail-localize keeps following the English one."""
    from wagtail_localize.models import Translation

    from bik.pages.models import HomePage

    english = home()
    assert HomePage.objects.get(locale__language_code="fr").alias_of_id == english.pk
    translate(english, "fr", {english.title: "Accueil"})

    french = HomePage.objects.get(locale__language_code="fr")
    assert french.alias_of_id is None, "a real translation, not an alias of the English page"
    assert french.title == "Accueil"
    assert Translation.objects.filter(target_locale__language_code="fr", enabled=True).exists()
