"""The developer scripts under scripts/ (translations, error templates) as modules, for the tests
that check them; each is loaded once per test process."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"


def load_script(name: str) -> Any:
    """scripts/<name>.py, imported as the module `gcen_<name>_script`."""
    module_name = f"gcen_{name}_script"
    if module_name in sys.modules:
        return sys.modules[module_name]
    spec = importlib.util.spec_from_file_location(module_name, SCRIPTS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module  # dataclasses look their module up while being created
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module
