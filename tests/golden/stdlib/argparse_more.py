# argparse: subcommands, mutually exclusive groups, types and choices,
# nargs variants, actions (count, append_const, extend, BooleanOptional),
# defaults, help formatting and error exits captured.
import argparse
import contextlib
import io


def build():
    p = argparse.ArgumentParser(prog="tool", description="A demo tool.", epilog="Bye.",
                                formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
    p.add_argument("--color", action=argparse.BooleanOptionalAction, default=True)
    g = p.add_mutually_exclusive_group()
    g.add_argument("--json", action="store_const", const="json", dest="fmt")
    g.add_argument("--csv", action="store_const", const="csv", dest="fmt")
    sub = p.add_subparsers(dest="cmd", required=True, metavar="COMMAND")
    run = sub.add_parser("run", help="run things", aliases=["r"])
    run.add_argument("targets", nargs="+", metavar="T")
    run.add_argument("-j", "--jobs", type=int, choices=range(1, 5), default=1)
    run.add_argument("--env", action="append", type=lambda s: tuple(s.split("=", 1)), default=[])
    run.add_argument("--tag", action="extend", nargs="*", default=[])
    show = sub.add_parser("show", help="show one")
    show.add_argument("name", nargs="?", default="all")
    show.add_argument("--limit", type=float, required=False)
    show.add_argument("rest", nargs=argparse.REMAINDER)
    show.set_defaults(handler="show-handler")
    return p


p = build()
for argv in (["-vv", "--json", "run", "a", "b", "-j", "3", "--env", "X=1", "--env=Y=2", "--tag", "t1", "t2"],
             ["--no-color", "r", "x"],
             ["show"],
             ["--csv", "show", "item", "--limit", "2.5", "extra", "--flag"]):
    ns = p.parse_args(argv)
    print(sorted(vars(ns).items()))
ns, extra = p.parse_known_args(["run", "a", "--unknown", "1"])
print(ns.targets, extra)


def capture(argv):
    out, err = io.StringIO(), io.StringIO()
    code = None
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            build().parse_args(argv)
        except SystemExit as e:
            code = e.code
    return code, out.getvalue(), err.getvalue()


for argv in (["--help"], ["run", "--help"], ["--json", "--csv", "run", "a"], ["run"], ["run", "a", "-j", "9"],
             ["bogus"], [], ["show", "--limit", "abc"]):
    code, out, err = capture(argv)
    print("argv", argv, "exit", code)
    print(out, end="")
    print(err, end="")

q = argparse.ArgumentParser(prog="q", add_help=False, prefix_chars="+-", fromfile_prefix_chars="@",
                            allow_abbrev=False, exit_on_error=False)
q.add_argument("+x", type=int)
q.add_argument("--long-option", dest="lo")
try:
    q.parse_args(["+x", "nope"])
except argparse.ArgumentError as e:
    print("ArgumentError", e)
print(q.format_usage().strip(), q.parse_args(["--long-option", "v"]).lo)
print(argparse.Namespace(a=1) == argparse.Namespace(a=1), repr(argparse.Namespace(b=2, a=1)), "a" in argparse.Namespace(a=1))
