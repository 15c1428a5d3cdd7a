"""A developer's view of the local mail sink. Mounted only when DEBUG is on (see bik/urls.py)."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from bik.devmail.backend import mail_dir


def _messages() -> list[str]:
    return sorted((p.name for p in mail_dir().glob("*.eml")), reverse=True)


def mail_list(request: HttpRequest) -> HttpResponse:
    rows = []
    for name in _messages()[:200]:
        msg = _parse(name)
        rows.append({"name": name, "subject": msg["Subject"], "to": msg["To"], "date": msg["Date"]})
    return render(request, "devmail/list.html", {"rows": rows, "mail_dir": mail_dir()})


def _parse(name: str) -> EmailMessage:
    if name not in _messages():
        raise Http404
    raw = (mail_dir() / name).read_bytes()
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    if not isinstance(parsed, EmailMessage):  # the default policy always builds EmailMessage
        raise Http404
    return parsed


def mail_detail(request: HttpRequest, name: str) -> HttpResponse:
    msg = _parse(name)
    text_part = msg.get_body(preferencelist=("plain",))
    text = text_part.get_content() if text_part is not None else ""
    return render(request, "devmail/detail.html", {"msg": msg, "name": name, "text": text})
