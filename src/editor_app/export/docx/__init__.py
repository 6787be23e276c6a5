"""The Word (.docx) export in the profile's layout."""
