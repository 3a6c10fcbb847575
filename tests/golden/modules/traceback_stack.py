# traceback.print_stack / format_stack / extract_stack / walk_stack from
# nested calls, with limits and explicit frames.
import sys
import traceback


def level3():
    traceback.print_stack(file=sys.stdout)
    print("---")
    for line in traceback.format_stack(limit=2):
        print(line, end="")
    print("---")
    stack = traceback.extract_stack()
    print([(fs.name, fs.lineno) for fs in stack])
    print(stack[-1].line, stack[-1].colno)
    print([fs.name for fs in traceback.extract_stack(limit=1)])
    caller = sys._getframe(1)
    print([fs.name for fs in traceback.extract_stack(caller)])
    traceback.print_stack(caller, limit=1, file=sys.stdout)
    print([(f.f_code.co_name, lineno) for f, lineno in traceback.walk_stack(sys._getframe())])
    via_none = traceback.StackSummary.extract(traceback.walk_stack(None))
    print([fs.name for fs in via_none])


def level2():
    level3()


def level1():
    level2()


level1()

formatted = traceback.format_stack()
print(len(formatted), formatted[0].startswith('  File "'))
traceback.print_stack(file=sys.stdout)
