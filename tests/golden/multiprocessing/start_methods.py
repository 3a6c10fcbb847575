# Choosing start methods: the available ones, contexts, set_start_method
# refusing a second call, and an unknown method.
import multiprocessing as mp

if __name__ == "__main__":
    print(mp.get_all_start_methods(), mp.get_start_method(allow_none=True))
    for method in ("fork", "spawn", "forkserver"):
        ctx = mp.get_context(method)
        print(method, ctx.get_start_method(), type(ctx).__name__, ctx.Process.__name__)
    try:
        mp.get_context("threads")
    except ValueError as e:
        print("ValueError", e)
    mp.set_start_method("spawn")
    print(mp.get_start_method())
    try:
        mp.set_start_method("fork")
    except RuntimeError as e:
        print("RuntimeError", e)
    mp.set_start_method("forkserver", force=True)
    print(mp.get_start_method(), mp.get_context().get_start_method())
