"""Demo content for bik-platform, written in the project's own words.

This module is pure data: plain dicts, lists, strings and dates, with no Django imports, so that a
management command can load it into a fresh site. Facts in the news articles come from the public
source documents in the shared seeds; the wording is our own. Every Safer Internet Centre, organisation,
address, phone number, email address and web address below is fictional and uses the reserved
``.example`` domain, so none of it can reach a real person or service.
"""

import datetime
from typing import Any

# ---------------------------------------------------------------------------------------------------------------------
# Home page
# ---------------------------------------------------------------------------------------------------------------------

HOME: dict[str, str] = {
    "title": "Home",
    "hero_heading": "A better internet for children and young people",
    "hero_text": (
        "Better Internet for Kids brings together Europe's Safer Internet Centres, young people, parents, teachers "
        "and everyone who wants the online world to be safer, more positive and more empowering for children."
    ),
    "intro_heading": "What you will find here",
    "intro_html": (
        "<p>Better Internet for Kids is a shared home for the network of <b>Safer Internet Centres</b>. Each centre "
        "raises awareness, runs a helpline for young people and their families, operates a hotline for reporting "
        "illegal content and works with a youth panel. This site connects their work and makes it easy to find.</p>"
        "<ul>"
        "<li><b>Resources and advice</b>: guides, lesson plans, games and videos from across the network, "
        "plus a directory that points you to the help available in your own country.</li>"
        "<li><b>BIK Community</b>: a private workspace where staff of Safer Internet Centres share experience "
        "and good practice.</li>"
        "<li><b>BIK Youth</b>: a moderated space where young people share ideas, learn together and meet the "
        "youth coordinators of their national centre.</li>"
        "<li><b>BIK Bulletin</b>: a quarterly newsletter with a focus article and news from young people, "
        "industry and research.</li>"
        "<li><b>Safer Internet Day</b>: the yearly celebration, each February, when schools, organisations and "
        "families around the world act together for a better internet.</li>"
        "</ul>"
        "<p>Need help right now? Your national helpline offers <i>free and confidential</i> advice, and your "
        "national hotline lets you report illegal content, anonymously if you prefer.</p>"
    ),
}

HOME_TRANSLATIONS: dict[str, dict[str, str]] = {
    "fr": {
        "title": "Accueil",
        "hero_heading": "Un internet meilleur pour les enfants et les jeunes",
        "hero_text": (
            "Better Internet for Kids réunit les centres pour un internet plus sûr d'Europe, les jeunes, les parents, "
            "les enseignants et toutes celles et ceux qui veulent rendre le monde en ligne plus sûr, plus positif "
            "et plus émancipateur pour les enfants."
        ),
        "intro_heading": "Ce que vous trouverez ici",
        "intro_html": (
            "<p>Better Internet for Kids est la maison commune du réseau des <b>centres pour un internet plus "
            "sûr</b>. Chaque centre mène des actions de sensibilisation, propose une ligne d'écoute aux jeunes et "
            "à leurs familles, gère une ligne de signalement des contenus illicites et travaille avec un panel de "
            "jeunes. Ce site relie leur travail et le rend facile à trouver.</p>"
            "<ul>"
            "<li><b>Ressources et conseils</b> : guides, fiches pédagogiques, jeux et vidéos de tout le réseau, "
            "ainsi qu'un annuaire qui vous oriente vers l'aide disponible dans votre pays.</li>"
            "<li><b>BIK Community</b> : un espace de travail privé où le personnel des centres pour un internet "
            "plus sûr partage son expérience et ses bonnes pratiques.</li>"
            "<li><b>BIK Youth</b> : un espace modéré où les jeunes échangent leurs idées, apprennent ensemble et "
            "rencontrent les coordinateurs jeunesse de leur centre national.</li>"
            "<li><b>BIK Bulletin</b> : une lettre d'information trimestrielle avec un article de fond et des "
            "nouvelles des jeunes, de l'industrie et de la recherche.</li>"
            "<li><b>Safer Internet Day</b> : la Journée pour un internet plus sûr, célébrée chaque année en "
            "février, lorsque écoles, organisations et familles du monde entier agissent ensemble pour un "
            "meilleur internet.</li>"
            "</ul>"
            "<p>Besoin d'aide tout de suite ? La ligne d'écoute de votre pays offre des conseils <i>gratuits et "
            "confidentiels</i>, et sa ligne de signalement vous permet de signaler un contenu illicite, "
            "anonymement si vous le souhaitez.</p>"
        ),
    },
    "de": {
        "title": "Startseite",
        "hero_heading": "Ein besseres Internet für Kinder und Jugendliche",
        "hero_text": (
            "Better Internet for Kids verbindet Europas Safer-Internet-Zentren mit jungen Menschen, Eltern, "
            "Lehrkräften und allen, die die Online-Welt für Kinder sicherer, positiver und stärkender machen wollen."
        ),
        "intro_heading": "Was Sie hier finden",
        "intro_html": (
            "<p>Better Internet for Kids ist das gemeinsame Zuhause des Netzwerks der <b>Safer-Internet-Zentren</b>. "
            "Jedes Zentrum leistet Aufklärungsarbeit, bietet jungen Menschen und ihren Familien eine Beratungsstelle "
            "(Helpline), betreibt eine Meldestelle (Hotline) für illegale Inhalte und arbeitet mit einem "
            "Jugendpanel zusammen. Diese Website verbindet ihre Arbeit und macht sie leicht auffindbar.</p>"
            "<ul>"
            "<li><b>Materialien und Rat</b>: Leitfäden, Unterrichtsmaterialien, Spiele und Videos aus dem ganzen "
            "Netzwerk sowie ein Verzeichnis, das Sie zu den Hilfsangeboten in Ihrem Land führt.</li>"
            "<li><b>BIK Community</b>: ein geschützter Arbeitsbereich, in dem Mitarbeitende der "
            "Safer-Internet-Zentren Erfahrungen und gute Praxis austauschen.</li>"
            "<li><b>BIK Youth</b>: ein moderierter Bereich, in dem junge Menschen Ideen teilen, gemeinsam lernen "
            "und die Jugendkoordinatorinnen und -koordinatoren ihres nationalen Zentrums treffen.</li>"
            "<li><b>BIK Bulletin</b>: ein vierteljährlicher Newsletter mit einem Schwerpunktartikel und "
            "Neuigkeiten von Jugendlichen, aus der Wirtschaft und aus der Forschung.</li>"
            "<li><b>Safer Internet Day</b>: der jährliche Aktionstag im Februar, an dem Schulen, Organisationen und "
            "Familien weltweit gemeinsam für ein besseres Internet eintreten.</li>"
            "</ul>"
            "<p>Sie brauchen sofort Hilfe? Die Helpline in Ihrem Land berät Sie <i>kostenlos und vertraulich</i>, "
            "und über die nationale Hotline können Sie illegale Inhalte melden, auf Wunsch auch anonym.</p>"
        ),
    },
}

# ---------------------------------------------------------------------------------------------------------------------
# Section landing pages (shown in the main menu, in this order)
# ---------------------------------------------------------------------------------------------------------------------

