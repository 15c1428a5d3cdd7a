"""The request glue of the video gallery: VideoGalleryPage's routes hand the request here; these read the query
string and the page's address, call bik.videos.services for the videos, and answer 404 for an unknown slug."""

from __future__ import annotations

from typing import Any, cast
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.http import Http404, HttpRequest
from django.utils.translation import gettext_lazy as _

from bik.catalogue.filters import FilterForm
from bik.catalogue.language import current_language
from bik.catalogue.pagination import paginate
from bik.catalogue.terms import vocabulary
from bik.videos.models import VIDEOS_PER_PAGE, AgeGroup, Topic, Video, VideoGalleryPage
from bik.videos.services import MAX_QUERY_LENGTH, filter_videos, find_video, label_videos, live_videos, with_details


class VideoFilterForm(FilterForm):
    """The gallery's GET form; an unknown value is reported beside its field and ignored, never fatal."""

    q = forms.CharField(label=_("Search videos"), required=False, max_length=MAX_QUERY_LENGTH, widget=forms.SearchInput)
    language = forms.ChoiceField(label=_("Language"), required=False)
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    age = forms.ChoiceField(label=_("Age group"), required=False)

    def __init__(self, *args: Any, topics: list[Topic], age_groups: list[AgeGroup], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.set_choices("language", settings.LANGUAGES)
        self.set_choices("topic", ((t.slug, t.name) for t in topics))
        self.set_choices("age", ((a.slug, a.name) for a in age_groups))


def list_context(gallery: VideoGalleryPage, request: HttpRequest) -> dict[str, Any]:
    language = current_language()
    topics, age_groups = vocabulary(Topic, language), vocabulary(AgeGroup, language)
    form = VideoFilterForm(request.GET or None, topics=topics, age_groups=age_groups)
    filters = form.chosen()
    videos = with_details(filter_videos(live_videos(language), filters))
    page_obj = paginate(videos, request.GET.get("page", 1), VIDEOS_PER_PAGE)
    label_videos(cast("list[Video]", page_obj.object_list), topics, age_groups)
    return {
        "page_obj": page_obj,
        "filter_form": form,
        "filters": filters,
        "filter_query": urlencode(filters),
        "gallery_url": gallery.get_url(request),
    }


def record_context(gallery: VideoGalleryPage, request: HttpRequest, slug: str) -> dict[str, Any]:
    language = current_language()
    video = find_video(slug, language)
    if video is None:
        raise Http404("No such video.")
    label_videos([video], vocabulary(Topic, language), vocabulary(AgeGroup, language))
    return {"video": video, "gallery_url": gallery.get_url(request)}
