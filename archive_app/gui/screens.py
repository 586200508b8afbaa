"""The screens before a vault is open: welcome, create, recovery key, unlock."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont, QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from archive_app.gui import i18n
from archive_app.gui.strength import estimate
from archive_app.gui.widgets import Retranslating

ICONS_DIR = Path(__file__).resolve().parents[2] / "resources" / "icons"
#: The weakest passphrase score accepted for a new vault (0..4).
MIN_SCORE = 2


def _centered(inner: QWidget, width: int = 560) -> QVBoxLayout:
    """Lay a page out as a calm column in the middle of the window."""
    inner.setMaximumWidth(width)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(inner, 10)
    row.addStretch(1)
    outer = QVBoxLayout()
    outer.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)
    return outer


def _title_label() -> QLabel:
    label = QLabel()
    label.setObjectName("screenTitle")
    label.setWordWrap(True)
    return label


def _lead_label() -> QLabel:
    label = QLabel()
    label.setObjectName("screenLead")
    label.setWordWrap(True)
    return label


def _password_field(field: QLineEdit, toggle_text: str) -> QAction:
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setInputMethodHints(
        Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhNoPredictiveText
    )
    eye = ICONS_DIR / "eye.svg"
    icon = (
        QIcon(str(eye))
        if eye.is_file()
        else field.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView)
    )
    action = field.addAction(icon, QLineEdit.ActionPosition.TrailingPosition)
    action.setCheckable(True)
    action.setToolTip(toggle_text)

    def toggled(on: bool) -> None:
        field.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password)

    action.toggled.connect(toggled)
    return action


class WelcomePage(Retranslating, QWidget):
    """Create a vault or open one; the language can be chosen right here."""

    create_requested = Signal()
    open_requested = Signal(Path)
    language_chosen = Signal(str)

    def __init__(self, recent: list[Path] | None = None) -> None:
        super().__init__()
        column = QWidget()
        layout = QVBoxLayout(column)
        self.title = _title_label()
        self.lead = _lead_label()
        self.create_button = QPushButton()
        self.create_button.setObjectName("primary")
        self.open_button = QPushButton()
        self.recent_label = QLabel()
        self.recent_list = QListWidget()
        self.recent_list.setMaximumHeight(120)
        self.language_label = QLabel()
        self.language_box = QComboBox()
        for code in i18n.SUPPORTED:
            self.language_box.addItem(i18n.native_name(code), code)
        self.language_label.setBuddy(self.language_box)
        layout.addWidget(self.title)
        layout.addWidget(self.lead)
        layout.addSpacing(16)
        layout.addWidget(self.create_button)
        layout.addWidget(self.open_button)
        layout.addSpacing(12)
        layout.addWidget(self.recent_label)
        layout.addWidget(self.recent_list)
        lang_row = QHBoxLayout()
        lang_row.addStretch(1)
        lang_row.addWidget(self.language_label)
        lang_row.addWidget(self.language_box)
        layout.addLayout(lang_row)
        self.setLayout(_centered(column))
        self.create_button.clicked.connect(self.create_requested)
        self.open_button.clicked.connect(self._choose_folder)
        self.recent_list.itemActivated.connect(
            lambda item: self.open_requested.emit(Path(item.data(Qt.ItemDataRole.UserRole)))
        )
        self.language_box.activated.connect(
            lambda i: self.language_chosen.emit(self.language_box.itemData(i))
        )
        self.set_recent(recent or [])
        self.retranslate()

    def set_language(self, code: str) -> None:
        index = self.language_box.findData(code)
        if index >= 0:
            self.language_box.setCurrentIndex(index)

    def set_recent(self, paths: list[Path]) -> None:
        self.recent_list.clear()
        for path in paths:
            item = QListWidgetItem(path.name)
            item.setToolTip(str(path))
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.recent_list.addItem(item)
        self.recent_label.setVisible(bool(paths))
        self.recent_list.setVisible(bool(paths))

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the vault folder"))
        if folder:
            self.open_requested.emit(Path(folder))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Letapis"))
        self.lead.setText(
            self.tr(
                "An encrypted archive for statements, letters and evidence. Everything stays "
                "on this computer and can only be read with your passphrase."
            )
        )
        self.create_button.setText(self.tr("&Create a new vault…"))
        self.create_button.setAccessibleName(self.tr("Create a new vault"))
        self.open_button.setText(self.tr("&Open a vault…"))
        self.open_button.setAccessibleName(self.tr("Open an existing vault"))
        self.recent_label.setText(self.tr("Recently opened:"))
        self.recent_list.setAccessibleName(self.tr("Recently opened vaults"))
        self.language_label.setText(self.tr("&Language:"))
        self.language_box.setAccessibleName(self.tr("Language of the program"))


class CreatePage(Retranslating, QWidget):
    """Choose where the new vault goes and its passphrase (typed twice, with a strength meter)."""

    create_requested = Signal(Path, str)
    back_requested = Signal()

    def __init__(self, default_folder: Path | None = None) -> None:
        super().__init__()
        column = QWidget()
        layout = QVBoxLayout(column)
        self.title = _title_label()
        self.lead = _lead_label()
        form = QFormLayout()
        self.folder = QLineEdit(str(default_folder or Path.home()))
        self.browse = QPushButton()
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        self.name = QLineEdit()
        self.passphrase = QLineEdit()
        self.repeat = QLineEdit()
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(10)
        self.strength_text = QLabel()
        self.strength_text.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.folder_label, self.name_label = QLabel(), QLabel()
        self.pass_label, self.repeat_label = QLabel(), QLabel()
        for label, field in (
            (self.folder_label, self.folder),
            (self.name_label, self.name),
            (self.pass_label, self.passphrase),
            (self.repeat_label, self.repeat),
        ):
            label.setBuddy(field)
        form.addRow(self.folder_label, folder_row)
        form.addRow(self.name_label, self.name)
        form.addRow(self.pass_label, self.passphrase)
        form.addRow(self.repeat_label, self.repeat)
        form.addRow("", self.meter)
        form.addRow("", self.strength_text)
        self.toggles = [
            _password_field(self.passphrase, ""),
            _password_field(self.repeat, ""),
        ]
        self.create_button = QPushButton()
        self.create_button.setObjectName("primary")
        self.create_button.setDefault(True)
        self.back_button = QPushButton()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        layout.addWidget(self.title)
        layout.addWidget(self.lead)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addLayout(buttons)
        self.setLayout(_centered(column, 640))
        self.passphrase.textChanged.connect(self._update_strength)
        self.repeat.textChanged.connect(self._update_strength)
        self.passphrase.returnPressed.connect(self.repeat.setFocus)
        self.repeat.returnPressed.connect(self._submit)
        self.create_button.clicked.connect(self._submit)
        self.back_button.clicked.connect(self.back_requested)
        self.browse.clicked.connect(self._browse)
        self.retranslate()
        self._update_strength()

    def target(self) -> Path:
        name = self.name.text().strip() or "Archive"
        if not name.endswith(".letapis"):
            name += ".letapis"
        return Path(self.folder.text().strip()).expanduser() / name

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Where to keep the vault"))
        if folder:
            self.folder.setText(folder)

    def _strength_words(self, score: int) -> str:
        return [
            self.tr("Very weak: anyone could guess it."),
            self.tr("Weak: add more words."),
            self.tr("Fair: acceptable, but more words would be safer."),
            self.tr("Strong."),
            self.tr("Very strong."),
        ][score]

    def _update_strength(self) -> None:
        text = self.passphrase.text()
        score = estimate(text).score
        self.meter.setValue(score if text else 0)
        self.strength_text.setText(self._strength_words(score) if text else self._hint())
        self.meter.setAccessibleDescription(self.strength_text.text())
        self.error.clear()

    def _hint(self) -> str:
        return self.tr(
            "Tip: four or more ordinary words that have nothing to do with each other make a "
            "passphrase that is strong and easy to remember."
        )

    def _submit(self) -> None:
        text = self.passphrase.text()
        if not text.strip():
            self.error.setText(self.tr("Type a passphrase."))
        elif text != self.repeat.text():
            self.error.setText(self.tr("The two passphrases are not the same."))
        elif estimate(text).score < MIN_SCORE:
            self.error.setText(self.tr("This passphrase is too weak; add more words."))
        elif not Path(self.folder.text().strip()).expanduser().is_dir():
            self.error.setText(self.tr("The folder does not exist; choose another."))
        elif self.target().exists():
            self.error.setText(
                self.tr("Something with this name is already there; choose another name.")
            )
        else:
            self.error.clear()
            self.create_requested.emit(self.target(), text)

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for w in (
            self.create_button,
            self.back_button,
            self.passphrase,
            self.repeat,
            self.name,
            self.folder,
            self.browse,
        ):
            w.setEnabled(not busy)

    def show_error(self, message: str) -> None:
        self.set_busy(False)
        self.error.setText(message)

    def clear(self) -> None:
        self.passphrase.clear()
        self.repeat.clear()
        self.error.clear()
        self.set_busy(False)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Create a new vault"))
        self.lead.setText(
            self.tr(
                "The vault is a folder that holds your documents, encrypted. Choose a "
                "passphrase you will remember: without it (or the recovery key) nobody can "
                "open the vault — not even us."
            )
        )
        self.folder_label.setText(self.tr("&Folder:"))
        self.name_label.setText(self.tr("&Name:"))
        self.name.setPlaceholderText(self.tr("Archive"))
        self.pass_label.setText(self.tr("&Passphrase:"))
        self.repeat_label.setText(self.tr("&Repeat:"))
        self.browse.setText(self.tr("&Browse…"))
        self.create_button.setText(self.tr("C&reate"))
        self.back_button.setText(self.tr("&Back"))
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.repeat.setAccessibleName(self.tr("Passphrase again"))
        for toggle in self.toggles:
            toggle.setToolTip(self.tr("Show or hide the passphrase"))
        self.busy.setFormat(self.tr("Creating the vault…"))
        self._update_strength()


class RecoveryKeyPage(Retranslating, QWidget):
    """The recovery key, shown once; the person confirms they wrote it down."""

    done = Signal()

    def __init__(self) -> None:
        super().__init__()
        column = QWidget()
        layout = QVBoxLayout(column)
        self.title = _title_label()
        self.lead = _lead_label()
        self.key = QLabel()
        self.key.setObjectName("recoveryKey")
        self.key.setWordWrap(True)
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.key.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        mono = QFont("DejaVu Sans Mono")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSize(15)
        self.key.setFont(mono)
        self.confirm = QCheckBox()
        self.continue_button = QPushButton()
        self.continue_button.setObjectName("primary")
        self.continue_button.setEnabled(False)
        layout.addWidget(self.title)
        layout.addWidget(self.lead)
        layout.addWidget(self.key)
        layout.addWidget(self.confirm)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.continue_button)
        layout.addLayout(row)
        self.setLayout(_centered(column, 640))
        self.confirm.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._finish)
        self.retranslate()

    def show_key(self, key: str) -> None:
        self.key.setText(key)
        self.confirm.setChecked(False)

    def _finish(self) -> None:
        self.key.clear()  # shown once
        self.done.emit()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Your recovery key"))
        self.lead.setText(
            self.tr(
                "If you forget the passphrase, this key is the only way back into the vault. "
                "Write it on paper now and keep the paper apart from this computer. It is "
                "shown only this once."
            )
        )
        self.key.setAccessibleName(self.tr("Recovery key"))
        self.confirm.setText(self.tr("I have &written it down"))
        self.continue_button.setText(self.tr("&Continue"))


class UnlockPage(Retranslating, QWidget):
    """Type the passphrase (or the recovery key) of one vault."""

    unlock_requested = Signal(str)
    back_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.vault: Path | None = None
        self.demo_passphrase: str | None = None
        column = QWidget()
        layout = QVBoxLayout(column)
        self.title = _title_label()
        self.where = _lead_label()
        self.field_label = QLabel()
        self.field = QLineEdit()
        self.field_label.setBuddy(self.field)
        self.toggle = _password_field(self.field, "")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.demo = QLabel()
        self.demo.setObjectName("demoHint")
        self.demo.setWordWrap(True)
        self.demo.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo.hide()
        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.hide()
        self.unlock_button = QPushButton()
        self.unlock_button.setObjectName("primary")
        self.unlock_button.setDefault(True)
        self.back_button = QPushButton()
        layout.addWidget(self.title)
        layout.addWidget(self.where)
        layout.addSpacing(8)
        layout.addWidget(self.field_label)
        layout.addWidget(self.field)
        layout.addWidget(self.hint)
        layout.addWidget(self.demo)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.unlock_button)
        layout.addLayout(row)
        self.setLayout(_centered(column))
        self.field.returnPressed.connect(self._submit)
        self.field.textChanged.connect(lambda _t: self.error.clear())
        self.unlock_button.clicked.connect(self._submit)
        self.back_button.clicked.connect(self.back_requested)
        self.retranslate()

    def set_vault(self, path: Path, demo_passphrase: str | None = None) -> None:
        self.vault = path
        self.demo_passphrase = demo_passphrase
        self.field.clear()
        self.error.clear()
        self.set_busy(False)
        self.retranslate()

    def _submit(self) -> None:
        if not self.field.text():
            self.error.setText(self.tr("Type the passphrase first."))
            return
        self.unlock_requested.emit(self.field.text())

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.field.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        self.back_button.setEnabled(not busy)

    def show_error(self, message: str) -> None:
        self.set_busy(False)
        self.error.setText(message)
        self.field.selectAll()
        self.field.setFocus()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Unlock the vault"))
        name = self.vault.name if self.vault else ""
        self.where.setText(self.tr("Vault: {name}").format(name=name))
        self.where.setToolTip(str(self.vault or ""))
        self.field_label.setText(self.tr("&Passphrase or recovery key:"))
        self.field.setAccessibleName(self.tr("Passphrase or recovery key"))
        self.toggle.setToolTip(self.tr("Show or hide the passphrase"))
        self.hint.setText(
            self.tr("Unlocking takes a moment: the key is made slow to guess on purpose.")
        )
        if self.demo_passphrase:
            self.demo.setText(
                self.tr("This is the demo vault. Its passphrase is: {p}").format(
                    p=self.demo_passphrase
                )
            )
        self.demo.setVisible(bool(self.demo_passphrase))
        self.busy.setFormat(self.tr("Unlocking…"))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.back_button.setText(self.tr("&Other vault"))
