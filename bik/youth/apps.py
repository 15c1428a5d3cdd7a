from django.apps import AppConfig


class YouthConfig(AppConfig):
    name = "bik.youth"
    label = "youth"

    def ready(self) -> None:
        from allauth.account.signals import email_confirmed
        from allauth.usersessions.models import UserSession
        from django.db.models.signals import pre_save

        from bik.accounts import export, leaving
        from bik.youth.made import forget_author, register_decision_hook
        from bik.youth.services import export_user_data, on_email_confirmed, register_moderation_policy
        from bik.youth.sessions import keep_no_address

        register_moderation_policy()
        register_decision_hook()
        leaving.register("youth_made", forget_author)
        email_confirmed.connect(on_email_confirmed, dispatch_uid="bik.youth.parental_consent")
        export.register("youth", export_user_data)
        pre_save.connect(keep_no_address, sender=UserSession, dispatch_uid="bik.youth.sessions.no_address")
