from django.urls import URLPattern, URLResolver, path

from bik.panels import views

app_name = "panels"

urlpatterns: list[URLPattern | URLResolver] = [
    # Public, in the portal
    path("youth-panels/", views.panel_index, name="index"),
    path("youth-panels/<str:country>/", views.panel_detail, name="panel"),
    path("youth-panels/<str:country>/articles/<int:pk>/", views.article_detail, name="article"),
    # The youth area (youth look)
    path("youth/panel/", views.my_panels, name="mine"),
    path("youth/panel/<str:country>/write/", views.write, name="write"),
    path("youth/panel/<str:country>/members/", views.member_add, name="member_add"),
    path("youth/panel/<str:country>/members/<int:pk>/remove/", views.member_remove, name="member_remove"),
    path("youth/consultations/", views.consultation_list, name="consultations"),
    path("youth/consultations/<int:pk>/", views.consultation_detail, name="consultation"),
    # Network staff
    path("consultations/manage/", views.manage_list, name="manage"),
    path("consultations/manage/new/", views.manage_new, name="manage_new"),
    path("consultations/manage/<int:pk>/", views.manage_detail, name="manage_consultation"),
]
