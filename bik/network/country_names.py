"""Country names that django-countries' catalogues give two countries in one language (Serbian names Latvia
"Литванија" like Lithuania, and Samoa like San Marino; Finnish writes "Saint Martin" for both halves of the island;
Slovak, Polish, Hungarian and Romanian one name for both Congos; Estonian "Guinea" for French Guiana too). The
platform's catalogues carry their right names for those languages, and win over django-countries' (LOCALE_PATHS
come first); elsewhere its own are read. The msgids must stay identical to django-countries' English names. A test
checks that no two countries share a name in any language."""

from django.utils.translation import gettext_noop

COUNTRY_NAMES = (
    gettext_noop("Latvia"),
    gettext_noop("Samoa"),
    gettext_noop("Saint Martin (French part)"),
    gettext_noop("Sint Maarten (Dutch part)"),
    gettext_noop("Congo"),
    gettext_noop("Democratic Republic of the Congo"),
    gettext_noop("French Guiana"),
    gettext_noop("Guinea"),
)
