# A class body sees its own names in order: one defined later (or only
# through self in a method) is looked up in the enclosing scopes.
G = 1


class C:
    print(attr)  # E: Name "attr" is not defined  [name-defined]
    attr = 1
    print(attr)
    print(G)
    G = "s"
    print(later_method)  # E: Name "later_method" is not defined  [name-defined]

    def later_method(self) -> None:
        self.inst = 1

    print(inst)  # E: Name "inst" is not defined  [name-defined]
    x = [attr for _ in range(2)]  # E: Name "attr" is not defined  [name-defined]


class D:
    def m(self) -> int:
        return self.v

    v = 3
