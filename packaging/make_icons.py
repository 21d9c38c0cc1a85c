"""Render the app icon (resources/icons/veodesk.svg) for every installer.

    python packaging/make_icons.py OUT_DIR

writes, from the one SVG:

* ``OUT_DIR/hicolor/NxN/apps/<APP_ID>.png`` for the freedesktop sizes and
  ``OUT_DIR/hicolor/scalable/apps/<APP_ID>.svg`` (Linux .deb and tar.gz);
* ``OUT_DIR/veodesk.ico`` (Windows: 16-256 px in one file);
* ``OUT_DIR/veodesk.icns`` (macOS: 16-1024 px);
* ``OUT_DIR/veodesk.png`` (512 px, for PyInstaller on Linux).

Qt's SVG renderer draws the pixels (it is what the app itself uses, so the
icon looks the same everywhere); Pillow packs the .ico and .icns.
"""

from __future__ import annotations

import io
import os
import shutil
import sys
from pathlib import Path

APP_ID = "io.github.veodesk.Veodesk"
ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "veodesk.svg"
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 256)
ICNS_SIZE = 1024


def _render(svg: Path, size: int) -> bytes:
    """PNG bytes of the SVG drawn on a transparent size x size square, centred."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {svg}")
    box = renderer.viewBoxF()
    scale = size / max(box.width(), box.height())
    w, h = box.width() * scale, box.height() * scale
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF((size - w) / 2, (size - h) / 2, w, h))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def make_icons(out: Path, svg: Path = SVG) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    pngs: dict[int, bytes] = {}
    for size in sorted({*HICOLOR_SIZES, *ICO_SIZES, ICNS_SIZE}):
        pngs[size] = _render(svg, size)

    for size in HICOLOR_SIZES:
        path = out / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pngs[size])
        written.append(path)
    scalable = out / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    written.append(scalable)

    big = out / "veodesk.png"
    big.write_bytes(pngs[512])
    written.append(big)

    def image(size: int) -> Image.Image:
        return Image.open(io.BytesIO(pngs[size])).convert("RGBA")

    # Each .ico entry is its own rendering, not a downscale of the biggest.
    ico = out / "veodesk.ico"
    largest, *rest = (image(s) for s in sorted(ICO_SIZES, reverse=True))
    largest.save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=rest)
    written.append(ico)

    icns = out / "veodesk.icns"
    image(ICNS_SIZE).save(
        icns, format="ICNS", append_images=[image(s) for s in (16, 32, 64, 128, 256, 512)]
    )
    written.append(icns)
    return written


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    for path in make_icons(Path(argv[0])):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
