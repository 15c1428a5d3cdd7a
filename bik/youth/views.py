"""The youth area's pages. Deny by default: anonymous visitors are sent to sign in; signed-in people who
are not members or coordinators of a space get a 404, as if it did not exist."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from allauth.account.internal.flows import signup as signup_flows
from allauth.account.models import EmailAddress
from allauth.account.utils import complete_signup, setup_user_email
from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from bik.accounts import ratelimits
from bik.accounts.gates import private, set_up_second_factor
from bik.accounts.models import User
from bik.accounts.services import equal_password_work
from bik.catalogue.pagination import counted_page
from bik.events.ical import VEvent, calendar, ics_response
from bik.moderation import services as moderation
from bik.moderation import spaces as moderation_spaces
from bik.moderation.forms import BUSY_YOUNG, WRITING_REFUSED, refusal
from bik.moderation.models import ModeratedItem, Status
from bik.pages.numbers import strict_id, strict_int
from bik.youth import coordination, paths, services
from bik.youth.forms import AboutForm, AvatarForm, CommentForm, EditPostForm, JoinForm, PostForm
from bik.youth.models import Comment, LearningModule, Meeting, Post, Space, YouthProfile, YouthResource

PAGE_SIZE = 10
PICKS_ON_SPACE_PAGE = 6


class _SignInRequiredError(Exception):
    pass


def _signed_in(request: HttpRequest) -> User:
    if not isinstance(request.user, User) or not request.user.is_authenticated:
        raise _SignInRequiredError
    return request.user


def _space(
    request: HttpRequest,
    slug: str,
    profile_of: Callable[[User | AnonymousUser], YouthProfile | None] = services.youth_profile,
) -> tuple[User, Space]:
    user = _signed_in(request)
    space = Space.objects.filter(slug=slug).first()
    if space is None or not services.can_view(user, space, profile_of):
        raise Http404
    return user, space


def youth_view(view: Any) -> Any:
    """Anonymous visitors go to the sign-in page and come back here afterwards."""

    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        try:
            response: HttpResponse = view(request, *args, **kwargs)
        except _SignInRequiredError:
            return redirect_to_login(request.get_full_path())
        return response  # private, no-store: bik.accounts.middleware.PrivateResponseMiddleware

    wrapper.__name__ = view.__name__
    wrapper.__doc__ = view.__doc__
    return wrapper


# --- Joining --------------------------------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
def join(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("youth:home")
    form = JoinForm(request.POST or None)
    context = {"form": form, "minimum_age": services.minimum_age()}
    if request.method == "POST" and form.is_valid():
        decision = form.decision
        if decision.too_young:
            return render(request, "youth/too_young.html", {"minimum_age": services.minimum_age()})
        data = form.cleaned_data
        email = str(data["email"]).lower()
        if not ratelimits.allow(request, ratelimits.Form.YOUTH_JOIN, address=email):
            return ratelimits.refuse(request, "youth/join.html", context, form)
        if EmailAddress.objects.filter(email__iexact=email).exists() or User.objects.filter(email=email).exists():
            # Never reveal that an address has an account: the same work (a password hash, one queued email
            # to the address) and the same next page as for a new one.
            equal_password_work(str(data["password1"]))
            response: HttpResponse = signup_flows.prevent_enumeration(request, email=email)
            return response
        profile = services.create_youth_account(
            email=email,
            password=data["password1"],
            pseudonym=data["pseudonym"],
            year_of_birth=int(data["year_of_birth"]),
            country=data["country"],
            parent_email=data["parent_email"] or "",
        )
        # A parent's consent is asked for once the young person's own address is verified
        # (services.on_email_confirmed), never on the word of whoever filled in this form.
        setup_user_email(request, profile.user, [])
        response = complete_signup(
            request, profile.user, settings.ACCOUNT_EMAIL_VERIFICATION, success_url=str(_welcome_url())
        )
        return response
    return render(request, "youth/join.html", context)


def _welcome_url() -> str:
    from django.urls import reverse

    return reverse("youth:welcome")


@require_http_methods(["GET", "POST"])
def parental_consent(request: HttpRequest, token: str) -> HttpResponse:
    try:
        profile = services.profile_for_consent_token(token)
    except services.ConsentLinkError:
        return render(request, "youth/consent_invalid.html", status=400)
    if request.method == "POST":
        services.give_parental_consent(token)
        return render(request, "youth/consent_done.html", {"pseudonym": profile.user.public_name})
    return render(
        request,
        "youth/consent.html",
        {
            "pseudonym": profile.user.public_name,
            "consent_age": services.consent_age(str(profile.country)),
            "text_version": services.CONSENT_TEXT_VERSION,
        },
    )


@youth_view
@require_POST
def ask_parent_again(request: HttpRequest) -> HttpResponse:
    """A young person whose parent was not emailed (that address had already been asked today) or did not
    answer asks for the email again; the once-a-day limit per parent address still applies."""
    user = _signed_in(request)
    profile = services.youth_profile(user)
    if profile is None or profile.consent_status != YouthProfile.Consent.PENDING:
        raise Http404
    if services.may_ask_parent_again(profile) and (
        ratelimits.allow(request, ratelimits.Form.PARENTAL_CONSENT, account=user)
        and services.request_parental_consent(profile)
    ):
        messages.success(request, _("We have emailed your parent or carer again."))
    else:
        messages.error(request, _("We cannot email your parent or carer again yet. Please try again tomorrow."))
    return redirect("youth:home")


# --- Spaces ---------------------------------------------------------------------------------------------


@youth_view
def home(request: HttpRequest) -> HttpResponse:
    user = _signed_in(request)
    if services.coordinator_lacks_second_factor(user):
        return private(set_up_second_factor(request, services.COORDINATOR_SECOND_FACTOR))
    spaces = services.visible_spaces(user)
    if not spaces:
        if services.is_youth_member(user):
            raise Http404
        # An adult's account (staff, a parent) that followed "My youth spaces" or "Join BIK Youth": told why, not
        # left on "page not found". The spaces themselves still answer 404 to it.
        return render(request, "youth/not_a_youth_account.html", status=403)
    profile = services.youth_profile(user)
    return render(
        request,
        "youth/home.html",
        {
            "spaces": spaces,
            "profile": profile,
            "my_items": _unpublished(user),
            "moderated": moderation.queue_summaries(user),
            "coordinated": [space for space in spaces if services.is_coordinator_of(user, space)],
            "may_ask_parent": profile is not None and services.may_ask_parent_again(profile),
            "show_welcome": profile is not None and profile.welcomed_at is None,
        },
    )


def _unpublished(user: User) -> list[dict[str, Any]]:
    """What the member wrote that is not published (held, to change, rejected, hidden), newest first: each item
    with its content, a few words of it, and where the member reads it (not for what a moderator hid)."""
    items = (
        ModeratedItem.objects.filter(author=user)
        .exclude(status=Status.PUBLISHED)
        .prefetch_related(moderation.with_pages())
        .order_by("-created_at")[:20]
    )
    own_pages = (Post, Comment, YouthProfile, YouthResource)
    return [
        {
            "item": item,
            "content": item.content_object,
            "url": item.content_object.get_absolute_url()
            if isinstance(item.content_object, own_pages) and item.status != Status.HIDDEN
            else "",
        }
        for item in items
    ]


@youth_view
@require_http_methods(["GET", "POST"])
def welcome(request: HttpRequest) -> HttpResponse:
    """The rules and the safety tools in young people's words: offered on a new member's first visit and in
    the youth area's navigation. Whoever may open the youth area may read it; nobody else (404, like home)."""
    user = _signed_in(request)
    if not services.visible_spaces(user):
        raise Http404
    services.mark_welcomed(user)  # seen once is enough: the home page stops offering it
    if request.method == "POST":
        return redirect("youth:home")
    return render(request, "youth/welcome.html", {"profile": services.youth_profile(user)})


