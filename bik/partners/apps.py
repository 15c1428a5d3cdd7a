from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnersConfig(AppConfig):
    name = "bik.partners"
    label = "partners"
    verbose_name = _("Research and industry partners")
