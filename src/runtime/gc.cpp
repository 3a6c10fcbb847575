// The cycle collector. Tracked containers sit in one of three generation lists
// (doubly linked through the GcHead in front of each object). A collection of
// a generation works on that generation and the younger ones:
//   1. copy every object's refcount into its gc_refs;
//   2. traverse each object and subtract the references it holds to objects of
//      the set: what stays above 0 is referenced from outside the set;
//   3. everything reachable from those objects is alive; the rest is garbage;
//   4. run the garbage's finalisers (once per object), check again whether the
//      finalisers resurrected anything, then break the cycles with the clear
//      slot so that ordinary refcounting frees the objects.
// Survivors move to the next older generation. Collections start on their own
// when allocations outnumber deallocations by the youngest threshold.
#include <algorithm>
#include <vector>

#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/weakref.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan {

namespace {

// gc_refs holds a count in its low bits and these flags above it.
constexpr int64_t kCountMask = (int64_t{1} << 56) - 1;
constexpr int64_t kCollectingBit = int64_t{1} << 58;  // in the set being collected
constexpr int64_t kReachableBit = int64_t{1} << 59;   // proven alive in this collection
constexpr int64_t kFinalizedBit = int64_t{1} << 60;   // finaliser already ran

struct Generation {
  GcHead head;  // sentinel of a circular list
  int64_t threshold;
  int64_t count;  // gen 0: allocations minus deallocations; others: collections of the younger one
};

Generation g_generations[kGcGenerations] = {
    {{&g_generations[0].head, &g_generations[0].head, 0}, 700, 0},
    {{&g_generations[1].head, &g_generations[1].head, 0}, 10, 0},
    {{&g_generations[2].head, &g_generations[2].head, 0}, 10, 0},
};
bool g_enabled = true;
bool g_collecting = false;
// Full collections are skipped until the objects promoted into the oldest
// generation since the last one exceed a quarter of those that survived it,
// which keeps programs that build large live structures linear.
int64_t g_long_lived_total = 0;
int64_t g_long_lived_pending = 0;
GcGenerationStats g_stats[kGcGenerations];
List* g_callbacks = nullptr;  // gc.callbacks, owned

// Calls each of gc.callbacks with (phase, {"generation", "collected",
// "uncollectable"}); one that raises is reported as unraisable.
void invoke_callbacks(const char* phase, int generation, int64_t collected) {
  if (g_callbacks == nullptr || g_callbacks->size == 0) return;
  Ref info = Ref::steal(static_cast<Object*>(dict_new()));
  Ref phase_str = str_from_utf8(phase);
  Ref collected_int = int_from_int64(collected);
  if (!info || !phase_str || !collected_int ||
      dict_set_str(info.as<Dict>(), "generation", Value::small_int(generation)) < 0 ||
      dict_set_str(info.as<Dict>(), "collected", collected_int.get()) < 0 ||
      dict_set_str(info.as<Dict>(), "uncollectable", Value::small_int(0)) < 0) {
    write_unraisable(Value::object(g_callbacks));
    return;
  }
  // By index: a callback may change the list.
  for (int64_t i = 0; i < g_callbacks->size; ++i) {
    Ref callback = Ref::borrow(g_callbacks->items[i]);
    if (!call(callback.get(), {phase_str.get(), info.get()})) write_unraisable(callback.get());
  }
}

void list_unlink(GcHead* g) {
  g->prev->next = g->next;
  g->next->prev = g->prev;
  g->next = g->prev = nullptr;
}

void list_append(GcHead* list, GcHead* g) {
  g->prev = list->prev;
  g->next = list;
  list->prev->next = g;
  list->prev = g;
}

// Moves every element of `from` to the end of `to`.
void list_splice(GcHead* from, GcHead* to) {
  if (from->next == from) return;
  GcHead* first = from->next;
  GcHead* last = from->prev;
  first->prev = to->prev;
  to->prev->next = first;
  last->next = to;
  to->prev = last;
  from->next = from->prev = from;
}

int64_t count_of(GcHead* g) { return g->gc_refs & kCountMask; }
void set_count(GcHead* g, int64_t count) { g->gc_refs = (g->gc_refs & ~kCountMask) | count; }

// The GcHead of a child that belongs to the set being collected, or null.
GcHead* collected_head(Value child) {
  if (!child.is_object()) return nullptr;
  Object* o = child.as_object();
  if (!(o->type->flags & kTypeGC) || is_immortal(o)) return nullptr;
  GcHead* g = gc_head_of(o);
  if (g->next == nullptr || !(g->gc_refs & kCollectingBit)) return nullptr;
  return g;
}

void subtract_internal_reference(Value child, void*) {
  GcHead* g = collected_head(child);
  if (g != nullptr && count_of(g) > 0) set_count(g, count_of(g) - 1);
}

void mark_reachable_child(Value child, void* stack) {
  GcHead* g = collected_head(child);
  if (g == nullptr || (g->gc_refs & kReachableBit)) return;
  g->gc_refs |= kReachableBit;
  static_cast<std::vector<Object*>*>(stack)->push_back(object_of(g));
}

void traverse(Object* o, VisitFn visit, void* arg) {
  if (o->type->traverse != nullptr) o->type->traverse(o, visit, arg);
}

// Steps 1-3 over `objects`, whose collecting bits are set; `extra_refs` is the
// number of references the collector itself holds to each. Returns the
// objects not reachable from outside, and leaves the reachable ones marked.
std::vector<Object*> find_unreachable(const std::vector<Object*>& objects, int64_t extra_refs) {
  for (Object* o : objects) {
    GcHead* g = gc_head_of(o);
    g->gc_refs &= ~(kReachableBit | kCountMask);
    set_count(g, std::min(o->refcnt - extra_refs, kCountMask));
  }
  for (Object* o : objects) traverse(o, subtract_internal_reference, nullptr);
  std::vector<Object*> stack;
  for (Object* o : objects) {
    GcHead* g = gc_head_of(o);
    if (count_of(g) > 0) {
      g->gc_refs |= kReachableBit;
      stack.push_back(o);
    }
  }
  while (!stack.empty()) {
    Object* o = stack.back();
    stack.pop_back();
    traverse(o, mark_reachable_child, &stack);
  }
  std::vector<Object*> unreachable;
  for (Object* o : objects) {
    if (!(gc_head_of(o)->gc_refs & kReachableBit)) unreachable.push_back(o);
  }
  return unreachable;
}

void release_child(Value child, void* freed) {
  GcHead* g = collected_head(child);
  if (g == nullptr || count_of(g) == 0) return;
  set_count(g, count_of(g) - 1);
  if (count_of(g) == 0) static_cast<std::vector<Object*>*>(freed)->push_back(object_of(g));
}

// How many of the garbage CPython's gc.collect() counts: a finaliser that
// drops the last reference to an object (a generator's finally releasing its
// frame) frees it, and what only it referenced, by reference counting before
// the count is taken. Such objects are those whose references, the
// collector's own aside, all come from other such objects. Uses the count
// bits as scratch.
int64_t count_left_after_finalizers(const std::vector<Object*>& garbage, size_t dead) {
  std::vector<Object*> freed;
  for (Object* o : garbage) {
    set_count(gc_head_of(o), std::min(o->refcnt - 1, kCountMask));
    if (o->refcnt == 1) freed.push_back(o);
  }
  size_t nfreed = 0;
  while (!freed.empty()) {
    Object* o = freed.back();
    freed.pop_back();
    nfreed++;
    traverse(o, release_child, &freed);
  }
  return static_cast<int64_t>(dead - std::min(nfreed, dead));
}

// CPython's handle_weakrefs, before any finaliser runs: weak references
// that are garbage themselves are cleared without a call, then every weak
// reference to the garbage is cleared, and the callbacks of those still alive
// run (so no callback can reach an object the collector is tearing down).
void handle_weakrefs(const std::vector<Object*>& garbage) {
  std::vector<Ref> to_call;
  for (Object* o : garbage) {
    if (is_weakref(Value::object(o))) weakref_unlink(static_cast<WeakRef*>(o));
  }
  for (Object* o : garbage) {
    WeakRef** list = weaklist_of(o);
    if (list == nullptr) continue;
    while (*list != nullptr) {
      WeakRef* r = *list;
      weakref_unlink(r);
      if (r->callback.is_null() || (gc_head_of(r)->gc_refs & kCollectingBit)) continue;
      to_call.push_back(Ref::borrow(Value::object(r)));
    }
  }
  for (const Ref& r : to_call) weakref_run_callback(r.as<WeakRef>());
}

void run_finalizers(const std::vector<Object*>& garbage) {
  for (Object* o : garbage) {
    GcHead* g = gc_head_of(o);
    if (o->type->finalize == nullptr || (g->gc_refs & kFinalizedBit)) continue;
    g->gc_refs |= kFinalizedBit;
    o->type->finalize(Value::object(o));
    if (error_occurred()) write_unraisable(Value::object(o));
  }
}

// Breaks the cycles with the clear slots. Tuples are left alone, as in
// CPython: they cannot form cycles by themselves, and other objects'
// deallocators read them (a class's __bases__) while the mutable containers
// around them are released. The collector holds one reference to each object.
void clear_garbage(const std::vector<Object*>& dead) {
  for (Object* o : dead) {
    if (type_has_flag(o->type, kTypeTupleSubclass) || o->type->clear == nullptr) continue;
    if (gc_head_of(o)->next != nullptr) o->type->clear(o);
  }
}

// A tuple holding nothing the collector tracks can never be part of a
// cycle: it leaves the lists (as CPython's untrack_tuples does), so that
// large tables of tuples of numbers and strings are not traversed again and
// again. A tuple still being filled (a null item) stays.
bool is_atomic_tuple(Object* o) {
  if (o->type != &tuple_type) return false;
  Tuple* t = static_cast<Tuple*>(o);
  for (int64_t i = 0; i < t->size; ++i) {
    if (t->items[i].is_null() || gc_may_be_tracked(t->items[i])) return false;
  }
  return true;
}

// An exact dict holding nothing the collector tracks leaves the lists as
// well (CPython's untrack_dicts; dict.cpp tracks it again when it takes in
// something that may be). Only in full collections, as CPython does, so that
// a dict filled step by step is not examined again and again.
bool is_atomic_dict(Object* o) {
  if (o->type != &dict_type) return false;
  Dict* d = static_cast<Dict*>(o);
  for (int64_t i = 0; i < d->entry_count; ++i) {
    const DictEntry& e = d->entries[i];
    if (!e.key.is_null() && (gc_may_be_tracked(e.key) || gc_may_be_tracked(e.value))) return false;
  }
  return true;
}

// One walk of the list (a walk of a long linked list is a chain of cache
// misses): atomic tuples, and in a full collection atomic dicts, leave it;
// the rest is marked as collected and answered.
std::vector<Object*> take_collected(GcHead* list, bool full) {
  std::vector<Object*> objects;
  for (GcHead* g = list->next; g != list;) {
    GcHead* next = g->next;
    Object* o = object_of(g);
    if (is_atomic_tuple(o) || (full && is_atomic_dict(o))) {
      gc_untrack(o);
    } else {
      g->gc_refs |= kCollectingBit;
      objects.push_back(o);
    }
    g = next;
  }
  return objects;
}

int64_t collect(int generation) {
  if (g_collecting) return 0;
  g_collecting = true;
  Ref saved = fetch_error();
  invoke_callbacks("start", generation, 0);
  GcHead* list = &g_generations[generation].head;
  for (int i = 0; i < generation; ++i) list_splice(&g_generations[i].head, list);
  std::vector<Object*> objects = take_collected(list, generation == kGcGenerations - 1);
  const auto taken = static_cast<int64_t>(objects.size());
  for (int i = 0; i <= generation; ++i) g_generations[i].count = 0;
  if (generation + 1 < kGcGenerations) g_generations[generation + 1].count++;

  std::vector<Object*> garbage = find_unreachable(objects, 0);
  // Survivors leave the collection before any Python code runs (a finaliser
  // may free them); the whole list, garbage included, moves one generation up.
  for (Object* o : objects) {
    if (gc_head_of(o)->gc_refs & kReachableBit) gc_head_of(o)->gc_refs &= kFinalizedBit;
  }
  objects.clear();
  if (generation + 1 < kGcGenerations) {
    if (generation + 1 == kGcGenerations - 1) g_long_lived_pending += taken;
    list_splice(list, &g_generations[generation + 1].head);
  }

  for (Object* o : garbage) incref(o);
  handle_weakrefs(garbage);
  run_finalizers(garbage);
  // The finalisers may have stored garbage somewhere alive: keep those.
  std::vector<Object*> dead = find_unreachable(garbage, 1);
  int64_t collected = count_left_after_finalizers(garbage, dead.size());
  clear_garbage(dead);
  for (Object* o : garbage) {
    gc_head_of(o)->gc_refs &= kFinalizedBit;
    decref(o);
  }
  if (generation == kGcGenerations - 1) {
    g_long_lived_pending = 0;
    g_long_lived_total = taken - static_cast<int64_t>(dead.size());  // what stays in the list
  }
  g_stats[generation].collections++;
  g_stats[generation].collected += collected;
  invoke_callbacks("stop", generation, collected);
  restore_error(std::move(saved));
  g_collecting = false;
  return collected;
}

}  // namespace

