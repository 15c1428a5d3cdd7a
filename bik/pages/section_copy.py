"""The home page's title and hero, and every page's title and introduction, as bik/pages/structure.yaml writes
them (in its order: each page, then its children), for the catalogues (makemessages reads them here). Until an
editor translates one of these pages into a language (its page there is still an alias of the English one), the
page (the hook `copy_in_the_readers_language`) and the menu show its copy in the reader's language where the
catalogues know its English copy (`pages.chrome.structure_copy`). A test checks that this is structure.yaml's copy."""

# ruff: noqa: E501
from __future__ import annotations

from django.utils.translation import gettext_noop

SECTION_COPY = (
    gettext_noop("Home"),
    gettext_noop("A better internet for children and young people"),
    gettext_noop(
        "Better Internet for Kids brings together Europe's Safer Internet Centres, young people, parents, teachers and everyone who wants the online world to be safer, more positive and more empowering for children."
    ),
    gettext_noop("Resources and advice"),
    gettext_noop(
        "Trusted material from Safer Internet Centres across Europe for children, young people, parents, carers and teachers, and a quick way to find the help that is available in your own country."
    ),
    gettext_noop("Resource gallery"),
    gettext_noop(
        "Handbooks, guides, tip sheets, lesson plans, games and quizzes from the Safer Internet Centres, in many languages. Search, and narrow the results by language, age, audience, topic, type or country."
    ),
    gettext_noop("Video gallery"),
    gettext_noop(
        "Short films for children, young people, parents and teachers from Safer Internet Centres, in many languages. Search, or filter by language, topic and age."
    ),
    gettext_noop("Guide to online services"),
    gettext_noop(
        "What children and young people use online, explained for parents, carers and teachers: age limits, privacy settings, reporting tools and parental controls. Compare up to three services side by side."
    ),
    gettext_noop("Events"),
    gettext_noop(
        "Conferences, trainings, webinars and Safer Internet Day celebrations of the network of Safer Internet Centres, online and across Europe."
    ),
    gettext_noop("Research and industry"),
    gettext_noop(
        "Reports, studies, policy papers and guides for industry from the network of Safer Internet Centres and its partners, free to download."
    ),
    gettext_noop("News"),
    gettext_noop(
        "Stories from the Better Internet for Kids network: Safer Internet Day, policy developments, new initiatives from industry and civil society, and the voices of young people."
    ),
    gettext_noop("BIK Community"),
    gettext_noop(
        "A private workspace for the staff of Safer Internet Centres. Members sign in to share experience, discuss emerging issues and build on each other's work across the network."
    ),
    gettext_noop("BIK Youth"),
    gettext_noop(
        "A safe, moderated space where young people from across Europe share their views on life online, learn from each other and help shape a better internet."
    ),
    gettext_noop("BIK Bulletin"),
    gettext_noop(
        "Our quarterly newsletter: a focus article on a topical issue in online life, plus news and features from young people, industry and the research community."
    ),
    gettext_noop("Safer Internet Day"),
    gettext_noop(
        "Every February, Safer Internet Day brings people in more than 120 countries together to promote a safer, more responsible use of digital technology, especially among children and young people."
    ),
    gettext_noop("Knowledge hub"),
    gettext_noop(
        "Rules, strategies and guidance on children’s online lives across Europe, and explainers for the professionals who apply them."
    ),
)
