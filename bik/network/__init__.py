"""The network: Safer Internet Centres, one per country, each with four strands (awareness centre, helpline,
hotline, youth panel) and their public contacts; and the people who work for a centre."""
