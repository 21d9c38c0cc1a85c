"""Film joiner: 10 clips of 8 s, 1080p24 with sound, against the ffmpeg command line.

The clips come from the sandbox's renderer (H.264/AAC like Veo's, cached
between runs). Each join runs in a fresh process, timed from spawn to exit, so
both sides pay for their start-up, and its peak memory is the process's
``ru_maxrss``. The ffmpeg side does the same work with the same encoder
settings: trim and concat with the same 15 ms fades at each cut; xfade and
acrossfade (equal-power) for the crossfades. Alternating, median of 3.
Needs the ``ffmpeg`` program (``apt-get install ffmpeg``).

Goals (issue 16): at most 1.25x ffmpeg's time; 80 s of film in under 80 s;
peak memory of 20 clips at most that of 10 clips + 10 %.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from tests.benchmarks.common import CACHE, ROOT, Report, median, say, scratch_dir
from veodesk.core.film.audio import CUT_FADE_SAMPLES, SAMPLE_RATE
from veodesk.core.film.encoding import AAC_BIT_RATE, GOP_SECONDS, X264_CRF, X264_PRESET

CLIPS = 10
SECONDS = 8
FPS = 24
SIZE = (1920, 1080)
RUNS = 3
CROSSFADE = 12
GOAL_RATIO = 1.25
GOAL_MEMORY = 1.10


def clips() -> list[Path]:
    """Ten 8 s 1080p24 clips from the sandbox's renderer, each between two keyframes."""
    from PIL import Image, ImageDraw

    from veodesk.sandbox.render import render_mp4

    folder = CACHE / "film-clips"
    folder.mkdir(parents=True, exist_ok=True)
    keys = []
    for i in range(CLIPS + 1):
        image = Image.new("RGB", SIZE, ((i * 70) % 256, (i * 130 + 40) % 256, (i * 40 + 90) % 256))
        draw = ImageDraw.Draw(image)
        for j in range(12):
            x = (j * 173 + i * 97) % SIZE[0]
            draw.ellipse((x, 200 + j * 60, x + 300, 500 + j * 40), fill=((j * 50) % 256, 200, 90))
        keys.append(image)
    out = []
    for i in range(CLIPS):
        path = folder / f"clip{i:02d}.mp4"
        if not path.exists():
            say(f"rendering {path.name}")
            data = render_mp4(
                keys[i], keys[i + 1], prompt=f"shot {i + 1}", size=SIZE, duration=SECONDS, fps=FPS
            )
            path.with_suffix(".tmp").write_bytes(data)
            path.with_suffix(".tmp").replace(path)
        out.append(path)
    return out


def ffmpeg_args(paths: list[Path], output: Path, crossfade: int) -> list[str]:
    n = len(paths)
    frames = SECONDS * FPS
    per_frame = SAMPLE_RATE // FPS
    parts: list[str] = []
    if crossfade == 0:
        for i in range(n):
            last = i == n - 1
            keep = frames if last else frames - 1
            samples = keep * per_frame
            afades = []
            if i > 0:
                afades.append(f"afade=t=in:ss=0:ns={CUT_FADE_SAMPLES}")
            if not last:
                afades.append(f"afade=t=out:ss={samples - CUT_FADE_SAMPLES}:ns={CUT_FADE_SAMPLES}")
            parts.append(f"[{i}:v]trim=end_frame={keep},setpts=PTS-STARTPTS[v{i}]")
            chain = ",".join([f"atrim=end_sample={samples}", "asetpts=PTS-STARTPTS", *afades])
            parts.append(f"[{i}:a]{chain}[a{i}]")
        inputs = "".join(f"[v{i}][a{i}]" for i in range(n))
        parts.append(f"{inputs}concat=n={n}:v=1:a=1[v][a]")
    else:
        d = crossfade / FPS
        v, a = "[0:v]", "[0:a]"
        for i in range(1, n):
            offset = i * (frames - crossfade) / FPS
            parts.append(f"{v}[{i}:v]xfade=transition=fade:duration={d}:offset={offset}[v{i}]")
            parts.append(f"{a}[{i}:a]acrossfade=d={d}:c1=qsin:c2=qsin[a{i}]")
            v, a = f"[v{i}]", f"[a{i}]"
        parts.append(f"{v}null[v]")
        parts.append(f"{a}anull[a]")
    args = ["ffmpeg", "-hide_banner", "-loglevel", "error", "-y"]
    for path in paths:
        args += ["-i", str(path)]
    return [
        *args,
        "-filter_complex", ";".join(parts), "-map", "[v]", "-map", "[a]",
        "-c:v", "libx264", "-preset", X264_PRESET, "-crf", str(X264_CRF),
        "-g", str(GOP_SECONDS * FPS), "-pix_fmt", "yuv420p",
        "-c:a", "aac", "-b:a", str(AAC_BIT_RATE), "-ar", str(SAMPLE_RATE), "-ac", "2",
        "-movflags", "+faststart", str(output),
    ]  # fmt: skip


