"""Plain data (what YAML gives and takes) to model Structs and back.

msgspec checks the types. This module adds what files need on top of it: keys a Struct does
not know are kept in its ``extra`` (when it has one), and an error names its place as a path
of keys and indexes, with a Chinese message (msgspec writes a dict's key as ``[...]``; the key
is found again here).
"""

from __future__ import annotations

import re
import types
from functools import cache
from typing import Any, TypeVar, Union, get_args, get_origin

import msgspec

from .model import EXTRA_KEY, OPTIONAL_KEYS, FieldValueError
from .places import Place
from .textclean import without_surrogates

T = TypeVar("T", bound=msgspec.Struct)

EXTRA_FIELD = "extra"

_EXPECTED = {
    "str": "应为文本",
    "int": "应为整数",
    "float": "应为数字",
    "bool": "应为 true 或 false",
    "array": "应为列表（每行以“- ”开头）",
    "object": "应为键值对（“键: 值”）",
}
_ERROR = re.compile(r"(?P<message>.*?)(?: - at (?P<key>`key` in )?`(?P<path>\$[^`]*)`)?", re.S)
_STEP = re.compile(r"\.(?P<name>[^.\[]+)|\[(?P<index>\d+)\]|(?P<dict>\[\.\.\.\])")


class DataError(ValueError):
    """Data that does not fit the model: where, and what to write instead."""

    def __init__(self, path: Place, message: str, wrong_type: bool = False) -> None:
        super().__init__(message)
        self.path = path
        self.message = message
        self.wrong_type = wrong_type  # a value of another type: the caller may add what is expected


def from_data(data: Any, cls: type[T]) -> T:
    """``data`` as a ``cls``; raises DataError naming the first bad place."""
    data = _split_unknown(data, cls)
    try:
        return msgspec.convert(data, cls, strict=True)
    except msgspec.ValidationError as exc:
        raise _data_error(exc, data, cls) from exc
    except UnicodeEncodeError as exc:
        # msgspec encodes a text found where a number or a mapping belongs, and a lone
        # surrogate (which YAML can hold escaped) cannot be encoded: find the place without it.
        readable = _without_surrogates(data)
        try:
            msgspec.convert(readable, cls, strict=True)
        except msgspec.ValidationError as error:
            raise _data_error(error, readable, cls) from exc
        raise DataError((), "含有无法读取的字符（孤立的代理项）") from exc


def to_data(value: Any) -> Any:
    """Structs as dicts in field order, each followed by its unknown keys; dates stay dates."""
    if isinstance(value, msgspec.Struct):
        data = {name: to_data(getattr(value, name)) for name in known_fields(value)
                if name not in OPTIONAL_KEYS or getattr(value, name)}
        data.update(unknown_keys(value))
        return data
    if isinstance(value, list | tuple):
        return [to_data(child) for child in value]
    if isinstance(value, dict):
        return {key: to_data(child) for key, child in value.items()}
    return value


def known_fields(struct: msgspec.Struct) -> tuple[str, ...]:
    return tuple(name for name in struct.__struct_fields__ if name != EXTRA_FIELD)


def unknown_keys(struct: msgspec.Struct) -> dict[str, Any]:
    return getattr(struct, EXTRA_FIELD, None) or {}


# --- types of the model ----------------------------------------------------------------


@cache
def _field_types(cls: type[msgspec.Struct]) -> dict[str, Any]:
    """File key → type, for every field but ``extra``."""
    return {f.encode_name: f.type for f in msgspec.structs.fields(cls) if f.name != EXTRA_FIELD}


def _keeps_unknown(cls: type[msgspec.Struct]) -> bool:
    return EXTRA_FIELD in cls.__struct_fields__


def _is_struct(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, msgspec.Struct)


def _without_none(tp: Any) -> Any:
    """``X | None`` → ``X`` (the model has no other unions)."""
    if get_origin(tp) in (Union, types.UnionType):
        return next(arg for arg in get_args(tp) if arg is not type(None))
    return tp


