"""``bulletin review apply`` run again: nothing to apply writes nothing, and a backup an
earlier run left is never overwritten."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app import cli
from editor_app.issue.model import Issue

from .wordmarkup import WordReview

Exported = tuple[Issue, Path, Path]


def _commented(exported: Exported, tmp_path: Path) -> Path:
    _, _, output = exported
    review = WordReview(output)
    review.comment(review.paragraph("“中国城市"), "成都整体", "请核实排名")
    return review.save(tmp_path / "reviewed.docx")


def test_a_rerun_with_nothing_new_writes_nothing(exported: Exported, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    _, source, _ = exported
    reviewed = _commented(exported, tmp_path)
    assert cli.main(["review", "apply", str(reviewed), str(source), "--reject-all"]) == 0
    written, backup = source.read_bytes(), (source.parent / "issue.yaml.bak").read_bytes()
    stamp = source.stat().st_mtime_ns
    capsys.readouterr()
    assert cli.main(["review", "apply", str(reviewed), str(source), "--reject-all"]) == 0
    assert "未改写" in capsys.readouterr().out.splitlines()[-1]
    assert source.read_bytes() == written and source.stat().st_mtime_ns == stamp
    assert (source.parent / "issue.yaml.bak").read_bytes() == backup
    assert not (source.parent / "issue.yaml.2.bak").exists()


def test_an_earlier_backup_is_kept_and_the_next_one_numbered(exported: Exported, tmp_path: Path) -> None:
    _, source, output = exported
    original = source.read_bytes()
    assert cli.main(["review", "apply", str(_commented(exported, tmp_path)), str(source), "--reject-all"]) == 0
    after_first = source.read_bytes()
    review = WordReview(output)
    review.replace(review.paragraph("内江"), "4.6万吨", "5万吨")
    second = review.save(tmp_path / "second.docx")
    assert cli.main(["review", "apply", str(second), str(source), "--accept-all"]) == 0
    assert (source.parent / "issue.yaml.bak").read_bytes() == original
    assert (source.parent / "issue.yaml.2.bak").read_bytes() == after_first
