"""Youth coordinators read what young people wrote before anyone else does (a held post may carry a phone number
or a school): their role counts only with a second factor, as every other staff role that sees such data."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from bik.accounts.models import User
from bik.youth.models import Post
from tests.factories.youth import YouthCoordinatorFactory

pytestmark = pytest.mark.django_db


def test_a_coordinator_without_a_second_factor_is_sent_to_set_one_up_and_reads_nothing_held(
    client_for: Callable[[User], Client], published_post: Post
) -> None:
    without = client_for(YouthCoordinatorFactory.create(email="noa@cast.example", country="FR", mfa=False))
    with_it = client_for(YouthCoordinatorFactory.create(email="ida@cast.example", country="FR"))
    queue = f"/en/moderation/queue/{published_post.moderation.space_key}/"

    home = without.get("/en/youth/spaces/")
    account = without.get("/en/account/").content.decode()

    assert home.status_code == 302
    assert home["Location"].startswith("/en/accounts/2fa/totp/activate/")
    assert "Youth coordinators must set up two-factor authentication first." in account
    for path in (queue, "/en/youth/spaces/fr/coordinate/", "/en/youth/spaces/fr/"):
        assert without.get(path).status_code == 404, path
    for path in (queue, "/en/youth/spaces/fr/coordinate/", "/en/youth/spaces/fr/", "/en/youth/spaces/"):
        assert with_it.get(path).status_code == 200, path
    assert "Youth coordinators must set up" not in with_it.get("/en/account/").content.decode()
