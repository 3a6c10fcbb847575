// The _sre module: compile() (which re/_compiler.py calls with the code it
// generated), the case helpers the compiler uses, and the constants CODESIZE,
// MAXREPEAT, MAXGROUPS and MAGIC, with CPython 3.11's interface.
#include <string>

#include "modules/modules.h"
#include "modules/sre/sre_chars.h"
#include "modules/sre/sre_objects.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/sequence.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/import.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan::sre {

Ref engine_error(int64_t status) {
  switch (status) {
    case kErrorMemory:
      return raise_no_memory();
    case kErrorInterrupted:
      return nullptr;  // the exception is already set
    default:
      return raise(exc::RuntimeError, "internal error in regular expression engine");
  }
}

Ref call_re_module(const char* function, std::initializer_list<Value> args) {
  Ref module = import_module("re");
  if (!module) return nullptr;
  Ref fn = getattr(*module, function);
  if (!fn) return nullptr;
  return call(*fn, args);
}

namespace {

// A C int argument (the compiler helpers' `character`), as argument clinic reads it.
bool c_int_arg(Value v, int64_t* out) {
  if (!is_int(v) && type_of(v)->number.index == nullptr) {
    raise(exc::TypeError, std::string("'") + type_name_of(v) + "' object cannot be interpreted as an integer");
    return false;
  }
  Ref i = index(v);
  if (!i) return false;
  if (!int_to_int64(*i, out) || *out > INT32_MAX || *out < INT32_MIN) {
    raise(exc::OverflowError, "Python int too large to convert to C int");
    return false;
  }
  return true;
}

// The one positional C int argument of the case helpers.
bool character_arg(const char* function, const Value* args, size_t nargs, Tuple* kwnames, uint32_t* out) {
  if (!no_keywords(function, kwnames)) return false;
  if (nargs != 1) {
    raise(exc::TypeError, std::string("_sre.") + function + "() takes exactly one argument (" + std::to_string(nargs) +
                              " given)");
    return false;
  }
  int64_t value;
  if (!c_int_arg(args[0], &value)) return false;
  *out = static_cast<uint32_t>(value);
  return true;
}

// The helpers return C ints: a code point beyond the int range wraps as in C.
Ref c_int_result(uint32_t v) { return Ref::small_int(static_cast<int32_t>(v)); }

Ref sre_ascii_iscased(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  uint32_t ch;
  if (!character_arg("ascii_iscased", args, nargs, kwnames, &ch)) return nullptr;
  return Ref::boolean(ch < 128 && ((ch | 32) - 'a') < 26);
}

Ref sre_unicode_iscased(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  uint32_t ch;
  if (!character_arg("unicode_iscased", args, nargs, kwnames, &ch)) return nullptr;
  return Ref::boolean(ch != lower_unicode(ch) || ch != upper_unicode(ch));
}

Ref sre_ascii_tolower(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  uint32_t ch;
  if (!character_arg("ascii_tolower", args, nargs, kwnames, &ch)) return nullptr;
  return c_int_result(ch < 128 ? lower_ascii(ch) : ch);
}

Ref sre_unicode_tolower(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  uint32_t ch;
  if (!character_arg("unicode_tolower", args, nargs, kwnames, &ch)) return nullptr;
  return c_int_result(lower_unicode(ch));
}

Ref sre_getcodesize(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("_sre.getcodesize", nargs, kwnames)) return nullptr;
  return Ref::small_int(sizeof(Code));
}

// The argument check of compile()'s typed parameters ("compile() argument
// 'code' must be list, not tuple").
bool require_type(Value v, const char* name, Type* type, const char* type_name) {
  if (type_is_subtype(type_of(v), type)) return true;
  raise(exc::TypeError, std::string("compile() argument '") + name + "' must be " + type_name + ", not " +
                            type_name_of(v));
  return false;
}

