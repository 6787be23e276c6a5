"""The factor catalogue of the carbon and energy checks: data (resources/factors/*.yaml),
loaded and checked like a layout profile, refused in one line naming the file and the key.

A layout profile names the catalogue and the grid factor its institute uses
(``layout.profile.Carbon``); ``carbon_factors`` resolves that choice for the checks
(``issue.carbon``). Catalogues are found by name: the user's folder first, then the bundled one.

No ``from __future__ import annotations``: msgspec reads the annotations when it first converts.
"""

import os
from pathlib import Path
from typing import Annotated, Literal

import msgspec
from msgspec import Meta

from ..errors import UserFacingError
from ..paths import factors_dir, user_factors_dir
from ..storage.yaml_io import load_data_file
from .model_data import DataError, from_data
from .places import dotted

MAX_CATALOGUE_BYTES = 256 * 1024
UNITS = {"grid": "kgCO2/kWh", "fuel": "tCO2/tce", "electricity_tce": "kgce/kWh"}
ACCOUNTINGS = ("当量值", "等价值")

Line = Annotated[str, Meta(max_length=300, pattern=r"^[^\x00-\x1f\x7f]*$", description="一行文本")]
Positive = Annotated[float, Meta(gt=0, le=100_000, description="正数")]
Tolerance = Annotated[float, Meta(gt=0, le=1, description="容差（0.25 即 ±25%）")]


class _Data(msgspec.Struct, kw_only=True, frozen=True, forbid_unknown_fields=True):
    """Subclasses repeat kw_only and frozen: msgspec inherits them, dataclass_transform does not."""


class Factor(_Data, kw_only=True, frozen=True):
    kind: Literal["grid", "fuel", "electricity_tce"]
    label: Line
    value: Positive
    unit: Line
    year: Annotated[int, Meta(ge=1990, le=2100, description="年份")]
    issuer: Line
    title: Line
    number: Line = ""
    url: Line = ""
    verified: bool
    checked: Line = ""
    accounting: Literal["当量值", "等价值"] | None = None  # electricity_tce only

    @property
    def source(self) -> str:
        """As cited in a message: ``生态环境部、国家统计局《关于发布…的公告》``, a standard as
        ``GB/T 2589-2020《综合能耗计算通则》``, a title in Latin script as it is (naming its issuer
        once: ``2006 IPCC Guidelines…``)."""
        if self.title.isascii():
            return self.title if self.issuer in self.title else f"{self.issuer} {self.title}"
        if self.number.isascii() and self.number:
            return f"{self.number}《{self.title}》"
        number = f"（{self.number}）" if self.number else ""
        return f"{self.issuer}《{self.title}》{number}"


class HourRange(_Data, kw_only=True, frozen=True):
    label: Line
    words: tuple[Line, ...]
    min: Positive
    max: Positive
    source: Line


class Throughput(_Data, kw_only=True, frozen=True):
    min: Positive
    max: Positive
    source: Line


class Tolerances(_Data, kw_only=True, frozen=True):
    grid: Tolerance
    fuel: Tolerance
    electricity_tce: Tolerance


class Catalogue(_Data, kw_only=True, frozen=True):
    factors: dict[str, Factor]
    full_load_hours: dict[str, HourRange]
    throughput: Throughput
    tolerance: Tolerances


class CarbonFactors(msgspec.Struct, frozen=True):
    """A catalogue with a profile's choice of grid factor: what the checks use."""

    grid: Factor
    catalogue: Catalogue

    @property
    def fuels(self) -> list[Factor]:
        return [f for f in self.catalogue.factors.values() if f.kind == "fuel"]

    def electricity_tce(self, accounting: str) -> Factor | None:
        return next((f for f in self.catalogue.factors.values()
                     if f.kind == "electricity_tce" and f.accounting == accounting), None)


class CatalogueError(UserFacingError):
    """A factor catalogue that cannot be used."""


