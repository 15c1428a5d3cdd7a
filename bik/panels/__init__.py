"""Youth voice: each centre's youth panel (members, bylines, articles) and consultations of young people."""
