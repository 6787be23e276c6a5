"""Validation of an issue: every finding has a severity, a place and a Chinese message.

A message is a template and its arguments (``Finding.template``, ``Finding.arguments``): the
command line prints it in Chinese, the editor looks the template up in its catalogues and
shows it in the interface language. So every template is a string literal in a call of
``_error`` or ``_warning`` (never an f-string): ``tests/issue/test_finding_texts.py`` collects
them from the source and checks that each one is translated.

Used by ``bulletin validate``, by the exporter (which refuses errors) and by the editor's
problems panel; there is no second copy of these rules.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from decimal import Decimal

import msgspec

from .carbon import BASES, CHECKS, carbon_warnings, figures
from .factors import CarbonFactors
from .findings import Finding, Severity, arguments_of, error_at, quoted, warning_at
from .metrics import BY_KEY, Metric
from .model import MAX_NUMBER, MAX_TOTAL_NUMBER, Issue, Project
from .model_data import known_fields, unknown_keys
from .numbers import NumberError, decimal_places, parse_number
from .places import Place
from .projects import PLACEHOLDER, TEXT_PLACEHOLDERS, unknown_placeholders
from .sections import ACTION, NEWS_KEYS, SECTION_KEYS, action_section, news_section
from .sequence import date_findings, numbering_findings
from .textclean import (
    BIDI,
    BREAK,
    CONTROL,
    INVISIBLE,
    LOOKALIKE,
    PRIVATE,
    RADICAL,
    SPACE,
    find_half_width_in_chinese,
    find_pinyin_artefacts,
    odd_characters,
)
from .typography import (
    LINE_EMS,
    find_ampersands,
    find_hyphen_ranges,
    find_spaces_in_chinese,
    short_last_line,
)

MAX_ITEMS = 500  # per section: about 200 pages, far beyond any real issue
# Codes, numbers and choices, not prose: the typography checks and the text tools leave them alone.
NOT_PROSE = frozenset({"profile", "date", "value", "unit", "basis", "carbon_basis", "check", "figures"})
# Body paragraphs: 16 pt on the 28-character grid (``typography.LINE_EMS``).
BODY_TEXTS = frozenset({"paragraphs", "introduction"})

# Why the issue cannot use the layout profile it names, or None: ``layout.profile.profile_problem``,
# passed in by the callers (this stage comes before the layout and does not import it).
ProfileCheck = Callable[[str], str | None]


# The keys of the text tools (``gui.texttools``) that fix a finding for certain.
FIX_SPACES = "spaces"
FIX_RANGES = "ranges"
FIX_INVISIBLE = "invisible"






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
        yield error_at((*base, "year"), "请填写年份")
    elif not 2000 <= m.year <= 2100:
        yield error_at((*base, "year"), "年份 {year} 不合理，请填写四位年份，如 2023", year=m.year)
    if m.number is None:
        yield error_at((*base, "number"), "请填写期号")
    elif m.number < 1:
        yield error_at((*base, "number"), "期号须为正整数，现为 {number}", number=m.number)
    elif m.number > MAX_NUMBER:
        yield error_at((*base, "number"), "期号 {number} 过大，最多 {digits} 位", number=quoted(str(m.number)),
                       digits=len(str(MAX_NUMBER)))
    if m.total_number is not None and m.total_number < 1:
        yield error_at((*base, "total_number"), "总期号须为正整数，现为 {number}", number=m.total_number)
    elif m.total_number is not None and m.total_number > MAX_TOTAL_NUMBER:
        yield error_at((*base, "total_number"), "总期号 {number} 过大，最多 {digits} 位",
                       number=quoted(str(m.total_number)), digits=len(str(MAX_TOTAL_NUMBER)))
    elif m.total_number is not None and m.number and m.total_number < m.number:
        yield error_at((*base, "total_number"), "总期号不应小于当年期号")
    if not m.issuer.strip():
        yield error_at((*base, "issuer"), "请填写发布单位")
    if m.date is None or m.date == "":
        yield error_at((*base, "date"), "请填写出刊日期，如 2023-09-25")
    elif isinstance(m.date, str):
        yield error_at((*base, "date"), "出刊日期“{date}”不是真实日期，请写成 2023-09-25 这样的日期", date=m.date)
    elif m.year and m.date.year != m.year:
        yield warning_at((*base, "date"), "出刊日期在 {date_year} 年，与报头年份 {year} 不一致",
                       date_year=m.date.year, year=m.year)
    elif m.date > dt.date.today() + dt.timedelta(days=366):
        yield warning_at((*base, "date"), "出刊日期在一年以后，请核对")
    if previous is not None:
        yield from _check_against_previous(issue, previous)


def _check_against_previous(issue: Issue, previous: Issue) -> Iterator[Finding]:
    yield from numbering_findings(issue, previous)
    yield from date_findings(issue, previous)


def _check_sections(issue: Issue) -> Iterator[Finding]:
    for key in NEWS_KEYS:
        items = news_section(issue, key).items
        if len(items) > MAX_ITEMS:
            yield error_at(("sections", key), "条目过多：本栏目有 {count} 条，超过 {limit} 条上限；请分期刊发",
                         count=len(items), limit=MAX_ITEMS)
            continue
        if not any(item.headline.strip() or any(p.strip() for p in item.paragraphs) for item in items):
            yield warning_at(("sections", key), "本栏目没有内容")
            continue
        for i, item in enumerate(items):
            if not item.headline.strip() and not any(p.strip() for p in item.paragraphs):
                yield warning_at(("sections", key, "items", i), "这一条是空的，请填写或删除")
            elif not any(p.strip() for p in item.paragraphs):
                yield warning_at(("sections", key, "items", i, "paragraphs", 0), "这一条只有标题，没有正文")
    action = action_section(issue)
    if not action.introduction.strip() and not action.projects:
        yield warning_at(ACTION.place, "本栏目没有内容")


def _check_number(metric: Metric, path: Place, value: Decimal) -> Iterator[Finding]:
    if value < 0:
        yield error_at(path, "{metric}不能为负数（现为 {value}）", metric=metric.label, value=value)
    elif value == 0:
        yield error_at(path, "{metric}为 0 没有意义；请填写实际数值或删除该指标", metric=metric.label)
    if decimal_places(value) > metric.max_decimals:
        yield error_at(path, "{metric}最多保留 {decimals} 位小数", metric=metric.label,
                     decimals=metric.max_decimals)


def _check_project(project: Project, base: Place, carbon: CarbonFactors | None) -> Iterator[Finding]:
    if not project.company.strip():
        yield error_at((*base, "company"), "请填写公司名称")
    if not project.name.strip():
        yield error_at((*base, "name"), "请填写项目名称")
    in_base: dict[str, Decimal] = {}
    for key, entry in project.metrics.items():
        path = (*base, "metrics", key)
        metric = BY_KEY.get(key)
        if metric is None:
            yield error_at(path, "未知指标“{key}”；可用指标：{known}", key=key, known="、".join(BY_KEY))
            continue
        if metric.unit(entry.unit) is None:
            yield error_at((*path, "unit"), "{metric}的单位“{unit}”不可用，请选择：{units}", metric=metric.label,
                         unit=entry.unit, units="、".join(u.name for u in metric.units))
            continue
        try:
            value = parse_number(entry.value)
        except NumberError as exc:  # its template is one of numbers.py's
            yield error_at((*path, "value"), exc.template, **exc.arguments)
            continue
        number_findings = list(_check_number(metric, (*path, "value"), value))
        yield from number_findings
        unit = metric.unit(entry.unit)
        assert unit is not None
        if value * unit.to_base > metric.max_base:
            yield error_at((*path, "value"),
                         "{metric} {value}{unit} 大得不合理，请核对数值和单位",
                         metric=metric.label, value=quoted(entry.value.strip()), unit=entry.unit)
            continue
        if metric.bases and entry.basis not in metric.bases:
            yield error_at((*path, "basis"), "请选择{metric}的口径：{bases}", metric=metric.label,
                         bases="或".join(metric.bases))
        elif not metric.bases and entry.basis:
            yield error_at((*path, "basis"), "{metric}没有口径，请清空“{basis}”", metric=metric.label,
                         basis=entry.basis)
        if not number_findings:
            in_base[key] = value * unit.to_base
    if project.carbon_basis is not None and project.carbon_basis not in BASES:
        yield error_at((*base, "carbon_basis"), "减排口径“{basis}”不可用，请选择：{bases}",
                     basis=project.carbon_basis, bases="、".join(BASES))
    else:
        yield from _check_carbon(project, in_base, base, carbon)
    yield from _check_wording(project, base)


def _check_carbon(project: Project, in_base: dict[str, Decimal], base: Place,
                  carbon: CarbonFactors | None) -> Iterator[Finding]:
    """The carbon checks' warnings. One the editors acknowledged shows as info with its note,
    as long as the figures it was acknowledged for stand (an older acknowledgement, which kept
    none, stands for any); once they change, the warning is back, saying so."""
    acknowledged = {ack.check: ack for ack in project.acknowledged}
    for i, ack in enumerate(project.acknowledged):
        if ack.check not in CHECKS:
            yield warning_at((*base, "acknowledged", i, "check"),
                           "没有名为“{check}”的检查，这条确认不起作用；可用：{checks}",
                           check=ack.check, checks="、".join(CHECKS))
    for warning in carbon_warnings(project, in_base, carbon):
        path = (*base, "metrics", warning.metric)
        stated = figures(project, warning.used)
        ack = acknowledged.get(warning.check)
        arguments = {**warning.arguments, "warning": warning.template}
        if ack is None:
            yield Finding(Severity.WARNING, path, warning.template, arguments_of(warning.arguments),
                          check=warning.check, figures=stated)
        elif ack.figures and ack.figures != stated:
            yield Finding(Severity.WARNING, path, "此前的确认针对“{acknowledged_for}”，数值已改变；请核对：{warning}",
                          arguments_of({**arguments, "acknowledged_for": ack.figures}),
                          check=warning.check, figures=stated)
        else:
            yield Finding(Severity.INFO, path, "已确认（备注：{note}）：{warning}",
                          arguments_of({**arguments, "note": ack.note or "无"}), check=warning.check,
                          figures=stated)


def _check_wording(project: Project, base: Place) -> Iterator[Finding]:
    if not project.wording:
        return
    path = (*base, "wording")
    for name in unknown_placeholders(project.wording):
        yield error_at(path, "表述中的占位符“{placeholder}”不认识；可用：{known}", placeholder=f"{{{name}}}",
                     known="、".join(["{技术}", "{设施}", *(m.placeholder for m in BY_KEY.values())]))
    used = set(PLACEHOLDER.findall(project.wording))
    for metric in BY_KEY.values():
        if metric.label in used and metric.key not in project.metrics:
            yield error_at(path, "表述用到了{placeholder}，但没有填写{metric}",
                         placeholder=metric.placeholder, metric=metric.label)
    for name, field in TEXT_PLACEHOLDERS.items():
        if name in used and not getattr(project, field).strip():
            yield error_at(path, "表述用到了{placeholder}，但没有填写{field}",
                         placeholder=f"{{{name}}}", field=name)
    if any(ch.isdigit() for ch in PLACEHOLDER.sub("", project.wording)):
        yield warning_at(path, "表述中直接写了数字；数值请填在指标中，用占位符引用")


def _check_text(issue: Issue) -> Iterator[Finding]:
    for path, text in iter_texts(issue):
        if CONTROL.search(text):
            yield error_at(path, "含有控制字符（常见于从 PDF 粘贴），请用“工具 › 清除控制字符”删除")
        yield from _check_odd_characters(path, text)
        artefacts = find_pinyin_artefacts(text)
        if artefacts:
            shown = "、".join(artefacts[:3]) + ("……" if len(artefacts) > 3 else "")
            yield error_at(path, "残留拼音注音 {shown}（共 {count} 处），请删除括号中的拼音",
                         shown=shown, count=len(artefacts))
        half = find_half_width_in_chinese(text)
        if half and path[-1] not in ("unit", "value", "basis", "figures"):
            yield warning_at(path, "中文中有半角标点“{marks}”，应为全角",
                           marks="".join(dict.fromkeys(half)))
        if path[-1] not in NOT_PROSE:
            yield from _check_typography(path, text)


def _check_odd_characters(path: Place, text: str) -> Iterator[Finding]:
    """Invisible and look-alike characters, each named (a reader cannot see them): a direction
    control is an error, as it prints the text after it reversed; the others are warnings."""
    for odd in odd_characters(text):
        char, count = odd.named, odd.count
        if odd.kind == BIDI:
            yield error_at(path, "含有方向控制字符 {char}（{count} 处）：它不显示，却使打印出的文字顺序颠倒；"
                           "请删除它，或用“工具 › 清除不可见字符和形似字”", FIX_INVISIBLE, char=char, count=count)
        elif odd.kind == INVISIBLE:
            yield warning_at(path, "含有不可见字符 {char}（{count} 处，常见于从 PDF 粘贴）；"
                             "请删除它，或用“工具 › 清除不可见字符和形似字”", FIX_INVISIBLE, char=char, count=count)
        elif odd.kind == SPACE:
            yield warning_at(path, "含有特殊空格 {char}（{count} 处）；汉字旁的请删除，其余换成普通空格，"
                             "或用“工具 › 清除不可见字符和形似字”", FIX_INVISIBLE, char=char, count=count)
        elif odd.kind == BREAK:
            yield warning_at(path, "含有分隔符 {char}（{count} 处），是粘贴带入的换行；汉字旁的请删除，"
                             "其余换成普通空格，或用“工具 › 清除不可见字符和形似字”", FIX_INVISIBLE,
                             char=char, count=count)
        elif odd.kind == LOOKALIKE:
            yield warning_at(path, "“{shown}”是 {char}，形似汉字而不是汉字，检索和换字体时会出错；"
                             "请换成普通的“{right}”，或用“工具 › 清除不可见字符和形似字”", FIX_INVISIBLE,
                             shown=odd.char, char=char, right=odd.replacement)
        elif odd.kind == RADICAL:
            yield warning_at(path, "“{shown}”是 {char}，形似汉字而不是汉字；请换成应有的汉字",
                             shown=odd.char, char=char)
        elif odd.kind == PRIVATE:
            yield warning_at(path, "含有私用区字符 {char}（{count} 处）：PDF 字体自造的字形，别处显示不出；"
                             "请删除它，换成应有的字", char=char, count=count)
        else:  # LOST
            yield warning_at(path, "含有替换字符 {char}（{count} 处）：原来的字在转换中已丢失；"
                             "请删除它，换成应有的字", char=char, count=count)


def _check_typography(path: Place, text: str) -> Iterator[Finding]:
    spaces = find_spaces_in_chinese(text)
    if spaces and path[-1] in ("headline", "heading"):
        yield warning_at(path, "标题中有半角空格（{count} 处）：汉字之间、汉字与数字或外文之间不空格；"
                       "请删除（如为分隔，改用逗号），或用“工具 › 删除中文中的空格”", FIX_SPACES, count=spaces)
    elif spaces:
        yield warning_at(path, "中文中有半角空格（{count} 处）：汉字之间、汉字与数字或外文之间不空格；"
                       "请删除（如为分隔，改用逗号），或用“工具 › 删除中文中的空格”", FIX_SPACES, count=spaces)
    ranges = find_hyphen_ranges(text)
    if ranges:
        (written, right) = ranges[0]
        if len(ranges) > 1:
            yield warning_at(path, "范围“{written}”等 {count} 处用了半字线“-”，应为“{right}”这样的连接号；"
                           "请改正，或用“工具 › 范围改用连接号”", FIX_RANGES,
                           written=written, count=len(ranges), right=right)
        else:
            yield warning_at(path, "范围“{written}”用了半字线“-”，应为“{right}”这样的连接号；"
                           "请改正，或用“工具 › 范围改用连接号”", FIX_RANGES, written=written, right=right)
    if find_ampersands(text):
        yield warning_at(path, "中文中有半角“&”，它不是中文标点；请改为“和”“与”或“及”")
    if BODY_TEXTS.intersection(map(str, path[-2:])):
        line = short_last_line(text)
        if line:
            yield warning_at(path, "按 Word 版面每行 {ems} 字估算，本段末行只有“{line}”，"
                           "审稿时会被标出；请增删几个字", ems=f"{LINE_EMS:.0f}", line=line)


def validate(issue: Issue, previous: Issue | None = None, *,
             profile_problem: ProfileCheck | None = None,
             carbon: CarbonFactors | None = None) -> list[Finding]:
    """All findings for ``issue``; ``previous`` is the issue before it, when known;
    ``profile_problem`` checks the profile the issue names; ``carbon`` is that profile's choice
    of factors (``layout.profile.carbon_choice``), without which no factor is checked."""
    problem = profile_problem(issue.profile) if profile_problem is not None else None
    findings = [error_at(("profile",), "{problem}", problem=problem)] if problem else []
    findings.extend(_check_masthead(issue, previous))
    findings.extend(_check_sections(issue))
    for i, project in enumerate(action_section(issue).projects):
        findings.extend(_check_project(project, (*ACTION.entries_place, i), carbon))
    findings.extend(_check_text(issue))
    findings.extend(
        warning_at((*path, key), "未知字段“{key}”，本程序不使用它，保存时原样保留", key=key)
        for path, key in _iter_unknown_keys(issue)
    )
    order = {key: n for n, key in enumerate(("profile", "masthead", "sections", "closing", "distribution"))}
    section_order = {key: n for n, key in enumerate(SECTION_KEYS)}

    def sort_key(f: Finding) -> tuple:
        head = order.get(str(f.path[0]), 9) if f.path else -1
        sec = section_order.get(str(f.path[1]), 9) if len(f.path) > 1 else -1
        return (head, sec, [str(p).zfill(6) if isinstance(p, int) else "" for p in f.path[2:]])

    return sorted(findings, key=sort_key)
