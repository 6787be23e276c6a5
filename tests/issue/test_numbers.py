from decimal import Decimal

import pytest

from editor_app.issue.numbers import NumberError, decimal_places, format_number, parse_number


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("1000", "1000"),
        ("１０００", "1000"),  # full-width digits
        ("1,000", "1000"),
        ("１，０００", "1000"),  # full-width comma
        ("1.7万", "17000"),
        ("0.88", "0.88"),
        ("2.5亿", "250000000"),
        (" 4.6 ", "4.6"),
        ("-3", "-3"),
        ("1.70", "1.7"),
    ],
)
def test_parses_what_editors_type(typed: str, expected: str) -> None:
    assert format_number(parse_number(typed)) == expected


@pytest.mark.parametrize("typed", ["", "abc", "1,00", "1.2.3", "1万万", "12,34,567", "1e5"])
def test_rejects_non_numbers_with_a_message(typed: str) -> None:
    with pytest.raises(NumberError) as info:
        parse_number(typed)
    assert str(info.value)  # a Chinese message that says how to write it


def test_decimals_are_exact() -> None:
    assert format_number(parse_number("0.1") + parse_number("0.2")) == "0.3"
    assert parse_number("0.1") + parse_number("0.2") == Decimal("0.3")


def test_decimal_places() -> None:
    assert decimal_places(Decimal("0.88")) == 2
    assert decimal_places(Decimal("1.700")) == 1
    assert decimal_places(Decimal("1000")) == 0
