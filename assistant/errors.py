"""The exceptions VGPT raises for misconfiguration and bad input.

Findings about SQL are data (see ``assistant.validate``), never exceptions.
"""


class VgptError(Exception):
    """Base class: something the user can fix, with a message that says how.

    ``file`` and ``line`` name where the bad input is, when it is in a file.
    """

    def __init__(self, message: str, *, file: str | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.file = file
        self.line = line


class InputError(VgptError):
    """A file, argument or value the user gave cannot be used."""


class ConfigError(VgptError):
    """A setting is missing, misspelt or points at something that is not there."""


class CatalogError(VgptError):
    """The catalog artifact is missing, corrupt or of another schema version."""


class IndexStoreError(VgptError):
    """The vector index cannot be used as it is (other embedder, other version)."""


class BackendError(VgptError):
    """A model backend could not be loaded or reached."""
