# bdb.Bdb subclassed directly (what pdb builds on): user_call, user_line,
# user_return and user_exception as the debugger steps, set_next over a
# call, set_return out of one, a conditional breakpoint with set_continue,
# get_stack's frames and format_stack_entry, and Breakpoint bookkeeping.
import bdb
import os


def helper(v):
    w = v + 1
    return w


def program(n):
    total = 0
    for i in range(n):
        total += helper(i)
    try:
        raise ValueError("inside")
    except ValueError:
        pass
    return total


class Recorder(bdb.Bdb):
    def __init__(self, plan):
        super().__init__()
        self.plan = list(plan)
        self.log = []

    def where(self, frame):
        return f"{frame.f_code.co_name}:{frame.f_lineno - program.__code__.co_firstlineno}"

    def act(self, frame):
        action = self.plan.pop(0) if self.plan else "continue"
        if action == "step":
            self.set_step()
        elif action == "next":
            self.set_next(frame)
        elif action == "return":
            self.set_return(frame)
        elif action == "stack":
            stack, index = self.get_stack(frame, None)
            self.log.append(("stack", [f.f_code.co_name for f, _ in stack[-3:]], index == len(stack) - 1))
            entry = self.format_stack_entry(stack[index])
            self.log.append(("entry", os.path.basename(entry.split("(")[0]), "program" in entry or "helper" in entry))
            self.set_step()
        else:
            self.set_continue()

    def user_call(self, frame, args):
        self.log.append(("call", self.where(frame)))
        self.act(frame)

    def user_line(self, frame):
        self.log.append(("line", self.where(frame)))
        self.act(frame)

    def user_return(self, frame, value):
        self.log.append(("return", self.where(frame), value))
        self.act(frame)

    def user_exception(self, frame, exc_info):
        self.log.append(("exception", self.where(frame), exc_info[0].__name__))
        self.act(frame)


plans = [
    ["step", "step", "step", "step", "step", "step", "stack", "next", "next", "continue"],
    ["step", "step", "step", "step", "return", "step", "next", "next", "continue"],
]
for plan in plans:
    dbg = Recorder(plan)
    result = dbg.runcall(program, 2)
    print("result", result)
    for entry in dbg.log:
        print("  ", entry)

dbg = Recorder([])
line = helper.__code__.co_firstlineno + 2
print(dbg.set_break(__file__, line, cond="v == 1"))
print(dbg.set_break(__file__, 1000))
bp = dbg.get_breaks(__file__, line)[0]
print(bp.number, bp.cond, bp.hits, bp.enabled, bp.temporary)
dbg.plan = ["continue"] * 10
dbg.log.clear()
dbg.runcall(program, 3)
print([e for e in dbg.log if e[0] == "line"])
print(bp.hits)
print(dbg.clear_break(__file__, line), dbg.clear_break(__file__, line))
bdb.Breakpoint.clearBreakpoints()
