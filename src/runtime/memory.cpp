// Heap allocation of objects on mimalloc, their release, and dealloc_object(),
// which runs an object's finaliser (once) before its type's dealloc slot.
#include "runtime/memory.h"

#include <mimalloc.h>

#include <malloc.h>
#include <sys/sysinfo.h>

#include <cstdlib>
#include <cstring>

#include "objects/trashcan.h"
#include "objects/weakref.h"
#include "runtime/alloc_hooks.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"

namespace taipan {

// Sanitizers and valgrind need the system allocator to see every block.
#if defined(__SANITIZE_ADDRESS__) || defined(TAIPAN_SYSTEM_MALLOC)
static void* zalloc(size_t size) { return std::calloc(1, size); }
static void* resize(void* p, size_t size) { return std::realloc(p, size); }
static size_t usable_size(void* p) { return malloc_usable_size(p); }
static void release(void* p) { std::free(p); }
void* calloc_exact(size_t count, size_t size) { return std::calloc(count, size); }
#else
// From this size on, calloc_exact clears by hand (see memory.h). mi_malloc,
// not malloc: the compiler would fold malloc + memset back into calloc.
constexpr size_t kLargeBlock = size_t{64} << 10;
void* calloc_exact(size_t count, size_t size) {
  size_t bytes;
  if (__builtin_mul_overflow(count, size, &bytes)) return nullptr;
  if (bytes < kLargeBlock) return mi_calloc(count, size);
  void* p = mi_malloc(bytes);
  return p != nullptr ? std::memset(p, 0, bytes) : nullptr;
}
// A failed request (an address-space limit reached, say) first has mimalloc
// hand back the memory it keeps cached for reuse, then tries once more.
template <class F>
[[gnu::noinline]] static void* retry(F allocate) {
  mi_collect(true);
  return allocate();
}
static inline void* zalloc(size_t size) {
  auto allocate = [=] { return size < kLargeBlock ? mi_zalloc(size) : calloc_exact(1, size); };
  void* p = allocate();
  return p != nullptr ? p : retry(allocate);
}
static void* resize(void* p, size_t size) {
  void* q = mi_realloc(p, size);
  return q != nullptr ? q : retry([=] { return mi_realloc(p, size); });
}
static size_t usable_size(void* p) { return mi_usable_size(p); }
static void release(void* p) { mi_free(p); }
#endif

static bool is_gc_type(const Type* t) { return (t->flags & kTypeGC) != 0; }

static const AllocHooks* g_alloc_hooks = nullptr;

void set_alloc_hooks(const AllocHooks* hooks) { g_alloc_hooks = hooks; }

bool exceeds_memory_slow(size_t size) {
  static const uint64_t limit = [] {
    struct sysinfo info {};
    if (sysinfo(&info) != 0) return UINT64_MAX;
    return (static_cast<uint64_t>(info.totalram) + info.totalswap) * info.mem_unit;
  }();
  return size > limit;
}

static inline Object* allocate_object(Type* type, size_t size, bool track) {
  if (exceeds_memory(size)) {
    raise_no_memory();
    return nullptr;
  }
  bool gc = is_gc_type(type);
  void* memory;
  if (gc) {
    gc_maybe_collect();
    memory = zalloc(sizeof(GcHead) + size);
  } else {
    memory = zalloc(size);
  }
  if (memory == nullptr) {
    raise_no_memory();
    return nullptr;
  }
  Object* o = gc ? object_of(static_cast<GcHead*>(memory)) : static_cast<Object*>(memory);
  o->refcnt = 1;
  o->type = type;
  if (type->flags & kTypeHeap) incref(static_cast<Object*>(type));
  if (gc && track) gc_track(o);
  if (g_alloc_hooks != nullptr) [[unlikely]] g_alloc_hooks->allocated(o, size + (gc ? sizeof(GcHead) : 0));
  return o;
}

Object* alloc_object(Type* type, size_t size) { return allocate_object(type, size, true); }
Object* alloc_object_untracked(Type* type, size_t size) { return allocate_object(type, size, false); }

Object* grow_object(Object* o, size_t size) {
  if (size <= usable_size(o)) return o;
  void* memory = exceeds_memory(size + size / 4) ? nullptr : resize(o, size + size / 4);
  if (memory == nullptr) {
    raise_no_memory();
    return nullptr;
  }
  if (g_alloc_hooks != nullptr) [[unlikely]] g_alloc_hooks->resized(o, static_cast<Object*>(memory), size);
  return static_cast<Object*>(memory);
}

void free_object(Object* o) {
  Type* type = o->type;
  if (g_alloc_hooks != nullptr) [[unlikely]] g_alloc_hooks->freed(o);
  if (is_gc_type(type)) {
    if (gc_is_tracked(o)) gc_untrack(o);
    release(gc_head_of(o));
  } else {
    release(o);
  }
  if (type->flags & kTypeHeap) decref(static_cast<Object*>(type));
}

// Runs o's finaliser with o temporarily alive again; the pending exception of
// the interrupted code is kept aside, and one the finaliser raises is reported
// as unraisable. Returns true when o was resurrected.
static bool run_finalizer(Object* o) {
  if (is_gc_type(o->type)) gc_set_finalized(o);
  o->refcnt = 1;
  Ref saved = fetch_error();
  o->type->finalize(Value::object(o));
  if (error_occurred()) write_unraisable(Value::object(o));
  restore_error(std::move(saved));
  return --o->refcnt != 0;
}

void dealloc_object(Object* o) {
  Type* type = o->type;
  if (type->finalize != nullptr && !(is_gc_type(type) && gc_is_finalized(o))) {
    if (run_finalizer(o)) return;
  }
  // Out of the collector's sight before any field is released: a collection
  // started while the fields go must not traverse a half-freed object.
  if (is_gc_type(type)) gc_untrack(o);
  if (WeakRef** weakrefs = weaklist_of(o); weakrefs != nullptr && *weakrefs != nullptr) weakref_clear_all(o);
  DeallocFn dealloc = type->dealloc;
  if (dealloc == nullptr) {
    free_object(o);
    return;
  }
  // A dealloc slot may release children, and theirs in turn: bounded nesting.
  if (trashcan_begin(o, dealloc)) return;
  dealloc(o);
  trashcan_end();
}

}  // namespace taipan
