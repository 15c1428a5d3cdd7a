from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth import password_validation
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from bik.moderation.screen import screen
from bik.youth import services
from bik.youth.models import Avatar, Post, YouthResource


def _country_choices() -> list[tuple[str, Any]]:
    return [("", _("Choose your country"))] + [
        (code, str(name)) for code, name in countries if code in services.COUNTRY_LANGUAGES
    ]


def _year_choices() -> list[tuple[str, Any]]:
    this_year = timezone.localdate().year
    return [("", _("Choose a year"))] + [(str(year), str(year)) for year in range(this_year - 5, this_year - 31, -1)]


class JoinForm(forms.Form):
    pseudonym = forms.CharField(
        label=_("Display name"),
        max_length=30,
        min_length=3,
        help_text=_("Everyone sees this name. Do not use your real name, your age or where you live."),
    )
    year_of_birth = forms.TypedChoiceField(label=_("Year of birth"), coerce=int, choices=_year_choices)
    country = forms.ChoiceField(label=_("Country you live in"), choices=_country_choices)
    email = forms.EmailField(label=_("Your email address"), help_text=_("Only used to sign in. Nobody else sees it."))
    parent_email = forms.EmailField(
        label=_("Email of a parent or carer"),
        required=False,
        help_text=_(
            "Needed if you are younger than the age of digital consent in your country. We ask them to say yes."
        ),
    )
    password1 = forms.CharField(label=_("Password"), widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}))
    password2 = forms.CharField(
        label=_("Password (again)"), widget=forms.PasswordInput(attrs={"autocomplete": "new-password"})
    )
    rules = forms.BooleanField(
        label=_("I will be kind, and I will not share my own or anyone's contact details."),
        error_messages={"required": _("Please agree to the rules of the space.")},
    )

    def clean_pseudonym(self) -> str:
        name = str(self.cleaned_data["pseudonym"]).strip()
        if screen(name).held:
            raise forms.ValidationError(_("Choose a name without contact details, links or rude words."))
        return name

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        year, country = data.get("year_of_birth"), data.get("country")
        if year and country:
            decision = services.join_decision(int(year), str(country))
            self.decision = decision
            if decision.needs_parent and not decision.too_young and not data.get("parent_email"):
                self.add_error(
                    "parent_email",
                    _("In your country you need a parent or carer to agree before you can write (until %(age)s).")
                    % {"age": decision.consent_age},
                )
            if data.get("parent_email") and data.get("email") and data["parent_email"] == data["email"]:
                self.add_error("parent_email", _("Use your parent's or carer's own email address."))
        password1, password2 = data.get("password1"), data.get("password2")
        if password1 and password2 and password1 != password2:
            self.add_error("password2", _("The two passwords are different."))
        elif password1:
            try:
                password_validation.validate_password(str(password1))
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return data


class PostForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("What are you writing?"),
        choices=Post.Kind.choices,
        initial=Post.Kind.DISCUSSION,
        widget=forms.RadioSelect,
    )
    title = forms.CharField(label=_("Title"), max_length=140)
    body = forms.CharField(label=_("Text"), max_length=5000, widget=forms.Textarea(attrs={"rows": 8}))


class EditPostForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=140)
    body = forms.CharField(label=_("Text"), max_length=5000, widget=forms.Textarea(attrs={"rows": 8}))


class CommentForm(forms.Form):
    body = forms.CharField(label=_("Your reply"), max_length=2000, widget=forms.Textarea(attrs={"rows": 4}))


class AboutForm(forms.Form):
    about = forms.CharField(
        label=_("About me"),
        max_length=280,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("A few words about what you like. No real name, school, address or contact details."),
    )
    is_public = forms.BooleanField(label=_("Show 'about me' to other members"), required=False)


class AvatarForm(forms.Form):
    """The avatar is picked from the project's drawings: only their names are accepted, never a file."""

    avatar = forms.ChoiceField(label=_("My avatar"), choices=Avatar.choices, required=False, widget=forms.RadioSelect)


