"""French and German translations of the demo pages' titles and introductions (the bodies fall back to English
until an editor translates them), so the navigation of the French and German sites is in their language."""

PAGE_TRANSLATIONS: dict[str, dict[str, dict[str, str]]] = {
    "portal": {
        "fr": {
            "title": "Ressources et conseils",
            "intro": "Des contenus fiables des Centres pour un internet plus sûr de toute l'Europe pour les enfants, "
            "les jeunes, les parents, les éducateurs et les enseignants, et un moyen rapide de trouver l'aide "
            "disponible dans votre pays.",
        },
        "de": {
            "title": "Materialien und Rat",
            "intro": "Verlässliche Materialien der Safer-Internet-Zentren aus ganz Europa für Kinder, Jugendliche, "
            "Eltern, Betreuungspersonen und Lehrkräfte – und ein schneller Weg zur Hilfe in Ihrem Land.",
        },
    },
    "news": {
        "fr": {
            "title": "Actualités",
            "intro": "Des nouvelles du réseau Better Internet for Kids : le Safer Internet Day, l'évolution des "
            "politiques, les initiatives de l'industrie et de la société civile, et la parole des jeunes.",
        },
        "de": {
            "title": "Neuigkeiten",
            "intro": "Geschichten aus dem Better-Internet-for-Kids-Netzwerk: Safer Internet Day, politische "
            "Entwicklungen, neue Initiativen aus Wirtschaft und Zivilgesellschaft und die Stimmen junger Menschen.",
        },
    },
    "community": {
        "fr": {
            "title": "Communauté BIK",
            "intro": "Un espace de travail privé pour le personnel des Centres pour un internet plus sûr. Les membres "
            "se connectent pour partager leur expérience, discuter des nouveaux enjeux et s'appuyer sur le travail "
            "des autres dans tout le réseau.",
        },
        "de": {
            "title": "BIK Community",
            "intro": "Ein privater Arbeitsbereich für die Mitarbeitenden der Safer-Internet-Zentren. Mitglieder melden "
            "sich an, um Erfahrungen zu teilen, neue Themen zu diskutieren und netzwerkweit voneinander zu lernen.",
        },
    },
    "youth": {
        "fr": {
            "title": "BIK Jeunes",
            "intro": "Un espace sûr et modéré où les jeunes de toute l'Europe partagent leur regard sur la vie en "
            "ligne, apprennent les uns des autres et contribuent à un meilleur internet.",
        },
        "de": {
            "title": "BIK Jugend",
            "intro": "Ein sicherer, moderierter Raum, in dem junge Menschen aus ganz Europa ihre Sicht auf das Leben "
            "online teilen, voneinander lernen und ein besseres Internet mitgestalten.",
        },
    },
    "bulletin": {
        "fr": {
            "title": "Bulletin BIK",
            "intro": "Notre lettre d'information trimestrielle : un article de fond sur un sujet d'actualité de la "
            "vie en ligne, et des nouvelles des jeunes, de l'industrie et de la recherche.",
        },
        "de": {
            "title": "BIK Bulletin",
            "intro": "Unser vierteljährlicher Newsletter: ein Schwerpunktartikel zu einem aktuellen Thema des Lebens "
            "online sowie Neuigkeiten von Jugendlichen, aus der Wirtschaft und aus der Forschung.",
        },
    },
    "safer-internet-day": {
        "fr": {
            "title": "Safer Internet Day",
            "intro": "Chaque mois de février, le Safer Internet Day réunit plus de 120 pays pour promouvoir un usage "
            "plus sûr et plus responsable du numérique, en particulier chez les enfants et les jeunes.",
        },
        "de": {
            "title": "Safer Internet Day",
            "intro": "Jeden Februar bringt der Safer Internet Day Menschen in mehr als 120 Ländern zusammen, um eine "
            "sicherere und verantwortungsvollere Nutzung digitaler Technologien zu fördern, besonders bei Kindern "
            "und Jugendlichen.",
        },
    },
    "accessibility": {
        "fr": {
            "title": "Déclaration d'accessibilité",
            "intro": "Nous voulons que chacun puisse utiliser ce site, quels que soient ses capacités, son appareil "
            "ou ses technologies d'assistance. Cette déclaration explique nos objectifs et comment nous signaler "
            "un problème.",
        },
        "de": {
            "title": "Erklärung zur Barrierefreiheit",
            "intro": "Alle sollen diese Website nutzen können, unabhängig von Fähigkeiten, Gerät oder assistiven "
            "Technologien. Diese Erklärung beschreibt unsere Ziele und wie Sie uns ein Problem melden.",
        },
    },
    "privacy": {
        "fr": {
            "title": "Politique de confidentialité",
            "intro": "Nous conservons aussi peu de données personnelles que possible. Cette notice explique ce que "
            "nous conservons, pourquoi, et comment vous en gardez le contrôle.",
        },
        "de": {
            "title": "Datenschutzhinweis",
            "intro": "Wir speichern so wenige personenbezogene Daten wie möglich. Dieser Hinweis erklärt, was wir "
            "speichern, warum, und wie Sie die Kontrolle darüber behalten.",
        },
    },
    "contact": {
        "fr": {
            "title": "Nous contacter",
            "intro": "Des questions sur la plateforme, des idées pour le Bulletin BIK ou un souci avec votre "
            "compte ? Voici comment joindre l'équipe Better Internet for Kids.",
        },
        "de": {
            "title": "Kontakt",
            "intro": "Fragen zur Plattform, Vorschläge für das BIK Bulletin oder Probleme mit Ihrem Konto? So "
            "erreichen Sie das Team von Better Internet for Kids.",
        },
    },
    "about": {
        "fr": {
            "title": "À propos de Better Internet for Kids",
            "intro": "Better Internet for Kids est une plateforme open source qui aide un réseau de Centres pour un "
            "internet plus sûr à partager leur travail entre eux et avec le public.",
        },
        "de": {
            "title": "Über Better Internet for Kids",
            "intro": "Better Internet for Kids ist eine Open-Source-Plattform, die einem Netzwerk von "
            "Safer-Internet-Zentren hilft, ihre Arbeit miteinander und mit der Öffentlichkeit zu teilen.",
        },
    },
}

