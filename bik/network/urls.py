from django.urls import path

from bik.network import views

app_name = "network"

urlpatterns = [
    path("help/", views.get_help, name="help"),
    path("centres/", views.centre_list, name="centres"),
    path("centres/<str:country>/", views.centre_detail, name="centre"),
]