SECTIONS: list[dict[str, Any]] = [
    {
        "slug": "portal",
        "title": "Resources and advice",
        "intro": (
            "Trusted material from Safer Internet Centres across Europe for children, young people, parents, "
            "carers and teachers, and a quick way to find the help that is available in your own country."
        ),
        "body_html": (
            "<p>Over many years, Safer Internet Centres have produced a wide range of material to help people "
            "discover the online world with confidence. This part of the site gathers it in one place, free to "
            "read and to download.</p>"
            "<h2>What you can explore</h2>"
            "<ul>"
            "<li><b>Resource gallery</b>: guides, handbooks, lesson plans, tip sheets, quizzes and educational "
            "games, which you can filter by language, topic, audience and age group.</li>"
            "<li><b>Video gallery</b>: awareness-raising videos made by the network and its partners, searchable "
            "by language.</li>"
            "<li><b>Guide to online services</b>: short, practical overviews of apps, games and social networks "
            "that children and young people use, including their safety and privacy settings.</li>"
            "</ul>"
            "<h2>Help in your country</h2>"
            "<p>Advice works best in your own language and with local knowledge. The directory of Safer Internet "
            "Centres lists each centre's awareness team, helpline, hotline and youth panel, with their contact "
            "details and opening hours.</p>"
            "<p>If you are worried about something that happened online, talk to someone you trust or contact your "
            "national helpline. If you come across material that may be illegal, such as images of child sexual "
            "abuse, report it to your national hotline rather than sharing it.</p>"
        ),
        "in_menu": True,
    },
    {
        "slug": "community",
        "title": "BIK Community",
        "intro": (
            "A private workspace for the staff of Safer Internet Centres. Members sign in to share experience, "
            "discuss emerging issues and build on each other's work across the network."
        ),
        "body_html": (
            "<p>The BIK Community is not open to the public. Accounts are available to people who work for a "
            "Safer Internet Centre in the network, and each registration is approved before the account is "
            "activated.</p>"
            "<h2>Four communities of practice</h2>"
            "<p>The work of a Safer Internet Centre follows four strands, and the Community is organised the same "
            "way so that colleagues doing similar jobs in different countries can find each other:</p>"
            "<ul>"
            "<li><b>Awareness raising</b>: campaigns, training, events and educational resources.</li>"
            "<li><b>Helplines</b>: advice and support for children, young people and parents.</li>"
            "<li><b>Hotlines</b>: handling public reports of illegal content online.</li>"
            "<li><b>Youth participation</b>: involving young people through youth panels and similar groups.</li>"
            "</ul>"
            "<h2>How members use it</h2>"
            "<p>Members write blog posts about trends, campaigns and events, start and join discussions, and "
            "comment on each other's work. Useful results are then shared with the wider public through the open "
            "parts of this site.</p>"
            "<p>Work for a Safer Internet Centre and do not have an account yet? Ask your centre's coordinator, or "
            "use the contact page.</p>"
        ),
        "in_menu": True,
    },
    {
        "slug": "youth",
        "title": "BIK Youth",
        "intro": (
            "A safe, moderated space where young people from across Europe share their views on life online, "
            "learn from each other and help shape a better internet."
        ),
        "body_html": (
            "<p>Young people know their online world best, and their ideas make online safety work better. "
            "BIK Youth gives them a place to speak up, with moderators looking after the space so that it stays "
            "friendly and secure.</p>"
            "<h2>European and national spaces</h2>"
            "<p>Once signed in, young people can take part at European level in the shared youth area, or in the "
            "space for their own country, where they can use their own language and work with their national "
            "Safer Internet Centre.</p>"
            "<h2>What you can do</h2>"
            "<ul>"
            "<li>Write blog posts about what matters to you online.</li>"
            "<li>Join discussions and comment on other people's ideas.</li>"
            "<li>Work through learning modules and use resources made for and by young people.</li>"
            "<li>Take part in online meetings with the youth coordinators of your Safer Internet Centre.</li>"
            "</ul>"
            "<p>Youth accounts use a display name of your choice, so you do not need to show your real name to "
            "other members.</p>"
        ),
        "in_menu": True,
    },
    {
        "slug": "bulletin",
        "title": "BIK Bulletin",
        "intro": (
            "Our quarterly newsletter: a focus article on a topical issue in online life, plus news and features "
            "from young people, industry and the research community."
        ),
        "body_html": (
            "<p>The BIK Bulletin is sent by email four times a year. Every issue is also published here, so you "
            "can read past editions in the archive at any time, whether or not you subscribe.</p>"
            "<h2>In each issue</h2>"
            "<ul>"
            "<li><b>Focus article</b>: a closer look at a trend or challenge in children's and young people's "
            "online lives.</li>"
            "<li><b>Youth</b>: views and activities from young people in the network.</li>"
            "<li><b>Industry</b>: what companies are doing to make their products and services safer and "
            "better for young users.</li>"
            "<li><b>Research</b>: new findings and evidence on children's experiences online.</li>"
            "</ul>"
            "<p>Safer Internet Centres and partners are welcome to suggest stories for a future issue through the "
            "contact page.</p>"
        ),
        "in_menu": True,
    },
    {
        "slug": "safer-internet-day",
        "title": "Safer Internet Day",
        "intro": (
            "Every February, Safer Internet Day brings people in more than 120 countries together to promote a "
            "safer, more responsible use of digital technology, especially among children and young people."
        ),
        "body_html": (
            "<p>Safer Internet Day is organised each year by the Insafe and INHOPE networks, with the support of "
            "Safer Internet Centres, national Safer Internet Day Committees and supporters around the world. "
            "Schools, families, companies, public bodies and young people all take part, from a single classroom "
            "activity to national campaigns.</p>"
            "<h2>Editions and themes</h2>"
            "<p>The date is set by the organisers each year and falls on a Tuesday in early or mid February. Recent "
            "themes include:</p>"
            "<ul>"
            "<li>2015: <i>Let's create a better internet together</i></li>"
            "<li>2016: <i>Play your part for a better internet!</i></li>"
            "<li>2017: <i>Be the change: unite for a better internet</i></li>"
            "<li>2018: <i>Create, connect and share respect: A better internet starts with you</i></li>"
            "<li>Since 2019: <i>Together for a better internet</i></li>"
            "</ul>"
            "<h2>Show what you are doing</h2>"
            "<p>Safer Internet Centres, Safer Internet Day Committees, supporters and international organisations "
            "can showcase the events and actions they run locally, nationally and internationally, so that others "
            "can find them and be inspired. A gallery of resources helps schools celebrate the day in the "
            "classroom.</p>"
        ),
        "in_menu": True,
    },
]

# ---------------------------------------------------------------------------------------------------------------------
# News
# ---------------------------------------------------------------------------------------------------------------------

NEWS_INDEX: dict[str, str] = {
    "title": "News",
    "intro": (
        "Stories from the Better Internet for Kids network: Safer Internet Day, policy developments, new "
        "initiatives from industry and civil society, and the voices of young people."
    ),
}

ARTICLES: list[dict[str, Any]] = [
    {
        "slug": "alliance-to-better-protect-minors-online-first-meeting",
        "title": "Alliance to better protect minors online holds its first meeting",
        "date": datetime.date(2016, 9, 28),
        "intro": (
            "A new alliance of companies and organisations working to protect children online met for the first "
            "time on 27 September 2016, Commissioner Günther Oettinger has announced."
        ),
        "body_html": (
            "<p>The Alliance to better protect minors online met for the first time on 27 September 2016. "
            "European Commissioner Günther Oettinger shared the news in a post on his blog.</p>"
            "<h2>Background</h2>"
            "<p>The alliance builds on the action lines for protecting children online that the European Commission "
            "set out in May 2016, in its proposal to review the Audiovisual Media Services Directive (AVMSD).</p>"
            "<p>Its aim is to bring industry and other stakeholders together to tackle harmful content, harmful "
            "conduct and harmful contact that children and young people may meet online.</p>"
            "<p>We will follow the alliance's work closely and report on its next steps here.</p>"
        ),
    },
    {
        "slug": "commission-welcomes-alliance-safer-internet-day-2017",
        "title": "Commission welcomes new alliance for minors on Safer Internet Day 2017",
        "date": datetime.date(2017, 2, 7),
        "intro": (
            "On Safer Internet Day 2017, the European Commission welcomed a self-regulatory initiative from "
            "companies, broadcasters, NGOs and UNICEF to tackle harmful content, conduct and contact online."
        ),
        "body_html": (
            "<p>Millions of people in 120 countries are marking Safer Internet Day today, 7 February 2017, under "
            "the motto “Be the change: unite for a better internet”. The day was also chosen for the launch "
            "of the Alliance to Better Protect Minors Online.</p>"
            "<h2>Who is involved</h2>"
            "<p>The alliance brings together the European Commission, technology and telecoms companies, "
            "broadcasters, NGOs and UNICEF. The Commission brokered the initiative as part of its Better Internet "
            "for Kids strategy.</p>"
            "<h2>What happens next</h2>"
            "<p>The members' work starts from a statement of purpose published on the day. The technology and "
            "telecoms companies have three months to present their own commitments to improving online "
            "safety.</p>"
            "<p>Andrus Ansip, Vice-President for the Digital Single Market, pointed out that children now start "
            "using the internet ever earlier. He called a safe digital environment for them a shared "
            "responsibility, welcomed the initiative and said he expects a great deal from it.</p>"
            "<p>The Commission first announced this news in its daily news press release on 7 February 2017.</p>"
        ),
    },
    {
        "slug": "safer-internet-day-2017-thank-you",
        "title": "Safer Internet Day 2017: thank you for being the change",
        "date": datetime.date(2017, 2, 14),
        "intro": (
            "The 14th edition of Safer Internet Day, on Tuesday 7 February 2017, asked everyone to unite for a "
            "better internet. Here is a look back at the day."
        ),
        "body_html": (
            "<p>Safer Internet Day 2017, the 14th edition, took place on Tuesday 7 February. Its theme, “Be the "
            "change: unite for a better internet”, invited every stakeholder to join forces for an internet "
            "that is safer and better for everyone, and above all for children and young people.</p>"
            "<p>Millions of people in around 120 countries joined in, through lessons, events and campaigns "
            "organised by Safer Internet Centres, Safer Internet Day Committees and supporters.</p>"
            "<h2>Highlights</h2>"
            "<ul>"
            "<li>The Alliance to Better Protect Minors Online was launched on the day with a statement of "
            "purpose.</li>"
            "<li>Member of the European Parliament Emma McClarkin wrote for the portal about the global response "
            "needed to tackle child sexual abuse imagery online.</li>"
            "</ul>"
            "<p>Thank you to everyone who took part. The theme does not end with the day: uniting for a better "
            "internet is work for the whole year.</p>"
        ),
    },
    {
        "slug": "youth-ambassador-alliance-launch-sid-2017",
        "title": "A Youth Ambassador at the launch of the Alliance to Better Protect Minors Online",
        "date": datetime.date(2017, 3, 6),
        "intro": (
            "Emilia, an Insafe Youth Ambassador from Germany, took part in the high-level meeting of the Alliance "
            "to Better Protect Minors Online on Safer Internet Day 2017, and shares her experience of the day."
        ),
        "body_html": (
            "<p>The Alliance to Better Protect Minors Online, brokered by the European Commission, met on Safer "
            "Internet Day 2017 to launch its statement of purpose. Young people were part of the meeting too.</p>"
            "<p>Emilia from Germany attended as an Insafe Youth Ambassador. In a post for the portal, she describes "
            "the day from her point of view as a young person taking part in a high-level policy discussion.</p>"
            "<h2>Why young voices matter</h2>"
            "<p>Europe has a long tradition of asking young people for their views. Decisions about how online "
            "services protect children work better when the people they are meant to protect take part in "
            "making them.</p>"
            "<p>Young people who want to get involved can join the BIK Youth area or contact the youth panel of "
            "their national Safer Internet Centre.</p>"
        ),
    },
    {
        "slug": "alliance-companies-announce-commitments",
        "title": "22 companies announce their commitments to better protect minors online",
        "date": datetime.date(2017, 6, 7),
        "intro": (
            "Twenty-two leading ICT and media companies in the Alliance to Better Protect Minors Online have "
            "published their individual commitments to a safer and better online environment for children."
        ),
        "body_html": (
            "<p>The 22 ICT and media companies in the Alliance to Better Protect Minors Online have now set out "
            "what they will do, and what they are already doing, to make the online world safer and better for "
            "minors.</p>"
            "<p>The alliance was launched on 7 February 2017, Safer Internet Day, as a self-regulatory initiative "
            "brokered by the European Commission under its Better Internet for Kids strategy. After the statement "
            "of purpose was issued, members were given three months to set out their own commitments.</p>"
            "<h2>Four areas of action</h2>"
            "<ul>"
            "<li>Empowering users.</li>"
            "<li>Sharing best practices.</li>"
            "<li>Scaling up awareness-raising.</li>"
            "<li>Giving children more access to positive, educational and diverse content online.</li>"
            "</ul>"
            "<p>The action plans include taking better account of the particular needs of ever younger users, "
            "doing more to reach parents and families, and working more closely with other stakeholders, "
            "including the Safer Internet Centres of the joint Insafe and INHOPE network.</p>"
            "<p>The announcement and each company's statement are available on the European Commission's Digital "
            "Single Market website.</p>"
        ),
    },
    {
        "slug": "end-violence-partnership-safer-internet-day-2020",
        "title": "End Violence Partnership: every child deserves to be safe online",
        "date": datetime.date(2020, 2, 11),
        "intro": (
            "For Safer Internet Day 2020, the End Violence Partnership is calling for safety by design and for "
            "more investment in tools that find and remove child sexual abuse material."
        ),
        "body_html": (
            "<p>Each day, around 175,000 children go online for the first time. Their experiences are no longer "
            "limited by home, school or national borders, and neither is the reach of people who want to harm "
            "them: an estimated 750,000 individuals are trying to contact children online for sexual purposes at "
            "any one time.</p>"
            "<p>The End Violence Partnership is marking Safer Internet Day by joining the global call for a safer, "
            "better internet for children.</p>"
            "<h2>Solutions from many sectors</h2>"
            "<ul>"
            "<li>Microsoft released Project Artemis in January 2020, a tool that scans text chats to help spot "
            "adults trying to groom and sexually exploit children.</li>"
            "<li>LiveMe, a live-streaming platform and End Violence member, runs a Safety Advocate programme "
            "that teaches users how to flag explicit or harmful material so it can be taken down.</li>"
            "<li>End Violence opened its fourth funding round on online child sexual exploitation at the end of "
            "2019, backing digital technology against abuse.</li>"
            "</ul>"
            "<p>No single organisation can make the internet safe on its own. Brooke Istook, Vice President of "
            "Strategy and Programmes at Thorn, an End Violence grantee, stresses that no one country or body can "
            "solve the problem alone. Technology companies need to put children's safety first, every child and "
            "caregiver needs to understand the risks, and conversations about privacy and encryption must also "
            "consider children.</p>"
            "<p>Universal internet access is expected by 2050 at the latest. To make the most of it, the youngest "
            "and most vulnerable users must be protected too.</p>"
        ),
    },
]

