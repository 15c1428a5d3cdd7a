from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from bik.community.blogs import services
from bik.community.blogs.models import BlogPost
from bik.network.models import Strand

STRAND_CHOICES = (("", _("No particular strand")), *Strand.choices)


class BlogPostForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    summary = forms.CharField(
        label=_("Summary"),
        max_length=600,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One or two sentences shown in the list of posts."),
    )
    body = forms.CharField(
        label=_("Text"),
        widget=forms.Textarea(attrs={"rows": 16}),
        help_text=_(
            "Leave an empty line between paragraphs. You may also use these HTML tags: p, br, strong, em, "
            "a (links), ul, ol, li, blockquote, h2, h3. Anything else is removed."
        ),
    )
    tags = forms.CharField(
        label=_("Tags"), max_length=300, required=False, help_text=_("Optional, separated by commas.")
    )
    strand = forms.ChoiceField(label=_("Strand"), choices=STRAND_CHOICES, required=False)

    @classmethod
    def for_post(cls, post: BlogPost, data: Any = None) -> BlogPostForm:
        initial = {
            "title": post.title,
            "summary": post.summary,
            "body": post.body,
            "tags": ", ".join(post.tag_list),
            "strand": post.strand,
        }
        return cls(data, initial=initial)

    def clean_body(self) -> str:
        body = str(self.cleaned_data["body"])
        if not services.has_text(services.sanitise(body)):
            raise forms.ValidationError(_("Please write the text of your post."), code="empty")
        return body


class CommentForm(forms.Form):
    body = forms.CharField(label=_("Your comment"), max_length=4000, widget=forms.Textarea(attrs={"rows": 4}))


class BlogFilterForm(forms.Form):
    tag = forms.CharField(label=_("Tag"), max_length=40, required=False)
    strand = forms.ChoiceField(label=_("Strand"), choices=(("", _("All strands")), *Strand.choices), required=False)

    def filters(self) -> services.BlogFilters:
        if not self.is_valid():
            return services.BlogFilters()
        return services.BlogFilters(
            tag=" ".join(str(self.cleaned_data["tag"]).split()).lower(), strand=self.cleaned_data["strand"]
        )
