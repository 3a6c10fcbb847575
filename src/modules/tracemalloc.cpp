// The `_tracemalloc` module as far as CPython's tracemalloc.py needs it to
// import and answer: Taipan does not trace allocations yet, so tracing is
// never on, start() is refused, and there are no traces (warnings then
// print CPython's "Enable tracemalloc to get the object allocation
// traceback" hint).
#include "modules/modules.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"

namespace taipan {

namespace {

Ref tracemalloc_false(Value, const Value*, size_t, Tuple*) { return Ref::boolean(false); }

Ref tracemalloc_none(Value, const Value*, size_t, Tuple*) { return Ref::none(); }

Ref tracemalloc_start(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("start", kwnames) || !check_arg_count("start", nargs, 0, 1)) return nullptr;
  return raise(exc::RuntimeError, "taipan does not trace memory allocations yet");
}

Ref tracemalloc_traceback_limit(Value, const Value*, size_t, Tuple*) { return Ref::small_int(1); }

Ref tracemalloc_zero(Value, const Value*, size_t, Tuple*) { return Ref::small_int(0); }

Ref tracemalloc_traced_memory(Value, const Value*, size_t, Tuple*) {
  return tuple_pack({Value::small_int(0), Value::small_int(0)});
}

Ref tracemalloc_traces(Value, const Value*, size_t, Tuple*) { return Ref::steal(static_cast<Object*>(list_new(0))); }

const MethodDef kTracemallocFunctions[] = {
    {"is_tracing", tracemalloc_false, kMethodInstance, "Return True if the tracemalloc module is tracing Python memory allocations."},
    {"start", tracemalloc_start, kMethodInstance, "Start tracing Python memory allocations."},
    {"stop", tracemalloc_none, kMethodInstance, "Stop tracing Python memory allocations."},
    {"clear_traces", tracemalloc_none, kMethodInstance, "Clear traces of memory blocks allocated by Python."},
    {"reset_peak", tracemalloc_none, kMethodInstance, "Set the peak size of memory blocks traced by tracemalloc to the current size."},
    {"get_traceback_limit", tracemalloc_traceback_limit, kMethodInstance, "Get the maximum number of frames stored in the traceback of a trace."},
    {"get_traced_memory", tracemalloc_traced_memory, kMethodInstance, "Get the current size and peak size of memory blocks traced by tracemalloc."},
    {"get_tracemalloc_memory", tracemalloc_zero, kMethodInstance, "Get the memory usage in bytes of the tracemalloc module."},
    {"_get_object_traceback", tracemalloc_none, kMethodInstance, "Get the traceback where the Python object was allocated."},
    {"_get_traces", tracemalloc_traces, kMethodInstance, "Get traces of all memory blocks allocated by Python."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Ref make_tracemalloc_module() {
  Ref module = module_new("_tracemalloc", true);
  if (!module || module_add_functions(module.get(), kTracemallocFunctions) < 0) return nullptr;
  return module;
}

}  // namespace taipan
