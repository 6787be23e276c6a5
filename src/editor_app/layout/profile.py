"""Layout profiles: the data (resources/profiles/*.yaml) that drives export and preview.

Frozen msgspec Structs that refuse unknown keys (a misspelt key must not pass silently) and
values out of range (``msgspec.Meta`` on the field types); ``_check`` adds what one field
cannot say (the model's sections all titled, the placeholders the code fills, a type area
left by the margins). A profile that loads can be exported and previewed: a broken one is
refused here, in one line naming the file, the key and what is allowed.

Profiles are found by name among the installed ones: bundled (resources/profiles) and the
user's (``paths.user_profiles_dir``; one there wins over a bundled one of the same name). An
issue file names an installed profile only (``load_named``): a path there would read any file
and depend on the current folder. A file path is taken only where the user gives it
(``load_profile``, the command line's ``--profile``).

No ``from __future__ import annotations``: msgspec would evaluate the string annotations on
the first load (9 ms of the editor's start).
"""

import os
import re
import string
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any, Literal, NamedTuple, get_args, get_origin, get_type_hints

import msgspec
from msgspec import Meta

from ..errors import UserFacingError
from ..issue.factors import CarbonFactors, CatalogueError, UnknownGridFactor, carbon_factors
from ..issue.findings import Finding
from ..issue.model import Issue
from ..issue.model_data import DataError, from_data
from ..issue.places import Place, dotted
from ..issue.sections import SECTION_KEYS
from ..paths import profiles_dir, user_profiles_dir
from ..storage.yaml_io import load_data_file

DEFAULT_PROFILE = "xingcheng"
MAX_PROFILE_BYTES = 256 * 1024
PROFILE_SUFFIXES = (".yaml", ".yml")

# Text as Word and the preview can take it: no control characters (invalid in XML), no lone
# surrogates or U+FFFE/U+FFFF (not encodable).
_NO_CONTROL = r"^[^\x00-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]*$"
_PLAIN = "不能含控制字符或换行"

Text = Annotated[str, Meta(max_length=2000, pattern=_NO_CONTROL, description=_PLAIN)]
Title = Annotated[str, Meta(min_length=1, max_length=100, pattern=_NO_CONTROL, description=_PLAIN)]
FontName = Annotated[str, Meta(min_length=1, max_length=64, pattern=_NO_CONTROL, description="字体名" + _PLAIN)]
Colour = Annotated[str, Meta(pattern=r"^[0-9A-Fa-f]{6}$",
                             description='颜色应为六位十六进制数，写在引号中，如 "006400"')]
Language = Annotated[str, Meta(pattern=r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$",
                               description="语言应写成 zh-CN 这样的代码")]
ProfileName = Annotated[str, Meta(pattern=r"^[A-Za-z0-9_.-]{1,64}$", description="版式名只能用字母、数字、_ . -")]
# Word's limits where it has them (a page of at most 22 inches, borders of 2–96 eighths of a
# point set at most 31 pt away, outline levels 1–9); sane bounds for the rest.
PageSize = Annotated[float, Meta(ge=50, le=558, description="纸张尺寸（毫米）")]
Margin = Annotated[float, Meta(ge=0, le=200, description="页边距（毫米）")]
LinePitch = Annotated[int, Meta(ge=100, le=1440, description="行距（缇，1/20 磅）")]
CharSpacing = Annotated[float, Meta(ge=-10, le=10, description="字距调整（磅）")]
TabStop = Annotated[int, Meta(ge=0, le=31680, description="制表位（缇）")]
FontSize = Annotated[float, Meta(ge=1, le=200, description="字号（磅）")]
Indent = Annotated[float, Meta(ge=0, le=20, description="首行缩进（字符）")]
ParagraphSpace = Annotated[float, Meta(ge=0, le=144, description="段前段后间距（磅）")]
OutlineLevel = Annotated[int, Meta(ge=1, le=9, description="大纲级别")]
RuleWidth = Annotated[int, Meta(ge=2, le=96, description="线宽（1/8 磅）")]
RuleSpace = Annotated[int, Meta(ge=0, le=31, description="线与文字的距离（磅）")]

