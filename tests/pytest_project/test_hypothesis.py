"""hypothesis's @given under pytest, derandomized so the examples are the same
on every run."""
from hypothesis import given, settings, strategies as st

fixed = settings(derandomize=True, max_examples=50, deadline=None)


@fixed
@given(st.lists(st.integers()))
def test_sorting_is_idempotent(xs):
    assert sorted(sorted(xs)) == sorted(xs)


@fixed
@given(st.text(alphabet="abc", max_size=8), st.text(alphabet="abc", max_size=8))
def test_concatenation_length(a, b):
    assert len(a + b) == len(a) + len(b)


@fixed
@given(st.integers(min_value=0, max_value=1000))
def test_shrinks_to_smallest_counterexample(n):
    assert n < 500
