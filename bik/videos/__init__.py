"""videos: the public video gallery — videos embedded from YouTube or Vimeo (loaded only when a visitor clicks
play) or uploaded as files with WebVTT captions, classified by language, topic and age group, with their read API."""
