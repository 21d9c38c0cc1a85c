"""prepare_image end to end: every check decodes the upload itself."""

from __future__ import annotations

import base64
import io
from pathlib import Path

import pytest
from PIL import Image, features

from veodesk.core import images
from veodesk.core.images import BYTE_BUDGET, Fit, prepare_image

from .imagetools import (
    BLUE,
    GREEN,
    INVERSE_TRANSPOSE,
    QUADRANTS,
    RED,
    SECRET_COMMENT,
    SECRET_XMP,
    assert_pixels_only,
    camera_photo_jpeg,
    close,
    coordinates,
    decode,
    exif_block,
    faint_quadrants_upright,
    quadrant_colours,
    quadrants,
    sample,
    save,
    srgb_profile,
    swapped_profile,
    upright_as_expected,
    where_from,
    write,
)

# -- formats -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("format_name", "suffix", "options"),
    [
        ("JPEG", "jpg", {"quality": 95}),
        ("PNG", "png", {}),
        ("WEBP", "webp", {"quality": 95}),
        ("BMP", "bmp", {}),
        ("TIFF", "tiff", {"compression": "tiff_lzw"}),
        ("GIF", "gif", {}),
    ],
)
def test_reads_common_formats(
    tmp_path: Path, format_name: str, suffix: str, options: dict[str, object]
) -> None:
    path = save(quadrants(), tmp_path / f"picture.{suffix}", format_name, **options)
    prepared = prepare_image(path, aspect_ratio=None)
    upload = decode(prepared)
    assert prepared.size == upload.size == (1440, 1080)
    assert prepared.source_size == (1600, 1200)
    assert upload.mode == "RGB"
    assert upright_as_expected(upload)


def test_extension_does_not_matter(tmp_path: Path) -> None:
    path = save(quadrants(), tmp_path / "really-a-png.jpg", "PNG")
    assert upright_as_expected(decode(prepare_image(path, aspect_ratio=None)))


def test_animated_gif_uses_its_first_frame(tmp_path: Path) -> None:
    frames = [Image.new("RGB", (400, 300), colour) for colour in (RED, GREEN, BLUE)]
    path = tmp_path / "anim.gif"
    frames[0].save(path, save_all=True, append_images=frames[1:], duration=100, loop=0)
    upload = decode(prepare_image(path, aspect_ratio=None))
    assert close(sample(upload, 0.5, 0.5), RED)


@pytest.mark.skipif(not features.check("avif"), reason="this Pillow has no AVIF codec")
def test_reads_avif(tmp_path: Path) -> None:
    path = save(quadrants((320, 240)), tmp_path / "picture.avif", "AVIF", quality=90)
    upload = decode(prepare_image(path, aspect_ratio=None))
    assert upload.size == (320, 240) and upright_as_expected(upload)


def test_reads_heic_with_the_plugin(tmp_path: Path) -> None:
    pillow_heif = pytest.importorskip("pillow_heif")
    pillow_heif.register_heif_opener()
    path = save(quadrants((640, 480)), tmp_path / "phone.heic", "HEIF", quality=90)
    prepared = prepare_image(path, aspect_ratio=None)
    assert prepared.source_size == (640, 480)
    assert upright_as_expected(decode(prepared))


def test_reads_heic_rotated_by_the_phone(tmp_path: Path) -> None:
    pillow_heif = pytest.importorskip("pillow_heif")
    pillow_heif.register_heif_opener()
    stored = quadrants((640, 480)).transpose(INVERSE_TRANSPOSE[6])
    path = save(stored, tmp_path / "portrait.heic", "HEIF", quality=90, exif=exif_block(6))
    prepared = prepare_image(path, aspect_ratio=None)
    assert prepared.source_size == (640, 480)
    assert upright_as_expected(decode(prepared))
    assert_pixels_only(prepared)


# -- orientation -----------------------------------------------------------------


@pytest.mark.parametrize("orientation", [1, 2, 3, 4, 5, 6, 7, 8])
def test_exif_orientation_is_applied(tmp_path: Path, orientation: int) -> None:
    picture = quadrants()
    stored = picture.transpose(INVERSE_TRANSPOSE[orientation]) if orientation > 1 else picture
    path = save(stored, tmp_path / "o.jpg", "JPEG", quality=95, exif=exif_block(orientation))
    prepared = prepare_image(path, aspect_ratio=None)
    upload = decode(prepared)
    assert prepared.source_size == (1600, 1200)
    assert upload.size == (1440, 1080)
    assert upright_as_expected(upload), quadrant_colours(upload)
    assert_pixels_only(prepared)


