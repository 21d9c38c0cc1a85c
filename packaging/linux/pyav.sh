#!/usr/bin/env bash
# Build the PyAV that the Linux installers ship: PyAV from its source release,
# linked to an FFmpeg built with only what the sandbox uses.
#
#   bash packaging/linux/pyav.sh      # prints the wheel's path on stdout
#
# Why: PyPI's PyAV wheel carries an FFmpeg with every codec and its libraries
# (x265, SVT-AV1, dav1d, vpx, gnutls, ...), 72 MB that the app never touches.
# The in-app sandbox (demo mode, --self-test) needs H.264 (libx264) and AAC
# encoding into MP4, and swscale/swresample; the film joiner adds a few filters
# and the music decoders (below); with that FFmpeg is still a few MB.
# libx264 comes from the system (the .deb depends on libx264-164).
#
# The FFmpeg release matches the one PyPI's PyAV $PYAV_VERSION is built on, so
# both PyAVs behave alike; the tests run on the wheel, the smoke test on this.
# Outputs, reused when the versions and options are unchanged:
#   build/pyav/ffmpeg/lib/    the FFmpeg shared libraries
#   build/pyav/wheel/av-$PYAV_VERSION-*.whl
#   build/pyav/licenses/      FFmpeg's licence and how this build was made (the
#                             spec ships it as _internal/licenses/ffmpeg/: GPL)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD

PYAV_VERSION=18.1.0
FFMPEG_VERSION=8.1.2
FFMPEG_SHA256=464beb5e7bf0c311e68b45ae2f04e9cc2af88851abb4082231742a74d97b524c
# Debian's orig tarball is the upstream release, byte for byte (it ships
# upstream's signature), so one checksum covers every mirror.
FFMPEG_URLS=(
  "http://deb.debian.org/debian/pool/main/f/ffmpeg/ffmpeg_${FFMPEG_VERSION}.orig.tar.xz"
  "https://ffmpeg.org/releases/ffmpeg-${FFMPEG_VERSION}.tar.xz"
)
# The film joiner (veodesk/core/film) needs, beyond the sandbox's list:
#   filters  xfade fade (crossfades, fade in/out), scale pad setsar fps (clips of
#            another size or rate), acrossfade afade amix volume loudnorm (sound)
#   decoders for the music track: MP3, WAV (PCM), FLAC, AAC/M4A, with their
#            demuxers and parsers
# A test (tests/test_film_packaging.py) checks this list against the filters the
# joiner's code names, so the two cannot drift apart.
FILM_FILTERS=xfade,fade,scale,pad,setsar,fps,acrossfade,afade,amix,volume,loudnorm
MUSIC_DECODERS=mp3,mp3float,flac,pcm_s16le,pcm_s24le,pcm_s32le,pcm_f32le,pcm_u8
FFMPEG_OPTIONS=(
  --enable-shared --disable-static --disable-programs --disable-doc
  # Nothing from the build machine but what is asked for here (no X11, ALSA, ...).
  --disable-autodetect --enable-zlib
  --disable-everything --enable-gpl --enable-libx264
  --enable-encoder=libx264,aac --enable-decoder=h264,aac,$MUSIC_DECODERS
  --enable-muxer=mp4,mov --enable-demuxer=mov,aac,mp3,wav,flac
  --enable-parser=h264,aac,mpegaudio,flac --enable-protocol=file,pipe
  --enable-bsf=h264_mp4toannexb,aac_adtstoasc,extract_extradata
  --enable-filter=abuffer,abuffersink,buffer,buffersink,aformat,format,anull,null,aresample
  --enable-filter=$FILM_FILTERS
  --enable-avdevice --enable-avfilter --enable-swscale --enable-swresample
)

OUT="$ROOT/build/pyav"
PREFIX="$OUT/ffmpeg"
WHEELS="$OUT/wheel"
say() { printf '\n== %s\n' "$*" >&2; }

