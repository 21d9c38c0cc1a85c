"""Composing a job: the frame slots and their previews, the choosers, drops and pastes."""
