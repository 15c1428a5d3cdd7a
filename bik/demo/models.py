"""Which rows are demo content, kept beside the production tables: one record per row the demo made."""

from django.contrib.contenttypes.models import ContentType
from django.db import models


class DemoRecord(models.Model):
    """A row the demo made (a page under its specific model), so production tables carry no trace of the demo."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["content_type", "object_id"], name="demo_record_once")]

    def __str__(self) -> str:
        return f"{self.content_type_id}:{self.object_id}"
