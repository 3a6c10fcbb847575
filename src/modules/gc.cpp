// The `gc` module: control of the cycle collector (runtime/gc.cpp).
#include <string>

#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan {

namespace {

Ref gc_collect_fn(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"generation"};
  static const ArgSpec spec = {"collect", names, 1, 0, 0};
  Value a[1];
  if (!bind_args(spec, args, nargs, kwnames, a)) return nullptr;
  int64_t generation = kGcGenerations - 1;
  if (!a[0].is_null()) {
    generation = as_int64(a[0]);
    if (generation == -1 && error_occurred()) return nullptr;
    if (generation < 0 || generation >= kGcGenerations) return raise(exc::ValueError, "invalid generation");
  }
  return int_from_int64(gc_collect_generation(static_cast<int>(generation)));
}

Ref gc_enable_fn(Value, const Value*, size_t, Tuple*) {
  gc_set_enabled(true);
  return Ref::none();
}

Ref gc_disable_fn(Value, const Value*, size_t, Tuple*) {
  gc_set_enabled(false);
  return Ref::none();
}

Ref gc_isenabled_fn(Value, const Value*, size_t, Tuple*) { return Ref::boolean(gc_is_enabled()); }

Ref counts_tuple(const int64_t values[kGcGenerations]) {
  return tuple_pack({Value::small_int(values[0]), Value::small_int(values[1]), Value::small_int(values[2])});
}

Ref gc_get_stats_fn(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("get_stats", kwnames) || !check_arg_count("get_stats", nargs, 0, 0)) return nullptr;
  GcGenerationStats stats[kGcGenerations];
  gc_get_stats(stats);
  Ref out = Ref::steal(static_cast<Object*>(list_new(0)));
  if (!out) return nullptr;
  for (const GcGenerationStats& g : stats) {
    Ref d = Ref::steal(static_cast<Object*>(dict_new()));
    Ref collections = int_from_int64(g.collections);
    Ref collected = int_from_int64(g.collected);
    Ref uncollectable = int_from_int64(g.uncollectable);
    if (!d || !collections || !collected || !uncollectable ||
        dict_set_str(d.as<Dict>(), "collections", collections.get()) < 0 ||
        dict_set_str(d.as<Dict>(), "collected", collected.get()) < 0 ||
        dict_set_str(d.as<Dict>(), "uncollectable", uncollectable.get()) < 0 ||
        list_append(out.as<List>(), d.get()) < 0) {
      return nullptr;
    }
  }
  return out;
}

Ref gc_get_threshold_fn(Value, const Value*, size_t, Tuple*) {
  int64_t t[kGcGenerations];
  gc_get_threshold(t);
  return counts_tuple(t);
}

Ref gc_set_threshold_fn(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("set_threshold", kwnames) || !check_arg_count("set_threshold", nargs, 1, 3)) return nullptr;
  int64_t t[kGcGenerations];
  gc_get_threshold(t);
  for (size_t i = 0; i < nargs; ++i) {
    t[i] = as_int64(args[i]);
    if (t[i] == -1 && error_occurred()) return nullptr;
  }
  gc_set_threshold(t);
  return Ref::none();
}

Ref gc_get_count_fn(Value, const Value*, size_t, Tuple*) {
  int64_t c[kGcGenerations];
  gc_get_count(c);
  return counts_tuple(c);
}

Ref gc_is_tracked_fn(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("is_tracked", kwnames) || !check_arg_count("is_tracked", nargs, 1, 1)) return nullptr;
  return Ref::boolean(args[0].is_object() && gc_is_tracked(args[0].as_object()));
}

Ref gc_is_finalized_fn(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("is_finalized", kwnames) || !check_arg_count("is_finalized", nargs, 1, 1)) return nullptr;
  Value v = args[0];
  return Ref::boolean(v.is_object() && gc_is_tracked(v.as_object()) && gc_is_finalized(v.as_object()));
}

void append_object(Object* o, void* list) {
  if (list_append(static_cast<List*>(list), Value::object(o)) < 0) clear_error();
}

Ref gc_get_objects_fn(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"generation"};
  static const ArgSpec spec = {"get_objects", names, 1, 0, 0};
  Value a[1];
  if (!bind_args(spec, args, nargs, kwnames, a)) return nullptr;
  int64_t generation = -1;
  if (!a[0].is_null() && !a[0].is_none()) {
    generation = as_int64(a[0]);
    if (generation == -1 && error_occurred()) return nullptr;
    if (generation >= kGcGenerations) {
      return raise(exc::ValueError, "generation parameter must be less than the number of available generations (" +
                                        std::to_string(kGcGenerations) + ")");
    }
    if (generation < 0) return raise(exc::ValueError, "generation parameter cannot be negative");
  }
  List* list = list_new(0);
  if (list == nullptr) return nullptr;
  Ref result = Ref::steal(static_cast<Object*>(list));
  gc_for_each_tracked(static_cast<int>(generation), append_object, list);
  return result;
}

