"""What the demo makes, in the window and from the CLI alike: the sample frames and a prompt."""

from __future__ import annotations

from pathlib import Path

from veodesk.core.fsutil import copy_whole
from veodesk.core.models import GenerationParams
from veodesk.core.paths import resources_dir

#: Short and small: the sandbox renders it in seconds.
DEMO_DURATION = 4
DEMO_RESOLUTION = "720p"
DEMO_PROMPT = (
    "The sun sinks behind the hills, the sky fades to night and the moon rises over the valley"
)


def sample_frames() -> tuple[str, str]:
    """The demo's first and last frames, shipped with the app."""
    folder = resources_dir() / "samples"
    return str(folder / "first-frame.jpg"), str(folder / "last-frame.jpg")


def demo_params(
    prompt: str = DEMO_PROMPT, *, duration: int = DEMO_DURATION, resolution: str = DEMO_RESOLUTION
) -> GenerationParams:
    """The demo's video: the sample frames, landscape, cropped, with audio."""
    first, last = sample_frames()
    return GenerationParams(
        prompt=prompt,
        first=first,
        last=last,
        duration=duration,
        resolution=resolution,
        aspect_ratio="16:9",
        generate_audio=True,
        fit="crop",
    )


def sample_storyboard(folder: Path) -> Path:
    """The shipped 3-keyframe storyboard, copied into ``folder`` the first time; its manifest.

    A copy, because a project writes its takes beside its manifest and the
    installed sample is read-only. Later demos open the same copy, with the
    takes they made.
    """
    source = resources_dir() / "samples" / "storyboard"
    target = folder / "sunset"
    manifest = target / "sunset.veoboard"
    if not manifest.is_file():
        for path in sorted(source.rglob("*")):
            if path.is_file():  # frames/ sorts before the manifest, which comes last
                (target / path.relative_to(source)).parent.mkdir(parents=True, exist_ok=True)
                copy_whole(path, target / path.relative_to(source))
    return manifest
