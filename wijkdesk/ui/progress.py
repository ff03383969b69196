"""Long work off the GUI thread, with a progress dialog the facilitator can cancel.

The job runs in a plain Python thread and reports ``progress(done, total)`` into shared state;
the GUI thread polls that state with a timer and keeps painting. No Qt object is touched from
the worker thread, so there are no cross-thread signals to get wrong. A job given to this must
not use the project's own database connection (``Project.prepare_merge`` reads through one
of its own).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

translate = QCoreApplication.translate

Progress = Callable[[int, int], None]


class UserCancelledError(Exception):
    """The user cancelled the work; nothing was changed."""


def run_in_background(parent: QWidget | None, title: str, step_text: Callable[[int, int], str],
                      job: Callable[[Progress], Any], *, show_after_ms: int = 400) -> Any:
    """Run ``job(progress)`` in a worker thread and return its result.

    A modal progress dialog appears when the job takes longer than ``show_after_ms``;
    ``step_text(done, total)`` is its label. The job's exception is raised here, in the GUI
    thread. Cancel raises ``UserCancelledError`` at once; the worker finishes on its own and
    its result is dropped (jobs run here only read).
    """
    state = {"done": 0, "total": 0}
    outcome: dict[str, Any] = {}

    def report(done: int, total: int) -> None:
        state["done"], state["total"] = done, total

    def work() -> None:
        try:
            outcome["value"] = job(report)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread as it is
            outcome["error"] = exc

    worker = threading.Thread(target=work, name="wijkdesk-background", daemon=True)
    worker.start()
    dialog = QProgressDialog(step_text(0, 0), translate("Progress", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(show_after_ms)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setAccessibleName(title)
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(40)

    def poll() -> None:
        if state["total"]:
            dialog.setMaximum(state["total"])
            dialog.setValue(state["done"])
        dialog.setLabelText(step_text(state["done"], state["total"]))
        if not worker.is_alive() or dialog.wasCanceled():
            loop.quit()

    timer.timeout.connect(poll)
    dialog.canceled.connect(loop.quit)
    timer.start()
    if worker.is_alive():
        loop.exec()
    timer.stop()
    cancelled = dialog.wasCanceled() and worker.is_alive()
    dialog.close()
    dialog.deleteLater()
    if cancelled:
        raise UserCancelledError
    worker.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")
