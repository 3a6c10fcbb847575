// Allocation of heap objects and the cycle collector's interface.
// Objects of types with kTypeGC carry a GcHead just before the Object and are
// linked into the collector's list while alive; other objects are plain.
#pragma once

#include <cstddef>
#include <new>
#include <utility>

#include "objects/type.h"

namespace taipan {

struct GcHead {
  GcHead* next;
  GcHead* prev;
  int64_t gc_refs;  // scratch count used during a collection
};

inline GcHead* gc_head_of(Object* o) { return reinterpret_cast<GcHead*>(o) - 1; }
inline Object* object_of(GcHead* g) { return reinterpret_cast<Object*>(g + 1); }

// Allocates `size` bytes for an instance of `type` (GcHead included when the
// type has kTypeGC), sets refcnt 1 and the type (increfing heap types), and
// tracks GC objects. Memory is zeroed. Returns null with MemoryError set on failure.
Object* alloc_object(Type* type, size_t size);
// alloc_object for a GC type whose new object the collector does not track
// yet (a dict until it holds a container: CPython's MAINTAIN_TRACKING).
Object* alloc_object_untracked(Type* type, size_t size);

// Placement-constructs T (a struct deriving from Object) in a fresh allocation.
template <class T>
T* new_object(Type* type, size_t size = sizeof(T)) {
  return static_cast<T*>(alloc_object(type, size));
}

// Releases the memory of an object whose fields are already released; untracks
// GC objects and decrefs a heap type. Every dealloc slot ends with this.
void free_object(Object* o);

// Whether a request for `size` bytes is more than the machine's RAM and swap
// together. Such a request must fail at once with MemoryError (as malloc's
// does under Linux's default overcommit rules): the allocator would reserve
// it without committing memory, and filling it would run for ages.
bool exceeds_memory_slow(size_t size);
inline bool exceeds_memory(size_t size) { return size >= (size_t{1} << 30) && exceeds_memory_slow(size); }

// calloc(count, size), clearing only the bytes asked for: the process's
// calloc (mimalloc's) clears the whole block of the size class, which for
// large sizes is up to half as big again and then all resident (a 1 MiB
// list of items would take 1.5 MiB of memory). Null when out of memory.
void* calloc_exact(size_t count, size_t size);

// Makes room for `size` bytes in a non-GC object, keeping its contents. When
// it must move (the returned address differs), it takes a quarter more than
// asked, so that an object grown step by step costs amortised linear time.
// Null with MemoryError set on failure (the object is then unchanged).
Object* grow_object(Object* o, size_t size);

// The cycle collector: untrack before tearing down a container by hand.
void gc_track(Object* o);
void gc_untrack(Object* o);
// Runs a full collection; returns the number of unreachable objects found.
int64_t gc_collect();
bool gc_is_enabled();
void gc_set_enabled(bool on);

// Finalisers: dealloc_object() runs a type's `finalize` slot (__del__) before
// its dealloc slot, at most once per GC object (the collector remembers it),
// and lets the object survive if the finaliser resurrected it.
bool gc_is_finalized(Object* o);
void gc_set_finalized(Object* o);

// What the `gc` module exposes. The collector has kGcGenerations generations;
// a collection of generation g also collects the younger ones.
constexpr int kGcGenerations = 3;
bool gc_is_tracked(Object* o);
// Whether v is, or may become, an object the collector tracks (CPython's
// _PyObject_GC_MAY_BE_TRACKED): a GC object that is not immortal and not a
// tuple already found to hold no containers.
bool gc_may_be_tracked(Value v);
int64_t gc_collect_generation(int generation);
void gc_get_threshold(int64_t out[kGcGenerations]);
void gc_set_threshold(const int64_t in[kGcGenerations]);
void gc_get_count(int64_t out[kGcGenerations]);
// gc.get_stats(): per generation, its collections and what they freed.
struct GcGenerationStats {
  int64_t collections = 0;
  int64_t collected = 0;
  int64_t uncollectable = 0;
};
void gc_get_stats(GcGenerationStats out[kGcGenerations]);
// gc.callbacks: the list whose callables are called with ("start", info)
// before each collection and ("stop", info) after it. Kept alive here.
void gc_set_callbacks(Value callbacks);
// Called when start-up is done: the allocations of start-up (built-in types,
// builtins, sys) stop counting towards the first collection, which then comes
// after the program's own allocations, not earlier than CPython's would.
void gc_restart_counts();
// Calls fn on every tracked object (generation -1: all of them).
void gc_for_each_tracked(int generation, void (*fn)(Object* o, void* arg), void* arg);
// Called by alloc_object before a new GC object exists: collects when the
// youngest generation has grown past its threshold.
void gc_maybe_collect();

}  // namespace taipan