def test_rotated_phone_photo_is_cropped_upright(tmp_path: Path) -> None:
    # A portrait phone photo stored sideways: the crop must be made upright.
    upright = coordinates((1200, 1600))
    stored = upright.transpose(INVERSE_TRANSPOSE[6])
    path = save(stored, tmp_path / "phone.jpg", "JPEG", quality=95, exif=exif_block(6))
    prepared = prepare_image(path, aspect_ratio="auto")
    upload = decode(prepared)
    assert prepared.size == upload.size == (1080, 1920)
    assert prepared.crop_box == pytest.approx(((1200 - 900) / 2 / 1200, 0.0, 0.875, 1.0))
    top_left = where_from(sample(upload, 0, 0))
    assert top_left == pytest.approx((0.125, 0.0), abs=0.02)


def test_orientation_in_a_png_exif_chunk(tmp_path: Path) -> None:
    stored = quadrants().transpose(INVERSE_TRANSPOSE[8])
    path = save(stored, tmp_path / "o.png", "PNG", exif=exif_block(8))
    upload = decode(prepare_image(path, aspect_ratio=None))
    assert upload.size == (1440, 1080) and upright_as_expected(upload)


# -- colour modes and colour spaces ---------------------------------------------------


def test_cmyk_jpeg(tmp_path: Path) -> None:
    picture = Image.new("CMYK", (800, 600), (0, 255, 255, 0))
    picture.paste((255, 255, 0, 0), (400, 0, 800, 600))
    prepared = prepare_image(save(picture, tmp_path / "print.jpg", "JPEG"), aspect_ratio=None)
    upload = decode(prepared)
    assert upload.mode == "RGB"
    assert close(sample(upload, 0.25, 0.5), (255, 0, 0), 40)
    assert close(sample(upload, 0.75, 0.5), (0, 0, 255), 40)


def test_palette_with_transparency_is_flattened_onto_white(tmp_path: Path) -> None:
    picture = Image.new("P", (400, 300), 1)
    picture.putpalette([0, 0, 0, 200, 30, 30] + [0] * 762)
    picture.paste(0, (200, 0, 400, 300))  # index 0 is transparent (and black)
    path = save(picture, tmp_path / "logo.gif", "GIF", transparency=0)
    prepared = prepare_image(path, aspect_ratio=None)
    upload = decode(prepared)
    assert upload.mode == "RGB"
    assert close(sample(upload, 0.25, 0.5), (200, 30, 30), 3)
    assert close(sample(upload, 0.75, 0.5), (255, 255, 255), 3)


def test_png_palette_with_alpha_palette(tmp_path: Path) -> None:
    picture = Image.new("RGBA", (400, 300), (0, 0, 200, 255))
    picture.paste((0, 0, 0, 0), (0, 150, 400, 300))
    path = save(picture.quantize(4), tmp_path / "p.png", "PNG")
    assert Image.open(path).mode == "P"
    upload = decode(prepare_image(path, aspect_ratio=None))
    assert close(sample(upload, 0.5, 0.25), (0, 0, 200), 5)
    assert close(sample(upload, 0.5, 0.75), (255, 255, 255), 5)


def test_rgba_screenshot_flattens_and_ignores_hidden_colour(tmp_path: Path) -> None:
    picture = Image.new("RGBA", (800, 600), (20, 40, 200, 255))
    # Fully transparent pixels whose hidden RGB is red must not show.
    picture.paste((255, 0, 0, 0), (400, 0, 800, 300))
    picture.paste((0, 0, 0, 128), (400, 300, 800, 600))  # half-transparent black
    prepared = prepare_image(save(picture, tmp_path / "shot.png", "PNG"), aspect_ratio=None)
    upload = decode(prepared)
    assert upload.mode == "RGB"
    assert close(sample(upload, 0.25, 0.5), (20, 40, 200), 4)
    assert close(sample(upload, 0.75, 0.25), (255, 255, 255), 4)
    assert close(sample(upload, 0.75, 0.75), (127, 127, 127), 4)


def test_grey_with_alpha(tmp_path: Path) -> None:
    picture = Image.new("LA", (400, 300), (60, 255))
    picture.paste((0, 0), (200, 0, 400, 300))
    upload = decode(prepare_image(save(picture, tmp_path / "la.png", "PNG"), aspect_ratio=None))
    assert upload.mode == "RGB"
    assert close(sample(upload, 0.25, 0.5), (60, 60, 60), 3)
    assert close(sample(upload, 0.75, 0.5), (255, 255, 255), 3)


