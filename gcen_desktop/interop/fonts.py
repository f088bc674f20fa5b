"""Finding fonts for PDFs: a main font for accented Latin, Chinese, Japanese and Korean text, and
fallback fonts (Arabic, Hebrew, symbols, colour emoji) for what it lacks.

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
from ..resources import FONTS

_SEARCH_DIRS = [
    FONTS,  # a packaged build may ship fonts here
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
# Right-to-left scripts: Noto's own faces where installed (Debian: fonts-noto-core); DejaVu Sans
# (above) has Arabic and Hebrew too, so the fallback covers them whenever it is installed.
_RTL_FILES = (
    Path("/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf"),
    Path("/usr/share/fonts/truetype/noto/NotoSansHebrew-Regular.ttf"),
    Path("/usr/share/fonts/noto/NotoSansArabic-Regular.ttf"),
    Path("/usr/share/fonts/noto/NotoSansHebrew-Regular.ttf"),
    Path(os.environ.get("WINDIR", "C:/Windows")) / "Fonts" / "arial.ttf",
)
_EMOJI_FILES = (
    Path("/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf"),  # Debian fonts-noto-color-emoji
    Path("/usr/share/fonts/noto/NotoColorEmoji.ttf"),  # Arch
    Path("/usr/share/fonts/google-noto-color-emoji-fonts/NotoColorEmoji.ttf"),  # Fedora
    Path(os.environ.get("WINDIR", "C:/Windows")) / "Fonts" / "seguiemj.ttf",
)


def find_fallback_font() -> Path | None:
    """A font for the symbols CJK fonts lack (☑, ✓, arrows, Greek extras), if one is installed."""
    return _first_file(_FALLBACK_FILES)


def find_fallback_fonts() -> list[Path]:
    """Every installed font the PDF may take a character from when the main font lacks it, in the
    order they are tried: Arabic and Hebrew faces, the symbol font, then colour emoji."""
    found = [p for p in _RTL_FILES if _is_file(p)]
    symbols = find_fallback_font()
    if symbols is not None:
        found.append(symbols)
    emoji = _first_file(_EMOJI_FILES)
    if emoji is not None:
        found.append(emoji)
    return found


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:
        return False


def _first_file(paths: tuple[Path, ...]) -> Path | None:
    return next((p for p in paths if _is_file(p)), None)


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


# Latin, general punctuation, currency and arrows, kept in every subset so text that the PDF writer
# adds itself (page numbers, "…" in the contents, list markers) is always in the main font.
_ALWAYS = set(range(0x20, 0x250)) | set(range(0x2000, 0x20D0)) | set(range(0x2190, 0x2200))


def truetype_subset(path: Path, face: int, text: str, out: Path) -> Path:
    """Write to `out` the part of the font (face `face` of a collection) that draws `text`, with
    TrueType outlines.

    Noto Sans CJK has CFF (PostScript) outlines, and fpdf2 embeds a CID-keyed CFF font with an
    embedded encoding CMap instead of the standard Identity-H: pypdf then reads a NUL before every
    character. A TrueType font is embedded the way every reader expects (Identity-H with a
    CIDToGIDMap), so the CJK font's outlines are converted (cubic to quadratic curves, within a
    thousandth of an em) — only for the characters the document uses, which takes a moment.
    """
    from fontTools import subset
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import TTFont, newTable

    font = TTFont(str(path), fontNumber=face, lazy=True)
    options = subset.Options()
    options.layout_features = ["*"]  # keep what HarfBuzz shapes with (vertical forms, ligatures)
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False
    options.desubroutinize = True
    options.glyph_names = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=_ALWAYS | {ord(c) for c in text})
    subsetter.subset(font)
    if "CFF " in font or "CFF2" in font:
        glyph_set = font.getGlyphSet()
        order = font.getGlyphOrder()
        upm = font["head"].unitsPerEm
        glyf = newTable("glyf")
        glyf.glyphOrder = order
        glyf.glyphs = {}
        for name in order:
            pen = TTGlyphPen(glyph_set)
            glyph_set[name].draw(Cu2QuPen(pen, upm / 1000, reverse_direction=True))
            glyf[name] = pen.glyph()
        for tag in ("CFF ", "CFF2", "VORG"):
            if tag in font:
                del font[tag]
        font["glyf"] = glyf
        font["loca"] = newTable("loca")
        maxp = font["maxp"]
        maxp.tableVersion = 0x00010000
        for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                      "maxStackElements", "maxSizeOfInstructions", "maxComponentElements",
                      "maxPoints", "maxContours", "maxCompositePoints", "maxCompositeContours",
                      "maxComponentDepth"):
            setattr(maxp, field, 1 if field == "maxZones" else 0)
        font["head"].glyphDataFormat = 0
        font["head"].indexToLocFormat = 0
        post = font["post"]
        post.formatType = 3.0  # no glyph names: CID fonts have none worth keeping
        font.sfntVersion = "\x00\x01\x00\x00"
    font.save(str(out))
    font.close()
    return out
