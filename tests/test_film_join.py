"""The film joiner on real clips: frame counts, sync, seams, sizes, options."""

from __future__ import annotations

import threading
from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from tests.filmtools import (
    audio_samples,
    frame_count,
    make_clip,
    psnr,
    stream_info,
    video_lumas,
)
from veodesk.core.errors import CancelledError
from veodesk.core.film.encoding import X264_CRF, X264_PRESET
from veodesk.core.film.joiner import join
from veodesk.core.film.options import JoinOptions, Transition
from veodesk.sandbox.render import render_mp4

FPS = 24
SR = 48_000


@pytest.fixture(scope="module")
def clips(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Three 2 s clips, 24 fps with sound, each its own picture and tone."""
    folder = tmp_path_factory.mktemp("clips")
    return [
        make_clip(folder / f"clip{i}.mp4", shade=i, freq=330 + 110 * i, frames=48 + 6 * i)
        for i in range(3)
    ]


@pytest.fixture(scope="module")
def sandbox_clips(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Two clips from the sandbox's renderer, chained on a shared keyframe, as Veo makes them."""
    folder = tmp_path_factory.mktemp("sandbox")
    keys = []
    for i, colour in enumerate([(200, 60, 40), (40, 160, 90), (30, 70, 200)]):
        image = Image.new("RGB", (640, 360), colour)
        image.paste((250, 250, 250), (40 + 150 * i, 60, 200 + 150 * i, 220))
        keys.append(image)
        image.save(folder / f"key{i}.png")
    out = []
    for i in range(2):
        data = render_mp4(
            keys[i], keys[i + 1], prompt=f"segment {i + 1}", size=(640, 360), duration=4, fps=FPS
        )
        path = folder / f"segment{i + 1}.mp4"
        path.write_bytes(data)
        out.append(path)
    return out


def counts(paths: list[Path]) -> list[int]:
    return [frame_count(p) for p in paths]


@pytest.mark.parametrize(
    ("transition", "overlap"),
    [("cut", 1), ("crossfade", 12), ("crossfade:2", 2), ("crossfade:5", 5), ("crossfade:24", 24)],
)
def test_frame_count_is_exact(
    clips: list[Path], tmp_path: Path, transition: str, overlap: int
) -> None:
    out = tmp_path / "film.mp4"
    film = join(clips, out, JoinOptions(transition=Transition.parse(transition)))
    expected = sum(counts(clips)) - (len(clips) - 1) * overlap
    assert film.frames == expected
    assert frame_count(out) == expected
    info = stream_info(out)
    assert (info["video_codec"], info["audio_codec"]) == ("h264", "aac")
    assert (info["width"], info["height"], info["fps"]) == (320, 180, FPS)


def test_sandbox_clips_cut_and_crossfade(sandbox_clips: list[Path], tmp_path: Path) -> None:
    total = sum(counts(sandbox_clips))
    assert total == 2 * 4 * FPS
    cut = join(sandbox_clips, tmp_path / "cut.mp4")
    fade = join(
        sandbox_clips, tmp_path / "fade.mp4", JoinOptions(transition=Transition.parse("crossfade"))
    )
    assert frame_count(tmp_path / "cut.mp4") == cut.frames == total - 1
    assert frame_count(tmp_path / "fade.mp4") == fade.frames == total - 12
    # The segments meet on the same keyframe: the seam is not visible.
    assert [s.visible for s in cut.seams] == [False]


def test_faststart_index_before_the_media(clips: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "film.mp4"
    join(clips[:2], out)
    head = out.read_bytes()[:4096]
    assert head.find(b"moov") != -1 and (
        head.find(b"mdat") == -1 or head.find(b"moov") < head.find(b"mdat")
    )


def _flash_onsets(path: Path) -> tuple[int, float]:
    """The white frame's index and the sound burst's start (in frames)."""
    lumas = [float(y.mean()) for y in video_lumas(path)]
    frame = next(i for i, y in enumerate(lumas) if y > 200)
    sound = np.abs(audio_samples(path)[0])
    onset = int(np.argmax(sound > 0.1))
    return frame, onset * FPS / SR


def test_sync_holds_to_the_end_through_silent_resized_and_retimed_clips(tmp_path: Path) -> None:
    # Quiet tones before the last clip, so only its burst crosses 0.1.
    silent = make_clip(tmp_path / "silent.mp4", shade=1, audio=False, frames=40)
    bigger = make_clip(tmp_path / "big.mp4", shade=2, size=(640, 480), frames=37, amplitude=0.05)
    faster = make_clip(tmp_path / "30fps.mp4", shade=3, fps=30, frames=61, amplitude=0.05)
    first = make_clip(tmp_path / "first.mp4", shade=0, frames=45, amplitude=0.05)
    # The last clip: silence, then a white frame at frame 40 with a tone burst.
    last = make_clip(tmp_path / "last.mp4", shade=4, frames=48, flash=40)
    parts = [first, silent, bigger, faster, last]
    for transition in ("cut", "crossfade:6"):
        out = tmp_path / f"film-{transition.replace(':', '')}.mp4"
        film = join(parts, out, JoinOptions(transition=Transition.parse(transition)))
        frame, onset = _flash_onsets(out)
        assert frame == film.frames - 8
        assert abs(onset - frame) < 1, (transition, frame, onset)
        # The whole sound track ends with the picture (AAC adds < 1024 samples of padding).
        info = stream_info(out)
        assert abs(info["audio_seconds"] - info["video_seconds"]) < 1 / FPS
        decoded = audio_samples(out).shape[1] / SR
        assert abs(decoded - film.frames / FPS) < 1 / FPS


def test_other_size_comes_out_at_the_first_clips_size_letterboxed(tmp_path: Path) -> None:
    first = make_clip(tmp_path / "wide.mp4", size=(320, 180), frames=24)
    square = make_clip(tmp_path / "square.mp4", size=(240, 240), frames=24, shade=2)
    out = tmp_path / "film.mp4"
    film = join([first, square], out)
    assert (film.width, film.height) == (320, 180)
    info = stream_info(out)
    assert (info["width"], info["height"]) == (320, 180)
    picture = video_lumas(out)[30]  # a frame of the square clip: pillar-boxed
    assert picture[:, :20].mean() < 20 and picture[:, -20:].mean() < 20
    assert picture[:, 140:180].mean() > 40


def _max_jump(samples: np.ndarray) -> float:
    return float(np.max(np.abs(np.diff(samples, axis=1)))) if samples.shape[1] > 1 else 0.0


def test_no_click_at_a_cut(clips: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "film.mp4"
    join(clips, out)
    sound = audio_samples(out)
    # The clips' own largest step, away from their ends (where the encoder's
    # start-up makes a step of its own): the stricter yardstick.
    edge = SR // 20
    own = max(_max_jump(audio_samples(c)[:, edge:-edge]) for c in clips)
    window = SR // 100  # 10 ms
    position = 0
    for clip in clips[:-1]:
        position += (frame_count(clip) - 1) * SR // FPS
        near = sound[:, position - window : position + window]
        assert _max_jump(near) <= own, (position, _max_jump(near), own)
    # Without the fades the tones would jump at the seam: the test has teeth.
    a, b = audio_samples(clips[0]), audio_samples(clips[1])
    cut_at = (frame_count(clips[0]) - 1) * SR // FPS
    assert abs(float(a[0, cut_at - 1] - b[0, 0])) > 2 * own


def test_mid_clip_frames_keep_40_db_luma_psnr(
    sandbox_clips: list[Path], clips: list[Path], tmp_path: Path
) -> None:
    for name, sources in (("sandbox", sandbox_clips), ("pattern", clips)):
        out = tmp_path / f"{name}.mp4"
        join(sources, out)
        film = video_lumas(out)
        position, worst = 0, 99.0
        for i, source in enumerate(sources):
            frames = video_lumas(source)
            used = frames if i == len(sources) - 1 else frames[:-1]
            for j, original in enumerate(used):
                worst = min(worst, psnr(film[position + j], original))
            position += len(used)
        assert position == len(film)
        assert worst >= 40.0, (name, worst, X264_PRESET, X264_CRF)


def test_seam_scores_tell_a_matching_seam_from_a_jump(
    clips: list[Path], sandbox_clips: list[Path], tmp_path: Path
) -> None:
    matched = join(sandbox_clips, tmp_path / "matched.mp4")
    jumped = join(clips[:2], tmp_path / "jumped.mp4")
    assert matched.seams[0].score < 2 and not matched.seams[0].visible
    assert jumped.seams[0].score > 20 and jumped.seams[0].visible


def test_keyframe_drift_is_reported(sandbox_clips: list[Path], tmp_path: Path) -> None:
    folder = sandbox_clips[0].parent
    keys = [folder / f"key{i}.png" for i in range(3)]
    film = join(sandbox_clips, tmp_path / "film.mp4", keyframes=keys)
    assert [d.index for d in film.drift] == [0, 1]
    # The sandbox's caption and badge sit on top of the keyframe: a small drift.
    assert all(d.first < 8 and d.last < 8 for d in film.drift)
    wrong = [keys[0], keys[2], keys[1]]
    off = join(sandbox_clips, tmp_path / "off.mp4", keyframes=wrong)
    assert off.drift[0].last > 20 and off.drift[0].visible
    assert off.drift[1].first > 20
    assert "drift" in off.to_json()


def test_progress_and_cancel_leave_no_file(clips: list[Path], tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    out = tmp_path / "film.mp4"
    film = join(clips, out, on_progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (film.frames, film.frames)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)

    cancel = threading.Event()
    stopped = tmp_path / "stopped.mp4"

    def stop_halfway(done: int, total: int) -> None:
        if done > total // 2:
            cancel.set()

    with pytest.raises(CancelledError):
        join(clips, stopped, on_progress=stop_halfway, cancel=cancel)
    assert list(tmp_path.glob("stopped*")) == []


def test_fade_in_and_out(clips: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "film.mp4"
    film = join(clips, out, JoinOptions(fade=0.5))
    lumas = [float(y.mean()) for y in video_lumas(out)]
    assert lumas[0] < 20 and lumas[-1] < 30 and lumas[len(lumas) // 2] > 60
    sound = np.abs(audio_samples(out)[0])
    assert sound[: SR // 100].max() < 0.05
    middle = film.frames // 2 * SR // FPS
    assert sound[middle : middle + SR // 10].max() > 0.3


def test_normalize_reaches_minus_16_lufs(clips: list[Path], tmp_path: Path) -> None:
    import av
    from av.filter import loudnorm

    out = tmp_path / "film.mp4"
    join(clips, out, JoinOptions(normalize=True))
    with av.open(str(out)) as container:
        stats = loudnorm.stats("I=-16:TP=-1.5:LRA=11", container.streams.audio[0])
    import json

    assert abs(float(json.loads(stats)["input_i"]) - -16.0) < 1.0
    assert frame_count(out) == sum(counts(clips)) - 2


def test_music_under_the_clips_and_alone(clips: list[Path], tmp_path: Path) -> None:
    music = make_clip(
        tmp_path / "music.mp4", frames=24 * 20, freq=1000, amplitude=0.3, size=(64, 64)
    )
    kept = tmp_path / "kept.mp4"
    muted = tmp_path / "muted.mp4"
    film = join(clips, kept, JoinOptions(music=music))
    join(clips, muted, JoinOptions(music=music, mute_clips=True))

    def level_at(path: Path, freq: float) -> float:
        sound = audio_samples(path)[0, SR : SR * 2]
        spectrum = np.abs(np.fft.rfft(sound))
        return float(spectrum[int(freq)])  # 1 s of sound: bin k is k Hz

    assert level_at(kept, 330) > 10 * level_at(muted, 330)  # the clip's tone
    assert level_at(kept, 1000) > 0 and level_at(muted, 1000) > 2 * level_at(kept, 1000)
    # Twenty seconds of music are cut to the film, and faded out at its end.
    info = stream_info(muted)
    assert abs(info["audio_seconds"] - film.frames / FPS) < 1 / FPS
    tail = np.abs(audio_samples(muted)[0, -SR // 50 :])
    assert tail.max() < 0.05


def test_music_from_common_formats(clips: list[Path], tmp_path: Path) -> None:
    import av

    for suffix, codec in ((".wav", "pcm_s16le"), (".flac", "flac"), (".m4a", "aac")):
        music = tmp_path / f"music{suffix}"
        with av.open(str(music), "w") as container:
            stream = container.add_stream(codec, rate=44_100, layout="stereo")
            t = np.arange(44_100 * 3) / 44_100
            wave = (0.3 * np.sin(2 * np.pi * 700 * t)).astype(np.float32)
            frame = av.AudioFrame.from_ndarray(
                np.stack([wave, wave]), format="fltp", layout="stereo"
            )
            frame.sample_rate = 44_100
            container.mux(stream.encode(frame))
            container.mux(stream.encode(None))
        out = tmp_path / f"film{suffix}.mp4"
        join(clips[:2], out, JoinOptions(music=music, mute_clips=True))
        assert np.abs(audio_samples(out)[0, SR : SR * 2]).max() > 0.1, suffix
    # The files the installers' smoke test mixes in: MP3, FLAC and WAV (mono, 22 kHz).
    data = Path(__file__).parent / "data"
    for music in sorted(data.glob("music.*")):
        if music.suffix == ".md":
            continue
        out = tmp_path / f"film-{music.suffix[1:]}.mp4"
        join(clips[:2], out, JoinOptions(music=music, mute_clips=True))
        first_second = np.abs(audio_samples(out)[0, SR // 10 : SR * 9 // 10])
        assert first_second.max() > 0.05, music.name  # a 1/8 full-scale tone; else silence


def test_other_frame_rate_is_retimed(tmp_path: Path) -> None:
    first = make_clip(tmp_path / "a.mp4", frames=48)
    ntsc = make_clip(tmp_path / "b.mp4", fps=Fraction(30000, 1001), frames=60, shade=1)
    out = tmp_path / "film.mp4"
    film = join([first, ntsc], out)
    assert stream_info(out)["fps"] == FPS
    assert frame_count(out) == film.frames
    # 60 frames at 29.97 fps last 2.002 s: 48 frames at 24 fps.
    assert film.frames == 47 + 48


def test_every_option_at_once(clips: list[Path], tmp_path: Path) -> None:
    """Crossfade, fades, loudness, music and a resized clip together, as the smoke test runs."""
    bigger = make_clip(tmp_path / "big.mp4", size=(640, 360), frames=48, shade=5)
    music = Path(__file__).parent / "data" / "music.mp3"
    out = tmp_path / "film.mp4"
    parts = [clips[0], bigger, clips[1]]
    film = join(
        parts,
        out,
        JoinOptions(transition=Transition.parse("crossfade"), music=music, normalize=True,
                    fade=0.5),
        timeline=tmp_path / "film.xml",
    )  # fmt: skip
    assert film.frames == sum(counts(parts)) - 2 * 12 == frame_count(out)
    info = stream_info(out)
    assert (info["width"], info["height"]) == (320, 180)
    assert abs(info["audio_seconds"] - info["video_seconds"]) < 1 / FPS
    assert (tmp_path / "film.xml").is_file()