def test_sixteen_bit_grey_is_scaled_not_clipped(tmp_path: Path) -> None:
    # Mid-grey in 16 bits is 32896; Pillow's plain convert("L") would clip it to white.
    row = b"".join(int(v).to_bytes(2, "little") for v in [32896] * 200 + [65535] * 200)
    picture = Image.frombytes("I;16", (400, 300), row * 300)
    path = save(picture, tmp_path / "deep.png", "PNG")
    assert Image.open(path).mode.startswith("I")
    upload = decode(prepare_image(path, aspect_ratio=None))
    assert upload.mode == "RGB"
    assert close(sample(upload, 0.25, 0.5), (128, 128, 128), 2)
    assert close(sample(upload, 0.75, 0.5), (255, 255, 255), 2)


def test_sixteen_bit_tiff_gradient_keeps_its_range(tmp_path: Path) -> None:
    row = b"".join(int(x * 65535 / 399).to_bytes(2, "little") for x in range(400))
    path = save(Image.frombytes("I;16", (400, 300), row * 300), tmp_path / "scan.tiff", "TIFF")
    upload = decode(prepare_image(path, aspect_ratio=None)).convert("L")
    low, high = upload.getextrema()
    assert low < 10 and high > 245


def test_one_bit_picture(tmp_path: Path) -> None:
    picture = Image.new("1", (400, 300), 1)
    picture.paste(0, (0, 0, 200, 300))
    upload = decode(prepare_image(save(picture, tmp_path / "fax.tiff", "TIFF"), aspect_ratio=None))
    assert upload.mode == "RGB"
    assert close(sample(upload, 0.25, 0.5), (0, 0, 0), 2)
    assert close(sample(upload, 0.75, 0.5), (255, 255, 255), 2)


def test_embedded_icc_profile_is_converted_to_srgb(tmp_path: Path) -> None:
    picture = Image.new("RGB", (400, 300), (255, 0, 0))
    path = save(picture, tmp_path / "wide.png", "PNG", icc_profile=swapped_profile())
    prepared = prepare_image(path, aspect_ratio=None)
    # The profile says this "red" channel is green: honoured, the pixels turn green.
    assert close(sample(decode(prepared), 0.5, 0.5), (0, 255, 0), 12)
    assert_pixels_only(prepared)
    assert not any("colour profile" in w for w in map(str, prepared.warnings))


def test_srgb_profile_changes_nothing(tmp_path: Path) -> None:
    picture = Image.new("RGB", (400, 300), (200, 120, 40))
    path = save(picture, tmp_path / "srgb.jpg", "JPEG", quality=95, icc_profile=srgb_profile())
    assert close(sample(decode(prepare_image(path, aspect_ratio=None)), 0.5, 0.5), (200, 120, 40))


def test_broken_icc_profile_warns_and_goes_on(tmp_path: Path) -> None:
    picture = Image.new("RGB", (400, 300), (200, 120, 40))
    path = save(picture, tmp_path / "odd.png", "PNG", icc_profile=b"not a profile" * 20)
    prepared = prepare_image(path, aspect_ratio=None, label="first frame")
    assert close(sample(decode(prepared), 0.5, 0.5), (200, 120, 40), 3)
    assert any("colour profile" in w for w in map(str, prepared.warnings))


# -- privacy -----------------------------------------------------------------------


def test_jpeg_metadata_is_stripped(tmp_path: Path) -> None:
    path = save(
        quadrants(),
        tmp_path / "gps.jpg",
        "JPEG",
        exif=exif_block(1),
        comment=SECRET_COMMENT,
        xmp=SECRET_XMP,
        icc_profile=srgb_profile(),
    )
    original = Image.open(path)
    assert original.getexif().get_ifd(0x8825) and "xmp" in original.info
    assert_pixels_only(prepare_image(path))


def test_png_text_and_exif_are_stripped(tmp_path: Path) -> None:
    from PIL import PngImagePlugin

    text = PngImagePlugin.PngInfo()
    text.add_text("Comment", SECRET_COMMENT.decode())
    text.add_itxt("XML:com.adobe.xmp", SECRET_XMP.decode())
    path = save(quadrants(), tmp_path / "t.png", "PNG", pnginfo=text, exif=exif_block(1))
    assert_pixels_only(prepare_image(path))


