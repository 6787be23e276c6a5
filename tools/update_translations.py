"""Update the translation catalogues (resources/translations/*.ts) from the GUI sources.

    python tools/update_translations.py

Runs ``pyside6-lupdate`` over src/editor_app/gui and the core's texts (validation findings and
place names, collected by ``core_texts.py``) for each catalogue: new messages come in
unfinished, messages no longer in the sources are dropped. Traditional Chinese messages
without a translation are then filled by OpenCC (s2t with Taiwan character forms) and the
Taiwan terms below (review them in the diff); English ones are listed, to be translated by hand (Qt
Linguist or any editor). The tests fail while a message is untranslated.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from core_texts import core_texts, marked_source
from opencc import OpenCC

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "src" / "editor_app" / "gui"
CATALOGUES = ROOT / "resources" / "translations"
LANGUAGES = ("en", "zh_TW")
# The interpreter's own environment first: a virtual environment need not be on PATH.
LUPDATE = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) or "pyside6-lupdate"
# After OpenCC (s2tw: s2t, then the Taiwan forms of characters such as 為 and 裡), the words
# a Taiwanese interface uses where the mainland one says otherwise; in this order.
TAIWAN_TERMS = (
    ("文件", "檔案"), ("文檔", "文件"), ("保存", "儲存"), ("撤銷", "復原"), ("打印", "列印"),
    ("默認", "預設"), ("導出", "匯出"), ("設置", "設定"), ("信息", "資訊"), ("程序", "程式"),
    ("列表", "清單"), ("視圖", "檢視"), ("打開", "開啟"), ("新建", "新增"), ("添加", "新增"),
    ("模板", "範本"), ("示例", "範例"), ("項目", "專案"), ("選中", "選取"), ("當前", "目前"),
    ("字符", "字元"), ("轉到", "前往"), ("退出", "結束"), ("全角", "全形"), ("半角", "半形"),
    ("拖動", "拖曳"), ("導入", "匯入"), ("磁盤", "磁碟"), ("檔案夾", "資料夾"),
    ("“", "「"), ("”", "」"),
)


def lupdate(language: str) -> Path:
    target = CATALOGUES / f"editor_{language}.ts"
    sources = [str(path) for path in sorted(SOURCES.rglob("*.py"))]  # lupdate skips .py in folders
    with tempfile.TemporaryDirectory() as folder:
        core = Path(folder, "core_texts.py")
        core.write_text(marked_source(core_texts()), encoding="utf-8")
        subprocess.run(
            [LUPDATE, *sources, str(core), "-no-obsolete", "-locations", "none",
             "-source-language", "zh_CN", "-target-language", language, "-silent", "-ts", str(target)],
            check=True,
        )
    return target


def to_taiwan(text: str, converter: OpenCC) -> str:
    converted = converter.convert(text)
    for mainland, taiwan in TAIWAN_TERMS:
        converted = converted.replace(mainland, taiwan)
    return converted


def untranslated(tree: ET.ElementTree[ET.Element]) -> list[ET.Element]:
    """The <message> elements whose translation is empty or unfinished."""
    found = []
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished" or not translation.text:
            found.append(message)
    return found


def fill_traditional(path: Path) -> int:
    tree = ET.parse(path)
    converter = OpenCC("s2tw")
    messages = untranslated(tree)
    for message in messages:
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        translation.text = to_taiwan(message.findtext("source") or "", converter)
        print(f"zh_TW: {message.findtext('source')} → {translation.text}")
    if messages:
        tree.write(path, encoding="utf-8", xml_declaration=True)
        lupdate("zh_TW")  # back in lupdate's own layout
    return len(messages)


def main() -> int:
    for language in LANGUAGES:
        lupdate(language)
    fill_traditional(CATALOGUES / "editor_zh_TW.ts")
    missing = untranslated(ET.parse(CATALOGUES / "editor_en.ts"))
    for message in missing:
        print(f"en: untranslated: {message.findtext('source')}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
