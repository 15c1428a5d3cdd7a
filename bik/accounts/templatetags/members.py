"""How templates name the author of shared content, including authors who deleted their account."""

from __future__ import annotations

from django import template

from bik.accounts.models import User, member_name

register = template.Library()


@register.filter(name="member_name")
def member_name_filter(user: User | None) -> str:
    """`{{ post.author|member_name }}`: the public (possibly pseudonymous) name, or "deleted member"."""
    return member_name(user)


@register.filter
def member_full_name(user: User | None) -> str:
    """`{{ post.author|member_full_name }}`: the real name where the space shows one, or "deleted member"."""
    return member_name(user, full=True)
