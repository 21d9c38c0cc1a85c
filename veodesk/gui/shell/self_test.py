"""``--self-test`` and ``--screenshot``: drive the real window through a demo generation.

The self-test is what the installer's smoke test runs: the window opens, makes
one video on the local sandbox, plays it to the end and exits 0; anything else
(including the hard timeout) exits non-zero.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from veodesk.core.store import Job, JobState
from veodesk.gui import i18n
from veodesk.gui.shell.controller import AppController
from veodesk.gui.shell.window import MainWindow

log = logging.getLogger(__name__)

SECOND_PROMPT = "Night turns back into a bright morning as the camera glides over the lake"


class Rehearsal(QObject):
    def __init__(
        self, window: MainWindow, controller: AppController, *, screenshots: str | None = None
    ) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.shots = Path(screenshots) if screenshots else None
        self.exit_code = 1
        self.generated = 0
        self._shot_generating = False
        self._waiting_for_end = False
        self._done = False
        self._poll = QTimer(self, interval=100)
        self._poll.timeout.connect(self._maybe_generate)

    def start(self, timeout: float) -> None:
        hard = QTimer(self, singleShot=True, interval=int(timeout * 1000))
        hard.timeout.connect(lambda: self._finish(2, f"timed out after {timeout:.0f} s"))
        hard.start()
        # If the event loop itself hangs, a plain thread still ends the process.
        watchdog = threading.Timer(timeout + 20, lambda: os._exit(3))
        watchdog.daemon = True
        watchdog.start()
        c = self.controller
        c.jobs.jobFinished.connect(self._finished)
        c.jobs.jobFailed.connect(lambda job, exc: self._finish(1, f"generation failed: {exc}"))
        c.jobs.jobChanged.connect(self._changed)
        c.playerReady.connect(self._player_ready)
        if self.shots is not None:
            self.window.resize(1440, 900)
            self.window.move(0, 0)
        problem = self.check_language()
        if problem:
            QTimer.singleShot(0, lambda: self._finish(1, problem))
            return
        self._poll.start()

    def check_language(self) -> str:
        """In a shipped language, Qt's own texts and the window's are translated ("" if so).

        Qt's come from the bundle's qt_LL.qm (packaging/veodesk.spec keeps
        them); a standard dialog button is the one every window shows.
        """
        language = i18n.language()
        if language not in i18n.SHIPPED:
            return ""
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        cancel = box.button(QDialogButtonBox.StandardButton.Cancel).text()
        box.deleteLater()
        generate = self.controller.compose.generate.text()
        self._say(f"language {language}: a Cancel button reads {cancel!r}, Generate {generate!r}")
        if cancel.replace("&", "") == "Cancel":
            return f"Qt's own texts are not translated into {language}"
        if generate == "Generate":
            return f"the window's texts are not translated into {language}"
        return ""

    def _say(self, text: str) -> None:
        print(f"self-test: {text}", file=sys.stderr, flush=True)

    def _maybe_generate(self) -> None:
        compose = self.controller.compose
        if self.controller.jobs.backend is None or not compose.generate.isEnabled():
            return
        self._poll.stop()
        self.generated += 1
        self._say(f"generating video {self.generated}")
        compose.generate.click()

    def _player_ready(self) -> None:
        player = self.controller.player
        assert player is not None
        player.player.mediaStatusChanged.connect(self._media_status)
        player.player.positionChanged.connect(self._position)

    def _changed(self, job: Job, _event: object) -> None:
        if (
            self.shots is not None
            and job.state in (JobState.QUEUED, JobState.GENERATING)
            and self.generated == 2
            and not self._shot_generating
        ):
            self._shot_generating = True
            QTimer.singleShot(2500, lambda: self._shoot("generating"))

    def _finished(self, job: Job) -> None:
        self._say(f"job {job.id} finished: {job.file_path}")
        if not job.file_path or not Path(job.file_path).is_file():
            self._finish(1, "the finished job has no video file")
            return
        if not self.controller.settings.autoplay:
            self.controller.play(job, autoplay=True)
        if self.shots is not None and self.generated == 1:
            # A second job makes the screenshot show a job in progress beside a result.
            self.controller.compose.prompt.setPlainText(SECOND_PROMPT)
            self._poll.start()
            return
        self._waiting_for_end = True

    def _position(self, ms: int) -> None:
        if self.shots is not None and self._waiting_for_end and ms >= 1500:
            self._waiting_for_end = False
            self._shoot("playing")
            self._render_storyboard()

    def _render_storyboard(self) -> None:
        """The demo's sample storyboard made into a film: the storyboard tab's screenshot."""
        boards = self.controller.boards.show()
        boards.filmMade.connect(lambda _film: QTimer.singleShot(2500, self._storyboard_shot))
        poll = QTimer(self, interval=200)

        def ready() -> None:
            button = boards.view.render_film
            if boards.survey is not None and boards.run is None and button.isEnabled():
                poll.stop()
                self._say("rendering the sample storyboard")
                button.click()

        poll.timeout.connect(ready)
        poll.start()

    def _storyboard_shot(self) -> None:
        self._shoot("storyboard")
        self._finish(0, "screenshots taken")

    def _media_status(self, status: QMediaPlayer.MediaStatus) -> None:
        if status == QMediaPlayer.MediaStatus.InvalidMedia:
            self._finish(1, "the player cannot read the video")
        elif (
            status == QMediaPlayer.MediaStatus.EndOfMedia
            and self._waiting_for_end
            and self.shots is None
        ):
            self._finish(0, "played the video to its end")

    def _shoot(self, name: str) -> None:
        assert self.shots is not None
        self.shots.mkdir(parents=True, exist_ok=True)
        w = self.window
        # The screen grab includes the video surface, which a widget grab may miss.
        screen = w.screen() or QGuiApplication.primaryScreen()
        frame = w.frameGeometry()
        picture: QPixmap = screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
        if picture.isNull() or QGuiApplication.platformName() == "offscreen":
            picture = w.grab()
        path = self.shots / f"{name}.png"
        picture.save(str(path))
        self._say(f"saved {path}")

    def _finish(self, code: int, why: str) -> None:
        if self._done:
            return
        self._done = True
        self.exit_code = code
        self._say(("ok: " if code == 0 else "FAILED: ") + why)
        self.window.close()
        QTimer.singleShot(0, lambda: QApplication.exit(code))
