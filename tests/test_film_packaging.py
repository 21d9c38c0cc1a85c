"""The installers' minimal FFmpeg has exactly what the film joiner uses."""

from __future__ import annotations

import re
from pathlib import Path

import av

ROOT = Path(__file__).resolve().parents[1]
FILM = ROOT / "veodesk" / "core" / "film"
PYAV_SH = ROOT / "packaging" / "linux" / "pyav.sh"

#: What the joiner's graphs hold besides the filters it names: sources and sinks.
ENDPOINTS = {"buffer", "buffersink", "abuffer", "abuffersink"}


def _filters_in_code() -> set[str]:
    names: set[str] = set()
    for path in FILM.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        names |= set(re.findall(r'\.add\(\s*"([a-z_0-9]+)"', text))
        # ("fade", f"t=in...") pairs; not the context of a message marked for translation.
        names |= set(re.findall(r'(?<!QT_TRANSLATE_NOOP)\(\s*"([a-z_0-9]+)",\s*f?"', text))
    return names | ENDPOINTS


def _shell_list(text: str, name: str) -> set[str]:
    match = re.search(rf"^{name}=(\S+)$", text, re.MULTILINE)
    assert match, name
    return set(match.group(1).split(","))


def _enabled(kind: str) -> set[str]:
    text = PYAV_SH.read_text(encoding="utf-8")
    found: set[str] = set()
    for value in re.findall(rf"--enable-{kind}=(\S+)", text):
        for item in value.split(","):
            if item.startswith("$"):
                found |= _shell_list(text, item[1:])
            else:
                found.add(item)
    return found


def test_every_filter_the_joiner_names_is_built() -> None:
    used = _filters_in_code()
    assert {"xfade", "acrossfade", "afade", "amix", "loudnorm", "pad", "fps"} <= used
    missing = used - _enabled("filter")
    assert missing == set(), f"add to packaging/linux/pyav.sh: {sorted(missing)}"


def test_no_film_filter_is_built_that_nothing_uses() -> None:
    text = PYAV_SH.read_text(encoding="utf-8")
    unused = _shell_list(text, "FILM_FILTERS") - _filters_in_code()
    assert unused == set()


def test_music_formats_are_built() -> None:
    decoders = _enabled("decoder")
    demuxers = _enabled("demuxer")
    assert {"mp3float", "flac", "pcm_s16le", "aac"} <= decoders
    assert {"mp3", "flac", "wav", "mov", "aac"} <= demuxers


def test_the_filters_exist_in_ffmpeg() -> None:
    assert _filters_in_code() <= set(av.filter.filters_available)
