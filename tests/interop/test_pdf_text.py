"""The text of every PDF the app writes, read back by two independent readers: pypdf and poppler's
pdftotext (poppler-utils, installed by `make system-libs`). Right-to-left scripts come out in logical
order, emoji are drawn or named in the PDF, and no reader sees NUL characters."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from pypdf import PdfReader

from gcen_desktop.interop.document import (
    Document,
    Fields,
    Heading,
    Paragraph,
    Run,
    Table,
    TitlePage,
)
from gcen_desktop.interop.pdf import write_pdf

ARABIC_TITLE = "خطة تحسين المدرسة"
HEBREW_TITLE = "תוכנית בית הספר"
ARABIC_PARAGRAPH = ("يعمل فريق المدينة على تحسين استبقاء المعلمين الجدد عبر التوجيه والتدريب "
                    "والزيارات الصفية المنتظمة ") * 4
BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def poppler(path: Path, *pages: int, raw: bool = False) -> str:
    """pdftotext's reading (raw: in the order the text is drawn, as pypdf reads it)."""
    assert shutil.which("pdftotext"), "pdftotext is missing: install poppler-utils (make system-libs)"
    page_args = ["-f", str(pages[0]), "-l", str(pages[0])] if pages else []
    out = subprocess.run(["pdftotext", *(["-raw"] if raw else []), *page_args, str(path), "-"],
                         capture_output=True, text=True, check=True, timeout=120).stdout
    return BIDI_CONTROLS.sub("", out)


def pypdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def squash(text: str) -> str:
    return "".join(text.split())


def assert_both_readers_agree(path: Path) -> None:
    """Page by page, pypdf and poppler read the same characters (spacing aside), and no NUL."""
    for number, page in enumerate(PdfReader(path).pages, 1):
        ours = page.extract_text() or ""
        assert "\x00" not in ours, (path.name, number, ours[:200])
        theirs = poppler(path, number, raw=True)
        assert "\x00" not in theirs
        assert squash(ours) == squash(theirs), (path.name, number)


def test_plan_and_briefing_pdfs_read_the_same_in_pypdf_and_poppler(plan_pdf, briefing_pdf):
    """The CJK font used to be embedded with a non-standard encoding: pypdf read a NUL before
    every character of the plan, and mis-read some Hangul."""
    for path in (plan_pdf, briefing_pdf):
        assert_both_readers_agree(path)
    assert "提高新教师留任率" in pypdf_text(plan_pdf) and "신규 교사 유지율 향상" in pypdf_text(plan_pdf)


def multilingual_document() -> Document:
    return Document("Scripts", "en", [
        TitlePage("Action plan", ARABIC_TITLE, [("City", "Cairo — القاهرة"), ("Team", "צוות ירושלים")]),
        Heading(ARABIC_TITLE, 1),
        Heading(HEBREW_TITLE, 1),
        # a paragraph that starts in a fallback font and wraps over several lines (no lam-alef: poppler
        # spells that ligature backwards in right-to-left text, alef then lam, from a correct map)
        Paragraph([Run(ARABIC_PARAGRAPH)]),
        Paragraph([Run("After the Arabic paragraph: 上海 서울 Zürich")]),
        # a line that ends in a fallback font, then one in the main font
        Paragraph([Run("Goals: " + HEBREW_TITLE + "\nThe goals of the team")]),
        Fields([("Goal", HEBREW_TITLE), ("目标", "提高新教师留任率")]),
        Table(["Action", "Owner"], [[ARABIC_TITLE, "Ana"], ["신규 교사", HEBREW_TITLE]], [2, 1]),
    ])


