"""Translations: every UI string is translated into the five languages, and the pseudo-locale shows
no untranslated or clipped text on any screen.

The pseudo-locale is generated from the sources (`scripts/translations.py`): every string
stretched by 40% and bracketed, so any text on screen that is not bracketed did not go through a
translation, and any label narrower than its stretched text is cut off in some language.
The workspace used here holds Greek text and the number/date locale is Greek, so that record data
and dates can never be mistaken for untranslated English.
"""

from __future__ import annotations

import datetime as dt
import platform
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt, QTranslator
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

from gcen_desktop.translation_rules import (
    LANGUAGES,
    accelerator_count,
    is_pseudo,
    placeholders,
    pseudo,
)

from ..scripts import load_script

translations = load_script("translations")


# --- the catalogues --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def fresh_ts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .ts files as `extract` makes them from today's sources and translation memory."""
    folder = tmp_path_factory.mktemp("ts")
    translations.extract(list(LANGUAGES), folder, quiet=True)
    return folder


def messages_of(path: Path) -> dict[tuple[str, str], tuple[str, ...]]:
    _, messages = translations.read_ts(path)
    return {(m.context, m.source): tuple(translations.translation_of(m)) for m in messages}


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_every_ui_string_is_translated(fresh_ts: Path, language: str) -> None:
    status = translations.status(language, fresh_ts)
    assert status.total > 100, "lupdate found almost no strings in gcen_desktop/ui"
    _, messages = translations.read_ts(fresh_ts / f"gcen_{language}.ts")
    missing = [f"{m.context}: {m.source!r}" for m in messages if not translations.translation_of(m)]
    assert not missing, (
        f"{len(missing)} of {status.total} strings have no {language} translation; add them to "
        f"scripts/translation_memory/{language}.py and run `scripts/translations.py extract`:\n"
        + "\n".join(missing[:40])
    )
    assert not status.problems, "\n".join(status.problems[:40])


@pytest.mark.parametrize("language", [lang for lang in LANGUAGES if lang != "en"])
def test_a_checklist_items_owner_is_not_called_the_plans_owner(fresh_ts: Path, language: str) -> None:
    # "Owner" was translated "Plan owner" everywhere, the prep checklist's owner field included
    messages = messages_of(fresh_ts / f"gcen_{language}.ts")
    item_owner = messages[("ChecklistPanel", "Owner")]
    assert item_owner != messages[("PlanEditor", "Plan owner")]
    assert item_owner == messages[("Fields", "Owner")] != messages[("Fields", "Plan owner")]


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_committed_ts_files_are_up_to_date(fresh_ts: Path, language: str) -> None:
    committed = translations.translation_file(language, ".ts")
    assert committed.exists(), f"run `python scripts/translations.py extract` to create {committed.name}"
    assert messages_of(committed) == messages_of(fresh_ts / committed.name), (
        f"{committed.name} differs from the sources and translation memory; "
        "run `python scripts/translations.py extract` and commit it"
    )


def forget_translated_caches() -> None:
    """Empty the UI's caches of translated names, so they are built again in the new language."""
    for name, module in list(sys.modules.items()):
        if name.startswith("gcen_desktop.ui") and module is not None:
            for value in list(vars(module).values()):
                if callable(getattr(value, "cache_clear", None)) and getattr(value, "__module__", "") == name:
                    value.cache_clear()


def test_compiled_catalogues_translate_at_run_time(qapp: QApplication, tmp_path: Path) -> None:
    """lrelease output loads into a QTranslator and answers for tr() and for the wrapper contexts."""
    from gcen_desktop.ui.forms.values import value_name

    translations.compile_qm(list(LANGUAGES), tmp_path, with_pseudo=False)
    expected = {"fr": "Étude de cas", "es": "Estudio de caso", "zh_CN": "案例研究", "ko": "사례 연구", "pt_BR": "Estudo de caso"}
    for language in LANGUAGES:
        translator = QTranslator()
        assert translator.load(QLocale(language), "gcen", "_", str(tmp_path)), language
        qapp.installTranslator(translator)
        forget_translated_caches()
        try:
            menu = QApplication.translate("MainWindow", "&File")
            assert menu != "&File" and accelerator_count(menu) == 1, (language, menu)
            assert value_name("case_study") == expected[language]
        finally:
            qapp.removeTranslator(translator)
            forget_translated_caches()


