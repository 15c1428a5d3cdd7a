"""Messages of Django and django-allauth that visitors read on the platform's forms (labels, validation errors,
password rules), listed so that the platform's own catalogues carry them for the languages whose catalogue
those packages do not ship (Maltese). tools/translations.py asks for these entries only in such languages;
elsewhere Django's and allauth's own translations are used. The msgids must stay identical to theirs."""

from django.utils.translation import gettext_noop, ngettext_lazy

DJANGO_AND_ALLAUTH_MESSAGES = (
    # django.forms
    gettext_noop("This field is required."),
    gettext_noop("Enter a valid email address."),
    gettext_noop("Enter a valid value."),
    gettext_noop("Enter a whole number."),
    gettext_noop("Enter a valid date."),
    gettext_noop("Select a valid choice. %(value)s is not one of the available choices."),
    ngettext_lazy(
        "Ensure this value has at most %(limit_value)d character (it has %(show_value)d).",
        "Ensure this value has at most %(limit_value)d characters (it has %(show_value)d).",
        "limit_value",
    ),
    # django.contrib.auth password validation
    ngettext_lazy(
        "Your password must contain at least %(min_length)d character.",
        "Your password must contain at least %(min_length)d characters.",
        "min_length",
    ),
    gettext_noop("Your password can’t be too similar to your other personal information."),
    gettext_noop("Your password can’t be a commonly used password."),
    gettext_noop("This password is too common."),
    gettext_noop("The password is too similar to the %(verbose_name)s."),
    # allauth
    gettext_noop("Email"),
    gettext_noop("Email (again)"),
    gettext_noop("Password"),
    gettext_noop("Password (again)"),
    gettext_noop("Remember Me"),
    gettext_noop("Forgot your password?"),
    gettext_noop("Sign In"),
    gettext_noop("Sign Up"),
    gettext_noop("Sign Out"),
    gettext_noop("Password Reset"),
    gettext_noop("Reset My Password"),
    gettext_noop(
        "Forgotten your password? Enter your email address below, and we'll send you an email allowing you to reset it."
    ),
    gettext_noop("Please contact us if you have any trouble resetting your password."),
    gettext_noop("The email address and/or password you specified are not correct."),
    gettext_noop("You must type the same password each time."),
    gettext_noop("Too many failed login attempts. Try again later."),
)
