"""Places in an issue: a path of keys and indexes, and its Chinese description."""

from __future__ import annotations

import re
from collections.abc import Mapping

from .metrics import BY_KEY

Place = tuple[str | int, ...]  # keys and indexes from the issue root

_LABELS = {
    "masthead": "报头", "year": "年份", "number": "期号", "total_number": "总期号",
    "issuer": "发布单位", "date": "出刊日期", "sections": "", "headline": "标题", "introduction": "导语",
    "company": "公司", "name": "项目名称", "technology": "技术", "facility": "设施",
    "metrics": "", "value": "数值", "unit": "单位", "basis": "口径", "wording": "表述",
    "closing": "结尾", "heading": "标题", "text": "正文", "distribution": "版记",
    "report": "报", "send": "送", "issue": "发", "print_count": "印数",
    "schema_version": "格式版本", "profile": "版式", "review": "审阅意见",
}


def _shown(key: object) -> str:
    """A key from the file as a place shows it: control characters and line breaks escaped
    (``\\n``), so that a message naming the place stays on one line."""
    text = str(key)
    return text if text.isprintable() else repr(text)[1:-1]


def describe(path: Place, section_titles: Mapping[str, str]) -> str:
    """``('sections', 'special_focus', 'items', 0, 'headline')`` → ``一、特别关注 › 第1条 › 标题``.

    Sections are named by ``section_titles``, the layout profile's (``profile.sections``);
    a section it does not name shows its key.
    """
    parts: list[str] = []
    previous: str | int | None = None
    for depth, step in enumerate(path):
        if isinstance(step, int):
            if previous == "items":
                parts.append(f"第{step + 1}条")
            elif previous == "projects":
                parts.append(f"项目{step + 1}")
            elif previous == "paragraphs":
                parts.append(f"正文第{step + 1}段")
            else:
                parts.append(f"第{step + 1}项")
        elif previous == "metrics" and step in BY_KEY:
            parts.append(BY_KEY[step].label)
        elif depth == 1 and path[0] == "sections":
            parts.append(section_titles.get(step, _shown(step)))
        elif step == "paragraphs" and depth == len(path) - 1:
            parts.append("正文")  # the whole body, as its field is labelled
        elif step not in ("items", "projects", "paragraphs"):
            label = _LABELS.get(step, _shown(step))
            if label:
                parts.append(label)
        previous = step
    return " › ".join(parts) or "整个文件"


def dotted(path: Place) -> str:
    """A machine-readable form: ``sections.special_focus.items[0].headline``."""
    out = ""
    for step in path:
        out += f"[{step}]" if isinstance(step, int) else (f".{_shown(step)}" if out else _shown(step))
    return out


_STEP = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def undotted(text: str) -> Place:
    """The place ``dotted`` wrote as ``text``."""
    return tuple(int(index) if index else key for key, index in _STEP.findall(text))