def test_webp_metadata_is_stripped(tmp_path: Path) -> None:
    path = save(
        quadrants(),
        tmp_path / "web.webp",
        "WEBP",
        exif=exif_block(1),
        xmp=SECRET_XMP,
        icc_profile=srgb_profile(),
    )
    assert_pixels_only(prepare_image(path))


def test_graphics_go_as_bare_png(tmp_path: Path) -> None:
    # Few colours: PNG is lossless and small; its chunks must be bare too.
    picture = quadrants()
    prepared = prepare_image(
        save(picture, tmp_path / "flat.png", "PNG", icc_profile=srgb_profile(), exif=exif_block(1))
    )
    assert prepared.mime == "image/png"
    assert decode(prepared).format == "PNG"
    assert_pixels_only(prepared)


# -- fitting the shape ---------------------------------------------------------------


def _assert_maps(upload: Image.Image, box: tuple[float, float, float, float]) -> None:
    """Each corner of the upload came from the matching corner of ``box``.

    Sampled just inside the corners: JPEG blurs colour across a pad's edge.
    """
    left, top, right, bottom = box
    for x, y in [(0.01, 0.01), (0.99, 0.01), (0.01, 0.99), (0.99, 0.99), (0.5, 0.5)]:
        expected = (left + x * (right - left), top + y * (bottom - top))
        assert where_from(sample(upload, x, y)) == pytest.approx(expected, abs=0.02), (x, y)


@pytest.mark.parametrize(
    ("anchor", "box"),
    [
        ((0.5, 0.5), (0.0, 0.125, 1.0, 0.875)),
        ((0.5, 0.0), (0.0, 0.0, 1.0, 0.75)),
        ((0.5, 1.0), (0.0, 0.25, 1.0, 1.0)),
    ],
)
def test_crop_geometry(
    tmp_path: Path, anchor: tuple[float, float], box: tuple[float, float, float, float]
) -> None:
    path = save(coordinates(), tmp_path / "c.png", "PNG")
    prepared = prepare_image(path, anchor=anchor)
    upload = decode(prepared)
    assert prepared.size == upload.size == (1920, 1080)
    assert prepared.crop_box == pytest.approx(box)
    _assert_maps(upload, box)


def test_crop_to_portrait_with_anchor(tmp_path: Path) -> None:
    path = save(coordinates(), tmp_path / "c.png", "PNG")
    prepared = prepare_image(path, resolution="720p", aspect_ratio="9:16", anchor=(0.0, 0.5))
    upload = decode(prepared)
    assert upload.size == (720, 1280)
    box = (0.0, 0.0, 675 / 1600, 1.0)
    assert prepared.crop_box == pytest.approx(box)
    _assert_maps(upload, box)


def test_pad_with_a_solid_colour(tmp_path: Path) -> None:
    path = save(coordinates(), tmp_path / "c.png", "PNG")
    prepared = prepare_image(path, fit=Fit.PAD, pad_color=(0, 0, 0))
    upload = decode(prepared)
    assert upload.size == (1920, 1080)
    assert prepared.crop_box == (0.0, 0.0, 1.0, 1.0)
    # 4:3 in 16:9 at 1080p: a 1440-wide picture with 240-pixel bars each side.
    for x in (2, 120, 236, 1684, 1800, 1917):
        assert close(upload.getpixel((x, 540)), (0, 0, 0), 6), x  # type: ignore[arg-type]
    inner = upload.crop((240, 0, 1680, 1080))
    _assert_maps(inner, (0.0, 0.0, 1.0, 1.0))


def test_pad_anchor_moves_the_picture(tmp_path: Path) -> None:
    path = save(coordinates(), tmp_path / "c.png", "PNG")
    upload = decode(prepare_image(path, fit="pad", pad_color=(0, 0, 0), anchor=(1.0, 0.5)))
    assert close(upload.getpixel((200, 540)), (0, 0, 0), 6)  # type: ignore[arg-type]
    _assert_maps(upload.crop((480, 0, 1920, 1080)), (0.0, 0.0, 1.0, 1.0))


def test_pad_with_a_blurred_backdrop(tmp_path: Path) -> None:
    path = save(quadrants(), tmp_path / "q.png", "PNG")
    upload = decode(prepare_image(path, fit="pad", resolution="720p"))
    assert upload.size == (1280, 720)
    inner = upload.crop((160, 0, 1120, 720))
    assert upright_as_expected(inner)
    left_bar = sample(upload, 0.02, 0.25)
    # The bar continues the picture's own colours, dimmed: reddish at top left.
    assert left_bar[0] > left_bar[2] + 40 and left_bar != (0, 0, 0)


