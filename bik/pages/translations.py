"""Editors finish translations through the same moderation as the original page.

wagtail-localize's translation editor offers only "Publish", which editors may not do. Here an editor who may
edit a translated page saves its translated strings as a new draft revision and submits it to the page's
workflow ("Moderators approval"); a moderator approves (and so publishes) it as any other change."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db import transaction
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import Translation

from bik.accounts.models import User


def translation_of(page: Page) -> Translation | None:
    """The synchronised translation whose target is `page`, if an editor translates it with wagtail-localize."""
    found: Translation | None = (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source")
        .first()
    )
    return found


def can_submit(user: User, page: Page) -> bool:
    return (
        translation_of(page) is not None
        and page.permissions_for_user(user).can_edit()
        and page.get_workflow() is not None
        and not page.workflow_in_progress
    )


@transaction.atomic
def submit_for_moderation(user: User, page: Page) -> WorkflowState:
    """Save the translated strings as a draft revision of `page` and start its workflow with it."""
    translation = translation_of(page)
    if translation is None or not page.permissions_for_user(user).can_edit():
        raise PermissionDenied("Only an editor of a translated page may submit its translation.")
    workflow = page.get_workflow()
    if workflow is None:
        raise PermissionDenied("This page has no moderation workflow.")
    if page.workflow_in_progress:
        raise PermissionDenied("This page is already waiting for moderation.")
    published = Page.objects.get(pk=page.pk).specific
    translation.save_target(user=user, publish=False)
    draft = Page.objects.get(pk=page.pk).specific
    if published.live:
        # wagtail-localize writes a draft's fields onto the page row too; the live page keeps its published
        # content until a moderator approves the draft revision.
        published.save(clean=False)
        Page.objects.filter(pk=page.pk).update(
            latest_revision=draft.latest_revision, draft_title=draft.draft_title, has_unpublished_changes=True
        )
    state: WorkflowState = workflow.start(Page.objects.get(pk=page.pk).specific, user)
    return state