void gc_track(Object* o) {
  GcHead* g = gc_head_of(o);
  if (g->next != nullptr) return;
  list_append(&g_generations[0].head, g);
  g_generations[0].count++;
}

void gc_untrack(Object* o) {
  GcHead* g = gc_head_of(o);
  if (g->next == nullptr) return;
  list_unlink(g);
  if (g_generations[0].count > 0) g_generations[0].count--;
}

bool gc_is_tracked(Object* o) {
  return (o->type->flags & kTypeGC) && gc_head_of(o)->next != nullptr;
}

bool gc_may_be_tracked(Value v) {
  if (!v.is_object()) return false;
  Object* o = v.as_object();
  if (!(o->type->flags & kTypeGC) || is_immortal(o)) return false;
  return o->type != &tuple_type || gc_head_of(o)->next != nullptr;
}

bool gc_is_finalized(Object* o) { return (gc_head_of(o)->gc_refs & kFinalizedBit) != 0; }
void gc_set_finalized(Object* o) { gc_head_of(o)->gc_refs |= kFinalizedBit; }

int64_t gc_collect() { return gc_collect_generation(kGcGenerations - 1); }

int64_t gc_collect_generation(int generation) {
  if (generation < 0 || generation >= kGcGenerations) generation = kGcGenerations - 1;
  return collect(generation);
}