def test_pad_a_portrait_into_landscape(tmp_path: Path) -> None:
    path = save(coordinates((1080, 1920)), tmp_path / "p.png", "PNG")
    upload = decode(prepare_image(path, fit="pad", pad_color=(255, 255, 255)))
    inner_width = round(1080 * 1080 / 1920)
    left = (1920 - inner_width) // 2
    assert close(upload.getpixel((left - 10, 540)), (255, 255, 255), 6)  # type: ignore[arg-type]
    _assert_maps(upload.crop((left + 1, 0, left + inner_width - 1, 1080)), (0, 0, 1, 1))


def test_fit_none_sends_the_shape_as_is(tmp_path: Path) -> None:
    path = save(coordinates((4000, 3000)), tmp_path / "wide.png", "PNG")
    prepared = prepare_image(path, fit="none", label="first frame")
    upload = decode(prepared)
    assert prepared.size == upload.size == (1440, 1080)
    _assert_maps(upload, (0.0, 0.0, 1.0, 1.0))
    assert any("4:3" in w and "16:9" in w for w in map(str, prepared.warnings))


def test_fit_none_within_one_percent_is_quiet(tmp_path: Path) -> None:
    path = save(coordinates((1910, 1080)), tmp_path / "near.png", "PNG")
    prepared = prepare_image(path, fit="none")
    assert prepared.size == (1910, 1080)
    assert prepared.warnings == ()


def test_no_aspect_ratio_only_shrinks(tmp_path: Path) -> None:
    landscape = prepare_image(
        save(coordinates((4000, 3000)), tmp_path / "l.png"), aspect_ratio=None
    )
    assert landscape.size == (1440, 1080) and landscape.crop_box == (0.0, 0.0, 1.0, 1.0)
    portrait = prepare_image(save(coordinates((2000, 6000)), tmp_path / "p.png"), aspect_ratio=None)
    assert portrait.size == (640, 1920)
    tall = prepare_image(
        save(coordinates((3000, 4000)), tmp_path / "t.png"), aspect_ratio=None, resolution="720p"
    )
    assert tall.size == (720, 960)
    small = prepare_image(save(coordinates((800, 600)), tmp_path / "s.png"), aspect_ratio=None)
    assert small.size == decode(small).size == (800, 600)


def test_auto_aspect_ratio_follows_the_picture(tmp_path: Path) -> None:
    portrait = save(coordinates((1200, 1600)), tmp_path / "p.png", "PNG")
    assert prepare_image(portrait, aspect_ratio="auto").size == (1080, 1920)
    landscape = save(coordinates((1600, 1200)), tmp_path / "l.png", "PNG")
    assert prepare_image(landscape, aspect_ratio="auto").size == (1920, 1080)


def test_small_source_is_enlarged_to_the_frame_for_crop(tmp_path: Path) -> None:
    path = save(coordinates((800, 600)), tmp_path / "small.png", "PNG")
    prepared = prepare_image(path, resolution="720p", label="last frame")
    upload = decode(prepared)
    assert upload.size == (1280, 720)
    _assert_maps(upload, (0.0, 0.125, 1.0, 0.875))
    assert any("800×600" in w for w in map(str, prepared.warnings))


# -- size and bytes ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def camera_photo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write(tmp_path_factory.mktemp("camera") / "DSC00001.JPG", camera_photo_jpeg())