def test_pseudo_text_is_bracketed_stretched_and_keeps_placeholders() -> None:
    text = "Delete %1 and {count} notes from <b>%2</b>…"
    result = pseudo(text)
    assert result.startswith("[") and result.endswith("…]") and is_pseudo(result)
    assert len(result) >= 1.4 * len(text)
    assert placeholders(result) == placeholders(text)
    assert pseudo("&Save") .startswith("[&") and accelerator_count(pseudo("&Save")) == 1
    assert not re.search(r"[A-Za-z]{2,}", re.sub(r"%\d|\{count\}|</?b>", "", result))


def test_check_catches_a_translation_that_loses_a_placeholder(tmp_path: Path) -> None:
    ts = tmp_path / "gcen_fr.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="fr">'
        "<context><name>X</name>"
        "<message><source>Delete %1</source><translation>Supprimer</translation></message>"
        "<message><source>&amp;Open</source><translation>Ouvrir</translation></message>"
        "<message><source>Fine %1</source><translation>Bien %1</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    status = translations.status("fr", tmp_path)
    assert status.total == 3 and status.translated == 3
    assert len(status.problems) == 2
    assert "placeholders" in status.problems[0] and "accelerator" in status.problems[1]


# --- every screen in the pseudo-locale ---------------------------------------------------------

# Names that stay as they are in every language.
KEPT_NAMES = {
    "GCEN", "Desktop", "Qt", "PySide", "Python", "SQLite", "SQLAlchemy", "Zotero", "Mendeley",
    "EndNote", "PDF", "DOCX", "HTML", "CSV", "RIS", "BibTeX", "CSL", "JSON", "ICS", "iCalendar",
    "Markdown", "DOI", "URL", "ZIP", "UTF", "age",
}
PSEUDO_SPAN = re.compile(r"\[[^\[\]]*~[^\[\]]*\]")
ASCII_WORD = re.compile(r"[A-Za-z]{2,}")


# Names of languages are written in the language itself (the Preferences chooser) and the About
# box names the operating system: neither is translated.
KEPT_NAMES |= {"English", *(w for name in LANGUAGES.values() for w in ASCII_WORD.findall(name))}
KEPT_NAMES |= set(ASCII_WORD.findall(" ".join((platform.platform(), *platform.uname()))))
NOT_WORDS = re.compile(
    r"(?:\b[0-9A-F]{4}\b\s*){4,}"  # key fingerprints
    r"|https?://\S*"  # addresses
    r"|(?:[A-Za-z]:)?(?:~|\.{1,2})?[/\\]\S*"  # paths
    r"|\S+\.(?:gcen|pdf|docx|csv|ics|ris|bib|json|md|html)\b"  # file names
)


def untranslated_words(text: str) -> list[str]:
    """ASCII words of `text` that are outside every pseudo-translated span."""
    previous = None
    while previous != text:  # innermost spans first: tr("Delete %1") % tr("note")
        previous, text = text, PSEUDO_SPAN.sub(" ", text)
    text = NOT_WORDS.sub(" ", re.sub(r"&(?=\w)", "", text))
    return [w for w in ASCII_WORD.findall(text) if w not in KEPT_NAMES]


def plain(text: str) -> str:
    if "<" in text and ">" in text:
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


def is_standard_button(button: QAbstractButton) -> bool:
    """OK/Cancel/… of a QDialogButtonBox: Qt's own strings, translated by qtbase_*.qm."""
    box = button.parent()
    while box is not None and not isinstance(box, QDialogButtonBox):
        box = box.parent() if isinstance(box, QWidget) and not box.isWindow() else None
    return isinstance(box, QDialogButtonBox) and box.standardButton(button) != QDialogButtonBox.StandardButton.NoButton


