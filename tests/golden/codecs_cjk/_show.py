# Helpers shared by the CJK codec goldens: run a call and print its result
# or the exception with its positions and reason.
def show(label, f):
    try:
        r = f()
    except UnicodeError as e:
        print(label, type(e).__name__, getattr(e, "encoding", None), getattr(e, "start", None),
              getattr(e, "end", None), getattr(e, "reason", None))
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, repr(r))


def roundtrip(name, text):
    data = text.encode(name)
    back = data.decode(name)
    print(name, repr(text), data, back == text)
