// The `unicodedata` module as CPython 3.11 has it: Unicode 14.0.0 character
// properties (category, bidirectional, combining, east_asian_width,
// mirrored, decomposition, numeric / digit / decimal) from tables generated
// from CPython's own data (unicodedata_data.inc, gen_unicodedata.py); names
// from the lexer's name tables; normalisation by utf8proc. ucd_3_2_0 is a
// UCD object answering with Unicode 3.2.0's properties, as idna and
// stringprep need.
#include <utf8proc.h>

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <string>

#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/module.h"
#include "objects/str.h"
#include "parser/unicode_tables.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan {
namespace {

struct Properties {
  uint8_t category, bidi, width, mirrored, combining;
};
struct PropertyRun {
  uint32_t start;
  uint16_t properties;
};
struct Decomposition {
  uint32_t cp;
  uint8_t tag, count;
  uint16_t offset;
};
struct NumericValue {
  uint32_t cp;
  double numerator;
  int denominator;
};
struct DigitValue {
  uint32_t cp;
  uint8_t value;
  bool decimal;
};
struct OldDecimal {
  uint32_t cp;
  int value;
};

#include "modules/unicodedata_data.inc"

// A version of the database: the 14.0.0 the module answers with, or 3.2.0.
struct Database {
  const PropertyRun* runs;
  size_t run_count;
  const char* version;
};

const Database kCurrent = {kRuns14, std::size(kRuns14), "14.0.0"};
const Database kOld = {kRuns32, std::size(kRuns32), "3.2.0"};

const Properties& properties_of(const Database& db, uint32_t cp) {
  const PropertyRun* end = db.runs + db.run_count;
  const PropertyRun* it =
      std::upper_bound(db.runs, end, cp, [](uint32_t c, const PropertyRun& r) { return c < r.start; });
  return kProperties[std::prev(it)->properties];
}

// In 3.2.0 many characters were not yet assigned: they have no name, value
// or decomposition there.
bool assigned(const Database& db, uint32_t cp) {
  return &db == &kCurrent || std::string_view(kCategoryNames[properties_of(db, cp).category]) != "Cn";
}

template <typename T>
const T* find_entry(const T* begin, const T* end, uint32_t cp) {
  const T* it = std::lower_bound(begin, end, cp, [](const T& e, uint32_t c) { return e.cp < c; });
  return it != end && it->cp == cp ? it : nullptr;
}

struct UcdObject : Object {
  const Database* db;
};

Type ucd_type;

const Database& database_of(Value self) {
  return self.is_object() && type_of(self) == &ucd_type ? *self.as<UcdObject>()->db : kCurrent;
}

// The one-character argument: "category() argument must be a unicode
// character, not int" (argument 1 for the functions that take a default).
bool char_argument(const char* function, bool numbered, Value v, uint32_t* out) {
  if (is_str(v) && v.as<Str>()->length == 1) {
    *out = str_char_at(v.as<Str>(), 0);
    return true;
  }
  raise(exc::TypeError, std::string(function) + "() argument " + (numbered ? "1 " : "") +
                            "must be a unicode character, not " + arg_type_name(v));
  return false;
}

bool one_char(const char* function, const Value* args, size_t nargs, Tuple* kwnames, uint32_t* out) {
  if (!no_keywords(function, kwnames)) return false;
  if (nargs != 1) {
    raise(exc::TypeError, std::string("unicodedata.") + function + "() takes exactly one argument (" +
                              std::to_string(nargs) + " given)");
    return false;
  }
  return char_argument(function, false, args[0], out);
}

// (chr, default=<none>): for name and the numeric values.
bool char_and_default(const char* function, const Value* args, size_t nargs, Tuple* kwnames, uint32_t* out) {
  if (!no_keywords(function, kwnames)) return false;
  if (nargs < 1 || nargs > 2) {
    raise(exc::TypeError, std::string(function) + " expected " + (nargs < 1 ? "at least 1 argument" : "at most 2 arguments") +
                              ", got " + std::to_string(nargs));
    return false;
  }
  return char_argument(function, true, args[0], out);
}

Ref default_or_error(const Value* args, size_t nargs, const char* message) {
  if (nargs > 1) return Ref::borrow(args[1]);
  return raise(exc::ValueError, message);
}

Ref ucd_category(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  uint32_t cp;
  if (!one_char("category", args, nargs, kwnames, &cp)) return nullptr;
  return str_from_utf8(kCategoryNames[properties_of(database_of(self), cp).category]);
}

Ref ucd_bidirectional(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  uint32_t cp;
  if (!one_char("bidirectional", args, nargs, kwnames, &cp)) return nullptr;
  return str_from_utf8(kBidiNames[properties_of(database_of(self), cp).bidi]);
}

Ref ucd_east_asian_width(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  uint32_t cp;
  if (!one_char("east_asian_width", args, nargs, kwnames, &cp)) return nullptr;
  return str_from_utf8(kWidthNames[properties_of(database_of(self), cp).width]);
}

Ref ucd_mirrored(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  uint32_t cp;
  if (!one_char("mirrored", args, nargs, kwnames, &cp)) return nullptr;
  return Ref::small_int(properties_of(database_of(self), cp).mirrored);
}

Ref ucd_combining(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  uint32_t cp;
  if (!one_char("combining", args, nargs, kwnames, &cp)) return nullptr;
  return Ref::small_int(properties_of(database_of(self), cp).combining);
}

Ref ucd_decomposition(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  uint32_t cp;
  if (!one_char("decomposition", args, nargs, kwnames, &cp)) return nullptr;
  const Decomposition* d = find_entry(std::begin(kDecompositions), std::end(kDecompositions), cp);
  if (d == nullptr || !assigned(database_of(self), cp)) return str_from_utf8("");
  std::string text = kDecompositionTags[d->tag];
  for (int i = 0; i < d->count; ++i) {
    char hex[16];
    std::snprintf(hex, sizeof hex, "%s%04X", text.empty() ? "" : " ", kDecompositionPool[d->offset + i]);
    text += hex;
  }
  return str_from_utf8(text);
}

Ref ucd_numeric(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  uint32_t cp;
  if (!char_and_default("numeric", args, nargs, kwnames, &cp)) return nullptr;
  const NumericValue* v = find_entry(std::begin(kNumericValues), std::end(kNumericValues), cp);
  if (v == nullptr || !assigned(database_of(self), cp)) return default_or_error(args, nargs, "not a numeric character");
  return Ref::from_double(v->numerator / v->denominator);
}

template <bool Decimal>
Ref ucd_digit_value(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  const char* name = Decimal ? "decimal" : "digit";
  uint32_t cp;
  if (!char_and_default(name, args, nargs, kwnames, &cp)) return nullptr;
  const Database& db = database_of(self);
  if (Decimal && &db == &kOld) {
    if (const OldDecimal* old = find_entry(std::begin(kOldDecimals), std::end(kOldDecimals), cp)) {
      if (old->value < 0) return default_or_error(args, nargs, "not a decimal");
      return Ref::small_int(old->value);
    }
  }
  const DigitValue* v = find_entry(std::begin(kDigitValues), std::end(kDigitValues), cp);
  if (v == nullptr || (Decimal && !v->decimal) || !assigned(db, cp)) {
    return default_or_error(args, nargs, Decimal ? "not a decimal" : "not a digit");
  }
  return Ref::small_int(v->value);
}

Ref ucd_name(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  uint32_t cp;
  if (!char_and_default("name", args, nargs, kwnames, &cp)) return nullptr;
  std::string name;
  if (!assigned(database_of(self), cp) || !parser::unicode_name(cp, &name)) {
    return default_or_error(args, nargs, "no such name");
  }
  return str_from_utf8(name);
}

Ref ucd_lookup(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("lookup", kwnames)) return nullptr;
  if (nargs != 1) {
    return raise(exc::TypeError, "unicodedata.lookup() takes exactly one argument (" + std::to_string(nargs) + " given)");
  }
  Buffer buffer;
  if (is_str(args[0])) buffer.data = str_utf8(args[0].as<Str>());
  else if (!require_buffer(args[0], &buffer)) return nullptr;
  std::string_view name = buffer.data;
  if (name.size() > 256) return raise(exc::KeyError, "name too long");
  uint32_t cp;
  if (!parser::lookup_unicode_name(name, &cp)) {
    return raise(exc::KeyError, "undefined character name '" + std::string(name) + "'");
  }
  return str_from_char(cp);
}

