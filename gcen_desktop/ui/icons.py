"""Icons: the app's own SVG line icons, tinted to the current theme and rendered crisp at any DPI."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from ..resources import icon_file

_INK = "#1f2933"  # the stroke colour the SVG files are drawn with; replaced by the theme's


@cache
def _svg(name: str) -> str:
    path = icon_file(name)
    return path.read_text(encoding="utf-8") if path.exists() else ""


def _render(svg: str, size: int, ratio: float) -> QPixmap:
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size * ratio, size * ratio))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


@cache
def icon(name: str, color: str = "", ratio: float = 2.0) -> QIcon:
    """The icon `name` (a file in gcen_desktop/resources/icons) drawn in `color` (default: as drawn)."""
    svg = _svg(name)
    if not svg:
        return QIcon()
    if color:
        svg = svg.replace(_INK, QColor(color).name())
    result = QIcon()
    for size in (16, 20, 24, 32, 48):
        result.addPixmap(_render(svg, size, ratio), QIcon.Mode.Normal)
    return result


def app_icon() -> QIcon:
    result = QIcon()
    svg = _svg("app")
    for size in (16, 32, 48, 64, 128, 256):
        result.addPixmap(_render(svg, size, 1.0))
    return result


def pixmap(name: str, size: int, color: str = "", ratio: float = 2.0) -> QPixmap:
    return icon(name, color, ratio).pixmap(QSize(size, size))
