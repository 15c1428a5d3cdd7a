"""The blogs' pages. Every one goes through `community_view`; the rules live in services."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from bik.accounts.models import User
from bik.community.access import community_view, signed_in_user
from bik.community.blogs import services
from bik.community.blogs.forms import BlogFilterForm, BlogPostForm, CommentForm
from bik.community.blogs.models import BlogPost
from bik.moderation import services as moderation
from bik.moderation.forms import WRITING_REFUSED, refusal
from bik.pages.outcomes import told

_REFUSED = (services.BlogError, *WRITING_REFUSED)


@community_view
def index(request: HttpRequest) -> HttpResponse:
    user = signed_in_user(request)
    form = BlogFilterForm(request.GET or None)
    filters = form.filters()
    return render(
        request,
        "community/blogs/index.html",
        {
            "form": form,
            "page_obj": services.posts_page(filters, request.GET.get("page")),
            "query": filters.query,
            "filtered": bool(filters.tag or filters.strand),
            "can_write": services.can_write(user),
        },
    )


@community_view(object_view=True)
def author(request: HttpRequest, pk: int) -> HttpResponse:
    person = get_object_or_404(User.objects.select_related("community_membership__centre"), pk=pk, is_active=True)
    page = services.author_page(person, request.GET.get("page"))
    membership = services.membership_of(person, request.user)
    if not page.paginator.count and membership is None:
        raise Http404  # a pending applicant is not shown to members who do not decide on the request
    return render(
        request,
        "community/blogs/author.html",
        {"person": person, "membership": membership, "page_obj": page},
    )


def _post_for(user: User, pk: int) -> BlogPost:
    post = get_object_or_404(
        BlogPost.objects.select_related(
            "moderation", "author", "author__community_membership__centre", "promoted_by", "promoted_article"
        ),
        pk=pk,
    )
    if not moderation.can_see(user, post.moderation):
        raise Http404
    return post


def _render_post(
    request: HttpRequest, user: User, post: BlogPost, form: CommentForm, status: int = 200
) -> HttpResponse:
    return render(
        request,
        "community/blogs/post.html",
        {
            "post": post,
            "membership": services.membership_of(post.author, user),
            "comments": services.comments_page(post, request.GET.get("page"), request.GET.get("comment")),
            "form": form,
            "can_write": services.can_write(user),
            "can_edit": services.can_edit(user, post),
            "can_promote": services.can_promote(user),
            "admin_url": services.admin_edit_url(post.promoted_article_id) if post.promoted_article_id else "",
        },
        status=status,
    )


@community_view(object_view=True)
def post_detail(request: HttpRequest, pk: int) -> HttpResponse:
    user = signed_in_user(request)
    return _render_post(request, user, _post_for(user, pk), CommentForm())


@community_view
@require_http_methods(["GET", "POST"])
def post_create(request: HttpRequest) -> HttpResponse:
    user = signed_in_user(request)
    if not services.can_write(user):
        raise PermissionDenied
    form = BlogPostForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            post = services.create_post(user, **form.cleaned_data)
        except _REFUSED as error:
            form.add_error(None, refusal(error))
        else:
            messages.success(request, _("Your blog post is published in the community."))
            return redirect(post.get_absolute_url())
    return render(request, "community/blogs/form.html", {"form": form, "post": None})


@community_view(object_view=True)
@require_http_methods(["GET", "POST"])
def post_edit(request: HttpRequest, pk: int) -> HttpResponse:
    user = signed_in_user(request)
    post = _post_for(user, pk)
    if not services.can_edit(user, post):
        raise Http404
    form = BlogPostForm.for_post(post, request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.edit_post(user, post, **form.cleaned_data)
        except services.BlogError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Your changes are saved."))
            return redirect(post.get_absolute_url())
    return render(request, "community/blogs/form.html", {"form": form, "post": post})


@community_view(object_view=True)
@require_POST
def comment_create(request: HttpRequest, pk: int) -> HttpResponse:
    user = signed_in_user(request)
    post = _post_for(user, pk)
    if not services.can_write(user):
        raise PermissionDenied
    form = CommentForm(request.POST)
    if form.is_valid():
        try:
            comment = services.add_comment(user, post, form.cleaned_data["body"])
        except _REFUSED as error:
            form.add_error(None, refusal(error))
        else:
            messages.success(request, _("Your comment is published."))
            return redirect(comment.get_absolute_url())
    return _render_post(request, user, post, form, status=400)


@community_view(object_view=True)
@require_POST
def promote(request: HttpRequest, pk: int) -> HttpResponse:
    user = signed_in_user(request)
    post = _post_for(user, pk)
    if not services.can_promote(user):
        raise PermissionDenied
    made = _(
        "A draft news article was made from this post. Check it in the admin and submit it for moderation; it "
        "goes live only when approved."
    )
    with told(request, made, services.BlogError):
        services.promote_to_news(user, post)
    return redirect(post.get_absolute_url())