# --- Coordinators ---------------------------------------------------------------------------------------


def _https(url: str) -> str:
    if url and not url.lower().startswith("https://"):
        raise forms.ValidationError(_("Use a secure link that starts with https://."))
    return url


class MeetingForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=140)
    description = forms.CharField(
        label=_("What is it about?"), required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 4})
    )
    day = forms.DateField(label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))
    time = forms.TimeField(label=_("Start time"), widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"))
    duration_minutes = forms.IntegerField(label=_("Duration (minutes)"), min_value=15, max_value=480, initial=60)
    join_url = forms.URLField(
        label=_("Joining link"),
        max_length=200,
        assume_scheme="https",
        help_text=_("Only signed-in members of the space see it."),
    )

    is_webinar = forms.BooleanField(
        label=_("A European webinar for youth members of every country"),
        required=False,
        help_text=_("Members register; only registered members see the joining link and get a reminder by email."),
    )

    def __init__(self, *args: Any, space: Any, is_new: bool, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.space, self.is_new = space, is_new
        if not (space.is_european and is_new):  # only the European space holds webinars; chosen when planned
            del self.fields["is_webinar"]
        self.fields["time"].help_text = _("In the time zone %(zone)s.") % {"zone": services.space_timezone(space).key}

    def clean_join_url(self) -> str:
        return _https(str(self.cleaned_data["join_url"]))

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        day, time = data.get("day"), data.get("time")
        if self.is_new and day and time:
            from bik.youth.coordination import local_start

            if local_start(self.space, day, time) <= timezone.now():
                self.add_error("day", _("Choose a date and time in the future."))
        return data


class ModuleForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=140)
    summary = forms.CharField(
        label=_("Summary"), required=False, max_length=500, widget=forms.Textarea(attrs={"rows": 3})
    )
    is_published = forms.BooleanField(
        label=_("Published (members of the space can follow it)"), required=False, initial=False
    )


class LessonForm(forms.Form):
    id = forms.IntegerField(required=False, widget=forms.HiddenInput)
    title = forms.CharField(label=_("Lesson title"), max_length=140)
    body = forms.CharField(label=_("Lesson text"), max_length=10000, widget=forms.Textarea(attrs={"rows": 6}))
    video_url = forms.URLField(
        label=_("Video link (optional)"),
        required=False,
        max_length=200,
        assume_scheme="https",
        help_text=_("Members are told it opens another website."),
    )

    def clean_video_url(self) -> str:
        return _https(str(self.cleaned_data.get("video_url") or ""))


class QuestionForm(forms.Form):
    id = forms.IntegerField(required=False, widget=forms.HiddenInput)
    prompt = forms.CharField(label=_("Question"), max_length=300)
    choices = forms.CharField(
        label=_("Answers"), widget=forms.Textarea(attrs={"rows": 4}), help_text=_("One possible answer per line.")
    )
    correct_choice = forms.IntegerField(
        label=_("Number of the right answer"), min_value=1, initial=1, help_text=_("1 for the first line, and so on.")
    )
    explanation = forms.CharField(
        label=_("Feedback"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Shown after answering, right or wrong."),
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        lines = [line.strip() for line in str(data.get("choices") or "").splitlines() if line.strip()]
        if data.get("choices") is not None and len(lines) < 2:
            self.add_error("choices", _("Give at least two answers, one per line."))
        elif data.get("correct_choice") and int(data["correct_choice"]) > len(lines):
            self.add_error("correct_choice", _("There are only %(count)s answers.") % {"count": len(lines)})
        return data


class _ChildFormSet(forms.BaseFormSet):  # type: ignore[type-arg]
    """Lessons or questions: blank extra rows are ignored, the rest are kept in the order given."""

    def rows(self) -> list[dict[str, Any]]:
        kept = [
            (form.cleaned_data.get("ORDER") or 10**6 + index, index, form.cleaned_data)
            for index, form in enumerate(self.forms)
            if form.cleaned_data
            and (form.cleaned_data.get("id") or form.has_changed())
            and not form.cleaned_data.get("DELETE")
        ]
        return [data for _order, _index, data in sorted(kept, key=lambda row: (row[0], row[1]))]


LessonFormSet: type[_ChildFormSet] = forms.formset_factory(  # type: ignore[assignment]
    LessonForm, formset=_ChildFormSet, extra=1, can_order=True, can_delete=True, max_num=30, validate_max=True
)
QuestionFormSet: type[_ChildFormSet] = forms.formset_factory(  # type: ignore[assignment]
    QuestionForm, formset=_ChildFormSet, extra=1, can_order=True, can_delete=True, max_num=30, validate_max=True
)


class ResourceSearchForm(forms.Form):
    q = forms.CharField(label=_("Find a resource by its title"), max_length=100, required=False)


class PickForm(forms.Form):
    resource = forms.IntegerField(widget=forms.HiddenInput)
    note = forms.CharField(label=_("Note for young people (optional)"), max_length=200, required=False)


class FollowUpForm(forms.Form):
    recording_url = forms.URLField(
        label=_("Recording link"),
        max_length=200,
        required=False,
        assume_scheme="https",
        help_text=_("Where members can watch the recording. Leave empty if there is none."),
    )
    summary = forms.CharField(
        label=_("Summary"), max_length=5000, widget=forms.Textarea(attrs={"rows": 8}), help_text=_("Plain text.")
    )

    def clean_recording_url(self) -> str:
        return _https(str(self.cleaned_data.get("recording_url") or ""))


class MadeForm(forms.Form):
    """A resource a young person made. The poster's picture is checked and cleaned by the view
    (bik.pictures.uploads), the text by the screen."""

    kind = forms.ChoiceField(
        label=_("What did you make?"), choices=YouthResource.Kind.choices, widget=forms.RadioSelect
    )
    title = forms.CharField(label=_("Title"), max_length=140)
    description = forms.CharField(
        label=_("What is it about, and who is it for?"), max_length=1000, widget=forms.Textarea(attrs={"rows": 4})
    )
    poster = forms.FileField(
        label=_("Poster picture"),
        required=False,
        help_text=_("JPEG, PNG or WebP, at most 5 MB. We remove hidden information such as where a photo was taken."),
    )
    poster_alt = forms.CharField(
        label=_("Describe the poster for people who cannot see it"), max_length=250, required=False
    )
    video_url = forms.URLField(
        label=_("Video link"),
        max_length=300,
        required=False,
        assume_scheme="https",
        help_text=_("Where your video is published, starting with https://."),
    )
    guide_text = forms.CharField(
        label=_("Your guide"), max_length=10000, required=False, widget=forms.Textarea(attrs={"rows": 10})
    )
    co_creators = forms.CharField(
        label=_("Made together with (optional)"),
        max_length=200,
        required=False,
        help_text=_("Their display names on BIK Youth, separated by commas. Never real names."),
    )
    licence = forms.ChoiceField(
        label=_("How may others use it?"), choices=YouthResource.Licence.choices, widget=forms.RadioSelect
    )
    own_work = forms.BooleanField(
        label=_("I (we) made this, and it shows no real names, faces, addresses or places of anyone."),
        required=True,
    )

    def clean_video_url(self) -> str:
        return _https(str(self.cleaned_data.get("video_url") or ""))

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        kind = data.get("kind")
        if kind == YouthResource.Kind.POSTER:
            if not self.files.get("poster") and not self.has_error("poster"):
                self.add_error("poster", _("Choose the picture of your poster."))
            if not str(data.get("poster_alt") or "").strip():
                self.add_error("poster_alt", _("Describe the poster in a sentence or two."))
        elif kind == YouthResource.Kind.VIDEO and not data.get("video_url") and not self.has_error("video_url"):
            self.add_error("video_url", _("Give the link to your video."))
        elif kind == YouthResource.Kind.GUIDE and not str(data.get("guide_text") or "").strip():
            self.add_error("guide_text", _("Write your guide here."))
        return data
