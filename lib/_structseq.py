"""Named tuples with CPython's "struct sequence" behaviour (os.stat_result,
time.struct_time): the first n_sequence fields are the tuple's items, the
rest are attributes only; repr shows the tuple fields by name."""


def structseq(qualified_name, fields, n_sequence=None):
    """A tuple subclass named qualified_name ('module.Name') with the fields."""
    module, _, name = qualified_name.rpartition(".")
    fields = tuple(fields)
    n_sequence = len(fields) if n_sequence is None else n_sequence
    visible = fields[:n_sequence]

    def __new__(cls, sequence, dict=None):
        values = tuple(sequence)
        if not n_sequence <= len(values) <= len(fields):
            if n_sequence == len(fields):
                raise TypeError(f"{qualified_name}() takes a {n_sequence}-sequence "
                                f"({len(values)}-sequence given)")
            raise TypeError(f"{qualified_name}() takes an at least {n_sequence}-sequence "
                            f"({len(values)}-sequence given)")
        self = tuple.__new__(cls, values[:n_sequence])
        extra = list(values[n_sequence:])
        extra += [None] * (len(fields) - n_sequence - len(extra))
        if dict:
            for i, field in enumerate(fields[n_sequence:]):
                if field in dict:
                    extra[i] = dict[field]
        object.__setattr__(self, "_extra", tuple(extra))
        return self

    def __repr__(self):
        body = ", ".join(f"{f}={v!r}" for f, v in zip(visible, self))
        return f"{qualified_name}({body})"

    def __reduce__(self):
        return type(self), (tuple(self) + self._extra,)

    def __setattr__(self, name, value):
        raise AttributeError("readonly attribute")

    namespace = {"__new__": __new__, "__repr__": __repr__, "__reduce__": __reduce__,
                 "__setattr__": __setattr__, "__module__": module,
                 "n_sequence_fields": n_sequence, "n_fields": len(fields),
                 "n_unnamed_fields": 0, "__match_args__": visible}
    for i, field in enumerate(fields):
        if i < n_sequence:
            namespace[field] = property(lambda self, i=i: tuple.__getitem__(self, i))
        else:
            namespace[field] = property(lambda self, i=i - n_sequence: self._extra[i])
    cls = type(name, (tuple,), namespace)
    cls.__qualname__ = name
    return cls
