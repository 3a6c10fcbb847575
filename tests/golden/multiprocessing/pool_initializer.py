# Pool initializer and initargs run once in each worker before any task.
from _mp import contexts

state = {"prefix": "unset"}


def setup(prefix):
    state["prefix"] = prefix


def tag(x):
    return f"{state['prefix']}{x}"


if __name__ == "__main__":
    for method, ctx in contexts():
        with ctx.Pool(2, initializer=setup, initargs=(method + "-",)) as pool:
            print(pool.map(tag, range(4)))
        print(state["prefix"])
