// _json's decoder half: scanstring and the Scanner (make_scanner(context)),
// which parses one JSON value at an index of a str and returns (value, end),
// with CPython's rules: "Expecting value" travels up as StopIteration(index)
// for json.decoder to turn into JSONDecodeError, other errors are raised as
// JSONDecodeError(message, string, index) here. The parse is a template over
// the str's storage width so the inner loops read characters directly.
#include <string>

#include "modules/json/json.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/import.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"
#include "vm/thread_state.h"

namespace taipan::json {

Type scanner_type;

namespace {

struct ScannerObject : Object {
  bool strict;
  Value object_hook;        // each owned; None when not set
  Value object_pairs_hook;
  Value parse_float;
  Value parse_int;
  Value parse_constant;
};

constexpr int kScannerFields = 5;

Value* scanner_fields(ScannerObject* s) { return &s->object_hook; }

// JSONDecodeError(message, string, position) from json.decoder.
void raise_decode_error(const char* message, Value string, int64_t position) {
  Ref module = import_module("json.decoder");
  if (!module) return;
  Ref cls = getattr(module.get(), "JSONDecodeError");
  Ref text = str_from_utf8(message);
  if (!cls || !text) return;
  Ref error = call(cls.get(), {text.get(), string, Value::small_int(position)});
  if (error) raise_value(error.get());
}

void raise_stop_iteration(int64_t index) { raise_with_arg(exc::StopIteration, Value::small_int(index)); }

bool is_json_space(uint32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

int hex_value(uint32_t c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (c >= 'a' && c <= 'f') return static_cast<int>(c - 'a' + 10);
  if (c >= 'A' && c <= 'F') return static_cast<int>(c - 'A' + 10);
  return -1;
}

// One str being parsed, its characters of type C.
template <class C>
struct Text {
  Value string;  // the Str (borrowed)
  const C* chars;
  int64_t length;
  uint32_t at(int64_t i) const { return chars[i]; }
  int64_t skip_space(int64_t i) const {
    while (i < length && is_json_space(chars[i])) ++i;
    return i;
  }
};

// The string whose opening quote is at end - 1; *next is set past its
// closing quote. Null with an exception set on error.
template <class C>
Ref scan_string(const Text<C>& t, int64_t end, bool strict, int64_t* next_out) {
  const int64_t begin = end - 1;
  if (end < 0 || t.length < end) return raise(exc::ValueError, "end is out of bounds");
  StrBuilder out;
  bool building = false;
  for (;;) {
    int64_t next = end;
    uint32_t c = 0;
    for (; next < t.length; ++next) {
      c = t.at(next);
      if (c == '"' || c == '\\') break;
      if (c <= 0x1f && strict) {
        raise_decode_error("Invalid control character at", t.string, next);
        return nullptr;
      }
    }
    if (next >= t.length || (c != '"' && c != '\\')) {
      raise_decode_error("Unterminated string starting at", t.string, begin);
      return nullptr;
    }
    if (c == '"' && !building) {
      *next_out = next + 1;
      return str_substring(t.string.template as<Str>(), end, next);
    }
    building = true;
    if (next != end) out.append(t.string.template as<Str>(), end, next);
    ++next;
    if (c == '"') {
      end = next;
      break;
    }
    if (next == t.length) {
      raise_decode_error("Unterminated string starting at", t.string, begin);
      return nullptr;
    }
    c = t.at(next);
    if (c != 'u') {
      end = next + 1;
      switch (c) {
        case '"': case '\\': case '/': break;
        case 'b': c = '\b'; break;
        case 'f': c = '\f'; break;
        case 'n': c = '\n'; break;
        case 'r': c = '\r'; break;
        case 't': c = '\t'; break;
        default:
          raise_decode_error("Invalid \\escape", t.string, end - 2);
          return nullptr;
      }
    } else {
      ++next;
      end = next + 4;
      if (end >= t.length) {
        raise_decode_error("Invalid \\uXXXX escape", t.string, next - 1);
        return nullptr;
      }
      auto read_hex4 = [&](uint32_t* value) {
        *value = 0;
        for (; next < end; ++next) {
          int digit = hex_value(t.at(next));
          if (digit < 0) {
            raise_decode_error("Invalid \\uXXXX escape", t.string, end - 5);
            return false;
          }
          *value = (*value << 4) | static_cast<uint32_t>(digit);
        }
        return true;
      };
      if (!read_hex4(&c)) return nullptr;
      // A high surrogate followed by an escaped low one is one character.
      if (c >= 0xD800 && c <= 0xDBFF && end + 6 < t.length && t.at(next) == '\\' && t.at(next + 1) == 'u') {
        next += 2;
        end += 6;
        uint32_t low;
        if (!read_hex4(&low)) return nullptr;
        if (low >= 0xDC00 && low <= 0xDFFF) {
          c = 0x10000 + (((c - 0xD800) << 10) | (low - 0xDC00));
        } else {
          end -= 6;
        }
      }
    }
    out.append(c);
  }
  *next_out = end;
  return out.finish();
}

template <class C>
class Parser {
 public:
  Parser(ScannerObject* s, const Text<C>& t) : s_(s), t_(t) {}

  Ref scan_once(int64_t idx, int64_t* next) {
    if (idx < 0) return raise(exc::ValueError, "idx cannot be negative");
    if (idx >= t_.length) {
      raise_stop_iteration(idx);
      return nullptr;
    }
    switch (t_.at(idx)) {
      case '"':
        return scan_string(t_, idx + 1, s_->strict, next);
      case '{': {
        if (!enter_recursive_call(" while decoding a JSON object from a unicode string")) return nullptr;
        Ref r = parse_object(idx + 1, next);
        leave_recursive_call();
        return r;
      }
      case '[': {
        if (!enter_recursive_call(" while decoding a JSON array from a unicode string")) return nullptr;
        Ref r = parse_array(idx + 1, next);
        leave_recursive_call();
        return r;
      }
      case 'n':
        if (matches(idx, "null")) {
          *next = idx + 4;
          return Ref::none();
        }
        break;
      case 't':
        if (matches(idx, "true")) {
          *next = idx + 4;
          return Ref::boolean(true);
        }
        break;
      case 'f':
        if (matches(idx, "false")) {
          *next = idx + 5;
          return Ref::boolean(false);
        }
        break;
      case 'N':
        if (matches(idx, "NaN")) return parse_constant("NaN", idx, next);
        break;
      case 'I':
        if (matches(idx, "Infinity")) return parse_constant("Infinity", idx, next);
        break;
      case '-':
        if (matches(idx, "-Infinity")) return parse_constant("-Infinity", idx, next);
        break;
    }
    return parse_number(idx, next);
  }

 private:
  // Whether the word is spelled out at idx.
  bool matches(int64_t idx, const char* word) const {
    int64_t n = static_cast<int64_t>(std::char_traits<char>::length(word));
    if (idx + n > t_.length) return false;
    for (int64_t i = 0; i < n; ++i) {
      if (t_.at(idx + i) != static_cast<unsigned char>(word[i])) return false;
    }
    return true;
  }

  Ref parse_constant(const char* name, int64_t idx, int64_t* next) {
    Ref text = str_from_utf8(name);
    if (!text) return nullptr;
    *next = idx + text.get().as<Str>()->length;
    return call(s_->parse_constant, {text.get()});
  }

  Ref parse_number(int64_t start, int64_t* next) {
    int64_t idx = start;
    const int64_t last = t_.length - 1;
    auto digit = [&](int64_t i) { return t_.at(i) >= '0' && t_.at(i) <= '9'; };
    if (t_.at(idx) == '-') {
      ++idx;
      if (idx > last) {
        raise_stop_iteration(start);
        return nullptr;
      }
    }
    if (t_.at(idx) >= '1' && t_.at(idx) <= '9') {
      ++idx;
      while (idx <= last && digit(idx)) ++idx;
    } else if (t_.at(idx) == '0') {
      ++idx;
    } else {
      raise_stop_iteration(start);
      return nullptr;
    }
    bool is_float = false;
    if (idx < last && t_.at(idx) == '.' && digit(idx + 1)) {
      is_float = true;
      idx += 2;
      while (idx <= last && digit(idx)) ++idx;
    }
    if (idx < last && (t_.at(idx) == 'e' || t_.at(idx) == 'E')) {
      int64_t e_start = idx++;
      if (idx < last && (t_.at(idx) == '-' || t_.at(idx) == '+')) ++idx;
      while (idx <= last && digit(idx)) ++idx;
      if (digit(idx - 1)) {
        is_float = true;
      } else {
        idx = e_start;
      }
    }
    *next = idx;
    Value custom = is_float ? (s_->parse_float.is_object() && s_->parse_float.as_object() == &float_type ? Value()
                                                                                                          : s_->parse_float)
                            : (s_->parse_int.is_object() && s_->parse_int.as_object() == &int_type ? Value()
                                                                                                    : s_->parse_int);
    if (!custom.is_null()) {
      Ref text = str_substring(t_.string.template as<Str>(), start, idx);
      if (!text) return nullptr;
      return call(custom, {text.get()});
    }
    std::string ascii(static_cast<size_t>(idx - start), '\0');
    for (int64_t i = start; i < idx; ++i) ascii[static_cast<size_t>(i - start)] = static_cast<char>(t_.at(i));
    if (!is_float) return int_from_string(ascii, 10);
    double d;
    if (!parse_float_literal(ascii, &d)) return raise(exc::ValueError, "could not convert string to float");
    return Ref::from_double(d);
  }

  Ref parse_object(int64_t idx, int64_t* next_out) {
    const bool pairs = !s_->object_pairs_hook.is_none();
    Ref result = pairs ? Ref::steal(list_new(0)) : Ref::steal(dict_new());
    if (!result) return nullptr;
    idx = t_.skip_space(idx);
    if (idx >= t_.length || t_.at(idx) != '}') {
      for (;;) {
        if (idx >= t_.length || t_.at(idx) != '"') {
          raise_decode_error("Expecting property name enclosed in double quotes", t_.string, idx);
          return nullptr;
        }
        int64_t next;
        Ref key = scan_string(t_, idx + 1, s_->strict, &next);
        if (!key) return nullptr;
        idx = t_.skip_space(next);
        if (idx >= t_.length || t_.at(idx) != ':') {
          raise_decode_error("Expecting ':' delimiter", t_.string, idx);
          return nullptr;
        }
        idx = t_.skip_space(idx + 1);
        Ref value = scan_once(idx, &next);
        if (!value) return nullptr;
        if (pairs) {
          Ref item = tuple_pack({key.get(), value.get()});
          if (!item || list_append(result.get().as<List>(), item.get()) < 0) return nullptr;
        } else if (dict_set(result.get().as<Dict>(), key.get(), value.get()) < 0) {
          return nullptr;
        }
        idx = t_.skip_space(next);
        if (idx < t_.length && t_.at(idx) == '}') break;
        if (idx >= t_.length || t_.at(idx) != ',') {
          raise_decode_error("Expecting ',' delimiter", t_.string, idx);
          return nullptr;
        }
        idx = t_.skip_space(idx + 1);
      }
    }
    *next_out = idx + 1;
    if (pairs) return call(s_->object_pairs_hook, {result.get()});
    if (!s_->object_hook.is_none()) return call(s_->object_hook, {result.get()});
    return result;
  }

  Ref parse_array(int64_t idx, int64_t* next_out) {
    Ref result = Ref::steal(list_new(0));
    if (!result) return nullptr;
    idx = t_.skip_space(idx);
    if (idx >= t_.length || t_.at(idx) != ']') {
      for (;;) {
        int64_t next;
        Ref value = scan_once(idx, &next);
        if (!value || list_append(result.get().as<List>(), value.get()) < 0) return nullptr;
        idx = t_.skip_space(next);
        if (idx < t_.length && t_.at(idx) == ']') break;
        if (idx >= t_.length || t_.at(idx) != ',') {
          raise_decode_error("Expecting ',' delimiter", t_.string, idx);
          return nullptr;
        }
        idx = t_.skip_space(idx + 1);
      }
    }
    *next_out = idx + 1;
    return result;
  }

  ScannerObject* s_;
  const Text<C>& t_;
};

// Runs f(Text<C>) for the storage width of the str.
template <class F>
auto with_text(Value string, F&& f) {
  Str* s = string.as<Str>();
  switch (s->kind) {
    case 1: return f(Text<uint8_t>{string, reinterpret_cast<const uint8_t*>(s->data), s->length});
    case 2: return f(Text<uint16_t>{string, reinterpret_cast<const uint16_t*>(s->data), s->length});
    default: return f(Text<uint32_t>{string, reinterpret_cast<const uint32_t*>(s->data), s->length});
  }
}

Ref pair_with_index(Ref value, int64_t index) {
  if (!value) return nullptr;
  return tuple_pack({value.get(), Value::small_int(index)});
}

Ref scanner_call(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"string", "idx"};
  Value a[2];
  if (!bind_args(ArgSpec{"scan_once", names, 2, 0, 2}, args, nargs, kwnames, a)) return nullptr;
  if (!is_str(a[0])) {
    return raise(exc::TypeError, std::string("first argument must be a string, not ") + type_name_of(a[0]));
  }
  int64_t idx = as_int64(a[1]);
  if (idx == -1 && error_occurred()) return nullptr;
  auto* s = self.as<ScannerObject>();
  int64_t next = 0;
  Ref value = with_text(a[0], [&](const auto& text) {
    Parser parser(s, text);
    return parser.scan_once(idx, &next);
  });
  return pair_with_index(std::move(value), next);
}

Ref scanner_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"context"};
  Value context;
  if (!bind_args(ArgSpec{"make_scanner", names, 1, 0, 1}, args, nargs, kwnames, &context)) return nullptr;
  auto* s = new_object<ScannerObject>(type, static_cast<size_t>(type->basic_size));
  if (s == nullptr) return nullptr;
  Ref self = Ref::steal(s);
  Ref strict = getattr(context, "strict");
  if (!strict) return nullptr;
  int truth = is_true(strict.get());
  if (truth < 0) return nullptr;
  s->strict = truth != 0;
  static const char* const hooks[kScannerFields] = {"object_hook", "object_pairs_hook", "parse_float", "parse_int",
                                                    "parse_constant"};
  for (int i = 0; i < kScannerFields; ++i) {
    Ref v = getattr(context, hooks[i]);
    if (!v) return nullptr;
    scanner_fields(s)[i] = v.release();
  }
  return self;
}

