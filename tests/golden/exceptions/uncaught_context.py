# Implicit chaining in an uncaught traceback.
def convert(text):
    try:
        return int(text)
    except ValueError:
        raise TypeError("not a number: " + text)


convert("abc")
