// The `sys` module: interpreter facts (version, platform, limits), the
// command line (argv, flags), the module registry (modules, path), the
// standard streams and the hooks (excepthook, displayhook).
#include "modules/warnings.h"
#include "modules/sys.h"

#include <cfloat>
#include <algorithm>
#include <cstdlib>
#include <string>

#include "modules/io.h"
#include "runtime/import.h"
#include "runtime/version.h"
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/hash_bytes.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/namespace.h"
#include "objects/sequence.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "parser/parser.h"
#include "runtime/args.h"
#include "runtime/builtins.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"
#include "runtime/struct_sequence.h"
#include "vm/tracing.h"
#include "vm/eval.h"
#include "vm/frame.h"
#include "vm/generator.h"
#include "vm/gil.h"
#include "vm/thread_state.h"
#include "vm/traceback.h"

namespace taipan {

namespace {

Value g_sys_module;


// --- Struct sequences -----------------------------------------------------------

const char* const kVersionInfoFields[] = {"major", "minor", "micro", "releaselevel", "serial"};
const StructSequenceDesc kVersionInfo = {"sys.version_info", kVersionInfoFields, 5};
Type version_info_type;

const char* const kFloatInfoFields[] = {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp",
                                        "dig", "mant_dig", "epsilon", "radix", "rounds"};
const StructSequenceDesc kFloatInfo = {"sys.float_info", kFloatInfoFields, 11};
Type float_info_type;

const char* const kIntInfoFields[] = {"bits_per_digit", "sizeof_digit", "default_max_str_digits",
                                      "str_digits_check_threshold"};
const StructSequenceDesc kIntInfo = {"sys.int_info", kIntInfoFields, 4};
Type int_info_type;

const char* const kHashInfoFields[] = {"width", "modulus", "inf", "nan", "imag",
                                       "algorithm", "hash_bits", "seed_bits", "cutoff"};
const StructSequenceDesc kHashInfo = {"sys.hash_info", kHashInfoFields, 9};
Type hash_info_type;

const char* const kFlagsFields[] = {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
                                    "no_user_site", "no_site", "ignore_environment", "verbose",
                                    "bytes_warning", "quiet", "hash_randomization", "isolated",
                                    "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path",
                                    "int_max_str_digits"};
const StructSequenceDesc kFlags = {"sys.flags", kFlagsFields, 18};
Type flags_type;

const char* const kAsyncgenHooksFields[] = {"firstiter", "finalizer"};
const StructSequenceDesc kAsyncgenHooks = {"asyncgen_hooks", kAsyncgenHooksFields, 2};
Type asyncgen_hooks_type;

const char* const kUnraisableHookArgsFields[] = {"exc_type", "exc_value", "exc_traceback", "err_msg", "object"};
const StructSequenceDesc kUnraisableHookArgs = {"UnraisableHookArgs", kUnraisableHookArgsFields, 5};
Type unraisable_hook_args_type;


int init_struct_types() {
  static bool done = false;
  if (done) return 0;
  done = true;
  if (struct_sequence_init_type(&version_info_type, &kVersionInfo) < 0 ||
      struct_sequence_init_type(&float_info_type, &kFloatInfo) < 0 ||
      struct_sequence_init_type(&int_info_type, &kIntInfo) < 0 ||
      struct_sequence_init_type(&hash_info_type, &kHashInfo) < 0 ||
      struct_sequence_init_type(&flags_type, &kFlags) < 0 ||
      struct_sequence_init_type(&asyncgen_hooks_type, &kAsyncgenHooks) < 0 ||
      struct_sequence_init_type(&unraisable_hook_args_type, &kUnraisableHookArgs) < 0) {
    return -1;
  }
  return 0;
}

Ref make_version_info() {
  Ref level = str_from_utf8("final");
  if (!level) return nullptr;
  Value items[] = {Value::small_int(kPythonMajor), Value::small_int(kPythonMinor), Value::small_int(kPythonMicro), level.get(),
                   Value::small_int(0)};
  return struct_sequence_new(&version_info_type, items);
}

Ref make_float_info() {
  Value items[] = {Value::from_double(DBL_MAX), Value::small_int(DBL_MAX_EXP), Value::small_int(DBL_MAX_10_EXP),
                   Value::from_double(DBL_MIN), Value::small_int(DBL_MIN_EXP), Value::small_int(DBL_MIN_10_EXP),
                   Value::small_int(DBL_DIG), Value::small_int(DBL_MANT_DIG), Value::from_double(DBL_EPSILON),
                   Value::small_int(FLT_RADIX), Value::small_int(1)};
  return struct_sequence_new(&float_info_type, items);
}

Ref make_int_info() {
  Value items[] = {Value::small_int(30), Value::small_int(4), Value::small_int(4300), Value::small_int(640)};
  return struct_sequence_new(&int_info_type, items);
}

Ref make_hash_info() {
  Ref algorithm = str_from_utf8("siphash13");
  if (!algorithm) return nullptr;
  Ref modulus = int_from_int64((int64_t{1} << 61) - 1);
  if (!modulus) return nullptr;
  Value items[] = {Value::small_int(64), modulus.get(), Value::small_int(314159), Value::small_int(0), Value::small_int(1000003), algorithm.get(),
                   Value::small_int(64), Value::small_int(128), Value::small_int(0)};
  return struct_sequence_new(&hash_info_type, items);
}

// sys.flags.utf8_mode: PYTHONUTF8=1 (unless -E), else 0, as CPython
// decides it in a UTF-8 locale.
int utf8_mode(const SysConfig& config) {
  const char* value = config.ignore_environment ? nullptr : std::getenv("PYTHONUTF8");
  return value != nullptr && std::string_view(value) == "1" ? 1 : 0;
}

Ref make_flags(const SysConfig& config) {
  Value items[] = {Value::small_int(0), Value::small_int(config.inspect), Value::small_int(config.inspect),
                   Value::small_int(config.optimize), Value::small_int(config.dont_write_bytecode),
                   Value::small_int(config.no_user_site), Value::small_int(config.no_site),
                   Value::small_int(config.ignore_environment),
                   Value::small_int(config.verbose), Value::small_int(0), Value::small_int(config.quiet),
                   Value::small_int(hash_randomized() ? 1 : 0), Value::small_int(config.isolated), Value::boolean(config.dev_mode),
                   Value::small_int(utf8_mode(config)),
                   Value::small_int(0), Value::boolean(config.safe_path), Value::small_int(-1)};
  return struct_sequence_new(&flags_type, items);
}

Ref make_warnoptions(const SysConfig& config) {
  Ref list = Ref::steal(static_cast<Object*>(list_new(0)));
  if (!list) return nullptr;
  for (const std::string& option : config.warnoptions) {
    Ref item = str_from_utf8(option);
    if (!item || list_append(list.as<List>(), item.get()) < 0) return nullptr;
  }
  return list;
}

// sys._xoptions: -X name=value maps name to the value, a bare -X name to True.
Ref make_xoptions(const SysConfig& config) {
  Ref dict = Ref::steal(static_cast<Object*>(dict_new()));
  if (!dict) return nullptr;
  for (const std::string& option : config.xoptions) {
    size_t eq = option.find('=');
    Ref value = eq == std::string::npos ? Ref::boolean(true) : str_from_utf8(option.substr(eq + 1));
    Ref key = str_from_utf8(option.substr(0, eq));
    if (!value || !key || dict_set(dict.as<Dict>(), key.get(), value.get()) < 0) return nullptr;
  }
  return dict;
}

// sys.implementation: a types.SimpleNamespace, as in CPython.
Ref make_implementation() {
  Ref name = str_from_utf8("taipan");
  Ref tag = str_from_utf8("taipan-311");
  Ref version = make_version_info();
  Ref hexversion = int_from_int64(kPythonHexVersion);
  Ref multiarch = str_from_utf8("x86_64-linux-gnu");
  Ref fields = Ref::steal(static_cast<Object*>(dict_new()));
  if (!name || !tag || !version || !hexversion || !multiarch || !fields) return nullptr;
  Dict* d = fields.as<Dict>();
  if (dict_set_str(d, "name", name.get()) < 0 || dict_set_str(d, "cache_tag", tag.get()) < 0 ||
      dict_set_str(d, "version", version.get()) < 0 || dict_set_str(d, "hexversion", hexversion.get()) < 0 ||
      dict_set_str(d, "_multiarch", multiarch.get()) < 0) {
    return nullptr;
  }
  return namespace_from_dict(d);
}

// --- Functions ----------------------------------------------------------------

Ref sys_exit(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("exit", kwnames) || !check_arg_count("exit", nargs, 0, 1)) return nullptr;
  if (nargs == 0) return raise_empty(exc::SystemExit);
  return raise_with_arg(exc::SystemExit, args[0]);
}

Ref sys_getrecursionlimit(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("getrecursionlimit", kwnames) || !check_arg_count("getrecursionlimit", nargs, 0, 0)) {
    return nullptr;
  }
  return Ref::small_int(current_thread()->recursion_limit);
}

