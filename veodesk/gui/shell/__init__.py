"""The application shell: the main window, start-up, settings, banners, demo mode and the
controller that wires the features to the core."""
