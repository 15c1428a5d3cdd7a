from django.urls import URLPattern, URLResolver, path

from bik.community.competition import views

app_name = "competition"

urlpatterns: list[URLPattern | URLResolver] = [
    path("community/competition/", views.index, name="index"),
    path("community/competition/new/", views.round_create, name="create"),
    path("community/competition/<int:pk>/", views.round_detail, name="round"),
    path("community/competition/<int:pk>/edit/", views.round_edit, name="edit"),
    path("community/competition/<int:pk>/entry/", views.entry_submit, name="entry"),
    path("community/competition/<int:pk>/vote/", views.vote, name="vote"),
    path("community/competition/entries/<int:pk>/file/", views.entry_file, name="entry_file"),
    path("community/competition/entries/<int:pk>/feature/", views.entry_feature, name="feature"),
    # The only public address of the competition: the winners a network admin featured.
    path("competition/winners/", views.winners, name="winners"),
]
