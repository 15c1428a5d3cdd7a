from django.urls import URLPattern, URLResolver, path

from bik.moderation import views

app_name = "moderation"

urlpatterns: list[URLPattern | URLResolver] = [
    path("moderation/", views.queues, name="queues"),
    path("moderation/queue/<slug:space_key>/", views.queue, name="queue"),
    path("moderation/items/<int:pk>/", views.item_detail, name="item"),
    path("moderation/items/<int:pk>/report/", views.report, name="report"),
    path("moderation/reports/", views.my_reports, name="my_reports"),
    path("moderation/audit/", views.audit_log, name="audit"),
    path("moderation/suspensions/", views.suspensions, name="suspensions"),
    path("moderation/suspensions/<int:pk>/lift/", views.lift_suspension, name="lift_suspension"),
]
