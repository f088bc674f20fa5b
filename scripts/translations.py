"""The Qt Linguist flow: extract tr() strings, fill them from the translation memory, compile .qm.

    python scripts/translations.py extract   # pyside6-lupdate over gcen_desktop/ui -> .ts, the error
                                             # templates of the whole package, then fill
    python scripts/translations.py compile   # pyside6-lrelease .ts -> .qm, plus the pseudo-locale
    python scripts/translations.py status    # per language: messages, translated, missing
    python scripts/translations.py check     # exit 1 if a message is missing or breaks a placeholder
    python scripts/translations.py screenshots [--language zh_CN]  # Home in zh_CN and fr, to look at

The translations themselves live in `scripts/translation_memory/<language>.py` (a dict from the
English source text to the translation; `IN_CONTEXT` for the rare text whose translation depends
on where it appears). `extract` writes them into the .ts files, so re-extracting never loses one and
a translator can still open the .ts in Qt Linguist. The .qm files are build products (git-ignored).

The names the schema gives record types, fields and values (`domain/schema.py`, contexts "Types",
"Fields", "Values") and the headings of shared documents (`interop/labels.py`, context
"Documents") are added too: the UI and the documents translate them from this one catalogue.
`compile` also writes `gcen_<language>.json`, those contexts for documents in a built app.

The sentences of the errors a user can cause (`UserError("There is no file %(path)s; ...",
path=...)`, raised anywhere in the package) are found by `error_templates.py` and added in the
context "Errors"; the app translates them with `gcen_desktop.ui.i18n.error_text`.
"""

from __future__ import annotations

import argparse
import ast
import functools
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import error_templates  # noqa: E402

from gcen_desktop.domain.schema import vocabulary  # noqa: E402
from gcen_desktop.interop import formats  # noqa: E402
from gcen_desktop.interop.catalogue import write_json  # noqa: E402
from gcen_desktop.interop.labels import document_messages  # noqa: E402
from gcen_desktop.resources import TRANSLATIONS, translation_file  # noqa: E402
from gcen_desktop.translation_rules import (  # noqa: E402
    LANGUAGES,
    PSEUDO,
    accelerator_count,
    placeholders,
    pseudo,
)

SOURCES = ROOT / "gcen_desktop" / "ui"
MEMORY = Path(__file__).resolve().parent / "translation_memory"
# Plural forms per language, as lrelease expects them (French/Spanish/Portuguese: one, other).
NUMERUS_FORMS = {"en": 2, "fr": 2, "es": 2, "pt_BR": 2, "zh_CN": 1, "ko": 1}
# English has a catalogue too, of its plurals only: "%Ln changes" is the source, and Qt says
# "1 change" only when a .qm gives it the singular form (the other messages show their source).
ENGLISH = "en"
PLURAL = re.compile(r"%L?n")


# --- the Qt tools --------------------------------------------------------------------------------


def qt_tool(name: str) -> str:
    """`pyside6-lupdate`/`pyside6-lrelease` from this Python's environment, else the Qt ones on PATH.

    PySide6-Essentials ships both (as console scripts and as binaries under PySide6/Qt/libexec or
    PySide6/ on Windows); Debian's `qt6-l10n-tools` provides them as /usr/lib/qt6/bin/<name>.
    """
    scripts = Path(sysconfig.get_path("scripts"))
    exe = ".exe" if os.name == "nt" else ""
    candidates = [scripts / f"pyside6-{name}{exe}", Path(sys.executable).parent / f"pyside6-{name}{exe}"]
    spec = importlib.util.find_spec("PySide6")
    if spec and spec.origin:
        pyside = Path(spec.origin).parent
        candidates += [pyside / "Qt" / "libexec" / name, pyside / f"{name}{exe}"]
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    for candidate in (f"pyside6-{name}", f"{name}-qt6", name, f"/usr/lib/qt6/bin/{name}"):
        found = shutil.which(candidate)
        if found:
            return found
    sys.exit(f"cannot find {name}: install PySide6-Essentials (pip) or qt6-l10n-tools (apt)")


def ui_sources() -> list[Path]:
    return sorted(p for p in SOURCES.rglob("*.py") if "__pycache__" not in p.parts)