# The placeholders the code fills in each text (``blocks``, ``render.painter``, ``export``).
TEMPLATE_FIELDS = {
    "issue_line": ("year", "number"),
    "total_suffix": ("total",),
    "date": ("year", "month", "day"),
    "page_number": ("page",),
    "print_count": ("count",),
}
DISTRIBUTION_KEYS = ("report", "send", "issue")
MIN_TYPE_AREA_MM = 20
MIN_TYPE_AREA_LINES = 3  # widow control moves lines two by two
TWIPS_PER_MM = 1440 / 25.4


class _Data(msgspec.Struct, kw_only=True, frozen=True, forbid_unknown_fields=True):
    """Subclasses repeat kw_only and frozen: msgspec inherits them, dataclass_transform does not."""


class FontRole(_Data, kw_only=True, frozen=True):
    east_asian: FontName
    alt: Annotated[str, Meta(max_length=64, pattern=_NO_CONTROL, description="字体名" + _PLAIN)] = ""
    latin: FontName = "Times New Roman"
    preview: tuple[FontName, ...] = ()


class Rule(_Data, kw_only=True, frozen=True):
    color: Colour = "000000"
    size_eighths: RuleWidth = 4  # border width in eighths of a point, as OOXML counts it
    space_pt: RuleSpace = 1
    inner_size_eighths: RuleWidth | None = None


class Style(_Data, kw_only=True, frozen=True):
    word_name: Title
    font: str
    size: FontSize
    color: Colour = "000000"
    bold: bool = False
    align: Literal["left", "center", "right", "justify"] = "left"
    indent_chars: Indent = 0
    line: Literal["exact", "single"] = "exact"
    outline_level: OutlineLevel | None = None
    keep_with_next: bool = False
    space_before_pt: ParagraphSpace = 0
    space_after_pt: ParagraphSpace = 0
    rule_below: Rule | None = None
    rule_above: Rule | None = None
    rule_between: Rule | None = None
    latin_font: FontName | None = None


class Page(_Data, kw_only=True, frozen=True):
    width_mm: PageSize
    height_mm: PageSize
    margin_top_mm: Margin
    margin_bottom_mm: Margin
    margin_left_mm: Margin
    margin_right_mm: Margin
    header_mm: Margin
    footer_mm: Margin
    line_pitch_twips: LinePitch
    body_char_spacing_pt: CharSpacing = 0
    right_tab_twips: TabStop


class Texts(_Data, kw_only=True, frozen=True):
    issue_line: Text
    total_suffix: Text
    date: Text
    page_number: Text
    distribution: dict[str, Text]
    print_count: Text


class ClosingDefaults(_Data, kw_only=True, frozen=True):
    heading: Text
    text: Text


class Carbon(_Data, kw_only=True, frozen=True):
    """The institute's choice for the carbon checks: a factor catalogue (resources/factors or
    the user's factors folder) and the grid factor in it (national or provincial, which year)."""

    catalogue: ProfileName = "carbon-factors"
    grid: Annotated[str, Meta(pattern=r"^[A-Za-z0-9_.-]{1,64}$", description="因子名只能用字母、数字、_ . -")] = (
        "grid-national-2022")


class Profile(_Data, kw_only=True, frozen=True):
    name: ProfileName
    title: Title
    issuer: Text
    author: Text
    keywords: tuple[Title, ...] = ()
    language: Language = "zh-CN"
    sections: dict[str, Title]
    closing: ClosingDefaults
    texts: Texts
    page: Page
    fonts: dict[str, FontRole]
    styles: dict[str, Style]
    carbon: Carbon = Carbon()

    def font_of(self, style: str) -> FontRole:
        return self.fonts[self.styles[style].font]


class ProfileError(UserFacingError):
    """A layout profile that cannot be used."""


class ProfileNameError(ProfileError):
    """A name that is not an installed profile's (the message says what to do, no file)."""


REQUIRED_STYLES = (
    "masthead_title", "issue_line", "issuer_line", "section_heading", "item_headline", "body",
    "project", "closing_heading", "closing_text", "distribution", "page_number",
)


