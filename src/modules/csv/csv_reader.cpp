// _csv.reader: splits the lines an iterator yields into lists of fields.
// Each character goes through CPython's parser state machine; a record may
// span several lines (a quoted field with a newline), and the end of each
// line is fed to it as the pseudo-character kEndOfLine.
#include <string>
#include <vector>

#include "modules/csv/csv.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan::csv {

Type reader_type;

namespace {

constexpr uint32_t kEndOfLine = 0xFFFFFFFE;

enum class State {
  StartRecord, StartField, EscapedChar, InField, InQuotedField, EscapeInQuotedField,
  QuoteInQuotedField, EatCrNl, AfterEscapedCrNl,
};

struct ReaderObject : Object {
  Value input_iter;  // owned
  Value dialect;     // owned DialectObject
  Value fields;      // the record being built: an owned list, or null
  std::vector<uint32_t>* field;  // owned: the field being built
  State state;
  bool numeric_field;  // QUOTE_NONNUMERIC: the unquoted field becomes a float
  int64_t line_num;
};

ReaderObject* as_reader(Value v) { return v.as<ReaderObject>(); }

bool reset_record(ReaderObject* r) {
  List* fields = list_new(0);
  if (fields == nullptr) return false;
  Value old = r->fields;
  r->fields = Value::object(fields);
  decref(old);
  r->field->clear();
  r->state = State::StartRecord;
  r->numeric_field = false;
  return true;
}

bool save_field(ReaderObject* r) {
  Ref field = str_from_code_points(r->field->data(), static_cast<int64_t>(r->field->size()));
  if (!field) return false;
  r->field->clear();
  if (r->numeric_field) {
    r->numeric_field = false;
    field = call(Value::object(&float_type), {field.get()});
    if (!field) return false;
  }
  return list_append(r->fields.as<List>(), field.get()) == 0;
}

bool add_char(ReaderObject* r, uint32_t c) {
  if (static_cast<int64_t>(r->field->size()) >= field_limit) {
    raise(csv_error, "field larger than field limit (" + std::to_string(field_limit) + ")");
    return false;
  }
  r->field->push_back(c);
  return true;
}

bool is_newline(uint32_t c) { return c == '\n' || c == '\r'; }

// One step of the state machine. False with an exception set.
bool process_char(ReaderObject* r, uint32_t c) {
  const DialectObject* d = r->dialect.as<DialectObject>();
  // The end of a field at a line end: save it and wait for the next record.
  auto end_record = [&]() {
    if (!save_field(r)) return false;
    r->state = c == kEndOfLine ? State::StartRecord : State::EatCrNl;
    return true;
  };
  switch (r->state) {
    case State::StartRecord:
      if (c == kEndOfLine) return true;  // an empty line: the record is []
      if (is_newline(c)) {
        r->state = State::EatCrNl;
        return true;
      }
      r->state = State::StartField;
      [[fallthrough]];
    case State::StartField:
      if (is_newline(c) || c == kEndOfLine) return end_record();
      if (c == d->quotechar && d->quoting != kQuoteNone) {
        r->state = State::InQuotedField;
      } else if (c == d->escapechar) {
        r->state = State::EscapedChar;
      } else if (c == ' ' && d->skipinitialspace) {
        // spaces at the start of a field are skipped
      } else if (c == d->delimiter) {
        return save_field(r);
      } else {
        if (d->quoting == kQuoteNonNumeric) r->numeric_field = true;
        if (!add_char(r, c)) return false;
        r->state = State::InField;
      }
      return true;
    case State::EscapedChar:
      if (is_newline(c)) {
        if (!add_char(r, c)) return false;
        r->state = State::AfterEscapedCrNl;
        return true;
      }
      if (!add_char(r, c == kEndOfLine ? '\n' : c)) return false;
      r->state = State::InField;
      return true;
    case State::AfterEscapedCrNl:
      if (c == kEndOfLine) return true;
      [[fallthrough]];
    case State::InField:
      if (is_newline(c) || c == kEndOfLine) return end_record();
      if (c == d->escapechar) {
        r->state = State::EscapedChar;
      } else if (c == d->delimiter) {
        if (!save_field(r)) return false;
        r->state = State::StartField;
      } else if (!add_char(r, c)) {
        return false;
      }
      return true;
    case State::InQuotedField:
      if (c == kEndOfLine) return true;
      if (c == d->escapechar) {
        r->state = State::EscapeInQuotedField;
      } else if (c == d->quotechar && d->quoting != kQuoteNone) {
        r->state = d->doublequote ? State::QuoteInQuotedField : State::InField;
      } else if (!add_char(r, c)) {
        return false;
      }
      return true;
    case State::EscapeInQuotedField:
      if (!add_char(r, c == kEndOfLine ? '\n' : c)) return false;
      r->state = State::InQuotedField;
      return true;
    case State::QuoteInQuotedField:
      if (d->quoting != kQuoteNone && c == d->quotechar) {
        if (!add_char(r, c)) return false;
        r->state = State::InQuotedField;
      } else if (c == d->delimiter) {
        if (!save_field(r)) return false;
        r->state = State::StartField;
      } else if (is_newline(c) || c == kEndOfLine) {
        return end_record();
      } else if (!d->strict) {
        if (!add_char(r, c)) return false;
        r->state = State::InField;
      } else {
        StrBuilder message;
        message.append('\'');
        message.append(d->delimiter);
        message.append_ascii("' expected after '");
        message.append(d->quotechar);
        message.append('\'');
        Ref text = message.finish();
        if (text) raise_with_arg(csv_error, text.get());
        return false;
      }
      return true;
    case State::EatCrNl:
      if (is_newline(c)) return true;
      if (c == kEndOfLine) {
        r->state = State::StartRecord;
        return true;
      }
      raise(csv_error,
            "new-line character seen in unquoted field - do you need to open the file in universal-newline mode?");
      return false;
  }
  return true;
}

Ref reader_next(Value self) {
  ReaderObject* r = as_reader(self);
  if (!reset_record(r)) return nullptr;
  do {
    Ref line = next(r->input_iter);
    if (!line) {
      if (error_occurred()) return nullptr;
      if (!r->field->empty() || r->state == State::InQuotedField) {
        if (r->dialect.as<DialectObject>()->strict) return raise(csv_error, "unexpected end of data");
        if (!save_field(r)) return nullptr;
        break;
      }
      return nullptr;
    }
    if (!is_str(line.get())) {
      return raise(csv_error, std::string("iterator should return strings, not ") + type_name_of(line.get()) +
                                  " (the file should be opened in text mode)");
    }
    ++r->line_num;
    Str* s = line.get().as<Str>();
    for (int64_t i = 0; i < s->length; ++i) {
      if (!process_char(r, str_char_at(s, i))) return nullptr;
    }
    if (!process_char(r, kEndOfLine)) return nullptr;
  } while (r->state != State::StartRecord);
  Value fields = r->fields;
  r->fields = Value();
  return Ref::steal(fields);
}

Ref reader_iter(Value self) { return Ref::borrow(self); }

void reader_clear(Object* self) {
  auto* r = static_cast<ReaderObject*>(self);
  for (Value* slot : {&r->input_iter, &r->dialect, &r->fields}) {
    Value old = *slot;
    *slot = Value();
    decref(old);
  }
}

void reader_dealloc(Object* self) {
  reader_clear(self);
  delete static_cast<ReaderObject*>(self)->field;
  free_object(self);
}

void reader_traverse(Object* self, VisitFn visit, void* arg) {
  auto* r = static_cast<ReaderObject*>(self);
  for (Value v : {r->input_iter, r->dialect, r->fields}) {
    if (!v.is_null()) visit(v, arg);
  }
}

Ref get_dialect(Value self) { return Ref::borrow(as_reader(self)->dialect); }
Ref get_line_num(Value self) { return Ref::small_int(as_reader(self)->line_num); }

const GetSetDef kReaderGetSets[] = {
    {"dialect", get_dialect, readonly_attribute, nullptr},
    {"line_num", get_line_num, readonly_attribute, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

bool unpack_one_or_two(size_t nargs) {
  if (nargs < 1) {
    raise(exc::TypeError, " expected at least 1 argument, got 0");
    return false;
  }
  if (nargs > 2) {
    raise(exc::TypeError, " expected at most 2 arguments, got " + std::to_string(nargs));
    return false;
  }
  return true;
}

Ref csv_reader(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!unpack_one_or_two(nargs)) return nullptr;
  auto* r = new_object<ReaderObject>(&reader_type);
  if (r == nullptr) return nullptr;
  Ref self = Ref::steal(r);
  r->field = new std::vector<uint32_t>();
  Ref it = iter(args[0]);
  if (!it) return nullptr;
  r->input_iter = it.release();
  Ref dialect = make_dialect(nargs == 2 ? args[1] : Value(), args + nargs, kwnames);
  if (!dialect) return nullptr;
  r->dialect = dialect.release();
  r->state = State::StartRecord;
  return self;
}

int init_reader_type() {
  Type& t = reader_type;
  if (type_has_flag(&t, kTypeReady)) return 0;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = "_csv.reader";
  t.doc =
      "CSV reader\n\nReader objects are responsible for reading and parsing tabular data\nin CSV format.\n";
  t.basic_size = sizeof(ReaderObject);
  t.flags = kTypeGC;
  t.base = &object_type;
  t.dealloc = reader_dealloc;
  t.traverse = reader_traverse;
  t.clear = reader_clear;
  t.iter = reader_iter;
  t.next = reader_next;
  t.getsets = kReaderGetSets;
  return type_ready(&t);
}

}  // namespace taipan::csv
