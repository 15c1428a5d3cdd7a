"""The research and industry area as an Atom feed, in the visitor's language: every live publication, or one
partner organisation's (`?partner=<slug>`), newest first, each crediting its organisation."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib.syndication.views import Feed
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from bik.catalogue.language import current_language
from bik.partners import services
from bik.partners.models import PartnerOrganisation
from bik.research.models import Publication
from bik.research.services import label_publications, live_publications, research_index_url

FEED_SIZE = 30


class PartnerPublicationsFeed(Feed):  # type: ignore[type-arg]
    feed_type = Atom1Feed

    def __call__(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        self.request = request
        slug = request.GET.get("partner", "")
        self.organisation: PartnerOrganisation | None = None
        if slug:
            self.organisation = services.find_public_organisation(slug)
            if self.organisation is None:
                raise Http404
        self.index_url = _index_url()
        return super().__call__(request, *args, **kwargs)

    def title(self) -> str:
        if self.organisation is not None:
            return _("Publications of %(organisation)s") % {"organisation": self.organisation.name}
        return _("Research and industry publications")

    def link(self) -> str:
        return self.organisation.get_absolute_url() if self.organisation is not None else self.index_url

    def description(self) -> str:
        return self.title()

    def items(self) -> list[Publication]:
        publications = live_publications(current_language())
        if self.organisation is not None:
            publications = publications.filter(partner=self.organisation)
        found = list(publications.order_by("-first_published_at", "-pk")[:FEED_SIZE])
        return list(label_publications(found))

    def item_title(self, item: Publication) -> str:
        return str(item.title)

    def item_description(self, item: Publication) -> str:
        return str(item.summary)

    def item_link(self, item: Publication) -> str:
        return f"{self.index_url}{item.slug}/"

    def item_pubdate(self, item: Publication) -> dt.datetime | None:
        return item.first_published_at  # type: ignore[no-any-return]

    def item_author_name(self, item: Publication) -> str | None:
        if item.partner is not None and item.partner.is_public:
            return str(item.partner.name)
        return item.organisation or None

    def item_categories(self, item: Publication) -> list[str]:
        return [item.get_publication_type_display(), *(str(topic.name) for topic in item.display_topics)]


def _index_url() -> str:
    return research_index_url(current_language())
