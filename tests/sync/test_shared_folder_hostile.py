"""The shared folder as a hostile teammate and a careless user meet it: a folder every teammate
writes in, where names, links and files come and go while a store reads and writes there."""

from __future__ import annotations

import pytest

from gcen_desktop.sync.bundle_writer import partial_path

from .exchange_kit import close_all, team


@pytest.fixture
def pair(tmp_path):
    stores = team(tmp_path, 2)
    yield stores
    close_all(stores)


@pytest.mark.parametrize("encrypted", [False, True])
def test_a_link_at_the_name_a_bundle_is_written_under_does_not_write_through_it(pair, tmp_path, encrypted):
    """A store writes its bundle under a name of its own beside the target (`<name>.<host>.gcen-partial`,
    and `….inner` when it encrypts twice), then renames it: in a shared folder every teammate sees
    those names while it writes. A teammate puts a link there under that name, pointing at one of
    the user's files: the store overwrote that file with its bundle."""
    ana, ben = pair
    shared = tmp_path / "shared"
    shared.mkdir()
    thesis = tmp_path / "thesis.txt"
    thesis.write_bytes(b"years of work\n")
    target = shared / ana.own_bundle_name()
    ana.ws.create("note", {"title": "Visit"})
    if encrypted:
        partial_path(target).with_name(partial_path(target).name + ".inner").symlink_to(thesis)
        ana.export(target, recipients=[ben.keys.age_recipient], passphrase="correct horse")
    else:
        partial_path(target).symlink_to(thesis)
        ana.sync_folder_once(shared)
    assert thesis.read_bytes() == b"years of work\n"
    assert target.is_file() and not target.is_symlink()
