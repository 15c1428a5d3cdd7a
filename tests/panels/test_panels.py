"""Youth panels: public pages reachable from the home page, bylines without surnames or unconsented photos,
articles screened and approved by the panel's own coordinators, reports, and who may write."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.utils import timezone
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from bik.accounts.models import User
from bik.moderation import services as moderation
from bik.moderation.models import Action, ModeratedItem, Report, Status
from bik.panels import services
from bik.panels.models import Article, PanelMember
from tests.conftest import AfterCommit, Cast
from tests.factories.panels import ArticleFactory, PanelFactory, PanelMemberFactory
from tests.factories.youth import YouthMemberFactory
from tests.panels.conftest import PanelCast, born_aged
from tests.query_counts import assert_same_cost, at_10_and_1000

pytestmark = pytest.mark.django_db

ClientFor = Callable[[User], Client]


def test_a_visitor_reaches_the_panels_from_the_home_page_and_the_centre_page(client: Client) -> None:
    for country in ("IE", "IT", "PT"):
        PanelFactory.create(country=country)
    PanelMemberFactory.create(
        panel=PanelFactory.create(country="FR"),
        user=YouthMemberFactory.create(display_name="PixelOwl", country="FR"),
        title=PanelMember.Title.AMBASSADOR,
        byline_name=PanelMember.Name.FIRST_NAME,
        first_name="Emilia",
    )
    home = client.get("/en/").content.decode()
    assert 'href="/en/youth-panels/"' in home  # header menus: young people, professionals

    index = client.get("/en/youth-panels/").content.decode()
    for country in ("Ireland", "France", "Italy", "Portugal"):
        assert country in index
    assert 'href="/en/youth-panels/ie/"' in client.get("/en/centres/ie/").content.decode()

    panel = client.get("/en/youth-panels/fr/").content.decode()
    assert 'Emilia</span>, <span class="panel-byline__title">Youth Ambassador' in panel
    assert "PixelOwl" not in panel  # she signs with her first name only
    assert "/youth/members/" not in panel  # no way from a public page to a young person's profile


def test_a_first_name_never_carries_a_surname(panels: PanelCast) -> None:
    with pytest.raises(ValidationError):
        services.add_member(
            panels.coordinator, panels.panel, panels.member.user, byline_name="first_name", first_name="Emilia Rossi"
        )
    member = services.add_member(
        panels.coordinator, panels.panel, panels.member.user, byline_name="first_name", first_name="Anne-Marie"
    )
    assert services.byline(member).name == "Anne-Marie"


def test_only_young_members_of_the_country_join_and_only_its_coordinators_add_them(
    cast: Cast, panels: PanelCast
) -> None:
    with pytest.raises(ValidationError):
        services.add_member(panels.coordinator, panels.panel, cast.member)  # an adult account
    with pytest.raises(ValidationError):
        services.add_member(panels.coordinator, panels.panel, panels.outsider)  # a French member
    with pytest.raises(PermissionDenied):
        services.add_member(panels.other_coordinator, panels.panel, panels.member.user)


def _photo(member: PanelMember) -> None:
    member.photo = Image.objects.create(title="Portrait", file=get_test_image_file())
    member.photo_consent_by_member = True
    member.save()


def test_a_photo_of_an_under_16_needs_a_parents_consent(cast: Cast, panels: PanelCast, client: Client) -> None:
    young = PanelMember.objects.select_related("user__youth_profile").get(pk=panels.member.pk)
    young.user.youth_profile.year_of_birth = born_aged(14)
    young.user.youth_profile.save()
    _photo(young)
    assert not services.may_show_photo(young)
    assert "<img" not in client.get("/en/youth-panels/ie/").content.decode().split('id="members-heading"')[1]

    young.photo_parent_consent_at = timezone.now()
    young.save()
    assert services.may_show_photo(young)
    assert "<img" in client.get("/en/youth-panels/ie/").content.decode().split('id="members-heading"')[1]


def test_a_photo_of_a_16_year_old_needs_their_own_consent(panels: PanelCast) -> None:
    _photo(panels.member)  # 17, agreed
    assert services.may_show_photo(panels.member)
    panels.member.photo_consent_by_member = False
    assert not services.may_show_photo(panels.member)


def test_an_article_waits_for_the_panels_coordinator_and_then_anyone_reads_and_can_report_it(
    cast: Cast, panels: PanelCast, client_for: ClientFor, client: Client
) -> None:
    writer = client_for(cast.youth_member)
    form = {"title": "Streaks stress us", "body": "Streaks are stressful."}
    response = writer.post("/en/youth/panel/ie/write/", form)
    assert response.status_code == 302
    article = Article.objects.get(title="Streaks stress us")
    assert article.moderation.status == Status.HELD
    assert "Streaks stress us" not in client.get("/en/youth-panels/ie/").content.decode()

    # A coordinator of another country may not approve it, nor open the Irish queue.
    assert client_for(panels.other_coordinator).get("/en/moderation/queue/panel-ie/").status_code == 404
    with pytest.raises(PermissionDenied):
        moderation.moderate(panels.other_coordinator, article.moderation, Action.APPROVE)

    coordinator = client_for(panels.coordinator)
    assert "Streaks stress us" in coordinator.get("/en/moderation/queue/panel-ie/").content.decode()
    coordinator.post(f"/en/moderation/items/{article.moderation_id}/", {"action": "approve", "reason": ""})

    page = client.get("/en/youth-panels/ie/").content.decode()  # the cached page was replaced
    assert "Streaks stress us" in page
    detail = client.get(article.get_absolute_url())
    assert 'BlueFox</span>, <span class="panel-byline__title">Youth Ambassador' in detail.content.decode()

    report_url = f"/en/moderation/items/{article.moderation_id}/report/"
    assert report_url in detail.content.decode()
    assert client.get(report_url).status_code == 302  # anonymous: sign in first
    reader = client_for(cast.member)
    assert reader.post(report_url, {"reason": "other", "details": ""}).status_code == 302
    assert Report.objects.filter(item=article.moderation, reporter=cast.member).exists()


def test_the_screen_reads_articles(cast: Cast, panels: PanelCast) -> None:
    submitted = services.submit_article(
        cast.youth_member, panels.panel, title="Call me", body="Call me on 087 123 4567 after school"
    )
    assert submitted.held_by_screen
    assert submitted.article.moderation.screen_reasons


def test_a_coordinator_signs_an_article_for_a_member(panels: PanelCast, client_for: ClientFor) -> None:
    coordinator = client_for(panels.coordinator)
    missing = coordinator.post("/en/youth/panel/ie/write/", {"title": "Our views", "body": "Text", "signed_by": ""})
    assert missing.status_code == 400
    assert 'value="Our views"' in missing.content.decode()  # what they typed is kept
    coordinator.post("/en/youth/panel/ie/write/", {"title": "Our views", "body": "Text", "signed_by": panels.member.pk})
    assert Article.objects.get(title="Our views").signed_by == panels.member


@pytest.mark.parametrize("who", ["member", "subscriber", "sic_member", "editor", "outsider", "other_coordinator"])
def test_only_members_and_coordinators_write_for_a_panel(
    who: str, cast: Cast, panels: PanelCast, client_for: ClientFor
) -> None:
    user = getattr(panels, who) if who in ("outsider", "other_coordinator") else getattr(cast, who)
    assert client_for(user).get("/en/youth/panel/ie/write/").status_code == 404
    assert client_for(user).post("/en/youth/panel/ie/members/", {}).status_code == 404


def test_anonymous_visitors_are_sent_to_sign_in(client: Client) -> None:
    for path in ("/en/youth/panel/", "/en/youth/panel/ie/write/"):
        assert client.get(path)["Location"].startswith("/en/accounts/login/")


def test_members_and_coordinators_see_their_panel(cast: Cast, panels: PanelCast, client_for: ClientFor) -> None:
    assert "Write an article" in client_for(cast.youth_member).get("/en/youth/panel/").content.decode()
    page = client_for(panels.coordinator).get("/en/youth/panel/").content.decode()
    assert "Add a member" in page
    assert "Add a member" not in client_for(cast.youth_member).get("/en/youth/panel/").content.decode()


def test_a_coordinator_adds_and_removes_members_by_pseudonym(
    cast: Cast, panels: PanelCast, client_for: ClientFor
) -> None:
    coordinator = client_for(panels.coordinator)
    young = YouthMemberFactory.create(display_name="BlueFox27", country="IE")
    form = {"add-ie-pseudonym": "BlueFox27", "add-ie-title": "panellist", "add-ie-byline_name": "pseudonym"}
    coordinator.post("/en/youth/panel/ie/members/", form)
    member = PanelMember.objects.get(user=young, panel=panels.panel)
    coordinator.post(f"/en/youth/panel/ie/members/{member.pk}/remove/")
    assert not PanelMember.objects.filter(pk=member.pk).exists()


def test_adults_cannot_message_young_people(cast: Cast, panels: PanelCast, client_for: ClientFor) -> None:
    """There is no private message anywhere: the panel pages offer no contact, and no such address exists."""
    adult = client_for(cast.member)
    page = adult.get("/en/youth-panels/ie/").content.decode()
    assert "message" not in page.lower().replace("messages", "")
    assert adult.get(f"/en/youth/members/{cast.youth_member.youth_profile.pk}/message/").status_code == 404


def test_the_panel_page_costs_the_same_with_many_articles(panels: PanelCast, client: Client) -> None:
    content_type = ContentType.objects.get_for_model(Article)

    def add(count: int) -> None:
        items = ModeratedItem.objects.bulk_create(
            ModeratedItem(
                content_type=content_type,
                space_key="panel-ie",
                author=panels.member.user,
                status=Status.PUBLISHED,
                decided_at=timezone.now(),
            )
            for _ in range(count)
        )
        Article.objects.bulk_create(
            Article(panel=panels.panel, signed_by=panels.member, title="Panel view", body="Text", moderation=item)
            for item in items
        )

    few, many = at_10_and_1000(client, "/en/youth-panels/ie/", add)
    assert_same_cost(few, many, '<h3 class="card__title"><a href="/en/youth-panels/ie/articles/', 10)


def test_a_moderator_hiding_an_article_replaces_the_cached_public_page(
    cast: Cast, panels: PanelCast, client: Client, after_commit: AfterCommit, page_cache_on: None
) -> None:
    article = ArticleFactory.create(panel=panels.panel, signed_by=panels.member, title="Streaks and sleep")
    client.get("/en/youth-panels/ie/")
    kept = client.get("/en/youth-panels/ie/")
    assert kept["X-Page-Cache"] == "hit"
    assert article.title in kept.content.decode()

    with after_commit():
        moderation.moderate(cast.moderator, article.moderation, Action.HIDE, "Names a school.")

    assert article.title not in client.get("/en/youth-panels/ie/").content.decode()
    assert client.get(article.get_absolute_url()).status_code == 404
