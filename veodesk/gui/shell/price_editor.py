"""The settings dialog's list-price table: dollars per second by resolution and audio."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from veodesk.core import money
from veodesk.core.parameters import AUDIO, RESOLUTION
from veodesk.gui import i18n, parameters
from veodesk.gui.formatting import number

translate = QCoreApplication.translate


class PriceEditor(QGroupBox):
    """Edits a :class:`money.PriceTable`; the estimate uses it until the history knows better."""

    def __init__(self, prices: money.PriceTable, parent: QWidget | None = None) -> None:
        super().__init__(translate("PriceEditor", "Prices for estimates"), parent)
        self.setObjectName("priceEditor")
        # Broken by hand: a word-wrapped label in a grid gets too little height.
        note = QLabel(
            translate(
                "PriceEditor",
                "Used until a video of the same resolution and audio\n"
                "has finished; then what it really cost.\n"
                "$1 = {credits} credits.",
            ).format(credits=number(money.CREDITS_PER_USD))
        )
        self.spins: dict[str, QDoubleSpinBox] = {}
        grid = QGridLayout(self)
        grid.addWidget(note, 0, 0, 1, 3)
        for col, audio in enumerate(AUDIO.values, start=1):
            heading = (
                translate("PriceEditor", "With audio")
                if audio
                else translate("PriceEditor", "Silent")
            )
            grid.addWidget(QLabel(heading), 1, col)
        # The dollar sign where the locale puts it ("$0.10", "0,10 $"), then "per second".
        prefix, _, suffix = i18n.locale().toCurrencyString(1.0, "$", 0).partition("1")
        suffix += translate("PriceEditor", " /s", "per second, after a price")
        for row, resolution in enumerate(RESOLUTION.values, start=2):
            grid.addWidget(QLabel(parameters.option(RESOLUTION, resolution)), row, 0)
            for col, audio in enumerate(AUDIO.values, start=1):
                key = money.price_key(resolution, audio)
                spin = QDoubleSpinBox()
                spin.setObjectName(f"price_{key.replace('/', '_')}")
                spin.setAccessibleName(
                    (
                        translate("PriceEditor", "Dollars per second at {resolution}, with audio")
                        if audio
                        else translate("PriceEditor", "Dollars per second at {resolution}, silent")
                    ).format(resolution=resolution)
                )
                spin.setRange(0.0, money.MAX_PER_SECOND)
                spin.setDecimals(3)
                spin.setSingleStep(0.01)
                spin.setPrefix(prefix)
                spin.setSuffix(suffix)
                self.spins[key] = spin
                grid.addWidget(spin, row, col)
        after = 2 + len(RESOLUTION.values)
        self.source = QLineEdit()
        self.source.setObjectName("priceSourceEdit")
        self.source.setAccessibleName(translate("PriceEditor", "Where the prices come from"))
        self.date = QLineEdit()
        self.date.setObjectName("priceDateEdit")
        self.date.setAccessibleName(translate("PriceEditor", "When the prices were published"))
        grid.addWidget(QLabel(translate("PriceEditor", "Source")), after, 0)
        grid.addWidget(self.source, after, 1, 1, 2)
        grid.addWidget(QLabel(translate("PriceEditor", "As of")), after + 1, 0)
        grid.addWidget(self.date, after + 1, 1, 1, 2)
        default = money.PriceTable.default()
        restore = QPushButton(translate("PriceEditor", "Restore the list price"))
        restore.setObjectName("restorePricesButton")
        restore.setToolTip(
            translate("PriceEditor", "{source} list price, {date}").format(
                source=default.source, date=default.date
            )
        )
        restore.clicked.connect(lambda: self.show_table(default))
        grid.addWidget(restore, after + 2, 0, 1, 3)
        self.show_table(prices)

    def show_table(self, prices: money.PriceTable) -> None:
        for key, spin in self.spins.items():
            resolution, audio = key.split("/")
            spin.setValue(prices.rate(resolution, audio == "audio"))
        self.source.setText(prices.source)
        self.date.setText(prices.date)

    def table(self) -> money.PriceTable:
        return money.PriceTable.from_values(
            {key: spin.value() for key, spin in self.spins.items()},
            self.source.text(),
            self.date.text(),
        )
