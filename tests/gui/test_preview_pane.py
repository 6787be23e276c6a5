from PySide6.QtCore import QPointF, Qt

from editor_app.issue.issue_file import load_issue
from editor_app.issue.model import Item

from ..conftest import SAMPLE
from .conftest import choose


def _pane(qtbot):
    from editor_app.gui.preview_pane import PreviewPane

    issue = load_issue(SAMPLE)
    pane = PreviewPane(lambda: issue)
    qtbot.addWidget(pane)
    pane.resize(700, 900)
    pane.show()
    return pane, issue


def test_pages_follow_changes_after_a_pause(qtbot) -> None:
    pane, issue = _pane(qtbot)
    pages = pane.refresh()
    assert pages is not None
    first = len(pages.pages)
    assert pane.count_label.text() == f"共 {first} 页"
    issue.sections.provincial_news.items += [Item(headline="新增条目。", paragraphs=["绿色低碳" * 200])]
    with qtbot.waitSignal(pane.page_count_changed, timeout=2000) as signal:
        pane.schedule_update()
        pane.schedule_update()  # typing again restarts the debounce: one layout, not two
    assert signal.args[0] > first


def test_clicking_a_block_names_its_part(qtbot) -> None:
    pane, _ = _pane(qtbot)
    pages = pane.refresh()
    assert pages is not None
    view = pane.view
    heading = next(p for p in pages.pages[0].blocks if pages.blocks[p.block_index].style == "section_heading")
    y = view.page_top(1) + (pages.top + heading.top + heading.pitch / 2) * view.scale
    with qtbot.waitSignal(pane.part_activated) as signal:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPointF(view.width() / 2, y).toPoint())
    assert signal.args[0] == ("sections", "special_focus")


def test_selecting_a_part_scrolls_to_its_page(qtbot) -> None:
    pane, _ = _pane(qtbot)
    choose(pane.zoom, pane.zoom.findText("100%"))
    pages = pane.refresh()
    assert pages is not None
    pane.show_part(("closing", "text"))
    last = pages.page_of(("closing", "text"))
    assert last is not None and last > 1
    assert pane.scroll_area.verticalScrollBar().value() >= pane.view.page_top(last) - 20