Ref sys_setrecursionlimit(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("setrecursionlimit", kwnames) || !check_arg_count("setrecursionlimit", nargs, 1, 1)) {
    return nullptr;
  }
  if (!is_int(args[0])) {
    return raise(exc::TypeError, std::string("'") + type_name_of(args[0]) + "' object cannot be interpreted as an integer");
  }
  int64_t limit = as_int64(args[0]);
  if (limit == -1 && error_occurred()) return nullptr;
  if (limit > INT32_MAX || limit < INT32_MIN) return raise(exc::OverflowError, "Python int too large to convert to C int");
  if (limit < 1) return raise(exc::ValueError, "recursion limit must be greater or equal than 1");
  ThreadState* ts = current_thread();
  if (limit <= ts->recursion_depth) {
    return raise(exc::RecursionError, "cannot set the recursion limit to " + std::to_string(limit) +
                                          " at the recursion depth " + std::to_string(ts->recursion_depth) +
                                          ": the limit is too low");
  }
  // The limit is the interpreter's: every thread's state follows it.
  for (ThreadState* t = thread_state_first(); t != nullptr; t = t->next) t->recursion_limit = static_cast<int>(limit);
  return Ref::none();
}

Ref sys_getrefcount(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("getrefcount", kwnames) || !check_arg_count("getrefcount", nargs, 1, 1)) return nullptr;
  if (!args[0].is_object()) return int_from_int64(kImmortalRefcnt);
  return int_from_int64(args[0].as_object()->refcnt + 1);
}

