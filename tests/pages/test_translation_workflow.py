"""Editors finish translations: an editor translates a page with wagtail-localize and submits it to the same
moderation workflow as the original; a moderator's approval publishes it. Term pickers name the terms in the
language of the record being edited."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, Translation

from bik.accounts.models import User
from bik.pages.models import StandardPage
from tests.conftest import Cast, turned_away_from_the_admin
from tests.factories.catalogue import translate_term
from tests.factories.pages import StandardPageFactory
from tests.factories.resources import TopicFactory

pytestmark = pytest.mark.django_db

ITALIAN_TITLE = "Chi siamo"


@pytest.fixture
def about() -> StandardPage:
    """An English page with its aliases in the other languages, as the admin leaves a page it creates."""
    page: StandardPage = StandardPageFactory.create(title="About us", slug="about")
    return page


def _start_italian_translation(editor: Client, english: StandardPage) -> tuple[Page, Translation]:
    italian = Locale.objects.get(language_code="it")
    assert editor.get(f"/admin/localize/submit/page/{english.pk}/").status_code == 200
    response = editor.post(f"/admin/localize/submit/page/{english.pk}/", {"locales": [italian.pk]})
    assert response.status_code == 302
    page = Page.objects.get(translation_key=english.translation_key, locale=italian)
    assert page.alias_of_id is None, "a translation now, no longer an alias of the English page"
    translation = Translation.objects.get(source__object_id=english.translation_key, target_locale=italian)
    return page, translation


def _translate_title(editor: Client, translation: Translation, english: StandardPage) -> None:
    segment = StringSegment.objects.get(source=translation.source, string__data=english.title)
    response = editor.put(
        f"/admin/localize/translate/{translation.pk}/strings/{segment.pk}/edit/",
        data=f"value={ITALIAN_TITLE.replace(' ', '+')}",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 201


def test_an_editor_translates_and_a_moderator_publishes(
    cast: Cast, client_for: Callable[[User], Client], client: Client, about: StandardPage
) -> None:
    editor = client_for(cast.editor)
    page, translation = _start_italian_translation(editor, about)
    _translate_title(editor, translation, about)

    # wagtail-localize's own "Publish" is for those who may publish; the editor may not.
    refused = editor.post(f"/admin/pages/{page.pk}/edit/", {"action": "publish"})
    assert (refused.status_code, refused.get("Location")) in ((403, None), (302, "/admin/"))
    assert ITALIAN_TITLE not in client.get(page.url).content.decode()

    submit_url = f"/admin/translations/{page.pk}/submit/"
    assert "Submit translation for moderation" in editor.get(f"/admin/pages/{page.get_parent().pk}/").content.decode()
    assert editor.get(submit_url).status_code == 200
    assert editor.post(submit_url).status_code == 302
    page.refresh_from_db()
    state = page.current_workflow_state
    assert state is not None
    assert state.status == state.STATUS_IN_PROGRESS
    assert ITALIAN_TITLE not in client.get(page.url).content.decode(), "waiting for moderation, not live"

    task_state = state.current_task_state
    assert task_state is not None
    task = task_state.task.specific
    assert task.get_actions(page, cast.editor) == []
    assert "approve" in {action[0] for action in task.get_actions(page, cast.moderator)}
    task.on_action(task_state, cast.moderator, "approve")

    response = client.get(page.url)
    assert response.status_code == 200
    assert f"<h1>{ITALIAN_TITLE}</h1>" in response.content.decode()
    assert '<html lang="it"' in response.content.decode()


@pytest.mark.parametrize("role", ["subscriber", "youth_member", "sic_member", "member"])
def test_other_roles_cannot_submit_a_translation(
    cast: Cast, client_for: Callable[[User], Client], client: Client, role: str, about: StandardPage
) -> None:
    page, _translation = _start_italian_translation(client_for(cast.editor), about)
    url = f"/admin/translations/{page.pk}/submit/"
    assert client.post(url).status_code == 302  # anonymous: to the sign-in page
    assert turned_away_from_the_admin(client_for(getattr(cast, role)).post(url))
    page.refresh_from_db()
    assert page.current_workflow_state is None


def test_an_untranslated_page_has_nothing_to_submit(
    cast: Cast, client_for: Callable[[User], Client], about: StandardPage
) -> None:
    refused = client_for(cast.editor).post(f"/admin/translations/{about.pk}/submit/")
    assert (refused.status_code, refused.get("Location")) in ((403, None), (302, "/admin/"))
    about.refresh_from_db()
    assert about.current_workflow_state is None


@pytest.mark.parametrize(("language", "expected"), [("fr", "Cyberharcèlement"), ("en", "Cyberbullying")])
def test_term_pickers_name_the_terms_in_the_records_language(
    cast: Cast, client_for: Callable[[User], Client], language: str, expected: str
) -> None:
    cyberbullying = TopicFactory.create(name="Cyberbullying")
    translate_term(cyberbullying, "fr", "Cyberharcèlement")
    translate_term(cyberbullying, "el", "Διαδικτυακός εκφοβισμός")
    locale = Locale.objects.get(language_code=language)
    html = client_for(cast.editor).get(f"/admin/snippets/resources/resource/add/?locale={locale.language_code}")
    assert html.status_code == 200
    text = html.content.decode()
    assert expected in text
    assert text.count("Διαδικτυακός εκφοβισμός") == 0  # one option per term, never every language's