void scanner_clear(Object* self) {
  Value* fields = scanner_fields(static_cast<ScannerObject*>(self));
  for (int i = 0; i < kScannerFields; ++i) {
    Value old = fields[i];
    fields[i] = Value();
    decref(old);
  }
}

void scanner_dealloc(Object* self) {
  scanner_clear(self);
  free_object(self);
}

void scanner_traverse(Object* self, VisitFn visit, void* arg) {
  Value* fields = scanner_fields(static_cast<ScannerObject*>(self));
  for (int i = 0; i < kScannerFields; ++i) {
    if (!fields[i].is_null()) visit(fields[i], arg);
  }
}

Ref get_strict(Value self) { return Ref::boolean(self.as<ScannerObject>()->strict); }
template <int I>
Ref get_field(Value self) {
  return Ref::borrow(scanner_fields(self.as<ScannerObject>())[I]);
}

const GetSetDef kScannerGetSets[] = {
    {"strict", get_strict, nullptr, nullptr},
    {"object_hook", get_field<0>, nullptr, nullptr},
    {"object_pairs_hook", get_field<1>, nullptr, nullptr},
    {"parse_float", get_field<2>, nullptr, nullptr},
    {"parse_int", get_field<3>, nullptr, nullptr},
    {"parse_constant", get_field<4>, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

Ref py_scanstring(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("scanstring", kwnames) || !check_arg_count("scanstring", nargs, 2, 3)) return nullptr;
  if (!is_str(args[0])) {
    return raise(exc::TypeError, std::string("first argument must be a string, not ") + type_name_of(args[0]));
  }
  int64_t end = as_int64(args[1]);
  if (end == -1 && error_occurred()) return nullptr;
  bool strict = true;
  if (nargs == 3) {
    int truth = is_true(args[2]);
    if (truth < 0) return nullptr;
    strict = truth != 0;
  }
  int64_t next = 0;
  Ref value = with_text(args[0], [&](const auto& text) { return scan_string(text, end, strict, &next); });
  return pair_with_index(std::move(value), next);
}

int init_scanner_type() {
  Type& t = scanner_type;
  if (type_has_flag(&t, kTypeReady)) return 0;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = "_json.Scanner";
  t.doc = "JSON scanner object";
  t.basic_size = sizeof(ScannerObject);
  t.flags = kTypeGC | kTypeBaseType;
  t.base = &object_type;
  t.new_ = scanner_new;
  t.call = scanner_call;
  t.dealloc = scanner_dealloc;
  t.traverse = scanner_traverse;
  t.clear = scanner_clear;
  t.getsets = kScannerGetSets;
  return type_ready(&t);
}

}  // namespace taipan::json
