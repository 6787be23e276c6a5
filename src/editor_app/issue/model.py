"""The issue model: one issue of the bulletin, as held in memory and in issue files.

The classes are msgspec Structs: typed, cheap to build (the editor starts faster than with
a schema library that compiles validators at import) and checked when a file is read
(``model_data.from_data``). Field order here is the key order of issue files. Keys this
program does not know are kept in ``extra`` so that a file written by a newer minor version
round-trips; validation reports them.

No ``from __future__ import annotations`` here: msgspec would evaluate the string annotations
on first use (≈ 3 ms of the editor's start).
"""

import datetime as dt
import re
from typing import Any

import msgspec

SCHEMA_VERSION = 1
# The largest 期号 and 总期号 (the masthead form's fields take as many digits).
MAX_NUMBER = 9999
MAX_TOTAL_NUMBER = 99999

# The key ``extra`` is converted from. It never comes from a file: the loader moves every key
# that is not a field, this one too, under it (``model_data``).
EXTRA_KEY = "__unknown_keys__"
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class FieldValueError(ValueError):
    """A value the field's type cannot express, refused in ``__post_init__``; names the field
    (msgspec reports such errors at the struct's place)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class _Model(msgspec.Struct, kw_only=True):
    extra: dict[str, Any] = msgspec.field(default_factory=dict, name=EXTRA_KEY)


class Masthead(_Model, kw_only=True):
    year: int | None = None
    number: int | None = None  # 期号: issue number within the year
    total_number: int | None = None  # 总第N期
    issuer: str = ""
    # A dt.date, or the text typed when it is not a real date (so that validation can point
    # at it), or None. Typed Any because msgspec allows no union of date and str.
    date: Any = None

    def __post_init__(self) -> None:
        if isinstance(self.date, str):
            self.date = _date_or_text(self.date)
        elif isinstance(self.date, dt.datetime) or not isinstance(self.date, dt.date | None):
            raise FieldValueError("date", "应为日期，写成 2023-09-25")


def _date_or_text(text: str) -> dt.date | str:
    """``2023-09-25`` as a date; anything else (``2023-02-30``, ``九月``) stays as typed."""
    if _ISO_DATE.fullmatch(text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
    return text


class Item(_Model, kw_only=True):
    headline: str = ""
    paragraphs: list[str] = msgspec.field(default_factory=lambda: [""])


class NewsSection(_Model, kw_only=True):
    items: list[Item] = msgspec.field(default_factory=list)


class MetricValue(_Model, kw_only=True):
    value: str = ""  # as the editor typed it; parsed by editor_app.issue.numbers
    unit: str = ""
    basis: str | None = None  # 等价值 / 当量值 for energy saving


class Acknowledgement(_Model, kw_only=True):
    """A warning of a project's carbon checks the editors have looked at, with why it stands."""

    check: str = ""  # the check's id (``issue.carbon``)
    note: str = ""
    # The figures the check was given when acknowledged (``carbon.figures``); "" in older files.
    figures: str = ""


class Project(_Model, kw_only=True):
    company: str = ""
    name: str = ""
    technology: str = ""
    facility: str = ""
    # How the project saves (``issue.carbon.BASES``): what its CO2 figure is checked against.
    carbon_basis: str | None = None
    metrics: dict[str, MetricValue] = msgspec.field(default_factory=dict)
    wording: str = ""  # sentence after company and name, with {指标} placeholders; "" = default
    acknowledged: list[Acknowledgement] = msgspec.field(default_factory=list)


class ActionSection(_Model, kw_only=True):
    introduction: str = ""
    projects: list[Project] = msgspec.field(default_factory=list)


class Sections(_Model, kw_only=True):
    """One field per section of ``sections.SECTIONS``, in its order (a test holds them together)."""

    special_focus: NewsSection = msgspec.field(default_factory=NewsSection)
    provincial_news: NewsSection = msgspec.field(default_factory=NewsSection)
    xingcheng_action: ActionSection = msgspec.field(default_factory=ActionSection)
    institute_news: NewsSection = msgspec.field(default_factory=NewsSection)


class Closing(_Model, kw_only=True):
    heading: str = ""  # "" = the profile's heading
    text: str = ""  # "" = the profile's text


class Distribution(_Model, kw_only=True):
    report: str = ""  # 报
    send: str = ""  # 送
    issue: str = ""  # 发
    print_count: int | None = None  # 共印N份


class ReviewNote(_Model, kw_only=True):
    """A reviewer's comment brought back from a reviewed Word file (``editor_app.review``)."""

    place: str = ""  # the field it marks, as ``places.dotted`` writes it; "" = not mapped
    author: str = ""
    date: str = ""  # as the Word file gives it (ISO 8601)
    text: str = ""
    anchor: str = ""  # the text it marks
    resolved: bool = False


# Keys written only when not empty, so that an issue without them reads as before.
OPTIONAL_KEYS = frozenset({"review", "figures"})


class Issue(_Model, kw_only=True):
    schema_version: int = SCHEMA_VERSION
    profile: str = "xingcheng"
    masthead: Masthead = msgspec.field(default_factory=Masthead)
    sections: Sections = msgspec.field(default_factory=Sections)
    closing: Closing = msgspec.field(default_factory=Closing)
    distribution: Distribution = msgspec.field(default_factory=Distribution)
    review: list[ReviewNote] = msgspec.field(default_factory=list)
