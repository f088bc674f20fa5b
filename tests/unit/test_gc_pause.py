"""The collector is held off while bundle work runs, nested or failing, and comes back after."""

from __future__ import annotations

import gc

import pytest

from gcen_desktop.services import gc_pause


def test_nested_pauses_resume_once_the_last_ends_even_after_an_error():
    assert gc.isenabled()

    @gc_pause.during
    def failing():
        assert not gc.isenabled()
        raise ValueError("the import failed")

    gc_pause.pause()  # a worker job
    with pytest.raises(ValueError):
        failing()  # the service call inside it
    assert not gc.isenabled()  # still the job's
    gc_pause.resume()
    assert gc.isenabled()


def test_a_collector_switched_off_before_stays_off():
    gc.disable()
    try:
        with gc_pause.paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
