"""The carbon and energy checks of a section-three project, by what the project measures.

A project states its basis (``BASES``): fuel saved converts to CO2 at the fuels' factors,
electricity saved or generated at the grid factor the profile chose, and kWh to tce at the
当量值 or 等价值 factor. Each check computes the expected figure from the catalogue
(``issue.factors``) and, when the stated one is outside the tolerance, names the slip it
looks like (吨/万吨, carbon for CO2, 当量/等价 swapped, daily for annual). Checks only warn.
Each message is a literal template (``findings.phrase``) with named arguments: numbers, the
figures as written and the catalogue's labels and sources (data, in Chinese); the verdict and
the slip are phrases chosen from literals, so the editor translates all of it.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal
from typing import NamedTuple

from .factors import CarbonFactors, Factor
from .findings import phrase
from .metrics import BY_KEY, CATALOGUE
from .model import Project
from .numbers import decimal_places, format_number

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

class CarbonWarning(NamedTuple):
    check: str
    metric: str  # the metric the warning is about (its place)
    template: str  # a ``findings.phrase``: its phrases are arguments too
    arguments: dict[str, str]
    used: tuple[str, ...]  # the metrics the check read, for ``figures``


def carbon_warnings(project: Project, values: Mapping[str, Decimal],
                    factors: CarbonFactors | None) -> Iterator[CarbonWarning]:
    """The warnings of ``project`` whose valid metrics are ``values`` (in base units: 吨,
    吨标准煤, 兆瓦时, 千瓦, 方/日); factor checks only with ``factors``."""
    v = {key: float(value) for key, value in values.items()}
    if "co2_reduction" in v and project.carbon_basis is None:
        yield CarbonWarning(CHECK_BASIS, "co2_reduction", phrase(
            "未选择减排口径（{bases}），二氧化碳减排量无法按排放因子核对；请在项目中选择减排口径"),
            {"bases": "、".join(BASES)}, ("co2_reduction",))
    hours = _hours_warning(project, v, factors)
    if hours is not None:
        yield hours
    if factors is None:
        return
    basis_checks = {FUEL: _fuel, POWER: _power, RENEWABLE: _renewable}.get(project.carbon_basis or "")
    found = list(basis_checks(project, v, factors)) if basis_checks is not None else []
    yield from found
    # A CO2 figure a unit off is already named as such; the daily capacity is checked once it is right.
    if not any(w.check == CHECK_CO2 and w.arguments.get("slip") == UNIT_SLIP for w in found):
        yield from _throughput(project, v, factors)


def figures(project: Project, keys: tuple[str, ...]) -> str:
    """The stated figures of ``keys``, as an acknowledgement keeps them:
    ``二氧化碳减排 0.15万吨；年发电量 260万千瓦时``."""
    shown = []
    for metric in CATALOGUE:
        entry = project.metrics.get(metric.key)
        if metric.key in keys and entry is not None:
            basis = f"（{entry.basis}）" if entry.basis else ""
            shown.append(f"{metric.label} {entry.value.strip()}{entry.unit}{basis}")
    return "；".join(shown)


# --- the texts of the messages ----------------------------------------------------------


def verdict(ratio: float, tolerance: float, slip: str | None, swap: float = 0) -> dict[str, str]:
    """The verdict's arguments: how far off the figure is, and the slip it looks like."""
    arguments = {"ratio": _sig(ratio), "tolerance": f"{tolerance:.0%}"}
    if slip:
        return {**arguments, "slip": slip, "swap": f"{swap:.2f}",
                "verdict": phrase("约为预期的{ratio}倍，{slip}；请核对")}
    return {**arguments, "verdict": phrase("约为预期的{ratio}倍，超出±{tolerance}的容差；请核对数值、单位和所用因子")}


def unverified(used: list[Factor]) -> dict[str, str]:
    labels = [f.label for f in used if not f.verified]
    if not labels:
        return {"unverified": ""}
    return {"unverified": phrase("；所用因子未经原文核实：{unverified_factors}"),
            "unverified_factors": "、".join(labels)}


def factor_text(factor: Factor) -> str:
    """``四川省电力平均二氧化碳排放因子（2022年）0.1404 kgCO2/kWh（生态环境部、国家统计局《…》）``."""
    return f"{factor.label}{factor.value:g} {factor.unit}（{factor.source}）"


