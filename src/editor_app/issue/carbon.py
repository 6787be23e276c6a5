"""The carbon and energy checks of a section-three project, by what the project measures.

A project states its basis (``BASES``): fuel saved converts to CO2 at the fuels' factors,
electricity saved or generated at the grid factor the profile chose, and kWh to tce at the
当量值 or 等价值 factor. Each check computes the expected figure from the catalogue
(``issue.factors``) and, when the stated one is outside the tolerance, names the slip it
looks like (吨/万吨, carbon for CO2, 当量/等价 swapped, daily for annual). Checks only warn;
each message is built in one function per check.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal
from typing import NamedTuple

from .factors import CarbonFactors, Factor
from .metrics import BY_KEY
from .model import Project
from .numbers import format_number

BASES = ("节约燃料", "节约电力", "可再生能源发电", "其他")
FUEL, POWER, RENEWABLE, OTHER = BASES
HOURS_PER_YEAR = 8760
DAYS_PER_YEAR = 365
UNIT_STEP = 10_000  # 吨/万吨, 千瓦时/万千瓦时/亿千瓦时
CARBON_PER_CO2 = 12 / 44
SLIP_TOLERANCE = 0.3  # how near a ratio must come to a slip's factor to be named as that slip

# The checks' ids, kept in an acknowledgement (``model.Acknowledgement.check``).
CHECK_BASIS = "carbon_basis"
CHECK_CO2 = "co2_expected"
CHECK_TCE = "tce_expected"
CHECK_HOURS = "full_load_hours"
CHECK_THROUGHPUT = "daily_vs_annual"
CHECKS = (CHECK_BASIS, CHECK_CO2, CHECK_TCE, CHECK_HOURS, CHECK_THROUGHPUT)

UNIT_SLIP = "像是单位错了一级（吨与万吨、千瓦时与万千瓦时、万千瓦时与亿千瓦时都相差 1 万倍）"


class CarbonWarning(NamedTuple):
    check: str
    metric: str  # the metric the warning is about (its place)
    message: str


def carbon_warnings(project: Project, values: Mapping[str, Decimal],
                    factors: CarbonFactors | None) -> Iterator[CarbonWarning]:
    """The warnings of ``project`` whose valid metrics are ``values`` (in base units: 吨,
    吨标准煤, 兆瓦时, 千瓦, 方/日); factor checks only with ``factors``."""
    v = {key: float(value) for key, value in values.items()}
    if "co2_reduction" in v and project.carbon_basis is None:
        yield CarbonWarning(CHECK_BASIS, "co2_reduction", basis_missing_message())
    hours = _hours_warning(project, v, factors)
    if hours is not None:
        yield hours
    if factors is None:
        return
    if project.carbon_basis == FUEL:
        yield from _fuel(project, v, factors)
    elif project.carbon_basis == POWER:
        yield from _power(project, v, factors)
    elif project.carbon_basis == RENEWABLE:
        yield from _renewable(project, v, factors)
    yield from _throughput(project, v, factors)


# --- messages: one function per check ---------------------------------------------------


def basis_missing_message() -> str:
    return ("未选择减排口径（" + "、".join(BASES) + "），二氧化碳减排量无法按排放因子核对；"
            "请在项目中选择减排口径")


def co2_message(stated: str, expected: str, how: str, verdict: str, unverified: str) -> str:
    return f"二氧化碳减排填写为 {stated}，按{how}应约 {expected}；{verdict}{unverified}"


def fuel_message(stated: str, low: str, high: str, how: str, verdict: str, unverified: str) -> str:
    return f"二氧化碳减排填写为 {stated}，按{how}应在 {low}–{high} 之间；{verdict}{unverified}"


def tce_message(stated: str, expected: str, how: str, verdict: str, unverified: str) -> str:
    return f"年节能量填写为 {stated}，按{how}应约 {expected}；{verdict}{unverified}"


def hours_message(hours: float, label: str, low: float, high: float, source: str, verdict: str) -> str:
    return (f"按装机容量和年发电量，年利用小时数为 {hours:.0f} 小时，{label}通常为 "
            f"{low:.0f}–{high:.0f} 小时（{source}）；{verdict}")


def full_year_message() -> str:
    return "年发电量超过装机容量全年满发的上限，请核对数值和单位"


def throughput_message(per_unit: float, low: float, high: float, source: str, verdict: str) -> str:
    return (f"二氧化碳减排折合每方（吨）日处理能力每年 {_sig(per_unit)} 吨，通常为 "
            f"{_sig(low)}–{_sig(high)} 吨（{source}）；{verdict}")


def verdict_text(ratio: float, tolerance: float, slip: str | None) -> str:
    if slip:
        return f"{_ratio(ratio)}，{slip}；请核对"
    return f"{_ratio(ratio)}，超出 ±{tolerance:.0%} 的容差；请核对数值、单位和所用因子"


def unverified_text(used: list[Factor]) -> str:
    labels = [f.label for f in used if not f.verified]
    return f"（所用因子{'、'.join(labels)}未经原文核实）" if labels else ""


def factor_text(factor: Factor) -> str:
    return f"{factor.label} {factor.value:g} {factor.unit}（{factor.source}）"


# --- the checks -------------------------------------------------------------------------


def _fuel(project: Project, v: dict[str, float], factors: CarbonFactors) -> Iterator[CarbonWarning]:
    co2, tce = v.get("co2_reduction"), v.get("energy_saving")
    if co2 is None or tce is None:
        return
    fuels = sorted(factors.fuels, key=lambda f: f.value)
    tolerance = factors.catalogue.tolerance.fuel
    low, high = tce * fuels[0].value, tce * fuels[-1].value
    if low / (1 + tolerance) <= co2 <= high * (1 + tolerance):
        return
    slip = _slip(lambda k: low / (1 + SLIP_TOLERANCE) <= co2 / k <= high * (1 + SLIP_TOLERANCE),
                 _unit_slips() | {CARBON_PER_CO2: _carbon_slip()})
    ends = "至".join(f"{f.value:g}（{f.label}）" for f in (fuels[0], fuels[-1]))
    sources = "；".join(dict.fromkeys(f.source for f in (fuels[0], fuels[-1])))
    how = f"年节能量 × 燃料排放因子 {ends} tCO2/tce（{sources}）"
    yield CarbonWarning(CHECK_CO2, "co2_reduction", fuel_message(
        _stated(project, "co2_reduction"), _in_unit(project, "co2_reduction", low),
        _in_unit(project, "co2_reduction", high), how,
        verdict_text(co2 / (low if co2 < low else high), tolerance, slip), unverified_text(fuels)))


def _power(project: Project, v: dict[str, float], factors: CarbonFactors) -> Iterator[CarbonWarning]:
    co2, tce = v.get("co2_reduction"), v.get("energy_saving")
    entry = project.metrics.get("energy_saving")
    per_kwh = factors.electricity_tce(entry.basis or "") if entry is not None else None
    if co2 is None or tce is None or per_kwh is None:
        return
    mwh = tce / per_kwh.value  # tce ÷ kgce/kWh = MWh
    expected = mwh * factors.grid.value  # MWh × kgCO2/kWh = t CO2
    how = f"年节能量 ÷ {factor_text(per_kwh)} × {factor_text(factors.grid)}"
    yield from _expected(project, CHECK_CO2, "co2_reduction", co2, expected, how,
                         factors.catalogue.tolerance.grid, [per_kwh, factors.grid],
                         _accounting_slips(factors), co2_message)


def _renewable(project: Project, v: dict[str, float], factors: CarbonFactors) -> Iterator[CarbonWarning]:
    mwh = v.get("annual_generation")
    if mwh is None:
        return
    co2 = v.get("co2_reduction")
    if co2 is not None:
        how = f"年发电量 × {factor_text(factors.grid)}"
        yield from _expected(project, CHECK_CO2, "co2_reduction", co2, mwh * factors.grid.value, how,
                             factors.catalogue.tolerance.grid, [factors.grid], {}, co2_message)
    tce, entry = v.get("energy_saving"), project.metrics.get("energy_saving")
    per_kwh = factors.electricity_tce(entry.basis or "") if entry is not None else None
    if tce is not None and per_kwh is not None:
        how = f"年发电量 × {factor_text(per_kwh)}"
        yield from _expected(project, CHECK_TCE, "energy_saving", tce, mwh * per_kwh.value, how,
                             factors.catalogue.tolerance.electricity_tce, [per_kwh],
                             _accounting_slips(factors), tce_message)


def _expected(project: Project, check: str, key: str, stated: float, expected: float, how: str,
              tolerance: float, used: list[Factor], slips: dict[float, str],
              message: Callable[[str, str, str, str, str], str]) -> Iterator[CarbonWarning]:
    ratio = stated / expected
    if 1 / (1 + tolerance) <= ratio <= 1 + tolerance:
        return
    if key == "co2_reduction":
        slips = {**slips, CARBON_PER_CO2: _carbon_slip()}
    slip = _slip(lambda k: 1 / (1 + SLIP_TOLERANCE) <= ratio / k <= 1 + SLIP_TOLERANCE, _unit_slips() | slips)
    yield CarbonWarning(check, key, message(
        _stated(project, key), _in_unit(project, key, expected), how,
        verdict_text(ratio, tolerance, slip), unverified_text(used)))


def _unit_slips() -> dict[float, str]:
    return {UNIT_STEP: UNIT_SLIP, 1 / UNIT_STEP: UNIT_SLIP}


def _accounting_slips(factors: CarbonFactors) -> dict[float, str]:
    equivalent, equal = factors.electricity_tce("当量值"), factors.electricity_tce("等价值")
    assert equivalent is not None and equal is not None  # the catalogue is refused without them
    swapped = (f"像是当量值与等价值弄反了（电力折标准煤：当量值 {equivalent.value:g}、"
               f"等价值 {equal.value:g} kgce/kWh）")
    k = equal.value / equivalent.value
    return {k: swapped, 1 / k: swapped}


def _carbon_slip() -> str:
    return "像是填了碳（C）而不是二氧化碳（二氧化碳 = 碳 × 44/12）"


def _hours_warning(project: Project, v: dict[str, float],
                   factors: CarbonFactors | None) -> CarbonWarning | None:
    mwh, kw = v.get("annual_generation"), v.get("installed_capacity")
    if not mwh or not kw:
        return None
    hours = mwh * 1000 / kw
    technology = _technology(project, factors)
    if technology is None:
        return CarbonWarning(CHECK_HOURS, "annual_generation", full_year_message()) \
            if hours > HOURS_PER_YEAR else None
    label, low, high, source = technology
    if low <= hours <= high:
        return None
    slip = _slip(lambda k: low / (1 + SLIP_TOLERANCE) <= hours / k <= high * (1 + SLIP_TOLERANCE),
                 _unit_slips())
    verdict = f"{slip}；请核对" if slip else "请核对装机容量、年发电量和单位"
    return CarbonWarning(CHECK_HOURS, "annual_generation", hours_message(hours, label, low, high, source, verdict))


def _technology(project: Project, factors: CarbonFactors | None) -> tuple[str, float, float, str] | None:
    if factors is None:
        return None
    text = project.name + project.technology + project.facility
    for hours in factors.catalogue.full_load_hours.values():
        if any(word in text for word in hours.words):
            return hours.label, hours.min, hours.max, hours.source
    return None


def _throughput(project: Project, v: dict[str, float], factors: CarbonFactors) -> Iterator[CarbonWarning]:
    daily, co2 = v.get("daily_capacity"), v.get("co2_reduction")
    if not daily or not co2:
        return
    band = factors.catalogue.throughput
    per_unit = co2 / (daily * DAYS_PER_YEAR)
    if band.min <= per_unit <= band.max:
        return
    if band.min <= per_unit * DAYS_PER_YEAR <= band.max:
        verdict = "像是把年处理量填成了日处理能力（相差约 365 倍）；请核对"
    elif band.min <= per_unit / DAYS_PER_YEAR <= band.max:
        verdict = "像是把年度数字按日填写了（相差约 365 倍）；请核对"
    else:
        verdict = "请核对日处理能力、二氧化碳减排和单位"
    yield CarbonWarning(CHECK_THROUGHPUT, "daily_capacity",
                        throughput_message(per_unit, band.min, band.max, band.source, verdict))


# --- numbers ----------------------------------------------------------------------------


def _slip(fits: Callable[[float], bool], slips: dict[float, str]) -> str | None:
    """The slip whose factor, divided out, makes the stated figure ``fits``."""
    return next((name for factor, name in slips.items() if fits(factor)), None)


def _stated(project: Project, key: str) -> str:
    entry = project.metrics[key]
    return f"{entry.value.strip()}{entry.unit}"


def _in_unit(project: Project, key: str, base: float) -> str:
    """``base`` (in the metric's base unit) in the unit the editor chose for ``key``."""
    unit = BY_KEY[key].unit(project.metrics[key].unit)
    assert unit is not None  # only valid metrics are checked
    return f"{_sig(base / float(unit.to_base))}{unit.name}"


def _sig(x: float) -> str:
    """Three significant digits, at least the whole number: ``365``, ``0.139``, ``1395``."""
    if x == 0:
        return "0"
    digits = max(0, 2 - math.floor(math.log10(abs(x))))
    return format_number(Decimal(f"{x:.{digits}f}"))


def _ratio(ratio: float) -> str:
    if ratio >= 100 or ratio <= 0.01:
        return f"约为预期的 {_sig(ratio)} 倍"
    return f"是预期的 {ratio:.2f} 倍"