@youth_view
def space_detail(request: HttpRequest, slug: str) -> HttpResponse:
    profile_once = functools.cache(services.youth_profile)  # asked to view the space and to write in it: read once
    user, space = _space(request, slug, profile_once)
    page = counted_page(services.visible_posts(user, space), request.GET.get("page"), PAGE_SIZE)
    language = translation.get_language() or settings.LANGUAGE_CODE
    return render(
        request,
        "youth/space.html",
        {
            "space": space,
            "page_obj": page,
            "right": services.posting_right(user, space, profile_once),
            "meetings": coordination.upcoming_meetings(space)[:3],
            "modules": LearningModule.objects.filter(space=space, is_published=True).select_related("space")[:6],
            "paths": list(paths.visible_paths(space).select_related("space")[:6]),
            "picks": coordination.picked_resources(
                space, language, coordination.gallery_url(language), limit=PICKS_ON_SPACE_PAGE
            ),
            "can_moderate": moderation_spaces.can_moderate(user, space.moderation_key),
            "is_coordinator": services.is_coordinator_of(user, space),
        },
    )


@youth_view
def space_resources(request: HttpRequest, slug: str) -> HttpResponse:
    """Every resource picked for the space (a short list: see coordination.MAX_PICKS_PER_SPACE)."""
    user, space = _space(request, slug)
    language = translation.get_language() or settings.LANGUAGE_CODE
    return render(
        request,
        "youth/resources.html",
        {
            "space": space,
            "picks": coordination.picked_resources(space, language, coordination.gallery_url(language)),
            "can_pick": coordination.can_pick(user, space),
        },
    )


