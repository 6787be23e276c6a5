"""The section registry: the one list of sections the model, the profiles and the rest follow."""

from __future__ import annotations

import msgspec
import pytest

from editor_app.issue.model import ActionSection, Issue, NewsSection, Sections
from editor_app.issue.sections import (
    ACTION,
    NEWS_KEYS,
    SECTION_KEYS,
    SECTIONS,
    action_section,
    news_section,
)
from editor_app.layout.profile import load_profile
from editor_app.paths import profiles_dir

from ..conftest import DATA

KIND_OF_TYPE = {NewsSection: "news", ActionSection: "action"}


def test_registry_and_sections_struct_agree() -> None:
    fields = [f for f in msgspec.structs.fields(Sections) if f.name in SECTION_KEYS or f.type in KIND_OF_TYPE]
    assert [f.name for f in fields] == list(SECTION_KEYS), "same sections, same order"
    assert [KIND_OF_TYPE[f.type] for f in fields] == [spec.kind for spec in SECTIONS]


def test_derived_names() -> None:
    assert ACTION.kind == "action" and ACTION.entries == "projects"
    assert all(SECTIONS[SECTION_KEYS.index(key)].entries == "items" for key in NEWS_KEYS)
    assert set(NEWS_KEYS) | {ACTION.key} == set(SECTION_KEYS)


def test_accessors_give_the_issues_own_sections(sample_issue: Issue) -> None:
    for key in NEWS_KEYS:
        assert news_section(sample_issue, key) is getattr(sample_issue.sections, key)
    assert action_section(sample_issue) is getattr(sample_issue.sections, ACTION.key)
    assert action_section(sample_issue).projects, "the sample has projects"
    with pytest.raises(KeyError):
        news_section(sample_issue, ACTION.key)


@pytest.mark.parametrize("path", [*sorted(profiles_dir().glob("*.yaml")), *sorted((DATA / "profiles").glob("*.yaml"))],
                         ids=lambda p: p.stem)
def test_every_profile_titles_the_registrys_sections_in_order(path) -> None:
    assert tuple(load_profile(path).sections) == SECTION_KEYS
