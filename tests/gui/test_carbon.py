"""The carbon basis in the project form and acknowledging a carbon warning from the problems
panel, with real clicks and keys."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox

from editor_app.gui.main_window import MainWindow
from editor_app.issue.issue_file import load_issue, save_issue
from editor_app.issue.model import Acknowledgement, MetricValue, Project

from ..conftest import SAMPLE
from .conftest import choose, edit, field, type_text

PROJECT = ("sections", "xingcheng_action", "projects", 0)
PV = ("sections", "xingcheng_action", "projects", 2)
PV_CO2 = (*PV, "metrics", "co2_reduction")


def test_basis_is_chosen_by_keyboard_and_by_mouse(window: MainWindow, sample_path: Path) -> None:
    window.files.open_path(sample_path)
    combo = field(window, (*PROJECT, "carbon_basis"), QComboBox)
    assert combo.currentText() == "节约燃料"
    choose(combo, 3)  # Home, Down × 3: one undo step
    assert window.doc.value((*PROJECT, "carbon_basis")) == "可再生能源发电"

    QTest.mouseClick(combo, Qt.MouseButton.LeftButton)  # opens the list on the current item
    view = combo.view()
    assert QTest.qWaitForWindowExposed(view.window())
    QTest.keyClick(view, Qt.Key.Key_Up)
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert not view.isVisible()
    assert window.doc.value((*PROJECT, "carbon_basis")) == "节约电力"
    assert combo.currentText() == "节约电力"
    assert window.doc.undo_stack.count() == 2  # the arrow keys' steps merge; the list's choice

    window.undo_action.trigger()
    assert window.doc.value((*PROJECT, "carbon_basis")) == "可再生能源发电"
    window.undo_action.trigger()
    assert window.doc.value((*PROJECT, "carbon_basis")) == "节约燃料"
    assert combo.currentText() == "节约燃料"


def _with_pv_project(tmp_path: Path) -> Path:
    """The sample with the issue's case: CO2 consistent with the national factor only."""
    issue = load_issue(SAMPLE)
    issue.sections.xingcheng_action.projects.append(Project(
        company="成都兴城能源有限公司", name="屋顶分布式光伏项目", carbon_basis="可再生能源发电",
        metrics={"installed_capacity": MetricValue(value="2.4", unit="兆瓦"),
                 "annual_generation": MetricValue(value="260", unit="万千瓦时"),
                 "co2_reduction": MetricValue(value="0.15", unit="万吨")}))
    path = tmp_path / "pv.yaml"
    save_issue(issue, path)
    return path


def test_warning_acknowledged_from_the_problems_panel(window: MainWindow, tmp_path: Path) -> None:
    path = _with_pv_project(tmp_path)
    window.files.open_path(path)
    panel = window.problems
    assert window.doc.warning_count == 1
    assert not panel.acknowledge_action.isEnabled()  # nothing chosen yet

    tree = panel.list
    (row,) = [r for r in panel.rows() if r.data(0, Qt.ItemDataRole.UserRole) == PV_CO2]
    assert row.text(0) == "警告" and "四川省电力平均二氧化碳排放因子" in row.text(2)
    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(row).center())
    assert panel.acknowledge_action.isEnabled()
    assert panel.acknowledge_action.text() == "确认并备注…"
    QTest.mouseClick(panel.acknowledge_button, Qt.MouseButton.LeftButton)

    dialog = panel.dialog
    assert dialog is not None and dialog.isVisible()
    QTest.mouseClick(dialog.note, Qt.MouseButton.LeftButton)
    type_text(dialog.note, "业主按全国电网因子核算，已核对")
    QTest.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    note = Acknowledgement(check="co2_expected", note="业主按全国电网因子核算，已核对",
                           figures="年发电量 260万千瓦时；二氧化碳减排 0.15万吨")
    assert window.doc.value((*PV, "acknowledged")) == [note]
    assert window.doc.warning_count == 0
    (row,) = [r for r in panel.rows() if r.data(0, Qt.ItemDataRole.UserRole) == PV_CO2]
    assert row.text(0) == "已确认"
    assert row.text(2).startswith("已确认（备注：业主按全国电网因子核算，已核对）：二氧化碳减排填写为0.15万吨")
    assert window.doc.undo_stack.count() == 1

    window.files.save()
    assert load_issue(path).sections.xingcheng_action.projects[2].acknowledged == [note]

    QTest.keySequence(window, QKeySequence(QKeySequence.StandardKey.Undo))
    assert window.doc.value((*PV, "acknowledged")) == []
    assert window.doc.warning_count == 1


def test_an_acknowledged_warning_returns_when_its_figures_change(window: MainWindow, tmp_path: Path) -> None:
    path = _with_pv_project(tmp_path)
    issue = load_issue(path)
    issue.sections.xingcheng_action.projects[2].acknowledged = [Acknowledgement(
        check="co2_expected", note="已核对", figures="年发电量 260万千瓦时；二氧化碳减排 0.15万吨")]
    save_issue(issue, path)
    window.files.open_path(path)
    assert window.doc.warning_count == 0

    edit(window, (*PV_CO2, "value"), "1500")
    assert window.doc.warning_count == 1
    (row,) = [r for r in window.problems.rows() if r.data(0, Qt.ItemDataRole.UserRole) == PV_CO2]
    assert row.text(0) == "警告"
    assert row.text(2).startswith("此前的确认针对“年发电量 260万千瓦时；二氧化碳减排 0.15万吨”，数值已改变；"
                                  "请核对：二氧化碳减排填写为1500万吨，")

    edit(window, (*PV_CO2, "value"), "0.15")  # back to what was acknowledged
    assert window.doc.warning_count == 0
    unit = field(window, (*PV_CO2, "unit"), QComboBox)
    choose(unit, [unit.itemText(i) for i in range(unit.count())].index("吨"))  # 万吨 → 吨, by keyboard
    assert window.doc.value((*PV_CO2, "unit")) == "吨"
    assert window.doc.warning_count == 1


def test_annual_generation_units_offered_in_the_form(window: MainWindow, tmp_path: Path) -> None:
    window.files.open_path(_with_pv_project(tmp_path))
    unit = field(window, (*PV, "metrics", "annual_generation", "unit"), QComboBox)
    assert [unit.itemText(i) for i in range(unit.count())] == ["万千瓦时", "亿千瓦时", "千瓦时"]
    choose(unit, 2)
    assert window.doc.value((*PV, "metrics", "annual_generation", "unit")) == "千瓦时"
    assert window.doc.error_count == 0  # 260 kWh is a valid figure …
    (row,) = [r for r in window.problems.rows()
              if r.data(0, Qt.ItemDataRole.UserRole) == (*PV, "metrics", "annual_generation")]
    assert "像是单位错了一级" in row.text(2)  # … a unit off for 2.4 MW, and said so


def test_a_carbon_warning_shows_in_english(window: MainWindow, tmp_path: Path) -> None:
    window.files.open_path(_with_pv_project(tmp_path))
    window.set_language("en")
    QApplication.processEvents()  # LanguageChange events are posted
    (row,) = [r for r in window.problems.rows() if r.data(0, Qt.ItemDataRole.UserRole) == PV_CO2]
    assert row.text(2).startswith("CO2 reduction is 0.15万吨; annual generation × 四川省电力平均二氧化碳排放因子")
    assert ("gives about 365吨; about 4.11 times the expected figure, beyond the ±25% tolerance; please check "
            "the value, unit and factors used; factors not verified against the published text: ") in row.text(2)
