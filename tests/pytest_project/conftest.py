"""Root conftest of the sample project: fixtures of every scope, a command-line
option, hooks and a plugin module loaded through pluggy."""
import collections

import pytest

pytest_plugins = ["plugin_tally"]

EVENTS = []


def pytest_addoption(parser):
    parser.addoption("--flavour", default="vanilla", help="ice cream flavour")


def pytest_report_header(config):
    return ["sample project: flavour=" + config.getoption("flavour")]


def pytest_terminal_summary(terminalreporter):
    # Every fixture's setup and teardown, session ones included, ran by now.
    counts = collections.Counter(EVENTS)
    terminalreporter.write_line(
        "fixture events: " + ", ".join(f"{event} x{counts[event]}" for event in sorted(counts)))


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "slow" in item.name:
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def events():
    EVENTS.append("session setup")
    yield EVENTS
    EVENTS.append("session teardown")


@pytest.fixture(scope="module")
def module_resource(events):
    events.append("module setup")
    yield {"name": "module"}
    events.append("module teardown")


@pytest.fixture
def flavour(request):
    return request.config.getoption("flavour")


@pytest.fixture(autouse=True)
def mark_autouse(request):
    request.node.user_properties.append(("autouse", request.node.name))
