foo(a, [b,
  c)