UNIT_SLIP = phrase("像是单位错了一级（吨与万吨、千瓦时与万千瓦时、万千瓦时与亿千瓦时都相差1万倍）")
CARBON_SLIP = phrase("像是填了碳（C）而不是二氧化碳（二氧化碳＝碳×44/12）")
SWAPPED_SLIP = phrase("像是当量值与等价值弄反了（两者相差约{swap}倍）")


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
                 {**_unit_slips(), CARBON_PER_CO2: CARBON_SLIP})
    first, last = fuels[0], fuels[-1]
    arguments = {
        "stated": _stated(project, "co2_reduction"), "low": _in_unit(project, "co2_reduction", low),
        "high": _in_unit(project, "co2_reduction", high), "low_fuel": first.label,
        "low_factor": f"{first.value:g}", "high_fuel": last.label, "high_factor": f"{last.value:g}",
        "unit": last.unit, "sources": "；".join(dict.fromkeys(f.source for f in (first, last))),
        **verdict(co2 / (low if co2 < low else high), tolerance, slip), **unverified(fuels)}
    yield CarbonWarning(CHECK_CO2, "co2_reduction", phrase(
        "二氧化碳减排填写为{stated}，按年节能量×燃料排放因子（{low_fuel}{low_factor}至{high_fuel}{high_factor} "
        "{unit}，{sources}）应在{low}–{high}之间；{verdict}{unverified}"),
        arguments, ("energy_saving", "co2_reduction"))


def _power(project: Project, v: dict[str, float], factors: CarbonFactors) -> Iterator[CarbonWarning]:
    co2, tce = v.get("co2_reduction"), v.get("energy_saving")
    entry = project.metrics.get("energy_saving")
    per_kwh = factors.electricity_tce(entry.basis or "") if entry is not None else None
    if co2 is None or tce is None or per_kwh is None:
        return
    expected = tce / per_kwh.value * factors.grid.value  # tce ÷ kgce/kWh = MWh; × kgCO2/kWh = t
    found = _verdict(co2 / expected, factors.catalogue.tolerance.grid, {**_accounting_slips(factors),
                                                                          CARBON_PER_CO2: CARBON_SLIP})
    if found is not None:
        yield CarbonWarning(CHECK_CO2, "co2_reduction", phrase(
            "二氧化碳减排填写为{stated}，按年节能量÷{per_kwh}×{grid}应约{expected}；{verdict}{unverified}"),
            {"stated": _stated(project, "co2_reduction"), "per_kwh": factor_text(per_kwh),
             "grid": factor_text(factors.grid), "expected": _in_unit(project, "co2_reduction", expected),
             **found, **unverified([per_kwh, factors.grid])}, ("energy_saving", "co2_reduction"))


def _renewable(project: Project, v: dict[str, float], factors: CarbonFactors) -> Iterator[CarbonWarning]:
    mwh = v.get("annual_generation")
    if mwh is None:
        return
    co2 = v.get("co2_reduction")
    expected = mwh * factors.grid.value
    found = _verdict(co2 / expected, factors.catalogue.tolerance.grid, {CARBON_PER_CO2: CARBON_SLIP}) \
        if co2 is not None else None
    if found is not None:
        yield CarbonWarning(CHECK_CO2, "co2_reduction", phrase(
            "二氧化碳减排填写为{stated}，按年发电量×{grid}应约{expected}；{verdict}{unverified}"),
            {"stated": _stated(project, "co2_reduction"), "grid": factor_text(factors.grid),
             "expected": _in_unit(project, "co2_reduction", expected), **found,
             **unverified([factors.grid])}, ("annual_generation", "co2_reduction"))
    tce, entry = v.get("energy_saving"), project.metrics.get("energy_saving")
    per_kwh = factors.electricity_tce(entry.basis or "") if entry is not None else None
    if tce is None or per_kwh is None:
        return
    expected = mwh * per_kwh.value
    found = _verdict(tce / expected, factors.catalogue.tolerance.electricity_tce, _accounting_slips(factors))
    if found is not None:
        yield CarbonWarning(CHECK_TCE, "energy_saving", phrase(
            "年节能量填写为{stated}，按年发电量×{per_kwh}应约{expected}；{verdict}{unverified}"),
            {"stated": _stated(project, "energy_saving"), "per_kwh": factor_text(per_kwh),
             "expected": _in_unit(project, "energy_saving", expected), **found, **unverified([per_kwh])},
            ("annual_generation", "energy_saving"))


def _verdict(ratio: float, tolerance: float, slips: dict[float, str]) -> dict[str, str] | None:
    """The verdict of a stated ÷ expected ``ratio``, or None when it is within ``tolerance``."""
    if 1 / (1 + tolerance) <= ratio <= 1 + tolerance:
        return None
    slips = {**_unit_slips(), **slips}
    factor = next((k for k in slips if 1 / (1 + SLIP_TOLERANCE) <= ratio / k <= 1 + SLIP_TOLERANCE), None)
    swap = max(factor, 1 / factor) if factor is not None else 0
    return verdict(ratio, tolerance, slips[factor] if factor is not None else None, swap)


def _unit_slips() -> dict[float, str]:
    return {UNIT_STEP: UNIT_SLIP, 1 / UNIT_STEP: UNIT_SLIP}


