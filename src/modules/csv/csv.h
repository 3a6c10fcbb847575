// The `_csv` module under CPython's csv.py: dialects (the validated set of
// formatting options), the reader (a state machine over the characters of
// each line) and the writer (quoting and escaping fields into one record).
// Shared here: the Dialect object, the module's exception and its state.
#pragma once

#include <cstdint>

#include "objects/dict.h"
#include "objects/type.h"

namespace taipan::csv {

// The four quoting styles, CPython's QUOTE_* values.
enum Quoting : int { kQuoteMinimal = 0, kQuoteAll = 1, kQuoteNonNumeric = 2, kQuoteNone = 3 };

// A character option that is unset (escapechar, quotechar None).
constexpr uint32_t kNotSet = 0xFFFFFFFF;

struct DialectObject : Object {
  uint32_t delimiter;
  uint32_t quotechar;   // kNotSet: None
  uint32_t escapechar;  // kNotSet: None
  Value lineterminator; // a str (owned)
  int quoting;
  bool doublequote;
  bool skipinitialspace;
  bool strict;
};

extern Type dialect_type;
extern Type reader_type;
extern Type writer_type;
extern Type* csv_error;        // _csv.Error
extern Dict* dialect_registry; // _csv._dialects (name -> Dialect)
extern int64_t field_limit;    // field_size_limit()

int init_dialect_type();
int init_reader_type();
int init_writer_type();

// Dialect(dialect, **keywords) as reader(), writer() and register_dialect()
// make it: `dialect` (null when not given) then the keyword arguments
// args[0..count(kwnames)) named by kwnames.
Ref make_dialect(Value dialect, const Value* kwargs, Tuple* kwnames);

// The module functions reader(csvfile, dialect='excel', **fmtparams) and
// writer(fileobj, dialect='excel', **fmtparams).
Ref csv_reader(Value module, const Value* args, size_t nargs, Tuple* kwnames);
Ref csv_writer(Value module, const Value* args, size_t nargs, Tuple* kwnames);

// The setter of the reader's and writer's read-only attributes.
int readonly_attribute(Value self, Value v);

// The positional part of reader()/writer()/register_dialect(): one or two
// arguments, with PyArg_UnpackTuple's message otherwise. False with TypeError.
bool unpack_one_or_two(size_t nargs);

}  // namespace taipan::csv
