"""Find the message templates of the errors a user can cause, for the translation files and tests.

Every `UserError` (and subclass) and every `Phrase` is built from a literal template:
`raise UserError("There is no file %(path)s; ...", path=str(path))`. This module reads the
package's sources (no import, no Qt) and returns those templates, the `default` sentences of the
error classes, and every place that breaks the rule: a template built with an f-string, `+`,
`%` or `.format()`, or placeholders that do not match the parameters given.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "gcen_desktop"
CONTEXT = "Errors"  # the translation context of every template
PHRASE = "Phrase"
# Kept in step with gcen_desktop/domain/errors.py (a test checks that they agree).
PARAMETER = re.compile(r"%\(([A-Za-z_][A-Za-z_0-9]*)\)([sd])")


@dataclass
class Catalogue:
    """The templates found (each with where it is used) and the places that break the rule."""

    templates: dict[str, list[str]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    sites: int = 0  # calls that build an error or a phrase (a class's default counts once)

    def add(self, template: str, where: str) -> None:
        self.templates.setdefault(template, []).append(where)


def _name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _descendants(bases: dict[str, set[str]], roots: set[str]) -> set[str]:
    family = set(roots)
    while True:
        more = {name for name, parents in bases.items() if parents & family} - family
        if not more:
            return family
        family |= more


def _is_default(item: ast.stmt) -> bool:
    """`default = ...` in a class body: the sentence of an error raised without a template."""
    return isinstance(item, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "default" for t in item.targets)


def _super_inits(init: ast.FunctionDef) -> list[ast.Call]:
    """The `super().__init__(...)` calls of a constructor."""
    return [
        call
        for call in ast.walk(init)
        if isinstance(call, ast.Call)
        and isinstance(call.func, ast.Attribute)
        and call.func.attr == "__init__"
        and isinstance(call.func.value, ast.Call)
        and _name(call.func.value.func) == "super"
    ]


def _literal(node: ast.expr | None) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _tells_its_own(node: ast.ClassDef) -> bool:
    """A constructor that passes a literal template of its own on (its arguments are parameters)."""
    return any(
        isinstance(item, ast.FunctionDef)
        and item.name == "__init__"
        and any(call.args and _literal(call.args[0]) for call in _super_inits(item))
        for item in node.body
    )


@dataclass
class ErrorClasses:
    family: set[str]  # UserError and every class derived from it, however many steps away
    with_default: set[str]  # those with a `default` sentence: raised with a template or none
    self_told: set[str]  # those whose constructor supplies the template: raised without one


def error_classes(trees: dict[Path, ast.Module]) -> ErrorClasses:
    bases: dict[str, set[str]] = {}
    own_default: set[str] = set()
    own_init: set[str] = set()
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases.setdefault(node.name, set()).update(filter(None, map(_name, node.bases)))
                if any(map(_is_default, node.body)):
                    own_default.add(node.name)
                if _tells_its_own(node):
                    own_init.add(node.name)
    family = _descendants(bases, {"UserError"})
    return ErrorClasses(family, _descendants(bases, own_default & family), _descendants(bases, own_init & family))


def _what(node: ast.expr) -> str:
    if isinstance(node, ast.JoinedStr):
        return "an f-string"
    if isinstance(node, ast.BinOp):
        return "text joined with + or filled with %"
    if isinstance(node, ast.Call) and _name(node.func) == "format":
        return "str.format()"
    return f"a {type(node).__name__} expression, not a literal string"


def _check_call(call: ast.Call, where: str, catalogue: Catalogue, *, needs_template: bool) -> None:
    catalogue.sites += 1
    if not call.args:
        if needs_template:
            catalogue.problems.append(f"{where}: no template")
        return
    first = call.args[0]
    if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
        catalogue.problems.append(f"{where}: the template is {_what(first)}")
        return
    template = first.value
    catalogue.add(template, where)
    if any(k.arg is None for k in call.keywords):  # **params: checked where they are built
        return
    wanted = {name for name, _ in PARAMETER.findall(template)}
    given = {k.arg for k in call.keywords}
    if wanted != given:
        missing, unused = sorted(wanted - given), sorted(given - wanted)
        catalogue.problems.append(
            f"{where}: placeholders and parameters differ (no value for {missing}, unused {unused})"
        )


def scan(package: Path = PACKAGE) -> Catalogue:
    """Every template of the package, in file and line order."""
    trees = {
        path: ast.parse(path.read_text("utf-8"), str(path))
        for path in sorted(package.rglob("*.py"))
        if "__pycache__" not in path.parts
    }
    classes = error_classes(trees)
    catalogue = Catalogue()
    for path, tree in trees.items():
        relative = path.relative_to(package.parent).as_posix()
        found: list[tuple[int, ast.AST, str]] = []
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and node.name in classes.family:
                for item in node.body:
                    if _is_default(item):
                        found.append((item.lineno, item, "default"))
                    if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                        found += [(call.lineno, call, "super") for call in _super_inits(item)]
            elif isinstance(node, ast.Call) and _name(node.func) in classes.family | {PHRASE}:
                found.append((node.lineno, node, "call"))
        for line, node, kind in sorted(found, key=lambda f: f[0]):
            where = f"{relative}:{line}"
            if kind == "default":
                value = node.value
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    catalogue.add(value.value, where)
                    catalogue.sites += 1
                else:
                    catalogue.problems.append(f"{where}: the default sentence is {_what(value)}")
            elif kind == "super":
                # a constructor passing its own argument on is plumbing; a literal is a template
                if node.args and _literal(node.args[0]):
                    _check_call(node, where, catalogue, needs_template=True)
            elif _name(node.func) in classes.self_told:
                catalogue.sites += 1
            else:
                _check_call(node, where, catalogue, needs_template=_name(node.func) not in classes.with_default)
    return catalogue
