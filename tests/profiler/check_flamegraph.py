"""Runs programs of this folder under taipan's sampling profiler
(-X profile=FILE) and checks what it writes: the flame graph page is
well-formed HTML (every element closed in order, one JSON data block whose
tree adds up), the known hottest function is the widest frame and tops the
table on stderr, named threads get their own root and an awaited coroutine
is nested under the one awaiting it.

Usage: taipan tests/profiler/check_flamegraph.py TAIPAN
"""
import html.parser
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
VOID = {"meta", "input", "br", "img", "link", "hr"}
KIND_CODE = 2


class PageChecker(html.parser.HTMLParser):
    """Checks nesting and collects the profile's JSON block."""

    def __init__(self):
        super().__init__()
        self.open = []
        self.tags = set()
        self.data_blocks = []
        self.in_data = False
        self.doctype = False

    def handle_decl(self, decl):
        self.doctype = decl.lower() == "doctype html"

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        if tag in VOID:
            return
        self.open.append(tag)
        attrs = dict(attrs)
        if tag == "script" and attrs.get("type") == "application/json":
            assert attrs.get("id") == "profile-data", attrs
            self.in_data = True
            self.data_blocks.append("")

    def handle_endtag(self, tag):
        assert self.open and self.open[-1] == tag, f"</{tag}> closes {self.open[-1:]}"
        self.open.pop()
        self.in_data = False

    def handle_data(self, data):
        if self.in_data:
            self.data_blocks[-1] += data


def profile(program, directory):
    page = os.path.join(directory, os.path.basename(program) + ".html")
    run = subprocess.run([TAIPAN, "-X", "profile=" + page, os.path.join(HERE, program)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    with open(page, encoding="utf-8") as f:
        text = f.read()
    checker = PageChecker()
    checker.feed(text)
    checker.close()
    assert checker.doctype, "no <!DOCTYPE html>"
    assert not checker.open, f"unclosed: {checker.open}"
    assert {"html", "head", "title", "style", "body", "script"} <= checker.tags, checker.tags
    assert len(checker.data_blocks) == 1, "one JSON data block"
    assert "http://" not in text and "https://" not in text, "the page fetches nothing"
    data = json.loads(checker.data_blocks[0])
    check_tree(data)
    return data, run.stderr


def check_tree(data):
    functions = data["functions"]

    def walk(node):
        function, total, self_, children = node
        assert 0 <= function < len(functions)
        assert total == self_ + sum(c[1] for c in children), node[:3]
        widths = [c[1] for c in children]
        assert widths == sorted(widths, reverse=True), "children widest first"
        for c in children:
            walk(c)

    walk(data["tree"])
    assert data["tree"][1] > 0, "no samples"


def name(data, node):
    return data["functions"][node[0]][1]


def paths(data, node, prefix=()):
    """Every root-to-node path of names, with the node."""
    here = prefix + (name(data, node),)
    yield here, node
    for c in node[3]:
        yield from paths(data, c, here)


def check_hottest(directory):
    data, table = profile("hot.py", directory)
    frames = [(p, n) for p, n in paths(data, data["tree"]) if data["functions"][n[0]][0] == KIND_CODE]
    mains = [n for p, n in frames if p[-1] == "main"]
    assert len(mains) == 1, [p for p, n in frames if p[-1] == "main"]
    widest = max(mains[0][3], key=lambda c: c[1])
    assert name(data, widest) == "hot", [(name(data, c), c[1]) for c in mains[0][3]]
    # Wider than any frame that is not one of its callers.
    callers = {"<module>", "main"}
    others = [n[1] for p, n in frames if p[-1] not in callers and n is not widest]
    assert widest[1] > max(others), (widest[1], max(others))
    lines = table.splitlines()
    assert lines[0].startswith("taipan profile: "), lines[:2]
    assert lines[1].split() == ["self%", "self", "total%", "total", "function"], lines[1]
    assert lines[2].split()[4] == "hot" and lines[2].endswith("hot.py:6)"), lines[2]
    assert lines[-1].startswith("flame graph: "), lines[-1]


def check_threads_and_coroutines(directory):
    data, _ = profile("threads_coroutines.py", directory)
    threads = [name(data, c) for c in data["tree"][3]]
    assert "MainThread" in threads and "spinner" in threads, threads
    all_paths = [p for p, n in paths(data, data["tree"]) if len(p) > 2]
    assert any(p[1] == "spinner" and p[-2:] == ("spinner", "crunch") for p in all_paths), "spinner's stacks"
    assert any(p[1] == "MainThread" and p[-4:] == ("main", "outer", "inner", "crunch") for p in all_paths), \
        "the await chain main > outer > inner"


TAIPAN = sys.argv[1]
with tempfile.TemporaryDirectory() as directory:
    check_hottest(directory)
    check_threads_and_coroutines(directory)
print("flame graph checks passed")
