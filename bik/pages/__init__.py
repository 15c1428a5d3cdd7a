"""Editorial pages: the home page, the landing page of each component, and standard pages (accessibility
statement, privacy notice, contact); plus the site chrome every page shares (navigation, footer, languages)."""