# ---------------------------------------------------------------------------------------------------------------------
# Standard pages (footer links)
# ---------------------------------------------------------------------------------------------------------------------

STANDARD_PAGES: list[dict[str, str]] = [
    {
        "slug": "accessibility",
        "title": "Accessibility statement",
        "intro": (
            "We want everyone to be able to use this site, whatever their abilities, device or assistive "
            "technology. This statement explains what we aim for and how to tell us about a problem."
        ),
        "body_html": (
            "<h2>Our target</h2>"
            "<p>We aim to meet the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA across the public "
            "site, the BIK Community and the BIK Youth area.</p>"
            "<h2>How we test</h2>"
            "<ul>"
            "<li>Automated checks with axe-core run against our pages every time the code changes.</li>"
            "<li>We test by hand using only a keyboard, checking that every link, button and form can be reached "
            "and used, and that focus is always visible.</li>"
            "</ul>"
            "<h2>Known limitations</h2>"
            "<p>We do not yet know of any accessibility problems on the core pages of the site. Documents and "
            "videos uploaded by Safer Internet Centres and partners may not always meet the same standard.</p>"
            "<h2>Report a barrier</h2>"
            "<p>If something on this site is hard or impossible for you to use, please tell us. Email "
            "accessibility@bik.example or use the contact page. Tell us the address of the page, what you were "
            "trying to do and, if you like, the device and assistive technology you use. We will reply and, where "
            "we can, provide the information in another format while we fix the problem.</p>"
        ),
        "role": "accessibility",
    },
    {
        "slug": "privacy",
        "title": "Privacy notice",
        "intro": (
            "We keep as little personal data as we can. This notice explains what we keep, why, and how you "
            "stay in control of it."
        ),
        "body_html": (
            "<h2>What we keep</h2>"
            "<p>You can read the public parts of this site without an account. If you create an account, we keep:</p>"
            "<ul>"
            "<li>your email address, so that you can sign in and receive messages about your account;</li>"
            "<li>your display name, which is shown next to what you post.</li>"
            "</ul>"
            "<p>Blog posts, comments and other contributions you make in the BIK Community or the BIK Youth area "
            "are stored with your account.</p>"
            "<h2>Youth accounts</h2>"
            "<p>Accounts in the BIK Youth area are pseudonymous: you choose a display name, and other members do "
            "not see your real name or email address.</p>"
            "<h2>Cookies and third parties</h2>"
            "<p>We do not use tracking or advertising cookies. The only cookies we set are those needed to keep you "
            "signed in and to protect forms. Your browser makes no requests to third-party services, such as video "
            "platforms, until you have given your consent.</p>"
            "<h2>What we count</h2>"
            "<p>To know which pages, resources and videos are useful, we count page views, downloads of resource "
            "files (per language), video plays and the words searched on this site, and whether the search found "
            "anything. We add them up per day: a row says, for example, that a page was viewed 40 times on 3 March. "
            "We do not set a cookie for this, and we never store your IP address, your browser, the time of your "
            "visit or anything else that could tell one visitor from another. Email addresses and long numbers in "
            "searches are removed before they are counted. If your browser sends Do Not Track or Global Privacy "
            "Control, you are not counted at all.</p>"
            "<h2>Your rights</h2>"
            "<p>You can export your data and delete your account yourself, at any time, from <b>My account</b>. "
            "You also have the right to ask us what data we hold about you, to have it corrected, and to complain "
            "to your national data protection authority.</p>"
            "<h2>Contact</h2>"
            "<p>For any question about your data, write to our data protection officer at dpo@bik.example.</p>"
        ),
        "role": "privacy",
    },
    {
        "slug": "contact",
        "title": "Contact us",
        "intro": (
            "Questions about the platform, suggestions for the BIK Bulletin or trouble with your account? "
            "Here is how to reach the Better Internet for Kids team."
        ),
        "body_html": (
            "<h2>Write to us</h2>"
            "<p>Email: info@bik.example</p>"
            "<p>Post: Better Internet for Kids, Rue de l'Exemple 1, 1000 Brussels, Belgium</p>"
            "<p>We usually answer within a few working days.</p>"
            "<h2>Need help with something that happened online?</h2>"
            "<p>We cannot give individual advice through this address. Your national Safer Internet Centre can: "
            "find its helpline in the directory of centres. To report content that may be illegal, use the "
            "hotline of your country.</p>"
            "<p>If a child is in immediate danger, call the emergency number 112.</p>"
        ),
        "role": "contact",
    },
    {
        "slug": "about",
        "title": "About Better Internet for Kids",
        "intro": (
            "Better Internet for Kids is an open-source platform that helps a network of Safer Internet Centres "
            "share their work with each other and with the public."
        ),
        "body_html": (
            "<p>Children and young people get the most from the internet when they have good content, the skills "
            "to use it well, and support when something goes wrong. Safer Internet Centres work on all three in "
            "their own countries. This platform connects them.</p>"
            "<h2>Our aims</h2>"
            "<ul>"
            "<li>Give children and young people more access to high-quality content.</li>"
            "<li>Raise awareness and help young people, parents and teachers to act with confidence.</li>"
            "<li>Create a safer environment for children online.</li>"
            "<li>Support the fight against child sexual abuse and exploitation online.</li>"
            "</ul>"
            "<h2>How the network works</h2>"
            "<p>A Safer Internet Centre usually combines an awareness centre, a helpline, a hotline and a youth "
            "panel. The awareness and helpline work is coordinated through the Insafe network, and the hotlines "
            "are members of INHOPE, the International Association of Internet Hotlines.</p>"
            "<h2>Open source</h2>"
            "<p>The software behind this site is free and open source, published under the European Union Public "
            "Licence (EUPL 1.2), so that other networks can use and improve it.</p>"
            "<p>This is a demonstration site. The centres and contact details shown here are fictional.</p>"
        ),
        "role": "about",
    },
]

# ---------------------------------------------------------------------------------------------------------------------
# Safer Internet Centres (one per country of the 2016 network; all contact details are fictional)
# ---------------------------------------------------------------------------------------------------------------------

