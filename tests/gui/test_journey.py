"""The first minutes of a new issue, as a person does them (issue #18): the real
``bulletin-editor`` under Xvfb and openbox, driven by X input from xdotool, widgets found by
their accessible names (AT-SPI). The saved file and the Word file must hold exactly what was
typed, where it was typed.

Slow for a test (about half a minute) and needs an X server and its tools: skipped when they
are missing (``tools/test.sh`` installs them on Debian/Ubuntu).
"""

from __future__ import annotations

import os
import subprocess
from datetime import date
from pathlib import Path

import docx
import pytest
import yaml

from ..xsession import PACKAGES, Editor, XSession, entry_point, missing_tools, tree_env

MISSING = missing_tools()
pytestmark = [
    pytest.mark.skipif(bool(MISSING),
                       reason=f"no {', '.join(MISSING)} for an X session (apt-get install {PACKAGES})"),
]

SPECIAL, PROVINCIAL, ACTION, INSTITUTE = ("一、特别关注", "二、省内双碳信息", "三、兴城双碳行动",
                                          "四、成都兴城双碳研究院动态")


def test_a_new_issue_from_the_blank_template_to_word(tmp_path: Path) -> None:
    issue = tmp_path / "2023-10.yaml"
    word = tmp_path / "2023-10.docx"
    subprocess.run([entry_point("bulletin"), "new", "--template", "blank", "-o", str(issue)],
                   check=True, capture_output=True, env={**os.environ, **tree_env()})

    with XSession(tmp_path) as x:
        with x.step("window"):
            ed = Editor.start(x, issue)

        with x.step("masthead"):
            ed.select("报头")
            ed.fill("年份", "2023")
            ed.fill("期号", "10")
            ed.fill("出刊日期", "2023-10-25")

        with x.step("section 1"):
            ed.select(SPECIAL, 0)
            ed.fill("标题", "全国碳市场扩容方案发布")
            ed.fill("正文", "方案提出，推动绿电交易与碳市场衔接。")

        with x.step("section 2, two items"):
            ed.select(PROVINCIAL, 0)
            ed.fill("标题", "四川发布零碳园区建设指南")
            ed.fill("正文", "指南明确了园区建设的主要任务。")
            x.key("ctrl+shift+Return")  # 添加条目
            ed.expect(lambda: len(ed.entries(PROVINCIAL)) == 2, "a second item in section 二")
            ed.fill("标题", "成都出台绿色建筑新规")  # the new item's 标题 (issue #18, point 4)
            ed.fill("正文", "新规自明年起施行。")

        with x.step("section 3, a project with its figures"):
            ed.select(ACTION)
            ed.fill("导语", "成都兴城集团聚焦绿色低碳。其中：")
            x.key("ctrl+shift+Return")  # 添加条目: a project
            ed.expect(lambda: len(ed.entries(ACTION)) == 1, "a project in section 三")
            ed.fill("公司", "兴城人居公司", "text")
            ed.fill("项目名称", "屋顶光伏示范项目")
            ed.fill("技术", "分布式光伏发电技术")
            ed.fill("设施", "光伏电站")
            ed.fill("日处理能力数值", "800")
            ed.fill("二氧化碳减排数值", "1.2")

        with x.step("section 4"):
            ed.select(INSTITUTE, 0)
            ed.fill("标题", "研究院完成碳盘查")
            ed.fill("正文", "研究院完成集团绿电使用情况调研。")

        dragged = ["第1条 成都出台绿色建筑新规", "第2条 四川发布零碳园区建设指南"]
        with x.step("drag in the outline"):
            first, second = ed.entries(PROVINCIAL)
            x.drag(second.centre, (first.x + first.width // 2, first.y + 2))
            ed.expect(lambda: ed.entry_names(PROVINCIAL) == dragged,
                      lambda: f"the second item of 二 above the first: {ed.entry_names(PROVINCIAL)}")

        with x.step("undo and redo"):
            x.key("ctrl+z")
            ed.expect(lambda: ed.entry_names(PROVINCIAL) == [
                "第1条 四川发布零碳园区建设指南", "第2条 成都出台绿色建筑新规"],
                lambda: f"the drag undone: {ed.entry_names(PROVINCIAL)}")
            x.key("ctrl+shift+z")
            ed.expect(lambda: ed.entry_names(PROVINCIAL) == dragged,
                      lambda: f"the drag redone: {ed.entry_names(PROVINCIAL)}")

        with x.step("find and replace"):
            x.key("ctrl+h")
            ed.fill("查找内容", "绿电", "text")
            ed.fill("替换为", "绿色电力", "text")
            x.click(x.find("push button", lambda name: name.startswith("全部替换")))
            x.key("Escape")  # closes the find bar

        with x.step("save"):
            x.key("ctrl+s")
            ed.expect(lambda: "绿色电力" in issue.read_text(encoding="utf-8"),
                      f"the replacement saved in {issue}")
            ed.expect(lambda: "*" not in x.window_title(),
                      lambda: f"no unsaved mark in the title: {x.window_title()}")

        with x.step("export"):
            x.key("ctrl+e")
            dialog = x.find("dialog", lambda name: name.startswith("导出 Word"))
            proposed = x.find("text", lambda _name: True, within=lambda w: dialog.contains(w)
                              and (w.text or "").endswith(".docx"))  # the name field
            x.click(proposed)
            x.key("ctrl+a")
            x.type(str(word))
            x.key("Return")
            ed.expect(lambda: word.exists() and word.stat().st_size > 0, f"{word} written")

    saved = yaml.safe_load(issue.read_text(encoding="utf-8"))
    assert saved["masthead"] == {"year": 2023, "number": 10, "total_number": None,
                                 "issuer": "成都兴城双碳研究院", "date": date(2023, 10, 25)}
    sections = saved["sections"]
    assert [item["headline"] for item in sections["special_focus"]["items"]] == ["全国碳市场扩容方案发布"]
    assert sections["special_focus"]["items"][0]["paragraphs"] == ["方案提出，推动绿色电力交易与碳市场衔接。"]
    assert [(item["headline"], item["paragraphs"]) for item in sections["provincial_news"]["items"]] == [
        ("成都出台绿色建筑新规", ["新规自明年起施行。"]),
        ("四川发布零碳园区建设指南", ["指南明确了园区建设的主要任务。"]),
    ]
    action = sections["xingcheng_action"]
    assert action["introduction"] == "成都兴城集团聚焦绿色低碳。其中："
    [project] = action["projects"]
    assert {key: project[key] for key in ("company", "name", "technology", "facility")} == {
        "company": "兴城人居公司", "name": "屋顶光伏示范项目", "technology": "分布式光伏发电技术",
        "facility": "光伏电站"}
    assert {key: (m["value"], m["unit"]) for key, m in project["metrics"].items()} == {
        "daily_capacity": ("800", "方/日"), "co2_reduction": ("1.2", "万吨")}
    assert [(item["headline"], item["paragraphs"]) for item in sections["institute_news"]["items"]] == [
        ("研究院完成碳盘查", ["研究院完成集团绿色电力使用情况调研。"])]

    paragraphs = [(p.style.name if p.style else "", p.text) for p in docx.Document(str(word)).paragraphs]
    assert paragraphs[:18] == [
        ("简报报头", "双碳资讯"),
        ("简报期号", "2023年第10期"),
        ("简报发布单位", "成都兴城双碳研究院\t2023年10月25日"),
        ("简报栏目标题", SPECIAL),
        ("简报条目标题", "全国碳市场扩容方案发布"),
        ("简报正文", "方案提出，推动绿色电力交易与碳市场衔接。"),
        ("简报栏目标题", PROVINCIAL),
        ("简报条目标题", "成都出台绿色建筑新规"),
        ("简报正文", "新规自明年起施行。"),
        ("简报条目标题", "四川发布零碳园区建设指南"),
        ("简报正文", "指南明确了园区建设的主要任务。"),
        ("简报栏目标题", ACTION),
        ("简报正文", "成都兴城集团聚焦绿色低碳。其中："),
        ("简报项目", "兴城人居公司屋顶光伏示范项目采用分布式光伏发电技术，建设日处理800方的光伏电站，"
                     "项目建成后，减少二氧化碳排放1.2万吨。"),
        ("简报栏目标题", INSTITUTE),
        ("简报条目标题", "研究院完成碳盘查"),
        ("简报正文", "研究院完成集团绿色电力使用情况调研。"),
        ("简报结尾标题", "关于成都兴城双碳研究院"),
    ]
