from django.urls import path

from bik.hotline import views

app_name = "hotline"

urlpatterns = [
    path("report/", views.report_it, name="report_it"),
    path("report/hotline/<str:country>/", views.report_form, name="report_form"),
    path("report/statistics/", views.network_statistics, name="network_statistics"),
    path("report/statistics.csv", views.network_statistics_csv, name="network_statistics_csv"),
    path("report/status/", views.report_status, name="status"),
    path("hotline/", views.workspace, name="workspace"),
    path("hotline/<str:country>/", views.queue, name="queue"),
    path("hotline/<str:country>/statistics/", views.statistics, name="statistics"),
    path("hotline/<str:country>/audit/", views.audit_log, name="audit_log"),
    path("hotline/<str:country>/reports/<int:pk>/", views.report_detail, name="report"),
    path("hotline/<str:country>/reports/<int:pk>/export.json", views.export, name="export"),
    path("hotline/<str:country>/urls/<int:pk>/assess/", views.assess, name="assess"),
    path("hotline/<str:country>/urls/<int:pk>/forward/", views.forward, name="forward"),
    path("hotline/<str:country>/urls/<int:pk>/step/", views.record_stage, name="stage"),
]
