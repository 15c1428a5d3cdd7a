"""The platform's roles, as Django groups with permissions.

Role membership that is scoped to a centre, a strand or a country (SIC member, youth coordinator) is also
recorded in `bik.network.models.CentreRole`; the group grants what the role may do in general.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from django.contrib.auth.models import AnonymousUser
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from bik.accounts.models import User


class Role(StrEnum):
    SUBSCRIBER = "Subscribers"
    YOUTH_MEMBER = "Youth members"
    YOUTH_COORDINATOR = "Youth coordinators"
    SIC_MEMBER = "SIC members"
    HOTLINE_ANALYST = "Hotline analysts"
    CENTRE_REPORTER = "Centre reporters"
    HELPLINE_STAFF = "Helpline staff"
    STATISTICS_COORDINATOR = "Statistics coordinators"
    PARTNER = "Research and industry partners"
    POLICY_CONTACT = "National policy contacts"
    MODERATOR = "Moderators"
    EDITOR = "Editors"
    NETWORK_ADMIN = "Network admins"


@dataclass(frozen=True)
class RoleSpec:
    label: Promise
    staff: bool
    # (app_label, codename) pairs
    permissions: tuple[tuple[str, str], ...] = field(default_factory=tuple)


_ADMIN_ACCESS = (("wagtailadmin", "access_admin"),)
_MEDIA = (
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
)
_EDITORIAL = (*_MEDIA, ("wagtail_localize", "submit_translation"))
_NETWORK = (
    ("network", "add_centre"),
    ("network", "change_centre"),
    ("network", "delete_centre"),
    ("network", "add_centrerole"),
    ("network", "change_centrerole"),
    ("network", "delete_centrerole"),
)
_STATISTICS = (
    ("statistics", "add_categoryversion"),
    ("statistics", "change_categoryversion"),
    ("statistics", "view_categoryversion"),
)
_PARTNERS = (
    ("partners", "add_partnerorganisation"),
    ("partners", "change_partnerorganisation"),
    ("partners", "view_partnerorganisation"),
)
_POLICY = (
    ("policy", "add_questionnaire"),
    ("policy", "change_questionnaire"),
    ("policy", "delete_questionnaire"),
    ("policy", "view_questionnaire"),
)
_USERS = (
    ("accounts", "add_user"),
    ("accounts", "change_user"),
    ("accounts", "delete_user"),
    ("auth", "add_group"),
    ("auth", "change_group"),
    ("wagtailcore", "add_locale"),
    ("wagtailcore", "change_locale"),
    ("wagtailcore", "add_site"),
    ("wagtailcore", "change_site"),
    ("wagtailcore", "add_workflow"),
    ("wagtailcore", "change_workflow"),
    ("wagtailcore", "add_task"),
    ("wagtailcore", "change_task"),
)


def _model_permissions(models: tuple[tuple[str, str], ...], verbs: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    return tuple((app_label, f"{verb}_{model}") for app_label, model in models for verb in verbs)


# Records (Wagtail snippets) that editors draft and moderators and network admins also publish and delete.
_EDITORIAL_RECORDS = (
    ("events", "event"),
    ("guide", "onlineservice"),
    ("knowledge", "policydocument"),
    ("knowledge", "glossaryterm"),
    ("research", "publication"),
    ("resources", "resource"),
    ("resources", "topic"),
    ("resources", "agegroup"),
    ("resources", "audience"),
    ("resources", "resourcetype"),
    ("videos", "video"),
    ("videos", "topic"),
    ("videos", "agegroup"),
)
_EDITOR_VERBS = ("add", "change", "view")
_PUBLISHER_VERBS = (*_EDITOR_VERBS, "delete", "publish")
# Safer Internet Day: editors manage editions; network admins also country profiles, committees and supporters.
_SID_VERBS = ("add", "change", "delete", "view")
_SID_EDITOR_RECORDS = (("sid", "edition"),)
_SID_ADMIN_RECORDS = (
    *_SID_EDITOR_RECORDS,
    ("sid", "countryprofile"),
    ("sid", "countryorganiser"),
    ("sid", "supporter"),
)

ROLES: dict[Role, RoleSpec] = {
    Role.SUBSCRIBER: RoleSpec(_("Bulletin subscriber"), staff=False),
    Role.YOUTH_MEMBER: RoleSpec(_("Youth member"), staff=False),
    Role.YOUTH_COORDINATOR: RoleSpec(_("Youth coordinator"), staff=False),
    Role.SIC_MEMBER: RoleSpec(_("Safer Internet Centre member"), staff=False),
    # Staff: signs in with a second factor. Which hotline they analyse is a CentreRole (bik.hotline).
    Role.HOTLINE_ANALYST: RoleSpec(_("Hotline analyst"), staff=True),
    # Staff: logs a centre's activities for the impact figures. Which centre is a CentreRole (bik.impact).
    Role.CENTRE_REPORTER: RoleSpec(_("Centre reporter"), staff=True),
    # Which centre's statistics they enter is a CentreRole (bik.statistics).
    Role.HELPLINE_STAFF: RoleSpec(_("Helpline staff"), staff=False),
    # Check and lock every centre's helpline statistics (network admins may too).
    Role.STATISTICS_COORDINATOR: RoleSpec(_("Statistics coordinator"), staff=True),
    # Staff: submits its organisation's publications and self-reports. Which organisation is a PartnerMember
    # (bik.partners); no admin access.
    Role.PARTNER: RoleSpec(_("Research or industry partner"), staff=True),
    # Staff: answers the yearly policy questionnaire for a country. Which country is a CentreRole (bik.policy).
    Role.POLICY_CONTACT: RoleSpec(_("National policy contact"), staff=True),
    Role.MODERATOR: RoleSpec(
        _("Moderator"),
        staff=True,
        permissions=_ADMIN_ACCESS + _EDITORIAL + _model_permissions(_EDITORIAL_RECORDS, _PUBLISHER_VERBS),
    ),
    Role.EDITOR: RoleSpec(
        _("Editor"),
        staff=True,
        permissions=_ADMIN_ACCESS
        + _EDITORIAL
        + _model_permissions(_EDITORIAL_RECORDS, _EDITOR_VERBS)
        + _model_permissions(_SID_EDITOR_RECORDS, _SID_VERBS),
    ),
    Role.NETWORK_ADMIN: RoleSpec(
        _("Network admin"),
        staff=True,
        permissions=_ADMIN_ACCESS
        + _EDITORIAL
        + _NETWORK
        + _PARTNERS
        + _STATISTICS
        + _POLICY
        + _USERS
        + _model_permissions(_EDITORIAL_RECORDS, _PUBLISHER_VERBS)
        + _model_permissions(_SID_ADMIN_RECORDS, _SID_VERBS),
    ),
}

STAFF_GROUPS = frozenset(role.value for role, spec in ROLES.items() if spec.staff)


_ROLE_NAMES = "_bik_role_names"


def role_names(user: User) -> frozenset[str]:
    """The user's groups, read once per user object (a page asks about roles many times) and forgotten when
    the object's groups change (see `forget_roles`)."""
    names: frozenset[str] | None = user.__dict__.get(_ROLE_NAMES)
    if names is None:
        names = frozenset(user.groups.values_list("name", flat=True))
        user.__dict__[_ROLE_NAMES] = names
    return names


