"""Research and industry partners: approved organisations, their people, the publications they submit for
editorial review, and industry members' yearly self-reports against their public commitments."""
