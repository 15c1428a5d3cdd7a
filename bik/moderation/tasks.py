"""Background work of the moderation engine: telling authors about decisions, outside the moderator's request."""

from __future__ import annotations

from django_tasks import task

from bik.moderation import emails


@task(queue_name="email")
def send_statement_of_reasons(audit_entry_id: int) -> bool:
    """Email the author the statement of reasons recorded in one audit entry. The entry cannot change, so a
    late or repeated run sends what the moderator decided, whatever happened to the item since."""
    return emails.send_statement_of_reasons(audit_entry_id)


@task(queue_name="email")
def send_suspension_lifted(sanction_id: int) -> bool:
    """Tell the member that a network admin lifted their suspension, and why."""
    return emails.send_suspension_lifted(sanction_id)


@task(queue_name="email")
def send_urgent_alert(item_id: int) -> int:
    """Tell the space's coordinators that a held item shows someone who may be in danger."""
    return emails.send_urgent_alert(item_id)
