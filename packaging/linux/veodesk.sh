#!/bin/sh
# /usr/bin/veodesk: start the frozen app installed in ../lib/veodesk.
# Found relative to this script, so it also runs from an unpacked .deb.
here=$(dirname "$(readlink -f "$0")")
exec "$here/../lib/veodesk/veodesk" "$@"