def shown_texts(widget: QWidget) -> list[tuple[str, str]]:
    """(what, text) for the strings a person sees on this widget."""
    texts: list[tuple[str, str]] = []
    if isinstance(widget, QLabel):
        texts.append(("label", plain(widget.text())))
    elif isinstance(widget, QAbstractButton):
        if isinstance(widget, QToolButton) and widget.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
            pass
        elif not is_standard_button(widget):
            texts.append(("button", widget.text()))
    elif isinstance(widget, QGroupBox):
        texts.append(("group box", widget.title()))
    elif isinstance(widget, QTabBar):
        texts += [("tab", widget.tabText(i)) for i in range(widget.count())]
    elif isinstance(widget, QComboBox):
        texts += [("choice", widget.itemText(i)) for i in range(min(widget.count(), 60))]
    elif isinstance(widget, QLineEdit) and not widget.text():
        texts.append(("placeholder", widget.placeholderText()))
    elif isinstance(widget, QPlainTextEdit | QTextEdit) and widget.document().isEmpty():
        texts.append(("placeholder", widget.placeholderText()))
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        top = QModelIndex()
        try:
            columns = model.columnCount(top)
        except TypeError:  # QAbstractListModel keeps columnCount private: one column
            columns = 1
        if columns > 1:
            for column in range(columns):
                if not (hasattr(widget, "isColumnHidden") and widget.isColumnHidden(column)):
                    header = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
                    if isinstance(header, str):
                        texts.append(("column header", header))
        for row in range(min(model.rowCount(top), 40)):
            for column in range(columns):
                value = model.index(row, column, top).data(Qt.ItemDataRole.DisplayRole)
                if isinstance(value, str):
                    texts.append(("cell", value))
    if widget.isWindow() and widget.windowTitle():
        texts.append(("window title", widget.windowTitle()))
    if widget.toolTip():
        texts.append(("tooltip", plain(widget.toolTip())))
    return [(what, text) for what, text in texts if text and text.strip()]


def clipped(widget: QWidget) -> str:
    """How a label, button or combo box is cut off: narrower than its text, or a wrapped label too
    short. A combo box counts when it shows the app's own words (a filter's "All types"), not a
    record's title; a form's field is left out (its width is the form's, its open list shows each
    choice in full)."""
    if (isinstance(widget, QComboBox) and not widget.isEditable() and widget.currentText().startswith("[")
            and not widget.objectName().startswith("field-")):
        option = QStyleOptionComboBox()
        widget.initStyleOption(option)
        field = widget.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                              QStyle.SubControl.SC_ComboBoxEditField, widget)
        text = widget.fontMetrics().horizontalAdvance(widget.currentText())
        return f"its text needs {text} px, has {field.width()} px" if text > field.width() + 1 else ""
    if not isinstance(widget, QLabel | QPushButton | QCheckBox | QRadioButton) or not widget.text():
        return ""
    if isinstance(widget, QLabel) and widget.wordWrap():
        margins = widget.contentsMargins()
        room = widget.width() - margins.left() - margins.right() - 2 * max(widget.margin(), 0)
        lines = plain(widget.text()).splitlines() or [""]
        if max(widget.fontMetrics().horizontalAdvance(line) for line in lines) <= room:
            return ""  # every line fits without wrapping
        needed = widget.heightForWidth(widget.width())
        if needed > widget.height() + 1:
            return f"needs {needed} px of height, has {widget.height()} px"
        return ""
    if widget.sizeHint().width() > widget.width() + 1:
        return f"needs {widget.sizeHint().width()} px, has {widget.width()} px"
    return ""


class ScreenAudit:
    """Collects, over many screens, the untranslated strings and clipped labels a person would see."""

    def __init__(self) -> None:
        self.untranslated: dict[str, str] = {}
        self.clipped: dict[str, str] = {}

    @staticmethod
    def where(widget: QWidget, screen: str) -> str:
        name = widget.objectName() or type(widget).__name__
        return f"{screen}: {type(widget).__name__} {name!r}"

    def visit(self, root: QWidget, screen: str) -> None:
        QApplication.processEvents()
        widgets = [root, *root.findChildren(QWidget)]
        for widget in widgets:
            if not widget.isVisible() or isinstance(widget, QMenu):
                continue
            for what, text in shown_texts(widget):
                words = untranslated_words(text)
                if words:
                    self.untranslated.setdefault(text, f"{self.where(widget, screen)} {what}: {words[:4]}")
            cut = clipped(widget)
            if cut:  # one line per label, however many screens show it
                text = widget.currentText() if isinstance(widget, QComboBox) else widget.text()
                self.clipped.setdefault(
                    f"{type(widget).__name__}|{widget.objectName()}|{text}",
                    f"{self.where(widget, screen)} {text[:70]!r}: {cut}",
                )
        for menu in root.findChildren(QMenu):  # menus: their titles and every action in them
            for action in [menu.menuAction(), *menu.actions()]:
                words = untranslated_words(action.text())
                if words and not action.isSeparator():
                    self.untranslated.setdefault(action.text(), f"{screen}: menu item: {words[:4]}")

    def report(self) -> str:
        lines = []
        if self.untranslated:
            lines.append(f"{len(self.untranslated)} strings on screen did not go through tr():")
            lines += [f"  {text!r:.80} <- {where}" for text, where in sorted(self.untranslated.items())]
        if self.clipped:
            lines.append(f"{len(self.clipped)} labels are cut off in the pseudo-locale (40% longer text):")
            lines += [f"  {where}" for where in sorted(self.clipped.values())]
        return "\n".join(lines)


