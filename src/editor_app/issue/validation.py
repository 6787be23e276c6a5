"""Validation of an issue: every finding has a severity, a place and a Chinese message.

Used by ``bulletin validate``, by the exporter (which refuses errors) and by the editor's
problems panel; there is no second copy of these rules.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal
from enum import Enum

import msgspec

from .metrics import BY_KEY, Metric
from .model import Issue, Project
from .model_data import known_fields, unknown_keys
from .numbers import decimal_places
from .places import Place, describe
from .projects import PLACEHOLDER, TEXT_PLACEHOLDERS, MetricError, metric_value, unknown_placeholders
from .sections import ACTION, NEWS_KEYS, SECTION_KEYS, action_section, news_section
from .textclean import CONTROL, find_half_width_in_chinese, find_pinyin_artefacts
from .typography import (
    LINE_EMS,
    find_ampersands,
    find_hyphen_ranges,
    find_spaces_in_chinese,
    short_last_line,
)

# Plausibility ranges (warnings, not errors).
CO2_PER_TCE = (Decimal("2.0"), Decimal("3.0"))  # t CO2 per t of standard coal saved
CO2_PER_MWH = (Decimal("0.4"), Decimal("1.1"))  # Chinese grid emission factors, t CO2 / MWh
TCE_PER_MWH_MAX = Decimal("0.4")  # coal-equivalent of a MWh is about 0.3 tce (等价值)
HOURS_PER_YEAR = Decimal(8760)
MAX_ITEMS = 500  # per section: about 200 pages, far beyond any real issue
# Codes, numbers and choices, not prose: the typography checks and the text tools leave them alone.
NOT_PROSE = frozenset({"profile", "date", "value", "unit", "basis"})
# Body paragraphs: 16 pt on the 28-character grid (``typography.LINE_EMS``).
BODY_TEXTS = frozenset({"paragraphs", "introduction"})

# Why the issue cannot use the layout profile it names, or None: ``layout.profile.profile_problem``,
# passed in by the callers (this stage comes before the layout and does not import it).
ProfileCheck = Callable[[str], str | None]


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"

    @property
    def label(self) -> str:
        return "错误" if self is Severity.ERROR else "警告"


# The keys of the text tools (``gui.texttools``) that fix a finding for certain.
FIX_SPACES = "spaces"
FIX_RANGES = "ranges"


class Finding(msgspec.Struct, frozen=True):
    severity: Severity
    path: Place
    message: str
    fix: str | None = None  # the text tool that fixes it for certain, if one does

    def place_in(self, section_titles: Mapping[str, str]) -> str:
        """The place in words, sections named by the layout profile's ``section_titles``."""
        return describe(self.path, section_titles)


def _error(path: Place, message: str) -> Finding:
    return Finding(Severity.ERROR, path, message)


def _warning(path: Place, message: str, fix: str | None = None) -> Finding:
    return Finding(Severity.WARNING, path, message, fix)


def iter_texts(node: msgspec.Struct, path: Place = ()) -> Iterator[tuple[Place, str]]:
    """Every text field of the issue with its place (reviewers' notes are not the issue's text)."""
    for name in known_fields(node):
        if not (path == () and name == "review"):
            yield from _iter_value(getattr(node, name), (*path, name))


