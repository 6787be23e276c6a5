"""PDF through LibreOffice headless, with a private user profile and the bundled font aliases."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from ..errors import UserFacingError
from ..paths import resources_dir
from ..storage.atomic import write_atomic

TIMEOUT_S = 180


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


def render_pdf(source: Path, target: Path) -> Path:
    """Convert ``source`` (.docx) to ``target`` (.pdf); the old target stays on failure."""
    soffice = find_soffice()
    with tempfile.TemporaryDirectory(prefix="bulletin-soffice-") as tmp:
        work = Path(tmp)
        command = [
            soffice, f"-env:UserInstallation={(work / 'profile').as_uri()}",
            "--headless", "--norestore", "--convert-to", "pdf",
            "--outdir", str(work / "out"), str(source),
        ]
        try:
            done = subprocess.run(command, env=_environment(), capture_output=True, text=True,
                                  timeout=TIMEOUT_S, check=False)
        except subprocess.TimeoutExpired as exc:
            raise PdfRenderError(source, f"LibreOffice 超过 {TIMEOUT_S} 秒未完成，未生成 PDF") from exc
        produced = work / "out" / f"{source.stem}.pdf"
        if done.returncode != 0 or not produced.is_file():
            detail = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["没有输出"]
            raise PdfRenderError(source, f"LibreOffice 未能生成 PDF（{detail[0]}）")
        write_atomic(target, produced.read_bytes())
    return target