# --- finding profiles ------------------------------------------------------------------


class InstalledProfile(NamedTuple):
    name: str
    path: Path
    title: str  # "" when the profile cannot be used
    problem: str  # why it cannot be used, or ""


def _profile_dirs() -> list[Path]:
    """Where names are looked up, first match wins: the user's folder, then the bundled one."""
    return [user_profiles_dir(), profiles_dir()]


def _installed_files() -> dict[str, Path]:
    """Every installed profile file by name (a user's one hides a bundled one of its name)."""
    found: dict[str, Path] = {}
    for folder in reversed(_profile_dirs()):
        try:
            files = sorted(p for p in folder.iterdir() if p.suffix in PROFILE_SUFFIXES)
        except OSError:
            continue
        found.update((p.stem, p) for p in files)
    return dict(sorted(found.items()))


def installed_profiles() -> list[InstalledProfile]:
    """The installed profiles by name, each with its title or why it cannot be used."""
    listed = []
    for name, path in _installed_files().items():
        try:
            if not _is_name(name):
                raise ProfileError(path, f"文件名“{_shown(name)}”不能作版式名：{_NAME_RULE}；请给文件改名")
            listed.append(InstalledProfile(name, path, _load_installed(name, path).title, ""))
        except ProfileError as exc:
            listed.append(InstalledProfile(name, path, "", exc.one_line()))
    return listed


_NAME = re.compile(r"[A-Za-z0-9_.-]{1,64}")
_NAME_RULE = "版式名只能用字母、数字、_ . -，不带 .yaml"


def _is_name(text: str) -> bool:
    """A plain profile name: no folder, no suffix, not ``.`` or ``..``."""
    return (_NAME.fullmatch(text) is not None and text.strip(".") != ""
            and Path(text).suffix.lower() not in PROFILE_SUFFIXES)


def _is_path(name_or_path: str | Path) -> bool:
    """A file (``x.yaml``, ``dir/x``) rather than the name of an installed profile: the one
    place that tells them apart, for the command line's ``--profile``."""
    text = os.fspath(name_or_path)
    return (isinstance(name_or_path, Path) or Path(text).suffix in PROFILE_SUFFIXES
            or any(sep in text for sep in ("/", os.sep, os.altsep or os.sep)))


def _find(name: str) -> Path | None:
    """The installed file of the profile ``name`` (a valid name), or None."""
    for folder in _profile_dirs():
        for suffix in PROFILE_SUFFIXES:
            candidate = folder / f"{name}{suffix}"
            if os.path.lexists(candidate):  # a FIFO or a folder too: loading says why
                return candidate
    return None


def profile_path(name_or_path: str | Path) -> Path:
    """The file of a profile named ``xingcheng`` (installed), or the path given."""
    if _is_path(name_or_path):
        return Path(name_or_path)
    found = _find(str(name_or_path)) if _is_name(str(name_or_path)) else None
    return found or profiles_dir() / f"{name_or_path}.yaml"


# --- loading ---------------------------------------------------------------------------

# Every profile loaded stays here, by file and version: the preview's layout cache keys on
# the profile's id(), which must not come back for another profile. A broken one is kept as
# its error: validation asks after every edit.
_LOADED: dict[tuple[str, int, int, int], Profile | ProfileError] = {}


def load_profile(name_or_path: str | Path = DEFAULT_PROFILE) -> Profile:
    """A profile by name (``xingcheng``) or by a file path the user gave; ProfileError when
    it cannot be used. An issue's ``profile:`` goes to ``load_named``."""
    text = os.fspath(name_or_path)
    if not text.isprintable():  # NUL, line breaks, lone surrogates: no file has such a name
        raise ProfileError(_shown(text), "版式名含有控制字符或无法编码的字符；请写版式名（如 xingcheng）或文件路径")
    if _is_path(name_or_path):
        return _load_file(Path(name_or_path))
    return load_named(text)


