"""The community's network meetings and trainings."""
