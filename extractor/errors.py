"""Small named exceptions that carry the path and a short reason code."""

from __future__ import annotations


class ExtractorError(Exception):
    """Base class: `reason` is a short code stored in the `failures` table."""

    reason = "error"

    def __init__(self, path: str, message: str):
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


class EmptyFileError(ExtractorError):
    reason = "empty"


class UnsupportedFormatError(ExtractorError):
    reason = "unsupported"


class CorruptFileError(ExtractorError):
    reason = "corrupt"


class EncryptedFileError(ExtractorError):
    reason = "encrypted"


class NoTextError(ExtractorError):
    reason = "no_text"


class TooLargeError(ExtractorError):
    reason = "too_large"


class DecodeError(ExtractorError):
    reason = "encoding"


class DocumentTimeout(ExtractorError):
    reason = "timeout"


class ModelError(ExtractorError):
    """The trained model is missing, corrupted or not the one its card describes."""

    reason = "model"
