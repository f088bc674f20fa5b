"""The first-run screen: create a workspace, open the sample team, or start from a teammate's bundle.

It is an ordinary window (never a modal box at start-up), and creating the workspace runs on a
worker so the window stays responsive while the database is set up.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import PassphraseWanted
from ..domain.schema import MEMBER_ROLES
from ..services import joining
from ..services.workspace import Workspace, default_workspace_folder
from . import prompts
from .forms.values import value_name
from .i18n import error_text
from .icons import app_icon
from .safe_text import plain_label, visible
from .sharing.import_preview_dialog import format_ms, group_fingerprint
from .worker import Workers


def _free_folder(base: Path) -> Path:
    """`base`, or `base-2`, `base-3`… when a workspace is already there (not one whose join was
    interrupted: joining there starts it again)."""
    if not Workspace.exists(base) or Workspace.unfinished(base):
        return base
    n = 2
    while Workspace.exists(base.with_name(f"{base.name}-{n}")):
        n += 1
    return base.with_name(f"{base.name}-{n}")


class FirstRunWindow(QWidget):
    """Emits `sig_workspace_ready(workspace, bundle_path_or_None)` once a workspace exists."""

    sig_workspace_ready = Signal(object, object)

    def __init__(self, folder: Path | None = None, parent: QWidget | None = None, *, another: bool = False,
                 identity: dict[str, Any] | None = None, sample_folder: Path | None = None) -> None:
        """`another`: File › New workspace (a workspace is open already); `identity` fills in the
        user's name, role and city ({"name", "role", "city"}) from the workspace they work in."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("New workspace") if another else self.tr("Welcome to GCEN Desktop"))
        self.setWindowIcon(app_icon())
        self.workers = Workers()
        base = Path(folder) if folder else default_workspace_folder()
        # The sample team lives beside the first workspace, in a workspace of its own.
        self.sample_folder = sample_folder or base.parent / "sample"
        self.folder = _free_folder(base)
        self.setMinimumWidth(560)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(36, 28, 36, 24)
        outer.setSpacing(14)
        self._add_heading(outer, another)
        self._add_form_card(outer, another, identity)
        self._add_other_ways(outer)
        self._add_status(outer)
        self._task: Any = None
        self.pending_bundle: Path | None = None  # a bundle handed over by a later start, to join with
        outer.addStretch(1)

    def _add_heading(self, outer: QVBoxLayout, another: bool) -> None:
        """The logo, the welcome and what the app is for."""
        head = QHBoxLayout()
        logo = QLabel(self)
        logo.setPixmap(app_icon().pixmap(56, 56))
        head.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        intro = QVBoxLayout()
        title = QLabel(self.tr("New workspace") if another else self.tr("Welcome to GCEN Desktop"), self)
        title.setObjectName("SectionTitle")
        title.setWordWrap(True)
        intro.addWidget(title)
        blurb = QLabel(self.tr("Your team's notes, readings, action plans and symposia, on this computer. "
                               "Nothing needs a server: you share with teammates through bundle files."), self)
        blurb.setWordWrap(True)
        blurb.setObjectName("Muted")
        intro.addWidget(blurb)
        head.addLayout(intro, 1)
        outer.addLayout(head)

    def _add_form_card(self, outer: QVBoxLayout, another: bool, identity: dict[str, Any] | None) -> None:
        """The team, city, name, role and folder of the new workspace, and its Create button."""
        card = QFrame(self)
        card.setObjectName("Card")
        form_box = QVBoxLayout(card)
        form_box.setContentsMargins(20, 16, 20, 16)
        heading = QLabel(self.tr("Create another workspace") if another else self.tr("Create your team's workspace"),
                         card)
        heading.setObjectName("CardTitle")
        form_box.addWidget(heading)
        form = QFormLayout()
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(10)
        self.team_edit = QLineEdit(card)
        self.team_edit.setPlaceholderText(self.tr("e.g. Boston Public Schools — GCEN team"))
        self.team_edit.setAccessibleName(self.tr("Team name"))
        self.city_edit = QLineEdit(card)
        self.city_edit.setPlaceholderText(self.tr("e.g. Boston"))
        self.city_edit.setAccessibleName(self.tr("City"))
        self.name_edit = QLineEdit(card)
        self.name_edit.setPlaceholderText(self.tr("Your full name"))
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.role_box = QComboBox(card)
        self.role_box.setAccessibleName(self.tr("Your role"))
        for role in MEMBER_ROLES:
            self.role_box.addItem(value_name(role), role)
        if identity:
            self._fill_identity(identity)
        form.addRow(self.tr("Team name"), self.team_edit)
        form.addRow(self.tr("City"), self.city_edit)
        form.addRow(self.tr("Your name"), self.name_edit)
        form.addRow(self.tr("Your role"), self.role_box)
        folder_row = QHBoxLayout()
        self.folder_label = QLabel(str(self.folder), card)
        self.folder_label.setObjectName("Muted")
        self.folder_label.setWordWrap(True)
        # A path has no spaces to wrap at: keep room for its line whatever the style's padding.
        self.folder_label.setMinimumHeight(self.folder_label.sizeHint().height() + 4)
        change = QPushButton(self.tr("Change…"), card)
        change.setAccessibleName(self.tr("Change the workspace folder"))
        change.clicked.connect(self._on_change_folder_clicked)
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(change)
        form.addRow(self.tr("Stored in"), folder_row)
        form_box.addLayout(form)
        self.create_button = QPushButton(self.tr("Create workspace"), card)
        self.create_button.setObjectName("Primary")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self._on_create_clicked)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.create_button)
        form_box.addLayout(row)
        outer.addWidget(card)

    def _fill_identity(self, identity: dict[str, Any]) -> None:
        self.name_edit.setText(identity.get("name") or "")
        self.city_edit.setText(identity.get("city") or "")
        if identity.get("role"):
            self.role_box.setCurrentIndex(max(self.role_box.findData(identity["role"]), 0))

    def _add_other_ways(self, outer: QVBoxLayout) -> None:
        """The sample team and joining a teammate's workspace from a bundle."""
        others = QVBoxLayout()  # one per line: both labels stay whole in longer languages
        others.setSpacing(8)
        self.sample_button = QPushButton(self.tr("Explore the sample team"), self)
        self.sample_button.setToolTip(self.tr("A fictional Boston team with notes, readings, a plan and a symposium."))
        self.sample_button.clicked.connect(self._on_sample_clicked)
        self.bundle_button = QPushButton(self.tr("Import a bundle from a teammate…"), self)
        self.bundle_button.setToolTip(self.tr("Fill in your name and role above, then choose the full .gcen bundle "
                                              "a teammate exported for you: you join their workspace."))
        self.bundle_button.clicked.connect(self._on_bundle_clicked)
        for button in (self.sample_button, self.bundle_button):
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # full label, any language
            others.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        outer.addLayout(others)

    def _add_status(self, outer: QVBoxLayout) -> None:
        """Where a join in progress says how it goes, with its Cancel button."""
        self.message = plain_label("", self)
        self.message.setWordWrap(True)
        self.message.setObjectName("Muted")
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel joining"))
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        status = QHBoxLayout()
        status.addWidget(self.message, 1)
        status.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(status)

    # --- actions --------------------------------------------------------------------------------

    def _on_change_folder_clicked(self) -> None:
        folder = prompts.choose_folder(self, self.tr("Where to keep the workspace"), str(self.folder.parent))
        if folder:
            self.set_folder(Path(folder))

    def set_folder(self, folder: Path) -> None:
        """Create the workspace in `folder` when it is empty, else in a new folder inside it."""
        try:
            empty = not any(folder.iterdir())
        except OSError:
            empty = False
        self.folder = folder if empty else _free_folder(folder / "gcen-workspace")
        self.folder_label.setText(str(self.folder))

    def _values(self) -> dict[str, Any] | None:
        team = self.team_edit.text().strip()
        name = self.name_edit.text().strip()
        if not team or not name:
            prompts.error(self, self.tr("A few details are missing"),
                          self.tr("Enter your team's name and your own name, then try again."))
            (self.team_edit if not team else self.name_edit).setFocus()
            return None
        return {"name": team, "city": self.city_edit.text().strip() or None, "member": name,
                "role": self.role_box.currentData()}

    def _on_create_clicked(self) -> None:
        values = self._values()
        if values is not None:
            self.create(values)

    def _on_bundle_clicked(self) -> None:
        """Join the team's workspace from a teammate's full bundle: its team, its records, you as
        one more member (the team name and city come from the bundle)."""
        name = self.name_edit.text().strip()
        if not name:
            prompts.error(self, self.tr("A few details are missing"),
                          self.tr("Enter your own name, then choose the bundle again."))
            self.name_edit.setFocus()
            return
        path = self.pending_bundle or prompts.open_file(self, self.tr("Choose the bundle a teammate sent you"),
                                                        self.tr("GCEN bundles (*.gcen);;All files (*)"))
        self.pending_bundle = None
        if path:
            self.join(Path(path), name, self.role_box.currentData())

    def take_bundle(self, path: Path) -> None:
        """A bundle opened from the file manager while this screen shows: join with it now when your
        name is filled in, else once you have entered it and pressed the bundle button."""
        self.pending_bundle = path
        if self.name_edit.text().strip() and self._task is None:
            self._on_bundle_clicked()
            return
        self.message.setText(self.tr("Enter your name and role, then press “%1” to join with %2.").replace(
            "%1", self.bundle_button.text()).replace("%2", path.name))
        self.name_edit.setFocus()

    def join(self, path: Path, name: str, role: str, passphrase: str | None = None) -> None:
        """Read what the bundle says of itself, ask to trust its sender, then join (on workers)."""
        exchange = joining
        self._busy(True, self.tr("Reading %s…") % path.name)

        def failed(exc: BaseException) -> None:
            cancelled = self._task is not None and self._task.cancelled
            self._busy(False)
            if cancelled:
                self.message.setText(self.tr("Joining cancelled; nothing was changed."))
                return
            if isinstance(exc, PassphraseWanted):
                answer = prompts.ask_text(self, self.tr("Passphrase"), error_text(exc), password=True)
                if answer:
                    self.join(path, name, role, answer)
                return
            prompts.error(self, self.tr("Could not join the workspace"), error_text(exc))

        def described(info: Any) -> None:
            self._busy(False)
            if not prompts.confirm(self, self.tr("Join the team's workspace"), self._join_question(info, path),
                                   ok_label=self.tr("Join")):
                return
            folder = _free_folder(self.folder)
            self._busy(True, self.tr("Joining “%s”…") % visible(info.workspace_name or path.name))
            self.cancel_button.show()
            self._task = self.workers.run(
                lambda progress: exchange.join_as(folder, path, name=name, role=role, passphrase=passphrase,
                                                  trust_new_key=True, progress=progress, checked=info),
                joined, failed, on_progress=self._joining)

        def joined(result: Any) -> None:
            self._busy(False)
            self.sig_workspace_ready.emit(result[0], None)

        self.workers.run(lambda: exchange.describe(path, passphrase=passphrase), described, failed, write=False)

    def _join_question(self, info: Any, path: Path | None = None) -> str:
        # Names from the bundle, shown in a plain-text box with their control and bidi characters escaped.
        who = visible(info.producer_name) if info.producer_name else self.tr("A teammate")
        text = self.tr("%1 made this bundle of the workspace “%2” on %3. It holds %Ln changes.", "",
                       info.event_count).replace("%1", who).replace("%2", visible(info.workspace_name or "?")).replace(
            "%3", format_ms(info.created_ms))
        if info.fingerprint:
            text += "\n\n" + self.tr("It is signed with the key %1. Check with %2 that this is their key "
                                      "(read it to each other on the phone), then join.").replace(
                "%1", group_fingerprint(info.fingerprint)).replace("%2", who)
        else:
            text += "\n\n" + self.tr("It is not signed, so nobody can check who made it: join only if you "
                                      "know where it came from.")
        if info.kind != "full":
            text += "\n\n" + self.tr("It holds only recent changes, not the whole workspace: ask for a full "
                                      "bundle if records are missing after joining.")
        part = joining.part_named(path) if path is not None else None
        if part is not None:
            text += "\n\n" + self.tr("Its name says it is file %1 of %2 of one export, too large for one file: "
                                      "after joining, import the other files of it too.").replace(
                "%1", str(part[0])).replace("%2", str(part[1]))
        return text

    def _joining(self, done: int, total: int) -> None:
        if total:
            self.message.setText(self.tr("Joining… %1%").replace("%1", str(min(100, done * 100 // total))))

    def _on_sample_clicked(self) -> None:
        self.create(None)

    def create(self, values: dict[str, Any] | None, bundle: Path | None = None) -> None:
        """Create the workspace (None: open the sample team, in a workspace of its own, made the
        first time) on a worker; emit sig_workspace_ready."""
        folder = self.folder if values is not None else self.sample_folder
        self._busy(True)

        def make() -> Workspace:
            if values is None:
                from ..services.sample import new_sample_workspace

                if Workspace.exists(folder) and not Workspace.unfinished(folder):
                    ws = Workspace.open(folder)
                    if ws.is_sample:
                        return ws
                    ws.close()  # a workspace of the user's own that happens to be called "sample"
                    return new_sample_workspace(_free_folder(folder))
                return new_sample_workspace(folder)
            return Workspace.new(folder, values["name"], city=values["city"], member=values["member"], role=values["role"])

        def done(ws: Workspace) -> None:
            self._busy(False)
            self.sig_workspace_ready.emit(ws, bundle)

        def failed(exc: BaseException) -> None:
            self._busy(False)
            prompts.error(self, self.tr("Could not create the workspace"), error_text(exc))

        self.workers.run(make, done, failed)

    def _on_cancel_clicked(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.cancel_button.setEnabled(False)

    def _busy(self, busy: bool, text: str | None = None) -> None:
        if not busy:
            self._task = None
            self.cancel_button.hide()
            self.cancel_button.setEnabled(True)
        for button in (self.create_button, self.sample_button, self.bundle_button):
            button.setEnabled(not busy)
        self.message.setText((text or self.tr("Setting up the workspace…")) if busy else "")

    def closeEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        self.workers.wait(30000)
        super().closeEvent(event)
