"""The community's forums: the four communities of practice and a general forum, with threads, posts,
attachments, follows, notification emails and unread markers."""