def forget_roles(user: object) -> None:
    vars(user).pop(_ROLE_NAMES, None)


def has_role(user: User | AnonymousUser, role: Role) -> bool:
    return not isinstance(user, AnonymousUser) and user.is_authenticated and role.value in role_names(user)


def is_staff_member(user: User | AnonymousUser) -> bool:
    """Staff may reach the admin, so they must sign in with a second factor."""
    if isinstance(user, AnonymousUser) or not user.is_authenticated:
        return False
    return bool(user.is_superuser or user.is_staff or user.groups.filter(name__in=STAFF_GROUPS).exists())


_PAGE_PERMISSIONS = {
    Role.NETWORK_ADMIN: ("add_page", "change_page", "publish_page", "bulk_delete_page", "lock_page", "unlock_page"),
}
_COLLECTION_PERMISSIONS = {
    Role.NETWORK_ADMIN: _MEDIA,
}


def sync_roles() -> None:
    """Create the role groups and give them their permissions. Idempotent; runs after every migrate.

    Editors and Moderators come from Wagtail's own initial data (page and collection permissions, and the
    "Moderators approval" workflow), which this adds to rather than replaces."""
    from django.apps import apps
    from django.contrib.auth.management import create_permissions
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

    for app_config in apps.get_app_configs():
        create_permissions(app_config, verbosity=0)

    for role, spec in ROLES.items():
        group, _created = Group.objects.get_or_create(name=role.value)
        for app_label, codename in spec.permissions:
            permission = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
            if permission is not None:
                group.permissions.add(permission)

    root_page = Page.get_first_root_node()
    root_collection = Collection.get_first_root_node()
    for role, codenames in _PAGE_PERMISSIONS.items():
        group = Group.objects.get(name=role.value)
        if root_page is None:
            continue
        for codename in codenames:
            permission = Permission.objects.filter(content_type__app_label="wagtailcore", codename=codename).first()
            if permission is not None:
                GroupPagePermission.objects.get_or_create(group=group, page=root_page, permission=permission)
    for role, pairs in _COLLECTION_PERMISSIONS.items():
        group = Group.objects.get(name=role.value)
        if root_collection is None:
            continue
        for app_label, codename in pairs:
            permission = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
            if permission is not None:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=permission
                )
