"""A form shown again with its errors names each error once: Django writes a field's error list with the id
`<field id>_error` and names it in the field's aria-describedby, so a template must not give its own wrapper the
same id (two elements with one id leave a screen reader to guess which one describes the field). Every id a
field or fieldset names must exist, once."""

from __future__ import annotations

import pytest
from django.test import Client

from tests.html_ids import id_problems
from tests.sid.helpers import sid_client

pytestmark = pytest.mark.django_db


def test_a_too_long_search_names_its_error_once(client: Client) -> None:
    html = client.get("/en/search/", {"q": "abc " * 60}).content.decode()

    assert 'id="id_q_error"' in html
    assert id_problems(html) == []


def test_a_refused_registration_on_the_mini_site_names_each_error_once() -> None:
    """The mini-site's forms use the shared field template (includes/form_fields.html), its choices in a fieldset
    that names the help and the error list."""
    response = sid_client().post("/en/supporters/register/", {"email": "not an address", "name": "", "kind": ""})

    html = response.content.decode()
    assert response.status_code == 400
    assert html.count('class="field__error"') >= 3
    assert '<fieldset class="field field--error" aria-describedby="id_kind_error">' in html
    assert "(optional)" in html  # the fields that may stay empty are marked on the mini-site
    assert id_problems(html) == []
