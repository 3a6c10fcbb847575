"""parametrize: ids, stacking, pytest.param with marks, indirect fixtures, classes."""
import pytest


@pytest.mark.parametrize("word,length", [("a", 1), ("abc", 3), ("hello", 5)])
def test_length(word, length):
    assert len(word) == length


@pytest.mark.parametrize("x", [1, 2])
@pytest.mark.parametrize("y", [10, 20])
def test_stacked(x, y):
    assert x < y


@pytest.mark.parametrize("n,expected", [
    (2, 4),
    pytest.param(3, 10, id="wrong-square"),
    pytest.param(4, 17, marks=pytest.mark.xfail(reason="off by one")),
])
def test_square(n, expected):
    assert n * n == expected


@pytest.fixture
def doubled(request):
    return request.param * 2


@pytest.mark.parametrize("doubled", [5, 6], indirect=True)
def test_indirect(doubled):
    assert doubled % 2 == 0


@pytest.mark.parametrize("value", ["x", "y"])
class TestParamClass:
    def test_is_letter(self, value):
        assert value.isalpha()

    def test_is_x(self, value):
        assert value == "x"
