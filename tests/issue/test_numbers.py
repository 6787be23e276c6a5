from decimal import Decimal

import pytest

from editor_app.issue.model import MetricValue, Project
from editor_app.issue.numbers import NumberError, decimal_places, format_number, parse_number, printed_number
from editor_app.issue.projects import project_sentence


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


DIGITS_ONLY = "不是数字，请只填写数字（可带小数点、千位分隔符或“万”“亿”）"
GROUPING = "的千位分隔符位置不对，请写成 1,000 或 1000"


@pytest.mark.parametrize(("typed", "message"), [
    ("", "请填写数值"),
    ("abc", f"“abc”{DIGITS_ONLY}"),
    ("1.2.3", f"“1.2.3”{DIGITS_ONLY}"),
    ("1万万", f"“1万万”{DIGITS_ONLY}"),
    ("1e5", f"“1e5”{DIGITS_ONLY}"),
    ("1,00", f"“1,00”{GROUPING}"),
    ("12,34,567", f"“12,34,567”{GROUPING}"),
])
def test_rejects_non_numbers_saying_how_to_write_them(typed: str, message: str) -> None:
    """The message quotes what was typed and shows the forms that are accepted."""
    with pytest.raises(NumberError) as info:
        parse_number(typed)
    assert str(info.value) == message


def test_decimals_are_exact() -> None:
    assert format_number(parse_number("0.1") + parse_number("0.2")) == "0.3"
    assert parse_number("0.1") + parse_number("0.2") == Decimal("0.3")


def test_decimal_places() -> None:
    assert decimal_places(Decimal("0.88")) == 2
    assert decimal_places(Decimal("1.700")) == 1
    assert decimal_places(Decimal("1000")) == 0


@pytest.mark.parametrize(("typed", "printed"), [
    ("5.0", "5.0"), ("1.50", "1.50"), ("0.15", "0.15"), ("１０００", "1000"), ("1,000", "1000"),
    ("05", "5"), ("1.7万", "17000"), ("-0", "0")])
def test_printed_numbers_keep_the_digits_as_written(typed: str, printed: str) -> None:
    assert printed_number(typed) == printed


def test_the_printed_sentence_keeps_the_editors_numbers() -> None:
    project = Project(company="某公司", name="某项目", metrics={
        "co2_reduction": MetricValue(value="5.0", unit="万吨"),
        "annual_generation": MetricValue(value="2600000", unit="千瓦时")})
    assert project_sentence(project)[1] == "项目建成后，年发电量2600000千瓦时，减少二氧化碳排放5.0万吨。"


def test_a_huge_typed_value_is_quoted_by_its_start_and_end() -> None:
    """A 5,000-character paste stays a short message (it was 5,155 characters long)."""
    with pytest.raises(NumberError) as info:
        parse_number("1" + "x" * 4999)
    assert str(info.value) == ("“1xxxxxxxxxxxxxxxxxxx……xxxxxxxx（共 5000 字）”不是数字，"
                               "请只填写数字（可带小数点、千位分隔符或“万”“亿”）")
    with pytest.raises(NumberError, match=r"^“1,0000,000”"):  # short ones whole, as before
        parse_number("1,0000,000")


@pytest.mark.parametrize("written", ["300.00000000000000000000000000001", "99999999999999999999999999999999",
                                     "0.000000000000000000000000000000001"])
def test_numbers_beyond_28_digits_print_as_written(written: str) -> None:
    """Decimal's default context keeps 28 digits: these printed rounded, with no warning."""
    assert printed_number(written) == written
    assert format_number(parse_number(written)) == written
    project = Project(name="项目", metrics={"investment": MetricValue(value=written, unit="万元")})
    assert f"总投资{written}万元" in project_sentence(project)[1]


def test_a_multiplier_keeps_every_digit() -> None:
    assert printed_number("1234567890123456789012345678901.5万") == "12345678901234567890123456789015000"
