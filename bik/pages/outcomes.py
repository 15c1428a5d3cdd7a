"""What a view tells the person who asked for an action: that it was done, or why the service refused it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from django.contrib import messages

if TYPE_CHECKING:
    from django.http import HttpRequest
    from django_stubs_ext import StrOrPromise


@contextmanager
def told(request: HttpRequest, success: StrOrPromise, *refusals: type[Exception]) -> Iterator[None]:
    """Run the block and say `success`; a refusal (one of `refusals`, which services raise with a translated
    reason) is said instead, and goes no further: the view carries on to the page it shows either way."""
    try:
        yield
    except refusals as error:
        messages.error(request, str(error))
    else:
        messages.success(request, success)
