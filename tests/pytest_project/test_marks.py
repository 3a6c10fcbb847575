"""Marks: skip, skipif, xfail (strict and not), skips inside tests, a custom marker."""
import sys

import pytest


@pytest.mark.skip(reason="not today")
def test_skipped():
    raise AssertionError("never runs")


@pytest.mark.skipif(sys.version_info < (3, 0), reason="needs Python 3")
def test_skipif_false():
    assert True


@pytest.mark.skipif(sys.platform == "linux", reason="not on linux")
def test_skipif_true():
    raise AssertionError("never runs")


@pytest.mark.xfail(reason="known bug")
def test_xfail_fails():
    assert 0.1 + 0.2 == 0.3


@pytest.mark.xfail(reason="fixed already")
def test_xfail_passes():
    assert True


@pytest.mark.xfail(strict=True, reason="must fail")
def test_xfail_strict_passes():
    assert True


@pytest.mark.xfail(raises=KeyError)
def test_xfail_wrong_exception():
    raise ValueError("not a key error")


def test_skip_inside():
    pytest.skip("decided at run time")


def test_importorskip():
    pytest.importorskip("module_that_does_not_exist_anywhere")


def test_slow_addition():
    assert sum(range(100)) == 4950


@pytest.mark.slow
def test_marked_slow():
    assert True