# --- what lupdate cannot see -----------------------------------------------------------------------


def _translate_wrapper_context(func: ast.FunctionDef) -> str | None:
    """'Ctx' for `def _t(text): return QCoreApplication.translate("Ctx", text)`, else None."""
    if len(func.args.args) != 1 or len(func.body) != 1 or not isinstance(func.body[0], ast.Return):
        return None
    call = func.body[0].value
    if not (
        isinstance(call, ast.Call)
        and isinstance(call.func, ast.Attribute)
        and call.func.attr == "translate"
        and len(call.args) == 2
        and isinstance(call.args[0], ast.Constant)
        and isinstance(call.args[0].value, str)
        and isinstance(call.args[1], ast.Name)
        and call.args[1].id == func.args.args[0].arg
    ):
        return None
    return call.args[0].value


def wrapped_messages(path: Path) -> list[tuple[str, str]]:
    """(context, text) of calls like `_t("Case study")` to a one-line translate() wrapper.

    lupdate only knows tr()/translate() themselves; a module that names its own short wrapper
    would otherwise never reach the .ts files although it is translated at run time.
    """
    tree = ast.parse(path.read_text("utf-8"), str(path))
    wrappers = {
        node.name: context
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef) and (context := _translate_wrapper_context(node))
    }
    found = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in wrappers
            and len(node.args) == 1
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.append((wrappers[node.func.id], node.args[0].value))
    return found


@functools.cache
def unseen_messages() -> tuple[tuple[str, str], ...]:
    """(context, text) of what lupdate cannot see: wrapper-translated texts, the names of the file
    formats (interop/formats.py), the schema's names, the documents' headings and error templates.

    Read once per run (every language gets the same): the sources do not change meanwhile."""
    found = [message for path in ui_sources() for message in wrapped_messages(path)]
    found += [(formats.TRANSLATION_CONTEXT, text) for text in formats.display_texts()]
    catalogue = error_templates.scan()
    for problem in catalogue.problems:
        print(f"warning: {problem}", file=sys.stderr)
    return (*found, *vocabulary(), *document_messages(),
            *((error_templates.CONTEXT, template) for template in catalogue.templates))


def add_unseen_messages(ts: Path) -> int:
    """Add the messages lupdate missed to a .ts file; returns how many."""
    tree = ET.parse(ts)
    root = tree.getroot()
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    present = {(name, m.findtext("source")) for name, c in contexts.items() for m in c.iter("message")}
    added = 0
    for context, text in unseen_messages():
        if (context, text) in present:
            continue
        element = contexts.get(context)
        if element is None:
            element = contexts[context] = ET.SubElement(root, "context")
            ET.SubElement(element, "name").text = context
        message = ET.SubElement(element, "message")
        ET.SubElement(message, "source").text = text
        ET.SubElement(message, "translation", type="unfinished")
        present.add((context, text))
        added += 1
    if added:
        write_ts(tree, ts)
    return added


def mark_plurals(ts: Path, *, english_only: bool = False) -> None:
    """Mark every message with %n as a plural (numerus) one: lupdate misses the Python calls
    `QCoreApplication.translate(context, text, "", n)`. The English catalogue keeps only those."""
    tree = ET.parse(ts)
    for context in list(tree.getroot().iter("context")):
        for message in list(context.iter("message")):
            if PLURAL.search(message.findtext("source") or ""):
                message.set("numerus", "yes")
            elif english_only:
                context.remove(message)
        if english_only and context.find("message") is None:
            tree.getroot().remove(context)
    write_ts(tree, ts)


# --- the translation memory ----------------------------------------------------------------------


@dataclass
class Memory:
    """What we know how to say in one language."""

    language: str
    texts: dict[str, str | list[str]] = field(default_factory=dict)
    in_context: dict[tuple[str, str], str | list[str]] = field(default_factory=dict)

    def lookup(self, context: str, source: str) -> str | list[str] | None:
        return self.in_context.get((context, source), self.texts.get(source))


def load_memory(language: str) -> Memory:
    path = MEMORY / f"{language}.py"
    if not path.exists():
        return Memory(language)
    spec = importlib.util.spec_from_file_location(f"translation_memory_{language}", path)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return Memory(language, dict(module.TRANSLATIONS), dict(getattr(module, "IN_CONTEXT", {})))