Ref sys_getsizeof(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("getsizeof", kwnames) || !check_arg_count("getsizeof", nargs, 1, 2)) return nullptr;
  Type* t = type_of(args[0]);
  Ref size;
  if (!type_lookup(t, "__sizeof__").is_null()) {
    size = call_method(args[0], "__sizeof__", {});
    if (!size) return nullptr;
  } else {
    size = int_from_int64(t->basic_size);
  }
  int64_t n = as_int64(size.get());
  if (n == -1 && error_occurred()) return nullptr;
  if (n < 0) return raise(exc::ValueError, "__sizeof__() should return >= 0");
  if (t->flags & kTypeGC) n += static_cast<int64_t>(sizeof(GcHead));
  return int_from_int64(n);
}

Ref sys_intern(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("intern", kwnames) || !check_arg_count("intern", nargs, 1, 1)) return nullptr;
  if (!is_exact_str(args[0])) {
    return raise(exc::TypeError, std::string("intern() argument must be str, not ") + type_name_of(args[0]));
  }
  return Ref::borrow(Value::object(intern_str(args[0].as<Str>())));
}

Value traceback_or_none(Value e) {
  Value tb = e.as<BaseException>()->traceback;
  return tb.is_null() ? Value::none() : tb;
}

// (type, value, traceback) of an exception being handled, or of none (null).
Ref exc_info_tuple(Value e) {
  if (e.is_null()) return tuple_pack({Value::none(), Value::none(), Value::none()});
  return tuple_pack({Value::object(type_of(e)), e, traceback_or_none(e)});
}

Ref sys_exc_info(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("exc_info", kwnames) || !check_arg_count("exc_info", nargs, 0, 0)) return nullptr;
  return exc_info_tuple(handled_exception());
}

// A dict of each running thread's identifier to what `entry` gives for its
// state (null: left out); sys._current_frames and _current_exceptions.
template <class Entry>
Ref per_thread_dict(Entry entry) {
  Ref d = Ref::steal(dict_new());
  if (!d) return nullptr;
  for (ThreadState* ts = thread_state_first(); ts != nullptr; ts = ts->next) {
    if (ts->ident == 0) continue;  // not started yet
    Ref value = entry(ts);
    if (!value) {
      if (error_occurred()) return nullptr;
      continue;
    }
    Ref key = int_from_uint64(ts->ident);
    if (!key || dict_set(d.as<Dict>(), *key, *value) < 0) return nullptr;
  }
  return d;
}

Ref sys_current_frames(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("_current_frames", kwnames) || !check_arg_count("_current_frames", nargs, 0, 0)) return nullptr;
  return per_thread_dict([](ThreadState* ts) -> Ref {
    return ts->current_frame != nullptr ? frame_object_of(ts->current_frame) : nullptr;
  });
}

