# Bodies of unannotated functions are not checked (only names are).


def plain(a, b):
    x: int = "not checked"
    a.anything()
    reveal_type(a)  # N: Revealed type is "Any"
    return a + b + undefined_here


def partly(a: int, b):
    return a + "checked"  # E: Unsupported operand types for + ("int" and "str")  [operator]


plain(1)  # E: Missing positional argument "b" in call to "plain"  [call-arg]
plain(1, 2, 3)  # E: Too many arguments for "plain"  [call-arg]
plain(1, 2).whatever
partly(1, 2).whatever
