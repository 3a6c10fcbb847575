"""Output capture: capsys, capfd and the captured sections of a failing test."""
import os
import sys


def test_capsys(capsys):
    print("to stdout")
    print("to stderr", file=sys.stderr)
    captured = capsys.readouterr()
    assert captured.out == "to stdout\n"
    assert captured.err == "to stderr\n"


def test_capsys_twice(capsys):
    print("first")
    assert capsys.readouterr().out == "first\n"
    print("second")
    assert capsys.readouterr().out == "second\n"


def test_capfd(capfd):
    os.write(1, b"raw fd one\n")
    os.write(2, b"raw fd two\n")
    out, err = capfd.readouterr()
    assert out == "raw fd one\n"
    assert err == "raw fd two\n"


def test_output_of_failing_test():
    print("printed before failing")
    sys.stderr.write("an error line\n")
    assert 1 == 2
