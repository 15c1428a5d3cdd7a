"""Demo partners (bik/demo/data/partners.yaml): a research organisation and an industry one, each with its demo
account, published publications (through the same review as real ones), one study waiting for review, and the
industry partner's commitments with self-reports for two years. Idempotent: what exists is left alone."""

from __future__ import annotations

from typing import Any

from django.core.files.base import ContentFile
from django.utils import timezone

from bik.accounts.models import User
from bik.demo.datafiles import demo_data
from bik.demo.pdf import minimal_pdf
from bik.demo.registry import mark_demo
from bik.news.models import Topic
from bik.pages.models import HomePage
from bik.partners import services
from bik.partners.models import Commitment, PartnerMember, PartnerOrganisation, SelfReport, Submission
from bik.pictures import demo as pictures
from bik.resources.models import Audience


def load(home: HomePage, out: Any = None) -> None:
    editor = User.objects.get(email="editor@bik.example")
    admin = User.objects.get(email="admin@bik.example")
    data = demo_data("partners")
    note = data["demo_note"]
    added = 0
    for spec in data["organisations"]:
        name, kind = spec["name"], spec["kind"]
        organisation = PartnerOrganisation.objects.filter(slug=spec["slug"]).first()
        if organisation is None:
            organisation = PartnerOrganisation.objects.create(
                slug=spec["slug"],
                name=name,
                kind=kind,
                description=spec["description"],
                website=spec["website"],
                status=PartnerOrganisation.Status.APPROVED,
                decided_at=timezone.now(),
                decided_by=admin,
                image=pictures.ensure((spec["picture"]["motif"], spec["picture"]["palette"])),
                image_alt=f"{name} (demo logo)",
            )
            mark_demo(organisation)
        partner = User.objects.get(email=spec["account"])
        if not PartnerMember.objects.filter(organisation=organisation, user=partner).exists():
            services.add_member(admin, organisation, partner)
        titles = set(Submission.objects.filter(organisation=organisation).values_list("publication__title", flat=True))
        for item in spec["publications"]:
            title, summary = item["title"], item["summary"]
            if title in titles:
                continue
            fields = services.PublicationFields(
                title=title,
                summary=f"{summary}\n\n{note}",
                publication_type=item["type"],
                year=item["year"],
                topics=list(Topic.objects.filter(locale__language_code="en", slug__in=item["topics"])),
                audiences=list(Audience.objects.filter(locale__language_code="en", slug__in=item["audiences"])),
            )
            pdf = ContentFile(minimal_pdf(title, [summary, "", note]), name=f"{title[:40]}.pdf")
            submission = services.submit_publication(partner, organisation, fields, pdf)
            mark_demo(submission.publication)
            if item.get("published", True):
                services.publish_submission(editor, submission, notify=False)
            added += 1
        if kind == PartnerOrganisation.Kind.INDUSTRY:
            _self_reports(partner, organisation, data)
    if out is not None and added:
        out.write(f"{added} demo partner publications added.")


def _self_reports(partner: User, organisation: PartnerOrganisation, data: dict[str, Any]) -> None:
    commitments = []
    for spec in data["commitments"]:
        title, description = spec["title"], spec["description"]
        commitment = Commitment.objects.filter(organisation=organisation, title=title).first()
        commitments.append(
            commitment or services.add_commitment(partner, organisation, title=title, description=description)
        )
    for year, reports in data["self_reports"].items():
        entries = [(report["done"], report["evidence"]) for report in reports]
        if SelfReport.objects.filter(organisation=organisation, year=year).exists():
            continue
        services.save_self_report(
            partner,
            organisation,
            year,
            {commitment.pk: entry for commitment, entry in zip(commitments, entries, strict=True)},
            publish=True,
        )