// ---- Normalisation ----

enum class Form { NFC, NFD, NFKC, NFKD };

bool form_and_text(const char* function, const Value* args, size_t nargs, Tuple* kwnames, Form* form, Str** text) {
  if (!no_keywords(function, kwnames) || !check_arg_count(function, nargs, 2, 2)) return false;
  for (int i = 0; i < 2; ++i) {
    if (!is_str(args[i])) {
      raise(exc::TypeError, std::string(function) + "() argument " + std::to_string(i + 1) + " must be str, not " +
                                arg_type_name(args[i]));
      return false;
    }
  }
  std::string_view name = str_utf8(args[0].as<Str>());
  if (name == "NFC") *form = Form::NFC;
  else if (name == "NFD") *form = Form::NFD;
  else if (name == "NFKC") *form = Form::NFKC;
  else if (name == "NFKD") *form = Form::NFKD;
  else {
    raise(exc::ValueError, "invalid normalization form");
    return false;
  }
  *text = args[1].as<Str>();
  return true;
}

// utf8proc normalises UTF-8, which has no lone surrogates: the text is
// normalised piece by piece between them (they are starters that compose
// with nothing, so this changes no result).
Ref normalized(Form form, Str* s) {
  if (s->ascii) return Ref::borrow(Value::object(s));
  int options = UTF8PROC_STABLE;
  switch (form) {
    case Form::NFC: options |= UTF8PROC_COMPOSE; break;
    case Form::NFD: options |= UTF8PROC_DECOMPOSE; break;
    case Form::NFKC: options |= UTF8PROC_COMPOSE | UTF8PROC_COMPAT; break;
    case Form::NFKD: options |= UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT; break;
  }
  StrBuilder out;
  int64_t start = 0;
  auto flush = [&](int64_t end) -> bool {
    if (end == start) return true;
    Ref piece = str_substring(s, start, end);
    if (!piece) return false;
    std::string_view utf8 = str_utf8(piece.as<Str>());
    utf8proc_uint8_t* result = nullptr;
    utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(utf8.data()),
                                      static_cast<utf8proc_ssize_t>(utf8.size()), &result,
                                      static_cast<utf8proc_option_t>(options));
    if (n < 0) {
      raise(exc::ValueError, utf8proc_errmsg(n));
      return false;
    }
    out.append_utf8(std::string_view(reinterpret_cast<const char*>(result), static_cast<size_t>(n)));
    std::free(result);
    return true;
  };
  for (int64_t i = 0; i < s->length; ++i) {
    uint32_t c = str_char_at(s, i);
    if (c < 0xD800 || c > 0xDFFF) continue;
    if (!flush(i)) return nullptr;
    out.append(c);
    start = i + 1;
  }
  if (!flush(s->length)) return nullptr;
  Ref result = out.finish();
  if (result && str_equal(result.as<Str>(), s)) return Ref::borrow(Value::object(s));
  return result;
}

