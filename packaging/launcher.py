"""Entry point of the frozen build: one program, two names (`gcen-desktop` the app, `gcen` the CLI).

The build holds one executable, `gcen-desktop`, and `gcen` next to it: a symbolic link on Linux and
macOS, a second (console) executable on Windows, where a windowed program has no console for the
CLI to print to. The name the program was started under decides what it does.
"""

import multiprocessing
import os
import sys


def program_name(invoked_as: str) -> str:
    """`gcen` when started under that name (`gcen`, `/opt/x/gcen`, `gcen.exe`), else `gcen-desktop`.

    It looks at argv[0], not sys.executable: the bootloader resolves symbolic links in the latter.
    """
    stem = os.path.splitext(os.path.basename(invoked_as))[0].lower()
    return "gcen" if stem == "gcen" else "gcen-desktop"


def main() -> int:
    # A process started with "spawn" (joining from a large bundle reads it in one, on Windows or
    # when other threads run) re-runs this program: hand it over to multiprocessing first.
    multiprocessing.freeze_support()
    if program_name(sys.argv[0] if sys.argv else "") == "gcen":
        from gcen_desktop.cli import main as cli_main

        return cli_main(sys.argv[1:])
    from gcen_desktop.__main__ import main as gui_main

    return gui_main()


if __name__ == "__main__":
    sys.exit(main())
