"""The film joiner: finished clips become one film, with seams you cannot see.

No Qt here: the CLI, the window's worker and the storyboard call
``joiner.join``. The package itself imports nothing: the window imports
``history`` and ``options`` on its UI thread when "Join into a film…" opens,
and importing the joiner's eight modules with it took about 20 ms there.
"""
