"""Section titles for naming places: the layout profile's, the only place titles are written."""

from __future__ import annotations

from collections.abc import Mapping

from .profile import DEFAULT_PROFILE, ProfileError, load_named


def section_titles(profile: str) -> Mapping[str, str]:
    """The section titles of the profile an issue names (``issue.profile``); the default
    profile's when that one cannot be loaded (validation reports why), none when neither can.
    Never raises: it names the places of other errors."""
    for name in (profile, DEFAULT_PROFILE):
        try:
            return load_named(name).sections
        except ProfileError:
            continue
    return {}
