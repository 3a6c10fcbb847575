// The built-in iterator types that are not tied to one container:
// enumerate, zip, map, filter, reversed, the sequence iterator that iter()
// makes for classes with only __getitem__, and iter(callable, sentinel)'s
// callable_iterator. The runtime exposes the first five as builtins.
#pragma once

#include "objects/type.h"

namespace taipan {

extern Type enumerate_type;
extern Type zip_type;
extern Type map_type;
extern Type filter_type;
extern Type reversed_type;
extern Type seq_iterator_type;       // "iterator"
extern Type callable_iterator_type;  // "callable_iterator"

// iter(obj) for an object without __iter__ but with __getitem__.
Ref seq_iter_new(Value seq);
// iter(callable, sentinel).
Ref callable_iter_new(Value callable, Value sentinel);
// reversed(seq): __reversed__, or the __len__/__getitem__ protocol.
Ref reversed_new(Value seq);

// The __iter__ slot of every iterator: returns a new reference to self.
Ref iter_self(Value self);

int init_iterator_types();

}  // namespace taipan
