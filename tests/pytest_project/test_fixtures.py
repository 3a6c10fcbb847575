"""Fixtures of every scope, yield fixtures, parametrized fixtures, tmp_path."""
import pytest


@pytest.fixture(scope="class")
def class_counter():
    return {"count": 0}


@pytest.fixture(params=[1, 2, 3], ids=["one", "two", "three"])
def number(request):
    return request.param


@pytest.fixture
def resource(module_resource, events):
    events.append("function setup")
    yield module_resource["name"] + "-fn"
    events.append("function teardown")


def test_session_fixture(events):
    assert events[0] == "session setup"


def test_yield_fixture(resource, events):
    assert resource == "module-fn"
    assert events[-1] == "function setup"


def test_teardown_ran(resource, events):
    assert "function teardown" in events


def test_number_is_positive(number):
    assert number > 0


def test_number_is_odd(number):
    assert number % 2 == 1


class TestClassScope:
    def test_first(self, class_counter):
        class_counter["count"] += 1
        assert class_counter["count"] == 1

    def test_second(self, class_counter):
        class_counter["count"] += 1
        assert class_counter["count"] == 2


def test_tmp_path(tmp_path):
    target = tmp_path / "sub" / "data.txt"
    target.parent.mkdir()
    target.write_text("payload")
    assert target.read_text() == "payload"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sub"]


def test_tmp_path_factory(tmp_path_factory):
    folder = tmp_path_factory.mktemp("made")
    assert folder.is_dir()
    assert folder.name.startswith("made")


def test_request_node(request):
    assert request.node.name == "test_request_node"
    assert ("autouse", "test_request_node") in request.node.user_properties


def test_option_fixture(flavour):
    assert flavour == "vanilla"


@pytest.mark.usefixtures("module_resource")
def test_usefixtures(events):
    assert "module setup" in events


def test_fixture_error(missing_fixture):
    pass
