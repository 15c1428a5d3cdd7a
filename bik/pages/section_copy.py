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

# The paragraphs, headings and list items of the pages' bodies (their inner HTML, `pages.chrome.html_blocks`), in
# structure.yaml's order: an untranslated page's body shows them in the reader's language (`chrome.structure_html`).
BODY_COPY = (
    gettext_noop(
        "Over many years, Safer Internet Centres have produced a wide range of material to help people discover the online world with confidence. This part of the site gathers it in one place, free to read and to download."
    ),
    gettext_noop("What you can explore"),
    gettext_noop(
        "<b>Resource gallery</b>: guides, handbooks, lesson plans, tip sheets, quizzes and educational games, which you can filter by language, topic, audience and age group."
    ),
    gettext_noop(
        "<b>Video gallery</b>: awareness-raising videos made by the network and its partners, searchable by language."
    ),
    gettext_noop(
        "<b>Guide to online services</b>: short, practical overviews of apps, games and social networks that children and young people use, including their safety and privacy settings."
    ),
    gettext_noop("Help in your country"),
    gettext_noop(
        "Advice works best in your own language and with local knowledge. The directory of Safer Internet Centres lists each centre's awareness team, helpline, hotline and youth panel, with their contact details and opening hours."
    ),
    gettext_noop(
        "If you are worried about something that happened online, talk to someone you trust or contact your national helpline. If you come across material that may be illegal, such as images of child sexual abuse, report it to your national hotline rather than sharing it."
    ),
    gettext_noop(
        "The BIK Community is not open to the public. Accounts are available to people who work for a Safer Internet Centre in the network, and each registration is approved before the account is activated."
    ),
    gettext_noop("Four communities of practice"),
    gettext_noop(
        "The work of a Safer Internet Centre follows four strands, and the Community is organised the same way so that colleagues doing similar jobs in different countries can find each other:"
    ),
    gettext_noop("<b>Awareness raising</b>: campaigns, training, events and educational resources."),
    gettext_noop("<b>Helplines</b>: advice and support for children, young people and parents."),
    gettext_noop("<b>Hotlines</b>: handling public reports of illegal content online."),
    gettext_noop("<b>Youth participation</b>: involving young people through youth panels and similar groups."),
    gettext_noop("How members use it"),
    gettext_noop(
        "Members write blog posts about trends, campaigns and events, start and join discussions, and comment on each other's work. Useful results are then shared with the wider public through the open parts of this site."
    ),
    gettext_noop(
        "Work for a Safer Internet Centre and do not have an account yet? Ask your centre's coordinator, or use the contact page."
    ),
    gettext_noop(
        "Young people know their online world best, and their ideas make online safety work better. BIK Youth gives them a place to speak up, with moderators looking after the space so that it stays friendly and secure."
    ),
    gettext_noop("European and national spaces"),
    gettext_noop(
        "Once signed in, young people can take part at European level in the shared youth area, or in the space for their own country, where they can use their own language and work with their national Safer Internet Centre."
    ),
    gettext_noop("What you can do"),
    gettext_noop("Write blog posts about what matters to you online."),
    gettext_noop("Join discussions and comment on other people's ideas."),
    gettext_noop("Work through learning modules and use resources made for and by young people."),
    gettext_noop("Take part in online meetings with the youth coordinators of your Safer Internet Centre."),
    gettext_noop(
        "Youth accounts use a display name of your choice, so you do not need to show your real name to other members."
    ),
    gettext_noop(
        "The BIK Bulletin is sent by email four times a year. Every issue is also published here, so you can read past editions in the archive at any time, whether or not you subscribe."
    ),
    gettext_noop("In each issue"),
    gettext_noop(
        "<b>Focus article</b>: a closer look at a trend or challenge in children's and young people's online lives."
    ),
    gettext_noop("<b>Youth</b>: views and activities from young people in the network."),
    gettext_noop(
        "<b>Industry</b>: what companies are doing to make their products and services safer and better for young users."
    ),
    gettext_noop("<b>Research</b>: new findings and evidence on children's experiences online."),
    gettext_noop(
        "Safer Internet Centres and partners are welcome to suggest stories for a future issue through the contact page."
    ),
    gettext_noop(
        "Safer Internet Day is organised each year by the Insafe and INHOPE networks, with the support of Safer Internet Centres, national Safer Internet Day Committees and supporters around the world. Schools, families, companies, public bodies and young people all take part, from a single classroom activity to national campaigns."
    ),
    gettext_noop("Editions and themes"),
    gettext_noop(
        "The date is set by the organisers each year and falls on a Tuesday in early or mid February. Recent themes include:"
    ),
    gettext_noop("2015: <i>Let's create a better internet together</i>"),
    gettext_noop("2016: <i>Play your part for a better internet!</i>"),
    gettext_noop("2017: <i>Be the change: unite for a better internet</i>"),
    gettext_noop("2018: <i>Create, connect and share respect: A better internet starts with you</i>"),
    gettext_noop("Since 2019: <i>Together for a better internet</i>"),
    gettext_noop("Show what you are doing"),
    gettext_noop(
        "Safer Internet Centres, Safer Internet Day Committees, supporters and international organisations can showcase the events and actions they run locally, nationally and internationally, so that others can find them and be inspired. A gallery of resources helps schools celebrate the day in the classroom."
    ),
)
