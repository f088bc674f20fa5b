"""Finding a font for PDFs that covers accented Latin, Chinese, Japanese and Korean text.

We depend on Noto Sans CJK (Debian: fonts-noto-cjk) rather than ship 40 MB of fonts; the PDF
embeds the subset it uses. GCEN_PDF_FONT (and GCEN_PDF_FONT_BOLD) name another font file.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import UserError

_PACKAGE = Path(__file__).resolve().parent.parent
_SEARCH_DIRS = [
    _PACKAGE / "resources" / "fonts",  # a packaged build may ship fonts here
    _PACKAGE.parent / "resources" / "fonts",
    Path("/usr/share/fonts/opentype/noto"),  # Debian, Ubuntu
    Path("/usr/share/fonts/noto-cjk"),  # Arch
    Path("/usr/share/fonts/google-noto-cjk"),  # Fedora
    Path("/usr/share/fonts/google-noto-sans-cjk-vf-fonts"),
    Path("/usr/share/fonts/truetype/noto"),
    Path.home() / ".local" / "share" / "fonts",
    Path.home() / "Library" / "Fonts",  # macOS, per user
    Path("/Library/Fonts"),
    Path(os.environ.get("WINDIR", "C:/Windows")) / "Fonts",
    Path(os.environ.get("LOCALAPPDATA", "~")).expanduser() / "Microsoft" / "Windows" / "Fonts",
]
_REGULAR_NAMES = ("NotoSansCJK-Regular.ttc", "NotoSansCJKsc-Regular.otf", "NotoSansCJK-Regular.otf",
                  "NotoSansCJKsc-Regular.ttf")
_BOLD_NAMES = ("NotoSansCJK-Bold.ttc", "NotoSansCJKsc-Bold.otf", "NotoSansCJK-Bold.otf",
               "NotoSansCJKsc-Bold.ttf")
# Faces inside the Noto Sans CJK collection; the glyph shapes follow the document's language.
_TTC_FACE = {"ja": 0, "ko": 1, "zh": 2, "zh_tw": 3, "zh_hk": 4}


@dataclass(frozen=True)
class FontChoice:
    regular: Path
    bold: Path
    face: int  # font number inside a .ttc collection (0 for single fonts)
    name: str


def find_pdf_font(language: str = "en") -> FontChoice:
    """The font files for a PDF, or a UserError saying how to install one."""
    code = (language or "en").lower().replace("-", "_")
    face = _TTC_FACE.get(code, _TTC_FACE.get(code.split("_")[0], 2))
    override = os.environ.get("GCEN_PDF_FONT")
    if override:
        regular = Path(override).expanduser()
        if not regular.is_file():
            raise UserError(
                "GCEN_PDF_FONT names %(path)s, which is not a font file; fix or unset it.", path=str(regular)
            )
        bold = Path(os.environ.get("GCEN_PDF_FONT_BOLD") or regular).expanduser()
        face = face if regular.suffix.lower() == ".ttc" else 0
        return FontChoice(regular, bold if bold.is_file() else regular, face, regular.stem)
    for folder in _SEARCH_DIRS:
        regular = _first(folder, _REGULAR_NAMES)
        if regular:
            bold = _first(folder, _BOLD_NAMES) or regular
            return FontChoice(regular, bold, face if regular.suffix.lower() == ".ttc" else 0, "Noto Sans CJK")
    found = _fontconfig("Noto Sans CJK SC")
    if found:
        bold = _fontconfig("Noto Sans CJK SC:bold") or found
        return FontChoice(found, bold, face if found.suffix.lower() == ".ttc" else 0, "Noto Sans CJK")
    raise UserError(
        "No font covering Chinese, Korean and accented text was found for the PDF; install Noto Sans "
        "CJK (Debian/Ubuntu: 'sudo apt install fonts-noto-cjk') or set GCEN_PDF_FONT to a .ttf/.otf/.ttc "
        "file, then export again."
    )


_FALLBACK_FILES = (
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),  # Debian fonts-dejavu-core
    Path("/usr/share/fonts/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/TTF/DejaVuSans.ttf"),
    Path("/Library/Fonts/Arial Unicode.ttf"),
    Path(os.environ.get("WINDIR", "C:/Windows")) / "Fonts" / "seguisym.ttf",
)


def find_fallback_font() -> Path | None:
    """A font for the symbols CJK fonts lack (☑, ✓, arrows, Greek extras), if one is installed."""
    for path in _FALLBACK_FILES:
        try:
            if path.is_file():
                return path
        except OSError:
            continue
    return None


def _first(folder: Path, names: tuple[str, ...]) -> Path | None:
    for name in names:
        path = folder / name
        try:
            if path.is_file():
                return path
        except OSError:
            continue
    return None


def _fontconfig(pattern: str) -> Path | None:
    exe = shutil.which("fc-match")
    if not exe:
        return None
    try:
        out = subprocess.run([exe, "-f", "%{file}", pattern], capture_output=True, text=True, timeout=5)
    except (OSError, subprocess.SubprocessError):
        return None
    path = Path(out.stdout.strip())
    if out.returncode == 0 and path.is_file() and "cjk" in path.name.lower():
        return path
    return None
