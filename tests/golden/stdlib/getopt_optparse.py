# getopt (short/long options, gnu_getopt, errors) and optparse (options,
# callbacks, groups, defaults, help text and errors).
import getopt
import optparse
import sys

args = ["-a", "-b", "val", "--long", "--opt=3", "file1", "-c", "file2"]
print(getopt.getopt(args, "ab:c", ["long", "opt="]))
print(getopt.gnu_getopt(args, "ab:c", ["long", "opt="]))
print(getopt.getopt(["--lo"], "", ["long", "other"]))
for bad in (["-x"], ["-b"], ["--nope"], ["--opt"], ["--long=1"], ["--o"]):
    try:
        getopt.getopt(bad, "ab:", ["long", "opt=", "other"])
    except getopt.GetoptError as e:
        print("GetoptError", e.msg, repr(e.opt))

def on_verbose(option, opt_str, value, parser, *args):
    parser.values.verbosity = getattr(parser.values, "verbosity", 0) + 1

parser = optparse.OptionParser(usage="%prog [options] files", prog="tool", version="%prog 1.2")
parser.add_option("-n", "--count", type="int", dest="count", default=1, help="how many [default: %default]")
parser.add_option("-o", "--output", metavar="FILE", help="write to FILE")
parser.add_option("-q", "--quiet", action="store_false", dest="verbose", default=True)
parser.add_option("-v", action="callback", callback=on_verbose, help="more output")
parser.add_option("--tag", action="append", dest="tags", default=[])
parser.add_option("--mode", type="choice", choices=["fast", "slow"], default="fast")
parser.add_option("--ratio", type="float")
parser.add_option("--pair", nargs=2, type="int")
group = optparse.OptionGroup(parser, "Debug", "Options for debugging.")
group.add_option("--trace", action="store_true")
parser.add_option_group(group)
opts, rest = parser.parse_args(["-n", "3", "-vv", "--tag=a", "--tag", "b", "-q", "--pair", "4", "5",
                                "--ratio=0.5", "x.txt", "--", "-y"])
print(sorted(vars(opts).items()), rest)
print(parser.get_usage().strip())
print(parser.format_help())
print(parser.get_option("--count").default, parser.has_option("-o"), parser.defaults["mode"])


class NoExit(optparse.OptionParser):
    def error(self, msg):
        raise ValueError(msg)


p2 = NoExit(prog="p2")
p2.add_option("-n", type="int")
p2.add_option("--mode", type="choice", choices=["a", "b"])
for argv in (["-n", "x"], ["--mode=c"], ["--nope"], ["-n"]):
    try:
        p2.parse_args(argv)
    except ValueError as e:
        print("error:", e)
try:
    p2.add_option("-n")
except optparse.OptionConflictError as e:
    print("conflict:", e)
try:
    optparse.make_option("--bad", action="explode")
except optparse.OptionError as e:
    print("OptionError:", e)