class UnknownGridFactor(CatalogueError):
    """A grid factor the catalogue does not hold: the profile naming it is wrong."""


def catalogue_path(name: str) -> Path:
    """The file of the catalogue ``name``: the user's one, else the bundled one."""
    user = user_factors_dir() / f"{name}.yaml"
    return user if os.path.lexists(user) else factors_dir() / f"{name}.yaml"


_LOADED: dict[tuple[str, int, int], Catalogue] = {}


def load_catalogue(path: Path) -> Catalogue:
    """The catalogue in ``path`` (kept while the file is unchanged); CatalogueError naming the
    file and the key when it cannot be used."""
    try:
        info = os.stat(path)
        stamp = (str(path), info.st_mtime_ns, info.st_size)
    except OSError:
        stamp = None
    if stamp is not None and stamp in _LOADED:
        return _LOADED[stamp]
    catalogue = _read(path)
    if stamp is not None:
        _LOADED[stamp] = catalogue
    return catalogue


def carbon_factors(name: str, grid: str) -> CarbonFactors:
    """The catalogue ``name`` with the grid factor ``grid``; CatalogueError when either is wrong."""
    path = catalogue_path(name)
    catalogue = load_catalogue(path)
    factor = catalogue.factors.get(grid)
    if factor is None or factor.kind != "grid":
        grids = "、".join(k for k, f in catalogue.factors.items() if f.kind == "grid")
        raise UnknownGridFactor(path, f"{path.name} 中没有电网排放因子“{grid}”；可用：{grids}", f"factors.{grid}")
    return CarbonFactors(factor, catalogue)


def _read(path: Path) -> Catalogue:
    data = load_data_file(path, MAX_CATALOGUE_BYTES, CatalogueError, "因子目录",
                          lambda: "因子目录文件不存在；请检查版式的 carbon.catalogue")
    try:
        catalogue = from_data(data if data is not None else {}, Catalogue)
    except DataError as exc:
        raise CatalogueError(path, f"因子目录有误：{_range_message(exc)}", dotted(exc.path)) from exc
    for place, message in _problems(catalogue):
        raise CatalogueError(path, f"因子目录有误：{message}", place)
    return catalogue


def _range_message(exc: DataError) -> str:
    """For a number out of range, the range (msgspec names only the bound crossed)."""
    if not exc.message.startswith("值不正确（Expected `"):
        return exc.message
    if exc.path[:1] == ("tolerance",):
        return "容差应大于 0、不超过 1（0.25 即 ±25%）"
    if exc.path[-1:] == ("year",):
        return "年份应在 1990–2100 之间"
    return "应为大于 0 的数（不超过 100000）"


def _problems(catalogue: Catalogue) -> list[tuple[str, str]]:
    """What the types cannot say, as (place, message)."""
    problems = []
    for key, factor in catalogue.factors.items():
        if factor.unit != UNITS[factor.kind]:
            problems.append((f"factors.{key}.unit", f"{factor.kind} 因子的单位应为 {UNITS[factor.kind]}"))
        if (factor.kind == "electricity_tce") != (factor.accounting is not None):
            problems.append((f"factors.{key}.accounting", "只有 electricity_tce 因子注明 accounting（当量值或等价值）"))
    kinds = [f.kind for f in catalogue.factors.values()]
    if kinds.count("fuel") < 1:
        problems.append(("factors", "至少需要一个 fuel 因子（燃料的 tCO2/tce）"))
    for accounting in ACCOUNTINGS:
        if not any(f.accounting == accounting for f in catalogue.factors.values()):
            problems.append(("factors", f"缺少 {accounting} 的 electricity_tce 因子"))
    for key, hours in catalogue.full_load_hours.items():
        if hours.min >= hours.max or hours.max > 8760:
            problems.append((f"full_load_hours.{key}", "min 应小于 max，max 不超过 8760 小时"))
    if catalogue.throughput.min >= catalogue.throughput.max:
        problems.append(("throughput", "min 应小于 max"))
    return problems
