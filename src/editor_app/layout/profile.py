"""Layout profiles: the data (resources/profiles/*.yaml) that drives export and preview.

Frozen msgspec Structs that refuse unknown keys (a misspelt key must not pass silently).
"""

from functools import lru_cache
from pathlib import Path
from typing import Literal

import msgspec
import yaml

from ..errors import UserFacingError, yaml_place
from ..issue.model_data import DataError, from_data
from ..issue.places import dotted
from ..paths import profiles_dir
from ..storage.yaml_io import load_yaml

DEFAULT_PROFILE = "xingcheng"


class _Data(msgspec.Struct, kw_only=True, frozen=True, forbid_unknown_fields=True):
    """Subclasses repeat kw_only and frozen: msgspec inherits them, dataclass_transform does not."""


class FontRole(_Data, kw_only=True, frozen=True):
    east_asian: str
    alt: str = ""
    latin: str = "Times New Roman"
    preview: tuple[str, ...] = ()


class Rule(_Data, kw_only=True, frozen=True):
    color: str = "000000"
    size_eighths: int = 4  # border width in eighths of a point, as OOXML counts it
    space_pt: int = 1
    inner_size_eighths: int | None = None


class Style(_Data, kw_only=True, frozen=True):
    word_name: str
    font: str
    size: float
    color: str = "000000"
    bold: bool = False
    align: Literal["left", "center", "right", "justify"] = "left"
    indent_chars: float = 0
    line: Literal["exact", "single"] = "exact"
    outline_level: int | None = None
    keep_with_next: bool = False
    space_before_pt: float = 0
    space_after_pt: float = 0
    rule_below: Rule | None = None
    rule_above: Rule | None = None
    rule_between: Rule | None = None
    latin_font: str | None = None


class Page(_Data, kw_only=True, frozen=True):
    width_mm: float
    height_mm: float
    margin_top_mm: float
    margin_bottom_mm: float
    margin_left_mm: float
    margin_right_mm: float
    header_mm: float
    footer_mm: float
    lines_per_page: int
    chars_per_line: int
    line_pitch_twips: int
    body_char_spacing_pt: float = 0
    right_tab_twips: int


class Texts(_Data, kw_only=True, frozen=True):
    issue_line: str
    total_suffix: str
    date: str
    page_number: str
    distribution: dict[str, str]
    print_count: str


class ClosingDefaults(_Data, kw_only=True, frozen=True):
    heading: str
    text: str


class Profile(_Data, kw_only=True, frozen=True):
    name: str
    title: str
    issuer: str
    author: str
    keywords: tuple[str, ...] = ()
    language: str = "zh-CN"
    sections: dict[str, str]
    closing: ClosingDefaults
    texts: Texts
    page: Page
    fonts: dict[str, FontRole]
    styles: dict[str, Style]

    def font_of(self, style: str) -> FontRole:
        return self.fonts[self.styles[style].font]


class ProfileError(UserFacingError):
    """A layout profile that cannot be used."""


REQUIRED_STYLES = (
    "masthead_title", "issue_line", "issuer_line", "section_heading", "item_headline", "body",
    "project", "closing_heading", "closing_text", "distribution", "page_number",
)


def profile_path(name_or_path: str | Path) -> Path:
    candidate = Path(name_or_path)
    if candidate.suffix in (".yaml", ".yml") or candidate.exists():
        return candidate
    return profiles_dir() / f"{name_or_path}.yaml"


@lru_cache(maxsize=8)
def load_profile(name_or_path: str | Path = DEFAULT_PROFILE) -> Profile:
    """A profile by name (``xingcheng``) or by file path."""
    path = profile_path(name_or_path)
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ProfileError(path, "版式文件不存在；可用的版式在 resources/profiles/ 中") from exc
    except yaml.YAMLError as exc:
        problem = getattr(exc, "problem", None) or str(exc)
        raise ProfileError(path, f"版式文件不是有效的 YAML（{problem}）", yaml_place(exc)) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ProfileError(path, f"无法读取版式文件（{exc}）") from exc
    try:
        profile = from_data(data or {}, Profile)
    except DataError as exc:
        raise ProfileError(path, f"版式文件有误：{exc.message}", dotted(exc.path)) from exc
    missing = [s for s in REQUIRED_STYLES if s not in profile.styles]
    unknown_fonts = [s.font for s in profile.styles.values() if s.font not in profile.fonts]
    if missing or unknown_fonts:
        raise ProfileError(path, f"版式文件缺少样式 {missing} 或字体 {unknown_fonts}")
    return profile
