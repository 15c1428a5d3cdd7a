from django.urls import path

from bik.policy import views

app_name = "policy"

urlpatterns = [
    path("policy/", views.overview, name="overview"),
    path("policy/compare/", views.compare, name="compare"),
    path("policy/countries/<str:country>/", views.country, name="country"),
    path("policy/countries/<str:country>/<int:year>/", views.country, name="country_year"),
    path("policy/open-data/", views.open_data, name="open_data"),
    path("policy/open-data/schema.json", views.open_data_schema, name="open_data_schema"),
    path("policy/open-data/policy-monitor-<int:year>.<str:fmt>", views.open_data_file, name="open_data_file"),
    path("policy/answers/<int:pk>/documents/<int:document>/", views.attachment, name="attachment"),
    path("policy/workspace/", views.workspace, name="workspace"),
    path("policy/workspace/<str:country>/<int:year>/", views.workspace_return, name="workspace_return"),
    path("policy/review/", views.review, name="review"),
    path("policy/review/<int:year>/", views.review_year, name="review_year"),
    path("policy/review/<int:year>/<str:country>/", views.review_return, name="review_return"),
]
