"""The cleaning steps of an import, each optional and each counted in the report."""

from __future__ import annotations

from ..textclean import full_width_punctuation, remove_pinyin_artefacts, strip_control, to_simplified
from .options import ImportOptions


def clean_lines(lines: list[str], options: ImportOptions) -> tuple[list[str], list[str]]:
    """Cleaned lines and a report line per step that changed something."""
    counts = {"control": 0, "pinyin": 0, "punctuation": 0, "simplified": 0}
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
    labels = {
        "control": "删除控制字符 {} 个",
        "pinyin": "删除拼音注音残留 {} 处",
        "punctuation": "半角标点改为全角 {} 处",
        "simplified": "繁体转为简体 {} 字",
    }
    return cleaned, [labels[k].format(v) for k, v in counts.items() if v]