void gc_maybe_collect() {
  if (!g_enabled || g_collecting) return;
  if (g_generations[0].threshold <= 0 || g_generations[0].count <= g_generations[0].threshold) return;
  for (int i = kGcGenerations - 1; i >= 0; --i) {
    if (g_generations[i].count <= g_generations[i].threshold) continue;
    if (i == kGcGenerations - 1 && g_long_lived_pending < g_long_lived_total / 4) continue;
    collect(i);
    return;
  }
}

void gc_restart_counts() {
  for (Generation& g : g_generations) g.count = 0;
}

bool gc_is_enabled() { return g_enabled; }
void gc_set_enabled(bool on) { g_enabled = on; }

void gc_get_threshold(int64_t out[kGcGenerations]) {
  for (int i = 0; i < kGcGenerations; ++i) out[i] = g_generations[i].threshold;
}

void gc_set_threshold(const int64_t in[kGcGenerations]) {
  for (int i = 0; i < kGcGenerations; ++i) g_generations[i].threshold = in[i];
}

void gc_get_stats(GcGenerationStats out[kGcGenerations]) {
  for (int i = 0; i < kGcGenerations; ++i) out[i] = g_stats[i];
}

void gc_set_callbacks(Value callbacks) {
  List* old = g_callbacks;
  g_callbacks = callbacks.as<List>();
  incref(callbacks);
  if (old != nullptr) decref(old);
}

void gc_get_count(int64_t out[kGcGenerations]) {
  for (int i = 0; i < kGcGenerations; ++i) out[i] = g_generations[i].count;
}

void gc_for_each_tracked(int generation, void (*fn)(Object* o, void* arg), void* arg) {
  for (int i = 0; i < kGcGenerations; ++i) {
    if (generation >= 0 && i != generation) continue;
    GcHead* list = &g_generations[i].head;
    for (GcHead* g = list->next; g != list; g = g->next) fn(object_of(g), arg);
  }
}

}  // namespace taipan
