"""Errors as plain sentences, shown without blocking the window, with "Copy details"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app import errors


def _tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def describe(exc: BaseException) -> str:
    """One sentence a nurse can act on. Never includes the values she typed (they may be PHI)."""
    if isinstance(exc, errors.ValidationError):
        return _tr("Please check “%1”: %2").replace("%1", field_label(exc.field)).replace("%2", exc.message)
    if isinstance(exc, errors.Throttled):
        return _tr("Too many failed attempts. Try again in %1 seconds.").replace(
            "%1", str(int(exc.seconds_left + 0.999))
        )
    known = {
        errors.WrongPassphrase: _tr("That passphrase is not correct."),
        errors.WrongRecoveryCode: _tr("That recovery code is not correct."),
        errors.Locked: _tr("Carefield is locked. Unlock it to continue."),
        errors.NotFound: _tr("That record no longer exists. It may have been removed by a sync."),
        errors.VaultCorrupt: _tr("The data file could not be opened. Contact support before trying again."),
        errors.IntegrityError: _tr("This change is not allowed: %1"),
        errors.SyncError: _tr("Sync did not finish: %1"),
    }
    for kind, sentence in known.items():
        if isinstance(exc, kind):
            return sentence.replace("%1", str(exc))
    return _tr("Something went wrong (%1). Your data is safe; please try again.").replace(
        "%1", type(exc).__name__
    )


def field_label(field: str) -> str:
    return QCoreApplication.translate("Fields", field.replace("_", " ").capitalize())


def show_error(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Warning, _tr("Carefield"), describe(exc), QMessageBox.StandardButton.Ok, parent
    )
    copy = box.addButton(_tr("Copy details"), QMessageBox.ButtonRole.ActionRole)
    details = f"{type(exc).__module__}.{type(exc).__name__}: {describe(exc)}"
    copy.clicked.disconnect()
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
    box.setModal(False)
    box.show()
    return box
