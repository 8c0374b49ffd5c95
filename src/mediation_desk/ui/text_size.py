"""Larger text for older eyes: a few sizes the whole window follows at once.

The application font is the one source of truth (``QApplication.font().pointSize()``); the
chosen size is remembered in ``UiState``. ``apply`` changes it live. Widgets that set their
own font do not follow the application font by themselves, so they say how much larger
than the text they want to be with ``follow_scaled`` and ``apply`` resizes them too.
Widgets that only need to know about a change can watch ``QEvent.FontChange``, or connect
to ``TextSizeControl.changed``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QApplication, QStyle, QTableView, QWidget

from mediation_desk.ui.fonts import DEFAULT_POINT_SIZE
from mediation_desk.ui.state import UiState

STANDARD, LARGER, LARGEST = DEFAULT_POINT_SIZE, 13, 16
STEPS: tuple[int, ...] = (STANDARD, LARGER, LARGEST)
PREFERENCE = "text_size"
# Outside this range a hand-edited ini file is ignored rather than making the window unusable.
MIN_SIZE, MAX_SIZE = 8, 32
_SCALE_PROPERTY = "md_font_scale"
# Room above and below a table row's text: CJK fallback glyphs are taller than Latin ones.
_ROW_PADDING_PX = 10


def step_names() -> dict[int, str]:
    """The sizes by name, in the user's language (标准 / 较大 / 特大)."""
    return {STANDARD: QCoreApplication.translate("text_size", "Standard"),
            LARGER: QCoreApplication.translate("text_size", "Larger"),
            LARGEST: QCoreApplication.translate("text_size", "Largest")}


def saved_size(state: UiState) -> int:
    """The remembered size, or the standard one when nothing (sensible) was saved."""
    try:
        size = int(state.preference(PREFERENCE, str(STANDARD)))
    except ValueError:
        return STANDARD
    return size if MIN_SIZE <= size <= MAX_SIZE else STANDARD


def save_size(state: UiState, size: int) -> None:
    state.set_preference(PREFERENCE, str(size))


def current_size() -> int:
    app = QApplication.instance()
    return app.font().pointSize() if isinstance(app, QApplication) else STANDARD


def next_step(size: int, direction: int) -> int:
    """The next step up (direction 1) or down (-1) from ``size``; stays at the ends."""
    if direction > 0:
        return next((s for s in STEPS if s > size), STEPS[-1])
    return next((s for s in reversed(STEPS) if s < size), STEPS[0])


def follow_scaled(widget: QWidget, factor: float) -> None:
    """Give ``widget`` a font ``factor`` times the text size, now and after every ``apply``.

    Use instead of ``setFont`` with a computed size (e.g. the navigation list at 1.2)."""
    widget.setProperty(_SCALE_PROPERTY, float(factor))
    _rescale(widget, factor, current_size())


def fit_rows(view: QTableView) -> None:
    """Row height for the current font: the style's default rows are too low for large text."""
    header = view.verticalHeader()
    style = view.style()
    default = style.pixelMetric(QStyle.PixelMetric.PM_HeaderDefaultSectionSizeVertical,
                                None, view)
    needed = view.fontMetrics().boundingRect("调解Ag").height() + _ROW_PADDING_PX
    header.setDefaultSectionSize(max(default, needed))


def apply(size: int) -> None:
    """Set the text size of the whole application and make every open window follow now."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    font = QFont(app.font())
    font.setPointSize(size)
    app.setFont(font)
    # Qt delivers the change at the next turn of the event loop; callers (a test, the
    # screenshot tool, the sample line) measure at once, so deliver it now.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)
    widgets = QApplication.allWidgets()
    # Under a style sheet a widget keeps the font it was polished with; setting the same
    # sheet again re-polishes it (and its children) with the new application font.
    if app.styleSheet():
        app.setStyleSheet(app.styleSheet())
    for widget in widgets:
        if widget.styleSheet():
            widget.setStyleSheet(widget.styleSheet())
    for widget in widgets:
        factor = widget.property(_SCALE_PROPERTY)
        if isinstance(factor, float):
            _rescale(widget, factor, size)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.FontChange)
    for widget in widgets:
        if isinstance(widget, QTableView):
            fit_rows(widget)


def _rescale(widget: QWidget, factor: float, size: int) -> None:
    font = QFont(widget.font())
    font.setPointSizeF(size * factor)
    widget.setFont(font)


class TextSizeControl(QObject):
    """Changes and remembers the text size; owns the View-menu actions for it.

    ``action_larger`` (Ctrl++), ``action_smaller`` (Ctrl+-) and ``action_standard``
    (Ctrl+0) step through ``STEPS``. Several controls may exist (window, settings page):
    they share the application font and the saved preference, not state of their own."""

    changed = Signal(int)
    """The text size was changed through this control; carries the new point size."""

    def __init__(self, state: UiState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.action_larger = QAction(self.tr("&Larger Text"), self)
        self.action_larger.setObjectName("action_larger_text")
        # ZoomIn is Ctrl++ ; on most keyboards "+" needs Shift, so Ctrl+= works as well.
        self.action_larger.setShortcuts([QKeySequence(QKeySequence.StandardKey.ZoomIn),
                                         QKeySequence("Ctrl+=")])
        self.action_smaller = QAction(self.tr("&Smaller Text"), self)
        self.action_smaller.setObjectName("action_smaller_text")
        self.action_smaller.setShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut))
        self.action_standard = QAction(self.tr("S&tandard Text Size"), self)
        self.action_standard.setObjectName("action_standard_text")
        self.action_standard.setShortcut(QKeySequence("Ctrl+0"))
        for action in self.actions():
            action.setStatusTip(self.tr("Make the text of the whole window larger or smaller"))
        self.action_larger.triggered.connect(self.larger)
        self.action_smaller.triggered.connect(self.smaller)
        self.action_standard.triggered.connect(self.standard)

    def actions(self) -> list[QAction]:
        """For the View menu, in this order."""
        return [self.action_larger, self.action_smaller, self.action_standard]

    @property
    def size(self) -> int:
        return current_size()

    def set_size(self, size: int) -> None:
        """Apply ``size`` to the whole application and remember it for the next start."""
        size = max(MIN_SIZE, min(MAX_SIZE, size))
        if size != current_size():
            apply(size)
        save_size(self._state, size)
        self.changed.emit(size)

    def larger(self) -> None:
        self.set_size(next_step(self.size, 1))

    def smaller(self) -> None:
        self.set_size(next_step(self.size, -1))

    def standard(self) -> None:
        self.set_size(STANDARD)
