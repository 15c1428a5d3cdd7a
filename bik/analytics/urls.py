"""The beacon: a machine URL, not language-prefixed (mounted in bik/urls.py)."""

from django.urls import path

from bik.analytics import views

app_name = "analytics"

urlpatterns = [path("hit", views.hit, name="hit")]
