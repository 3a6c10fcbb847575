# code.InteractiveInterpreter/Console fed lines (incomplete input, errors,
# tracebacks to a captured stream), codeop's compile_command, and a cmd.Cmd
# shell driven from a script.
import cmd
import code
import codeop
import io
import sys

for src in ["x = 1", "if x:", "if x:\n    y = 2\n", "def f(:", "'''open", "1 +", "a = (1,\n2)"]:
    try:
        r = codeop.compile_command(src)
        print(repr(src), "complete" if r is not None else "incomplete", type(r).__name__)
    except SyntaxError as e:
        print(repr(src), "SyntaxError", e.msg)
print(codeop.compile_command("3 + 4", symbol="eval") is not None)
cc = codeop.CommandCompiler()
cc("from __future__ import annotations")
print(cc.compiler.flags & 0x1000000 != 0)


class Captured(code.InteractiveConsole):
    def __init__(self):
        super().__init__(locals={"__name__": "__console__"}, filename="<demo>")
        self.written = []

    def write(self, data):
        self.written.append(data)


con = Captured()
lines = ["a = 10", "def sq(n):", "    return n * n", "", "print(sq(a))", "1 / 0", "undefined_name",
         "for i in range(2):", "    print('loop', i)", "", "a ++ ", "raise SystemError('boom')", "sq(3)"]
out = io.StringIO()
saved = sys.stdout
sys.stdout = out
try:
    for line in lines:
        more = con.push(line)
        print("...", more)
finally:
    sys.stdout = saved
print(out.getvalue())
print("".join(con.written))
print(sorted(k for k in con.locals if not k.startswith("__")))

interp = code.InteractiveInterpreter()
print(interp.runsource("1 +"), interp.runsource("z = 5"), interp.locals["z"])


class Shell(cmd.Cmd):
    prompt = "(demo) "
    intro = "Welcome to the demo shell."
    doc_header = "Commands:"

    def __init__(self, stdin, stdout):
        super().__init__(stdin=stdin, stdout=stdout)
        self.use_rawinput = False
        self.items = []

    def do_add(self, arg):
        """add ITEM...: remember items"""
        self.items.extend(arg.split())

    def do_list(self, arg):
        """list: show items"""
        self.stdout.write(", ".join(self.items) + "\n")

    def complete_add(self, text, line, begidx, endidx):
        return [w for w in ("apple", "apricot", "banana") if w.startswith(text)]

    def do_quit(self, arg):
        """quit: leave"""
        self.stdout.write("bye\n")
        return True

    def default(self, line):
        self.stdout.write(f"unknown: {line!r}\n")

    def emptyline(self):
        self.stdout.write("(empty)\n")

    def precmd(self, line):
        return line.strip()

    def postcmd(self, stop, line):
        return stop


script = io.StringIO("add apple pear\nadd fig\nlist\n\nhelp\nhelp add\nfrobnicate 3\n?list\nquit\nlist\n")
sink = io.StringIO()
sh = Shell(script, sink)
sh.cmdloop()
print(sink.getvalue())
print(sh.completenames("li"), sh.complete_add("ap", "add ap", 4, 6), sh.parseline("add x y"), sh.parseline("!shell"))
sh.columnize(["one", "two", "three", "four", "five"], displaywidth=12)
print(sink.getvalue().splitlines()[-3:])
