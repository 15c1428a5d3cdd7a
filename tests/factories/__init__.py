"""Factories (factory_boy) that build what a test needs, one module per domain, named like the domain's package
under bik/: `accounts` (UserFactory: an account with a verified address, a role and a second factor when asked),
`network` (CentreRoleFactory and the people with a place in a centre), `community`, `youth`, `panels`,
`moderation`, `hotline`, `statistics`, `impact`, `policy`, `partners`, `sid`, `news`, `resources`, `videos`,
`guide`, `events`, `research`, `knowledge` and `bulletin`; `images` (a described picture with its renditions) and
`standard_pages` (the footer's pages) for the site's own.

Two bases: `pages` (PageFactory: a Wagtail page below its index page in the site's structure, aliased into the
other languages and published as the admin does; `translate`) and `catalogue` (TermFactory for the vocabularies'
terms; `translate_term`).

Every factory's defaults make a valid row that no test depends on (addresses from a sequence, Belgium's centre
unless the domain says otherwise); a test names what it asserts on: `HotlineAnalystFactory.create(country="FR")`.
Centres are not made here: the 31 of the network come with every test database (`Centre.objects.get(country=…)`),
with the site's structure (`set_up_site`) — and nothing else.
"""
