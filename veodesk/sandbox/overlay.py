"""What the sandbox draws on top of the input frames: caption band and watermark."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL import Image, ImageDraw, ImageFont

WATERMARK = "veodesk sandbox — not Veo"
MAX_CAPTION_LINES = 4
_FONT_FILES = ("DejaVuSans.ttf", "NotoSans-Regular.ttf", "LiberationSans-Regular.ttf", "Arial.ttf")


@lru_cache(maxsize=32)
def load_font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    from PIL import ImageFont

    for name in _FONT_FILES:
        try:
            # Pillow searches the platform's font folders for a bare file name.
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


def fit(image: Image.Image, size: tuple[int, int]) -> Image.Image:
    """Scale to cover ``size`` and centre-crop the overflow, like the model's own framing."""
    from PIL import Image, ImageOps

    return ImageOps.fit(image, size, method=Image.Resampling.LANCZOS, centering=(0.5, 0.5))


def wrap(
    draw: ImageDraw.ImageDraw,
    text: str,
    font: ImageFont.FreeTypeFont | ImageFont.ImageFont,
    max_width: float,
    max_lines: int = MAX_CAPTION_LINES,
) -> list[str]:
    """Greedy word wrap by rendered width; overlong words are split, overflow gets an ellipsis."""
    words = text.split()
    lines: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current} {word}" if current else word
        if draw.textlength(candidate, font=font) <= max_width:
            current = candidate
            continue
        if current:
            lines.append(current)
        while draw.textlength(word, font=font) > max_width and len(word) > 1:
            cut = len(word) - 1
            while cut > 1 and draw.textlength(word[:cut], font=font) > max_width:
                cut -= 1
            lines.append(word[:cut])
            word = word[cut:]
        current = word
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        while last and draw.textlength(last + "…", font=font) > max_width:
            last = last[:-1]
        lines[-1] = last.rstrip() + "…"
    return lines


def overlay_layer(size: tuple[int, int], prompt: str) -> Image.Image:
    """A transparent RGBA layer with the caption band and the watermark.

    The same layer goes on both key frames; alpha compositing is linear, so a
    cross-fade of the two composited frames shows a caption that never flickers.
    """
    from PIL import Image, ImageDraw

    width, height = size
    short = min(width, height)
    layer = Image.new("RGBA", size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)

    caption_font = load_font(max(12, short // 24))
    margin = short // 24
    padding = short // 48
    lines = wrap(draw, " ".join(prompt.split()), caption_font, width - 2 * (margin + padding))
    if lines:
        # Measured on tall and deep glyphs so every line gets the same height.
        line_height = draw.textbbox((0, 0), "ÁgjpqyÉ", font=caption_font)[3] + short // 120
        band_height = line_height * len(lines) + 2 * padding
        band_top = height - margin - band_height
        draw.rounded_rectangle(
            [margin, band_top, width - margin, height - margin],
            radius=padding,
            fill=(0, 0, 0, 150),
        )
        y = band_top + padding
        for line in lines:
            line_width = draw.textlength(line, font=caption_font)
            draw.text(
                ((width - line_width) / 2, y), line, font=caption_font, fill=(255, 255, 255, 240)
            )
            y += line_height

    mark_font = load_font(max(10, short // 45))
    mark_width = draw.textlength(WATERMARK, font=mark_font)
    mark_box = draw.textbbox((0, 0), WATERMARK, font=mark_font)
    x = width - margin - mark_width
    y = margin
    pad = short // 160 + 2
    draw.rectangle(
        [x - pad, y - pad, x + mark_width + pad, y + mark_box[3] + pad], fill=(0, 0, 0, 90)
    )
    draw.text((x, y), WATERMARK, font=mark_font, fill=(255, 255, 255, 190))
    return layer


def key_frame(image: Image.Image, size: tuple[int, int], layer: Image.Image) -> Image.Image:
    """The input image fitted to the output size with the overlay composited on top."""
    framed = fit(image, size).convert("RGBA")
    framed.alpha_composite(layer)
    return framed.convert("RGB")
