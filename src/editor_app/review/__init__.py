"""The review round trip: reviewed Word files back into the issue, review copies out."""
