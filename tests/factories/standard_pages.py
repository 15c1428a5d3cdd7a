"""The site's own pages and settings that are not a tool's: the footer's links to the accessibility statement, the
privacy notice and the contact page (standard pages below the home page)."""

from __future__ import annotations

from typing import Any

import factory
from factory.django import DjangoModelFactory
from wagtail.models import Site

from bik.pages.models import FooterLinks
from tests.factories.pages import StandardPageFactory


class FooterLinksFactory(DjangoModelFactory[FooterLinks]):
    """The default site's footer settings, linking to an accessibility statement, a privacy notice and a contact
    page made with them (standard pages below the home page, aliased into every language). A site has one row
    (`set_up_site` makes it, empty): the factory fills it in as an editor does, and saves it."""

    class Meta:
        model = FooterLinks

    site = factory.LazyFunction(lambda: Site.objects.get(is_default_site=True))
    accessibility_page = factory.SubFactory(StandardPageFactory, title="Accessibility statement", slug="accessibility")
    privacy_page = factory.SubFactory(StandardPageFactory, title="Privacy notice", slug="privacy")
    contact_page = factory.SubFactory(StandardPageFactory, title="Contact", slug="contact")

    @classmethod
    def _create(cls, model_class: type[FooterLinks], *args: Any, **kwargs: Any) -> FooterLinks:
        footer: FooterLinks = model_class.for_site(kwargs.pop("site"))
        for name, value in kwargs.items():
            setattr(footer, name, value)
        footer.save()
        return footer