def test_camera_photo_at_1080p(camera_photo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PIL import JpegImagePlugin

    drafts: list[tuple[int, int]] = []
    real_draft = JpegImagePlugin.JpegImageFile.draft

    def spy(self: JpegImagePlugin.JpegImageFile, *args: object) -> object:
        result = real_draft(self, *args)  # type: ignore[arg-type]
        drafts.append(self.size)
        return result

    monkeypatch.setattr(JpegImagePlugin.JpegImageFile, "draft", spy)
    assert camera_photo.stat().st_size > 6_000_000
    prepared = prepare_image(camera_photo, label="first frame")
    upload = decode(prepared)
    assert drafts == [(3000, 2000)]  # decoded at half size, never in full
    assert prepared.source_size == (6000, 4000)
    assert prepared.size == upload.size == (1920, 1080)
    assert upload.mode == "RGB" and prepared.mime == "image/jpeg"
    assert 300_000 < len(prepared.data or b"") <= BYTE_BUDGET["1080p"]
    assert prepared.crop_box == pytest.approx((0.0, 0.078125, 1.0, 0.921875))
    assert faint_quadrants_upright(upload)
    assert_pixels_only(prepared)
    assert prepared.warnings == ()


def test_camera_photo_at_720p(camera_photo: Path) -> None:
    prepared = prepare_image(camera_photo, resolution="720p", aspect_ratio="9:16")
    upload = decode(prepared)
    assert upload.size == (720, 1280)
    assert len(prepared.data or b"") <= BYTE_BUDGET["720p"]
    assert_pixels_only(prepared)


def test_noise_over_budget_is_compressed_harder(tmp_path: Path) -> None:
    import os

    noise = Image.frombytes("RGB", (1920, 1080), os.urandom(1920 * 1080 * 3))
    prepared = prepare_image(save(noise, tmp_path / "noise.png", "PNG"))
    assert prepared.mime == "image/jpeg"
    assert len(prepared.data or b"") <= BYTE_BUDGET["1080p"]


def test_request_value_is_a_data_uri(tmp_path: Path) -> None:
    prepared = prepare_image(save(coordinates((800, 600)), tmp_path / "x.png", "PNG"))
    value = prepared.as_request_value()
    head, encoded = value.split(",", 1)
    assert head == "data:image/jpeg;base64"
    assert base64.b64decode(encoded) == prepared.data
    assert Image.open(io.BytesIO(base64.b64decode(encoded))).size == (1920, 1080)


# -- URLs ------------------------------------------------------------------------------------


@pytest.mark.parametrize("url", ["https://example.com/a.jpg", "http://example.com/b.png?x=1"])
def test_http_urls_pass_through_unfetched(url: str) -> None:
    prepared = prepare_image(url, fit="pad", aspect_ratio="9:16")
    assert prepared.url == url and prepared.as_request_value() == url
    assert prepared.data is None and prepared.mime is None
    assert prepared.size == prepared.source_size == (0, 0)
    assert prepared.crop_box is None and prepared.warnings == ()


def test_public_api_is_in_one_place() -> None:
    for name in [
        "ASPECT_RATIOS",
        "Fit",
        "ImageSource",
        "PreparedImage",
        "Thumbnail",
        "ThumbnailCache",
        "make_thumbnail",
        "pair_warnings",
        "prepare_image",
        "resolve_aspect_ratio",
        "target_size",
    ]:
        assert hasattr(images, name), name
    assert QUADRANTS  # the helper module loads


def test_rotated_big_jpeg_is_draft_decoded_upright(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PIL import JpegImagePlugin

    drafted: list[tuple[int, int]] = []
    real_draft = JpegImagePlugin.JpegImageFile.draft

    def spy(self: JpegImagePlugin.JpegImageFile, *args: object) -> object:
        result = real_draft(self, *args)  # type: ignore[arg-type]
        drafted.append(self.size)
        return result

    monkeypatch.setattr(JpegImagePlugin.JpegImageFile, "draft", spy)
    stored = coordinates((3000, 4000)).transpose(INVERSE_TRANSPOSE[6])
    path = save(stored, tmp_path / "phone.jpg", "JPEG", quality=95, exif=exif_block(6))
    prepared = prepare_image(path, resolution="720p", aspect_ratio="auto", anchor=(0.0, 0.5))
    upload = decode(prepared)
    assert drafted == [(2000, 1500)]  # stored sideways, decoded at half size
    assert prepared.source_size == (3000, 4000) and upload.size == (720, 1280)
    box = (0.0, 0.0, 0.75, 1.0)  # a 2250-wide strip of 3000, against the left edge
    assert prepared.crop_box == pytest.approx(box)
    _assert_maps(upload, box)


def test_multi_picture_jpeg_uses_the_first_picture(tmp_path: Path) -> None:
    # Many cameras and phones write MPO: a JPEG followed by more pictures.
    path = tmp_path / "camera.jpg"
    second = Image.new("RGB", (1600, 1200), BLUE)
    quadrants().save(path, "MPO", save_all=True, append_images=[second], quality=95)
    assert Image.open(path).format == "MPO"
    prepared = prepare_image(path, resolution="720p", aspect_ratio=None)
    assert prepared.size == (960, 720)
    assert upright_as_expected(decode(prepared))
