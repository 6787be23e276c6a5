"""Find and replace over the issue: every text field, case and script, scope, numbers."""

from __future__ import annotations

from copy import deepcopy

from editor_app.issue.issue_file import load_issue
from editor_app.issue.model import Closing, Distribution, Issue, Item, MetricValue, Project
from editor_app.issue.search import Hit, Query, find, replace_all, replaced, text_fields

from ..conftest import SAMPLE

ACTION = ("sections", "xingcheng_action")
PROJECT = (*ACTION, "projects", 0)


def every_field_holding(word: str) -> Issue:
    """An issue with ``word`` in each kind of text field."""
    issue = Issue()
    issue.masthead.issuer = f"{word}研究院"
    issue.sections.special_focus.items.append(Item(headline=f"关于{word}", paragraphs=["甲", f"乙{word}"]))
    issue.sections.xingcheng_action.introduction = word
    issue.sections.xingcheng_action.projects.append(Project(
        company=f"{word}公司", name=f"{word}项目", technology=word, facility=word,
        wording=f"{{总投资}}{word}"))
    issue.closing = Closing(heading=word, text=word)
    issue.distribution = Distribution(report=word, send=word, issue=word)
    return issue


def test_every_text_field_is_searched_in_print_order() -> None:
    hits = find(every_field_holding("碳汇"), Query("碳汇"))
    assert [hit.place for hit in hits] == [
        ("masthead", "issuer"),
        ("sections", "special_focus", "items", 0, "headline"),
        ("sections", "special_focus", "items", 0, "paragraphs", 1),
        (*ACTION, "introduction"),
        (*PROJECT, "company"), (*PROJECT, "name"), (*PROJECT, "technology"),
        (*PROJECT, "facility"), (*PROJECT, "wording"),
        ("closing", "heading"), ("closing", "text"),
        ("distribution", "report"), ("distribution", "send"), ("distribution", "issue"),
    ]
    assert hits[2] == Hit(("sections", "special_focus", "items", 0, "paragraphs", 1), 1, 3)


def test_every_hit_in_a_field_without_overlaps() -> None:
    issue = Issue()
    issue.closing.text = "碳碳碳"
    assert [(h.start, h.end) for h in find(issue, Query("碳碳"))] == [(0, 2)]
    assert find(issue, Query("")) == []


def test_case_matters_only_when_asked() -> None:
    issue = Issue()
    issue.closing.text = "CO2 与 co2"
    assert [h.start for h in find(issue, Query("co2"))] == [0, 6]
    assert [h.start for h in find(issue, Query("co2", match_case=True))] == [6]


def test_simplified_and_traditional_match_each_other_unless_asked() -> None:
    issue = Issue()
    issue.closing.text = "雙碳與双碳"
    assert [h.start for h in find(issue, Query("双碳"))] == [0, 3]
    assert [h.start for h in find(issue, Query("雙碳"))] == [0, 3]
    assert [h.start for h in find(issue, Query("双碳", any_script=False))] == [3]


def test_within_a_part_only() -> None:
    issue = every_field_holding("碳汇")
    hits = find(issue, Query("碳汇", within=PROJECT))
    assert {hit.place[:4] for hit in hits} == {PROJECT}
    assert len(hits) == 5


def test_replace_all_changes_a_copy_and_counts() -> None:
    issue = every_field_holding("碳汇")
    before = deepcopy(issue)
    result = replace_all(issue, Query("碳汇"), "林业碳汇")
    assert issue == before
    assert (result.count, result.skipped) == (14, 0)
    assert result.issue.sections.special_focus.items[0].paragraphs == ["甲", "乙林业碳汇"]
    assert result.issue.distribution.issue == "林业碳汇"
    assert len(find(result.issue, Query("林业碳汇"))) == 14


def test_numbers_are_replaced_only_when_they_stay_numbers() -> None:
    issue = Issue()
    issue.sections.xingcheng_action.projects.append(Project(
        name="光伏", metrics={"co2_reduction": MetricValue(value="2.4", unit="万吨")}))
    value = (*PROJECT, "metrics", "co2_reduction", "value")
    assert find(issue, Query("2.4")) == [Hit(value, 0, 3)]
    assert replaced("2.4", Hit(value, 0, 3), "2.5") == "2.5"
    assert replaced("2.4", Hit(value, 0, 3), "两点四") is None
    kept = replace_all(issue, Query("2.4"), "两点四")
    assert (kept.count, kept.skipped) == (0, 1)
    assert kept.issue == issue
    done = replace_all(issue, Query(".4"), ".45")
    assert done.issue.sections.xingcheng_action.projects[0].metrics["co2_reduction"].value == "2.45"


def test_the_sample_issue_has_no_text_field_left_out() -> None:
    """Every string of the sample issue outside the units, bases and profile is a text field."""
    issue = load_issue(SAMPLE)
    fields = {place for place, _ in text_fields(issue)}
    strings: set[tuple] = set()

    def walk(node: object, place: tuple) -> None:
        if isinstance(node, str):
            strings.add(place)
        elif isinstance(node, list):
            for n, value in enumerate(node):
                walk(value, (*place, n))
        elif isinstance(node, dict):
            for key, value in node.items():
                walk(value, (*place, key))
        elif hasattr(node, "__struct_fields__"):
            for name in node.__struct_fields__:  # type: ignore[attr-defined]
                walk(getattr(node, name), (*place, name))

    walk(issue, ())
    not_text = {p for p in strings if p[-1] in ("unit", "basis", "carbon_basis", "profile")}
    assert strings - not_text == fields