Ref sys_current_exceptions(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("_current_exceptions", kwnames) || !check_arg_count("_current_exceptions", nargs, 0, 0)) {
    return nullptr;
  }
  return per_thread_dict([](ThreadState* ts) {
    Value e;
    for (ExcInfo* info = ts->exc_info; info != nullptr && e.is_null(); info = info->previous) {
      if (!info->exc.is_null() && !info->exc.is_none()) e = info->exc;
    }
    return exc_info_tuple(e);
  });
}

Ref sys_exception(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("exception", kwnames) || !check_arg_count("exception", nargs, 0, 0)) return nullptr;
  Value e = handled_exception();
  return e.is_null() ? Ref::none() : Ref::borrow(e);
}

Value stream_or_null(const char* name) {
  Value f = sys_attr(name);
  return f.is_none() ? Value() : f;
}

Ref sys_excepthook(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("excepthook", kwnames) || !check_arg_count("excepthook", nargs, 3, 3)) return nullptr;
  if (!is_exception_instance(args[1])) {
    return raise(exc::TypeError, std::string("print_exception(): Exception expected for value, ") +
                                     type_name_of(args[1]) + " found");
  }
  print_exception(args[1], stream_or_null("stderr"));
  return Ref::none();
}

// sys.unraisablehook(unraisable): the default report of an unraisable exception.
Ref sys_unraisablehook(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_one_arg("unraisablehook", nargs, kwnames)) return nullptr;
  if (type_of(args[0]) != &unraisable_hook_args_type) {
    return raise(exc::TypeError, "sys.unraisablehook argument type must be UnraisableHookArgs");
  }
  const Value* fields = args[0].as<Tuple>()->items;
  print_unraisable(fields[1], fields[3], fields[4]);
  return Ref::none();
}

int set_builtin_underscore(Value v) {
  Value b = builtins_module();
  if (b.is_null()) return 0;
  return dict_set_str(module_dict(b), "_", v);
}

Ref sys_displayhook(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("displayhook", kwnames) || !check_arg_count("displayhook", nargs, 1, 1)) return nullptr;
  if (args[0].is_none()) return Ref::none();
  if (set_builtin_underscore(Value::none()) < 0) return nullptr;
  Value out = sys_attr("stdout");
  if (out.is_null() || out.is_none()) return raise(exc::RuntimeError, "lost sys.stdout");
  Ref text = repr(args[0]);
  if (!text || io_write_text(out, text.get()) < 0) return nullptr;
  Ref newline = str_from_utf8("\n");
  if (!newline || io_write_text(out, newline.get()) < 0) return nullptr;
  if (set_builtin_underscore(args[0]) < 0) return nullptr;
  return Ref::none();
}

Ref sys_get_int_max_str_digits(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("get_int_max_str_digits", kwnames) ||
      !check_arg_count("get_int_max_str_digits", nargs, 0, 0)) {
    return nullptr;
  }
  return Ref::small_int(parser::int_literal_digit_limit());
}

Ref sys_set_int_max_str_digits(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"maxdigits"};
  static const ArgSpec spec = {"set_int_max_str_digits", names, 1, 0, 1};
  Value a[1];
  if (!bind_args(spec, args, nargs, kwnames, a)) return nullptr;
  int64_t n = as_int64(a[0]);
  if (n == -1 && error_occurred()) return nullptr;
  if (n != 0 && n < 640) return raise(exc::ValueError, "maxdigits must be 0 or larger than 640");
  parser::set_int_literal_digit_limit(n);
  return Ref::none();
}

Ref sys_getframe(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("_getframe", kwnames) || !check_arg_count("_getframe", nargs, 0, 1)) return nullptr;
  int64_t depth = 0;
  if (nargs == 1) {
    depth = as_int64(args[0]);
    if (depth == -1 && error_occurred()) return nullptr;
  }
  Frame* f = current_frame();
  while (f != nullptr && depth > 0) {
    f = f->previous;
    --depth;
  }
  if (f == nullptr) return raise(exc::ValueError, "call stack is not deep enough");
  return frame_object_of(f);
}

Ref sys_utf8(Value, const Value*, size_t, Tuple*) { return str_from_utf8("utf-8"); }
Ref sys_surrogateescape(Value, const Value*, size_t, Tuple*) { return str_from_utf8("surrogateescape"); }

// settrace/setprofile: the running thread's hooks (vm/tracing.h).
Ref set_hook(void (*set)(ThreadState*, Value), const char* name, const Value* args, size_t nargs,
             Tuple* kwnames) {
  if (!no_keywords(name, kwnames) || !check_arg_count(name, nargs, 1, 1)) return nullptr;
  set(current_thread(), args[0]);
  return Ref::none();
}
Ref hook_or_none(Value hook) { return hook.is_null() ? Ref::none() : Ref::borrow(hook); }

