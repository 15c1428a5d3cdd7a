from django.urls import path

from bik.analytics import views as analytics_views
from bik.impact import views

app_name = "impact"

urlpatterns = [
    path("impact/", views.public, name="public"),
    path("impact/centres/", views.workspace, name="workspace"),
    path("impact/centres/<str:country>/", views.centre, name="centre"),
    path("impact/centres/<str:country>/downloads/", analytics_views.centre_downloads, name="downloads"),
    path("impact/network/", views.network, name="network"),
    path("impact/network/<int:year>/targets/", views.targets, name="targets"),
    path("impact/network/<int:year>.csv", views.network_csv, name="csv"),
]
