from __future__ import annotations

from typing import Any, ClassVar

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from bik.network.models import Centre, Strand


class MembershipQuerySet(models.QuerySet["Membership"]):
    def approved(self) -> MembershipQuerySet:
        return self.filter(status=Membership.Status.APPROVED)


class Membership(models.Model):
    """A person's place in the community: requested, then approved or declined; later perhaps revoked.

    Only an approved membership lets someone in (see `bik.community.access`). The profile fields are what other
    members see in the directory."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for approval")
        APPROVED = "approved", _("Approved")
        DECLINED = "declined", _("Declined")
        REVOKED = "revoked", _("Revoked")

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="community_membership")
    centre = models.ForeignKey(
        Centre, on_delete=models.PROTECT, related_name="community_members", verbose_name=_("centre")
    )
    strands = models.JSONField(_("strands"), default=list)
    job_title = models.CharField(_("role in the centre"), max_length=120)
    organisation = models.CharField(_("organisation"), max_length=200)
    expertise = models.CharField(
        _("expertise"),
        max_length=300,
        blank=True,
        help_text=_("Topics colleagues can ask you about, separated by commas."),
    )
    motivation = models.TextField(_("why you would like to join"), blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True)
    requested_at = models.DateTimeField(_("requested at"), default=timezone.now)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decision_reason = models.TextField(_("reason"), blank=True)
    invitation = models.ForeignKey("Invitation", on_delete=models.SET_NULL, null=True, blank=True, related_name="+")

    objects: ClassVar[MembershipQuerySet] = MembershipQuerySet.as_manager()  # type: ignore[assignment]

    panels: ClassVar[list[Any]] = [
        FieldPanel("centre"),
        FieldPanel("job_title"),
        FieldPanel("organisation"),
        FieldPanel("expertise"),
        FieldPanel("status"),
        FieldPanel("decision_reason"),
    ]

    class Meta:
        ordering = ("-requested_at",)
        verbose_name = _("community membership")
        verbose_name_plural = _("community memberships")

    def __str__(self) -> str:
        return f"{self.user} ({self.get_status_display()})"

    def get_absolute_url(self) -> str:
        return reverse("community:member", kwargs={"pk": self.pk})

    @property
    def strand_labels(self) -> list[str]:
        labels = dict(Strand.choices)
        return [str(labels[strand]) for strand in self.strands if strand in labels]

    @property
    def expertise_list(self) -> list[str]:
        return [part.strip() for part in self.expertise.split(",") if part.strip()]


class Invitation(models.Model):
    """An invitation by email: whoever accepts it with that verified address is approved at once."""

    email = models.EmailField(_("email address"))
    centre = models.ForeignKey(Centre, on_delete=models.CASCADE, related_name="+", verbose_name=_("centre"))
    strands = models.JSONField(_("strands"), default=list)
    invited_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    accepted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ("-created_at",)
        verbose_name = _("community invitation")
        verbose_name_plural = _("community invitations")

    def __str__(self) -> str:
        return self.email
