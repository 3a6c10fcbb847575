# argparse: help output, subcommands, types, choices, mutually exclusive groups, and errors (exit status captured).
import argparse
import sys

p = argparse.ArgumentParser(prog="tool", description="A sample tool.", epilog="Bye.")
p.add_argument("paths", nargs="+", help="input files")
p.add_argument("-v", "--verbose", action="count", default=0)
p.add_argument("-n", "--num", type=int, default=3, metavar="N", help="how many (default: %(default)s)")
p.add_argument("--mode", choices=["fast", "slow"], default="fast")
p.add_argument("--flag", action="store_true")
p.add_argument("--no-x", dest="x", action="store_false")
p.add_argument("--add", action="append", type=float)
p.add_argument("--version", action="version", version="%(prog)s 1.0")
g = p.add_mutually_exclusive_group()
g.add_argument("--json", action="store_true")
g.add_argument("--csv", action="store_true")
p.print_help()
print(p.parse_args(["a", "b", "-vv", "-n", "5", "--add", "1.5", "--add", "2"]))
print(p.format_usage())


def attempt(args):
    try:
        p.parse_args(args)
    except SystemExit as e:
        print("exit", e.code)


sys.stderr = sys.stdout
attempt([])
attempt(["a", "-n", "x"])
attempt(["a", "--mode", "medium"])
attempt(["a", "--json", "--csv"])
attempt(["a", "--bogus"])
attempt(["--version"])
sub = argparse.ArgumentParser(prog="git")
sp = sub.add_subparsers(dest="cmd", required=True)
c = sp.add_parser("commit", help="record changes")
c.add_argument("-m", required=True)
sp.add_parser("push", help="upload")
print(sub.parse_args(["commit", "-m", "msg"]))
sub.print_help()
try:
    sub.parse_args(["commit"])
except SystemExit as e:
    print("exit", e.code)
print(sub.parse_known_args(["push", "--extra"]))
ns = argparse.Namespace(a=1)
print(ns, vars(ns), argparse.Namespace(a=1) == ns, "a" in ns)