def _accounting_slips(factors: CarbonFactors) -> dict[float, str]:
    equivalent, equal = factors.electricity_tce("当量值"), factors.electricity_tce("等价值")
    assert equivalent is not None and equal is not None  # the catalogue is refused without them
    k = equal.value / equivalent.value
    return {k: SWAPPED_SLIP, 1 / k: SWAPPED_SLIP}


def _hours_warning(project: Project, v: dict[str, float],
                   factors: CarbonFactors | None) -> CarbonWarning | None:
    mwh, kw = v.get("annual_generation"), v.get("installed_capacity")
    if not mwh or not kw:
        return None
    hours = mwh * 1000 / kw
    used = ("installed_capacity", "annual_generation")
    technology = _technology(project, factors)
    if technology is None:
        return CarbonWarning(CHECK_HOURS, "annual_generation", phrase(
            "年发电量超过装机容量全年满发的上限，请核对数值和单位"), {}, used) if hours > HOURS_PER_YEAR else None
    label, low, high, source = technology
    if low <= hours <= high:
        return None
    slip = _slip(lambda k: low / (1 + SLIP_TOLERANCE) <= hours / k <= high * (1 + SLIP_TOLERANCE),
                 _unit_slips())
    arguments = {"capacity": _stated(project, "installed_capacity"),
                 "generation": _stated(project, "annual_generation"), "hours": f"{hours:.0f}",
                 "technology": label, "low": f"{low:.0f}", "high": f"{high:.0f}", "source": source}
    if slip:
        arguments |= {"slip": slip, "verdict": phrase("{slip}；请核对")}
    else:
        arguments["verdict"] = phrase("请核对装机容量、年发电量和单位")
    return CarbonWarning(CHECK_HOURS, "annual_generation", phrase(
        "按装机容量{capacity}和年发电量{generation}，年利用小时数为{hours}小时，{technology}通常为{low}–{high}小时，"
        "据{source}；{verdict}"), arguments, used)


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
    arguments: dict[str, str] = {}
    if band.min <= per_unit * DAYS_PER_YEAR <= band.max:
        arguments["verdict"] = phrase("像是把年处理量填成了日处理能力（相差约365倍）；请核对")
    elif band.min <= per_unit / DAYS_PER_YEAR <= band.max:
        arguments["verdict"] = phrase("像是把年度数字按日填写了（相差约365倍）；请核对")
    elif _slip(lambda k: band.min <= per_unit / k <= band.max, _unit_slips()):
        arguments |= {"slip": UNIT_SLIP, "verdict": phrase("{slip}；请核对")}
    else:
        arguments["verdict"] = phrase("请核对日处理能力、二氧化碳减排和单位")
    entry = project.metrics["daily_capacity"]
    unit = BY_KEY["daily_capacity"].unit(entry.unit)
    assert unit is not None  # only valid metrics are checked
    arguments |= {"co2": _stated(project, "co2_reduction"), "daily": _stated(project, "daily_capacity"),
                  "yearly": _sig(daily * DAYS_PER_YEAR / float(unit.to_base)), "unit": unit.printed,
                  "per_unit": _sig(per_unit), "low": _sig(band.min), "high": _sig(band.max),
                  "source": band.source}
    yield CarbonWarning(CHECK_THROUGHPUT, "daily_capacity", phrase(
        "二氧化碳减排{co2}，按日处理能力{daily}全年处理约{yearly}{unit}，即每{unit}减排{per_unit}吨；"
        "此类项目通常为每{unit}{low}–{high}吨，据{source}；{verdict}"),
        arguments, ("daily_capacity", "co2_reduction"))


# --- numbers ----------------------------------------------------------------------------


def _slip(fits: Callable[[float], bool], slips: dict[float, str]) -> str | None:
    """The slip whose factor, divided out, makes the stated figure ``fits``."""
    return next((name for factor, name in slips.items() if fits(factor)), None)


def _stated(project: Project, key: str) -> str:
    entry = project.metrics[key]
    return f"{entry.value.strip()}{entry.unit}"


def _in_unit(project: Project, key: str, base: float) -> str:
    """``base`` (in the metric's base unit) in the unit the editor chose for ``key``, or in
    the largest unit in which it can be entered with the decimals the metric allows:
    0.0365万吨 (4 decimals, 2 allowed) is given as 365吨."""
    metric = BY_KEY[key]
    chosen = metric.unit(project.metrics[key].unit)
    assert chosen is not None  # only valid metrics are checked
    text = ""
    for unit in (chosen, *sorted(metric.units, key=lambda u: u.to_base, reverse=True)):
        text = f"{_sig(base / float(unit.to_base))}{unit.name}"
        if decimal_places(Decimal(text.removesuffix(unit.name))) <= metric.max_decimals:
            break
    return text


def _sig(x: float) -> str:
    """Three significant digits, at least the whole number: ``365``, ``0.139``, ``1395``."""
    if x == 0:
        return "0"
    digits = max(0, 2 - math.floor(math.log10(abs(x))))
    return format_number(Decimal(f"{x:.{digits}f}"))
