"""Length-prefixed JSON messages between the grader and the process that runs student code."""

from __future__ import annotations

import json
import os
import select
import struct
import tempfile
import time

HEADER = struct.Struct(">Q")
MAX_MESSAGE_BYTES = 256 * 1024 * 1024


class ChannelClosed(EOFError):
    """The other side closed its end (for the grader: the student process died)."""


class ChannelTimeout(TimeoutError):
    """No complete message arrived before the deadline."""


class MalformedMessage(ValueError):
    """A message that is too large or not JSON."""


def send(fd: int, message: dict) -> None:
    """Write one message (blocking)."""
    payload = json.dumps(message, separators=(",", ":"), allow_nan=False).encode("utf-8")
    data = HEADER.pack(len(payload)) + payload
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def message_file(message: dict) -> int:
    """A file holding one message's JSON, positioned at its start: its descriptor, to be handed to one process."""
    payload = json.dumps(message, separators=(",", ":"), allow_nan=False).encode("utf-8")
    try:
        fd = os.memfd_create("message", os.MFD_CLOEXEC)
    except (AttributeError, OSError):  # no memfd: an unnamed temporary file
        with tempfile.TemporaryFile() as scratch:
            fd = os.dup(scratch.fileno())
    view = memoryview(payload)
    while view:
        view = view[os.write(fd, view):]
    os.lseek(fd, 0, os.SEEK_SET)
    return fd


def receive(fd: int, deadline: float | None = None) -> dict:
    """Read one message; with a deadline (time.monotonic()), raise ChannelTimeout past it."""
    header = _read_exactly(fd, HEADER.size, deadline)
    (length,) = HEADER.unpack(header)
    if length > MAX_MESSAGE_BYTES:
        raise MalformedMessage(f"message of {length} bytes is too large")
    return decode(_read_exactly(fd, length, deadline))


class Reader:
    """Reads messages from one fd through a buffer: a burst of small messages costs one wake-up, not two each.

    pause: seconds to let messages gather before waiting for more (with a deadline only). A writer
    sending many small messages in quick succession then wakes the reader a few times, not once per
    message; a message arrives at most pause late.
    """

    def __init__(self, fd: int, pause: float = 0.0):
        self.fd, self.pause = fd, pause
        self._buffer = bytearray()

    def receive(self, deadline: float | None = None) -> dict:
        """The next message; with a deadline (time.monotonic()), raise ChannelTimeout past it."""
        return decode(self.receive_payload(deadline))

    def receive_payload(self, deadline: float | None = None) -> bytes:
        """The next message's bytes, not yet decoded (see decode)."""
        while True:
            if len(self._buffer) >= HEADER.size:
                (length,) = HEADER.unpack_from(self._buffer)
                if length > MAX_MESSAGE_BYTES:
                    raise MalformedMessage(f"message of {length} bytes is too large")
                end = HEADER.size + length
                if len(self._buffer) >= end:
                    payload = bytes(self._buffer[HEADER.size:end])
                    del self._buffer[:end]
                    return payload
            if deadline is not None:
                if self.pause:
                    time.sleep(max(0.0, min(self.pause, deadline - time.monotonic())))
                if not select.select([self.fd], [], [], max(deadline - time.monotonic(), 0.0))[0]:
                    raise ChannelTimeout()  # (a message that came in time is read even if the deadline has passed)
            chunk = os.read(self.fd, 1 << 20)
            if not chunk:
                raise ChannelClosed()
            self._buffer += chunk


def decode(payload: bytes) -> dict:
    """A message from its bytes (raises MalformedMessage)."""
    try:
        message = json.loads(payload.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise MalformedMessage(f"message is not JSON: {exc}") from None
    except (RecursionError, ValueError, MemoryError) as exc:  # nested too deeply, an integer too long, too big
        raise MalformedMessage(f"message cannot be read: {type(exc).__name__}") from None
    if not isinstance(message, dict):
        raise MalformedMessage("message is not a JSON object")
    return message


def _read_exactly(fd: int, size: int, deadline: float | None) -> bytes:
    chunks = []
    remaining = size
    while remaining:
        if deadline is not None:
            wait = deadline - time.monotonic()
            if wait <= 0 or not select.select([fd], [], [], wait)[0]:
                raise ChannelTimeout()
        chunk = os.read(fd, min(remaining, 1 << 20))
        if not chunk:
            raise ChannelClosed()
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)
