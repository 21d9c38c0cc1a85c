"""The storyboard view: keyframes, the segments between them, and the film they make."""
