"""The issue model: one issue of the bulletin, as held in memory and in issue files.

Field order here is the key order of issue files. Unknown keys are kept (``extra="allow"``)
so that a file written by a newer minor version round-trips; validation reports them.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, Strict

SCHEMA_VERSION = 1

NEWS_SECTIONS = ("special_focus", "provincial_news", "institute_news")
SECTION_KEYS = ("special_focus", "provincial_news", "xingcheng_action", "institute_news")


class _Model(BaseModel):
    model_config = ConfigDict(extra="allow", strict=True, validate_assignment=False)


class Masthead(_Model):
    year: int | None = None
    number: int | None = None  # 期号: issue number within the year
    total_number: int | None = None  # 总第N期
    issuer: str = ""
    # An impossible date stays as the text typed so that validation can point at it.
    date: Annotated[dt.date, Strict(False)] | str | None = Field(
        default=None, union_mode="left_to_right"
    )


class Item(_Model):
    headline: str = ""
    paragraphs: list[str] = Field(default_factory=lambda: [""])


class NewsSection(_Model):
    items: list[Item] = Field(default_factory=list)


class MetricValue(_Model):
    value: str = ""  # as the editor typed it; parsed by editor_app.numbers
    unit: str = ""
    basis: str | None = None  # 等价值 / 当量值 for energy saving


class Project(_Model):
    company: str = ""
    name: str = ""
    technology: str = ""
    facility: str = ""
    metrics: dict[str, MetricValue] = Field(default_factory=dict)
    wording: str = ""  # sentence after company and name, with {指标} placeholders; "" = default


class ActionSection(_Model):
    introduction: str = ""
    projects: list[Project] = Field(default_factory=list)


class Sections(_Model):
    special_focus: NewsSection = Field(default_factory=NewsSection)
    provincial_news: NewsSection = Field(default_factory=NewsSection)
    xingcheng_action: ActionSection = Field(default_factory=ActionSection)
    institute_news: NewsSection = Field(default_factory=NewsSection)


class Closing(_Model):
    heading: str = ""  # "" = the profile's heading
    text: str = ""  # "" = the profile's text


class Distribution(_Model):
    report: str = ""  # 报
    send: str = ""  # 送
    issue: str = ""  # 发
    print_count: int | None = None  # 共印N份


class Issue(_Model):
    schema_version: int = SCHEMA_VERSION
    profile: str = "xingcheng"
    masthead: Masthead = Field(default_factory=Masthead)
    sections: Sections = Field(default_factory=Sections)
    closing: Closing = Field(default_factory=Closing)
    distribution: Distribution = Field(default_factory=Distribution)

    def news(self, key: str) -> NewsSection:
        return getattr(self.sections, key)
