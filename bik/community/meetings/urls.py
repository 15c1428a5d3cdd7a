from django.urls import URLPattern, URLResolver, path

from bik.community.meetings import views

app_name = "meetings"

urlpatterns: list[URLPattern | URLResolver] = [
    path("community/meetings/", views.index, name="index"),
    path("community/meetings/past/", views.past, name="past"),
    path("community/meetings/new/", views.meeting_create, name="create"),
    path("community/meetings/upcoming.ics", views.feed, name="feed"),
    path("community/meetings/<int:pk>/", views.meeting_detail, name="meeting"),
    path("community/meetings/<int:pk>/edit/", views.meeting_edit, name="edit"),
    path("community/meetings/<int:pk>/cancel/", views.meeting_cancel, name="cancel"),
    path("community/meetings/<int:pk>/rsvp/", views.rsvp, name="rsvp"),
    path("community/meetings/<int:pk>/calendar.ics", views.meeting_ics, name="ics"),
    path("community/meetings/<int:pk>/documents/", views.document_add, name="document_add"),
    path("community/meetings/<int:pk>/documents/<int:document_pk>/", views.document, name="document"),
    path(
        "community/meetings/<int:pk>/documents/<int:document_pk>/delete/", views.document_delete, name="document_delete"
    ),
]
