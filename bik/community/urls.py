from django.urls import URLPattern, URLResolver, path

from bik.community import views

app_name = "community"

# Under community/<...>/ so that the public landing page at /<lang>/community/ (a Wagtail page) stays in charge.
urlpatterns: list[URLPattern | URLResolver] = [
    path("community/join/", views.join, name="join"),
    path("community/join/status/", views.join_status, name="join_status"),
    path("community/home/", views.home, name="home"),
    path("community/approvals/", views.approvals, name="approvals"),
    path("community/approvals/<int:pk>/", views.decide, name="decide"),
    path("community/invite/", views.invite, name="invite"),
    path("community/members/", views.members, name="members"),
    path("community/members/<int:pk>/", views.member, name="member"),
    path("community/members/<int:pk>/revoke/", views.revoke, name="revoke"),
    path("community/profile/", views.profile, name="profile"),
]
