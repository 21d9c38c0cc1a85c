"""Storyboards: N keyframes become a film, one generated segment between each pair.

Segment *i* is generated from the user's own keyframes K*i* and K*i+1* (never
from a decoded frame), so every seam meets on the same picture. Modules:

- ``model``: keyframes, segments, takes, the film-wide settings, staleness and
  the chosen take; plain data a window can show and edit (``edits`` undoes);
- ``manifest``: the ``.veoboard`` JSON file, read with a clear error for every
  problem and written atomically;
- ``hashing``: what goes into a segment's request, as one hash;
- ``project``: the project folder (``frames/``, ``takes/``, the lock) and the
  takes' state from the job store;
- ``cost``: the expected cost in dollars;
- ``render``: check everything, send the stale segments, wait, join.

Nothing here imports Qt, and this package imports none of its modules: the
joiner (PyAV) loads only when a film is rendered.
"""
