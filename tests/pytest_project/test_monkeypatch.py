"""monkeypatch: attributes, environment, dictionaries, the working folder."""
import os
import sys

import pytest


class Config:
    level = "low"


def test_setattr(monkeypatch):
    monkeypatch.setattr(Config, "level", "high")
    assert Config.level == "high"


def test_setattr_restored():
    assert Config.level == "low"


def test_setenv(monkeypatch):
    monkeypatch.setenv("TAIPAN_SAMPLE_VAR", "42")
    assert os.environ["TAIPAN_SAMPLE_VAR"] == "42"
    monkeypatch.delenv("TAIPAN_SAMPLE_VAR")
    assert "TAIPAN_SAMPLE_VAR" not in os.environ


def test_setitem(monkeypatch):
    table = {"a": 1}
    monkeypatch.setitem(table, "a", 2)
    monkeypatch.setitem(table, "b", 3)
    assert table == {"a": 2, "b": 3}
    monkeypatch.undo()
    assert table == {"a": 1}


def test_chdir(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    assert os.getcwd() == str(tmp_path)


def test_syspath_prepend(monkeypatch, tmp_path):
    (tmp_path / "extra_module_xyz.py").write_text("VALUE = 7\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    import extra_module_xyz
    assert extra_module_xyz.VALUE == 7
    monkeypatch.delitem(sys.modules, "extra_module_xyz")


def test_setattr_by_string(monkeypatch):
    monkeypatch.setattr("os.sep", "!")
    assert os.sep == "!"