Ref sys_settrace(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return set_hook(set_trace_hook, "settrace", args, nargs, kwnames);
}
Ref sys_gettrace(Value, const Value*, size_t, Tuple*) { return hook_or_none(current_thread()->trace_func); }
Ref sys_setprofile(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return set_hook(set_profile_hook, "setprofile", args, nargs, kwnames);
}
Ref sys_getprofile(Value, const Value*, size_t, Tuple*) { return hook_or_none(current_thread()->profile_func); }

// sys.breakpointhook(*args, **kws): PYTHONBREAKPOINT names the callable
// (module.attr; "0" disables; unset or empty: pdb.set_trace).
Ref sys_breakpointhook(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  const char* env = std::getenv("PYTHONBREAKPOINT");
  std::string target = env == nullptr || *env == '\0' ? "pdb.set_trace" : env;
  if (target == "0") return Ref::none();
  size_t dot = target.rfind('.');
  std::string module_name = dot == std::string::npos ? "builtins" : target.substr(0, dot);
  std::string attr = dot == std::string::npos ? target : target.substr(dot + 1);
  Ref module = import_module(module_name);
  Ref hook = module ? getattr(*module, intern(attr)) : nullptr;
  if (!hook) {
    if (!error_matches(exc::ImportError) && !error_matches(exc::AttributeError)) return nullptr;
    clear_error();
    Ref message = str_from_utf8("Ignoring unimportable $PYTHONBREAKPOINT: \"" + target + "\"");
    if (!message || warn(exc::RuntimeWarning, str_utf8(message.as<Str>()), 1) < 0) return nullptr;
    return Ref::none();
  }
  return call(*hook, args, nargs, kwnames);
}

// sys.call_tracing(func, args): calls func(*args) with tracing back on, as
// a debugger's nested session (pdb's `debug`) needs from inside a hook.
Ref sys_call_tracing(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("call_tracing", kwnames) || !check_arg_count("call_tracing", nargs, 2, 2)) return nullptr;
  if (!is_tuple(args[1])) return raise(exc::TypeError, std::string("call_tracing(): argument 2 must be tuple, not ") + type_name_of(args[1]));
  ThreadState* ts = current_thread();
  int saved_tracing = ts->tracing;
  int saved_what = ts->tracing_what;
  ts->tracing = 0;
  Tuple* t = args[1].as<Tuple>();
  Ref r = call(args[0], t->items, static_cast<size_t>(t->size));
  ts->tracing = saved_tracing;
  ts->tracing_what = saved_what;
  return r;
}

Ref sys_is_finalizing(Value, const Value*, size_t, Tuple*) { return Ref::boolean(gil_finalizing()); }
Ref sys_audit(Value, const Value*, size_t, Tuple*) { return Ref::none(); }

// The GIL's switch interval, kept in whole microseconds as CPython does.
Ref sys_getswitchinterval(Value, const Value*, size_t, Tuple*) {
  return Ref::from_double(1e-6 * static_cast<double>(gil_switch_interval()));
}
Ref sys_setswitchinterval(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("setswitchinterval", kwnames) || !check_arg_count("setswitchinterval", nargs, 1, 1)) {
    return nullptr;
  }
  double d;
  int rc = number_to_double(args[0], &d);
  if (rc < 0) return nullptr;
  if (rc == 0) return raise(exc::TypeError, std::string("must be real number, not ") + type_name_of(args[0]));
  if (d <= 0) return raise(exc::ValueError, "switch interval must be strictly positive");
  gil_set_switch_interval(static_cast<unsigned long>(1e6 * d));
  return Ref::none();
}

