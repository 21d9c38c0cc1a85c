"""Draw the sample frames shipped in resources/samples (run once; output committed).

The storyboard sample (resources/samples/storyboard/frames) is the day and
night frames, byte for byte, with a dusk frame between them.
"""

from __future__ import annotations

import math
import random
import shutil
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

W, H = 1920, 1080
OUT = Path(__file__).resolve().parent.parent / "resources" / "samples"


def _gradient(top: tuple[int, int, int], bottom: tuple[int, int, int]) -> Image.Image:
    column = Image.new("RGB", (1, H))
    for y in range(H):
        t = y / (H - 1)
        column.putpixel((0, y), tuple(round(a + (b - a) * t) for a, b in zip(top, bottom)))
    return column.resize((W, H))


def _hills(draw: ImageDraw.ImageDraw, base: int, amp: int, colour: tuple[int, int, int],
           seed: int) -> None:
    rnd = random.Random(seed)
    phases = [rnd.uniform(0, math.tau) for _ in range(3)]
    points = [(0, H)]
    for x in range(0, W + 1, 8):
        y = base + sum(amp / (i + 1) * math.sin(x / (300 / (i + 1)) + p)
                       for i, p in enumerate(phases))
        points.append((x, y))
    points.append((W, H))
    draw.polygon(points, fill=colour)


def scene(day: bool) -> Image.Image:
    sky = _gradient((90, 160, 230), (250, 220, 170)) if day else _gradient(
        (12, 18, 50), (120, 60, 90))
    glow = Image.new("L", (W, H), 0)
    gd = ImageDraw.Draw(glow)
    cx, cy, r = (1350, 330, 110) if day else (520, 260, 70)
    gd.ellipse((cx - 3 * r, cy - 3 * r, cx + 3 * r, cy + 3 * r), fill=120)
    glow = glow.filter(ImageFilter.GaussianBlur(120))
    sky = Image.composite(Image.new("RGB", (W, H), (255, 240, 200)), sky, glow)
    draw = ImageDraw.Draw(sky)
    draw.ellipse((cx - r, cy - r, cx + r, cy + r),
                 fill=(255, 236, 150) if day else (235, 235, 245))
    if not day:
        rnd = random.Random(7)
        for _ in range(260):
            x, y = rnd.randrange(W), rnd.randrange(int(H * 0.6))
            draw.point((x, y), fill=(255, 255, 255))
    palette = ([(90, 140, 110), (60, 110, 80), (35, 80, 55)] if day
               else [(50, 40, 80), (35, 28, 60), (20, 16, 38)])
    for i, colour in enumerate(palette):
        _hills(draw, 640 + i * 130, 70 - i * 12, colour, seed=i + 1)
    return sky.filter(ImageFilter.SMOOTH)


def dusk() -> Image.Image:
    """Between the two: the sun low and orange on the hills, the sky turning violet."""
    sky = _gradient((70, 60, 130), (250, 200, 120))
    glow = Image.new("L", (W, H), 0)
    cx, cy, r = (1450, 560, 110)
    ImageDraw.Draw(glow).ellipse((cx - 3 * r, cy - 3 * r, cx + 3 * r, cy + 3 * r), fill=140)
    glow = glow.filter(ImageFilter.GaussianBlur(120))
    sky = Image.composite(Image.new("RGB", (W, H), (255, 190, 110)), sky, glow)
    draw = ImageDraw.Draw(sky)
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=(255, 150, 70))
    for i, colour in enumerate([(85, 85, 80), (65, 65, 58), (45, 45, 38)]):
        _hills(draw, 640 + i * 130, 70 - i * 12, colour, seed=i + 1)
    return sky.filter(ImageFilter.SMOOTH)


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    scene(True).save(OUT / "first-frame.jpg", quality=88, optimize=True)
    scene(False).save(OUT / "last-frame.jpg", quality=88, optimize=True)
    board = OUT / "storyboard" / "frames"
    board.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(OUT / "first-frame.jpg", board / "1-day.jpg")
    dusk().save(board / "2-sunset.jpg", quality=88, optimize=True)
    shutil.copyfile(OUT / "last-frame.jpg", board / "3-night.jpg")
    print("wrote", *sorted(p.name for p in OUT.iterdir()), *sorted(p.name for p in board.iterdir()))
