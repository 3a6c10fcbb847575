# Definitions of a stub read lazily (lazy_stubs_mod.pyi): overloads,
# versioned definitions, continued and bracketed lines, text that looks
# like a definition inside a string, abstract methods, nested classes and
# class bodies made of methods only.
from lazy_stubs_mod import TEXT, Box, OnlyMethods, Shape, Square, bracketed, continued, pick, uses_alias, versioned

reveal_type(pick(1))  # N: Revealed type is "builtins.int"
reveal_type(pick("a"))  # N: Revealed type is "builtins.str"
reveal_type(versioned(1))  # N: Revealed type is "builtins.int"
reveal_type(continued(1, 2))  # N: Revealed type is "builtins.int"
reveal_type(bracketed(1, "x"))  # N: Revealed type is "builtins.str"
Shape()  # E: Cannot instantiate abstract class "Shape" with abstract attribute "area"  [abstract]
s = Square(2.0)
reveal_type(s.area())  # N: Revealed type is "builtins.float"
reveal_type(s.name)  # N: Revealed type is "builtins.str"
reveal_type(Box(1).get())  # N: Revealed type is "builtins.int"
reveal_type(Box.Inner().size())  # N: Revealed type is "builtins.int"
reveal_type(Box("a").new_api())  # N: Revealed type is "builtins.int"
reveal_type(OnlyMethods().two())  # N: Revealed type is "builtins.str"
reveal_type(uses_alias(Box(3)))  # N: Revealed type is "builtins.bytes"
reveal_type(TEXT)  # N: Revealed type is "builtins.str"
OnlyMethods().three()  # E: "OnlyMethods" has no attribute "three"  [attr-defined]
pick(1.5)  # E: No overload variant of "pick" matches argument type "float"  [call-overload]
continued(1, "b")  # E: Argument 2 to "continued" has incompatible type "str"; expected "int"  [arg-type]
from lazy_stubs_mod import not_a_function  # E: Module "lazy_stubs_mod" has no attribute "not_a_function"  [attr-defined]
