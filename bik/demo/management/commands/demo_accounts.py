import time
from typing import Any

from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.core.management.base import BaseCommand

from bik.demo.services import DEMO_PASSWORD, DEMO_TOTP_SECRET, demo_accounts


def current_demo_code() -> str:
    counter = int(time.time()) // mfa_settings.TOTP_PERIOD
    return str(format_hotp_value(hotp_value(DEMO_TOTP_SECRET, counter)))


class Command(BaseCommand):
    help = "Print the demo accounts, their password and the current two-factor code of the staff accounts."

    def handle(self, *args: Any, **options: Any) -> None:
        self.stdout.write(f"Demo accounts (password for all: {DEMO_PASSWORD})")
        for account in demo_accounts():
            role = account.role.value if account.role else "signed-in visitor"
            mfa = "  [two-factor: run `make totp` for the current code]" if account.mfa else ""
            self.stdout.write(f"  {account.email:<32} {role}{mfa}")
        self.stdout.write(f"Current two-factor code for demo staff: {current_demo_code()}")