def _iter_value(value: object, path: Place) -> Iterator[tuple[Place, str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, msgspec.Struct):
        yield from iter_texts(value, path)
    elif isinstance(value, list):
        for i, child in enumerate(value):
            yield from _iter_value(child, (*path, i))
    elif isinstance(value, dict):
        for key, child in value.items():
            yield from _iter_value(child, (*path, key))


def _iter_unknown_keys(node: object, path: Place = ()) -> Iterator[tuple[Place, str]]:
    if isinstance(node, msgspec.Struct):
        for key in unknown_keys(node):
            yield path, key
        for name in known_fields(node):
            yield from _iter_unknown_keys(getattr(node, name), (*path, name))
    elif isinstance(node, list):
        for i, child in enumerate(node):
            yield from _iter_unknown_keys(child, (*path, i))
    elif isinstance(node, dict):
        for key, child in node.items():
            yield from _iter_unknown_keys(child, (*path, key))


def _check_masthead(issue: Issue, previous: Issue | None) -> Iterator[Finding]:
    m = issue.masthead
    base: Place = ("masthead",)
    if m.year is None:
        yield _error((*base, "year"), "请填写年份")
    elif not 2000 <= m.year <= 2100:
        yield _error((*base, "year"), f"年份 {m.year} 不合理，请填写四位年份，如 2023")
    if m.number is None:
        yield _error((*base, "number"), "请填写期号")
    elif m.number < 1:
        yield _error((*base, "number"), f"期号须为正整数，现为 {m.number}")
    if m.total_number is not None and m.total_number < 1:
        yield _error((*base, "total_number"), f"总期号须为正整数，现为 {m.total_number}")
    elif m.total_number is not None and m.number and m.total_number < m.number:
        yield _error((*base, "total_number"), "总期号不应小于当年期号")
    if not m.issuer.strip():
        yield _error((*base, "issuer"), "请填写发布单位")
    if m.date is None or m.date == "":
        yield _error((*base, "date"), "请填写出刊日期，如 2023-09-25")
    elif isinstance(m.date, str):
        yield _error((*base, "date"), f"出刊日期“{m.date}”不是真实日期，请写成 2023-09-25 这样的日期")
    elif m.year and m.date.year != m.year:
        yield _warning((*base, "date"), f"出刊日期在 {m.date.year} 年，与报头年份 {m.year} 不一致")
    elif m.date > dt.date.today() + dt.timedelta(days=366):
        yield _warning((*base, "date"), "出刊日期在一年以后，请核对")
    if previous is not None:
        yield from _check_against_previous(issue, previous)


def _check_against_previous(issue: Issue, previous: Issue) -> Iterator[Finding]:
    m, p = issue.masthead, previous.masthead
    if m.number and p.number and m.year == p.year and m.number < p.number:
        yield _error(("masthead", "number"), f"期号 {m.number} 小于上一期的期号 {p.number}")
    elif m.number and p.number and m.year == p.year and m.number == p.number:
        yield _warning(("masthead", "number"), f"期号与上一期相同（{p.number}），请核对")
    if m.total_number and p.total_number and m.total_number <= p.total_number:
        yield _error(("masthead", "total_number"),
                     f"总期号 {m.total_number} 应大于上一期的总期号 {p.total_number}")
    if isinstance(m.date, dt.date) and isinstance(p.date, dt.date) and m.date < p.date:
        yield _error(("masthead", "date"), f"出刊日期早于上一期（{p.date.isoformat()}）")


def _check_sections(issue: Issue) -> Iterator[Finding]:
    for key in NEWS_KEYS:
        items = news_section(issue, key).items
        if len(items) > MAX_ITEMS:
            yield _error(("sections", key), f"条目过多：本栏目有 {len(items)} 条，超过 {MAX_ITEMS} 条上限；请分期刊发")
            continue
        if not any(item.headline.strip() or any(p.strip() for p in item.paragraphs) for item in items):
            yield _warning(("sections", key), "本栏目没有内容")
            continue
        for i, item in enumerate(items):
            if not item.headline.strip() and not any(p.strip() for p in item.paragraphs):
                yield _warning(("sections", key, "items", i), "这一条是空的，请填写或删除")
            elif not any(p.strip() for p in item.paragraphs):
                yield _warning(("sections", key, "items", i, "paragraphs", 0), "这一条只有标题，没有正文")
    action = action_section(issue)
    if not action.introduction.strip() and not action.projects:
        yield _warning(ACTION.place, "本栏目没有内容")


def _check_number(metric: Metric, path: Place, value: Decimal) -> Iterator[Finding]:
    if value < 0:
        yield _error(path, f"{metric.label}不能为负数（现为 {value}）")
    elif value == 0:
        yield _error(path, f"{metric.label}为 0 没有意义；请填写实际数值或删除该指标")
    if decimal_places(value) > metric.max_decimals:
        yield _error(path, f"{metric.label}最多保留 {metric.max_decimals} 位小数")


def _check_project(project: Project, base: Place) -> Iterator[Finding]:
    if not project.company.strip():
        yield _error((*base, "company"), "请填写公司名称")
    if not project.name.strip():
        yield _error((*base, "name"), "请填写项目名称")
    in_base: dict[str, Decimal] = {}
    for key, entry in project.metrics.items():
        path = (*base, "metrics", key)
        metric = BY_KEY.get(key)
        if metric is None:
            yield _error(path, f"未知指标“{key}”；可用指标：" + "、".join(BY_KEY))
            continue
        if metric.unit(entry.unit) is None:
            yield _error((*path, "unit"), f"{metric.label}的单位“{entry.unit}”不可用，请选择："
                         + "、".join(u.name for u in metric.units))
            continue
        try:
            value = metric_value(metric, entry)
        except MetricError as exc:
            yield _error((*path, "value"), str(exc))
            continue
        number_findings = list(_check_number(metric, (*path, "value"), value))
        yield from number_findings
        unit = metric.unit(entry.unit)
        assert unit is not None
        if value * unit.to_base > metric.max_base:
            yield _error((*path, "value"),
                         f"{metric.label} {entry.value.strip()}{entry.unit} 大得不合理，请核对数值和单位")
            continue
        if metric.bases and entry.basis not in metric.bases:
            yield _error((*path, "basis"), f"请选择{metric.label}的口径：" + "或".join(metric.bases))
        elif not metric.bases and entry.basis:
            yield _error((*path, "basis"), f"{metric.label}没有口径，请清空“{entry.basis}”")
        if not number_findings:
            in_base[key] = value * unit.to_base
    yield from _check_plausibility(in_base, base)
    yield from _check_wording(project, base)


def _check_plausibility(v: dict[str, Decimal], base: Place) -> Iterator[Finding]:
    co2, tce, mwh, kw = (v.get(k) for k in
                         ("co2_reduction", "energy_saving", "annual_generation", "installed_capacity"))
    path = (*base, "metrics")
    if co2 and tce:
        ratio = co2 / tce
        low, high = CO2_PER_TCE
        if not low <= ratio <= high:
            yield _warning((*path, "co2_reduction"),
                           f"二氧化碳减排量是节能量的 {ratio:.2f} 倍，通常在 {low}–{high} 倍之间，"
                           "请核对数值和单位")
    if co2 and mwh:
        factor = co2 / mwh
        low, high = CO2_PER_MWH
        if not low <= factor <= high:
            yield _warning((*path, "co2_reduction"),
                           f"每兆瓦时发电减排 {factor:.2f} 吨二氧化碳，超出电网排放因子范围"
                           f"（{low}–{high}），请核对")
    if mwh and kw and mwh > kw * HOURS_PER_YEAR / 1000:
        yield _warning((*path, "annual_generation"),
                       "年发电量超过装机容量全年满发的上限，请核对数值和单位")
    if tce and mwh and tce > mwh * TCE_PER_MWH_MAX:
        yield _warning((*path, "energy_saving"), "年节能量超过发电量所能折算的标准煤，请核对")


def _check_wording(project: Project, base: Place) -> Iterator[Finding]:
    if not project.wording:
        return
    path = (*base, "wording")
    for name in unknown_placeholders(project.wording):
        yield _error(path, f"表述中的占位符“{{{name}}}”不认识；可用："
                     + "、".join(["{技术}", "{设施}", *(m.placeholder for m in BY_KEY.values())]))
    used = set(PLACEHOLDER.findall(project.wording))
    for metric in BY_KEY.values():
        if metric.label in used and metric.key not in project.metrics:
            yield _error(path, f"表述用到了{metric.placeholder}，但没有填写{metric.label}")
    for name, field in TEXT_PLACEHOLDERS.items():
        if name in used and not getattr(project, field).strip():
            yield _error(path, f"表述用到了{{{name}}}，但没有填写{name}")
    if any(ch.isdigit() for ch in PLACEHOLDER.sub("", project.wording)):
        yield _warning(path, "表述中直接写了数字；数值请填在指标中，用占位符引用")


def _check_text(issue: Issue) -> Iterator[Finding]:
    for path, text in iter_texts(issue):
        if CONTROL.search(text):
            yield _error(path, "含有控制字符（常见于从 PDF 粘贴），请用“工具 › 清除控制字符”删除")
        artefacts = find_pinyin_artefacts(text)
        if artefacts:
            shown = "、".join(artefacts[:3]) + ("……" if len(artefacts) > 3 else "")
            yield _error(path, f"残留拼音注音 {shown}（共 {len(artefacts)} 处），请删除括号中的拼音")
        half = find_half_width_in_chinese(text)
        if half and path[-1] not in ("unit", "value", "basis"):
            yield _warning(path, f"中文中有半角标点“{''.join(dict.fromkeys(half))}”，应为全角")
        if path[-1] not in NOT_PROSE:
            yield from _check_typography(path, text)


def _check_typography(path: Place, text: str) -> Iterator[Finding]:
    spaces = find_spaces_in_chinese(text)
    if spaces:
        where = "标题" if path[-1] in ("headline", "heading") else "中文"
        yield _warning(path, f"{where}中有半角空格（{spaces} 处）：汉字之间、汉字与数字或外文之间不空格；"
                       "请删除（如为分隔，改用逗号），或用“工具 › 删除中文中的空格”", FIX_SPACES)
    ranges = find_hyphen_ranges(text)
    if ranges:
        (written, right), more = ranges[0], f"等 {len(ranges)} 处" if len(ranges) > 1 else ""
        yield _warning(path, f"范围“{written}”{more}用了半字线“-”，应为“{right}”这样的连接号；"
                       "请改正，或用“工具 › 范围改用连接号”", FIX_RANGES)
    if find_ampersands(text):
        yield _warning(path, "中文中有半角“&”，它不是中文标点；请改为“和”“与”或“及”")
    if BODY_TEXTS.intersection(map(str, path[-2:])):
        line = short_last_line(text)
        if line:
            yield _warning(path, f"按 Word 版面每行 {LINE_EMS:.0f} 字估算，本段末行只有“{line}”，"
                           "审稿时会被标出；请增删几个字")


def validate(issue: Issue, previous: Issue | None = None, *,
             profile_problem: ProfileCheck | None = None) -> list[Finding]:
    """All findings for ``issue``; ``previous`` is the issue before it, when known;
    ``profile_problem`` checks the profile the issue names."""
    problem = profile_problem(issue.profile) if profile_problem is not None else None
    findings = [_error(("profile",), problem)] if problem else []
    findings.extend(_check_masthead(issue, previous))
    findings.extend(_check_sections(issue))
    for i, project in enumerate(action_section(issue).projects):
        findings.extend(_check_project(project, (*ACTION.entries_place, i)))
    findings.extend(_check_text(issue))
    findings.extend(
        _warning((*path, key), f"未知字段“{key}”，本程序不使用它，保存时原样保留")
        for path, key in _iter_unknown_keys(issue)
    )
    order = {key: n for n, key in enumerate(("profile", "masthead", "sections", "closing", "distribution"))}
    section_order = {key: n for n, key in enumerate(SECTION_KEYS)}

    def sort_key(f: Finding) -> tuple:
        head = order.get(str(f.path[0]), 9) if f.path else -1
        sec = section_order.get(str(f.path[1]), 9) if len(f.path) > 1 else -1
        return (head, sec, [str(p).zfill(6) if isinstance(p, int) else "" for p in f.path[2:]])

    return sorted(findings, key=sort_key)
