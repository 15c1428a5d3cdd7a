from django.urls import URLPattern, URLResolver, path

from bik.community.forums import views

app_name = "forums"

# Fixed words come before <slug:slug> so that no forum can shadow them.
urlpatterns: list[URLPattern | URLResolver] = [
    path("community/forums/", views.index, name="index"),
    path("community/forums/search/", views.search, name="search"),
    path("community/forums/preferences/", views.preferences, name="preferences"),
    path("community/forums/threads/<int:pk>/", views.thread, name="thread"),
    path("community/forums/threads/<int:pk>/reply/", views.reply, name="reply"),
    path("community/forums/threads/<int:pk>/follow/", views.thread_follow, name="thread_follow"),
    path("community/forums/threads/<int:pk>/moderate/", views.thread_moderate, name="thread_moderate"),
    path("community/forums/posts/<int:pk>/", views.post, name="post"),
    path("community/forums/posts/<int:pk>/edit/", views.post_edit, name="post_edit"),
    path("community/forums/posts/<int:pk>/history/", views.post_history, name="post_history"),
    path("community/forums/attachments/<int:pk>/", views.attachment, name="attachment"),
    path("community/forums/<slug:slug>/", views.forum, name="forum"),
    path("community/forums/<slug:slug>/new/", views.thread_create, name="thread_create"),
    path("community/forums/<slug:slug>/follow/", views.forum_follow, name="forum_follow"),
]