# The tools' list pages under the portal ("Resources and advice"): titles and introductions in French and German.
PORTAL_PAGE_TRANSLATIONS: dict[str, dict[str, dict[str, str]]] = {
    "resources": {
        "fr": {
            "title": "Galerie de ressources",
            "intro": "Manuels, guides, fiches pratiques, plans de cours, jeux et quiz des Centres pour un internet "
            "plus sûr, dans de nombreuses langues. Cherchez, puis affinez par langue, âge, public, thème, type "
            "ou pays.",
        },
        "de": {
            "title": "Materialgalerie",
            "intro": "Handbücher, Leitfäden, Merkblätter, Unterrichtsentwürfe, Spiele und Quiz der "
            "Safer-Internet-Zentren in vielen Sprachen. Suchen Sie und grenzen Sie nach Sprache, Alter, Zielgruppe, "
            "Thema, Art oder Land ein.",
        },
    },
    "videos": {
        "fr": {
            "title": "Galerie vidéo",
            "intro": "De courts films des Centres pour un internet plus sûr pour les enfants, les jeunes, les parents "
            "et les enseignants, dans de nombreuses langues. Cherchez, ou filtrez par langue, thème et âge.",
        },
        "de": {
            "title": "Videogalerie",
            "intro": "Kurzfilme der Safer-Internet-Zentren für Kinder, Jugendliche, Eltern und Lehrkräfte in vielen "
            "Sprachen. Suchen Sie, oder filtern Sie nach Sprache, Thema und Alter.",
        },
    },
    "online-services": {
        "fr": {
            "title": "Guide des services en ligne",
            "intro": "Ce que les enfants et les jeunes utilisent en ligne, expliqué aux parents, aux aidants et aux "
            "enseignants : limites d'âge, réglages de confidentialité, outils de signalement et contrôle parental. "
            "Comparez jusqu'à trois services côte à côte.",
        },
        "de": {
            "title": "Leitfaden zu Online-Diensten",
            "intro": "Was Kinder und Jugendliche online nutzen, erklärt für Eltern, Betreuungspersonen und "
            "Lehrkräfte: Altersgrenzen, Privatsphäre-Einstellungen, Meldewerkzeuge und Jugendschutz. Vergleichen Sie "
            "bis zu drei Dienste nebeneinander.",
        },
    },
    "events": {
        "fr": {
            "title": "Événements",
            "intro": "Conférences, formations, webinaires et célébrations du Safer Internet Day du réseau des Centres "
            "pour un internet plus sûr, en ligne et partout en Europe.",
        },
        "de": {
            "title": "Veranstaltungen",
            "intro": "Konferenzen, Schulungen, Webinare und Feiern zum Safer Internet Day des Netzwerks der "
            "Safer-Internet-Zentren, online und in ganz Europa.",
        },
    },
    "research": {
        "fr": {
            "title": "Recherche et industrie",
            "intro": "Rapports, études, notes politiques et guides pour l'industrie du réseau des Centres pour un "
            "internet plus sûr et de ses partenaires, en téléchargement libre.",
        },
        "de": {
            "title": "Forschung und Industrie",
            "intro": "Berichte, Studien, Positionspapiere und Leitfäden für die Industrie aus dem Netzwerk der "
            "Safer-Internet-Zentren und seinen Partnern, frei zum Herunterladen.",
        },
    },
}
