"""Installs the interface language: Qt's own catalogue (standard buttons, dialogs) and ours.

Chinese (zh_CN) is the default; English is the source language, so ``en`` needs only our
catalogue for plural forms. Changing language takes a restart."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from mediation_desk.resources import resource_path

log = logging.getLogger(__name__)

LANGUAGES = ("zh", "en")
DEFAULT_LANGUAGE = "zh"
_LOCALES = {"zh": "zh_CN", "en": "en"}


def locale_name(lang: str) -> str:
    return _LOCALES.get(lang, _LOCALES[DEFAULT_LANGUAGE])


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Load and install the catalogues for ``lang`` ("zh" or "en").

    A missing catalogue is logged, not fatal: the window then shows English source text,
    which is better than not starting at all.

    Returns:
        The installed translators (parented to ``app``, so they live as long as it does).
    """
    name = locale_name(lang)
    QLocale.setDefault(QLocale(name))
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"qtbase_{name}", qt_dir)] if name != "en" else []
    candidates.append((f"mediation_desk_{name}", str(resource_path("translations"))))
    for base, directory in candidates:
        translator = QTranslator(app)
        if translator.load(base, directory):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("translation %s not found in %s", base, directory)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)


def current_language() -> str:
    """"zh" or "en": the language installed at start-up (for the shared code sentences)."""
    return "en" if QLocale().language() == QLocale.Language.English else DEFAULT_LANGUAGE