CENTRES: list[dict[str, Any]] = [
    {
        "iso2": "IS",
        "name": "Safer Internet Centre Iceland",
        "website": "https://saferinternet-is.example/",
        "summary": (
            "Safer Internet Centre Iceland brings awareness raising, a helpline, a hotline and a youth "
            "panel together for children, parents and teachers, working in Icelandic."
        ),
        "services": [
            {
                "strand": "awareness",
                "organisation": "Safer Internet Centre Iceland Awareness Centre",
                "website": "https://saferinternet-is.example/awareness/",
                "phone": "+354 500 0001",
                "email": "awareness@saferinternet-is.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "helpline",
                "organisation": "Safer Internet Centre Iceland Helpline",
                "website": "https://helpline.saferinternet-is.example/",
                "phone": "+354 500 0002",
                "email": "helpline@saferinternet-is.example",
                "chat_url": "https://chat.saferinternet-is.example/",
                "report_url": "",
                "opening_hours": "Monday to Friday, 9:00\u201318:00",
            },
            {
                "strand": "hotline",
                "organisation": "Safer Internet Centre Iceland Hotline",
                "website": "https://hotline.saferinternet-is.example/",
                "phone": "+354 500 0003",
                "email": "hotline@saferinternet-is.example",
                "chat_url": "",
                "report_url": "https://report.saferinternet-is.example/",
                "opening_hours": "Online reporting at any time; reports reviewed Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "youth",
                "organisation": "Safer Internet Centre Iceland Youth Panel",
                "website": "https://saferinternet-is.example/youth/",
                "phone": "+354 500 0004",
                "email": "youth@saferinternet-is.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Email answered Monday to Friday, 9:00\u201317:00",
            },
        ],
    },
    {
        "iso2": "IE",
        "name": "Safer Internet Centre Ireland",
        "website": "https://saferinternet-ie.example/",
        "summary": (
            "Safer Internet Centre Ireland supports children, parents and schools with resources, a "
            "confidential helpline and a reporting hotline, in English and Irish."
        ),
        "services": [
            {
                "strand": "awareness",
                "organisation": "Safer Internet Centre Ireland Awareness Centre",
                "website": "https://saferinternet-ie.example/awareness/",
                "phone": "+353 1 000 0001",
                "email": "awareness@saferinternet-ie.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "helpline",
                "organisation": "Safer Internet Centre Ireland Helpline",
                "website": "https://helpline.saferinternet-ie.example/",
                "phone": "+353 1 000 0002",
                "email": "helpline@saferinternet-ie.example",
                "chat_url": "https://chat.saferinternet-ie.example/",
                "report_url": "",
                "opening_hours": "Monday to Friday, 10:00\u201320:00; Saturday, 10:00\u201314:00",
            },
            {
                "strand": "hotline",
                "organisation": "Safer Internet Centre Ireland Hotline",
                "website": "https://hotline.saferinternet-ie.example/",
                "phone": "+353 1 000 0003",
                "email": "hotline@saferinternet-ie.example",
                "chat_url": "",
                "report_url": "https://report.saferinternet-ie.example/",
                "opening_hours": "Online reporting at any time; reports reviewed Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "youth",
                "organisation": "Safer Internet Centre Ireland Youth Panel",
                "website": "https://saferinternet-ie.example/youth/",
                "phone": "+353 1 000 0004",
                "email": "youth@saferinternet-ie.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Email answered Monday to Friday, 9:00\u201317:00",
            },
        ],
    },
    {
        "iso2": "GB",
        "name": "Safer Internet Centre United Kingdom",
        "website": "https://saferinternet-gb.example/",
        "summary": (
            "Safer Internet Centre United Kingdom helps young people, families and professionals across the "
            "four nations to use the internet safely, in English and Welsh."
        ),
        "services": [
            {
                "strand": "awareness",
                "organisation": "Safer Internet Centre United Kingdom Awareness Centre",
                "website": "https://saferinternet-gb.example/awareness/",
                "phone": "+44 20 0000 0001",
                "email": "awareness@saferinternet-gb.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "helpline",
                "organisation": "Safer Internet Centre United Kingdom Helpline",
                "website": "https://helpline.saferinternet-gb.example/",
                "phone": "+44 20 0000 0002",
                "email": "helpline@saferinternet-gb.example",
                "chat_url": "https://chat.saferinternet-gb.example/",
                "report_url": "",
                "opening_hours": "Every day, 14:00\u201322:00",
            },
            {
                "strand": "hotline",
                "organisation": "Safer Internet Centre United Kingdom Hotline",
                "website": "https://hotline.saferinternet-gb.example/",
                "phone": "+44 20 0000 0003",
                "email": "hotline@saferinternet-gb.example",
                "chat_url": "",
                "report_url": "https://report.saferinternet-gb.example/",
                "opening_hours": "Online reporting at any time; reports reviewed Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "youth",
                "organisation": "Safer Internet Centre United Kingdom Youth Panel",
                "website": "https://saferinternet-gb.example/youth/",
                "phone": "+44 20 0000 0004",
                "email": "youth@saferinternet-gb.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Email answered Monday to Friday, 9:00\u201317:00",
            },
        ],
    },
    {
        "iso2": "FR",
        "name": "Safer Internet Centre France",
        "website": "https://saferinternet-fr.example/",
        "summary": (
            "Safer Internet Centre France offers school workshops, a listening line for young people and "
            "parents and a hotline for reporting illegal content, in French."
        ),
        "services": [
            {
                "strand": "awareness",
                "organisation": "Safer Internet Centre France Awareness Centre",
                "website": "https://saferinternet-fr.example/awareness/",
                "phone": "+33 1 00 00 00 01",
                "email": "awareness@saferinternet-fr.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "helpline",
                "organisation": "Safer Internet Centre France Helpline",
                "website": "https://helpline.saferinternet-fr.example/",
                "phone": "+33 1 00 00 00 02",
                "email": "helpline@saferinternet-fr.example",
                "chat_url": "https://chat.saferinternet-fr.example/",
                "report_url": "",
                "opening_hours": "Monday to Friday, 8:00\u201319:00",
            },
            {
                "strand": "hotline",
                "organisation": "Safer Internet Centre France Hotline",
                "website": "https://hotline.saferinternet-fr.example/",
                "phone": "+33 1 00 00 00 03",
                "email": "hotline@saferinternet-fr.example",
                "chat_url": "",
                "report_url": "https://report.saferinternet-fr.example/",
                "opening_hours": "Online reporting at any time; reports reviewed Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "youth",
                "organisation": "Safer Internet Centre France Youth Panel",
                "website": "https://saferinternet-fr.example/youth/",
                "phone": "+33 1 00 00 00 04",
                "email": "youth@saferinternet-fr.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Email answered Monday to Friday, 9:00\u201317:00",
            },
        ],
    },
    {
        "iso2": "PT",
        "name": "Safer Internet Centre Portugal",
        "website": "https://saferinternet-pt.example/",
        "summary": (
            "Safer Internet Centre Portugal works with schools, families and young digital leaders to "
            "promote a safer and better internet, in Portuguese."
        ),
        "services": [
            {
                "strand": "awareness",
                "organisation": "Safer Internet Centre Portugal Awareness Centre",
                "website": "https://saferinternet-pt.example/awareness/",
                "phone": "+351 21 000 0001",
                "email": "awareness@saferinternet-pt.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "helpline",
                "organisation": "Safer Internet Centre Portugal Helpline",
                "website": "https://helpline.saferinternet-pt.example/",
                "phone": "+351 21 000 0002",
                "email": "helpline@saferinternet-pt.example",
                "chat_url": "https://chat.saferinternet-pt.example/",
                "report_url": "",
                "opening_hours": "Monday to Friday, 9:00\u201318:00",
            },
            {
                "strand": "hotline",
                "organisation": "Safer Internet Centre Portugal Hotline",
                "website": "https://hotline.saferinternet-pt.example/",
                "phone": "+351 21 000 0003",
                "email": "hotline@saferinternet-pt.example",
                "chat_url": "",
                "report_url": "https://report.saferinternet-pt.example/",
                "opening_hours": "Online reporting at any time; reports reviewed Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "youth",
                "organisation": "Safer Internet Centre Portugal Youth Panel",
                "website": "https://saferinternet-pt.example/youth/",
                "phone": "+351 21 000 0004",
                "email": "youth@saferinternet-pt.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Email answered Monday to Friday, 9:00\u201317:00",
            },
        ],
    },
    {
        "iso2": "MT",
        "name": "Safer Internet Centre Malta",
        "website": "https://saferinternet-mt.example/",
        "summary": (
            "Safer Internet Centre Malta runs awareness sessions, a support line and a reporting hotline "
            "for children and families, in Maltese and English."
        ),
        "services": [
            {
                "strand": "awareness",
                "organisation": "Safer Internet Centre Malta Awareness Centre",
                "website": "https://saferinternet-mt.example/awareness/",
                "phone": "+356 2100 0001",
                "email": "awareness@saferinternet-mt.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "helpline",
                "organisation": "Safer Internet Centre Malta Helpline",
                "website": "https://helpline.saferinternet-mt.example/",
                "phone": "+356 2100 0002",
                "email": "helpline@saferinternet-mt.example",
                "chat_url": "https://chat.saferinternet-mt.example/",
                "report_url": "",
                "opening_hours": "Monday to Friday, 10:00\u201320:00; Saturday, 10:00\u201314:00",
            },
            {
                "strand": "hotline",
                "organisation": "Safer Internet Centre Malta Hotline",
                "website": "https://hotline.saferinternet-mt.example/",
                "phone": "+356 2100 0003",
                "email": "hotline@saferinternet-mt.example",
                "chat_url": "",
                "report_url": "https://report.saferinternet-mt.example/",
                "opening_hours": "Online reporting at any time; reports reviewed Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "youth",
                "organisation": "Safer Internet Centre Malta Youth Panel",
                "website": "https://saferinternet-mt.example/youth/",
                "phone": "+356 2100 0004",
                "email": "youth@saferinternet-mt.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Email answered Monday to Friday, 9:00\u201317:00",
            },
        ],
    },
    {
        "iso2": "IT",
        "name": "Safer Internet Centre Italy",
        "website": "https://saferinternet-it.example/",
        "summary": (
            "Safer Internet Centre Italy connects teachers, parents and students with advice, training and "
            "support on online safety, in Italian."
        ),
        "services": [
            {
                "strand": "awareness",
                "organisation": "Safer Internet Centre Italy Awareness Centre",
                "website": "https://saferinternet-it.example/awareness/",
                "phone": "+39 06 0000 0001",
                "email": "awareness@saferinternet-it.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "helpline",
                "organisation": "Safer Internet Centre Italy Helpline",
                "website": "https://helpline.saferinternet-it.example/",
                "phone": "+39 06 0000 0002",
                "email": "helpline@saferinternet-it.example",
                "chat_url": "https://chat.saferinternet-it.example/",
                "report_url": "",
                "opening_hours": "Every day, 14:00\u201322:00",
            },
            {
                "strand": "hotline",
                "organisation": "Safer Internet Centre Italy Hotline",
                "website": "https://hotline.saferinternet-it.example/",
                "phone": "+39 06 0000 0003",
                "email": "hotline@saferinternet-it.example",
                "chat_url": "",
                "report_url": "https://report.saferinternet-it.example/",
                "opening_hours": "Online reporting at any time; reports reviewed Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "youth",
                "organisation": "Safer Internet Centre Italy Youth Panel",
                "website": "https://saferinternet-it.example/youth/",
                "phone": "+39 06 0000 0004",
                "email": "youth@saferinternet-it.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Email answered Monday to Friday, 9:00\u201317:00",
            },
        ],
    },
    {
        "iso2": "DE",
        "name": "Safer Internet Centre Germany",
        "website": "https://saferinternet-de.example/",
        "summary": (
            "Safer Internet Centre Germany combines media literacy resources, peer advice for young people "
            "and a hotline for illegal content, in German."
        ),
        "services": [
            {
                "strand": "awareness",
                "organisation": "Safer Internet Centre Germany Awareness Centre",
                "website": "https://saferinternet-de.example/awareness/",
                "phone": "+49 30 0000 0001",
                "email": "awareness@saferinternet-de.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "helpline",
                "organisation": "Safer Internet Centre Germany Helpline",
                "website": "https://helpline.saferinternet-de.example/",
                "phone": "+49 30 0000 0002",
                "email": "helpline@saferinternet-de.example",
                "chat_url": "https://chat.saferinternet-de.example/",
                "report_url": "",
                "opening_hours": "Monday to Friday, 8:00\u201319:00",
            },
            {
                "strand": "hotline",
                "organisation": "Safer Internet Centre Germany Hotline",
                "website": "https://hotline.saferinternet-de.example/",
                "phone": "+49 30 0000 0003",
                "email": "hotline@saferinternet-de.example",
                "chat_url": "",
                "report_url": "https://report.saferinternet-de.example/",
                "opening_hours": "Online reporting at any time; reports reviewed Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "youth",
                "organisation": "Safer Internet Centre Germany Youth Panel",
                "website": "https://saferinternet-de.example/youth/",
                "phone": "+49 30 0000 0004",
                "email": "youth@saferinternet-de.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Email answered Monday to Friday, 9:00\u201317:00",
            },
        ],
    },
    {
        "iso2": "PL",
        "name": "Safer Internet Centre Poland",
        "website": "https://saferinternet-pl.example/",
        "summary": (
            "Safer Internet Centre Poland helps children, parents and educators deal with online risks "
            "through training, a helpline and a hotline, in Polish."
        ),
        "services": [
            {
                "strand": "awareness",
                "organisation": "Safer Internet Centre Poland Awareness Centre",
                "website": "https://saferinternet-pl.example/awareness/",
                "phone": "+48 22 000 00 01",
                "email": "awareness@saferinternet-pl.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "helpline",
                "organisation": "Safer Internet Centre Poland Helpline",
                "website": "https://helpline.saferinternet-pl.example/",
                "phone": "+48 22 000 00 02",
                "email": "helpline@saferinternet-pl.example",
                "chat_url": "https://chat.saferinternet-pl.example/",
                "report_url": "",
                "opening_hours": "Monday to Friday, 9:00\u201318:00",
            },
            {
                "strand": "hotline",
                "organisation": "Safer Internet Centre Poland Hotline",
                "website": "https://hotline.saferinternet-pl.example/",
                "phone": "+48 22 000 00 03",
                "email": "hotline@saferinternet-pl.example",
                "chat_url": "",
                "report_url": "https://report.saferinternet-pl.example/",
                "opening_hours": "Online reporting at any time; reports reviewed Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "youth",
                "organisation": "Safer Internet Centre Poland Youth Panel",
                "website": "https://saferinternet-pl.example/youth/",
                "phone": "+48 22 000 00 04",
                "email": "youth@saferinternet-pl.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Email answered Monday to Friday, 9:00\u201317:00",
            },
        ],
    },
    {
        "iso2": "DK",
        "name": "Safer Internet Centre Denmark",
        "website": "https://saferinternet-dk.example/",
        "summary": (
            "Safer Internet Centre Denmark gives children, parents and schools practical advice on digital "
            "life and a place to report illegal material, in Danish."
        ),
        "services": [
            {
                "strand": "awareness",
                "organisation": "Safer Internet Centre Denmark Awareness Centre",
                "website": "https://saferinternet-dk.example/awareness/",
                "phone": "+45 30 00 00 01",
                "email": "awareness@saferinternet-dk.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "helpline",
                "organisation": "Safer Internet Centre Denmark Helpline",
                "website": "https://helpline.saferinternet-dk.example/",
                "phone": "+45 30 00 00 02",
                "email": "helpline@saferinternet-dk.example",
                "chat_url": "https://chat.saferinternet-dk.example/",
                "report_url": "",
                "opening_hours": "Monday to Friday, 10:00\u201320:00; Saturday, 10:00\u201314:00",
            },
            {
                "strand": "hotline",
                "organisation": "Safer Internet Centre Denmark Hotline",
                "website": "https://hotline.saferinternet-dk.example/",
                "phone": "+45 30 00 00 03",
                "email": "hotline@saferinternet-dk.example",
                "chat_url": "",
                "report_url": "https://report.saferinternet-dk.example/",
                "opening_hours": "Online reporting at any time; reports reviewed Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "youth",
                "organisation": "Safer Internet Centre Denmark Youth Panel",
                "website": "https://saferinternet-dk.example/youth/",
                "phone": "+45 30 00 00 04",
                "email": "youth@saferinternet-dk.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Email answered Monday to Friday, 9:00\u201317:00",
            },
        ],
    },
    {
        "iso2": "NL",
        "name": "Safer Internet Centre Netherlands",
        "website": "https://saferinternet-nl.example/",
        "summary": (
            "Safer Internet Centre Netherlands supports young people, parents and teachers with "
            "information, confidential help and online reporting, in Dutch."
        ),
        "services": [
            {
                "strand": "awareness",
                "organisation": "Safer Internet Centre Netherlands Awareness Centre",
                "website": "https://saferinternet-nl.example/awareness/",
                "phone": "+31 20 000 0001",
                "email": "awareness@saferinternet-nl.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "helpline",
                "organisation": "Safer Internet Centre Netherlands Helpline",
                "website": "https://helpline.saferinternet-nl.example/",
                "phone": "+31 20 000 0002",
                "email": "helpline@saferinternet-nl.example",
                "chat_url": "https://chat.saferinternet-nl.example/",
                "report_url": "",
                "opening_hours": "Every day, 14:00\u201322:00",
            },
            {
                "strand": "hotline",
                "organisation": "Safer Internet Centre Netherlands Hotline",
                "website": "https://hotline.saferinternet-nl.example/",
                "phone": "+31 20 000 0003",
                "email": "hotline@saferinternet-nl.example",
                "chat_url": "",
                "report_url": "https://report.saferinternet-nl.example/",
                "opening_hours": "Online reporting at any time; reports reviewed Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "youth",
                "organisation": "Safer Internet Centre Netherlands Youth Panel",
                "website": "https://saferinternet-nl.example/youth/",
                "phone": "+31 20 000 0004",
                "email": "youth@saferinternet-nl.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Email answered Monday to Friday, 9:00\u201317:00",
            },
        ],
    },
    {
        "iso2": "BE",
        "name": "Safer Internet Centre Belgium",
        "website": "https://saferinternet-be.example/",
        "summary": (
            "Safer Internet Centre Belgium serves the country's language communities with awareness "
            "campaigns, a helpline and a hotline, in Dutch, French and German."
        ),
        "services": [
            {
                "strand": "awareness",
                "organisation": "Safer Internet Centre Belgium Awareness Centre",
                "website": "https://saferinternet-be.example/awareness/",
                "phone": "+32 2 000 00 01",
                "email": "awareness@saferinternet-be.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "helpline",
                "organisation": "Safer Internet Centre Belgium Helpline",
                "website": "https://helpline.saferinternet-be.example/",
                "phone": "+32 2 000 00 02",
                "email": "helpline@saferinternet-be.example",
                "chat_url": "https://chat.saferinternet-be.example/",
                "report_url": "",
                "opening_hours": "Monday to Friday, 8:00\u201319:00",
            },
            {
                "strand": "hotline",
                "organisation": "Safer Internet Centre Belgium Hotline",
                "website": "https://hotline.saferinternet-be.example/",
                "phone": "+32 2 000 00 03",
                "email": "hotline@saferinternet-be.example",
                "chat_url": "",
                "report_url": "https://report.saferinternet-be.example/",
                "opening_hours": "Online reporting at any time; reports reviewed Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "youth",
                "organisation": "Safer Internet Centre Belgium Youth Panel",
                "website": "https://saferinternet-be.example/youth/",
                "phone": "+32 2 000 00 04",
                "email": "youth@saferinternet-be.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Email answered Monday to Friday, 9:00\u201317:00",
            },
        ],
    },
    {
        "iso2": "FI",
        "name": "Safer Internet Centre Finland",
        "website": "https://saferinternet-fi.example/",
        "summary": (
            "Safer Internet Centre Finland promotes media literacy and online wellbeing for children and "
            "families and runs a reporting hotline, in Finnish and Swedish."
        ),
        "services": [
            {
                "strand": "awareness",
                "organisation": "Safer Internet Centre Finland Awareness Centre",
                "website": "https://saferinternet-fi.example/awareness/",
                "phone": "+358 9 0000 0001",
                "email": "awareness@saferinternet-fi.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "helpline",
                "organisation": "Safer Internet Centre Finland Helpline",
                "website": "https://helpline.saferinternet-fi.example/",
                "phone": "+358 9 0000 0002",
                "email": "helpline@saferinternet-fi.example",
                "chat_url": "https://chat.saferinternet-fi.example/",
                "report_url": "",
                "opening_hours": "Monday to Friday, 9:00\u201318:00",
            },
            {
                "strand": "hotline",
                "organisation": "Safer Internet Centre Finland Hotline",
                "website": "https://hotline.saferinternet-fi.example/",
                "phone": "+358 9 0000 0003",
                "email": "hotline@saferinternet-fi.example",
                "chat_url": "",
                "report_url": "https://report.saferinternet-fi.example/",
                "opening_hours": "Online reporting at any time; reports reviewed Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "youth",
                "organisation": "Safer Internet Centre Finland Youth Panel",
                "website": "https://saferinternet-fi.example/youth/",
                "phone": "+358 9 0000 0004",
                "email": "youth@saferinternet-fi.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Email answered Monday to Friday, 9:00\u201317:00",
            },
        ],
    },
    {
        "iso2": "SE",
        "name": "Safer Internet Centre Sweden",
        "website": "https://saferinternet-se.example/",
        "summary": (
            "Safer Internet Centre Sweden develops learning materials for schools and libraries and offers "
            "support to young people who need help online, in Swedish."
        ),
        "services": [
            {
                "strand": "awareness",
                "organisation": "Safer Internet Centre Sweden Awareness Centre",
                "website": "https://saferinternet-se.example/awareness/",
                "phone": "+46 8 000 000 01",
                "email": "awareness@saferinternet-se.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "helpline",
                "organisation": "Safer Internet Centre Sweden Helpline",
                "website": "https://helpline.saferinternet-se.example/",
                "phone": "+46 8 000 000 02",
                "email": "helpline@saferinternet-se.example",
                "chat_url": "https://chat.saferinternet-se.example/",
                "report_url": "",
                "opening_hours": "Monday to Friday, 10:00\u201320:00; Saturday, 10:00\u201314:00",
            },
            {
                "strand": "hotline",
                "organisation": "Safer Internet Centre Sweden Hotline",
                "website": "https://hotline.saferinternet-se.example/",
                "phone": "+46 8 000 000 03",
                "email": "hotline@saferinternet-se.example",
                "chat_url": "",
                "report_url": "https://report.saferinternet-se.example/",
                "opening_hours": "Online reporting at any time; reports reviewed Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "youth",
                "organisation": "Safer Internet Centre Sweden Youth Panel",
                "website": "https://saferinternet-se.example/youth/",
                "phone": "+46 8 000 000 04",
                "email": "youth@saferinternet-se.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Email answered Monday to Friday, 9:00\u201317:00",
            },
        ],
    },
    {
        "iso2": "NO",
        "name": "Safer Internet Centre Norway",
        "website": "https://saferinternet-no.example/",
        "summary": (
            "Safer Internet Centre Norway helps children, parents and teachers make the most of the "
            "internet while staying safe, in Norwegian."
        ),
        "services": [
            {
                "strand": "awareness",
                "organisation": "Safer Internet Centre Norway Awareness Centre",
                "website": "https://saferinternet-no.example/awareness/",
                "phone": "+47 20 00 00 01",
                "email": "awareness@saferinternet-no.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "helpline",
                "organisation": "Safer Internet Centre Norway Helpline",
                "website": "https://helpline.saferinternet-no.example/",
                "phone": "+47 20 00 00 02",
                "email": "helpline@saferinternet-no.example",
                "chat_url": "https://chat.saferinternet-no.example/",
                "report_url": "",
                "opening_hours": "Every day, 14:00\u201322:00",
            },
            {
                "strand": "hotline",
                "organisation": "Safer Internet Centre Norway Hotline",
                "website": "https://hotline.saferinternet-no.example/",
                "phone": "+47 20 00 00 03",
                "email": "hotline@saferinternet-no.example",
                "chat_url": "",
                "report_url": "https://report.saferinternet-no.example/",
                "opening_hours": "Online reporting at any time; reports reviewed Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "youth",
                "organisation": "Safer Internet Centre Norway Youth Panel",
                "website": "https://saferinternet-no.example/youth/",
                "phone": "+47 20 00 00 04",
                "email": "youth@saferinternet-no.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Email answered Monday to Friday, 9:00\u201317:00",
            },
        ],
    },
    {
        "iso2": "LU",
        "name": "Safer Internet Centre Luxembourg",
        "website": "https://saferinternet-lu.example/",
        "summary": (
            "Safer Internet Centre Luxembourg offers training, a helpline and a hotline for a multilingual "
            "public, in Luxembourgish, French and German."
        ),
        "services": [
            {
                "strand": "awareness",
                "organisation": "Safer Internet Centre Luxembourg Awareness Centre",
                "website": "https://saferinternet-lu.example/awareness/",
                "phone": "+352 20 00 00 01",
                "email": "awareness@saferinternet-lu.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "helpline",
                "organisation": "Safer Internet Centre Luxembourg Helpline",
                "website": "https://helpline.saferinternet-lu.example/",
                "phone": "+352 20 00 00 02",
                "email": "helpline@saferinternet-lu.example",
                "chat_url": "https://chat.saferinternet-lu.example/",
                "report_url": "",
                "opening_hours": "Monday to Friday, 8:00\u201319:00",
            },
            {
                "strand": "hotline",
                "organisation": "Safer Internet Centre Luxembourg Hotline",
                "website": "https://hotline.saferinternet-lu.example/",
                "phone": "+352 20 00 00 03",
                "email": "hotline@saferinternet-lu.example",
                "chat_url": "",
                "report_url": "https://report.saferinternet-lu.example/",
                "opening_hours": "Online reporting at any time; reports reviewed Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "youth",
                "organisation": "Safer Internet Centre Luxembourg Youth Panel",
                "website": "https://saferinternet-lu.example/youth/",
                "phone": "+352 20 00 00 04",
                "email": "youth@saferinternet-lu.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Email answered Monday to Friday, 9:00\u201317:00",
            },
        ],
    },
    {
        "iso2": "RU",
        "name": "Safer Internet Centre Russia",
        "website": "https://saferinternet-ru.example/",
        "summary": (
            "Safer Internet Centre Russia provides awareness activities, a helpline for children and "
            "parents and a hotline for reporting illegal content, in Russian."
        ),
        "services": [
            {
                "strand": "awareness",
                "organisation": "Safer Internet Centre Russia Awareness Centre",
                "website": "https://saferinternet-ru.example/awareness/",
                "phone": "+7 495 000-00-01",
                "email": "awareness@saferinternet-ru.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "helpline",
                "organisation": "Safer Internet Centre Russia Helpline",
                "website": "https://helpline.saferinternet-ru.example/",
                "phone": "+7 495 000-00-02",
                "email": "helpline@saferinternet-ru.example",
                "chat_url": "https://chat.saferinternet-ru.example/",
                "report_url": "",
                "opening_hours": "Monday to Friday, 9:00\u201318:00",
            },
            {
                "strand": "hotline",
                "organisation": "Safer Internet Centre Russia Hotline",
                "website": "https://hotline.saferinternet-ru.example/",
                "phone": "+7 495 000-00-03",
                "email": "hotline@saferinternet-ru.example",
                "chat_url": "",
                "report_url": "https://report.saferinternet-ru.example/",
                "opening_hours": "Online reporting at any time; reports reviewed Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "youth",
                "organisation": "Safer Internet Centre Russia Youth Panel",
                "website": "https://saferinternet-ru.example/youth/",
                "phone": "+7 495 000-00-04",
                "email": "youth@saferinternet-ru.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Email answered Monday to Friday, 9:00\u201317:00",
            },
        ],
    },
    {
        "iso2": "EE",
        "name": "Safer Internet Centre Estonia",
        "website": "https://saferinternet-ee.example/",
        "summary": (
            "Safer Internet Centre Estonia supports children, parents and schools with resources, "
            "counselling and online reporting, in Estonian and Russian."
        ),
        "services": [
            {
                "strand": "awareness",
                "organisation": "Safer Internet Centre Estonia Awareness Centre",
                "website": "https://saferinternet-ee.example/awareness/",
                "phone": "+372 600 0001",
                "email": "awareness@saferinternet-ee.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "helpline",
                "organisation": "Safer Internet Centre Estonia Helpline",
                "website": "https://helpline.saferinternet-ee.example/",
                "phone": "+372 600 0002",
                "email": "helpline@saferinternet-ee.example",
                "chat_url": "https://chat.saferinternet-ee.example/",
                "report_url": "",
                "opening_hours": "Monday to Friday, 10:00\u201320:00; Saturday, 10:00\u201314:00",
            },
            {
                "strand": "hotline",
                "organisation": "Safer Internet Centre Estonia Hotline",
                "website": "https://hotline.saferinternet-ee.example/",
                "phone": "+372 600 0003",
                "email": "hotline@saferinternet-ee.example",
                "chat_url": "",
                "report_url": "https://report.saferinternet-ee.example/",
                "opening_hours": "Online reporting at any time; reports reviewed Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "youth",
                "organisation": "Safer Internet Centre Estonia Youth Panel",
                "website": "https://saferinternet-ee.example/youth/",
                "phone": "+372 600 0004",
                "email": "youth@saferinternet-ee.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Email answered Monday to Friday, 9:00\u201317:00",
            },
        ],
    },
    {
        "iso2": "LV",
        "name": "Safer Internet Centre Latvia",
        "website": "https://saferinternet-lv.example/",
        "summary": (
            "Safer Internet Centre Latvia runs awareness campaigns, a helpline and a hotline for children, "
            "families and teachers, in Latvian."
        ),
        "services": [
            {
                "strand": "awareness",
                "organisation": "Safer Internet Centre Latvia Awareness Centre",
                "website": "https://saferinternet-lv.example/awareness/",
                "phone": "+371 6000 0001",
                "email": "awareness@saferinternet-lv.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "helpline",
                "organisation": "Safer Internet Centre Latvia Helpline",
                "website": "https://helpline.saferinternet-lv.example/",
                "phone": "+371 6000 0002",
                "email": "helpline@saferinternet-lv.example",
                "chat_url": "https://chat.saferinternet-lv.example/",
                "report_url": "",
                "opening_hours": "Every day, 14:00\u201322:00",
            },
            {
                "strand": "hotline",
                "organisation": "Safer Internet Centre Latvia Hotline",
                "website": "https://hotline.saferinternet-lv.example/",
                "phone": "+371 6000 0003",
                "email": "hotline@saferinternet-lv.example",
                "chat_url": "",
                "report_url": "https://report.saferinternet-lv.example/",
                "opening_hours": "Online reporting at any time; reports reviewed Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "youth",
                "organisation": "Safer Internet Centre Latvia Youth Panel",
                "website": "https://saferinternet-lv.example/youth/",
                "phone": "+371 6000 0004",
                "email": "youth@saferinternet-lv.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Email answered Monday to Friday, 9:00\u201317:00",
            },
        ],
    },
    {
        "iso2": "LT",
        "name": "Safer Internet Centre Lithuania",
        "website": "https://saferinternet-lt.example/",
        "summary": (
            "Safer Internet Centre Lithuania helps young people, parents and educators to recognise and "
            "respond to online risks, in Lithuanian."
        ),
        "services": [
            {
                "strand": "awareness",
                "organisation": "Safer Internet Centre Lithuania Awareness Centre",
                "website": "https://saferinternet-lt.example/awareness/",
                "phone": "+370 5 000 0001",
                "email": "awareness@saferinternet-lt.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "helpline",
                "organisation": "Safer Internet Centre Lithuania Helpline",
                "website": "https://helpline.saferinternet-lt.example/",
                "phone": "+370 5 000 0002",
                "email": "helpline@saferinternet-lt.example",
                "chat_url": "https://chat.saferinternet-lt.example/",
                "report_url": "",
                "opening_hours": "Monday to Friday, 8:00\u201319:00",
            },
            {
                "strand": "hotline",
                "organisation": "Safer Internet Centre Lithuania Hotline",
                "website": "https://hotline.saferinternet-lt.example/",
                "phone": "+370 5 000 0003",
                "email": "hotline@saferinternet-lt.example",
                "chat_url": "",
                "report_url": "https://report.saferinternet-lt.example/",
                "opening_hours": "Online reporting at any time; reports reviewed Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "youth",
                "organisation": "Safer Internet Centre Lithuania Youth Panel",
                "website": "https://saferinternet-lt.example/youth/",
                "phone": "+370 5 000 0004",
                "email": "youth@saferinternet-lt.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Email answered Monday to Friday, 9:00\u201317:00",
            },
        ],
    },
    {
        "iso2": "CY",
        "name": "Safer Internet Centre Cyprus",
        "website": "https://saferinternet-cy.example/",
        "summary": (
            "Safer Internet Centre Cyprus works with schools and families on online safety and offers a "
            "helpline and a reporting hotline, in Greek and English."
        ),
        "services": [
            {
                "strand": "awareness",
                "organisation": "Safer Internet Centre Cyprus Awareness Centre",
                "website": "https://saferinternet-cy.example/awareness/",
                "phone": "+357 22 000001",
                "email": "awareness@saferinternet-cy.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "helpline",
                "organisation": "Safer Internet Centre Cyprus Helpline",
                "website": "https://helpline.saferinternet-cy.example/",
                "phone": "+357 22 000002",
                "email": "helpline@saferinternet-cy.example",
                "chat_url": "https://chat.saferinternet-cy.example/",
                "report_url": "",
                "opening_hours": "Monday to Friday, 9:00\u201318:00",
            },
            {
                "strand": "hotline",
                "organisation": "Safer Internet Centre Cyprus Hotline",
                "website": "https://hotline.saferinternet-cy.example/",
                "phone": "+357 22 000003",
                "email": "hotline@saferinternet-cy.example",
                "chat_url": "",
                "report_url": "https://report.saferinternet-cy.example/",
                "opening_hours": "Online reporting at any time; reports reviewed Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "youth",
                "organisation": "Safer Internet Centre Cyprus Youth Panel",
                "website": "https://saferinternet-cy.example/youth/",
                "phone": "+357 22 000004",
                "email": "youth@saferinternet-cy.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Email answered Monday to Friday, 9:00\u201317:00",
            },
        ],
    },
    {
        "iso2": "BG",
        "name": "Safer Internet Centre Bulgaria",
        "website": "https://saferinternet-bg.example/",
        "summary": (
            "Safer Internet Centre Bulgaria trains young digital leaders and gives children and parents "
            "advice and a place to report harmful content, in Bulgarian."
        ),
        "services": [
            {
                "strand": "awareness",
                "organisation": "Safer Internet Centre Bulgaria Awareness Centre",
                "website": "https://saferinternet-bg.example/awareness/",
                "phone": "+359 2 000 0001",
                "email": "awareness@saferinternet-bg.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "helpline",
                "organisation": "Safer Internet Centre Bulgaria Helpline",
                "website": "https://helpline.saferinternet-bg.example/",
                "phone": "+359 2 000 0002",
                "email": "helpline@saferinternet-bg.example",
                "chat_url": "https://chat.saferinternet-bg.example/",
                "report_url": "",
                "opening_hours": "Monday to Friday, 10:00\u201320:00; Saturday, 10:00\u201314:00",
            },
            {
                "strand": "hotline",
                "organisation": "Safer Internet Centre Bulgaria Hotline",
                "website": "https://hotline.saferinternet-bg.example/",
                "phone": "+359 2 000 0003",
                "email": "hotline@saferinternet-bg.example",
                "chat_url": "",
                "report_url": "https://report.saferinternet-bg.example/",
                "opening_hours": "Online reporting at any time; reports reviewed Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "youth",
                "organisation": "Safer Internet Centre Bulgaria Youth Panel",
                "website": "https://saferinternet-bg.example/youth/",
                "phone": "+359 2 000 0004",
                "email": "youth@saferinternet-bg.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Email answered Monday to Friday, 9:00\u201317:00",
            },
        ],
    },
    {
        "iso2": "RO",
        "name": "Safer Internet Centre Romania",
        "website": "https://saferinternet-ro.example/",
        "summary": (
            "Safer Internet Centre Romania supports children, parents and teachers through awareness "
            "activities, counselling and online reporting, in Romanian."
        ),
        "services": [
            {
                "strand": "awareness",
                "organisation": "Safer Internet Centre Romania Awareness Centre",
                "website": "https://saferinternet-ro.example/awareness/",
                "phone": "+40 21 000 0001",
                "email": "awareness@saferinternet-ro.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "helpline",
                "organisation": "Safer Internet Centre Romania Helpline",
                "website": "https://helpline.saferinternet-ro.example/",
                "phone": "+40 21 000 0002",
                "email": "helpline@saferinternet-ro.example",
                "chat_url": "https://chat.saferinternet-ro.example/",
                "report_url": "",
                "opening_hours": "Every day, 14:00\u201322:00",
            },
            {
                "strand": "hotline",
                "organisation": "Safer Internet Centre Romania Hotline",
                "website": "https://hotline.saferinternet-ro.example/",
                "phone": "+40 21 000 0003",
                "email": "hotline@saferinternet-ro.example",
                "chat_url": "",
                "report_url": "https://report.saferinternet-ro.example/",
                "opening_hours": "Online reporting at any time; reports reviewed Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "youth",
                "organisation": "Safer Internet Centre Romania Youth Panel",
                "website": "https://saferinternet-ro.example/youth/",
                "phone": "+40 21 000 0004",
                "email": "youth@saferinternet-ro.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Email answered Monday to Friday, 9:00\u201317:00",
            },
        ],
    },
    {
        "iso2": "GR",
        "name": "Safer Internet Centre Greece",
        "website": "https://saferinternet-gr.example/",
        "summary": (
            "Safer Internet Centre Greece involves young people in its awareness work and runs a helpline "
            "and a hotline for the public, in Greek."
        ),
        "services": [
            {
                "strand": "awareness",
                "organisation": "Safer Internet Centre Greece Awareness Centre",
                "website": "https://saferinternet-gr.example/awareness/",
                "phone": "+30 21 0000 0001",
                "email": "awareness@saferinternet-gr.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "helpline",
                "organisation": "Safer Internet Centre Greece Helpline",
                "website": "https://helpline.saferinternet-gr.example/",
                "phone": "+30 21 0000 0002",
                "email": "helpline@saferinternet-gr.example",
                "chat_url": "https://chat.saferinternet-gr.example/",
                "report_url": "",
                "opening_hours": "Monday to Friday, 8:00\u201319:00",
            },
            {
                "strand": "hotline",
                "organisation": "Safer Internet Centre Greece Hotline",
                "website": "https://hotline.saferinternet-gr.example/",
                "phone": "+30 21 0000 0003",
                "email": "hotline@saferinternet-gr.example",
                "chat_url": "",
                "report_url": "https://report.saferinternet-gr.example/",
                "opening_hours": "Online reporting at any time; reports reviewed Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "youth",
                "organisation": "Safer Internet Centre Greece Youth Panel",
                "website": "https://saferinternet-gr.example/youth/",
                "phone": "+30 21 0000 0004",
                "email": "youth@saferinternet-gr.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Email answered Monday to Friday, 9:00\u201317:00",
            },
        ],
    },
    {
        "iso2": "CZ",
        "name": "Safer Internet Centre Czech Republic",
        "website": "https://saferinternet-cz.example/",
        "summary": (
            "Safer Internet Centre Czech Republic offers schools, families and young people guidance, "
            "support and a way to report illegal content, in Czech."
        ),
        "services": [
            {
                "strand": "awareness",
                "organisation": "Safer Internet Centre Czech Republic Awareness Centre",
                "website": "https://saferinternet-cz.example/awareness/",
                "phone": "+420 200 000 001",
                "email": "awareness@saferinternet-cz.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "helpline",
                "organisation": "Safer Internet Centre Czech Republic Helpline",
                "website": "https://helpline.saferinternet-cz.example/",
                "phone": "+420 200 000 002",
                "email": "helpline@saferinternet-cz.example",
                "chat_url": "https://chat.saferinternet-cz.example/",
                "report_url": "",
                "opening_hours": "Monday to Friday, 9:00\u201318:00",
            },
            {
                "strand": "hotline",
                "organisation": "Safer Internet Centre Czech Republic Hotline",
                "website": "https://hotline.saferinternet-cz.example/",
                "phone": "+420 200 000 003",
                "email": "hotline@saferinternet-cz.example",
                "chat_url": "",
                "report_url": "https://report.saferinternet-cz.example/",
                "opening_hours": "Online reporting at any time; reports reviewed Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "youth",
                "organisation": "Safer Internet Centre Czech Republic Youth Panel",
                "website": "https://saferinternet-cz.example/youth/",
                "phone": "+420 200 000 004",
                "email": "youth@saferinternet-cz.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Email answered Monday to Friday, 9:00\u201317:00",
            },
        ],
    },
    {
        "iso2": "SK",
        "name": "Safer Internet Centre Slovakia",
        "website": "https://saferinternet-sk.example/",
        "summary": (
            "Safer Internet Centre Slovakia helps children, parents and educators stay safe online with "
            "resources, a helpline and a hotline, in Slovak."
        ),
        "services": [
            {
                "strand": "awareness",
                "organisation": "Safer Internet Centre Slovakia Awareness Centre",
                "website": "https://saferinternet-sk.example/awareness/",
                "phone": "+421 2 0000 0001",
                "email": "awareness@saferinternet-sk.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "helpline",
                "organisation": "Safer Internet Centre Slovakia Helpline",
                "website": "https://helpline.saferinternet-sk.example/",
                "phone": "+421 2 0000 0002",
                "email": "helpline@saferinternet-sk.example",
                "chat_url": "https://chat.saferinternet-sk.example/",
                "report_url": "",
                "opening_hours": "Monday to Friday, 10:00\u201320:00; Saturday, 10:00\u201314:00",
            },
            {
                "strand": "hotline",
                "organisation": "Safer Internet Centre Slovakia Hotline",
                "website": "https://hotline.saferinternet-sk.example/",
                "phone": "+421 2 0000 0003",
                "email": "hotline@saferinternet-sk.example",
                "chat_url": "",
                "report_url": "https://report.saferinternet-sk.example/",
                "opening_hours": "Online reporting at any time; reports reviewed Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "youth",
                "organisation": "Safer Internet Centre Slovakia Youth Panel",
                "website": "https://saferinternet-sk.example/youth/",
                "phone": "+421 2 0000 0004",
                "email": "youth@saferinternet-sk.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Email answered Monday to Friday, 9:00\u201317:00",
            },
        ],
    },
    {
        "iso2": "RS",
        "name": "Safer Internet Centre Serbia",
        "website": "https://saferinternet-rs.example/",
        "summary": (
            "Safer Internet Centre Serbia raises awareness of online risks and opportunities and gives "
            "children and parents somewhere to turn for help, in Serbian."
        ),
        "services": [
            {
                "strand": "awareness",
                "organisation": "Safer Internet Centre Serbia Awareness Centre",
                "website": "https://saferinternet-rs.example/awareness/",
                "phone": "+381 11 000 0001",
                "email": "awareness@saferinternet-rs.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "helpline",
                "organisation": "Safer Internet Centre Serbia Helpline",
                "website": "https://helpline.saferinternet-rs.example/",
                "phone": "+381 11 000 0002",
                "email": "helpline@saferinternet-rs.example",
                "chat_url": "https://chat.saferinternet-rs.example/",
                "report_url": "",
                "opening_hours": "Every day, 14:00\u201322:00",
            },
            {
                "strand": "hotline",
                "organisation": "Safer Internet Centre Serbia Hotline",
                "website": "https://hotline.saferinternet-rs.example/",
                "phone": "+381 11 000 0003",
                "email": "hotline@saferinternet-rs.example",
                "chat_url": "",
                "report_url": "https://report.saferinternet-rs.example/",
                "opening_hours": "Online reporting at any time; reports reviewed Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "youth",
                "organisation": "Safer Internet Centre Serbia Youth Panel",
                "website": "https://saferinternet-rs.example/youth/",
                "phone": "+381 11 000 0004",
                "email": "youth@saferinternet-rs.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Email answered Monday to Friday, 9:00\u201317:00",
            },
        ],
    },
    {
        "iso2": "HU",
        "name": "Safer Internet Centre Hungary",
        "website": "https://saferinternet-hu.example/",
        "summary": (
            "Safer Internet Centre Hungary supports children, parents and teachers with advice, training "
            "and a hotline for illegal content, in Hungarian."
        ),
        "services": [
            {
                "strand": "awareness",
                "organisation": "Safer Internet Centre Hungary Awareness Centre",
                "website": "https://saferinternet-hu.example/awareness/",
                "phone": "+36 1 000 0001",
                "email": "awareness@saferinternet-hu.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "helpline",
                "organisation": "Safer Internet Centre Hungary Helpline",
                "website": "https://helpline.saferinternet-hu.example/",
                "phone": "+36 1 000 0002",
                "email": "helpline@saferinternet-hu.example",
                "chat_url": "https://chat.saferinternet-hu.example/",
                "report_url": "",
                "opening_hours": "Monday to Friday, 8:00\u201319:00",
            },
            {
                "strand": "hotline",
                "organisation": "Safer Internet Centre Hungary Hotline",
                "website": "https://hotline.saferinternet-hu.example/",
                "phone": "+36 1 000 0003",
                "email": "hotline@saferinternet-hu.example",
                "chat_url": "",
                "report_url": "https://report.saferinternet-hu.example/",
                "opening_hours": "Online reporting at any time; reports reviewed Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "youth",
                "organisation": "Safer Internet Centre Hungary Youth Panel",
                "website": "https://saferinternet-hu.example/youth/",
                "phone": "+36 1 000 0004",
                "email": "youth@saferinternet-hu.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Email answered Monday to Friday, 9:00\u201317:00",
            },
        ],
    },
    {
        "iso2": "HR",
        "name": "Safer Internet Centre Croatia",
        "website": "https://saferinternet-hr.example/",
        "summary": (
            "Safer Internet Centre Croatia works with schools and young people on digital wellbeing and "
            "offers confidential help and online reporting, in Croatian."
        ),
        "services": [
            {
                "strand": "awareness",
                "organisation": "Safer Internet Centre Croatia Awareness Centre",
                "website": "https://saferinternet-hr.example/awareness/",
                "phone": "+385 1 0000 001",
                "email": "awareness@saferinternet-hr.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "helpline",
                "organisation": "Safer Internet Centre Croatia Helpline",
                "website": "https://helpline.saferinternet-hr.example/",
                "phone": "+385 1 0000 002",
                "email": "helpline@saferinternet-hr.example",
                "chat_url": "https://chat.saferinternet-hr.example/",
                "report_url": "",
                "opening_hours": "Monday to Friday, 9:00\u201318:00",
            },
            {
                "strand": "hotline",
                "organisation": "Safer Internet Centre Croatia Hotline",
                "website": "https://hotline.saferinternet-hr.example/",
                "phone": "+385 1 0000 003",
                "email": "hotline@saferinternet-hr.example",
                "chat_url": "",
                "report_url": "https://report.saferinternet-hr.example/",
                "opening_hours": "Online reporting at any time; reports reviewed Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "youth",
                "organisation": "Safer Internet Centre Croatia Youth Panel",
                "website": "https://saferinternet-hr.example/youth/",
                "phone": "+385 1 0000 004",
                "email": "youth@saferinternet-hr.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Email answered Monday to Friday, 9:00\u201317:00",
            },
        ],
    },
    {
        "iso2": "SI",
        "name": "Safer Internet Centre Slovenia",
        "website": "https://saferinternet-si.example/",
        "summary": (
            "Safer Internet Centre Slovenia combines education, a helpline and a hotline to help "
            "children enjoy a safer, better internet, in Slovenian."
        ),
        "services": [
            {
                "strand": "awareness",
                "organisation": "Safer Internet Centre Slovenia Awareness Centre",
                "website": "https://saferinternet-si.example/awareness/",
                "phone": "+386 1 000 00 01",
                "email": "awareness@saferinternet-si.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "helpline",
                "organisation": "Safer Internet Centre Slovenia Helpline",
                "website": "https://helpline.saferinternet-si.example/",
                "phone": "+386 1 000 00 02",
                "email": "helpline@saferinternet-si.example",
                "chat_url": "https://chat.saferinternet-si.example/",
                "report_url": "",
                "opening_hours": "Monday to Friday, 10:00\u201320:00; Saturday, 10:00\u201314:00",
            },
            {
                "strand": "hotline",
                "organisation": "Safer Internet Centre Slovenia Hotline",
                "website": "https://hotline.saferinternet-si.example/",
                "phone": "+386 1 000 00 03",
                "email": "hotline@saferinternet-si.example",
                "chat_url": "",
                "report_url": "https://report.saferinternet-si.example/",
                "opening_hours": "Online reporting at any time; reports reviewed Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "youth",
                "organisation": "Safer Internet Centre Slovenia Youth Panel",
                "website": "https://saferinternet-si.example/youth/",
                "phone": "+386 1 000 00 04",
                "email": "youth@saferinternet-si.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Email answered Monday to Friday, 9:00\u201317:00",
            },
        ],
    },
    {
        "iso2": "AT",
        "name": "Safer Internet Centre Austria",
        "website": "https://saferinternet-at.example/",
        "summary": (
            "Safer Internet Centre Austria gives teachers, parents and young people practical tips and "
            "support for everyday digital life, in German."
        ),
        "services": [
            {
                "strand": "awareness",
                "organisation": "Safer Internet Centre Austria Awareness Centre",
                "website": "https://saferinternet-at.example/awareness/",
                "phone": "+43 1 000 0001",
                "email": "awareness@saferinternet-at.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "helpline",
                "organisation": "Safer Internet Centre Austria Helpline",
                "website": "https://helpline.saferinternet-at.example/",
                "phone": "+43 1 000 0002",
                "email": "helpline@saferinternet-at.example",
                "chat_url": "https://chat.saferinternet-at.example/",
                "report_url": "",
                "opening_hours": "Every day, 14:00\u201322:00",
            },
            {
                "strand": "hotline",
                "organisation": "Safer Internet Centre Austria Hotline",
                "website": "https://hotline.saferinternet-at.example/",
                "phone": "+43 1 000 0003",
                "email": "hotline@saferinternet-at.example",
                "chat_url": "",
                "report_url": "https://report.saferinternet-at.example/",
                "opening_hours": "Online reporting at any time; reports reviewed Monday to Friday, 9:00\u201317:00",
            },
            {
                "strand": "youth",
                "organisation": "Safer Internet Centre Austria Youth Panel",
                "website": "https://saferinternet-at.example/youth/",
                "phone": "+43 1 000 0004",
                "email": "youth@saferinternet-at.example",
                "chat_url": "",
                "report_url": "",
                "opening_hours": "Email answered Monday to Friday, 9:00\u201317:00",
            },
        ],
    },
]
