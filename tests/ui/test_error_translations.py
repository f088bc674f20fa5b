"""The errors a user can cause, in the user's language: every template is translated in the five
.ts files, `error_text` fills in the parameters with the locale's numbers and falls back to
English on a broken translation, and a real failed import shows its message in French."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from gcen_desktop.domain.errors import Phrase, UserError, ValidationError
from gcen_desktop.sync.errors import BundleNotABundle
from gcen_desktop.sync.limits import DEFAULT_LIMITS
from gcen_desktop.sync.reader import EventChecker
from gcen_desktop.sync.reader.lines import _count_mismatch
from gcen_desktop.translation_rules import LANGUAGES
from gcen_desktop.ui.i18n import ERRORS_CONTEXT, error_text

from ..scripts import load_script
from .test_translations import forget_translated_caches

error_templates = load_script("error_templates")
translations = load_script("translations")


@pytest.fixture(scope="module")
def french_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("qm")
    translations.compile_qm(["fr"], folder, with_pseudo=False)
    return folder


@pytest.fixture
def french(qapp: QApplication, french_qm: Path) -> Iterator[None]:
    """The app in French: the compiled catalogue installed and French number formats."""
    translator = QTranslator()
    assert translator.load(QLocale("fr"), "gcen", "_", str(french_qm))
    qapp.installTranslator(translator)
    forget_translated_caches()
    before = QLocale()
    QLocale.setDefault(QLocale("fr"))
    yield
    qapp.removeTranslator(translator)
    QLocale.setDefault(before)
    forget_translated_caches()  # names cached in French (roles, statuses) must not reach later tests


def french_number(n: int) -> str:
    return QLocale("fr").toString(n)  # 12 345, with the narrow no-break space French uses


# --- the catalogues ------------------------------------------------------------------------------


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_every_error_template_is_translated(language: str) -> None:
    templates = set(error_templates.scan().templates)
    _, messages = translations.read_ts(translations.translation_file(language, ".ts"))
    errors = {m.source: m for m in messages if m.context == ERRORS_CONTEXT}
    missing = templates - set(errors)
    assert not missing, f"run `python scripts/translations.py extract`; not in gcen_{language}.ts: {sorted(missing)[:10]}"
    untranslated = [source for source in templates if not translations.translation_of(errors[source])]
    assert not untranslated, (
        f"add these to scripts/translation_memory/{language}.py and run `scripts/translations.py extract`:\n"
        + "\n".join(untranslated[:20])
    )
    broken = [
        f"{source!r}: {problem}"
        for source in templates
        for problem in translations.problems_of(errors[source], translations.translation_of(errors[source]))
    ]
    assert not broken, "\n".join(broken[:20])


# --- error_text ------------------------------------------------------------------------------------


def test_error_text_translates_the_template_and_writes_numbers_for_the_locale(french: None) -> None:
    assert error_text(_count_mismatch(12345, 2)) == (
        f"Ce paquet transporte moins de modifications que ne l'indique sa description ({french_number(12345)}) ; "
        "demandez à l'expéditeur de l'exporter à nouveau."
    )
    assert error_text(UserError("Pick a version between 1 and %(count)d.", count=1500)) == (
        f"Choisissez une version entre 1 et {french_number(1500)}."
    )
    # %(line)s numbers are written as they are, as in English: a line number has no separators
    binary = UserError(
        "%(name)s is not a text file (binary data on line %(line)s); pick the exported reading list.",
        name="lectures.ris",
        line=12345,
    )
    assert error_text(binary) == (
        "lectures.ris n'est pas un fichier texte (données binaires à la ligne 12345) ; "
        "choisissez la liste de lectures exportée."
    )


def test_error_text_translates_phrases_and_errors_given_as_parameters(french: None) -> None:
    reason = ValidationError("'%(field)s' must be a whole number.", field="year")
    error = EventChecker(DEFAULT_LIMITS)._bad(4321, Phrase("has a bad value: %(reason)s", reason=reason))
    assert error_text(error) == (
        f"La modification {french_number(4321)} de ce paquet a une valeur incorrecte : "
        "'year' doit être un nombre entier. ; demandez à l'expéditeur de l'exporter à nouveau."
    )
    assert str(error).startswith("Change 4,321 in this bundle has a bad value: 'year' must be")


class BrokenTranslator(QTranslator):
    """A catalogue whose error translations lost or renamed their placeholders."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001, ANN201
        if context == ERRORS_CONTEXT:
            return "Il n'y a pas de fichier %(chemin)s." if "%(" in source else "Traduit."
        return None

    def isEmpty(self) -> bool:  # noqa: N802 (Qt override)
        return False