// set_asyncgen_hooks([firstiter] [, finalizer]): a hook not given is kept;
// each must be None or callable.
Ref sys_set_asyncgen_hooks(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"firstiter", "finalizer"};
  size_t nkw = kwnames == nullptr ? 0 : static_cast<size_t>(kwnames->size);
  if (nargs + nkw > 2) {
    return raise(exc::TypeError, "function takes at most 2 arguments (" + std::to_string(nargs + nkw) + " given)");
  }
  Value hooks[2];
  for (size_t i = 0; i < nargs; ++i) hooks[i] = args[i];
  for (size_t k = 0; k < nkw; ++k) {
    std::string name = str_to_std(kwnames->items[k].as<Str>());
    size_t slot = name == names[0] ? 0 : name == names[1] ? 1 : 2;
    if (slot == 2) return raise(exc::TypeError, "'" + name + "' is an invalid keyword argument for this function");
    if (!hooks[slot].is_null()) {
      return raise(exc::TypeError, "argument for function given by name ('" + name + "') and position (" +
                                       std::to_string(slot + 1) + ")");
    }
    hooks[slot] = args[nargs + k];
  }
  Value current[2] = {asyncgen_firstiter_hook(), asyncgen_finalizer_hook()};
  for (int i = 0; i < 2; ++i) {
    if (hooks[i].is_null()) {
      hooks[i] = current[i];
    } else if (!hooks[i].is_none() && type_of(hooks[i])->call == nullptr) {
      return raise(exc::TypeError, std::string("callable ") + names[i] + " expected, got " + type_name_of(hooks[i]));
    }
  }
  set_asyncgen_hooks(hooks[0], hooks[1]);
  return Ref::none();
}

Ref sys_set_coroutine_origin_tracking_depth(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"depth"};
  static const ArgSpec spec = {"set_coroutine_origin_tracking_depth", names, 1, 0, 1};
  Value depth_arg;
  if (!bind_args(spec, args, nargs, kwnames, &depth_arg)) return nullptr;
  if (!is_int(depth_arg)) {
    return raise(exc::TypeError, std::string("'") + type_name_of(depth_arg) + "' object cannot be interpreted as an integer");
  }
  int64_t depth = as_int64(depth_arg);
  if (depth == -1 && error_occurred()) return nullptr;
  if (depth < 0) return raise(exc::ValueError, "depth must be >= 0");
  set_coroutine_origin_depth(static_cast<int>(std::min<int64_t>(depth, INT32_MAX)));
  return Ref::none();
}

Ref sys_get_coroutine_origin_tracking_depth(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("get_coroutine_origin_tracking_depth", kwnames) ||
      !check_arg_count("get_coroutine_origin_tracking_depth", nargs, 0, 0)) {
    return nullptr;
  }
  return Ref::small_int(coroutine_origin_depth());
}

Ref sys_get_asyncgen_hooks(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("get_asyncgen_hooks", kwnames) || !check_arg_count("get_asyncgen_hooks", nargs, 0, 0)) {
    return nullptr;
  }
  Value items[2] = {asyncgen_firstiter_hook(), asyncgen_finalizer_hook()};
  for (Value& v : items) {
    if (v.is_null()) v = Value::none();
  }
  return struct_sequence_new(&asyncgen_hooks_type, items);
}

