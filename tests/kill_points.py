"""Killing a process that writes a file at a chosen point of the write, not after a guessed delay.

The child script calls ``stop_at_kill_point()`` just before it writes. That wraps one ``os``
function (``fsync``, ``chmod``, ``link``, ``replace``; ``fdopen`` to stop half-way through
writing the temporary file) so that its n-th call, before or after doing its work, says so on
stdout and then waits to be killed. ``kill_at`` starts the child, waits for that line and kills
it with SIGKILL: the write is interrupted exactly there, on any machine at any load.
"""

from __future__ import annotations

import signal
import subprocess
import sys

_HOOK = '''
import os
import sys
import time


def stop_at_kill_point():
    name, nth, when = sys.argv[-3], int(sys.argv[-2]), sys.argv[-1]
    real, calls = getattr(os, name), [0]

    def stop():
        print("stopped", name, nth, when, flush=True)
        while True:
            time.sleep(60)

    class HalfWriter:
        """A file that writes half of what it is given, then stops."""

        def __init__(self, file):
            self.file = file

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.file.close()

        def write(self, data):
            self.file.write(data[: len(data) // 2])
            self.file.flush()
            stop()

    def hooked(*args, **kwargs):
        calls[0] += 1
        if calls[0] == nth and when == "before":
            stop()
        result = real(*args, **kwargs)
        if calls[0] == nth and when == "during":
            return HalfWriter(result)
        if calls[0] == nth and when == "after":
            stop()
        return result

    setattr(os, name, hooked)
'''


def kill_at(script: str, args: list[str], point: tuple[str, int, str]) -> str:
    """Run ``script`` with ``args`` until it reaches ``point`` (os function, n-th call,
    "before", "after" or "during"), kill it there; returns what it wrote on stdout."""
    name, nth, when = point
    proc = subprocess.Popen([sys.executable, "-c", _HOOK + script, *args, name, str(nth), when],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stderr is not None
    line = proc.stdout.readline()  # blocks until the child stops at the point, or ends
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    out = line + proc.stdout.read()
    assert line == f"stopped {name} {nth} {when}\n", f"never reached {point}: {out}{proc.stderr.read()}"
    proc.stdout.close()
    proc.stderr.close()
    return out
