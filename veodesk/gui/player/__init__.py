"""Playing a result: the player, its off-UI-thread frame view, the last frame as a still."""
