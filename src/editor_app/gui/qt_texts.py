"""Qt's own texts that the catalogues shipped with Qt lack, in the interface languages.

``qtbase_zh_CN.qm`` and ``qtbase_zh_TW.qm`` translate the file dialog's "Look in:" and
"Files of type:", but Qt 6 labels them "&Look in:" and "Files of &type:", and names a folder's
type "Folder" in another context, so the (non-native) file dialog showed these in English.
``tests/gui/test_language.py`` looks at every label and button of the file dialog, so a gap
that a new Qt opens shows there.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTranslator

GAPS = {
    ("QFileDialog", "&Look in:"): {"zh_CN": "查找范围(&L)：", "zh_TW": "查詢位置(&L)："},
    ("QFileDialog", "Files of &type:"): {"zh_CN": "文件类型(&T)：", "zh_TW": "檔案類型(&T)："},
    # The file list's Type column (Qt 6 moved these out of QFileDialog's context).
    ("QAbstractFileIconProvider", "Folder"): {"zh_CN": "文件夹", "zh_TW": "資料夾"},
    ("QAbstractFileIconProvider", "Drive"): {"zh_CN": "驱动器", "zh_TW": "磁碟機"},
}


class QtGaps(QTranslator):
    """Answers the texts of ``GAPS`` in ``language``, nothing else."""

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table = {key: texts[language] for key, texts in GAPS.items() if language in texts}

    def translate(self, context: str, source_text: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        return self._table.get((context, source_text))

    def isEmpty(self) -> bool:
        return not self._table
