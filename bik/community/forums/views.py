"""The forums' pages. Every view goes through `community_view`; views that name one forum, thread, post or
file are object views (outsiders get a 404). Views parse input, call `services` and render."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.http.response import HttpResponseBase
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from bik.accounts.models import User
from bik.community.access import community_view, signed_in_user
from bik.community.files import private_file_response
from bik.community.forums import services
from bik.community.forums.forms import EditForm, PreferenceForm, ReplyForm, SearchForm, ThreadForm
from bik.community.forums.models import Attachment, Forum, Post, Thread, ThreadFollow
from bik.moderation.forms import WRITING_REFUSED, refusal
from bik.pages.numbers import strict_id


class _Links:
    """The addresses of many objects of one kind, reversed once per page rather than once per object."""

    _MARK = 2_147_483_647

    def __init__(self, name: str) -> None:
        self.head, _mark, self.tail = reverse(name, kwargs={"pk": self._MARK}).partition(str(self._MARK))

    def __call__(self, pk: int) -> str:
        return f"{self.head}{pk}{self.tail}"


@dataclass(frozen=True)
class ThreadRow:
    thread: Thread
    url: str
    is_unread: bool


@dataclass(frozen=True)
class PostView:
    post: Post
    author: str
    affiliation: str
    edit_url: str
    history_url: str
    report_url: str
    attachments: list[tuple[Attachment, str]]


def _thread(user: User, pk: int) -> Thread:
    thread = get_object_or_404(Thread.objects.select_related("forum"), pk=pk)
    if not services.can_see_thread(user, thread):
        raise Http404
    return thread


def _post(user: User, pk: int) -> Post:
    post = get_object_or_404(Post.objects.select_related("thread__forum", "moderation", "author"), pk=pk)
    if not services.can_see_post(user, post):
        raise Http404
    return post


def _post_url(post: Post) -> str:
    url = reverse("forums:thread", kwargs={"pk": post.thread_id})
    return f"{url}?page={post.page_number}#{post.anchor}"


_POSTING_ERRORS = (services.ForumError, *WRITING_REFUSED)


@community_view
def index(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "community/forums/index.html",
        {"forums": services.forums_for_index(), "search_form": SearchForm()},
    )


@community_view(object_view=True)
def forum(request: HttpRequest, slug: str) -> HttpResponse:
    user = signed_in_user(request)
    chosen = get_object_or_404(Forum, slug=slug)
    page = services.thread_page(user, chosen, request.GET.get("page"))
    threads = list(page.object_list)
    unread = services.unread_threads(user, threads)
    link = _Links("forums:thread")
    return render(
        request,
        "community/forums/forum.html",
        {
            "forum": chosen,
            "page_obj": page,
            "rows": [ThreadRow(thread, link(thread.pk), thread.pk in unread) for thread in threads],
            "following": services.follows_forum(user, chosen),
            "can_post": services.can_post(user),
            "search_form": SearchForm(initial={"forum": chosen.slug}),
        },
    )


@community_view(object_view=True)
@require_http_methods(["GET", "POST"])
def thread_create(request: HttpRequest, slug: str) -> HttpResponse:
    user = signed_in_user(request)
    chosen = get_object_or_404(Forum, slug=slug)
    if not services.can_post(user):
        raise PermissionDenied
    form = ThreadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            thread = services.start_thread(user, chosen, data["title"], data["body"], data["attachments"])
        except _POSTING_ERRORS as error:
            form.add_error(None, refusal(error))
        else:
            messages.success(request, _("Your thread is published. You follow it now."))
            return redirect(thread)
    status = 400 if form.errors else 200
    return render(request, "community/forums/thread_form.html", {"forum": chosen, "form": form}, status=status)


@community_view(object_view=True)
def thread(request: HttpRequest, pk: int) -> HttpResponse:
    user = signed_in_user(request)
    shown = _thread(user, pk)
    if not request.GET:
        unread = services.first_unread(user, shown)
        if unread is not None:
            return HttpResponseRedirect(_post_url(unread))
    previous = services.read_position(user, shown)
    page = services.post_page(user, shown, request.GET.get("page"))
    may_reply = services.can_reply(user, shown)
    if page.object_list:
        services.mark_read(user, shown, max(post.position for post in page.object_list), known=previous)
    return render(
        request,
        "community/forums/thread.html",
        {
            "forum": shown.forum,
            "thread": shown,
            "page_obj": page,
            "posts": _post_views(list(page.object_list)),
            "reply_url": reverse("forums:reply", kwargs={"pk": shown.pk}),
            "read_until": previous or 0,
            "following": services.follows_thread(user, shown),
            "can_reply": may_reply,
            "can_post": services.can_post(user),
            "can_edit_own": services.can_post(user) and (not shown.is_locked or services.is_moderator(user)),
            "is_moderator": services.is_moderator(user),
            "form": ReplyForm() if may_reply else None,
        },
    )


def _post_views(posts: Sequence[Post]) -> list[PostView]:
    edit, history, report, download = (
        _Links("forums:post_edit"),
        _Links("forums:post_history"),
        _Links("moderation:report"),
        _Links("forums:attachment"),
    )
    return [
        PostView(
            post,
            services.display_name(post.author),
            services.affiliation(post.author),
            edit(post.pk),
            history(post.pk),
            report(post.moderation_id),
            [(document, download(document.pk)) for document in services.attachments_of(post)],
        )
        for post in posts
    ]


@community_view(object_view=True)
@require_http_methods(["GET", "POST"])
def reply(request: HttpRequest, pk: int) -> HttpResponse:
    """The reply form on its own page: where the "Quote" links lead (?quote=<post>), and where a reply with a
    mistake comes back with what was typed."""
    user = signed_in_user(request)
    shown = _thread(user, pk)
    if not services.can_post(user):
        raise PermissionDenied
    if not services.can_reply(user, shown):
        return render(request, "community/forums/reply.html", {"thread": shown, "forum": shown.forum}, status=403)
    quoted = None
    if request.method == "POST":
        form = ReplyForm(request.POST, request.FILES)
        if form.is_valid():
            data = form.cleaned_data
            try:
                post = services.reply(user, shown, data["body"], data["attachments"])
            except _POSTING_ERRORS as error:
                form.add_error(None, refusal(error))
            else:
                messages.success(request, _("Your reply is published."))
                return redirect(_post_url(post))
    else:
        quoted = _quoted(user, shown, request.GET.get("quote", ""))
        form = ReplyForm(initial={"body": services.quote(quoted)} if quoted else None)
    status = 400 if form.errors else 200
    context = {"thread": shown, "forum": shown.forum, "form": form, "quoted": quoted}
    return render(request, "community/forums/reply.html", context, status=status)


def _quoted(user: User, thread: Thread, value: str) -> Post | None:
    pk = strict_id(value)
    if pk is None:
        return None
    post = Post.objects.filter(pk=pk, thread=thread).select_related("author", "moderation", "thread").first()
    return post if post is not None and services.can_see_post(user, post) else None


@community_view(object_view=True)
def post(request: HttpRequest, pk: int) -> HttpResponse:
    """A post's permanent address (used in emails and by the moderators): its page of the thread."""
    return HttpResponseRedirect(_post_url(_post(signed_in_user(request), pk)))


