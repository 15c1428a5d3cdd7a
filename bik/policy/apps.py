from django.apps import AppConfig


class PolicyConfig(AppConfig):
    name = "bik.policy"
    label = "policy"
    verbose_name = "Policy monitor"

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save

        from bik.caching.pages import content_changed
        from bik.youth.models import ConsentAge

        # Country profiles show the age of digital consent, which the youth area keeps.
        post_save.connect(content_changed, sender=ConsentAge, dispatch_uid="bik.policy.consentage.save")
        post_delete.connect(content_changed, sender=ConsentAge, dispatch_uid="bik.policy.consentage.delete")
