"""The one exception for errors a user fixes: configuration, environment, input.

Raise :class:`UserError` with a message that says what is wrong and what to
do; ``voc`` prints it as one line on stderr and exits with its ``exit_code``
(2 unless told), without a traceback (``--debug`` shows it). Any package may
raise it: this module imports nothing of the project.
"""

from __future__ import annotations

#: Exit codes of every ``voc`` command (README, "Exit codes").
EXIT_OK = 0
EXIT_PARTIAL = 1  # done, but some input was rejected or a check failed
EXIT_USER = 2  # usage, configuration or environment error: fix it and rerun
EXIT_BUG = 3  # an unexpected error: rerun with --debug and report it
EXIT_INTERRUPTED = 130


class UserError(Exception):
    """A problem the user can fix; ``str(error)`` is the one line they see."""

    def __init__(self, message: str, exit_code: int = EXIT_USER) -> None:
        super().__init__(message)
        self.exit_code = exit_code
