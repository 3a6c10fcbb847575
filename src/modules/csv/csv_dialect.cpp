// _csv.Dialect: the formatting options of a reader or writer, each checked
// as CPython's dialect_new checks it. Options not given are read from the
// `dialect` argument (a registered name, a Dialect, or any object with those
// attributes, such as a csv.Dialect subclass); a Dialect passed alone is
// returned as it is.
#include <string>
#include <vector>

#include "modules/csv/csv.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan::csv {

Type dialect_type;

namespace {

enum Option { kDialect, kDelimiter, kDoublequote, kEscapechar, kLineterminator, kQuotechar, kQuoting,
              kSkipinitialspace, kStrict, kOptionCount };

const char* const kOptionNames[kOptionCount] = {"dialect", "delimiter", "doublequote", "escapechar",
                                               "lineterminator", "quotechar", "quoting",
                                               "skipinitialspace", "strict"};

DialectObject* as_dialect(Value v) { return v.as<DialectObject>(); }

// PyArg_ParseTupleAndKeywords("|OOOOOOOOO") without a function name: every
// option by position or by name, borrowed into out (null: not given).
bool parse_options(const Value* args, size_t nargs, Tuple* kwnames, Value* out) {
  if (nargs > kOptionCount) {
    raise(exc::TypeError, "function takes at most 9 arguments (" + std::to_string(nargs) + " given)");
    return false;
  }
  for (size_t i = 0; i < nargs; ++i) out[i] = args[i];
  int64_t nkw = kwnames == nullptr ? 0 : kwnames->size;
  for (int64_t k = 0; k < nkw; ++k) {
    Str* name = kwnames->items[k].as<Str>();
    std::string_view text = str_utf8(name);
    int found = -1;
    for (int i = 0; i < kOptionCount; ++i) {
      if (text == kOptionNames[i]) found = i;
    }
    if (found < 0) {
      raise(exc::TypeError, "'" + std::string(text) + "' is an invalid keyword argument for this function");
      return false;
    }
    if (static_cast<size_t>(found) < nargs) {
      raise(exc::TypeError, "argument for function given by name ('" + std::string(text) +
                                "') and position (" + std::to_string(found + 1) + ")");
      return false;
    }
    out[found] = args[nargs + k];
  }
  return true;
}

// A one-character option; `or_none` allows None (stored as kNotSet).
bool set_char(const char* name, uint32_t* target, Value src, uint32_t dflt, bool or_none) {
  if (src.is_null()) {
    *target = dflt;
    return true;
  }
  if (or_none && src.is_none()) {
    *target = kNotSet;
    return true;
  }
  if (!is_str(src)) {
    raise(exc::TypeError, std::string("\"") + name + "\" must be string" + (or_none ? " or None" : "") +
                              ", not " + type_name_of(src));
    return false;
  }
  Str* s = src.as<Str>();
  if (s->length != 1) {
    raise(exc::TypeError, std::string("\"") + name + "\" must be a 1-character string");
    return false;
  }
  *target = str_char_at(s, 0);
  return true;
}

bool set_bool(bool* target, Value src, bool dflt) {
  if (src.is_null()) {
    *target = dflt;
    return true;
  }
  int truth = is_true(src);
  if (truth < 0) return false;
  *target = truth != 0;
  return true;
}

bool set_quoting(int* target, Value src) {
  if (src.is_null()) {
    *target = kQuoteMinimal;
    return true;
  }
  if (!is_exact_int(src)) {
    raise(exc::TypeError, "\"quoting\" must be an integer");
    return false;
  }
  int64_t v = as_int64(src);
  if ((v == -1 && error_occurred()) || v < INT32_MIN || v > INT32_MAX) {
    if (!error_occurred() || error_matches(exc::OverflowError)) {
      clear_error();
      raise(exc::OverflowError, "Python int too large to convert to C int");
    }
    return false;
  }
  *target = static_cast<int>(v);
  return true;
}

// lineterminator: a str, or None (then refused as unset).
bool set_lineterminator(Value* target, Value src) {
  if (src.is_null()) {
    Ref crlf = str_from_utf8("\r\n");
    if (!crlf) return false;
    *target = crlf.release();
    return true;
  }
  if (src.is_none()) return true;
  if (!is_str(src)) {
    raise(exc::TypeError, "\"lineterminator\" must be a string");
    return false;
  }
  incref(src);
  *target = src;
  return true;
}

Ref dialect_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  Value given[kOptionCount];
  if (!parse_options(args, nargs, kwnames, given)) return nullptr;
  Ref base;
  if (!given[kDialect].is_null()) {
    if (is_str(given[kDialect])) {
      base = dict_subscript(Value::object(dialect_registry), given[kDialect]);
      if (!base) {
        if (!error_matches(exc::KeyError)) return nullptr;
        clear_error();
        return raise(csv_error, "unknown dialect");
      }
    } else {
      base = Ref::borrow(given[kDialect]);
    }
    bool alone = true;
    for (int i = kDelimiter; i < kOptionCount; ++i) alone = alone && given[i].is_null();
    if (alone && type_is_subtype(type_of(base.get()), &dialect_type)) return base;
  }
  // Options not given come from the base dialect's attributes, where it has them.
  Ref inherited[kOptionCount];
  if (base) {
    for (int i = kDelimiter; i < kOptionCount; ++i) {
      if (!given[i].is_null()) continue;
      inherited[i] = getattr_optional(base.get(), intern(kOptionNames[i]));
      if (!inherited[i] && error_occurred()) return nullptr;
      given[i] = inherited[i].get();
    }
  }
  auto* d = new_object<DialectObject>(type, static_cast<size_t>(type->basic_size));
  if (d == nullptr) return nullptr;
  Ref self = Ref::steal(d);
  if (!set_char("delimiter", &d->delimiter, given[kDelimiter], ',', false) ||
      !set_bool(&d->doublequote, given[kDoublequote], true) ||
      !set_char("escapechar", &d->escapechar, given[kEscapechar], kNotSet, true) ||
      !set_lineterminator(&d->lineterminator, given[kLineterminator]) ||
      !set_char("quotechar", &d->quotechar, given[kQuotechar], '"', true) ||
      !set_quoting(&d->quoting, given[kQuoting]) || !set_bool(&d->skipinitialspace, given[kSkipinitialspace], false) ||
      !set_bool(&d->strict, given[kStrict], false)) {
    return nullptr;
  }
  if (d->quoting < kQuoteMinimal || d->quoting > kQuoteNone) return raise(exc::TypeError, "bad \"quoting\" value");
  if (d->delimiter == kNotSet) return raise(exc::TypeError, "\"delimiter\" must be a 1-character string");
  if (!given[kQuotechar].is_null() && given[kQuotechar].is_none() && given[kQuoting].is_null()) {
    d->quoting = kQuoteNone;
  }
  if (d->quoting != kQuoteNone && d->quotechar == kNotSet) {
    return raise(exc::TypeError, "quotechar must be set if quoting enabled");
  }
  if (d->lineterminator.is_null()) return raise(exc::TypeError, "lineterminator must be set");
  return self;
}