# --- .ts files -----------------------------------------------------------------------------------


@dataclass
class Message:
    context: str
    source: str
    numerus: bool
    element: ET.Element


def read_ts(path: Path) -> tuple[ET.ElementTree, list[Message]]:
    tree = ET.parse(path)
    messages = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            messages.append(
                Message(name, message.findtext("source") or "", message.get("numerus") == "yes", message)
            )
    return tree, messages


def write_ts(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")


def set_translation(message: Message, value: str | list[str] | None, forms: int) -> None:
    translation = message.element.find("translation")
    if translation is None:
        translation = ET.SubElement(message.element, "translation")
    for child in list(translation):
        translation.remove(child)
    translation.text = None
    if value is None:
        translation.set("type", "unfinished")
        if message.numerus:
            for _ in range(forms):
                ET.SubElement(translation, "numerusform")
        return
    translation.attrib.pop("type", None)
    if message.numerus:
        values = [value] if isinstance(value, str) else list(value)
        values = (values + [values[-1]] * forms)[:forms]
        for text in values:
            ET.SubElement(translation, "numerusform").text = text
    else:
        translation.text = value if isinstance(value, str) else value[0]


def translation_of(message: Message) -> list[str]:
    """The translated text(s) of a message, empty when unfinished."""
    translation = message.element.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return []
    if message.numerus:
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def problems_of(message: Message, texts: list[str]) -> list[str]:
    """Why a translation is not usable: a lost or invented placeholder, a changed accelerator."""
    problems = []
    expected = placeholders(message.source)
    for text in texts:
        got = placeholders(text)
        if message.numerus:  # a plural form may spell the number out instead of %n
            got = [p for p in got if p != "%n"]
            wanted = [p for p in expected if p != "%n"]
        else:
            wanted = expected
        if got != wanted:
            problems.append(f"placeholders {wanted} became {got}")
        if not text.strip():
            problems.append("empty translation")
        if accelerator_count(message.source) != accelerator_count(text):
            problems.append("keyboard accelerator (&) added or lost")
    return problems


def fill(path: Path, memory: Memory) -> tuple[int, int]:
    """Write the memory's translations into one .ts; returns (messages, translated)."""
    tree, messages = read_ts(path)
    forms = NUMERUS_FORMS.get(memory.language, 2)
    translated = 0
    for message in messages:
        value = memory.lookup(message.context, message.source)
        set_translation(message, value, forms)
        translated += value is not None
    write_ts(tree, path)
    return len(messages), translated


# --- commands ------------------------------------------------------------------------------------


def extract(languages: list[str], out: Path = TRANSLATIONS, quiet: bool = False) -> list[Path]:
    """lupdate the UI sources into `out`/gcen_<language>.ts and fill in the translation memory."""
    out.mkdir(parents=True, exist_ok=True)
    files = [str(path) for path in ui_sources()]
    written = []
    for language in languages:
        ts = out / translation_file(language, ".ts").name
        subprocess.run(
            [qt_tool("lupdate"), "-silent", "-locations", "none", "-no-obsolete", *files, "-ts", str(ts)],
            check=True,
            cwd=ROOT,
        )
        add_unseen_messages(ts)
        mark_plurals(ts, english_only=language == ENGLISH)
        total, done = fill(ts, load_memory(language))
        written.append(ts)
        if not quiet:
            print(f"{ts.name}: {done} of {total} messages translated")
    return written


def pseudo_ts(source_ts: Path, out: Path) -> int:
    """A .ts whose every message is its source text in the pseudo-locale."""
    tree, messages = read_ts(source_ts)
    tree.getroot().set("language", "en_US")
    for message in messages:
        set_translation(message, pseudo(message.source), 2)
    write_ts(tree, out)
    return len(messages)


def compile_qm(languages: list[str], out: Path = TRANSLATIONS, with_pseudo: bool = True) -> None:
    """Write gcen_<language>.qm (and gcen_pseudo.qm) into `out` (default: next to the .ts files), and
    gcen_<language>.json, the documents' part of each catalogue."""
    lrelease = qt_tool("lrelease")
    out.mkdir(parents=True, exist_ok=True)
    for language in languages:
        ts = translation_file(language, ".ts")
        if not ts.exists():
            sys.exit(f"{ts} is missing: run `python scripts/translations.py extract` first")
        qm = out / translation_file(language).name
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
        if language != ENGLISH:
            write_json(ts, out / translation_file(language, ".json").name)
    if with_pseudo:
        with tempfile.TemporaryDirectory() as tmp:
            ts = Path(tmp) / f"gcen_{PSEUDO}.ts"
            # From the current sources, so a string added since the last extract shows up too.
            subprocess.run(
                [qt_tool("lupdate"), "-silent", "-locations", "none", *map(str, ui_sources()), "-ts", str(ts)],
                check=True,
                cwd=ROOT,
            )
            add_unseen_messages(ts)
            mark_plurals(ts)
            pseudo_ts(ts, ts)
            qm = out / translation_file(PSEUDO).name
            subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)


