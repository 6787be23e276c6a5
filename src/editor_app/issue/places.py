"""Places in an issue: a path of keys and indexes, and its Chinese description."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from .metrics import BY_KEY

Place = tuple[str | int, ...]  # keys and indexes from the issue root
# Translates a Chinese text of a context ("Places" or "Metrics"): the editor's catalogues.
Translate = Callable[[str, str], str]
# The parts of a place's description besides the labels: numbered steps, the whole file.
STEP_TEMPLATES = ("第{n}条", "项目{n}", "正文第{n}段", "第{n}项")
WHOLE_FILE = "整个文件"

_LABELS = {
    "masthead": "报头", "year": "年份", "number": "期号", "total_number": "总期号",
    "issuer": "发布单位", "date": "出刊日期", "sections": "", "headline": "标题", "introduction": "导语",
    "company": "公司", "name": "项目名称", "technology": "技术", "facility": "设施",
    "metrics": "", "value": "数值", "unit": "单位", "basis": "口径", "wording": "表述",
    "closing": "结尾", "heading": "标题", "text": "正文", "distribution": "版记",
    "report": "报", "send": "送", "issue": "发", "print_count": "印数",
    "schema_version": "格式版本", "profile": "版式", "review": "审阅意见",
    "carbon_basis": "减排口径", "acknowledged": "已确认的警告", "check": "检查", "note": "备注",
}


def _shown(key: object) -> str:
    """A key from the file as a place shows it: control characters and line breaks escaped
    (``\\n``), so that a message naming the place stays on one line."""
    text = str(key)
    return text if text.isprintable() else repr(text)[1:-1]


def labels() -> list[str]:
    """Every Chinese word a description can use besides section titles and metric labels."""
    return [*(label for label in _LABELS.values() if label), *STEP_TEMPLATES, WHOLE_FILE]


def _chinese(_context: str, text: str) -> str:
    return text


def describe(path: Place, section_titles: Mapping[str, str], translate: Translate = _chinese) -> str:
    """``('sections', 'special_focus', 'items', 0, 'headline')`` → ``一、特别关注 › 第1条 › 标题``.

    Sections are named by ``section_titles``, the layout profile's (``profile.sections``);
    a section it does not name shows its key. ``translate`` puts the other words into the
    editor's interface language (section titles are content and stay as printed).
    """
    steps: dict[str, str] = dict(zip(("items", "projects", "paragraphs"), STEP_TEMPLATES, strict=False))
    parts: list[str] = []
    previous: str | int | None = None
    for depth, step in enumerate(path):
        if isinstance(step, int):
            template = steps.get(str(previous), STEP_TEMPLATES[-1])
            parts.append(translate("Places", template).format(n=step + 1))
        elif previous == "metrics" and step in BY_KEY:
            parts.append(translate("Metrics", BY_KEY[step].label))
        elif depth == 1 and path[0] == "sections":
            parts.append(section_titles.get(step, _shown(step)))
        elif step == "paragraphs" and depth == len(path) - 1:
            parts.append("正文")  # the whole body, as its field is labelled
        elif step not in ("items", "projects", "paragraphs"):
            label = _LABELS.get(step, _shown(step))
            if label:
                parts.append(translate("Places", label) if step in _LABELS else label)
        previous = step
    return " › ".join(parts) or translate("Places", WHOLE_FILE)


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


def project_of(path: Place) -> Place | None:
    """The project a finding's place lies in: ``(…, 'projects', 2)``."""
    for depth in range(len(path) - 1):
        if path[depth] == "projects" and isinstance(path[depth + 1], int):
            return path[: depth + 2]
    return None
