"""youth: the BIK Youth area — safe sign-up with age checks and parental consent, pseudonymous profiles,
the European and national spaces (blog posts, discussions, comments) moderated through bik.moderation,
blocking, learning modules with quizzes, and online meetings."""
