from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET

from bik.network.countries import by_country_name
from bik.network.europe import MapLink, europe_map
from bik.network.models import Centre, Strand
from bik.pictures.rendering import with_pictures


@require_GET
def centre_list(request: HttpRequest) -> HttpResponse:
    centres = by_country_name(with_pictures(Centre.objects.published().with_services()))
    links = [MapLink(code=centre.country.code, url=centre.get_absolute_url()) for centre in centres]
    return render(request, "network/centre_list.html", {"centres": centres, "map": europe_map(links)})


@require_GET
def centre_detail(request: HttpRequest, country: str) -> HttpResponse:
    # The picture's renditions, the services and the youth panel the page links to, read with the centre.
    centres = with_pictures(Centre.objects.published().with_services(), "hero").select_related("youth_panel")
    centre = centres.filter(country=country.upper()).first()
    if centre is None:
        raise Http404
    return render(request, "network/centre_detail.html", {"centre": centre, "strands": Strand})


@require_GET
def get_help(request: HttpRequest) -> HttpResponse:
    """The "get help now" entry point: pick a country (no JavaScript needed), land on its helpline."""
    centres = by_country_name(Centre.objects.published().with_services())
    chosen = request.GET.get("country", "").upper()
    if chosen:
        if any(c.country.code == chosen for c in centres):
            return redirect(reverse("network:centre", kwargs={"country": chosen.lower()}) + "#helpline")
        return render(request, "network/get_help.html", {"centres": centres, "unknown_country": True}, status=400)
    return render(request, "network/get_help.html", {"centres": centres})
