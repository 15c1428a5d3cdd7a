from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from bik.community.access import community_view


@community_view
def index(request: HttpRequest) -> HttpResponse:
    return render(request, "community/placeholder.html", {"room": "competition"})
