// _csv.writer: turns each row (an iterable of fields) into one record of
// text, quoting and escaping as the dialect says, and passes it to the
// file's write(). None is written as an empty field; other non-strings as str().
#include <string>

#include "modules/csv/csv.h"
#include "objects/float.h"
#include "objects/str.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan::csv {

Type writer_type;

namespace {

struct WriterObject : Object {
  Value write;    // the file's bound write method (owned)
  Value dialect;  // owned DialectObject
};

WriterObject* as_writer(Value v) { return v.as<WriterObject>(); }

// Whether a field of QUOTE_NONNUMERIC is a number (PyNumber_Check).
bool is_number(Value v) {
  Type* t = type_of(v);
  return t->number.index != nullptr || t->number.int_ != nullptr || t->number.float_ != nullptr ||
         type_is_subtype(t, &complex_type);
}

// One record being joined.
struct Record {
  const DialectObject* dialect = nullptr;
  StrBuilder text;
  int64_t fields = 0;
  int64_t length = 0;  // code points in text
};

bool in_lineterminator(const DialectObject* d, uint32_t c) {
  Str* terminator = d->lineterminator.as<Str>();
  for (int64_t i = 0; i < terminator->length; ++i) {
    if (str_char_at(terminator, i) == c) return true;
  }
  return false;
}

// Appends one field (null: None, an empty field). False with csv.Error set
// when a character needs an escape and there is no escapechar.
bool append_field(Record& rec, Str* field, bool quoted) {
  const DialectObject* d = rec.dialect;
  StrBuilder body;
  int64_t body_length = 0;
  for (int64_t i = 0; field != nullptr && i < field->length; ++i) {
    uint32_t c = str_char_at(field, i);
    if (c == d->delimiter || c == d->escapechar || c == d->quotechar || in_lineterminator(d, c)) {
      bool want_escape = false;
      if (d->quoting == kQuoteNone) {
        want_escape = true;
      } else {
        if (c == d->quotechar) {
          if (d->doublequote) {
            body.append(d->quotechar);
            ++body_length;
          } else {
            want_escape = true;
          }
        } else if (c == d->escapechar) {
          want_escape = true;
        }
        if (!want_escape) quoted = true;
      }
      if (want_escape) {
        if (d->escapechar == kNotSet) {
          raise(csv_error, "need to escape, but no escapechar set");
          return false;
        }
        body.append(d->escapechar);
        ++body_length;
      }
    }
    body.append(c);
    ++body_length;
  }
  if (rec.fields > 0) {
    rec.text.append(d->delimiter);
    ++rec.length;
  }
  Ref body_text = body.finish();
  if (!body_text) return false;
  if (quoted) rec.text.append(d->quotechar);
  rec.text.append(body_text.get().as<Str>());
  if (quoted) rec.text.append(d->quotechar);
  rec.length += body_length + (quoted ? 2 : 0);
  ++rec.fields;
  return true;
}

Ref writer_writerow(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arg_count("writerow", nargs, 1, 1) || !no_keywords("writerow", kwnames)) return nullptr;
  WriterObject* w = as_writer(self);
  const DialectObject* d = w->dialect.as<DialectObject>();
  Ref it = iter(args[0]);
  if (!it) {
    if (error_matches(exc::TypeError)) {
      clear_error();
      return raise(csv_error, std::string("iterable expected, not ") + type_name_of(args[0]));
    }
    return nullptr;
  }
  Record rec;
  rec.dialect = d;
  while (Ref field = next(it.get())) {
    bool quoted = d->quoting == kQuoteAll || (d->quoting == kQuoteNonNumeric && !is_number(field.get()));
    Ref text;
    if (is_str(field.get())) {
      text = field;
    } else if (!field.get().is_none()) {
      text = str(field.get());
      if (!text) return nullptr;
    }
    if (!append_field(rec, text ? text.get().as<Str>() : nullptr, quoted)) return nullptr;
  }
  if (error_occurred()) return nullptr;
  if (rec.fields > 0 && rec.length == 0) {
    // A record of one empty field would read back as no fields: quote it.
    if (d->quoting == kQuoteNone) return raise(csv_error, "single empty field record must be quoted");
    rec.fields = 0;
    if (!append_field(rec, nullptr, true)) return nullptr;
  }
  rec.text.append(d->lineterminator.as<Str>());
  Ref line = rec.text.finish();
  if (!line) return nullptr;
  return call(w->write, {line.get()});
}

Ref writer_writerows(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arg_count("writerows", nargs, 1, 1) || !no_keywords("writerows", kwnames)) return nullptr;
  Ref rows = iter(args[0]);
  if (!rows) return nullptr;
  while (Ref row = next(rows.get())) {
    Value one = row.get();
    if (!writer_writerow(self, &one, 1, nullptr)) return nullptr;
  }
  if (error_occurred()) return nullptr;
  return Ref::none();
}

void writer_clear(Object* self) {
  auto* w = static_cast<WriterObject*>(self);
  for (Value* slot : {&w->write, &w->dialect}) {
    Value old = *slot;
    *slot = Value();
    decref(old);
  }
}

void writer_dealloc(Object* self) {
  writer_clear(self);
  free_object(self);
}

void writer_traverse(Object* self, VisitFn visit, void* arg) {
  auto* w = static_cast<WriterObject*>(self);
  for (Value v : {w->write, w->dialect}) {
    if (!v.is_null()) visit(v, arg);
  }
}

Ref get_dialect(Value self) { return Ref::borrow(as_writer(self)->dialect); }

const MethodDef kWriterMethods[] = {
    {"writerow", writer_writerow, kMethodInstance, nullptr},
    {"writerows", writer_writerows, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kWriterGetSets[] = {
    {"dialect", get_dialect, readonly_attribute, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

Ref csv_writer(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!unpack_one_or_two(nargs)) return nullptr;
  Ref write = getattr_optional(args[0], intern("write"));
  if (!write && error_occurred()) return nullptr;
  if (!write || type_of(write.get())->call == nullptr) {
    return raise(exc::TypeError, "argument 1 must have a \"write\" method");
  }
  Ref dialect = make_dialect(nargs == 2 ? args[1] : Value(), args + nargs, kwnames);
  if (!dialect) return nullptr;
  auto* w = new_object<WriterObject>(&writer_type);
  if (w == nullptr) return nullptr;
  w->write = write.release();
  w->dialect = dialect.release();
  return Ref::steal(w);
}

int init_writer_type() {
  Type& t = writer_type;
  if (type_has_flag(&t, kTypeReady)) return 0;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = "_csv.writer";
  t.doc = "CSV writer\n\nWriter objects are responsible for generating tabular data\nin CSV format from sequence input.\n";
  t.basic_size = sizeof(WriterObject);
  t.flags = kTypeGC;
  t.base = &object_type;
  t.dealloc = writer_dealloc;
  t.traverse = writer_traverse;
  t.clear = writer_clear;
  t.methods = kWriterMethods;
  t.getsets = kWriterGetSets;
  return type_ready(&t);
}

}  // namespace taipan::csv
