// The `atexit` module: functions registered to run at interpreter exit, last
// registered first; interpreter_finalize() runs them.
#include <cstdio>
#include <string>

#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"
#include "vm/traceback.h"

namespace taipan {

namespace {

// Each entry is a tuple (func, args tuple, kwargs dict or None).
Value g_callbacks;

List* callbacks() {
  if (g_callbacks.is_null()) g_callbacks = Value::object(list_new(0));
  return g_callbacks.as<List>();
}

Ref atexit_register(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs == 0) return raise(exc::TypeError, "register() takes at least 1 argument (0 given)");
  if (type_of(args[0])->call == nullptr) return raise(exc::TypeError, "the first argument must be callable");
  Ref positional = tuple_from_array(args + 1, static_cast<int64_t>(nargs - 1));
  if (!positional) return nullptr;
  Ref keywords = Ref::none();
  if (kwnames != nullptr && kwnames->size > 0) {
    keywords = Ref::steal(static_cast<Object*>(dict_new()));
    if (!keywords) return nullptr;
    for (int64_t i = 0; i < kwnames->size; ++i) {
      if (dict_set(keywords.as<Dict>(), kwnames->items[i], args[nargs + static_cast<size_t>(i)]) < 0) return nullptr;
    }
  }
  Ref entry = tuple_pack({args[0], positional.get(), keywords.get()});
  if (!entry || list_append(callbacks(), entry.get()) < 0) return nullptr;
  return Ref::borrow(args[0]);
}

Ref atexit_unregister(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("unregister", kwnames) || !check_arg_count("unregister", nargs, 1, 1)) return nullptr;
  List* l = callbacks();
  for (int64_t i = l->size - 1; i >= 0; --i) {
    int same = equal(l->items[i].as<Tuple>()->items[0], args[0]);
    if (same < 0) return nullptr;
    if (!same) continue;
    Value old = l->items[i];
    for (int64_t j = i; j + 1 < l->size; ++j) l->items[j] = l->items[j + 1];
    --l->size;
    decref(old);
  }
  return Ref::none();
}

Ref atexit_run_exitfuncs(Value, const Value*, size_t, Tuple*) {
  run_atexit_callbacks();
  return Ref::none();
}

Ref atexit_clear(Value, const Value*, size_t, Tuple*) {
  Value old = g_callbacks;
  g_callbacks = Value();
  decref(old);
  return Ref::none();
}

Ref atexit_ncallbacks(Value, const Value*, size_t, Tuple*) { return Ref::small_int(callbacks()->size); }

const MethodDef kAtexitFunctions[] = {
    {"register", atexit_register, kMethodInstance, "Register a function to be executed upon normal program termination"},
    {"unregister", atexit_unregister, kMethodInstance, "Unregister an exit function which was previously registered"},
    {"_run_exitfuncs", atexit_run_exitfuncs, kMethodInstance, "Run all registered exit functions."},
    {"_clear", atexit_clear, kMethodInstance, "Clear the list of previously registered exit functions."},
    {"_ncallbacks", atexit_ncallbacks, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

void report_callback_error(Value func) {
  Ref message = str_from_utf8("Exception ignored in atexit callback");
  if (!message) clear_error();
  write_unraisable(func, message ? message.get() : Value());
}

}  // namespace

void run_atexit_callbacks() {
  // Taken out first: a callback that registers another does not loop forever.
  Ref entries = Ref::steal(g_callbacks);
  g_callbacks = Value();
  if (!entries) return;
  List* l = entries.as<List>();
  for (int64_t i = l->size - 1; i >= 0; --i) {
    Tuple* entry = l->items[i].as<Tuple>();
    Value kwargs = entry->items[2];
    Ref r = call_with_tuple_dict(entry->items[0], entry->items[1], kwargs.is_none() ? Value() : kwargs);
    // SystemExit too, as CPython: the exit status is already decided.
    if (!r) report_callback_error(entry->items[0]);
  }
}

Ref make_atexit_module() {
  Ref module = module_new("atexit", true);
  if (!module || module_add_functions(module.get(), kAtexitFunctions) < 0) return nullptr;
  return module;
}

}  // namespace taipan
