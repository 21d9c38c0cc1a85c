"""veodesk: two still frames and a prompt become a short Veo 3.1 Fast video."""

__version__ = "0.1.0"

MODEL_ID = "google/veo-3.1-first-last-image-to-video-fast"
#: Where a user creates an API key.
KEYS_URL = "https://aimlapi.com/app/keys"
