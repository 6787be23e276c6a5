"""PDF through LibreOffice headless, with a private user profile and the bundled font aliases.

LibreOffice ignores the document's ``w:autoSpaceDE``/``w:autoSpaceDN`` (its Word import drops
them) and puts about 3.2 pt (at 三号) between Chinese and digits or Latin letters, which the
bulletin's style and Word's layout do not have. So the conversion runs a small Basic macro from
the private profile: it opens the document, turns that spacing off in every paragraph style
(``ParaIsCharacterDistance``, "apply spacing between Asian and non-Asian text") and exports the
PDF with Writer's PDF filter, as ``--convert-to pdf`` would.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

from ..errors import UserFacingError
from ..paths import resources_dir
from ..storage.atomic import write_atomic

TIMEOUT_S = 180
MACRO = "macro:///Standard.Render.ToPdf"

_LIBRARIES = """<?xml version="1.0" encoding="UTF-8"?>
<library:libraries xmlns:library="http://openoffice.org/2000/library"
 xmlns:xlink="http://www.w3.org/1999/xlink">
 <library:library library:name="Standard" xlink:href="$(USER)/basic/Standard/{kind}.xlb/"
  xlink:type="simple" library:link="false"/>
</library:libraries>
"""
_LIBRARY = """<?xml version="1.0" encoding="UTF-8"?>
<library:library xmlns:library="http://openoffice.org/2000/library" library:name="Standard"
 library:readonly="false" library:passwordprotected="false">{elements}</library:library>
"""
# On any error the macro still ends LibreOffice, which would otherwise wait until the timeout.
_MACRO_CODE = """Sub ToPdf(source As String, target As String)
  On Error GoTo Done
  Dim load(0) As New com.sun.star.beans.PropertyValue
  load(0).Name = "Hidden" : load(0).Value = True
  document = StarDesktop.loadComponentFromURL(source, "_blank", 0, load())
  styles = document.StyleFamilies.getByName("ParagraphStyles")
  For i = 0 To styles.Count - 1
    styles.getByIndex(i).ParaIsCharacterDistance = False
  Next
  Dim store(0) As New com.sun.star.beans.PropertyValue
  store(0).Name = "FilterName" : store(0).Value = "writer_pdf_Export"
  document.storeToURL(target, store())
  document.close(True)
Done:
  StarDesktop.terminate()
End Sub
"""
_MODULE = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<script:module xmlns:script="http://openoffice.org/2000/script" '
    f'script:name="Render" script:language="StarBasic">\n{escape(_MACRO_CODE, {chr(34): "&quot;"})}</script:module>\n'
)
# A profile LibreOffice takes as set up: on a first start it would replace the macro library.
# Locale zh-CN: a paragraph that opens on a mark of no script of its own (“, —, …) takes the
# locale's script until its first letter; under en-US its opening “ came out half width in
# Times New Roman, where Word (w:hint="eastAsia") and the preview set it full width.
# IsSkipEmptyPages false: the blank page Writer inserts before a section starting on an odd
# page (the year volume's issues) is in the PDF too, so that it prints two-sided as bound.
_REGISTRY = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry">
<item oor:path="/org.openoffice.Setup/Office">
 <prop oor:name="ooSetupInstCompleted" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N">
 <prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>zh-CN</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Filter/PDF/Export">
 <prop oor:name="IsSkipEmptyPages" oor:op="fuse"><value>false</value></prop></item>
</oor:items>
"""


class PdfRenderError(UserFacingError):
    """LibreOffice is missing or could not convert the file."""


def find_soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if not found:
        raise PdfRenderError(None, "未找到 LibreOffice（soffice），无法生成 PDF；"
                                   "请安装 LibreOffice 后重试，或不加 --pdf 只导出 Word")
    return found


def fontconfig_file() -> Path:
    return resources_dir() / "fontconfig" / "fonts.conf"


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    conf = fontconfig_file()
    if conf.is_file():
        env["FONTCONFIG_FILE"] = str(conf)
    return env


def _write_profile(folder: Path) -> None:
    """A LibreOffice user profile in ``folder`` whose Standard library holds the Render macro."""
    basic = folder / "user" / "basic"
    (basic / "Standard").mkdir(parents=True)
    for kind in ("script", "dialog"):
        (basic / f"{kind}.xlc").write_text(_LIBRARIES.format(kind=kind), encoding="utf-8")
    elements = {"script": ' <library:element library:name="Render"/>\n', "dialog": ""}
    for kind, element in elements.items():
        (basic / "Standard" / f"{kind}.xlb").write_text(_LIBRARY.format(elements=element), encoding="utf-8")
    (basic / "Standard" / "Render.xba").write_text(_MODULE, encoding="utf-8")
    (folder / "user" / "registrymodifications.xcu").write_text(_REGISTRY, encoding="utf-8")


def render_pdf(source: Path, target: Path) -> Path:
    """Convert ``source`` (.docx) to ``target`` (.pdf); the old target stays on failure."""
    soffice = find_soffice()
    with tempfile.TemporaryDirectory(prefix="bulletin-soffice-") as tmp:
        work = Path(tmp)
        _write_profile(work / "profile")
        produced = work / "out.pdf"
        # File URLs quote every character that could end the macro's string arguments.
        call = f'{MACRO}("{Path(source).resolve().as_uri()}","{produced.as_uri()}")'
        command = [soffice, f"-env:UserInstallation={(work / 'profile').as_uri()}",
                   "--headless", "--norestore", "--nologo", call]
        try:
            done = subprocess.run(command, env=_environment(), capture_output=True, text=True,
                                  timeout=TIMEOUT_S, check=False)
        except subprocess.TimeoutExpired as exc:
            raise PdfRenderError(source, f"LibreOffice 超过 {TIMEOUT_S} 秒未完成，未生成 PDF") from exc
        if done.returncode != 0 or not produced.is_file():
            detail = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["没有输出"]
            raise PdfRenderError(source, f"LibreOffice 未能生成 PDF（{detail[0]}）")
        write_atomic(target, produced.read_bytes())
    return target