def load_named(name: str) -> Profile:
    """The installed profile ``name``, as an issue file names it; never a file path.
    ProfileNameError when no profile has that name, ProfileError when it cannot be used."""
    if not name.isprintable():
        raise ProfileNameError(None, "版式名含有控制字符或无法编码的字符；请写已安装的版式名（如 xingcheng）")
    if not _is_name(name):
        raise ProfileNameError(None, (
            f"“{_shown(name)}”不是版式名（{_NAME_RULE}）；要用一个版式文件，请把它放进用户版式文件夹 "
            f"{user_profiles_dir()}，再在此写它的名字（文件名去掉 .yaml）"))
    path = _find(name)
    if path is None:
        raise ProfileNameError(None, (f"没有名为“{name}”的版式；已安装的版式：{_installed_names()}；"
                                      f"自己的版式请放在 {user_profiles_dir()}"))
    return _load_installed(name, path)


def _load_installed(name: str, path: Path) -> Profile:
    """An installed profile, whose name is its file name: a ``name:`` inside that differs
    would list it under one name and find it under another."""
    profile = _load_file(path)
    if profile.name != name:
        raise ProfileError(path, (f"name: {profile.name} 与文件名 {path.name} 不符；请把 name 改为 {name}，"
                                  f"或把文件改名为 {profile.name}{path.suffix}"), "name")
    return profile


def _load_file(path: Path) -> Profile:
    """The profile in the file ``path``, loaded again when the file changed (an institute
    editing its profile while the editor runs)."""
    try:
        info = os.stat(path)
        stamp = (str(path), info.st_mtime_ns, info.st_size, info.st_ino)
    except OSError:
        stamp = None
    if stamp is None:  # no such file, most likely: read it for the error
        return _read_profile(path)
    if stamp not in _LOADED:
        try:
            _LOADED[stamp] = _read_profile(path)
        except ProfileError as exc:
            _LOADED[stamp] = exc
    loaded = _LOADED[stamp]
    if isinstance(loaded, ProfileError):  # a new one each time: raising adds to its traceback
        raise ProfileError(loaded.path, loaded.message, loaded.place)
    return loaded


def _installed_names() -> str:
    return "、".join(_installed_files()) or "（无）"


def _read_profile(path: Path) -> Profile:
    data = load_data_file(path, MAX_PROFILE_BYTES, ProfileError, "版式文件",
                          lambda: f"版式文件不存在；已安装的版式：{_installed_names()}")
    try:
        profile = from_data(data if data is not None else {}, Profile)
    except DataError as exc:
        raise ProfileError(path, f"版式文件有误：{_range_message(exc, data)}", dotted(exc.path)) from exc
    problem = next(_check(profile), None)
    if problem is not None:
        place, message = problem
        raise ProfileError(path, f"版式文件有误：{message}", dotted(place))
    try:
        carbon_factors(profile.carbon.catalogue, profile.carbon.grid)
    except UnknownGridFactor as exc:
        raise ProfileError(path, f"版式文件有误：{exc.message}", "carbon.grid") from exc
    except CatalogueError as exc:
        if exc.path is None or not exc.path.is_file():  # the profile names a catalogue that is not there
            raise ProfileError(path, f"版式文件有误：{exc.message}（{exc.path}）", "carbon.catalogue") from exc
        # the catalogue's own file and key
        raise ProfileError(exc.path, f"{exc.message}（版式 {path.name} 的 carbon.catalogue 用此目录）",
                           exc.place) from exc
    return profile


def carbon_choice(name: str) -> CarbonFactors | None:
    """The factors the installed profile ``name`` chose for the carbon checks; None when the
    profile cannot be used (``profile_problem`` says why)."""
    try:
        carbon = load_named(name).carbon
        return carbon_factors(carbon.catalogue, carbon.grid)
    except (ProfileError, CatalogueError):
        return None


def validate_in_profile(issue: Issue, previous: Issue | None = None) -> list[Finding]:
    """``validate`` with what the issue's profile decides: whether it can be used, and its
    choice of carbon factors. The editor, ``bulletin validate`` and the review copy check alike."""
    from ..issue.validation import validate

    return validate(issue, previous, profile_problem=profile_problem, carbon=carbon_choice(issue.profile))