// compile(pattern, flags, code, groups, groupindex, indexgroup)
Ref sre_compile(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"pattern", "flags", "code", "groups", "groupindex", "indexgroup"};
  static const ArgSpec kSpec{"compile", kNames, 6, 0, 6};
  Value a[6];
  if (!bind_args(kSpec, args, nargs, kwnames, a)) return nullptr;
  int64_t flags;
  if (!c_int_arg(a[1], &flags)) return nullptr;
  if (!require_type(a[2], "code", &list_type, "list")) return nullptr;
  int64_t groups;
  if (!index_arg(a[3], &groups)) return nullptr;
  if (!require_type(a[4], "groupindex", &dict_type, "dict") ||
      !require_type(a[5], "indexgroup", &tuple_type, "tuple")) {
    return nullptr;
  }
  List* code = a[2].as<List>();
  int64_t n = code->size;
  auto* p = new_object<PatternObject>(&pattern_type, sizeof(PatternObject) + static_cast<size_t>(n) * sizeof(Code));
  if (p == nullptr) return nullptr;
  p->pattern = Value::none();
  Ref owner = Ref::steal(p);
  p->codesize = n;
  for (int64_t i = 0; i < n && i < code->size; ++i) {
    // Anything but an int in [0, 2**32) is refused with the one message CPython 3.11 gives.
    Value item = code->items[i];
    int64_t value;
    if (!is_int(item) || !int_to_int64(item, &value) || value < 0 || value > 0xFFFFFFFFLL) {
      return raise(exc::OverflowError, "regular expression code size limit exceeded");
    }
    p->code[i] = static_cast<Code>(value);
  }
  if (a[0].is_none()) {
    p->isbytes = -1;
  } else {
    Subject subject;
    if (!subject.init(a[0])) return nullptr;
    p->isbytes = subject.isbytes() ? 1 : 0;
  }
  incref(a[0]);
  p->pattern = a[0];
  p->flags = flags;
  p->groups = groups;
  if (dict_size(a[4].as<Dict>()) > 0) {
    incref(a[4]);
    p->groupindex = a[4];
    if (a[5].as<Tuple>()->size > 0) {
      incref(a[5]);
      p->indexgroup = a[5];
    }
  }
  if (!validate_code(p->code, static_cast<size_t>(p->codesize), p->groups)) {
    return raise(exc::RuntimeError, "invalid SRE code");
  }
  p->accel = new Accel(build_accel(p->code, static_cast<size_t>(p->codesize)));
  return owner;
}

const MethodDef kSreFunctions[] = {
    {"compile", sre_compile, kMethodInstance, nullptr},
    {"getcodesize", sre_getcodesize, kMethodInstance, nullptr},
    {"ascii_iscased", sre_ascii_iscased, kMethodInstance, nullptr},
    {"unicode_iscased", sre_unicode_iscased, kMethodInstance, nullptr},
    {"ascii_tolower", sre_ascii_tolower, kMethodInstance, nullptr},
    {"unicode_tolower", sre_unicode_tolower, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace
}  // namespace taipan::sre

namespace taipan {

Ref make_sre_module() {
  using namespace sre;
  if (init_pattern_type() < 0 || init_match_type() < 0 || init_scanner_type() < 0) return nullptr;
  Ref module = module_new("_sre", true);
  if (!module || module_add_functions(*module, kSreFunctions) < 0) return nullptr;
  Ref copyright = str_from_utf8(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ");
  Ref maxrepeat = int_from_int64(kMaxRepeat);
  if (!copyright || !maxrepeat) return nullptr;
  if (module_add(*module, "MAGIC", Value::small_int(kMagic)) < 0 ||
      module_add(*module, "CODESIZE", Value::small_int(sizeof(Code))) < 0 ||
      module_add(*module, "MAXREPEAT", *maxrepeat) < 0 ||
      module_add(*module, "MAXGROUPS", Value::small_int(kMaxGroups)) < 0 ||
      module_add(*module, "copyright", *copyright) < 0) {
    return nullptr;
  }
  return module;
}

}  // namespace taipan
