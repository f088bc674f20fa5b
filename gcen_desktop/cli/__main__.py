"""`python -m gcen_desktop.cli`: the same `gcen` command, for tests and machines without the entry point."""

import sys

from . import main

sys.exit(main())
