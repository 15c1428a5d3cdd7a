"""policy: the yearly policy questionnaire (how each country protects, empowers and involves children online),
national policy contacts' answers, editors' review and publication, country profiles, the comparison map and
open data. Only published answers are public."""
