"""Events: conferences, webinars and trainings of the network, listed on the portal (upcoming first, then an
archive), exported as iCalendar (one event or a feed of everything upcoming) and served by the read API."""
