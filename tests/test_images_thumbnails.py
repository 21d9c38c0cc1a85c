"""Thumbnails for the GUI, and their bounded on-disk cache."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest
from PIL import Image

from veodesk.core.errors import InvalidImageError
from veodesk.core.images import ThumbnailCache, make_thumbnail, prepare_image, thumbnails

from .imagetools import (
    INVERSE_TRANSPOSE,
    camera_photo_jpeg,
    close,
    coordinates,
    exif_block,
    faint_quadrants_upright,
    quadrants,
    sample,
    save,
    swapped_profile,
    upright_as_expected,
    where_from,
    write,
)


@pytest.fixture(scope="module")
def camera_photo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write(tmp_path_factory.mktemp("camera") / "DSC00002.JPG", camera_photo_jpeg())


def test_thumbnail_of_a_big_photo_is_quick_and_whole(camera_photo: Path) -> None:
    make_thumbnail(camera_photo)  # warm up the plugins
    started = time.perf_counter()
    thumb = make_thumbnail(camera_photo, max_size=512)
    elapsed = time.perf_counter() - started
    assert thumb.image.size == (512, 341)  # the whole 3:2 source, not the crop
    assert thumb.image.mode == "RGB"
    assert thumb.source_size == (6000, 4000)
    assert faint_quadrants_upright(thumb.image)
    # Decoded at 1/4 scale: well under the ~0.2 s a full decode alone would take.
    assert elapsed < 1.0
    assert thumb.crop_box == prepare_image(camera_photo).crop_box


def test_thumbnail_crop_box_follows_the_options(tmp_path: Path) -> None:
    path = save(coordinates((1600, 1200)), tmp_path / "c.png")
    centred = make_thumbnail(path, max_size=256)
    assert centred.image.size == (256, 192)
    assert centred.crop_box == pytest.approx((0.0, 0.125, 1.0, 0.875))
    top = make_thumbnail(path, anchor=(0.5, 0.0), aspect_ratio="16:9")
    assert top.crop_box == pytest.approx((0.0, 0.0, 1.0, 0.75))
    portrait = make_thumbnail(path, aspect_ratio="9:16", anchor=(1.0, 0.5))
    assert portrait.crop_box == pytest.approx((1 - 675 / 1600, 0.0, 1.0, 1.0))
    for options in ({"fit": "pad"}, {"fit": "none"}, {"aspect_ratio": None}):
        assert make_thumbnail(path, **options).crop_box == (0.0, 0.0, 1.0, 1.0)  # type: ignore[arg-type]
    # Where the box says, the thumbnail shows that part of the source.
    assert top.crop_box is not None
    corner = sample(top.image, top.crop_box[0], top.crop_box[3] - 0.01)
    assert where_from(corner) == pytest.approx((0.0, 0.74), abs=0.03)


def test_thumbnail_is_upright_flattened_and_srgb(tmp_path: Path) -> None:
    stored = quadrants().transpose(INVERSE_TRANSPOSE[6])
    rotated = save(stored, tmp_path / "r.jpg", "JPEG", quality=95, exif=exif_block(6))
    thumb = make_thumbnail(rotated, max_size=200, aspect_ratio="auto")
    assert thumb.image.size == (200, 150) and thumb.source_size == (1600, 1200)
    assert upright_as_expected(thumb.image)
    clear = Image.new("RGBA", (400, 300), (0, 0, 0, 0))
    flat = make_thumbnail(save(clear, tmp_path / "clear.png")).image
    assert flat.mode == "RGB" and close(sample(flat, 0.5, 0.5), (255, 255, 255), 2)
    red = Image.new("RGB", (400, 300), (255, 0, 0))
    wide = save(red, tmp_path / "wide.png", icc_profile=swapped_profile())
    assert close(sample(make_thumbnail(wide).image, 0.5, 0.5), (0, 255, 0), 12)


def test_thumbnail_warnings_and_errors(tmp_path: Path) -> None:
    small = save(coordinates((640, 480)), tmp_path / "s.png")
    assert any("640×480" in w for w in map(str, make_thumbnail(small).warnings))
    with pytest.raises(InvalidImageError, match="is a URL"):
        make_thumbnail("https://example.com/a.jpg")
    with pytest.raises(InvalidImageError, match="does not exist"):
        make_thumbnail(tmp_path / "missing.png", label="last frame")
    with pytest.raises(InvalidImageError, match="is not an image"):
        make_thumbnail(write(tmp_path / "t.txt", b"text" * 100))


# -- the cache -------------------------------------------------------------------


def _count_makes(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    made: list[Path] = []
    real = thumbnails.make_thumbnail

    def counting(source: Path, **options: object) -> thumbnails.Thumbnail:
        made.append(Path(source))
        return real(source, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(thumbnails, "make_thumbnail", counting)
    return made


def test_cache_hit_decodes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    made = _count_makes(monkeypatch)
    cache = ThumbnailCache(tmp_path / "cache")
    path = save(quadrants((1600, 1200)), tmp_path / "q.png")
    first = cache.get(path, max_size=300)
    second = cache.get(path, max_size=300)
    assert made == [path]
    assert first.size == second.size == (300, 225)
    assert second.mode == "RGB" and upright_as_expected(second)
    cache.get(path, max_size=128)  # another size is another entry
    assert len(made) == 2


def test_cache_thumbnail_gives_crop_box_without_decoding(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = ThumbnailCache(tmp_path / "cache")
    path = save(coordinates((1600, 1200)), tmp_path / "c.png")
    cache.get(path)
    made = _count_makes(monkeypatch)
    thumb = cache.thumbnail(path, aspect_ratio="16:9", anchor=(0.5, 1.0))
    assert made == []
    assert thumb.source_size == (1600, 1200)
    assert thumb.crop_box == pytest.approx((0.0, 0.25, 1.0, 1.0))
    assert thumb.crop_box == make_thumbnail(path, anchor=(0.5, 1.0)).crop_box


def test_cache_notices_a_changed_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    made = _count_makes(monkeypatch)
    cache = ThumbnailCache(tmp_path / "cache")
    path = save(Image.new("RGB", (400, 300), (200, 0, 0)), tmp_path / "edit.png")
    assert close(sample(cache.get(path), 0.5, 0.5), (200, 0, 0))
    save(Image.new("RGB", (400, 300), (0, 0, 200)), path)
    stamp = time.time() + 5
    os.utime(path, (stamp, stamp))  # even within the same second, mtime_ns differs
    assert close(sample(cache.get(path), 0.5, 0.5), (0, 0, 200))
    assert len(made) == 2


def test_cache_is_bounded_and_evicts_least_recent(tmp_path: Path) -> None:
    cache = ThumbnailCache(tmp_path / "cache", max_bytes=10**9)
    sources = [save(coordinates((640, 480)), tmp_path / f"{n}.png") for n in range(4)]
    for n, source in enumerate(sources):
        cache.get(source)
        entries = sorted(cache.directory.glob("*.jpg"), key=lambda p: p.stat().st_mtime_ns)
        os.utime(entries[-1], (1000 + n, 1000 + n))  # a clear order, oldest first
    one_entry = max(p.stat().st_size for p in cache.directory.glob("*.jpg"))
    cache.get(sources[0])  # a hit: now the most recent
    cache.max_bytes = 2 * one_entry + 1
    cache.evict()
    assert cache.total_bytes() <= cache.max_bytes
    keys = {p.name for p in cache.directory.glob("*.jpg")}
    assert cache.key(sources[0], 512) + ".jpg" in keys
    assert cache.key(sources[3], 512) + ".jpg" in keys
    assert cache.key(sources[1], 512) + ".jpg" not in keys


def test_cache_writes_keep_it_under_the_bound(tmp_path: Path) -> None:
    cache = ThumbnailCache(tmp_path / "cache", max_bytes=60_000)
    for n in range(8):
        cache.get(save(Image.effect_noise((400, 300), 60), tmp_path / f"n{n}.png"), max_size=256)
        assert cache.total_bytes() <= 60_000
    assert not list(cache.directory.glob("*.tmp")) and not list(cache.directory.glob(".*"))


def test_damaged_entry_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = ThumbnailCache(tmp_path / "cache")
    path = save(quadrants((800, 600)), tmp_path / "q.png")
    cache.get(path)
    (entry,) = cache.directory.glob("*.jpg")
    entry.write_bytes(entry.read_bytes()[:100])
    made = _count_makes(monkeypatch)
    assert upright_as_expected(cache.get(path))
    assert made == [path]


def test_stale_temporary_files_are_swept(tmp_path: Path) -> None:
    cache = ThumbnailCache(tmp_path / "cache")
    cache.directory.mkdir(parents=True)
    stale = write(cache.directory / ".crashed.tmp", b"x" * 100)
    fresh = write(cache.directory / ".writing.tmp", b"x" * 100)
    os.utime(stale, (1000, 1000))
    cache.evict()
    assert not stale.exists() and fresh.exists()


def test_cache_from_many_threads(tmp_path: Path) -> None:
    cache = ThumbnailCache(tmp_path / "cache", max_bytes=10**9)
    sources = [save(coordinates((900, 600)), tmp_path / f"{n}.png") for n in range(3)]
    results: list[tuple[int, int]] = []
    failures: list[BaseException] = []

    def worker(n: int) -> None:
        try:
            for _ in range(3):
                results.append(cache.get(sources[n % 3], max_size=200).size)
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert set(results) == {(200, 133)} and len(results) == 18
    assert len(list(cache.directory.glob("*.jpg"))) == 3
    assert not list(cache.directory.glob(".*.tmp"))


def test_cache_refuses_what_make_thumbnail_refuses(tmp_path: Path) -> None:
    cache = ThumbnailCache(tmp_path / "cache")
    with pytest.raises(InvalidImageError, match="does not exist"):
        cache.get(tmp_path / "missing.jpg")
    with pytest.raises(InvalidImageError, match="is a URL"):
        cache.get("https://example.com/a.jpg")
    with pytest.raises(ValueError):
        cache.get(save(coordinates((200, 200)), tmp_path / "a.png"), max_size=0)
