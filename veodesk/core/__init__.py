"""Everything that is not a widget. Nothing under this package may import Qt."""
