"""pytest.raises (with match), pytest.warns and pytest.approx."""
import warnings

import pytest


def divide(a, b):
    return a / b


def test_raises():
    with pytest.raises(ZeroDivisionError):
        divide(1, 0)


def test_raises_match():
    with pytest.raises(ValueError, match=r"invalid literal .* 'x'"):
        int("x")


def test_raises_excinfo():
    with pytest.raises(KeyError) as excinfo:
        {}["missing"]
    assert excinfo.type is KeyError
    assert excinfo.value.args == ("missing",)


def test_raises_match_fails():
    with pytest.raises(ValueError, match="^something else$"):
        int("x")


def test_raises_not_raised():
    with pytest.raises(TypeError):
        divide(4, 2)


def test_raises_call_form():
    excinfo = pytest.raises(ZeroDivisionError, divide, 3, 0)
    assert "division by zero" in str(excinfo.value)


def test_warns():
    with pytest.warns(UserWarning, match="careful"):
        warnings.warn("be careful", UserWarning)


def test_approx_scalar():
    assert 0.1 + 0.2 == pytest.approx(0.3)


def test_approx_collections():
    assert [0.1 + 0.2, 0.2 + 0.4] == pytest.approx([0.3, 0.6])
    assert {"a": 1 / 3} == pytest.approx({"a": 0.3333333}, rel=1e-6)


def test_approx_fails():
    assert [1.0, 2.0, 3.0] == pytest.approx([1.0, 2.5, 3.0])


def test_unexpected_exception():
    data = {"key": 1}
    return data["other"]
