"""The API key: the OS keychain through keyring, a 0600 file where there is none.

``AIMLAPI_KEY``, as the session found it at start-up, overrides whatever is stored. The key is
never logged; where it must be shown, ``mask`` gives "…" plus its last four.
"""

from __future__ import annotations

import contextlib
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from veodesk.core import logs

log = logging.getLogger(__name__)

ENV_VAR = "AIMLAPI_KEY"
SERVICE = "veodesk"
ACCOUNT = "aimlapi"


@dataclass(frozen=True)
class StoredKey:
    key: str | None
    #: "env", "keychain", "file", "demo" or None when there is no key.
    origin: str | None
    #: True when the key sits in the fallback file rather than a keychain.
    insecure: bool = False


def mask(key: str | None) -> str:
    if not key:
        return ""
    return "…" + key[-4:] if len(key) > 8 else "…"


def keychain_usable() -> bool:
    """Whether keyring has a real backend (not the fail or null ones)."""
    try:
        import keyring  # deferred: backend discovery is slow at start-up
        from keyring.backends import fail
    except Exception:  # pragma: no cover - keyring is a hard dependency
        return False
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        return False
    return type(backend).__module__ != "keyring.backends.null"


@dataclass(frozen=True)
class KeySource:
    """Where a session's key comes from: the variable, the keychain, or the 0600 file.

    ``env_key`` is ``AIMLAPI_KEY`` as it was when the session was made; the
    environment is not read again. ``fixed`` is a key that nothing can replace
    (the demo's, which its sandbox was started with).
    """

    fallback_file: Path
    env_key: str | None = None
    fixed: str | None = None

    def load(self) -> StoredKey:
        stored = self._load()
        logs.register_secret(stored.key)
        return stored

    def _load(self) -> StoredKey:
        if self.fixed:
            return StoredKey(self.fixed, "demo")
        if self.env_key:
            return StoredKey(self.env_key, "env")
        if keychain_usable():
            # deferred as in keychain_usable: slow to import
            import keyring
            import keyring.errors

            try:
                value = keyring.get_password(SERVICE, ACCOUNT)
            except keyring.errors.KeyringError as exc:
                log.warning("keychain unavailable: %s", type(exc).__name__)
                value = None
            if value:
                return StoredKey(value, "keychain")
        try:
            value = self.fallback_file.read_text(encoding="utf-8").strip()
        except OSError:
            value = ""
        if value:
            return StoredKey(value, "file", insecure=True)
        return StoredKey(None, None)

    def save(self, key: str) -> StoredKey:
        """Store the key in the keychain, or in a file only this user can read."""
        if self.fixed:
            raise ValueError("this session's key cannot be replaced")
        key = key.strip()
        logs.register_secret(key)
        if keychain_usable():
            # deferred as in keychain_usable: slow to import
            import keyring
            import keyring.errors

            try:
                keyring.set_password(SERVICE, ACCOUNT, key)
                self.fallback_file.unlink(missing_ok=True)
                return StoredKey(key, "keychain")
            except keyring.errors.KeyringError as exc:
                log.warning(
                    "keychain refused the key (%s); using the fallback file", type(exc).__name__
                )
        _write_private(self.fallback_file, key)
        return StoredKey(key, "file", insecure=True)

    def delete(self) -> None:
        if self.fixed:
            raise ValueError("this session's key cannot be deleted")
        if keychain_usable():
            # deferred as in keychain_usable: slow to import
            import keyring
            import keyring.errors

            with contextlib.suppress(keyring.errors.KeyringError):
                keyring.delete_password(SERVICE, ACCOUNT)
        self.fallback_file.unlink(missing_ok=True)


def _write_private(path: Path, text: str) -> None:
    # Created 0600 from the first byte (O_EXCL), never chmod-ed afterwards, so
    # there is no moment when another user could read it.
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
