print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], type[int])
alias = list[int]
print(alias.__origin__, alias.__args__, alias.__parameters__, type(alias).__name__)
print(alias == list[int], alias != list[str], hash(alias) == hash(list[int]))
print(alias(), alias([3, 1]), alias.append)
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
try:
    list[int][str]
except TypeError as e:
    print(e)
u = int | str
print(u, u.__args__, type(u).__name__, int | None, None | int, u | float)
print(int | int, (int | str) == (str | int), list[int] | None)
print(isinstance(1, u), isinstance(1.0, u), isinstance(None, int | None), issubclass(bool, int | str))
try:
    int | 1
except TypeError as e:
    print(e)
class Box:
    def __class_getitem__(cls, item):
        return f"Box of {item}"
print(Box[int], Box["x"])
class MyList(list[int]):
    pass
print(MyList.__mro__, MyList([1]))
def f(x: list[int] | None = None) -> dict[str, int]:
    return {}
print(f.__annotations__)
