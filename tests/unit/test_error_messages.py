"""Errors a user can cause: a literal template at every raise site (so each one reaches the
translation files), the English sentence unchanged for the CLI, and the template and parameters
kept wherever the error travels."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from gcen_desktop.domain import errors
from gcen_desktop.domain.errors import NotFound, Phrase, UserError, ValidationError
from gcen_desktop.store.merge import RecordTypeMismatch
from gcen_desktop.sync.admission import ForeignWorkspace
from gcen_desktop.sync.errors import BundleCorrupt, BundleTruncated

from ..scripts import load_script

LAYERS = ("domain", "store", "sync", "interop", "services", "cli")
error_templates = load_script("error_templates")


# --- every raise site --------------------------------------------------------------------------


def test_every_user_error_is_raised_with_a_literal_template() -> None:
    """A new `raise UserError(f"...")` (or +, %, .format) fails here: it would stay English."""
    catalogue = error_templates.scan()
    assert not catalogue.problems, (
        "These errors build their message by hand, so it cannot be translated; pass a literal "
        "template and its parameters instead, e.g. UserError(\"There is no file %(path)s.\", path=str(path)):\n"
        + "\n".join(catalogue.problems)
    )
    layers = {where.split("/")[1] for places in catalogue.templates.values() for where in places}
    assert set(LAYERS) <= layers, f"no error templates found in {set(LAYERS) - layers}"
    assert len(catalogue.templates) > 200 and catalogue.sites > len(catalogue.templates)


def test_the_scan_names_each_way_of_building_a_message_by_hand(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "errors.py").write_text(
        "class UserError(Exception): ...\n"
        "class BundleError(UserError):\n"
        "    default = 'This bundle cannot be used.'\n"
        "class BundleGone(BundleError):\n"
        "    default = 'Gone ' + 'away.'\n"
        "class Odd(UserError):\n"
        "    def __init__(self, rec):\n"
        "        super().__init__('Record %(id)s is odd.', id=rec)\n"
    )
    (package / "raises.py").write_text(
        "from .errors import BundleError, Odd, UserError\n"
        "def f(path, n, e):\n"
        "    raise UserError(f'There is no file {path}.')\n"
        "    raise UserError('There is no file ' + str(path))\n"
        "    raise UserError('There are %d files' % n)\n"
        "    raise UserError('There is no file {}'.format(path))\n"
        "    raise UserError('There is no file %(path)s.', name=path)\n"
        "    raise UserError()\n"
        "    raise UserError('A plain sentence.')\n"
        "    raise BundleError()\n"
        "    raise BundleError('Bundle %(n)d is odd.', n=n)\n"
        "    raise Odd(n)\n"
        "    raise UserError('%(reason)s Add --as-copies.', reason=e)\n"
    )
    catalogue = error_templates.scan(package)
    problems = "\n".join(catalogue.problems)
    assert len(catalogue.problems) == 7, problems
    for line, what in [(3, "f-string"), (4, "joined with +"), (5, "filled with %"), (6, "str.format()"),
                       (7, "no value for ['path'], unused ['name']"), (8, "no template")]:
        assert f"raises.py:{line}: " in problems and what in problems, (line, what)
    assert "errors.py:5: the default sentence is text joined with +" in problems
    assert set(catalogue.templates) == {
        "This bundle cannot be used.", "Record %(id)s is odd.", "There is no file %(path)s.",
        "A plain sentence.", "Bundle %(n)d is odd.", "%(reason)s Add --as-copies.",
    }


def test_the_scan_and_the_errors_agree_on_what_a_placeholder_is() -> None:
    assert error_templates.PARAMETER.pattern == errors.PARAMETER.pattern


# --- the English sentence ------------------------------------------------------------------------


def test_the_english_sentence_is_the_template_filled_in() -> None:
    error = UserError("There is no file %(path)s; check the name and try again.", path="/tmp/x.gcen")
    assert str(error) == "There is no file /tmp/x.gcen; check the name and try again."
    assert error.template == "There is no file %(path)s; check the name and try again."
    assert error.params == {"path": "/tmp/x.gcen"}
    # %(n)d numbers get thousands separators (as the f"{n:,}" they replace); %(n)s ones do not
    counted = UserError("%(bad)s of %(total)s read; change %(n)d of %(limit)d.", bad=1234, total=5000, n=12345, limit=7)
    assert str(counted) == "1234 of 5000 read; change 12,345 of 7."
    # a plain message still works, % signs and all
    assert str(UserError("100% done; nothing to do.")) == "100% done; nothing to do."
    assert str(NotFound("No record has the id '%(id)s'.", id="abc")) == "No record has the id 'abc'."


def test_phrases_and_errors_given_as_parameters_are_written_in() -> None:
    reason = ValidationError("'%(field)s' must be a whole number.", field="year")
    line = BundleCorrupt(
        "Change %(n)d in this bundle %(problem)s; ask the sender to export it again.",
        n=1200,
        problem=Phrase("has a bad value: %(reason)s", reason=reason),
    )
    assert str(line) == (
        "Change 1,200 in this bundle has a bad value: 'year' must be a whole number.; "
        "ask the sender to export it again."
    )
    assert str(Phrase("%(shown)s and %(more)s more", shown="a; b", more=3)) == "a; b and 3 more"


def test_a_missing_parameter_leaves_its_placeholder_rather_than_failing() -> None:
    assert str(UserError("There is no file %(path)s.", name="x")) == "There is no file %(path)s."


def test_bundle_errors_have_a_default_sentence_and_take_a_template() -> None:
    assert str(BundleTruncated()) == BundleTruncated.default
    assert BundleTruncated().template == BundleTruncated.default and BundleTruncated().params == {}
    custom = BundleCorrupt("The file %(name)s inside this bundle is damaged.", name="'events.jsonl'")
    assert str(custom) == "The file 'events.jsonl' inside this bundle is damaged."


@pytest.mark.parametrize(
    "error",
    [
        UserError("Pick a version between 1 and %(count)d.", count=1500),
        BundleTruncated(),
        BundleCorrupt("Change %(n)d in this bundle %(problem)s.", n=3, problem=Phrase("is not valid (%(reason)s)", reason="x")),
        ForeignWorkspace("This bundle belongs to another workspace '%(name)s'.", "Seoul", name="Seoul"),
        RecordTypeMismatch("r1", "note", "goal"),
    ],
    ids=lambda e: type(e).__name__,
)
def test_an_error_keeps_its_template_and_parameters_across_processes(error: UserError) -> None:
    """The bundle reader's process sends its refusal back pickled; the app must still translate it."""
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert str(copy) == str(error)
    assert copy.template == error.template
    assert str(copy.params) == str(error.params)
    assert vars(copy).keys() == vars(error).keys()


def test_the_cli_adds_to_a_refusal_without_losing_it() -> None:
    refusal = ForeignWorkspace("This bundle belongs to another workspace, not to this one.", "")
    error = UserError("%(refusal)s To copy its records into this workspace, add --as-copies.", refusal=refusal)
    assert str(error) == (
        "This bundle belongs to another workspace, not to this one. To copy its records into this "
        "workspace, add --as-copies."
    )
    assert error.params["refusal"] is refusal
