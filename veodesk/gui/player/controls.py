"""The player's controls: play, position, time, sound, loop, and "use the last frame"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QToolButton

from veodesk.gui.icons import icon

translate = QCoreApplication.translate


def _tool(name: str, icon_name: str, tip: str) -> QToolButton:
    button = QToolButton()
    button.setObjectName(name)
    button.setIcon(icon(icon_name))
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    button.setAutoRaise(True)
    return button


class PlayerControls:
    """The widgets and their two rows; the Player lays them out under the video and wires them."""

    def __init__(self) -> None:
        self.title = QLabel()
        self.title.setObjectName("playerTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.play_button = _tool("playButton", "media-play", translate("Player", "Play (Space)"))
        self.seek = QSlider(Qt.Orientation.Horizontal)
        self.seek.setObjectName("seekSlider")
        self.seek.setAccessibleName(translate("Player", "Position"))
        self.seek.setRange(0, 0)
        self.time = QLabel("0:00 / 0:00")
        self.time.setObjectName("timeLabel")
        self.time.setMinimumWidth(self.time.fontMetrics().horizontalAdvance("00:00 / 00:00"))
        self.mute_button = _tool("muteButton", "audio-on", translate("Player", "Mute"))
        self.mute_button.setCheckable(True)
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setObjectName("volumeSlider")
        self.volume.setAccessibleName(translate("Player", "Volume"))
        self.volume.setRange(0, 100)
        self.volume.setValue(80)
        self.volume.setMaximumWidth(90)
        self.loop_button = _tool("loopButton", "loop", translate("Player", "Loop"))
        self.loop_button.setCheckable(True)
        self.last_frame_button = QToolButton()
        self.last_frame_button.setObjectName("lastFrameButton")
        self.last_frame_button.setIcon(icon("last-frame"))
        use_last = translate("Player", "Use last frame as next first frame")
        self.last_frame_button.setText(use_last)
        self.last_frame_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.last_frame_button.setAccessibleName(use_last)
        self.last_frame_button.setToolTip(
            translate(
                "Player",
                "Put this video's final frame into the first-frame slot, to continue the scene",
            )
        )
        self.last_frame_button.setAutoRaise(True)

        self.bar = QHBoxLayout()
        self.bar.setSpacing(4)
        self.bar.addWidget(self.play_button)
        self.bar.addWidget(self.seek, 1)
        self.bar.addWidget(self.time)
        self.bar.addWidget(self.mute_button)
        self.bar.addWidget(self.volume)
        self.bar.addWidget(self.loop_button)
        self.below = QHBoxLayout()
        self.below.addWidget(self.title, 1)
        self.below.addWidget(self.last_frame_button)