@community_view(object_view=True)
@require_http_methods(["GET", "POST"])
def post_edit(request: HttpRequest, pk: int) -> HttpResponse:
    user = signed_in_user(request)
    edited = _post(user, pk)
    if edited.author_id != user.pk:
        raise Http404
    context: dict[str, Any] = {"post": edited, "thread": edited.thread, "forum": edited.thread.forum}
    if not services.can_edit(user, edited):
        return render(request, "community/forums/post_edit.html", {**context, "form": None}, status=403)
    form = EditForm(
        request.POST or None,
        with_title=edited.is_opening,
        initial={"body": edited.source, "title": edited.thread.title},
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.edit_post(user, edited, form.cleaned_data["body"], form.cleaned_data.get("title"))
        except _POSTING_ERRORS as error:
            form.add_error(None, refusal(error))
        else:
            messages.success(request, _("Your changes are saved. Earlier versions stay visible in the history."))
            return redirect(_post_url(edited))
    status = 400 if form.errors else 200
    return render(request, "community/forums/post_edit.html", {**context, "form": form}, status=status)


@community_view(object_view=True)
def post_history(request: HttpRequest, pk: int) -> HttpResponse:
    shown = _post(signed_in_user(request), pk)
    return render(
        request,
        "community/forums/post_history.html",
        {"post": shown, "thread": shown.thread, "forum": shown.thread.forum, "revisions": services.history(shown)},
    )


@community_view(object_view=True)
def attachment(request: HttpRequest, pk: int) -> HttpResponseBase:
    user = signed_in_user(request)
    document = get_object_or_404(Attachment.objects.select_related("post__thread", "post__moderation"), pk=pk)
    if not services.can_see_post(user, document.post):
        raise Http404
    return private_file_response(document.file, download_name=document.name, media_type=document.media_type)


@community_view(object_view=True)
@require_POST
def thread_follow(request: HttpRequest, pk: int) -> HttpResponse:
    user = signed_in_user(request)
    shown = _thread(user, pk)
    if request.POST.get("follow") == "1":
        services.follow_thread(user, shown)
        messages.success(request, _("You follow this thread."))
    else:
        services.unfollow_thread(user, shown)
        messages.success(request, _("You no longer follow this thread."))
    return redirect(_back(request, shown.get_absolute_url() + "?page=1"))


@community_view(object_view=True)
@require_POST
def forum_follow(request: HttpRequest, slug: str) -> HttpResponse:
    user = signed_in_user(request)
    chosen = get_object_or_404(Forum, slug=slug)
    if request.POST.get("follow") == "1":
        services.follow_forum(user, chosen)
        messages.success(request, _("You follow this forum: you will hear about every new post in it."))
    else:
        services.unfollow_forum(user, chosen)
        messages.success(request, _("You no longer follow this forum."))
    return redirect(_back(request, chosen.get_absolute_url()))


def _back(request: HttpRequest, default: str) -> str:
    """Return to the page the form was on (our own preferences page), else `default`."""
    target = request.POST.get("next", "")
    return target if target == reverse("forums:preferences") else default


@community_view(object_view=True)
@require_POST
def thread_moderate(request: HttpRequest, pk: int) -> HttpResponse:
    user = signed_in_user(request)
    shown = _thread(user, pk)
    if not services.is_moderator(user):
        raise Http404
    action = request.POST.get("action", "")
    if action in ("pin", "unpin"):
        services.set_pinned(user, shown, action == "pin")
        messages.success(request, _("The thread is pinned.") if action == "pin" else _("The thread is unpinned."))
    elif action in ("lock", "unlock"):
        services.set_locked(user, shown, action == "lock")
        messages.success(request, _("The thread is locked.") if action == "lock" else _("The thread is open again."))
    else:
        return HttpResponse(status=400)
    return redirect(shown.get_absolute_url() + "?page=1")


@community_view
def search(request: HttpRequest) -> HttpResponse:
    user = signed_in_user(request)
    form = SearchForm(request.GET or None)
    results = None
    query = ""
    if form.is_valid():
        data = form.cleaned_data
        results = services.search(user, data["q"], data["forum"], request.GET.get("page"))
        params = request.GET.copy()
        params.pop("page", None)
        query = params.urlencode()
    status = 400 if form.errors else 200
    return render(
        request,
        "community/forums/search.html",
        {
            "form": form,
            "page_obj": results.page if results else None,
            "more": results.more if results else False,
            "limit": services.SEARCH_LIMIT,
            "query": query,
        },
        status=status,
    )


@community_view
@require_http_methods(["GET", "POST"])
def preferences(request: HttpRequest) -> HttpResponse:
    user = signed_in_user(request)
    current = services.preference(user)
    form = PreferenceForm(request.POST or None, initial={"mode": current.mode})
    if request.method == "POST" and form.is_valid():
        services.set_mode(user, form.cleaned_data["mode"])
        messages.success(request, _("Your email preference is saved."))
        return redirect("forums:preferences")
    followed = Paginator(
        ThreadFollow.objects.filter(user=user)
        .filter(services.thread_filter(user, prefix="thread__"))
        .select_related("thread__forum")
        .order_by("-thread__last_post_at", "-pk"),
        25,
    ).get_page(request.GET.get("page"))
    return render(
        request,
        "community/forums/preferences.html",
        {
            "form": form,
            "page_obj": followed,
            "forums": Forum.objects.filter(follows__user=user),
            "next": reverse("forums:preferences"),
        },
        status=400 if form.errors else 200,
    )
