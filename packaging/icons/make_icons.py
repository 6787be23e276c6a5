"""Render the application icon (bulletin-editor.svg) to PNG, ICO and ICNS files.

    python packaging/icons/make_icons.py [OUTPUT_DIR]      # default: packaging/build/icons

Writes ``png/<size>x<size>/bulletin-editor.png`` (hicolor sizes), ``bulletin-editor.ico``
(Windows, PNG entries 16-256) and ``bulletin-editor.icns`` (macOS, PNG entries 16-1024).
Needs only PySide6 (QtSvg, part of the pyside6-essentials the app already depends on); it
runs on the offscreen platform, so no display is needed. ICO and ICNS are written by hand:
both formats can hold PNG data, so no Pillow or iconutil is needed.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SVG = HERE.parent.parent / "resources" / "icons" / "bulletin-editor.svg"  # the editor's own icon
NAME = "bulletin-editor"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, by pixel size.
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09",
              1024: b"ic10"}


def render_png(renderer, size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # The stubs type the format as bytes; PySide6 takes it as str (and refuses bytes).
    if not image.save(buffer, "PNG"):  # pyright: ignore[reportCallIssue, reportArgumentType]
        raise SystemExit(f"cannot encode a {size}px PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file whose entries are PNG images (read by Windows Vista and later)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    directory, images = b"", b""
    for size in sizes:
        data = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256
        directory += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + directory + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    body = b"".join(ICNS_TYPES[size] + struct.pack(">I", 8 + len(data)) + data
                    for size, data in sorted(pngs.items()))
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def make_icons(out: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG}: not a valid SVG")
    sizes = sorted(set(PNG_SIZES) | set(ICO_SIZES) | set(ICNS_TYPES))
    pngs = {size: render_png(renderer, size) for size in sizes}
    written = []
    for size in PNG_SIZES:
        path = out / "png" / f"{size}x{size}" / f"{NAME}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pngs[size])
        written.append(path)
    for path, data in ((out / f"{NAME}.ico", ico_bytes({s: pngs[s] for s in ICO_SIZES})),
                       (out / f"{NAME}.icns", icns_bytes({s: pngs[s] for s in ICNS_TYPES}))):
        path.write_bytes(data)
        written.append(path)
    return written


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else HERE.parent / "build" / "icons"
    written = make_icons(out)
    print(f"{len(written)} icon files in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
