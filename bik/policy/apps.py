from django.apps import AppConfig


class PolicyConfig(AppConfig):
    name = "bik.policy"
    label = "policy"
    verbose_name = "Policy monitor"

    def ready(self) -> None:
        from bik.caching.pages import watch
        from bik.youth.models import ConsentAge

        watch(ConsentAge)  # country profiles show the age of digital consent, which the youth area keeps
