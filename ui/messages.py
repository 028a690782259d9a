"""Errors as plain sentences, shown without blocking the window, with "Copy details"."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app import errors
from ui.i18n import arg
from ui.widgets import rule_text
from ui.widgets.text import translate

# Every text is a literal translate("Messages", …) call, so pyside6-lupdate extracts it.


def describe(exc: BaseException) -> str:
    """One sentence a nurse can act on. Never includes the values she typed (they may be PHI)."""
    if isinstance(exc, errors.ValidationError):
        return arg(translate("Messages", "Please check “%1”: %2"),
                   field_label(exc.field), rule_text.rule_text(exc.message))
    if isinstance(exc, errors.Throttled):
        return arg(translate("Messages", "Too many failed attempts. Try again in %1 seconds."),
                   int(exc.seconds_left + 0.999))
    known = {
        errors.WrongPassphrase: translate("Messages", "That passphrase is not correct."),
        errors.WrongRecoveryCode: translate("Messages", "That recovery code is not correct."),
        errors.Locked: translate("Messages", "Carefield is locked. Unlock it to continue."),
        errors.NotFound: translate(
            "Messages", "That record no longer exists. It may have been removed by a sync."),
        errors.VaultCorrupt: translate(
            "Messages", "The data file could not be opened. Contact support before trying again."),
        errors.IntegrityError: translate("Messages", "This change is not allowed: %1"),
        errors.SyncError: translate("Messages", "Sync did not finish: %1"),
    }
    for kind, sentence in known.items():
        if isinstance(exc, kind):
            return arg(sentence, str(exc))
    return arg(translate(
        "Messages", "Something went wrong (%1). Your data is safe; please try again."), type(exc).__name__)


def field_label(field: str) -> str:
    """A service's field name ("dob") as the nurse reads it ("Date of birth"), translated."""
    return rule_text.field_label(field)


def show_error(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Messages", "Carefield"),
                      describe(exc), QMessageBox.StandardButton.Ok, parent)
    copy = box.addButton(translate("Messages", "Copy details"), QMessageBox.ButtonRole.ActionRole)
    details = f"{type(exc).__module__}.{type(exc).__name__}: {describe(exc)}"
    copy.clicked.disconnect()
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
    box.setModal(False)
    box.show()
    return box
