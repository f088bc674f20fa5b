"""Translations: load the app's .qm for a language (and Qt's own base strings) into the app, and
say an error's message in the user's language."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..domain.errors import PARAMETER, fill
from ..resources import TRANSLATIONS

ERRORS_CONTEXT = "Errors"  # where scripts/translations.py puts the error templates

# Keep references: a QTranslator that is garbage-collected stops translating.
_installed: list[QTranslator] = []

# Languages the team writes in; the translation engineer adds the matching .ts files.
LANGUAGES = (
    ("en", "English"),
    ("fr", "Français"),
    ("es", "Español"),
    ("pt", "Português"),
    ("zh_CN", "中文（简体）"),
    ("ko", "한국어"),
)


def system_language() -> str:
    return QLocale.system().name()  # e.g. "fr_FR"


def install_translators(app: QCoreApplication, language: str = "") -> str:
    """Install translators for `language` ('' = the system's); return the language used.

    Missing files are fine: the app then shows its English source strings.
    """
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    language = language or system_language()
    locale = QLocale(language)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    base = QTranslator(app)
    if base.load(locale, "qtbase", "_", qt_dir):
        app.installTranslator(base)
        _installed.append(base)
    # English plural forms ("1 change", "2 changes"), asked last: the source texts are plurals.
    english = QTranslator(app)
    if english.load("gcen_en", str(TRANSLATIONS)):
        app.installTranslator(english)
        _installed.append(english)
    own = QTranslator(app)
    if not language.startswith("en") and own.load(locale, "gcen", "_", str(TRANSLATIONS)):
        app.installTranslator(own)
        _installed.append(own)
    QLocale.setDefault(locale)
    return language


class PseudoTranslator(QTranslator):
    """Stretches every string (like Vorta's TRANS_SCALE) so clipped labels show before translators do."""

    def __init__(self, scale: float, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.scale = scale

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001, ANN201
        if not source:
            return source
        extra = int(len(source) * (self.scale - 1.0))
        return source + ("~" * extra if extra > 0 else "")

    def isEmpty(self) -> bool:  # noqa: N802 (Qt override)
        return False


def install_pseudo_translation(app: QCoreApplication, scale: float) -> None:
    if scale <= 1.0:
        return
    pseudo = PseudoTranslator(scale, app)
    app.installTranslator(pseudo)
    _installed.append(pseudo)


def error_text(error: Any) -> str:
    """The message of an error (a UserError's sentence, translated) to show the user.

    The template is translated in the "Errors" context and its parameters written in: numbers
    (`%(n)d`) as the user's locale writes them, a Phrase or an error given as a parameter
    translated in turn. A translation whose placeholders differ from the template's shows the
    English sentence instead; so does anything unforeseen, rather than an error about the error.
    Any other exception shows as `str()` gives it.
    """
    template, params = getattr(error, "template", None), getattr(error, "params", None)
    if not isinstance(template, str) or not isinstance(params, dict):
        return str(error)
    try:
        translated = QCoreApplication.translate(ERRORS_CONTEXT, template)
        if sorted(PARAMETER.findall(translated)) != sorted(PARAMETER.findall(template)):
            return str(error)
        return fill(translated, params, number=QLocale().toString, text=error_text)
    except Exception:  # noqa: BLE001
        return str(error)