const MethodDef kSysFunctions[] = {
    {"exit", sys_exit, kMethodInstance, "Exit the interpreter by raising SystemExit(status)."},
    {"set_asyncgen_hooks", sys_set_asyncgen_hooks, kMethodInstance, "Set the hooks for asynchronous generators."},
    {"set_coroutine_origin_tracking_depth", sys_set_coroutine_origin_tracking_depth, kMethodInstance,
     "Enable or disable origin tracking for coroutine objects in this thread."},
    {"get_coroutine_origin_tracking_depth", sys_get_coroutine_origin_tracking_depth, kMethodInstance,
     "Check status of origin tracking for coroutine objects in this thread."},
    {"get_asyncgen_hooks", sys_get_asyncgen_hooks, kMethodInstance, "Return the installed asynchronous generators hooks."},
    {"getrecursionlimit", sys_getrecursionlimit, kMethodInstance, "Return the current value of the recursion limit."},
    {"setrecursionlimit", sys_setrecursionlimit, kMethodInstance, "Set the maximum depth of the Python interpreter stack to n."},
    {"getrefcount", sys_getrefcount, kMethodInstance, "Return the reference count of object."},
    {"getsizeof", sys_getsizeof, kMethodInstance, "getsizeof(object [, default]) -> int"},
    {"intern", sys_intern, kMethodInstance, "``Intern'' the given string."},
    {"exc_info", sys_exc_info, kMethodInstance, "Return current exception information: (type, value, traceback)."},
    {"exception", sys_exception, kMethodInstance, "Return the current exception."},
    {"breakpointhook", sys_breakpointhook, kMethodInstance, "Call the debugger (PYTHONBREAKPOINT; pdb.set_trace by default)."},
    {"excepthook", sys_excepthook, kMethodInstance, "Handle an exception by displaying it with a traceback on sys.stderr."},
    {"unraisablehook", sys_unraisablehook, kMethodInstance, "Handle an unraisable exception."},
    {"displayhook", sys_displayhook, kMethodInstance, "Print an object to sys.stdout and also save it in builtins._"},
    {"get_int_max_str_digits", sys_get_int_max_str_digits, kMethodInstance, "Return the maximum string digits limit for non-binary int<->str conversions."},
    {"set_int_max_str_digits", sys_set_int_max_str_digits, kMethodInstance, "Set the maximum string digits limit for non-binary int<->str conversions."},
    {"_getframe", sys_getframe, kMethodInstance, "Return a frame object from the call stack."},
    {"_current_frames", sys_current_frames, kMethodInstance, "Return a dict mapping each thread's identifier to its topmost frame."},
    {"_current_exceptions", sys_current_exceptions, kMethodInstance, "Return a dict mapping each thread's identifier to its current exception."},
    {"getdefaultencoding", sys_utf8, kMethodInstance, "Return the current default encoding used by the Unicode implementation."},
    {"getfilesystemencodeerrors", sys_surrogateescape, kMethodInstance, "Return the error mode used Unicode to OS filename conversion."},
    {"getfilesystemencoding", sys_utf8, kMethodInstance, "Return the encoding used to convert Unicode filenames to OS filenames."},
    {"settrace", sys_settrace, kMethodInstance, "Set the global debug tracing function."},
    {"gettrace", sys_gettrace, kMethodInstance, "Return the global debug tracing function set with sys.settrace."},
    {"setprofile", sys_setprofile, kMethodInstance, "Set the profiling function."},
    {"getprofile", sys_getprofile, kMethodInstance, "Return the profiling function set with sys.setprofile."},
    {"call_tracing", sys_call_tracing, kMethodInstance, "Call func(*args), while tracing is enabled."},
    {"is_finalizing", sys_is_finalizing, kMethodInstance, "Return True if Python is exiting."},
    {"audit", sys_audit, kMethodInstance, "Passes the event to any audit hooks that are attached."},
    {"getswitchinterval", sys_getswitchinterval, kMethodInstance, "Return the current thread switch interval; see sys.setswitchinterval()."},
    {"setswitchinterval", sys_setswitchinterval, kMethodInstance, "Set the ideal thread switching delay inside the Python interpreter."},
    {nullptr, nullptr, 0, nullptr},
};

// --- Attributes -------------------------------------------------------------------

Ref string_list(const std::vector<std::string>& items) {
  Ref list = Ref::steal(static_cast<Object*>(list_new(0)));
  if (!list) return nullptr;
  for (const std::string& s : items) {
    Ref item = str_from_utf8(s);
    if (!item || list_append(list.as<List>(), item.get()) < 0) return nullptr;
  }
  return list;
}

// sys.path before site runs: the script's folder, PYTHONPATH, then CPython's
// library as CPython lays it out (the zip that Debian does not ship, the
// library, lib-dynload).
Ref make_path(const SysConfig& config) {
  std::vector<std::string> path;
  if (!config.safe_path) path.push_back(config.path0);
  const char* env = config.ignore_environment ? nullptr : std::getenv("PYTHONPATH");
  if (env != nullptr && *env != '\0') {
    std::string value = env;
    size_t start = 0;
    for (;;) {
      size_t colon = value.find(':', start);
      path.push_back(value.substr(start, colon - start));
      if (colon == std::string::npos) break;
      start = colon + 1;
    }
  }
  std::string library = config.prefix + kLibrarySubdir;
  path.push_back(config.prefix + "/lib/python" + std::to_string(kPythonMajor) + std::to_string(kPythonMinor) + ".zip");
  path.push_back(library);
  path.push_back(library + "/lib-dynload");
  return string_list(path);
}

Ref make_builtin_module_names() {
  std::vector<std::string> names = {"builtins", "sys"};
  for (size_t i = 0; i < kNativeModuleCount; ++i) names.push_back(kNativeModules[i].name);
  Ref list = string_list(names);
  if (!list || list_sort(list.as<List>(), Value(), false) < 0) return nullptr;
  List* l = list.as<List>();
  return tuple_from_array(l->items, l->size);
}

// Adds name = value, stealing value; fails when value is null.
bool add(Value module, const char* name, Ref value) {
  return value && module_add(module, name, value.get()) == 0;
}

bool add_streams(Value m, const SysConfig& config) {
  const char* names[] = {"stdin", "stdout", "stderr"};
  for (int fd = 0; fd < 3; ++fd) {
    Ref stream = io_std_stream(fd, config.unbuffered);
    if (!stream) return false;
    if (module_add(m, names[fd], stream.get()) < 0) return false;
    if (module_add(m, (std::string("__") + names[fd] + "__").c_str(), stream.get()) < 0) return false;
  }
  return true;
}

}  // namespace