def _split_unknown(data: Any, tp: Any) -> Any:
    """``data`` with each Struct's unknown keys moved under its ``extra`` key."""
    tp = _without_none(tp)
    origin = get_origin(tp)
    if _is_struct(tp) and isinstance(data, dict) and _keeps_unknown(tp):
        fields = _field_types(tp)
        split = {key: _split_unknown(value, fields[key]) for key, value in data.items() if key in fields}
        unknown = {key: value for key, value in data.items() if key not in fields}
        if unknown:
            split[EXTRA_KEY] = unknown
        return split
    if origin is list and isinstance(data, list):
        return [_split_unknown(value, get_args(tp)[0]) for value in data]
    if origin is dict and isinstance(data, dict):
        return {key: _split_unknown(value, get_args(tp)[1]) for key, value in data.items()}
    return data


# --- errors ----------------------------------------------------------------------------


def _data_error(exc: msgspec.ValidationError, data: Any, cls: type) -> DataError:
    match = _ERROR.fullmatch(str(exc))
    assert match is not None  # the pattern matches any text
    path = _resolve(match["path"] or "$", data, cls)
    raw = match["message"]
    cause = exc.__cause__
    if isinstance(cause, FieldValueError):
        return DataError((*path, cause.field), str(cause))
    if match["key"]:
        return DataError(path, "键应为文本")
    field = re.fullmatch(r"Object (contains unknown|missing required) field `(.+)`", raw)
    if field:
        message = "不认识此项；请删除或检查拼写" if field[1] == "contains unknown" else "缺少此项"
        return DataError((*path, field[2]), message)
    expected = re.fullmatch(r"Expected `([^`]+)`, got `([^`]+)`", raw)
    if expected:
        wanted = expected[1].removesuffix(" | null")
        if wanted == "int" and expected[2] == "float":
            return DataError(path, "应为整数（不带小数）", wrong_type=True)
        if wanted == "str" and expected[2] in ("int", "float", "bool"):  # YAML read `1000`, `1.70`, `yes`
            return DataError(path, '应为文本；数字或 yes、true 等作文本时请加引号，如 "1000"、"yes"', wrong_type=True)
        if wanted in _EXPECTED:
            return DataError(path, _EXPECTED[wanted], wrong_type=True)
    if raw.startswith("Invalid enum value"):
        return DataError(path, f"不是可用的值（{raw.removeprefix('Invalid enum value ')}）")
    return DataError(path, f"值不正确（{raw}）")


def _resolve(where: str, data: Any, tp: Any) -> Place:
    """msgspec's ``$.a[0].b[...].c`` as a path, with the key of ``[...]`` found in ``data``."""
    path: list[str | int] = []
    for step in _STEP.finditer(where):
        tp = _without_none(tp)
        if step["name"]:
            key = step["name"]
            tp = _field_types(tp).get(key, Any) if _is_struct(tp) else Any
            data = data.get(key) if isinstance(data, dict) else None
            path.append(key)
        elif step["index"]:
            index = int(step["index"])
            tp = get_args(tp)[0] if get_args(tp) else Any
            data = data[index] if isinstance(data, list) and index < len(data) else None
            path.append(index)
        else:
            value_type = get_args(tp)[1] if len(get_args(tp)) == 2 else Any
            key, data = _first_bad_entry(data, value_type)
            tp = value_type
            if key is None:
                break
            path.append(key)
    return tuple(path)


def _first_bad_entry(data: Any, value_type: Any) -> tuple[Any, Any]:
    for key, value in data.items() if isinstance(data, dict) else ():
        try:
            msgspec.convert(value, value_type, strict=True)
        except (msgspec.ValidationError, UnicodeEncodeError):
            return key, value
    return None, None


def _without_surrogates(data: Any) -> Any:
    if isinstance(data, str):
        return without_surrogates(data)
    if isinstance(data, list):
        return [_without_surrogates(value) for value in data]
    if isinstance(data, dict):
        return {_without_surrogates(key): _without_surrogates(value) for key, value in data.items()}
    return data
