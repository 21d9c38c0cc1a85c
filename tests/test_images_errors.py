"""Every picture that cannot be sent is refused with a message naming the file and a fix."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from PIL import Image

from veodesk.core.errors import InvalidImageError, InvalidInputError
from veodesk.core.images import HEIF_EXTRA_HINT, prepare_image, reading, resolve_aspect_ratio

from .imagetools import coordinates, decode, save, write

HEIC_HEAD = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64
AVIF_HEAD = b"\x00\x00\x00\x1cftypavif\x00\x00\x00\x00avifmif1miaf" + b"\x00" * 64


def refused(source: object, label: str = "first frame", **options: object) -> InvalidImageError:
    with pytest.raises(InvalidImageError) as caught:
        prepare_image(source, label=label, **options)  # type: ignore[arg-type]
    return caught.value


def assert_names_file(error: InvalidImageError, path: object, *, says: str, advice: str) -> None:
    message = str(error)
    assert message.startswith(f'First frame "{path}" ')
    assert says in message
    assert advice in message
    assert error.path == str(path)
    assert error.field == "first"
    assert isinstance(error, InvalidInputError)


@pytest.fixture
def photo_jpeg() -> bytes:
    """A JPEG big enough that cutting it leaves a partly decodable file."""
    buffer = io.BytesIO()
    noise = Image.effect_noise((800, 600), 40).convert("RGB")
    noise.save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def test_not_an_image(tmp_path: Path) -> None:
    path = write(tmp_path / "notes.txt", b"shopping list: eggs, milk\n" * 10)
    error = refused(path)
    assert_names_file(error, path, says="is not an image", advice="Choose a JPEG, PNG, WebP")


def test_disguised_file_is_not_an_image(tmp_path: Path) -> None:
    path = write(tmp_path / "holiday.jpg", b"%PDF-1.7\n" + b"0" * 500)
    assert "is not an image" in str(refused(path))


def test_formats_outside_the_list_are_refused(tmp_path: Path) -> None:
    # Pillow reads ICO, but a dropped file is only tried against the listed formats.
    path = save(coordinates((128, 128)), tmp_path / "icon.ico", "ICO")
    assert "is not an image" in str(refused(path))


def test_truncated_jpeg(tmp_path: Path, photo_jpeg: bytes) -> None:
    path = write(tmp_path / "cut.jpg", photo_jpeg[: len(photo_jpeg) // 2])
    error = refused(path)
    assert_names_file(error, path, says="damaged or incomplete", advice="download it again")


def test_truncated_png(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    Image.effect_noise((400, 300), 40).save(buffer, "PNG")
    path = write(tmp_path / "cut.png", buffer.getvalue()[:3000])
    assert "damaged or incomplete" in str(refused(path))


def test_corrupt_png(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    Image.effect_noise((400, 300), 40).save(buffer, "PNG")
    data = bytearray(buffer.getvalue())
    data[200:260] = b"\x00" * 60  # inside IDAT: its checksum no longer matches
    path = write(tmp_path / "bad.png", bytes(data))
    assert "damaged or incomplete" in str(refused(path))


def test_header_only(tmp_path: Path, photo_jpeg: bytes) -> None:
    path = write(tmp_path / "stub.jpg", photo_jpeg[:40])
    message = str(refused(path))
    assert "damaged or incomplete" in message or "is not an image" in message


def test_empty_file(tmp_path: Path) -> None:
    path = write(tmp_path / "empty.png", b"")
    assert_names_file(refused(path), path, says="is empty (0 bytes)", advice="again")


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "gone.jpg"
    assert_names_file(refused(path), path, says="does not exist", advice="Check the path")


def test_folder(tmp_path: Path) -> None:
    assert "is a folder" in str(refused(tmp_path))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_is_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.jpg"
    os.mkfifo(fifo)
    assert "is not a regular file" in str(refused(fifo))


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file(tmp_path: Path) -> None:
    path = save(coordinates((200, 200)), tmp_path / "locked.png")
    path.chmod(0)
    try:
        assert_names_file(refused(path), path, says="permission denied", advice="permissions")
    finally:
        path.chmod(0o644)


def test_unreadable_file_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Root ignores file modes, so the refusal the OS would give is simulated.
    path = save(coordinates((200, 200)), tmp_path / "locked.png")

    def denied(*args: object, **kwargs: object) -> object:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(reading, "open", denied, raising=False)
    assert_names_file(refused(path), path, says="permission denied", advice="permissions")


def test_decompression_bomb(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1_000_000)
    path = save(Image.new("L", (2100, 1000)), tmp_path / "bomb.png")  # over twice the limit
    error = refused(path)
    assert_names_file(error, path, says="decompression bomb", advice="Shrink it")
    assert "1 megapixels" in str(error)


def test_png_over_the_limit_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Between the limit and twice it Pillow only warns; a PNG must decode in full.
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1_000_000)
    path = save(Image.new("L", (1500, 1000)), tmp_path / "big.png")
    with pytest.warns(Image.DecompressionBombWarning):
        error = refused(path)
    assert "1500×1000 pixels" in str(error) and "decompression bomb" in str(error)


def test_jpeg_over_the_limit_decodes_smaller(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1_000_000)
    path = save(coordinates((1500, 1000)), tmp_path / "big.jpg", quality=90)
    with pytest.warns(Image.DecompressionBombWarning):
        prepared = prepare_image(path, resolution="720p")
    assert decode(prepared).size == (1280, 720)
    too_big = save(coordinates((2100, 1000)), tmp_path / "huge.jpg", quality=90)
    assert "decompression bomb" in str(refused(too_big))


@pytest.mark.parametrize("size", [(40, 40), (63, 500), (500, 10)])
def test_too_small(tmp_path: Path, size: tuple[int, int]) -> None:
    path = save(Image.new("RGB", size, (90, 90, 90)), tmp_path / "tiny.png")
    error = refused(path)
    assert_names_file(error, path, says=f"{size[0]}×{size[1]} pixels", advice="at least 64")


def test_smallest_accepted(tmp_path: Path) -> None:
    path = save(Image.new("RGB", (64, 64), (90, 90, 90)), tmp_path / "ok.png")
    prepared = prepare_image(path, label="first frame")
    assert decode(prepared).size == (1920, 1080)
    assert any("64×64" in w for w in map(str, prepared.warnings))


def test_heic_without_plugin_names_the_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reading, "format_available", lambda name: name != "HEIF")
    path = write(tmp_path / "IMG_0001.HEIC", HEIC_HEAD)
    error = refused(path)
    assert_names_file(error, path, says="HEIC/HEIF", advice=HEIF_EXTRA_HINT)
    assert 'pip install "veodesk[heif]"' in str(error)


def test_heic_without_plugin_installed(tmp_path: Path) -> None:
    try:
        import pillow_heif  # noqa: F401
    except ImportError:
        pass
    else:
        pytest.skip("pillow-heif is installed here")
    path = write(tmp_path / "IMG_0002.heic", HEIC_HEAD)
    assert HEIF_EXTRA_HINT in str(refused(path))


def test_avif_without_support(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reading, "format_available", lambda name: name != "AVIF")
    path = write(tmp_path / "web.avif", AVIF_HEAD)
    message = str(refused(path))
    assert "AVIF" in message and "pip install --upgrade pillow" in message


def test_sniffing_containers() -> None:
    assert reading.sniff_container(HEIC_HEAD) == "HEIF"
    assert reading.sniff_container(AVIF_HEAD) == "AVIF"
    assert reading.sniff_container(b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 40) is None
    assert reading.sniff_container(b"\xff\xd8\xff\xe0") is None


@pytest.mark.filterwarnings("ignore:Corrupt EXIF data")
def test_damaged_exif_is_ignored(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    coordinates((400, 300)).save(buffer, "JPEG", exif=b"Exif\x00\x00MM\x00\x2a" + b"\xff" * 40)
    path = write(tmp_path / "odd-exif.jpg", buffer.getvalue())
    assert decode(prepare_image(path, aspect_ratio=None)).size == (400, 300)


@pytest.mark.parametrize(
    ("source", "scheme"),
    [
        ("file:///home/me/picture.jpg", "file:"),
        ("data:image/png;base64,iVBORw0KGgo=", "data:"),
        ("ftp://example.com/a.jpg", "ftp:"),
        ("HTTP:/no-host", "http:"),
    ],
)
def test_other_schemes_are_refused(source: str, scheme: str) -> None:
    error = refused(source)
    message = str(error)
    assert message.startswith(f'First frame "{source}" is a {scheme} address')
    assert "http(s) URL" in message


def test_drive_letter_is_a_path_not_a_scheme() -> None:
    assert "does not exist" in str(refused(r"C:\Users\me\picture.jpg"))


def test_nothing_chosen() -> None:
    assert "No last frame was chosen" in str(refused("  ", label="last frame"))


@pytest.mark.parametrize(
    ("option", "value", "field"),
    [("resolution", "4k", "resolution"), ("fit", "stretch", "fit"), ("aspect_ratio", "4:3", None)],
)
def test_bad_options(tmp_path: Path, option: str, value: str, field: str | None) -> None:
    path = save(coordinates((200, 200)), tmp_path / "x.png")
    with pytest.raises(InvalidInputError) as caught:
        prepare_image(path, **{option: value})  # type: ignore[arg-type]
    assert caught.value.field == (field or "aspect_ratio")


def test_resolve_aspect_ratio_errors(tmp_path: Path) -> None:
    with pytest.raises(InvalidImageError, match="First frame"):
        resolve_aspect_ratio("auto", tmp_path / "missing.jpg")
    with pytest.raises(InvalidInputError):
        resolve_aspect_ratio("square", tmp_path / "missing.jpg")