Ref make_sys_module(const SysConfig& config) {
  if (init_struct_types() < 0) return nullptr;
  Ref module = module_new("sys", true);
  if (!module) return nullptr;
  Value m = module.get();
  if (module_add_functions(m, kSysFunctions) < 0) return nullptr;
  decref(g_sys_module);
  g_sys_module = Ref::borrow(m).release();
  Ref modules = Ref::steal(static_cast<Object*>(dict_new()));
  bool ok = add(m, "modules", modules) && dict_set_str(modules.as<Dict>(), "sys", m) == 0 &&
            add(m, "argv", string_list(config.argv)) && add(m, "orig_argv", string_list(config.argv)) &&
            add(m, "path", make_path(config)) && add(m, "version", str_from_utf8(std::string(kPythonVersion) + " (main, taipan) [Taipan " + kTaipanVersion + ", C++20]")) &&
            add(m, "version_info", make_version_info()) && add(m, "hexversion", int_from_int64(kPythonHexVersion)) &&
            add(m, "api_version", Ref::small_int(1013)) && add(m, "implementation", make_implementation()) &&
            add(m, "platform", str_from_utf8("linux")) && add(m, "byteorder", str_from_utf8("little")) &&
            add(m, "maxsize", int_from_int64(INT64_MAX)) && add(m, "maxunicode", Ref::small_int(0x10FFFF)) &&
            add(m, "float_info", make_float_info()) && add(m, "int_info", make_int_info()) &&
            add(m, "hash_info", make_hash_info()) && add(m, "flags", make_flags(config)) &&
            add(m, "float_repr_style", str_from_utf8("short")) &&
            add(m, "executable", str_from_utf8(config.executable)) &&
            add(m, "_base_executable", str_from_utf8(config.executable)) &&
            add(m, "prefix", str_from_utf8(config.prefix)) && add(m, "base_prefix", str_from_utf8(config.prefix)) &&
            add(m, "exec_prefix", str_from_utf8(config.prefix)) &&
            add(m, "base_exec_prefix", str_from_utf8(config.prefix)) &&
            add(m, "platlibdir", str_from_utf8("lib")) &&
            add(m, "_stdlib_dir", str_from_utf8(config.prefix + kLibrarySubdir)) && add(m, "pycache_prefix", Ref::none()) &&
            add(m, "abiflags", str_from_utf8("")) &&
            add(m, "dont_write_bytecode", Ref::boolean(config.dont_write_bytecode)) &&
            add(m, "builtin_module_names", make_builtin_module_names()) &&
            add(m, "meta_path", Ref::steal(static_cast<Object*>(list_new(0)))) &&
            add(m, "path_hooks", Ref::steal(static_cast<Object*>(list_new(0)))) &&
            add(m, "path_importer_cache", Ref::steal(static_cast<Object*>(dict_new()))) &&
            add(m, "warnoptions", make_warnoptions(config)) && add(m, "_xoptions", make_xoptions(config)) &&
            add(m, "copyright", str_from_utf8("Copyright (c) the Taipan authors.")) &&
            add(m, "__excepthook__", getattr(m, "excepthook")) &&
            add(m, "__breakpointhook__", getattr(m, "breakpointhook")) &&
            add(m, "__unraisablehook__", getattr(m, "unraisablehook")) &&
            add(m, "__displayhook__", getattr(m, "displayhook")) && add_streams(m, config);
  if (!ok) return nullptr;
  return module;
}

Value sys_module() { return g_sys_module; }

Ref make_unraisable_hook_args(Value exc, Value obj, Value err_msg) {
  if (init_struct_types() < 0) return nullptr;
  Value traceback = exc.as<BaseException>()->traceback;
  Value items[] = {Value::object(type_of(exc)), exc, traceback.is_null() ? Value::none() : traceback,
                   err_msg.is_null() ? Value::none() : err_msg, obj};
  return struct_sequence_new(&unraisable_hook_args_type, items);
}

Value sys_attr(std::string_view name) {
  if (g_sys_module.is_null()) return Value();
  Value v = dict_get_str(module_dict(g_sys_module), intern(name));
  return v;
}

Value sys_modules() { return sys_attr("modules"); }

int64_t sys_int_max_str_digits() { return parser::int_literal_digit_limit(); }

}  // namespace taipan
