from django.urls import path

from bik.statistics import admin_views, views

app_name = "statistics"

urlpatterns = [
    path("helpline-statistics/", views.overview, name="dashboard"),
    path("helpline-statistics/charts/<str:key>.<str:fmt>", views.chart_download, name="chart"),
    path("helpline-statistics/open-data/", views.open_data, name="open_data"),
    path("helpline-statistics/open-data/helpline-statistics.<str:fmt>", views.open_data_file, name="open_data_file"),
    path("helpline-statistics/network/", views.overview, {"network": True}, name="network"),
    path(
        "helpline-statistics/network/charts/<str:key>.<str:fmt>",
        views.chart_download,
        {"network": True},
        name="network_chart",
    ),
    path("helpline-statistics/submit/", admin_views.home, name="home"),
    path("helpline-statistics/submit/template.<str:fmt>", admin_views.template, name="template"),
    path("helpline-statistics/submit/<str:country>/<str:quarter>/", admin_views.entry, name="entry"),
    path("helpline-statistics/review/", admin_views.review, name="review"),
    path("helpline-statistics/review/<str:quarter>/", admin_views.review_quarter, name="review_quarter"),
    path("helpline-statistics/review/<str:quarter>/<str:country>/", admin_views.compare, name="compare"),
    path("helpline-statistics/review/<str:quarter>/<str:country>/correct/", admin_views.correct, name="correct"),
    path("helpline-statistics/corrections/<int:pk>/", admin_views.correction, name="correction"),
]
