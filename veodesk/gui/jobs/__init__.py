"""The job list: its model, view, card delegate, actions, and the generation workers."""
