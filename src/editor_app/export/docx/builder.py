"""The styled template of a profile, built with python-docx: the only part of the export that
loads python-docx, run when the profile's template is not in the cache (``template_cache``).
"""

from __future__ import annotations

import io

import docx

from ...layout.profile import Profile
from .package import Template
from .page import add_font_table_entries, add_page_numbers, set_chinese_settings, setup_page
from .styles import apply_styles
from .template import APP_PART, app_properties, drop_unused_parts, drop_unused_styles, set_word_2013_mode


def build_template(profile: Profile, version: str) -> tuple[Template, dict[str, str]]:
    """The package of an empty document in ``profile``'s layout, its parts compressed, and
    the style ids of the profile's style keys; ``version`` is written in docProps/app.xml."""
    document = docx.Document()
    style_names = apply_styles(document, profile)
    section = setup_page(document, profile)
    add_page_numbers(document, section, profile)
    set_chinese_settings(document, profile)
    add_font_table_entries(document, profile)
    # Style ids resolved once: python-docx looks a style name up by scanning all styles.
    style_ids = {key: document.styles[name].style_id for key, name in style_names.items()}
    drop_unused_styles(document.styles.element, set(style_ids.values()))
    drop_unused_parts(document)
    set_word_2013_mode(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return Template.read(buffer.getvalue()).with_parts({APP_PART: app_properties(version)}), style_ids
