"""Reading-list import: a 7,000-entry BibTeX file into an empty workspace, against bibtexparser
parsing the same file alone (the library we read it with)."""

from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path

import bibtexparser
from bibtexparser.bparser import BibTexParser

from gcen_desktop.services import Workspace
from gcen_desktop.services.readings_io import import_readings

from .common import scaled, table

_FAMILIES = ["Rivera", "Müller", "van der Berg", "Darling-Hammond", "Kim", "王", "Nguyen", "O'Brien", "Silva"]
_GIVEN = ["Ana", "Jörg", "Jan", "Linda", "Min-jun", "小明", "Thi", "Sean", "João"]
_WORDS = ("teacher residency retention urban district equity multilingual learners coaching induction "
          "inquiry network symposium principal leadership curriculum assessment pathway").split()


def bibtex_file(n: int, seed: int = 3) -> str:
    """n entries as Zotero and JabRef write them: LaTeX accents, braces, @string journals, crossref."""
    rng = random.Random(seed)
    out = ["@string{jute = {Journal of Urban Teacher Education}}\n"]
    for i in range(n):
        title = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(5, 12))).capitalize()
        authors = " and ".join(f"{rng.choice(_FAMILIES)}, {rng.choice(_GIVEN)}" for _ in range(rng.randint(1, 4)))
        kind = rng.random()
        if kind < 0.6:
            venue = "journal = jute" if rng.random() < 0.5 else "journal = {Comparative Education Review}"
            out.append(f"@article{{a{i},\n  title = {{{{{title}}} in M{{\\\"u}}nchen}},\n  author = {{{authors}}},\n"
                       f"  {venue},\n  year = {{{2000 + i % 25}}},\n  doi = {{10.5555/bench.{i}}},\n"
                       f"  abstract = {{{' '.join(rng.choice(_WORDS) for _ in range(60))} --- 12\\% more}},\n"
                       f"  keywords = {{{rng.choice(_WORDS)}, {rng.choice(_WORDS)}}}\n}}\n")
        elif kind < 0.8:
            out.append(f"@incollection{{c{i},\n  title = {{{title}}},\n  author = {{{authors}}},\n"
                       f"  booktitle = {{Handbook of {rng.choice(_WORDS)}}},\n  publisher = {{Harbor Press}},\n"
                       f"  year = {2000 + i % 25},\n  url = {{https://example.org/book/{i % 50}}}\n}}\n")
        else:
            out.append(f"@techreport{{r{i},\n  title = {{{title}}},\n  author = {{{{Office of Research}}}},\n"
                       f"  institution = {{Boston Public Schools}},\n  year = {{{2000 + i % 25}}},\n"
                       f"  type = {{Case study}}\n}}\n")
    return "\n".join(out)


def run() -> str:
    n = scaled(7_000)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "library.bib"
        text = bibtex_file(n)
        path.write_text(text, encoding="utf-8")

        start = time.perf_counter()
        parser = BibTexParser(common_strings=True, ignore_nonstandard_types=False, interpolate_strings=True)
        parsed = bibtexparser.loads(text, parser=parser)
        raw_s = time.perf_counter() - start
        assert len(parsed.entries) == n

        ws = Workspace.new(Path(tmp) / "w", "Bench team")
        start = time.perf_counter()
        report = import_readings(ws, path)
        ours_s = time.perf_counter() - start
        assert len(report.added) + len(report.duplicates) == n and not report.bad
        ws.close()
    ratio = ours_s / raw_s
    rows.append((f"import a {n:,}-entry BibTeX file (parse, decode, duplicates, write)", f"{ours_s:.2f} s",
                 f"{raw_s:.2f} s bibtexparser parsing it alone", f"{ratio:.2f}×", "≤ 3×",
                 "yes" if ratio <= 3 else "no"))
    return "## Reading lists\n\n" + table(rows)