Ref ucd_normalize(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Form form;
  Str* text;
  if (!form_and_text("normalize", args, nargs, kwnames, &form, &text)) return nullptr;
  return normalized(form, text);
}

Ref ucd_is_normalized(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Form form;
  Str* text;
  if (!form_and_text("is_normalized", args, nargs, kwnames, &form, &text)) return nullptr;
  Ref result = normalized(form, text);
  if (!result) return nullptr;
  return Ref::boolean(str_equal(result.as<Str>(), text));
}

const MethodDef kUcdFunctions[] = {
    {"decimal", ucd_digit_value<true>, kMethodInstance, "Converts a Unicode character into its equivalent decimal value."},
    {"digit", ucd_digit_value<false>, kMethodInstance, "Converts a Unicode character into its equivalent digit value."},
    {"numeric", ucd_numeric, kMethodInstance, "Converts a Unicode character into its equivalent numeric value."},
    {"category", ucd_category, kMethodInstance, "Returns the general category assigned to the character chr as string."},
    {"bidirectional", ucd_bidirectional, kMethodInstance, "Returns the bidirectional class assigned to the character chr as string."},
    {"combining", ucd_combining, kMethodInstance, "Returns the canonical combining class assigned to the character chr as integer."},
    {"mirrored", ucd_mirrored, kMethodInstance, "Returns the mirrored property assigned to the character chr as integer."},
    {"east_asian_width", ucd_east_asian_width, kMethodInstance, "Returns the east asian width assigned to the character chr as string."},
    {"decomposition", ucd_decomposition, kMethodInstance, "Returns the character decomposition mapping assigned to the character chr as string."},
    {"is_normalized", ucd_is_normalized, kMethodInstance, "Return whether the Unicode string unistr is in the normal form 'form'."},
    {"normalize", ucd_normalize, kMethodInstance, "Return the normal form 'form' for the Unicode string unistr."},
    {"name", ucd_name, kMethodInstance, "Returns the name assigned to the character chr as a string."},
    {"lookup", ucd_lookup, kMethodInstance, "Look up character by name."},
    {nullptr, nullptr, 0, nullptr},
};

Ref ucd_unidata_version(Value self) { return str_from_utf8(self.as<UcdObject>()->db->version); }

const GetSetDef kUcdGetSets[] = {
    {"unidata_version", ucd_unidata_version, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

void ucd_dealloc(Object* self) { free_object(self); }

int init_ucd_type() {
  if (type_has_flag(&ucd_type, kTypeReady)) return 0;
  ucd_type.refcnt = kImmortalRefcnt;
  ucd_type.type = &type_type;
  ucd_type.name = "unicodedata.UCD";
  ucd_type.basic_size = sizeof(UcdObject);
  ucd_type.base = &object_type;
  ucd_type.dealloc = ucd_dealloc;
  ucd_type.methods = kUcdFunctions;
  ucd_type.getsets = kUcdGetSets;
  return type_ready(&ucd_type);
}

}  // namespace

Ref make_unicodedata_module() {
  if (init_ucd_type() < 0) return nullptr;
  Ref module = module_new("unicodedata", true);
  if (!module || module_add_functions(module.get(), kUcdFunctions) < 0) return nullptr;
  auto* old = static_cast<UcdObject*>(alloc_object(&ucd_type, sizeof(UcdObject)));
  if (old == nullptr) return nullptr;
  old->db = &kOld;
  Ref old_ref = Ref::steal(old);
  Ref version = str_from_utf8(kCurrent.version);
  if (!version || module_add(module.get(), "unidata_version", version.get()) < 0 ||
      module_add(module.get(), "ucd_3_2_0", old_ref.get()) < 0 ||
      module_add(module.get(), "UCD", Value::object(&ucd_type)) < 0) {
    return nullptr;
  }
  return module;
}

}  // namespace taipan
