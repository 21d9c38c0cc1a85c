"""On-demand performance benchmarks (issue 7); never collected by the normal test run.

    .venv/bin/python -m tests.benchmarks            # all of them, a few minutes
    .venv/bin/python -m tests.benchmarks images polling --write

Each benchmark measures a baseline in the same run and prints both; ``--write``
puts the table into docs/PERFORMANCE.md. See that file for what is measured.
"""
