"""The fixed catalogue of project metrics: their units, limits and printed forms."""

from __future__ import annotations

from decimal import Decimal

import msgspec


class Unit(msgspec.Struct, frozen=True):
    name: str  # as stored in issue files and shown in the unit chooser
    printed: str  # as printed after the number
    to_base: Decimal  # factor to the metric's base unit (for plausibility checks)


class Metric(msgspec.Struct, frozen=True):
    key: str  # key in issue files
    label: str  # Chinese label in forms, messages and wording placeholders
    base_unit: str  # the unit that to_base converts to and max_base is in (read by people)
    units: tuple[Unit, ...]
    max_base: Decimal  # larger values are absurd
    prefix: str = ""  # printed before the number, e.g. 日处理
    max_decimals: int = 2
    bases: tuple[str, ...] = ()  # accounting basis for energy (等价值 / 当量值)

    def unit(self, name: str) -> Unit | None:
        return next((u for u in self.units if u.name == name), None)

    @property
    def placeholder(self) -> str:
        return "{" + self.label + "}"


def _u(name: str, printed: str, to_base: str | int) -> Unit:
    return Unit(name, printed, Decimal(to_base))


CATALOGUE: tuple[Metric, ...] = (
    Metric("daily_capacity", "日处理能力", "方/日",
           (_u("方/日", "方", 1), _u("吨/日", "吨", 1)), Decimal(10**7), prefix="日处理"),
    Metric("installed_capacity", "装机容量", "千瓦",
           (_u("千瓦", "千瓦", 1), _u("兆瓦", "兆瓦", 1000)), Decimal(10**8)),
    Metric("annual_generation", "年发电量", "兆瓦时",
           (_u("万千瓦时", "万千瓦时", 10), _u("亿千瓦时", "亿千瓦时", 100_000),
            _u("千瓦时", "千瓦时", "0.001")), Decimal(10**8)),
    Metric("energy_saving", "年节能量", "吨标准煤",
           (_u("万吨标准煤", "万吨标准煤", 10_000), _u("吨标准煤", "吨标准煤", 1)),
           Decimal(10**8), bases=("等价值", "当量值")),
    Metric("co2_reduction", "二氧化碳减排", "吨",
           (_u("万吨", "万吨", 10_000), _u("吨", "吨", 1)), Decimal(10**9)),
    Metric("investment", "总投资", "万元",
           (_u("万元", "万元", 1), _u("亿元", "亿元", 10_000)), Decimal(10**8)),
)

BY_KEY: dict[str, Metric] = {m.key: m for m in CATALOGUE}
BY_LABEL: dict[str, Metric] = {m.label: m for m in CATALOGUE}