# The build tools and the x264 headers.
if command -v dpkg-query >/dev/null 2>&1; then
  wanted=()
  for pkg in build-essential nasm pkg-config libx264-dev xz-utils curl; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
      || wanted+=("$pkg")
  done
  if ((${#wanted[@]})); then
    say "Installing ${wanted[*]}"
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
      "${wanted[@]}" >/dev/null
  fi
fi

stamp="v3 ffmpeg $FFMPEG_VERSION pyav $PYAV_VERSION ${FFMPEG_OPTIONS[*]}"
if [ "$(cat "$OUT/stamp" 2>/dev/null)" != "$stamp" ]; then
  rm -rf "$OUT"
  mkdir -p "$OUT/src"
  tarball="$OUT/src/ffmpeg-$FFMPEG_VERSION.tar.xz"
  for url in "${FFMPEG_URLS[@]}"; do
    say "FFmpeg $FFMPEG_VERSION from $url"
    if curl -fsSL --retry 2 -o "$tarball" "$url" \
      && echo "$FFMPEG_SHA256  $tarball" | sha256sum -c --quiet -; then
      break
    fi
    rm -f "$tarball"
  done
  [ -f "$tarball" ] || { echo "could not fetch FFmpeg $FFMPEG_VERSION" >&2; exit 1; }
  tar -C "$OUT/src" -xf "$tarball"
  mkdir -p "$OUT/licenses"
  cp "$OUT/src/ffmpeg-$FFMPEG_VERSION"/{LICENSE.md,COPYING.GPLv2,COPYING.LGPLv2.1} "$OUT/licenses/"
  cat >"$OUT/licenses/BUILD.txt" <<EOF_BUILD
FFmpeg $FFMPEG_VERSION, built by veodesk's packaging/linux/pyav.sh for PyAV $PYAV_VERSION.
Source: ${FFMPEG_URLS[0]}
        (upstream: ${FFMPEG_URLS[1]}), sha256 $FFMPEG_SHA256
Configured with: ${FFMPEG_OPTIONS[*]}
With --enable-gpl and libx264 (the system's libx264, GPL-2.0+), this build is
under the GPL, version 2 or later: see COPYING.GPLv2 and LICENSE.md.
EOF_BUILD

  say "Building FFmpeg $FFMPEG_VERSION (H.264 + AAC in MP4, the joiner's filters, music decoders)"
  t0=$SECONDS
  (
    cd "$OUT/src/ffmpeg-$FFMPEG_VERSION"
    ./configure --prefix="$PREFIX" "${FFMPEG_OPTIONS[@]}" >"$OUT/configure.log" 2>&1 \
      || { tail -n 30 "$OUT/configure.log" >&2; exit 1; }
    make -j"$(nproc)" >"$OUT/make.log" 2>&1 || { tail -n 30 "$OUT/make.log" >&2; exit 1; }
    make install >>"$OUT/make.log" 2>&1
  )
  echo "FFmpeg built in $((SECONDS - t0)) s: $(du -sh "$PREFIX/lib" | cut -f1)" >&2

  say "Building PyAV $PYAV_VERSION on it"
  t0=$SECONDS
  "${PYTHON:-python3}" -m venv "$OUT/venv"
  "$OUT/venv/bin/python" -m pip install -q --upgrade pip >/dev/null
  PKG_CONFIG_PATH="$PREFIX/lib/pkgconfig" "$OUT/venv/bin/python" -m pip wheel -q \
    --no-binary av --no-deps -w "$WHEELS" "av==$PYAV_VERSION" >"$OUT/pyav.log" 2>&1 \
    || { tail -n 30 "$OUT/pyav.log" >&2; exit 1; }
  echo "PyAV built in $((SECONDS - t0)) s" >&2
  rm -rf "$OUT/src" "$OUT/venv"
  echo "$stamp" >"$OUT/stamp"
fi
ls "$WHEELS"/av-"$PYAV_VERSION"-*.whl