@pytest.fixture
def pseudo_locale(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    translations.compile_qm([], tmp_path)  # only the pseudo-locale, from today's sources
    translator = QTranslator()
    assert translator.load(str(tmp_path / "gcen_pseudo.qm"))
    qapp.installTranslator(translator)
    forget_translated_caches()
    before = QLocale()
    QLocale.setDefault(QLocale("el_GR"))
    yield
    qapp.removeTranslator(translator)
    forget_translated_caches()
    QLocale.setDefault(before)


@pytest.fixture
def greek_ws(tmp_path: Path) -> Iterator[Any]:
    """A small workspace with one record of every kind, all text in Greek."""
    from gcen_desktop.services import Workspace

    ws = Workspace.new(tmp_path / "ws", "Ομάδα της Αθήνας", city="Αθήνα", member="Ελένη Παππά",
                       role="superintendent")
    today = dt.date.today()
    me = ws.me
    records: dict[str, str] = {}

    def add(kind: str, values: dict[str, Any], tags: list[str] | None = None) -> str:
        rec = ws.create(kind, values, tags=tags).rec
        records.setdefault(kind, rec)
        return rec

    city = add("city", {"name": "Σεούλ", "country": "Κορέα"})
    member = add("member", {"name": "Νίκος Γεωργίου", "role": "content_expert", "organisation": "Πανεπιστήμιο"})
    group = add("working_group", {"name": "Ποιοτικό διδακτικό προσωπικό", "topic": "Μέντορες",
                                  "description": "Πώς στηρίζουμε τους νέους εκπαιδευτικούς", "status": "active"})
    ws.link("group_member", group, me)
    symposium = add("symposium", {"title": "Συμπόσιο Σεούλ", "host_city": city, "kind": "symposium",
                                  "start": today + dt.timedelta(days=30), "end": today + dt.timedelta(days=32),
                                  "location": "Κέντρο", "description": "Τρεις ημέρες"})
    ws.link("participant", symposium, me)
    add("agenda_item", {"symposium": symposium, "day": 1, "title": "Επίσκεψη σε σχολείο", "kind": "site_visit",
                        "place": "Γυμνάσιο"})
    add("checklist_item", {"symposium": symposium, "title": "Κράτηση πτήσης", "done": False, "owner": me,
                           "due": today + dt.timedelta(days=3)})
    add("note", {"title": "Σημειώσεις επίσκεψης", "body": "Οι μέντορες **βοηθούν**.", "kind": "site_visit",
                 "author": me, "working_group": group, "symposium": symposium, "language": "el",
                 "date": today}, tags=["μέντορες"])
    reading = add("reading_item", {"title": "Μελέτη περίπτωσης", "authors": "Παπαδόπουλος", "year": 2024,
                                   "kind": "case_study", "publisher": "Δίκτυο", "abstract": "Περίληψη",
                                   "why_it_matters": "Δείχνει τον δρόμο", "assigned_to": me,
                                   "working_group": group})
    ws.set_reading_status(reading, "reading", me)
    practice = add("practice", {"title": "Πρόγραμμα μεντόρων", "city": city, "summary": "Σύνοψη",
                                "results": "Αποτελέσματα", "contacts": "Γραφείο"})
    plan = add("action_plan", {"title": "Σχέδιο δράσης", "problem_of_practice": "Αποχωρήσεις εκπαιδευτικών",
                               "rationale": "Αιτιολόγηση", "city": city, "working_group": group,
                               "stage": "planning", "status": "active", "owner": me,
                               "start": today, "end": today + dt.timedelta(days=365)})
    ws.link("adapted_from", plan, practice)
    ws.link("evidence", plan, reading)
    goal = add("goal", {"plan": plan, "statement": "Λιγότερες αποχωρήσεις", "indicator": "Ποσοστό",
                        "baseline": "20", "target": "10", "due": today + dt.timedelta(days=300)})
    add("action", {"goal": goal, "title": "Εκπαίδευση μεντόρων", "responsible": me, "accountable": member,
                   "due": today - dt.timedelta(days=2), "status": "in_progress", "milestone": True})
    add("action", {"goal": goal, "title": "Αξιολόγηση", "responsible": member, "due": today + dt.timedelta(days=5),
                   "status": "not_started"})
    yield ws, records
    ws.close()


def sized(widget: QWidget, width: int, height: int) -> QWidget:
    widget.resize(width, height)
    return widget


def dialogs(window: Any, ctx: Any) -> list[tuple[str, Callable[[], QWidget]]]:
    from gcen_desktop.ui.about import AboutDialog
    from gcen_desktop.ui.first_run import FirstRunWindow
    from gcen_desktop.ui.preferences import PreferencesDialog
    from gcen_desktop.ui.reading_dialogs import AddReadingDialog
    from gcen_desktop.ui.search_dialog import SearchDialog

    found: list[tuple[str, Callable[[], QWidget]]] = [
        ("About", lambda: AboutDialog(window)),
        ("Preferences", lambda: PreferencesDialog(ctx, window)),
        ("Search", lambda: SearchDialog(ctx, window)),
        ("Add reading", lambda: AddReadingDialog(ctx.ws, window)),
        ("First run", lambda: sized(FirstRunWindow(None), 640, 560)),  # the size app.py gives it
    ]
    from gcen_desktop.services.bundles import Exchange
    from gcen_desktop.ui.linking.record_picker import RecordPickerDialog
    from gcen_desktop.ui.plans.new_plan_dialog import NewPlanDialog
    from gcen_desktop.ui.sharing.import_preview_dialog import ImportPreviewDialog

    def import_preview() -> QWidget:
        bundle = Path(ctx.ws.store.folder).parent / "σε-μένα.gcen"
        Exchange(ctx.ws).export(bundle, mode="full")
        return ImportPreviewDialog(Exchange(ctx.ws).preview(bundle), bundle.name, window)

    found.append(("New plan", lambda: NewPlanDialog(ctx, window)))
    found.append(("Import preview", import_preview))
    found.append(("Record picker", lambda: RecordPickerDialog(ctx, ("note", "reading_item"), "")))
    return found


def test_every_screen_is_translated_and_nothing_is_cut_off_in_the_pseudo_locale(
    pseudo_locale: None, greek_ws: tuple[Any, dict[str, str]], qtbot: Any
) -> None:
    from PySide6.QtWidgets import QApplication

    from gcen_desktop.ui import theme
    from gcen_desktop.ui.context import AppContext
    from gcen_desktop.ui.main_window import MainWindow
    from gcen_desktop.ui.settings import Settings

    # Audit what users see: the app's own style and stylesheet (their padding makes buttons
    # wider), whatever earlier tests in this process left applied.
    theme.apply_theme(QApplication.instance(), "light")
    ws, records = greek_ws
    ctx = AppContext(ws, settings=Settings())
    audit = ScreenAudit()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    try:
        window.build_remaining()
        for cls in window.section_types:
            window.show_section(cls.key)
            qtbot.waitUntil(lambda: not ctx.workers.busy, timeout=10000)
            audit.visit(window, f"section {cls.key}")
        for kind, rec in records.items():
            window.open_record(rec)
            qtbot.waitUntil(lambda: not ctx.workers.busy, timeout=10000)
            audit.visit(window, f"{kind} record")
        for name, make in dialogs(window, ctx):
            dialog = make()
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            audit.visit(dialog, f"{name} dialog")
            dialog.close()
            if hasattr(dialog, "workers"):
                dialog.workers.wait(10000)
    finally:
        window.close()
        ctx.shutdown()
        QApplication.processEvents()
        ctx.undo_stack.clear()
    assert not audit.untranslated and not audit.clipped, audit.report()


# --- exported documents ---------------------------------------------------------------------------


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_document_headings_are_translated_for_every_ui_language(language: str) -> None:
    from gcen_desktop.domain.schema import VALUE_LABELS
    from gcen_desktop.interop.catalogue import DOCUMENTS, messages
    from gcen_desktop.interop.labels import FIELD_HEADINGS, HEADINGS, Labels, english

    labels = Labels(language)
    assert labels.language != "en", f"no document headings for {language} in the catalogue"
    catalogue = messages(language)
    untranslated = [k for k in HEADINGS if ("Fields" if k in FIELD_HEADINGS else DOCUMENTS, english(k)) not in catalogue]
    assert not untranslated, f"headings without a {language} translation: {sorted(untranslated)}"
    unnamed = [v for v, label in VALUE_LABELS.items() if ("Values", label) not in catalogue]
    assert not unnamed, f"values without a {language} name: {sorted(unnamed)}"
    for key in HEADINGS:
        assert re.findall(r"\{\w+\}", labels[key]) == re.findall(r"\{\w+\}", english(key)), (key, labels[key])


def test_a_document_in_french_uses_the_uis_french_labels(tmp_path: Path) -> None:
    """One catalogue: a plan report in French heads the plan's fields as the UI's French catalogue
    (the .qm the app installs) names them, and names values and types as the UI does; a built
    app, which reads the JSON that `compile` writes, says the same."""
    from gcen_desktop.domain.schema import DOCUMENT, TYPES, VALUE_LABELS
    from gcen_desktop.interop import catalogue
    from gcen_desktop.interop.document import Heading, TitlePage
    from gcen_desktop.interop.labels import Labels
    from gcen_desktop.interop.plan_report import PlanData, plan_document

    translations.compile_qm(["fr"], tmp_path, with_pseudo=False)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "gcen_fr.qm"))
    ui = translator.translate
    problem = ui("Fields", "Problem of practice")
    assert problem and problem != "Problem of practice"
    doc = plan_document(PlanData(id="p", title="Plan", city="Lyon", status="active", problem_of_practice="x"), "fr")
    assert problem in [b.text for b in doc.blocks if isinstance(b, Heading)]
    title_page = next(b for b in doc.blocks if isinstance(b, TitlePage))
    assert (ui("Fields", "City"), "Lyon") in title_page.fields and (ui("Fields", "Status"), ui("Values", "Active")) in title_page.fields
    french = Labels("fr")
    for f in TYPES["action_plan"].shown_in(DOCUMENT):
        assert french.field("action_plan", f.name) == ui("Fields", f.label) != "", f.name
    for label in VALUE_LABELS.values():
        assert ui("Values", label), label
    assert {v: french.value(v) for v in VALUE_LABELS} == {v: ui("Values", label) for v, label in VALUE_LABELS.items()}
    assert french.type("reading_item") == ui("Types", "Reading") != french.value("reading") == ui("Values", "Reading")
    built = catalogue.read_json(tmp_path / "gcen_fr.json")
    assert built == catalogue.messages("fr") and built[("Fields", "Problem of practice")] == problem


