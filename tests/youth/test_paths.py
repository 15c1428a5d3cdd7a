"""Digital-leader programmes as learning paths: modules in order, progress per member, and a badge on
finishing that only the member sees on their own profile (never other members, coordinators or the public)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from bik.accounts.models import User
from bik.youth import services
from bik.youth.models import (
    LearningModule,
    LearningPath,
    Lesson,
    PathBadge,
    PathStep,
    QuizQuestion,
    Space,
    YouthProfile,
)
from tests.conftest import Cast
from tests.youth.conftest import make_coordinator, make_youth


def _module(space: Space, title: str) -> LearningModule:
    module = LearningModule.objects.create(space=space, title=title, is_published=True)
    Lesson.objects.create(module=module, title=f"{title} lesson", body="Read me.", sort_order=0)
    QuizQuestion.objects.create(module=module, prompt="?", choices="a\nb", correct_choice=2, explanation="b.")
    return module  # type: ignore[no-any-return] # Wagtail's ClusterableModel is untyped


@pytest.fixture
def path(france: Space, europe: Space) -> LearningPath:
    path = LearningPath.objects.create(space=france, title="Leaders FR", badge_name="Digital leader", is_published=True)
    PathStep.objects.create(path=path, module=_module(france, "Step one"), sort_order=0)
    PathStep.objects.create(path=path, module=_module(europe, "Step two"), sort_order=1)
    return path  # type: ignore[no-any-return]


def _finish(client: Client, module: LearningModule) -> None:
    lesson = module.lessons.get()
    client.post(module.get_absolute_url(), {"lesson": str(lesson.pk)})
    client.post(module.get_absolute_url(), {f"q{module.questions.get().pk}": "2"})


@pytest.mark.django_db
def test_anonymous_visitors_are_sent_to_sign_in(path: LearningPath) -> None:
    response = Client().get(path.get_absolute_url())
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["member", "sic_member", "editor", "other_coordinator", "other_youth"])
def test_outsiders_get_not_found(
    who: str, cast: Cast, client_for: Callable[[User], Client], path: LearningPath
) -> None:
    if who == "other_coordinator":
        user = cast.youth_coordinator  # Ireland
    elif who == "other_youth":
        user = make_youth("cian@youth.example", "IE")
    else:
        user = getattr(cast, who)

    assert client_for(user).get(path.get_absolute_url()).status_code == 404


@pytest.mark.django_db
def test_a_member_follows_the_path_in_order_and_earns_a_badge_only_they_see(
    client_for: Callable[[User], Client], path: LearningPath
) -> None:
    member = make_youth("lou@youth.example", "FR")
    client = client_for(member)
    first, second = (step.module for step in path.steps.order_by("sort_order"))

    start = client.get(path.get_absolute_url()).content.decode()
    _finish(client, first)
    halfway = client.get(path.get_absolute_url()).content.decode()
    _finish(client, second)
    done = client.get(path.get_absolute_url()).content.decode()
    profile_url = YouthProfile.objects.get(user=member).get_absolute_url()
    own_profile = client.get(profile_url).content.decode()
    seen_by_friend = client_for(make_youth("zoe@youth.example", "FR")).get(profile_url).content.decode()
    seen_by_coordinator = client_for(make_coordinator("coord@cast.example", "FR")).get(profile_url).content.decode()

    assert "You have finished 0 of 2 modules." in start
    assert start.index("Step one") < start.index("Step two")
    assert "You have finished 1 of 2 modules." in halfway
    assert "You earned the badge" in done
    assert PathBadge.objects.filter(user=member, path=path).count() == 1
    assert "My badges" in own_profile
    assert "Digital leader" in own_profile
    assert "Digital leader" not in seen_by_friend
    assert "Digital leader" not in seen_by_coordinator


@pytest.mark.django_db
def test_the_space_page_lists_published_paths_and_a_draft_is_hidden(
    client_for: Callable[[User], Client], path: LearningPath, france: Space
) -> None:
    LearningPath.objects.create(space=france, title="Secret draft path", badge_name="x", is_published=False)
    client = client_for(make_youth("lou@youth.example", "FR"))

    page = client.get(services.national_space("FR").get_absolute_url()).content.decode()
    draft = LearningPath.objects.get(title="Secret draft path")

    assert "Leaders FR" in page
    assert "Secret draft path" not in page
    assert client.get(draft.get_absolute_url()).status_code == 404
