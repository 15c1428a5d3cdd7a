from django.urls import path, re_path

from bik.knowledge import feeds, views

app_name = "knowledge"

# The hub (/<lang>/knowledge/) and its explainers are Wagtail pages; these are served before Wagtail's catch-all.
urlpatterns = [
    path("knowledge/documents/", views.documents, name="documents"),
    re_path(
        r"^knowledge/documents/(?P<document_id>[0-9]{1,18})-(?P<slug>[-a-zA-Z0-9_]+)/$",
        views.document,
        name="document",
    ),
    path("knowledge/documents/feed/<str:kind>/", feeds.serve, name="feed"),
    path("knowledge/glossary/", views.glossary, name="glossary"),
]
