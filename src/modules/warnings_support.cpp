// The `_warnings_support` module: native entry points for lib/warnings.py's
// warn and warn_explicit. CPython implements them in C, so an exception they
// raise (a warning turned into an error, a bad category) shows no frame of
// the warnings module in its traceback. These forward to the Python
// implementations registered with set_implementations() and drop the
// leading traceback entries that belong to lib/warnings.py.
#include <string>

#include "modules/modules.h"
#include "objects/descriptors.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"

namespace taipan {

namespace {

Value g_warn_impl;
Value g_warn_explicit_impl;

// Whether a traceback entry runs code of the file `filename`.
int entry_in_file(Value entry, Value filename) {
  Ref frame = getattr(entry, "tb_frame");
  Ref code = frame ? getattr(frame.get(), "f_code") : nullptr;
  Ref file = code ? getattr(code.get(), "co_filename") : nullptr;
  return file ? equal(file.get(), filename) : -1;
}

// Calls impl; on failure the traceback loses its head entries from impl's file.
Ref call_without_own_frames(Value impl, const Value* args, size_t nargs, Tuple* kwnames) {
  if (impl.is_null()) return raise(exc::RuntimeError, "warnings is not initialised");
  Ref result = call(impl, args, nargs, kwnames);
  if (result) return result;
  Ref error = fetch_error();
  Ref code = getattr(impl, "__code__");
  Ref filename = code ? getattr(code.get(), "co_filename") : nullptr;
  if (!filename) return nullptr;
  Ref tb = getattr(error.get(), "__traceback__");
  while (tb && !tb.get().is_none()) {
    int own = entry_in_file(tb.get(), filename.get());
    if (own < 0) return nullptr;
    if (!own) break;
    tb = getattr(tb.get(), "tb_next");
  }
  if (!tb || setattr(error.get(), intern("__traceback__"), tb.get()) < 0) return nullptr;
  restore_error(std::move(error));
  return nullptr;
}

Ref support_warn(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return call_without_own_frames(g_warn_impl, args, nargs, kwnames);
}

Ref support_warn_explicit(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return call_without_own_frames(g_warn_explicit_impl, args, nargs, kwnames);
}

const MethodDef kWarnDef = {"warn", support_warn, kMethodInstance,
                            "Issue a warning, or maybe ignore it or raise an exception."};
const MethodDef kWarnExplicitDef = {"warn_explicit", support_warn_explicit, kMethodInstance,
                                    "Issue a warning, or maybe ignore it or raise an exception."};

void replace(Value& slot, Value v) {
  Value old = slot;
  slot = Ref::borrow(v).release();
  decref(old);
}

// set_implementations(warn, warn_explicit): the Python functions to forward to.
Ref support_set_implementations(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("set_implementations", kwnames) || !check_arg_count("set_implementations", nargs, 2, 2)) {
    return nullptr;
  }
  replace(g_warn_impl, args[0]);
  replace(g_warn_explicit_impl, args[1]);
  return Ref::none();
}

const MethodDef kSupportFunctions[] = {
    {"set_implementations", support_set_implementations, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Ref make_warnings_support_module() {
  Ref module = module_new("_warnings_support", true);
  if (!module || module_add_functions(module.get(), kSupportFunctions) < 0) return nullptr;
  // CPython's warn and warn_explicit come from its _warnings module.
  Ref owner = str_from_utf8("_warnings");
  if (!owner) return nullptr;
  for (const MethodDef* def : {&kWarnDef, &kWarnExplicitDef}) {
    Ref function = builtin_function_new(def, module.get(), owner.get());
    if (!function || module_add(module.get(), def->name, function.get()) < 0) return nullptr;
  }
  return module;
}

}  // namespace taipan
