"""Research and industry: publications of the network (reports, studies, policy papers, industry guides) with
their PDF files, browsed by type, year and topic on the portal and served by the read API."""
