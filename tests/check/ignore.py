# `# type: ignore` with and without error codes.
x: int = "a"  # type: ignore
y: int = "a"  # type: ignore[assignment]
z: int = "a"  # type: ignore[arg-type]  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
undefined_name  # type: ignore[name-defined]
undefined_name + 1  # type: ignore[attr-defined]  # E: Name "undefined_name" is not defined  [name-defined]
w: str = 1  # E: Incompatible types in assignment (expression has type "int", variable has type "str")  [assignment]