void append_child(Value child, void* list) {
  if (list_append(static_cast<List*>(list), child) < 0) clear_error();
}

Ref gc_get_referents_fn(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("get_referents", kwnames)) return nullptr;
  List* list = list_new(0);
  if (list == nullptr) return nullptr;
  Ref result = Ref::steal(static_cast<Object*>(list));
  for (size_t i = 0; i < nargs; ++i) {
    if (!args[i].is_object()) continue;
    Object* o = args[i].as_object();
    if (o->type->traverse != nullptr && (o->type->flags & kTypeGC)) o->type->traverse(o, append_child, list);
  }
  if (error_occurred()) return nullptr;
  return result;
}

struct ReferrerSearch {
  const Value* targets;
  size_t count;
  bool found;
};

void check_child(Value child, void* arg) {
  auto* search = static_cast<ReferrerSearch*>(arg);
  for (size_t i = 0; i < search->count; ++i) search->found = search->found || child == search->targets[i];
}

struct ReferrerScan {
  ReferrerSearch search;
  List* out;
};

void collect_referrer(Object* o, void* arg) {
  auto* scan = static_cast<ReferrerScan*>(arg);
  if (o == scan->out || o->type->traverse == nullptr) return;
  scan->search.found = false;
  o->type->traverse(o, check_child, &scan->search);
  if (scan->search.found && list_append(scan->out, Value::object(o)) < 0) clear_error();
}

Ref gc_get_referrers_fn(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("get_referrers", kwnames)) return nullptr;
  List* list = list_new(0);
  if (list == nullptr) return nullptr;
  Ref result = Ref::steal(static_cast<Object*>(list));
  ReferrerScan scan{{args, nargs, false}, list};
  gc_for_each_tracked(-1, collect_referrer, &scan);
  return result;
}

const MethodDef kGcFunctions[] = {
    {"collect", gc_collect_fn, kMethodInstance, "Run the garbage collector."},
    {"enable", gc_enable_fn, kMethodInstance, "Enable automatic garbage collection."},
    {"disable", gc_disable_fn, kMethodInstance, "Disable automatic garbage collection."},
    {"isenabled", gc_isenabled_fn, kMethodInstance, "Returns true if automatic garbage collection is enabled."},
    {"get_threshold", gc_get_threshold_fn, kMethodInstance, "Return the current collection thresholds."},
    {"set_threshold", gc_set_threshold_fn, kMethodInstance, "set_threshold(threshold0, [threshold1, threshold2]) -> None"},
    {"get_count", gc_get_count_fn, kMethodInstance, "Return a three-tuple of the current collection counts."},
    {"get_stats", gc_get_stats_fn, kMethodInstance, "Return a list of dictionaries containing per-generation statistics."},
    {"is_tracked", gc_is_tracked_fn, kMethodInstance, "Returns true if the object is tracked by the garbage collector."},
    {"is_finalized", gc_is_finalized_fn, kMethodInstance, "Returns true if the object has been already finalized by the GC."},
    {"get_referents", gc_get_referents_fn, kMethodInstance, "Return the list of objects that are directly referred to by objs."},
    {"get_referrers", gc_get_referrers_fn, kMethodInstance, "Return the list of objects that directly refer to any of objs."},
    {"get_objects", gc_get_objects_fn, kMethodInstance, "Return a list of objects tracked by the collector (excluding the list returned)."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Ref make_gc_module() {
  Ref module = module_new("gc", true);
  if (!module || module_add_functions(module.get(), kGcFunctions) < 0) return nullptr;
  Ref garbage = Ref::steal(static_cast<Object*>(list_new(0)));
  Ref callbacks = Ref::steal(static_cast<Object*>(list_new(0)));
  if (callbacks) gc_set_callbacks(callbacks.get());
  if (!garbage || !callbacks || module_add(module.get(), "garbage", garbage.get()) < 0 ||
      module_add(module.get(), "callbacks", callbacks.get()) < 0 ||
      module_add(module.get(), "DEBUG_STATS", Value::small_int(1)) < 0 ||
      module_add(module.get(), "DEBUG_COLLECTABLE", Value::small_int(2)) < 0 ||
      module_add(module.get(), "DEBUG_UNCOLLECTABLE", Value::small_int(4)) < 0 ||
      module_add(module.get(), "DEBUG_SAVEALL", Value::small_int(32)) < 0 ||
      module_add(module.get(), "DEBUG_LEAK", Value::small_int(38)) < 0) {
    return nullptr;
  }
  return module;
}

}  // namespace taipan
