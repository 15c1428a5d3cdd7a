"""Addresses that mail software calls, outside the language prefix: the RFC 8058 one-click unsubscribe
target of the List-Unsubscribe header, and the mail provider's bounce webhook. Mounted in bik/urls.py as
`path("bulletin/", include("bik.bulletin.mail_urls"))`."""

from django.urls import URLPattern, URLResolver, path

from bik.bulletin import views

app_name = "bulletin-mail"

urlpatterns: list[URLPattern | URLResolver] = [
    path("u/<str:token>/", views.one_click_unsubscribe, name="one-click"),
    path("bounces/", views.bounce_webhook, name="bounces"),
]
