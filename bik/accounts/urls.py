from django.urls import path

from bik.accounts import views

app_name = "accounts"

urlpatterns = [
    path("", views.profile, name="profile"),
    path("export/", views.export_data, name="export"),
    path("delete/", views.delete_account, name="delete"),
]
