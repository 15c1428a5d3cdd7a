from django.urls import URLPattern, URLResolver, path

from bik.youth import contribution_views as contribute
from bik.youth import coordination_views as coordinate
from bik.youth import views

app_name = "youth"

# Under youth/<...>/ so that the editors' landing page at /<lang>/youth/ (a Wagtail page) stays in charge.
urlpatterns: list[URLPattern | URLResolver] = [
    path("youth/join/", views.join, name="join"),
    path("youth/consent/<str:token>/", views.parental_consent, name="consent"),
    path("youth/parent/ask/", views.ask_parent_again, name="ask_parent"),
    path("youth/leaving/", views.leaving, name="leaving"),
    path("youth/spaces/", views.home, name="home"),
    path("youth/welcome/", views.welcome, name="welcome"),
    path("youth/spaces/<slug:slug>/", views.space_detail, name="space"),
    path("youth/spaces/<slug:slug>/write/", views.post_create, name="post_create"),
    path("youth/spaces/<slug:slug>/posts/<int:pk>/", views.post_detail, name="post"),
    path("youth/spaces/<slug:slug>/posts/<int:pk>/reply/", views.comment_create, name="comment"),
    path("youth/spaces/<slug:slug>/posts/<int:pk>/edit/", views.post_edit, name="post_edit"),
    path("youth/spaces/<slug:slug>/posts/<int:pk>/delete/", views.post_delete, name="post_delete"),
    path("youth/spaces/<slug:slug>/replies/<int:pk>/delete/", views.comment_delete, name="comment_delete"),
    path("youth/spaces/<slug:slug>/replies/<int:pk>/edit/", views.comment_edit, name="comment_edit"),
    path("youth/spaces/<slug:slug>/learn/<int:pk>/", views.module_detail, name="module"),
    path("youth/spaces/<slug:slug>/meetings/", views.meetings, name="meetings"),
    path("youth/spaces/<slug:slug>/meetings/<int:pk>.ics", views.meeting_ics, name="meeting_ics"),
    path("youth/spaces/<slug:slug>/resources/", views.space_resources, name="resources"),
    path("youth/spaces/<slug:slug>/paths/<int:pk>/", contribute.path_detail, name="path"),
    path("youth/webinars/", contribute.webinar_list, name="webinars"),
    path("youth/webinars/<int:pk>/", contribute.webinar_detail, name="webinar"),
    path("youth/webinars/<int:pk>/follow-up/", contribute.webinar_follow_up, name="webinar_follow_up"),
    path("youth/made/", contribute.made_index, name="made_index"),
    path("youth/made/new/", contribute.made_new, name="made_new"),
    path("youth/made/<int:pk>/", contribute.made_detail, name="made_detail"),
    path("youth/members/<int:pk>/", views.profile, name="profile"),
    path("youth/members/<int:pk>/block/", views.block, name="block"),
    # Coordinators (and, for picking resources, editors)
    path("youth/spaces/<slug:slug>/coordinate/", coordinate.hub, name="coordinate"),
    path("youth/spaces/<slug:slug>/coordinate/meetings/new/", coordinate.meeting_form, name="meeting_new"),
    path("youth/spaces/<slug:slug>/coordinate/meetings/<int:pk>/", coordinate.meeting_form, name="meeting_edit"),
    path(
        "youth/spaces/<slug:slug>/coordinate/meetings/<int:pk>/cancel/",
        coordinate.meeting_cancel,
        name="meeting_cancel",
    ),
    path("youth/spaces/<slug:slug>/coordinate/modules/new/", coordinate.module_form, name="module_new"),
    path("youth/spaces/<slug:slug>/coordinate/modules/<int:pk>/", coordinate.module_form, name="module_edit"),
    path("youth/spaces/<slug:slug>/coordinate/resources/", coordinate.picks, name="picks"),
    path("youth/spaces/<slug:slug>/coordinate/resources/<int:pk>/remove/", coordinate.unpick, name="unpick"),
    path("youth/picks/", coordinate.pick_index, name="pick_index"),
]
