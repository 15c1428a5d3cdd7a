from django.urls import path

from bik.partners import feeds, views

app_name = "partners"

urlpatterns = [
    path("partners/", views.index, name="index"),
    path("partners/apply/", views.apply, name="apply"),
    path("partners/feed/", feeds.PartnerPublicationsFeed(), name="feed"),
    path("partners/workspace/", views.workspace, name="workspace"),
    path("partners/workspace/<slug:slug>/submit/", views.submit, name="submit"),
    path("partners/workspace/<slug:slug>/self-report/", views.self_report, name="self_report"),
    path("partners/workspace/submissions/<int:pk>/", views.submission, name="submission"),
    path("partners/workspace/submissions/<int:pk>/versions/", views.add_version, name="add_version"),
    path("partners/workspace/submissions/<int:pk>/files/<int:version>/", views.version_file, name="version_file"),
    path("partners/review/", views.review_queue, name="review_queue"),
    path("partners/review/<int:pk>/", views.review, name="review"),
    path("partners/review/organisations/", views.organisations, name="organisations"),
    path("partners/review/members/<int:pk>/remove/", views.remove_member, name="remove_member"),
    path("partners/<slug:slug>/", views.profile, name="profile"),
]
