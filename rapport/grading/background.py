"""Work done in a thread beside the grading, timed, with its exception handed back on wait."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class InBackground:
    """Run ``work(*args)`` in a thread; :meth:`wait` waits for it and raises what it raised."""

    def __init__(self, work: Callable[..., None], *args: object) -> None:
        self.error: BaseException | None = None
        self.seconds = self.waited = 0.0  # how long the work took; how long wait() waited

        def run() -> None:
            began = time.monotonic()
            try:
                work(*args)
            except BaseException as exc:  # handed to the main thread by wait()
                self.error = exc
            self.seconds = time.monotonic() - began

        self.thread = threading.Thread(target=run, name="rapport-prepare")
        self.thread.start()

    def wait(self) -> None:
        """Wait for the work to finish; raise its exception, if it raised one."""
        began = time.monotonic()
        self.thread.join()
        self.waited = time.monotonic() - began
        if self.error is not None:
            raise self.error
