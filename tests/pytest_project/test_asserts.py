"""Assertion rewriting: passing asserts and failing ones whose introspected
explanations pytest prints."""
import dataclasses


def double(x):
    return 2 * x


@dataclasses.dataclass
class Point:
    x: int
    y: int


def test_simple_pass():
    assert double(2) == 4


def test_int_compare_fails():
    value = double(3)
    assert value == 7


def test_call_in_assert_fails():
    assert double(5) < double(2)


def test_string_diff_fails():
    assert "hello world" == "hello wordl"


def test_multiline_string_diff_fails():
    left = "one\ntwo\nthree\n"
    right = "one\n2\nthree\n"
    assert left == right


def test_dict_diff_fails():
    assert {"a": 1, "b": 2, "c": 3} == {"a": 1, "b": 5, "d": 4}


def test_set_diff_fails():
    assert {1, 2, 3} == {2, 3, 4}


def test_in_fails():
    items = ["apple", "pear"]
    assert "plum" in items


def test_boolop_fails():
    a, b = 1, 0
    assert a and b


def test_message_fails():
    n = 3
    assert n % 2 == 0, f"{n} is odd"


def test_dataclass_fails():
    assert Point(1, 2) == Point(1, 3)


def test_attribute_fails():
    p = Point(4, 5)
    assert p.x == p.y