def use_profile(issue: Issue, name: str) -> None:
    """Put a new ``issue`` in the installed profile ``name``, with that institute as its
    issuer (a template's issuer is the bundled profile's); ProfileError when it cannot be used."""
    issue.masthead.issuer = load_named(name).issuer
    issue.profile = name


def profile_problem(name: str) -> str | None:
    """Why an issue cannot use the profile it names (None when it can), for validation."""
    try:
        load_named(name)
    except ProfileNameError as exc:
        return exc.message
    except ProfileError as exc:
        return f"版式“{_shown(name)}”无法使用：{exc.one_line()}"
    return None


def _shown(text: str, limit: int = 80) -> str:
    """``text`` for a one-line message: escaped where not printable, cut where long."""
    shown = text if text.isprintable() else repr(text)[1:-1]
    return shown if len(shown) <= limit else shown[:limit] + "…"


# --- messages for values out of range ----------------------------------------------------


def _range_message(exc: DataError, data: Any) -> str:
    """For a value a ``Meta`` refused: what the key holds and what is allowed (msgspec names
    only the bound crossed)."""
    meta = _meta_at(exc.path)
    if meta is not None and exc.wrong_type:
        expected = _expected(meta)
        return f"{exc.message}；{expected}" if expected else exc.message
    refused = _CONSTRAINT.search(exc.message)
    if meta is None or refused is None:
        return exc.message
    if refused["kind"] == "matching regex":
        return meta.description or exc.message
    if refused["kind"] == "of length":
        return f"长度应在 {meta.min_length or 0}–{meta.max_length} 个字符之间"
    return f"{meta.description}应在 {meta.ge:g}–{meta.le:g} 之间（现为 {_value_at(data, exc.path)}）"


def _expected(meta: Meta) -> str:
    """What a key holds, from its ``Meta``: the description and the range."""
    if meta.ge is not None and meta.le is not None:
        return f"{meta.description}应在 {meta.ge:g}–{meta.le:g} 之间"
    return meta.description or ""


_CONSTRAINT = re.compile(r"Expected `\w+` (?P<kind>of length|matching regex|[<>]=?)")


def _meta_at(path: Place) -> Meta | None:
    """The constraints of the field at ``path``, from the Structs' annotations."""
    tp: Any = Profile
    for step in path:
        tp = _without_none(tp)
        if isinstance(tp, type) and issubclass(tp, msgspec.Struct):
            tp = get_type_hints(tp, include_extras=True).get(str(step))
        elif get_origin(tp) in (dict, tuple):
            tp = get_args(tp)[-1] if get_origin(tp) is dict else get_args(tp)[0]
        else:
            return None
    tp = _without_none(tp)
    if get_origin(tp) is Annotated:
        return next((m for m in get_args(tp)[1:] if isinstance(m, Meta)), None)
    return None


def _without_none(tp: Any) -> Any:
    args = [a for a in get_args(tp) if a is not type(None)]
    return args[0] if type(None) in get_args(tp) and len(args) == 1 else tp


def _value_at(data: Any, path: Place) -> Any:
    for step in path:
        if isinstance(data, dict):
            data = data.get(step)
        elif isinstance(data, list) and isinstance(step, int) and step < len(data):
            data = data[step]
        else:
            return None
    return data


# --- checks across fields ----------------------------------------------------------------

Problem = tuple[Place, str]


def _check(profile: Profile) -> Iterator[Problem]:
    """Each problem msgspec cannot see, as (place, message); the first one is reported."""
    yield from _check_keys(profile)
    yield from _check_templates(profile.texts)
    yield from _check_page(profile)
    yield from _check_styles(profile)


def _check_keys(profile: Profile) -> Iterator[Problem]:
    for key in SECTION_KEYS:
        if key not in profile.sections:
            yield ("sections", key), "缺少此栏目的标题；栏目有：" + "、".join(SECTION_KEYS)
    for key in profile.sections:
        if key not in SECTION_KEYS:
            yield ("sections", key), "不认识此栏目；栏目有：" + "、".join(SECTION_KEYS)
    for key in DISTRIBUTION_KEYS:
        if key not in profile.texts.distribution:
            yield ("texts", "distribution", key), "缺少此项；版记须有 report（报）、send（送）、issue（发）"
    for key in profile.texts.distribution:
        if key not in DISTRIBUTION_KEYS:
            yield ("texts", "distribution", key), "不认识此项；版记只有 report（报）、send（送）、issue（发）"