@youth_view
@require_http_methods(["GET", "POST"])
def post_create(request: HttpRequest, slug: str) -> HttpResponse:
    user, space = _space(request, slug)
    right = services.posting_right(user, space)
    form = PostForm(request.POST or None)
    if right.allowed and request.method == "POST" and form.is_valid():
        try:
            written = services.submit_post(user, space, **form.cleaned_data)
        except WRITING_REFUSED as error:
            form.add_error(None, refusal(error, busy=BUSY_YOUNG))
        else:
            return _after_writing(request, written, written.obj.get_absolute_url())
    status = 200 if right.allowed or request.method == "GET" else 403
    return render(request, "youth/post_form.html", {"space": space, "form": form, "right": right}, status=status)


def _after_writing(request: HttpRequest, written: services.Written[Any], url: str) -> HttpResponse:
    if written.result.needs_helpline:
        request.session["youth_helpline"] = True
    if written.held:
        messages.info(
            request,
            _(
                "Thanks! A moderator will read it before others can see it. This keeps everyone safe, and it "
                "usually takes less than a day. Only you can see it until then."
            ),
        )
    else:
        messages.success(request, _("Published."))
    return redirect(url)


@youth_view
def post_detail(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    user, space = _space(request, slug)
    post = get_object_or_404(
        Post.objects.select_related("author", "author__youth_profile", "moderation", "space"), pk=pk, space=space
    )
    if not moderation.can_see(user, post.moderation) or post.author_id in services.blocked_ids(user):
        raise Http404
    after_writing = bool(request.session.pop("youth_helpline", False))
    return _render_post(request, user, space, post, CommentForm(), show_helpline=after_writing)


def _render_post(
    request: HttpRequest,
    user: User,
    space: Space,
    post: Post,
    form: CommentForm,
    *,
    show_helpline: bool = False,
    status: int = 200,
) -> HttpResponse:
    """A post with its comments, and the comment form (`form`, holding what was typed when it was refused); the
    helpline is offered on asking, or right after writing when the writer's country has one."""
    helpline = services.helpline_for(space, user)
    return render(
        request,
        "youth/post.html",
        {
            "space": space,
            "post": post,
            "comments": services.comments_page(user, post, request.GET.get("page"), request.GET.get("comment")),
            "form": form,
            "right": services.posting_right(user, space),
            "show_helpline": (show_helpline and helpline is not None) or request.GET.get("help") == "1",
            "helpline_centre": helpline,
            "can_edit": post.author_id == user.pk and post.moderation.status == Status.CHANGES_REQUESTED,
            # a moderator sent here from an item about one comment (?comment=) is offered the way back to it
            "moderating_comment": strict_id(request.GET.get("comment"))
            if moderation_spaces.can_moderate(user, space.moderation_key)
            else None,
        },
        status=status,
    )


@youth_view
@require_POST
def comment_create(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    user, space = _space(request, slug)
    post = get_object_or_404(Post.objects.select_related("moderation", "space"), pk=pk, space=space)
    if not moderation.can_see(user, post.moderation):
        raise Http404
    form = CommentForm(request.POST)
    if form.is_valid():
        try:
            written = services.submit_comment(user, post, form.cleaned_data["body"])
        except WRITING_REFUSED as error:
            form.add_error(None, refusal(error, busy=BUSY_YOUNG))
        else:
            return _after_writing(request, written, written.obj.get_absolute_url())
    return _render_post(request, user, space, post, form, status=400)


@youth_view
@require_http_methods(["GET", "POST"])
def post_delete(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    user, space = _space(request, slug)
    post = get_object_or_404(Post.objects.select_related("moderation"), pk=pk, space=space, author=user)
    return _delete_own(request, user, space, post, back=post.get_absolute_url(), after=space.get_absolute_url())


def _own_comment(request: HttpRequest, slug: str, pk: int) -> tuple[User, Space, Comment]:
    """The signed-in member's own reply in the space (anyone else's: 404)."""
    user, space = _space(request, slug)
    comment = get_object_or_404(
        Comment.objects.select_related("moderation", "post__space"), pk=pk, post__space=space, author=user
    )
    return user, space, comment


@youth_view
@require_http_methods(["GET", "POST"])
def comment_delete(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    user, space, comment = _own_comment(request, slug, pk)
    after = comment.post.get_absolute_url()
    return _delete_own(request, user, space, comment, back=comment.get_absolute_url(), after=after)


@youth_view
@require_http_methods(["GET", "POST"])
def comment_edit(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """The writer changes a reply of theirs; what they typed stays in the form when it is refused."""
    user, space, comment = _own_comment(request, slug, pk)
    return _changed_by_writer(
        request,
        comment.moderation,
        CommentForm(request.POST or None, initial={"body": comment.body}),
        lambda data: services.edit_comment(user, comment, data["body"]),
        done=_("Your reply is changed."),
        back=comment.get_absolute_url(),
        template="youth/comment_edit.html",
        context={"space": space, "comment": comment},
    )


def _changed_by_writer(
    request: HttpRequest,
    item: ModeratedItem,
    form: forms.Form,
    change: Callable[[dict[str, Any]], Status],
    *,
    done: str,
    back: str,
    template: str,
    context: dict[str, Any],
) -> HttpResponse:
    """The writer's change of a post or reply, made by `change(cleaned_data)`: they read whether it is shown
    (`done`) or waits for a moderator; a refusal is said on the form, which keeps what they typed. Once a moderator
    hid it (`item`), it is not the writer's to bring back: 404, as the services refuse it."""
    if item.status == Status.HIDDEN:
        raise Http404
    if request.method == "POST" and form.is_valid():
        try:
            status = change(form.cleaned_data)
        except WRITING_REFUSED as error:
            form.add_error(None, refusal(error, busy=BUSY_YOUNG))
        else:
            if status == Status.HELD:
                messages.info(request, _("Thanks for the changes. A moderator will read it again."))
            else:
                messages.success(request, done)
            return redirect(back)
    return render(request, template, {**context, "form": form}, status=400 if form.errors else 200)


def _delete_own(
    request: HttpRequest, user: User, space: Space, content: Post | Comment, *, back: str, after: str
) -> HttpResponse:
    """Asks first (a page that works without JavaScript), then deletes the member's own post or reply; a refusal
    (a report waiting for a moderator, a post with replies) is said on the same page."""
    refusal = ""
    if request.method == "POST":
        try:
            services.delete_own(user, content)
        except ValidationError as error:
            refusal = " ".join(error.messages)
        else:
            messages.success(request, _("Deleted. Nobody can read it any more."))
            return redirect(after)
    context = {"content": content, "back": back, "refusal": refusal, "space": space}
    return render(request, "youth/delete.html", context, status=400 if refusal else 200)


@youth_view
@require_http_methods(["GET", "POST"])
def post_edit(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """The writer changes a post of theirs, or sends it again after a moderator asked for changes; what they typed
    stays in the form when it is refused."""
    user, space = _space(request, slug)
    post = get_object_or_404(Post.objects.select_related("moderation", "space"), pk=pk, space=space, author=user)
    return _changed_by_writer(
        request,
        post.moderation,
        EditPostForm(request.POST or None, initial={"title": post.title, "body": post.body}),
        lambda data: services.edit_post(user, post, title=data["title"], body=data["body"]),
        done=_("Your post is changed."),
        back=post.get_absolute_url(),
        template="youth/post_edit.html",
        context={"space": space, "post": post, "asked": post.moderation.status == Status.CHANGES_REQUESTED},
    )


# --- Members --------------------------------------------------------------------------------------------


def _profile_space(user: User, profile: YouthProfile) -> Space:
    space = Space.objects.filter(slug=profile.moderation.space_key.removeprefix("youth-")).first()
    if space is None or not (services.can_view(user, space) or services.can_view(user, services.european_space())):
        raise Http404
    return space


@youth_view
@require_http_methods(["GET", "POST"])
def profile(request: HttpRequest, pk: int) -> HttpResponse:
    user = _signed_in(request)
    member = get_object_or_404(YouthProfile.objects.select_related("user", "moderation"), pk=pk)
    if not services.visible_spaces(user):
        raise Http404
    _profile_space(user, member)
    is_self = member.user_id == user.pk
    if request.method == "POST" and not is_self:
        raise Http404
    form = (
        AboutForm(request.POST or None, initial={"about": member.about, "is_public": member.is_public})
        if is_self
        else None
    )
    avatar_form = AvatarForm(request.POST or None, initial={"avatar": member.avatar}) if is_self else None
    if (
        request.method == "POST"
        and form is not None
        and avatar_form is not None
        and all([form.is_valid(), avatar_form.is_valid()])  # both, so each shows its errors
    ):
        try:
            result = services.update_about(
                user, about=form.cleaned_data["about"], is_public=form.cleaned_data["is_public"]
            )
        except WRITING_REFUSED as error:
            form.add_error(None, refusal(error, busy=BUSY_YOUNG, fallback=_("You cannot change your profile now.")))
        else:
            services.choose_avatar(user, avatar_form.cleaned_data["avatar"])
            member.refresh_from_db()
            member.moderation.refresh_from_db()
            if result.needs_helpline:
                request.session["youth_helpline"] = True
            if member.moderation.status == Status.HELD:
                messages.info(
                    request,
                    _(
                        "Saved. A moderator will read your 'about me' before others can see it. This keeps "
                        "everyone safe; it is not a punishment."
                    ),
                )
            else:
                messages.success(request, _("Your profile is saved."))
            return redirect("youth:profile", pk=member.pk)
    show_helpline = is_self and bool(request.session.pop("youth_helpline", False))
    helpline = services.helpline_for(services.national_space(str(member.country)), user) if show_helpline else None
    return render(
        request,
        "youth/profile.html",
        {
            "member": member,
            "is_self": is_self,
            "form": form,
            "avatar_form": avatar_form,
            "show_about": services.about_is_visible(user, member),
            "is_blocked": member.user_id in services.blocked_ids(user),
            "show_helpline": show_helpline,
            "helpline_centre": helpline,
            # The member's own badges: never shown to anyone else, moderators and coordinators included.
            "badges": paths.badges_of(user) if is_self else [],
        },
        status=400 if form is not None and form.is_bound else 200,
    )


@youth_view
@require_POST
def block(request: HttpRequest, pk: int) -> HttpResponse:
    user = _signed_in(request)
    member = get_object_or_404(YouthProfile.objects.select_related("user", "moderation"), pk=pk)
    if not services.visible_spaces(user) or member.user_id == user.pk:
        raise Http404
    if request.POST.get("undo"):
        services.unblock(user, member.user)
        messages.success(request, _("You unblocked %(name)s.") % {"name": member.user.public_name})
    else:
        services.block(user, member.user)
        messages.success(
            request, _("You blocked %(name)s. You will not see what they write.") % {"name": member.user.public_name}
        )
    return redirect("youth:profile", pk=member.pk)


# --- Learning and meetings ------------------------------------------------------------------------------


@youth_view
@require_http_methods(["GET", "POST"])
def module_detail(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    user, space = _space(request, slug)
    module = get_object_or_404(LearningModule, pk=pk, space=space)
    if not module.is_published and not services.is_coordinator_of(user, space):
        raise Http404  # a draft: only its coordinators preview it
    lessons = list(module.lessons.all())
    questions = list(module.questions.all())
    feedback = None
    errors = False
    if request.method == "POST" and request.POST.get("lesson"):
        lesson = strict_id(request.POST["lesson"])
        if lesson is None:
            return HttpResponseBadRequest()
        try:
            services.mark_lesson_done(user, module, lesson)
        except ValueError:
            return HttpResponseBadRequest()
        return redirect(f"{module.get_absolute_url()}#lesson-{lesson}")
    if request.method == "POST":
        answers: dict[int, int | None] = {}
        for question in questions:
            raw = request.POST.get(f"q{question.pk}", "")
            answers[question.pk] = strict_int(raw, maximum=1000)
        errors = any(value is None for value in answers.values())
        if not errors:
            feedback = services.submit_quiz(user, module, answers)
    progress = services.progress_for(user, module)
    by_question = {item.question_id: item for item in feedback or []}
    quiz = [
        {
            "question": question,
            "choices": [
                {"number": number, "text": text, "checked": request.POST.get(f"q{question.pk}") == str(number)}
                for number, text in enumerate(question.choice_list(), start=1)
            ],
            "feedback": by_question.get(question.pk),
        }
        for question in questions
    ]
    return render(
        request,
        "youth/module.html",
        {
            "space": space,
            "module": module,
            "lessons": lessons,
            "questions": questions,
            "progress": progress,
            "feedback": feedback,
            "quiz": quiz,
            "errors": errors,
        },
    )


@youth_view
def meeting_ics(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    _user, space = _space(request, slug)
    meeting = get_object_or_404(Meeting, pk=pk, space=space)
    description = f"{meeting.description}\n\n{meeting.join_url}".strip()
    entry = VEvent(
        uid=f"youth-meeting-{meeting.pk}",
        starts_at=meeting.starts_at,
        ends_at=meeting.ends_at,
        summary=meeting.title,
        description="" if meeting.is_cancelled else description,
        url="" if meeting.is_cancelled else meeting.join_url,
        last_modified=meeting.updated_at,
        cancelled=meeting.is_cancelled,
    )
    return ics_response(calendar([entry], name=meeting.title), f"meeting-{meeting.pk}.ics")


@youth_view
def meetings(request: HttpRequest, slug: str) -> HttpResponse:
    user, space = _space(request, slug)
    page = Paginator(coordination.upcoming_meetings(space), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "youth/meetings.html",
        {"space": space, "page_obj": page, "is_coordinator": services.is_coordinator_of(user, space)},
    )


def leaving(request: HttpRequest) -> HttpResponse:
    target = request.GET.get("to", "")
    parts = urlsplit(target)
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        return render(request, "youth/leaving.html", {"invalid": True}, status=400)
    return render(request, "youth/leaving.html", {"target": target, "host": parts.netloc})