@dataclass
class Status:
    language: str
    total: int = 0
    translated: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def missing(self) -> int:
        return self.total - self.translated


def status(language: str, folder: Path = TRANSLATIONS) -> Status:
    result = Status(language)
    ts = folder / translation_file(language, ".ts").name
    if not ts.exists():
        result.problems.append(f"{ts.name} is missing")
        return result
    _, messages = read_ts(ts)
    for message in messages:
        result.total += 1
        texts = translation_of(message)
        if not texts:
            continue
        result.translated += 1
        for problem in problems_of(message, texts):
            result.problems.append(f"{message.context}: {message.source[:60]!r}: {problem}")
    return result


SCREENSHOTS = ROOT / "docs" / "screenshots"
SCREENSHOT_IN_LANGUAGE = r"""
import os, shutil, sys, tempfile
from pathlib import Path
from PySide6.QtWidgets import QApplication
from gcen_desktop.ui.app import make_application, take_screenshots
from gcen_desktop.ui.i18n import install_translators
from gcen_desktop.ui.settings import Settings

language, target = sys.argv[1], Path(sys.argv[2])
app = make_application([sys.argv[0]])
install_translators(app, language)
with tempfile.TemporaryDirectory() as tmp:
    shots = take_screenshots(app, Settings(), Path(tmp), only=("home",))
    shutil.copy(next(p for p in shots if p.stem.endswith("-light")), target)
"""


def screenshots(languages: list[str]) -> list[Path]:
    """The Home screen of the sample team in each language, to docs/screenshots/home-<lang>.png."""
    compile_qm(languages, with_pseudo=False)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    written = []
    for language in languages:
        target = SCREENSHOTS / f"home-{language}.png"
        with tempfile.TemporaryDirectory() as tmp:  # settings and replica registry of their own
            env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   "GCEN_CONFIG_DIR": str(Path(tmp) / "config"), "GCEN_STATE_DIR": str(Path(tmp) / "state"),
                   "PYTHONPATH": str(ROOT)}
            subprocess.run([sys.executable, "-c", SCREENSHOT_IN_LANGUAGE, language, str(target)],
                           check=True, env=env, cwd=ROOT)
        written.append(target)
        print(target.relative_to(ROOT))
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Extract, fill and compile the app's translations.")
    parser.add_argument("command", choices=["extract", "compile", "status", "check", "screenshots"])
    parser.add_argument("--language", action="append", choices=sorted([ENGLISH, *LANGUAGES]), help="default: all")
    parser.add_argument("--out", type=Path, default=TRANSLATIONS, help="compile: where to write the .qm files")
    args = parser.parse_args(argv)
    languages = args.language or [ENGLISH, *LANGUAGES]
    if args.command == "extract":
        extract(languages)
    elif args.command == "compile":
        compile_qm(languages, args.out.resolve())
    elif args.command == "screenshots":
        screenshots(args.language or ["zh_CN", "fr"])
    else:
        failed = False
        for language in languages:
            st = status(language)
            print(f"{language:6} {st.translated:5} of {st.total} translated, {st.missing} missing")
            for problem in st.problems:
                print(f"    {problem}")
            failed |= bool(st.missing or st.problems)
        return 1 if failed and args.command == "check" else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
