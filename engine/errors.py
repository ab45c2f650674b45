"""Errors whose message is meant for the user, as one readable line."""


class IntonateError(Exception):
    """A problem the user can fix (bad input, unknown name); its message is shown as is."""


class UnknownVoiceError(IntonateError):
    """A voice id that is not installed."""


class AudioError(IntonateError):
    """Audio that cannot be read or written."""
