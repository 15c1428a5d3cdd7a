"""Accounts made to order: a person who can sign in (a verified primary address and the shared test password),
with a role and a second factor when the test asks for them."""

from __future__ import annotations

from typing import Any

import factory
from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import TOTP
from django.contrib.auth.models import Group
from factory.django import DjangoModelFactory

from bik.accounts.models import User
from bik.accounts.roles import Role

PASSWORD = "correct horse battery staple 2026"
# The authenticator app of every account made with `mfa=True`: a test signs in with a code made from it.
TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXQ"


class EmailAddressFactory(DjangoModelFactory[EmailAddress]):
    """The account's address as allauth knows it: verified and primary, as after the sign-up's confirmation, so
    the account is not sent to confirm its address at sign-in."""

    class Meta:
        model = EmailAddress

    user = factory.SubFactory("tests.factories.accounts.UserFactory", email_address=None)
    email = factory.SelfAttribute("user.email")
    verified = True
    primary = True


class RoleGrantFactory(factory.Factory[Group]):
    """A role given to an account: the account joins the role's group (the migrations create one per role)
    through `groups.add`, as the admin does, so the account forgets any roles it had looked up before."""

    class Meta:
        model = Group

    user = None
    role = Role.SUBSCRIBER

    @classmethod
    def _create(cls, model_class: type[Group], *args: Any, **kwargs: Any) -> Group:
        group = model_class.objects.get(name=Role(kwargs["role"]).value)
        kwargs["user"].groups.add(group)
        return group


def _activate_second_factor(user: User, create: bool, extracted: object, **context: object) -> None:
    """An authenticator app set up with TOTP_SECRET, as the roles that must have a second factor have."""
    if create:
        TOTP.activate(user, TOTP_SECRET)


class UserFactory(DjangoModelFactory[User]):
    """An account that can sign in with PASSWORD, its address verified.

    `role=Role.EDITOR` gives it a role's group, `mfa=True` a second factor (TOTP_SECRET); `email_address=None`
    leaves the address unknown to allauth, as for an account made in the admin. The domain factories below
    (HotlineAnalystFactory, YouthMemberFactory, …) are this one with their role's defaults."""

    class Meta:
        model = User
        # What runs after the account exists writes other tables (addresses, groups, authenticators), never the
        # account's own row: no second save.
        skip_postgeneration_save = True

    class Params:
        role: Role | None = None
        mfa = False

    email = factory.Sequence(lambda number: f"person{number}@factory.example")
    password = PASSWORD
    display_name = factory.LazyAttribute(lambda user: user.email.split("@")[0])

    email_address = factory.RelatedFactory(EmailAddressFactory, factory_related_name="user")
    granted_role = factory.Maybe(
        "role",
        factory.RelatedFactory(RoleGrantFactory, factory_related_name="user", role=factory.SelfAttribute("..role")),
    )
    second_factor = factory.Maybe("mfa", factory.PostGeneration(_activate_second_factor))

    @classmethod
    def _create(cls, model_class: type[User], *args: Any, **kwargs: Any) -> User:
        """Through the manager, as sign-up does: the address lower-cased and the password hashed."""
        return model_class.objects.create_user(*args, **kwargs)
