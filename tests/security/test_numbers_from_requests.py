"""Numbers in requests are read by one strict helper (bik/pages/numbers.py): a superscript "²" (which
`str.isdigit()` accepts and `int()` refuses), Arabic-Indic digits, signs, underscores and numbers no column
holds fall back or are refused — never a 500. Each page here gave a 500 before."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from bik.accounts.models import User
from bik.community.blogs import services as blogs
from bik.community.forums import services as forums
from bik.community.forums.models import Forum
from bik.pages.numbers import MAX_ID, strict_id, strict_int
from bik.youth import services as youth
from bik.youth.models import LearningModule, Lesson, QuizQuestion
from bik.youth.models import Post as YouthPost
from tests.conftest import Cast
from tests.youth.conftest import give_profile, trusted

BAD_NUMBERS = ["²", "٣", "𝟙", "+7", "-1", " 7", "1_000", "1e3", "", "9" * 20, "9" * 5000, "7\n"]


@pytest.mark.parametrize("value", BAD_NUMBERS)
def test_the_strict_helper_refuses_anything_but_ascii_digits_within_bounds(value: str) -> None:
    assert strict_int(value) is None
    assert strict_id(value) is None


def test_the_strict_helper_reads_plain_numbers_and_keeps_to_its_bounds() -> None:
    assert strict_int("0") == 0
    assert strict_int("0042") == 42
    assert strict_int(str(MAX_ID)) == MAX_ID
    assert strict_int("12", maximum=10) is None
    assert strict_int(5, minimum=1) == 5
    assert strict_int(True) is None
    assert strict_int(None) is None
    assert strict_id("0") is None
    assert strict_id("1") == 1


@pytest.mark.django_db
@pytest.mark.parametrize("value", ["²", "٣", "9" * 30])
def test_public_lists_ignore_a_page_or_year_that_is_not_a_number(client: Client, value: str) -> None:
    assert client.get("/en/bulletin/", {"year": value}).status_code == 200
    assert client.get("/en/portal/resources/", {"page": value}).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("value", ["²", "٣", "9" * 30])
def test_member_pages_ignore_a_quote_or_comment_that_is_not_a_number(
    cast: Cast, client_for: Callable[[User], Client], value: str
) -> None:
    thread = forums.start_thread(cast.sic_member, Forum.objects.get(slug="helplines"), "Peaks", "When?", notify=False)
    post = blogs.create_post(cast.sic_member, title="Campaign", summary="What.", body="<p>x</p>", tags="", strand="")
    give_profile(cast.youth_member, "IE")
    trusted(cast.youth_member)
    space = youth.national_space("IE")
    discussion = youth.submit_post(cast.youth_member, space, kind=YouthPost.Kind.DISCUSSION, title="Hi", body="Hey").obj
    member, young = client_for(cast.sic_member), client_for(cast.youth_member)

    assert member.get(f"/en/community/forums/threads/{thread.pk}/reply/", {"quote": value}).status_code == 200
    assert member.get(post.get_absolute_url(), {"comment": value}).status_code == 200
    assert young.get(discussion.get_absolute_url(), {"comment": value}).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("value", ["²", "٣", "9" * 30, "-1"])
def test_a_quiz_answer_or_lesson_that_is_not_a_number_is_refused_politely(
    cast: Cast, client_for: Callable[[User], Client], value: str
) -> None:
    give_profile(cast.youth_member, "IE")
    module = LearningModule.objects.create(space=youth.national_space("IE"), title="Passwords", is_published=True)
    Lesson.objects.create(module=module, title="Length", body="Longer is better.", sort_order=0)
    question = QuizQuestion.objects.create(module=module, prompt="Best?", choices="abc\nthree words", correct_choice=2)
    young = client_for(cast.youth_member)

    quiz = young.post(module.get_absolute_url(), {f"q{question.pk}": value})
    lesson = young.post(module.get_absolute_url(), {"lesson": value})

    assert quiz.status_code == 200
    assert lesson.status_code == 400
