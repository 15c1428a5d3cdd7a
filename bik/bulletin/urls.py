from django.urls import URLPattern, URLResolver, path

from bik.bulletin import views

app_name = "bulletin"

urlpatterns: list[URLPattern | URLResolver] = [
    path("bulletin/subscribe/", views.subscribe, name="subscribe"),
    path("bulletin/subscribe/check-your-inbox/", views.subscribe_sent, name="subscribe_sent"),
    path("bulletin/confirm/<str:token>/", views.confirm, name="confirm"),
    path("bulletin/preferences/<str:token>/", views.preferences, name="preferences"),
    path("bulletin/unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
