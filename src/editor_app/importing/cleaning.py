"""The cleaning steps of an import, each optional and each counted."""

from __future__ import annotations

from ..issue.textclean import full_width_punctuation, remove_pinyin_artefacts, strip_control, to_simplified
from .options import ImportOptions


def clean_lines(lines: list[str], options: ImportOptions) -> tuple[list[str], dict[str, int]]:
    """Cleaned lines (one for one) and the changes made by each step that ran."""
    running = {"control": True, "pinyin": options.remove_pinyin,
               "punctuation": options.full_width_punctuation, "simplified": options.simplified}
    counts = {key: 0 for key, on in running.items() if on}
    cleaned = []
    for line in lines:
        line, n = strip_control(line)
        counts["control"] += n
        if options.remove_pinyin:
            line, n = remove_pinyin_artefacts(line)
            counts["pinyin"] += n
        if options.full_width_punctuation:
            line, n = full_width_punctuation(line)
            counts["punctuation"] += n
        if options.simplified:
            simple = to_simplified(line)
            counts["simplified"] += sum(a != b for a, b in zip(line, simple, strict=False))
            line = simple
        cleaned.append(line)
    return cleaned, counts