def test_error_text_falls_back_to_english_when_a_translation_breaks_its_placeholders(qapp: QApplication) -> None:
    broken = BrokenTranslator()
    qapp.installTranslator(broken)
    try:
        missing = UserError("There is no file %(path)s; check the name and try again.", path="/tmp/x.gcen")
        assert error_text(missing) == "There is no file /tmp/x.gcen; check the name and try again."
        assert error_text(BundleNotABundle()) == "Traduit."  # no placeholders to break
    finally:
        qapp.removeTranslator(broken)


def test_error_text_shows_other_exceptions_and_untranslated_templates_as_they_are(qapp: QApplication) -> None:
    assert error_text(OSError("disk on fire")) == "disk on fire"
    never_translated = UserError("A sentence no catalogue has, about %(what)s.", what="this")
    assert error_text(never_translated) == str(never_translated)


# --- a real failure, as the user sees it -----------------------------------------------------------


@pytest.mark.parametrize("case", ["missing file", "damaged bundle"])
def test_a_failed_import_tells_the_user_in_french(
    case: str, french: None, ctx: Any, qtbot: Any, answer: Any, wait_idle: Any, tmp_path: Path
) -> None:
    from gcen_desktop.ui.sections.sync import SyncSection

    section = SyncSection(ctx)
    qtbot.addWidget(section)
    path = tmp_path / "de-séoul.gcen"
    if case == "damaged bundle":
        path.write_bytes(b"PK\x03\x04 not really a zip archive")
        expected = "Ce fichier de paquet est incomplet (il a été tronqué, peut-être pendant la copie) ; " \
                   "copiez-le à nouveau ou demandez-en un nouveau à l'expéditeur."
    else:
        expected = f"Il n'y a pas de fichier {path} ; vérifiez le nom et réessayez."
    log = answer({"error": None})
    section.start_import(path)
    qtbot.waitUntil(lambda: section.flow is None, timeout=10000)
    wait_idle(ctx)
    assert log == [("error", "Impossible d'effectuer cette opération", expected)]


def test_the_export_size_warning_and_the_reading_import_summary_are_translated(french: None, ctx, qtbot) -> None:
    """Texts the app composes from a service's result, not its English sentences."""
    from types import SimpleNamespace

    from gcen_desktop.ui.sections.readings import ReadingsSection
    from gcen_desktop.ui.sharing.export_panel import ExportPanel

    panel = ExportPanel(ctx)
    qtbot.addWidget(panel)
    panel._on_exported(SimpleNamespace(path="team.gcen", size=19 * 2**20, event_count=12_345,  # noqa: SLF001
                                       warning="This bundle is 19.0 MiB, too large for most e-mail; …"))
    assert "trop pour la plupart des messageries" in panel.result.text()
    assert "too large" not in panel.result.text()
    # a record left home is named by its kind and field in French, its title shown as typed
    from gcen_desktop.services.bundles import CannotTravel
    from gcen_desktop.services.network import LeftOut
    from gcen_desktop.ui.sharing.publish_panel import PublishPanel

    line = panel._cannot_travel(CannotTravel("r1", "note", "Journal\u202e", "body", "size"))  # noqa: SLF001
    assert line == "Note « Journal\\u202e » : « Texte » est trop volumineux", line
    publish = PublishPanel.__new__(PublishPanel)  # (only its wording: no list is loaded)
    left = PublishPanel._left_out(publish, LeftOut("r2", "action_plan", "Big plan", "size"))  # noqa: SLF001
    assert left == "Plan d'action « Big plan » : trop volumineux", left
    # (no section is built in French here: its lists keep the names they translated)
    from gcen_desktop.services.readings_io import Duplicate

    section = SimpleNamespace(tr=lambda text: QCoreApplication.translate("ReadingsSection", text))
    section._duplicate_line = lambda dup: ReadingsSection._duplicate_line(section, dup)  # noqa: SLF001
    duplicates = [Duplicate("A", "B", "same DOI"), Duplicate("C", "D", "same title, year and first author", in_file=True)]
    report = SimpleNamespace(file_name="zotero.bib", added=["a"] * 1234, duplicates=duplicates, bad=[3])
    text = ReadingsSection._import_summary(section, report)  # noqa: SLF001
    assert text.splitlines()[0] == f"Lectures ajoutées depuis zotero.bib : {french_number(1234)}."
    assert "Ignorées" in text and "Écartées, car illisibles : 1." in text
    assert "« A » a le DOI de « B »" in text and "(plus haut dans le fichier)" in text


def test_a_refused_first_run_join_tells_the_user_in_french(french: None, refused_first_run_join: Any) -> None:
    _title, text = refused_first_run_join("Moi")
    assert text == error_text(BundleNotABundle()) != str(BundleNotABundle())
