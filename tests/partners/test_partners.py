"""Partners submit publications of their own organisation; editors publish or return them; the public sees
published ones with their organisation, and industry self-reports year on year."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.core import mail
from django.test import Client, RequestFactory
from wagtail.models import Collection

from bik.accounts.adapter import AccountAdapter
from bik.accounts.models import User
from bik.accounts.roles import Role, has_role
from bik.partners import services
from bik.partners.models import PartnerMember, PartnerOrganisation, SelfReport, Submission
from tests.conftest import AfterCommit, Cast
from tests.partners.conftest import Partners, pdf
from tests.research.helpers import RESEARCH_URL

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("study_terms")]
Login = Callable[[User], Client]
WORKSPACE = "/en/partners/workspace/"


def study_form(title: str = "Talking speakers at home", **extra: object) -> dict[str, object]:
    return {
        "title": title,
        "summary": "What we found when we asked 400 children.",
        "publication_type": "study",
        "year": "2026",
        "authors": "R. Researcher",
        "topics": ["privacy"],
        "audiences": ["parents"],
        "file": pdf(title),
        **extra,
    }


def submit(client: Client, partners: Partners, title: str = "Talking speakers at home") -> Submission:
    response = client.post(f"{WORKSPACE}{partners.research.slug}/submit/", study_form(title))
    assert response.status_code == 302, response.content.decode()
    return Submission.objects.get(publication__title=title)


def test_a_study_goes_from_submission_through_return_to_publication(
    partners: Partners, cast: Cast, client_for: Login, client: Client, after_commit: AfterCommit
) -> None:
    partner, editor = client_for(partners.researcher), client_for(cast.editor)
    submission = submit(partner, partners)
    publication = submission.publication
    assert not publication.live
    assert publication.partner == partners.research
    assert "Talking speakers at home" not in client.get(RESEARCH_URL).content.decode()
    assert "Talking speakers at home" in editor.get("/en/partners/review/").content.decode()

    refused = editor.post(f"/en/partners/review/{submission.pk}/", {"decision": "return", "reason": "  "})
    assert refused.status_code == 400
    with after_commit():
        editor.post(
            f"/en/partners/review/{submission.pk}/", {"decision": "return", "reason": "Name the countries, please."}
        )
    assert sorted(mail.outbox[-1].to) == sorted([partners.researcher.email, partners.without_mfa.email])
    assert "Name the countries, please." in partner.get(WORKSPACE).content.decode()
    assert "Name the countries, please." in partner.get(f"{WORKSPACE}submissions/{submission.pk}/").content.decode()

    fixed = study_form(summary="What we found when we asked 400 children in Finland and Norway.")
    del fixed["file"]
    assert partner.post(f"{WORKSPACE}submissions/{submission.pk}/", fixed).status_code == 302
    submission.refresh_from_db()
    assert submission.state == Submission.State.SUBMITTED

    editor.post(f"/en/partners/review/{submission.pk}/", {"decision": "publish"})
    publication.refresh_from_db()
    assert publication.live
    assert publication.document.collection == Collection.get_first_root_node()
    listing = client.get(RESEARCH_URL).content.decode()
    assert "Talking speakers at home" in listing
    assert partners.research.get_absolute_url() in listing
    detail = client.get(f"{RESEARCH_URL}{publication.slug}/").content.decode()
    assert "Finland and Norway" in detail
    assert "Test Research Institute" in detail
    api = client.get("/api/v1/research/", {"partner": partners.research.slug}).json()
    assert [item["title"] for item in api["results"]] == ["Talking speakers at home"]
    assert api["results"][0]["partner"]["name"] == "Test Research Institute"
    assert api["results"][0]["audiences"][0]["slug"] == "parents"
    profile = client.get(partners.research.get_absolute_url()).content.decode()
    assert "Talking speakers at home" in profile
    feed = client.get(f"/en/partners/feed/?partner={partners.research.slug}").content.decode()
    assert "Talking speakers at home" in feed
    found = client.get("/en/search/", {"q": "talking speakers"}).content.decode()
    assert "Talking speakers at home" in found


def test_a_language_version_is_reviewed_and_published_with_the_original(
    partners: Partners, cast: Cast, client_for: Login, client: Client
) -> None:
    partner = client_for(partners.researcher)
    submission = submit(partner, partners)
    response = partner.post(
        f"{WORKSPACE}submissions/{submission.pk}/versions/",
        {"language": "fr", "title": "Les enfants et les enceintes", "summary": "Nos résultats.", "file": pdf()},
    )
    assert response.status_code == 302
    services.publish_submission(cast.editor, submission)
    assert "Les enfants et les enceintes" in client.get("/fr/portal/research/").content.decode()
    assert "Talking speakers at home" in client.get("/de/portal/research/").content.decode()


def test_a_wrong_file_is_refused_and_what_was_typed_is_kept(partners: Partners, client_for: Login) -> None:
    partner = client_for(partners.researcher)
    upload = pdf()
    upload.name = "study.exe"
    fake = study_form(file=upload)
    response = partner.post(f"{WORKSPACE}{partners.research.slug}/submit/", fake)
    assert response.status_code == 400
    body = response.content.decode()
    assert "Choose a PDF file." in body
    assert 'value="Talking speakers at home"' in body
    assert not Submission.objects.filter(publication__title="Talking speakers at home").exists()


def test_anonymous_visitors_are_sent_to_sign_in(partners: Partners, client: Client) -> None:
    for url in (
        WORKSPACE,
        f"{WORKSPACE}{partners.research.slug}/submit/",
        "/en/partners/review/",
        "/en/partners/review/organisations/",
        "/en/partners/apply/",
    ):
        response = client.get(url)
        assert response.status_code == 302
        assert "/accounts/login/" in response["Location"]


def test_a_partner_without_a_second_factor_is_sent_to_set_one_up(partners: Partners, client_for: Login) -> None:
    response = client_for(partners.without_mfa).get(WORKSPACE)
    assert response.status_code == 302
    assert "/accounts/2fa/totp/activate/" in response["Location"]


def test_a_partner_works_for_its_own_organisation_only(partners: Partners, client_for: Login) -> None:
    other = submit(client_for(partners.researcher), partners)
    industrialist = client_for(partners.industrialist)
    assert "Talking speakers at home" not in industrialist.get(WORKSPACE).content.decode()
    assert industrialist.get(f"{WORKSPACE}submissions/{other.pk}/").status_code == 404
    assert industrialist.post(f"{WORKSPACE}submissions/{other.pk}/", study_form()).status_code == 404
    assert industrialist.get(f"{WORKSPACE}submissions/{other.pk}/files/{other.publication.pk}/").status_code == 404
    assert industrialist.post(f"{WORKSPACE}{partners.research.slug}/submit/", study_form()).status_code == 404
    assert industrialist.post(f"/en/partners/review/{other.pk}/", {"decision": "publish"}).status_code == 403
    other.refresh_from_db()
    assert other.state == Submission.State.SUBMITTED


def test_a_draft_file_is_private_until_publication(partners: Partners, client_for: Login, client: Client) -> None:
    submission = submit(client_for(partners.researcher), partners)
    url = submission.publication.document.url
    wagtail_address = client.get(url)
    assert wagtail_address.status_code == 302
    assert "/login/" in wagtail_address["Location"]
    own_file = f"{WORKSPACE}submissions/{submission.pk}/files/{submission.publication.pk}/"
    own = client_for(partners.researcher).get(own_file)
    assert own.status_code == 200
    assert b"".join(own.streaming_content).startswith(b"%PDF-")  # type: ignore[attr-defined]


def test_people_without_the_partner_role_are_refused(cast: Cast, partners: Partners, client_for: Login) -> None:
    for person in (cast.member, cast.youth_member, cast.sic_member, cast.editor, cast.subscriber):
        assert client_for(person).get(WORKSPACE).status_code == 403


def test_only_editors_moderators_and_network_admins_review(cast: Cast, partners: Partners, client_for: Login) -> None:
    for person in (cast.editor, cast.moderator, cast.network_admin):
        assert client_for(person).get("/en/partners/review/").status_code == 200
    assert "/en/partners/review/" in client_for(cast.editor).get("/admin/").content.decode()
    for person in (cast.member, cast.sic_member, cast.youth_coordinator, partners.researcher):
        assert client_for(person).get("/en/partners/review/").status_code == 403
    editor_without_mfa = User.objects.create_user("ed2@cast.example", "x" * 20)
    editor_without_mfa.groups.add(*cast.editor.groups.all())
    response = client_for(editor_without_mfa).get("/en/partners/review/")
    assert "/accounts/2fa/totp/activate/" in response["Location"]


def test_a_network_admin_approves_an_application(cast: Cast, client_for: Login, client: Client) -> None:
    applicant = client_for(cast.member)
    response = applicant.post(
        "/en/partners/apply/",
        {"name": "Open Data Lab", "kind": "research", "description": "We open data.", "website": "lab.example"},
    )
    assert response.status_code == 302
    organisation = PartnerOrganisation.objects.get(name="Open Data Lab")
    assert client.get(f"/en/partners/{organisation.slug}/").status_code == 404
    assert client_for(cast.editor).get("/en/partners/review/organisations/").status_code == 403
    admin = client_for(cast.network_admin)
    assert "Open Data Lab" in admin.get("/en/partners/review/organisations/").content.decode()
    admin.post("/en/partners/review/organisations/", {"organisation": organisation.pk, "decision": "approve"})
    assert client.get(f"/en/partners/{organisation.slug}/").status_code == 200
    assert PartnerMember.objects.filter(organisation=organisation, user=cast.member).exists()
    cast.member.refresh_from_db()
    assert has_role(User.objects.get(pk=cast.member.pk), Role.PARTNER)


def test_a_youth_account_cannot_apply(cast: Cast, client_for: Login) -> None:
    form = {"name": "Teen Lab", "kind": "research", "description": "We are young."}
    response = client_for(cast.youth_member).post("/en/partners/apply/", form)
    assert response.status_code == 400
    assert "A youth account cannot act for a partner organisation." in response.content.decode()
    assert not PartnerOrganisation.objects.filter(name="Teen Lab").exists()


def test_an_application_with_a_logo_needs_its_description(cast: Cast, client_for: Login) -> None:
    from io import BytesIO

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    buffer = BytesIO()
    Image.new("RGB", (32, 18), "navy").save(buffer, "PNG")
    logo = SimpleUploadedFile("logo.png", buffer.getvalue(), content_type="image/png")
    response = client_for(cast.member).post(
        "/en/partners/apply/", {"name": "Logo Lab", "kind": "industry", "description": "Logos.", "logo": logo}
    )
    assert response.status_code == 400
    assert "Logo Lab" in response.content.decode()
    assert not PartnerOrganisation.objects.filter(name="Logo Lab").exists()


def test_an_industry_self_report_is_compared_year_on_year(
    partners: Partners, client_for: Login, client: Client
) -> None:
    industrialist = client_for(partners.industrialist)
    url = f"{WORKSPACE}{partners.industry.slug}/self-report/"
    industrialist.post(url, {"add_commitment": "1", "title": "Chat off for under-16s", "description": ""})
    commitment = partners.industry.commitments.get()
    typed = {f"done_{commitment.pk}": "Half done", f"evidence_{commitment.pk}": "not a link"}
    bad = industrialist.post(url, {"save_report": "1", "year": "2025", **typed})
    assert bad.status_code == 400
    assert "Half done" in bad.content.decode()
    for year, done in (("2025", "Two games of four"), ("2026", "All four games")):
        response = industrialist.post(
            url,
            {
                "save_report": "1",
                "year": year,
                "publish": "1",
                f"done_{commitment.pk}": done,
                f"evidence_{commitment.pk}": f"https://games.example/{year}",
            },
        )
        assert response.status_code == 302
    assert SelfReport.objects.filter(organisation=partners.industry, published_at__isnull=False).count() == 2
    profile = client.get(partners.industry.get_absolute_url()).content.decode()
    assert profile.index("Two games of four") < profile.index("All four games")
    assert 'href="https://games.example/2026"' in profile
    assert client_for(partners.researcher).get(f"{WORKSPACE}{partners.research.slug}/self-report/").status_code == 404
    assert client_for(partners.researcher).get(url).status_code == 404


def test_partners_land_in_their_workspace_after_signing_in(partners: Partners, cast: Cast) -> None:
    request = RequestFactory().get("/")
    request.user = cast.member
    assert AccountAdapter().get_login_redirect_url(request) != WORKSPACE
    request.user = partners.researcher
    assert AccountAdapter().get_login_redirect_url(request) == WORKSPACE