void dialect_dealloc(Object* self) {
  decref(static_cast<DialectObject*>(self)->lineterminator);
  free_object(self);
}

Ref char_or_none(uint32_t c) { return c == kNotSet ? Ref::none() : str_from_char(c); }

Ref get_delimiter(Value self) { return str_from_char(as_dialect(self)->delimiter); }
Ref get_quotechar(Value self) { return char_or_none(as_dialect(self)->quotechar); }
Ref get_escapechar(Value self) { return char_or_none(as_dialect(self)->escapechar); }
Ref get_lineterminator(Value self) { return Ref::borrow(as_dialect(self)->lineterminator); }
Ref get_quoting(Value self) { return Ref::small_int(as_dialect(self)->quoting); }
Ref get_doublequote(Value self) { return Ref::boolean(as_dialect(self)->doublequote); }
Ref get_skipinitialspace(Value self) { return Ref::boolean(as_dialect(self)->skipinitialspace); }
Ref get_strict(Value self) { return Ref::boolean(as_dialect(self)->strict); }

const GetSetDef kDialectGetSets[] = {
    {"delimiter", get_delimiter, nullptr, nullptr},
    {"doublequote", get_doublequote, nullptr, nullptr},
    {"escapechar", get_escapechar, nullptr, nullptr},
    {"lineterminator", get_lineterminator, nullptr, nullptr},
    {"quotechar", get_quotechar, nullptr, nullptr},
    {"quoting", get_quoting, nullptr, nullptr},
    {"skipinitialspace", get_skipinitialspace, nullptr, nullptr},
    {"strict", get_strict, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

Ref make_dialect(Value dialect, const Value* kwargs, Tuple* kwnames) {
  int64_t nkw = kwnames == nullptr ? 0 : kwnames->size;
  std::vector<Value> args;
  args.reserve(static_cast<size_t>(nkw) + 1);
  if (!dialect.is_null()) args.push_back(dialect);
  for (int64_t k = 0; k < nkw; ++k) args.push_back(kwargs[k]);
  return call(Value::object(&dialect_type), args.data(), dialect.is_null() ? 0 : 1, kwnames);
}

int init_dialect_type() {
  Type& t = dialect_type;
  if (type_has_flag(&t, kTypeReady)) return 0;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = "_csv.Dialect";
  t.doc = "CSV dialect\n\nThe Dialect type records CSV parsing and generation options.\n";
  t.basic_size = sizeof(DialectObject);
  t.flags = kTypeBaseType;
  t.base = &object_type;
  t.new_ = dialect_new;
  t.dealloc = dialect_dealloc;
  t.getsets = kDialectGetSets;
  return type_ready(&t);
}

}  // namespace taipan::csv
