# Class 5 of issue 10: compiling long elif chains. CPython's compiler raises
# RecursionError past its nesting limit and its parser MemoryError past its
# stack; neither may overflow the native stack.
def chain(n):
    return ('x = 5\nif x == 0: pass\n' + ''.join(f'elif x == {i}: y = {i}\n' for i in range(1, n)) +
            'else: y = -1\n')


for n in (1000, 4000, 50000):
    try:
        ns = {}
        exec(compile(chain(n), 'elif_chain', 'exec'), ns)
        print(n, 'ran', ns['y'])
    except (MemoryError, RecursionError) as e:
        print(n, type(e).__name__, e)
