from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from bik.sid.models import CountryOrganiser, CountryProfile, Edition, Supporter


class EditionViewSet(SnippetViewSet):
    model = Edition
    icon = "date"
    list_display = ("year", "number", "date", "theme")
    search_fields = ("theme", "slogan")


class CountryProfileViewSet(SnippetViewSet):
    model = CountryProfile
    icon = "site"
    list_display = ("country", "committee_name", "updated_at")


class CountryOrganiserViewSet(SnippetViewSet):
    model = CountryOrganiser
    icon = "user"
    list_display = ("user", "country")


class SupporterViewSet(SnippetViewSet):
    model = Supporter
    icon = "group"
    list_display = ("name", "kind", "country", "created_at")
    search_fields = ("name",)


class SaferInternetDay(SnippetViewSetGroup):
    items = (EditionViewSet, CountryProfileViewSet, CountryOrganiserViewSet, SupporterViewSet)
    menu_icon = "date"
    menu_label = _("Safer Internet Day")
    menu_name = "safer-internet-day"
    menu_order = 330


register_snippet(SaferInternetDay)
