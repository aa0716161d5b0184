"""Render resources/icons/app.svg into the app icons the bundles need (png, ico, icns).

Run after changing the SVG: `QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_icons.py`.
ICO and ICNS both accept PNG-compressed images, so Qt's PNG writer is all it takes.
"""

from __future__ import annotations

import struct
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"


def render(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    sizes = sorted(images)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        blob = images[size]
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
        blobs += blob
    return header + entries + blobs


def icns(images: dict[int, bytes]) -> bytes:
    kinds = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}
    body = b"".join(kinds[s] + struct.pack(">I", len(images[s]) + 8) + images[s]
                    for s in sorted(images) if s in kinds)
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def main() -> None:
    QGuiApplication([])
    renderer = QSvgRenderer(str(ICONS / "app.svg"))
    images = {size: render(renderer, size) for size in (16, 32, 64, 128, 256, 512)}
    (ICONS / "app.png").write_bytes(images[256])
    (ICONS / "app.ico").write_bytes(ico({s: images[s] for s in (16, 32, 64, 128, 256)}))
    (ICONS / "app.icns").write_bytes(icns(images))
    print("wrote", ", ".join(p.name for p in sorted(ICONS.glob("app.*"))))


if __name__ == "__main__":
    main()
