"""Page preview: the issue's blocks laid out as A4 pages with the layout profile."""
