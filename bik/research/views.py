"""The request glue of the research area: ResearchIndexPage's routes hand the request here; these read the query
string and the page's address, call bik.research.services for the publications, and answer 404 for an unknown
slug."""

from __future__ import annotations

from typing import Any, cast
from urllib.parse import urlencode

from django import forms
from django.http import Http404, HttpRequest
from django.utils.translation import gettext_lazy as _

from bik.catalogue.filters import FilterForm
from bik.catalogue.language import current_language
from bik.catalogue.pagination import paginate
from bik.catalogue.terms import vocabulary
from bik.news.models import Topic
from bik.research.models import PUBLICATIONS_PER_PAGE, Publication, PublicationType, ResearchIndexPage
from bik.research.services import (
    file_facts,
    filter_publications,
    find_publication,
    label_publications,
    live_publications,
    publication_years,
)
from bik.resources.models import Audience


class PublicationFilterForm(FilterForm):
    """The GET filters of the research area; an unknown value is reported beside its field and ignored."""

    type = forms.ChoiceField(label=_("Type"), required=False)
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    audience = forms.ChoiceField(label=_("Audience"), required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.set_choices("type", PublicationType.choices, _("All types"))
        self.set_choices("year", ((year, str(year)) for year in publication_years()), _("All years"))
        language = current_language()
        topics, audiences = vocabulary(Topic, language), vocabulary(Audience, language)
        self.set_choices("topic", ((topic.slug, topic.name) for topic in topics), _("All topics"))
        self.set_choices("audience", ((audience.slug, audience.name) for audience in audiences), _("All audiences"))


def list_context(index: ResearchIndexPage, request: HttpRequest) -> dict[str, Any]:
    form = PublicationFilterForm(request.GET or None)
    filters = form.chosen()
    publications = filter_publications(live_publications(current_language()), filters)
    page_obj = paginate(publications, request.GET.get("page", 1), PUBLICATIONS_PER_PAGE)
    label_publications(cast("list[Publication]", page_obj.object_list))
    return {
        "page_obj": page_obj,
        "filter_form": form,
        "filters": filters,
        "filter_query": urlencode(filters),
        "index_url": index.get_url(request),
    }


def record_context(index: ResearchIndexPage, request: HttpRequest, slug: str) -> dict[str, Any]:
    publication = find_publication(slug, current_language())
    if publication is None:
        raise Http404("No such publication.")
    label_publications([publication])
    return {"publication": publication, "file": file_facts(publication), "index_url": index.get_url(request)}