def _check_templates(texts: Texts) -> Iterator[Problem]:
    for key, allowed in TEMPLATE_FIELDS.items():
        place = ("texts", key)
        listed = "、".join(f"{{{name}}}" for name in allowed)
        try:
            fields = [(name, conversion, spec)
                      for _, name, spec, conversion in string.Formatter().parse(getattr(texts, key))
                      if name is not None]
        except ValueError:
            yield place, "花括号不成对；占位符写成 {year} 这样，要显示花括号本身请写 {{ 或 }}"
            continue
        for name, conversion, spec in fields:
            if name not in allowed:
                yield place, f"不认识占位符“{{{name}}}”；可用：{listed}"
            elif conversion or spec:
                yield place, f"占位符“{{{name}}}”不能带格式（! 或 :）；请写成 {{{name}}}"
        if key == "page_number" and [name for name, _, _ in fields] != ["page"]:
            yield place, "页码须含一个且仅一个 {page}"


def _check_page(profile: Profile) -> Iterator[Problem]:
    page = profile.page
    width = page.width_mm - page.margin_left_mm - page.margin_right_mm
    height = page.height_mm - page.margin_top_mm - page.margin_bottom_mm
    if width < MIN_TYPE_AREA_MM:
        yield ("page",), (f"版心宽 {width:g} 毫米（width_mm 减左右页边距），应至少 {MIN_TYPE_AREA_MM} 毫米；"
                          "请减小 margin_left_mm 或 margin_right_mm")
    lines_mm = MIN_TYPE_AREA_LINES * page.line_pitch_twips / TWIPS_PER_MM
    if height < max(MIN_TYPE_AREA_MM, lines_mm):
        yield ("page",), (f"版心高 {height:g} 毫米（height_mm 减上下页边距），应至少 "
                          f"{max(MIN_TYPE_AREA_MM, lines_mm):.1f} 毫米（{MIN_TYPE_AREA_LINES} 行）；"
                          "请减小 margin_top_mm 或 margin_bottom_mm")
    tab_max = round(width * TWIPS_PER_MM)
    if width > 0 and page.right_tab_twips > tab_max:
        yield ("page", "right_tab_twips"), f"制表位应在版心之内：0–{tab_max}（现为 {page.right_tab_twips}）"


def _check_styles(profile: Profile) -> Iterator[Problem]:
    for key in REQUIRED_STYLES:
        if key not in profile.styles:
            yield ("styles", key), "缺少此样式；样式有：" + "、".join(REQUIRED_STYLES)
    names: dict[str, str] = {}
    width_pt = (profile.page.width_mm - profile.page.margin_left_mm - profile.page.margin_right_mm) * 72 / 25.4
    for key, style in profile.styles.items():
        place = ("styles", key)
        if key not in REQUIRED_STYLES:
            yield place, "不认识此样式；样式有：" + "、".join(REQUIRED_STYLES)
        if style.font not in profile.fonts:
            yield (*place, "font"), f"字体“{_shown(style.font)}”未在 fonts 中定义；已定义：" + "、".join(profile.fonts)
        folded = style.word_name.replace(" ", "").casefold()  # as Word compares style names
        other = names.setdefault(folded, key)
        if folded == "normal":
            yield (*place, "word_name"), "Word 的 Normal 样式是其他样式的基础，不能用作样式名"
        elif other != key:
            yield (*place, "word_name"), (f"Word 样式名“{style.word_name}”与 styles.{other} 的相同"
                                          "（Word 不分大小写和空格）；每个样式须有自己的名字")
        if style.indent_chars * style.size >= width_pt:
            yield (*place, "indent_chars"), (f"首行缩进 {style.indent_chars:g} 个字符超出版心宽度；"
                                             f"{style.size:g} 磅的字应少于 {width_pt / style.size:.1f} 个字符")
