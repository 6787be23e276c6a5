"""Numbers as editors type them, parsed into exact decimals and printed one way."""

from __future__ import annotations

import re
import unicodedata
from decimal import MAX_EMAX, MAX_PREC, MIN_EMIN, Context, Decimal, InvalidOperation

from .findings import quoted

# Decimal's default context keeps 28 digits: 300.00000000000000000000000000001 would print as
# 300.0000000000000000000000000. Numbers are printed as written, so their arithmetic is exact.
_EXACT = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN)
_MULTIPLIERS = {"万": Decimal(10_000), "萬": Decimal(10_000), "亿": Decimal(10**8), "億": Decimal(10**8)}
_PLAIN = re.compile(r"^[+-]?(\d+(\.\d+)?|\.\d+)$")
_GROUPED = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$")


class NumberError(ValueError):
    """A typed number that cannot be read; the message says how to write it.

    Like a validation finding, it keeps its Chinese template and arguments apart, so that
    the editor can show it in the interface language (``issue.validation.Finding``).
    """

    def __init__(self, template: str, **arguments: str) -> None:
        super().__init__(template.format(**arguments))
        self.template, self.arguments = template, arguments


def parse_number(text: str) -> Decimal:
    """Read ``1000``, ``１０００``, ``1,000``, ``1.7万``, ``-3`` into an exact Decimal.

    Raises NumberError with a Chinese message when the text is not a number.
    """
    raw = unicodedata.normalize("NFKC", str(text)).strip().replace(" ", "")
    raw = raw.replace("。", ".")  # a full stop typed for a decimal point with a Chinese IME
    if not raw:
        raise NumberError("请填写数值")
    multiplier = Decimal(1)
    if raw[-1] in _MULTIPLIERS:
        multiplier = _MULTIPLIERS[raw[-1]]
        raw = raw[:-1]
    if "," in raw:
        if not _GROUPED.match(raw):
            raise NumberError("“{text}”的千位分隔符位置不对，请写成 1,000 或 1000", text=quoted(text))
        raw = raw.replace(",", "")
    if not _PLAIN.match(raw):
        raise NumberError("“{text}”不是数字，请只填写数字（可带小数点、千位分隔符或“万”“亿”）", text=quoted(text))
    try:
        return _EXACT.multiply(Decimal(raw), multiplier)
    except InvalidOperation as exc:  # pragma: no cover - the pattern admits only valid literals
        raise NumberError("“{text}”不是数字", text=quoted(text)) from exc


def decimal_places(value: Decimal) -> int:
    exponent = value.normalize(_EXACT).as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def format_number(value: Decimal) -> str:
    """The one way the bulletin prints a number: no grouping, no exponent, no trailing zeros."""
    text = format(value.normalize(_EXACT), "f")
    return "0" if text in ("-0", "+0") else text


def printed_number(text: str) -> str:
    """A typed number as the bulletin prints it: the digits as written (``5.0`` stays ``5.0``),
    only full-width digits, grouping and a trailing 万/亿 resolved (``1.7万`` → ``17000``).
    Raises NumberError like ``parse_number``."""
    value = parse_number(text)
    written = unicodedata.normalize("NFKC", str(text)).strip()
    if written and written[-1] in _MULTIPLIERS:
        return format_number(value)
    return "0" if value == 0 else format(value, "f")