def test_arabic_and_hebrew_are_laid_out_right_to_left_and_read_in_logical_order(tmp_path):
    path = tmp_path / "rtl.pdf"
    write_pdf(multilingual_document(), path)
    theirs = poppler(path)
    lines = [line.strip() for line in theirs.splitlines()]
    # drawn right to left: poppler, which reorders by position, gives back the typed order
    assert ARABIC_TITLE in lines and HEBREW_TITLE in lines
    assert squash(ARABIC_PARAGRAPH) in squash(theirs)
    assert "After the Arabic paragraph: 上海 서울 Zürich" in lines  # nothing after it is lost
    assert "The goals of the team" in lines
    ours = pypdf_text(path)
    # pypdf keeps each word in typed order (it does not reorder words across a right-to-left line)
    for word in ARABIC_TITLE.split() + HEBREW_TITLE.split() + ARABIC_PARAGRAPH.split():
        assert word in ours, word
    assert "上海 서울 Zürich" in ours
    assert_both_readers_agree(path)


def glyphs_for(path: Path, char: str) -> int:
    """How many distinct glyphs the PDF's fonts draw for one character (from their ToUnicode maps)."""
    target = f"{ord(char):04X}".encode()
    count = 0
    for page in PdfReader(path).pages:
        for ref in (page["/Resources"].get("/Font") or {}).values():
            font = ref.get_object()
            if "/ToUnicode" in font:
                data = font["/ToUnicode"].get_object().get_data()
                count += len(re.findall(rb"<[0-9A-F]{4}> <" + target + rb">", data))
    return count


def test_arabic_is_shaped(tmp_path):
    """A word of one repeated letter needs its initial, medial and final forms: three glyphs
    (unshaped, the isolated form was drawn for each)."""
    path = tmp_path / "shape.pdf"
    write_pdf(Document("Shape", "en", [Paragraph([Run("سسسس " + ARABIC_TITLE)])]), path)
    assert glyphs_for(path, "س") >= 3
    assert "سسسس" in poppler(path)


def test_an_emoji_is_drawn_or_the_pdf_says_it_could_not_be(tmp_path):
    path = tmp_path / "emoji.pdf"
    # the paragraph starts in the emoji font and wraps: its later lines start in the main font
    long = "The team met its target 上海 서울 and celebrated with the whole network of cities " * 4
    write_pdf(Document("Emoji", "en", [Heading("Well done 🎉", 1), Paragraph([Run("🎉 " + long)])]), path)
    for text in (pypdf_text(path), poppler(path)):
        assert squash(long) in squash(text)
        drawn = "🎉" in text
        assert drawn or "PARTY POPPER (U+1F389)" in " ".join(text.split())
    from gcen_desktop.interop.fonts import find_fallback_fonts

    if any("Emoji" in p.name for p in find_fallback_fonts()):
        assert "🎉" in pypdf_text(path) and "🎉" in poppler(path)
    assert_both_readers_agree(path)


def test_a_character_no_font_has_is_shown_and_named(tmp_path):
    """Linear A is in no font the app uses: it shows as U+FFFD, and the PDF says which character
    could not be drawn (it used to be left out without a trace)."""
    path = tmp_path / "missing.pdf"
    write_pdf(Document("Missing", "fr", [Paragraph([Run("Signe \U00010600 inconnu")])]), path)
    for text in (pypdf_text(path), poppler(path)):
        flat = " ".join(text.split())
        assert "Signe \ufffd inconnu" in flat
        assert "LINEAR A SIGN AB001 (U+10600)" in flat
        assert "Aucune police de cet ordinateur" in flat
    assert_both_readers_agree(path)


def test_cjk_and_accents_still_come_out_of_both_readers(tmp_path):
    path = tmp_path / "cjk.pdf"
    lines = ["提高新教师留任率 — 신규 교사 유지율 향상", "Réunion à São Paulo avec l'équipe de Zürich", "東京 日本語"]
    write_pdf(Document("CJK", "ja", [Heading(lines[0], 1), Paragraph([Run(lines[1], bold=True)]),
                                     Paragraph([Run(lines[2])])]), path)
    for text in (pypdf_text(path), poppler(path)):
        flat = " ".join(text.split())
        for line in lines:
            assert line in flat
    assert_both_readers_agree(path)