# --- plurals ---------------------------------------------------------------------------------------

# "note(s)", "%d sessions", "%s records": a count written into a text that cannot agree with it.
COUNT_IN_TEXT = re.compile(r"\w\(s\)|%[ds1-9] (?:[a-z]+ )?(?!was\b|this\b|is\b|has\b|holds\b|needs\b|sends\b|says\b|makes\b)[a-z]+s\b|\b\w+s over %d")
# A fraction is no count: "1.5 hours" has no singular form to choose.
NOT_COUNTS = {"The sender's clock is %s hours ahead of this computer's; ask them to check their date and time "
              "(the order of edits does not depend on it)."}


def test_counts_go_through_qts_plural_forms() -> None:
    """Every tr() text that counts things uses %n (one message, a form per count), never "note(s)"
    or "%d sessions", which read "1 sessions" in English and cannot agree in other languages."""
    _, messages = translations.read_ts(translations.translation_file("fr", ".ts"))
    wrong = sorted({f"{m.context}: {m.source!r}" for m in messages if COUNT_IN_TEXT.search(m.source)
                    and m.source not in NOT_COUNTS})
    assert not wrong, "counted without %n:\n" + "\n".join(wrong)


def test_english_says_one_change_and_two_changes(tmp_path: Path) -> None:
    """The English catalogue (numerus forms only) gives the singular; without it Qt says "1 changes"."""
    translations.compile_qm(["en"], tmp_path, with_pseudo=False)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "gcen_en.qm"))
    _, messages = translations.read_ts(translations.translation_file("en", ".ts"))
    plurals = [m for m in messages if m.numerus]
    assert len(plurals) >= 20 and all(m.numerus for m in messages)
    say = lambda context, text, n: translator.translate(context, text, "", n)  # noqa: E731
    assert say("NotesSection", "Moved %Ln notes to the trash. Undo brings them back.", 1) == \
        "Moved %Ln note to the trash. Undo brings it back."
    assert say("AgendaPanel", "%Ln sessions", 1) == "%Ln session"
    assert say("AgendaPanel", "%Ln sessions", 2) == "%Ln sessions"
    assert say("WorkspaceStatusBar", "%Ln changes not yet shared", 1) == "%Ln change not yet shared"
