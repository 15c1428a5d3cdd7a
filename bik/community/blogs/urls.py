from django.urls import URLPattern, URLResolver, path

from bik.community.blogs import views

app_name = "blogs"

urlpatterns: list[URLPattern | URLResolver] = [
    path("community/blogs/", views.index, name="index"),
    path("community/blogs/new/", views.post_create, name="create"),
    path("community/blogs/<int:pk>/", views.post_detail, name="post"),
    path("community/blogs/<int:pk>/edit/", views.post_edit, name="edit"),
    path("community/blogs/<int:pk>/comments/", views.comment_create, name="comment"),
    path("community/blogs/<int:pk>/promote/", views.promote, name="promote"),
    path("community/blogs/authors/<int:pk>/", views.author, name="author"),
]