_VEODESK = """
import json, resource, sys
from veodesk.core.film.joiner import join
from veodesk.core.film.options import JoinOptions, Transition
paths, out, transition = json.loads(sys.argv[1])
film = join(paths, out, JoinOptions(transition=Transition.parse(transition)))
print(json.dumps({"frames": film.frames,
                  "maxrss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024}))
"""


def run_veodesk(paths: list[Path], output: Path, transition: str) -> tuple[float, dict]:
    import time

    output.unlink(missing_ok=True)
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", _VEODESK, json.dumps([[str(p) for p in paths], str(output),
                                                     transition])],
        capture_output=True, text=True, check=True, cwd=ROOT,
    )  # fmt: skip
    return time.perf_counter() - started, json.loads(result.stdout)


def run_ffmpeg(paths: list[Path], output: Path, crossfade: int) -> tuple[float, int]:
    import resource
    import time

    output.unlink(missing_ok=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    subprocess.run(ffmpeg_args(paths, output, crossfade), check=True)
    elapsed = time.perf_counter() - started
    return elapsed, max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) * 1024


def frame_count(path: Path) -> int:
    import av

    with av.open(str(path)) as container:
        return sum(1 for _ in container.demux(container.streams.video[0]) if _.size)


def versions() -> dict[str, str]:
    import av

    text = subprocess.run(["ffmpeg", "-version"], capture_output=True, text=True).stdout
    match = re.search(r"ffmpeg version (\S+)", text)
    return {
        "pyav": av.__version__,
        "pyav_ffmpeg": ".".join(map(str, av.ffmpeg_version_info))
        if isinstance(av.ffmpeg_version_info, tuple)
        else str(av.ffmpeg_version_info),
        "ffmpeg_cli": match.group(1) if match else "unknown",
    }


def run() -> Report:
    report = Report("film")
    if shutil.which("ffmpeg") is None:
        raise SystemExit("bench_film needs the ffmpeg program: apt-get install ffmpeg")
    paths = clips()
    film_seconds = CLIPS * SECONDS
    names = versions()
    report.details["versions"] = names
    report.details["load_before"] = os.getloadavg()
    with scratch_dir("veodesk-bench-film-") as folder:
        for label, transition, crossfade in (
            ("cut", "cut", 0),
            (f"crossfade {CROSSFADE} frames", f"crossfade:{CROSSFADE}", CROSSFADE),
        ):
            ours: list[float] = []
            theirs: list[float] = []
            rss: list[int] = []
            for run_index in range(RUNS):
                say(f"film {label}: run {run_index + 1}/{RUNS}")
                elapsed, info = run_veodesk(paths, folder / "veodesk.mp4", transition)
                ours.append(elapsed)
                rss.append(info["maxrss"])
                theirs.append(run_ffmpeg(paths, folder / "ffmpeg.mp4", crossfade)[0])
            expected = CLIPS * SECONDS * FPS - (CLIPS - 1) * (crossfade or 1)
            counts = (frame_count(folder / "veodesk.mp4"), frame_count(folder / "ffmpeg.mp4"))
            report.details[label] = {
                "veodesk_s": ours,
                "ffmpeg_s": theirs,
                "maxrss": rss,
                "frames": counts,
                "expected_frames": expected,
            }
            ratio = median(ours) / median(theirs)
            report.add(
                f"Film join, {CLIPS} clips × {SECONDS} s 1080p24, {label}: time",
                f"≤ {GOAL_RATIO}× ffmpeg CLI; < {film_seconds} s",
                f"ffmpeg {names['ffmpeg_cli']}: {median(theirs):.1f} s",
                f"{median(ours):.1f} s ({ratio:.2f}×; PyAV {names['pyav']} on FFmpeg "
                f"{names['pyav_ffmpeg']}), {film_seconds / median(ours):.2f}× real time",
                ratio <= GOAL_RATIO and median(ours) < film_seconds,
                f"frames {counts[0]} (expected {expected}), ffmpeg {counts[1]}",
            )
        # Memory flat in the film's length: the same ten clips twice over.
        # (Peak RSS barely varies between runs; the cut runs above give 10 clips' too.)
        say("film memory: 20 clips")
        ten = report.details["cut"]["maxrss"]  # type: ignore[index]
        twenty = [run_veodesk(paths * 2, folder / "m20.mp4", "cut")[1]["maxrss"]]
        report.details["memory"] = {"10": ten, "20": twenty}
        report.add(
            "Film join: peak memory, 20 clips vs 10 (cut)",
            f"≤ 10 clips + {round((GOAL_MEMORY - 1) * 100)} %",
            f"10 clips: {median(ten) / 1e6:.0f} MB",
            f"20 clips: {median(twenty) / 1e6:.0f} MB ({median(twenty) / median(ten):.2f}×)",
            median(twenty) <= GOAL_MEMORY * median(ten),
        )
    report.details["load_after"] = os.getloadavg()
    return report
