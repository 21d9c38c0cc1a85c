#!/bin/sh
# veodesk-cli: the command-line tool of the frozen app beside this script.
# The bundle has one executable; `veodesk --cli ARGS` runs veodesk.cli:main
# (no Qt is loaded), so the CLI costs the bundle no second copy of Python.
# Found through its own location: it works as /usr/bin/veodesk-cli (a symlink
# to it), from an unpacked .deb or .rpm, and from the tar.gz's top folder.
here=$(dirname "$(readlink -f "$0")")
exec "$here/veodesk" --cli "$@"
