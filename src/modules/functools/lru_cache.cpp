// functools._lru_cache_wrapper: the memoising wrapper behind lru_cache and
// cache. Three flavours chosen by maxsize, as in CPython: 0 calls through and
// only counts misses; None keeps every result in a dict; n keeps the n most
// recently used results, in a dict whose values are links of a circular
// doubly linked list (oldest after the root, newest before it).
//
// The key of a call is the argument itself for one exact int or str
// argument (no allocation on that path), else a tuple: the positional
// arguments, then a marker object and the keyword names and values, then the
// argument types when typed.
#include <string>
#include <utility>

#include "modules/functools/functools.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/weakref.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"
#include "vm/function.h"

namespace taipan {

Type lru_cache_wrapper_type;

namespace {

Type lru_link_type;

// One cached result of a bounded cache. The dict and the list each own a
// reference; the root of the list is a link with no key.
struct LruLink : Object {
  LruLink* prev;
  LruLink* next;
  Value key;     // owned
  Value result;  // owned
};

enum class CacheKind { Uncached, Unbounded, Bounded };

struct LruWrapper : Object {
  Value func;             // the user function (owned)
  Value cache_info_type;  // the CacheInfo named tuple (owned)
  Dict* cache;            // key -> result (unbounded) or key -> LruLink (bounded)
  LruLink* root;          // bounded: the list's sentinel
  Dict* dict;             // the instance __dict__ (__wrapped__, cache_parameters ...)
  WeakRef* weakrefs;
  CacheKind kind;
  bool typed;
  int64_t maxsize;        // bounded: the capacity
  int64_t hits;
  int64_t misses;
};

LruWrapper* as_wrapper(Value v) { return v.as<LruWrapper>(); }

// The marker separating positional from keyword arguments in keys.
Value keyword_marker() {
  static Value marker = call(Value::object(&object_type), {}).release();
  return marker;
}

// ---- the list of a bounded cache ----------------------------------------------

void link_unlink(LruLink* link) {
  link->prev->next = link->next;
  link->next->prev = link->prev;
}

// Puts link last: the most recently used.
void link_append(LruLink* root, LruLink* link) {
  link->prev = root->prev;
  link->next = root;
  root->prev->next = link;
  root->prev = link;
}

void link_traverse(Object* self, VisitFn visit, void* arg) {
  LruLink* l = static_cast<LruLink*>(self);
  if (!l->key.is_null()) visit(l->key, arg);
  if (!l->result.is_null()) visit(l->result, arg);
}

void link_clear(Object* self) {
  LruLink* l = static_cast<LruLink*>(self);
  Value key = l->key, result = l->result;
  l->key = Value();
  l->result = Value();
  decref(key);
  decref(result);
}

void link_dealloc(Object* self) {
  link_clear(self);
  free_object(self);
}

LruLink* link_new() {
  LruLink* l = new_object<LruLink>(&lru_link_type);
  if (l) l->prev = l->next = l;
  return l;
}

// Drops every link from the list (the list's references).
void list_release(LruLink* root) {
  LruLink* l = root->next;
  root->prev = root->next = root;
  while (l != root) {
    LruLink* following = l->next;
    decref(Value::object(l));
    l = following;
  }
}

// ---- keys -------------------------------------------------------------------

Ref make_key(const LruWrapper* w, const Value* args, size_t nargs, Tuple* kwnames) {
  int64_t positional = static_cast<int64_t>(nargs);
  int64_t keywords = kwnames ? kwnames->size : 0;
  if (!w->typed && keywords == 0) {
    if (nargs == 1 && (is_exact_int(args[0]) || is_exact_str(args[0]))) return Ref::borrow(args[0]);
    return tuple_from_array(args, positional);
  }
  int64_t size = positional + (keywords ? 2 * keywords + 1 : 0) + (w->typed ? positional + keywords : 0);
  Tuple* key = tuple_new(size);
  if (!key) return nullptr;
  int64_t at = 0;
  auto put = [&](Value v) { key->items[at++] = Ref::borrow(v).release(); };
  for (int64_t i = 0; i < positional; i++) put(args[i]);
  if (keywords) {
    put(keyword_marker());
    for (int64_t k = 0; k < keywords; k++) {
      put(kwnames->items[k]);
      put(args[nargs + static_cast<size_t>(k)]);
    }
  }
  if (w->typed) {
    for (int64_t i = 0; i < positional; i++) put(Value::object(type_of(args[i])));
    for (int64_t k = 0; k < keywords; k++) put(Value::object(type_of(args[nargs + static_cast<size_t>(k)])));
  }
  return Ref::steal(key);
}

// ---- the call ---------------------------------------------------------------

Ref unbounded_call(LruWrapper* w, const Value* args, size_t nargs, Tuple* kwnames) {
  Ref key = make_key(w, args, nargs, kwnames);
  if (!key) return nullptr;
  Value cached = dict_get(w->cache, *key);
  if (!cached.is_null()) {
    w->hits++;
    return Ref::borrow(cached);
  }
  if (error_occurred()) return nullptr;
  w->misses++;
  Ref result = call(w->func, args, nargs, kwnames);
  if (!result || dict_set(w->cache, *key, *result) < 0) return nullptr;
  return result;
}

Ref bounded_call(LruWrapper* w, const Value* args, size_t nargs, Tuple* kwnames) {
  Ref key = make_key(w, args, nargs, kwnames);
  if (!key) return nullptr;
  Value found = dict_get(w->cache, *key);
  if (!found.is_null()) {
    LruLink* link = found.as<LruLink>();
    link_unlink(link);
    link_append(w->root, link);
    w->hits++;
    return Ref::borrow(link->result);
  }
  if (error_occurred()) return nullptr;
  w->misses++;
  Ref result = call(w->func, args, nargs, kwnames);
  if (!result) return nullptr;
  // The call may have cached this key itself (recursion) or cleared the cache.
  found = dict_get(w->cache, *key);
  if (!found.is_null()) return result;
  if (error_occurred()) return nullptr;
  LruLink* root = w->root;
  Ref link;
  if (dict_size(w->cache) < w->maxsize || root->next == root) {
    link = Ref::steal(link_new());
    if (!link) return nullptr;
  } else {
    // Full: the oldest link leaves the dict and the list, and is reused.
    LruLink* oldest = root->next;
    link_unlink(oldest);
    link = Ref::steal(oldest);  // the list's reference
    Ref old_key = Ref::borrow(oldest->key);
    if (dict_del(w->cache, *old_key) < 0) return nullptr;
    link_clear(oldest);
  }
  LruLink* l = link.as<LruLink>();
  l->key = Ref::borrow(*key).release();
  l->result = Ref::borrow(*result).release();
  if (dict_set(w->cache, *key, *link) < 0) return nullptr;
  link_append(root, link.release().as<LruLink>());
  return result;
}

Ref lru_wrapper_call(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  LruWrapper* w = as_wrapper(self);
  switch (w->kind) {
    case CacheKind::Unbounded:
      return unbounded_call(w, args, nargs, kwnames);
    case CacheKind::Bounded:
      return bounded_call(w, args, nargs, kwnames);
    case CacheKind::Uncached:
      break;
  }
  w->misses++;
  return call(w->func, args, nargs, kwnames);
}

// ---- methods ------------------------------------------------------------------

bool no_arguments(const char* method, size_t nargs, Tuple* kwnames) {
  if (nargs == 0 && (kwnames == nullptr || kwnames->size == 0)) return true;
  raise(exc::TypeError, std::string("_lru_cache_wrapper.") + method + "() takes no arguments (" +
                            std::to_string(nargs + (kwnames ? kwnames->size : 0)) + " given)");
  return false;
}

Ref lru_cache_info(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_arguments("cache_info", nargs, kwnames)) return nullptr;
  LruWrapper* w = as_wrapper(self);
  Ref hits = int_from_int64(w->hits);
  Ref misses = int_from_int64(w->misses);
  Ref maxsize = w->kind == CacheKind::Unbounded ? Ref::none()
                : w->kind == CacheKind::Uncached  ? Ref::small_int(0)
                                                  : int_from_int64(w->maxsize);
  Ref currsize = int_from_int64(dict_size(w->cache));
  if (!hits || !misses || !maxsize || !currsize) return nullptr;
  return call(w->cache_info_type, {*hits, *misses, *maxsize, *currsize});
}

void cache_reset(LruWrapper* w) {
  if (w->root) list_release(w->root);
  if (w->cache) dict_clear(w->cache);
}

Ref lru_cache_clear(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_arguments("cache_clear", nargs, kwnames)) return nullptr;
  LruWrapper* w = as_wrapper(self);
  w->hits = w->misses = 0;
  cache_reset(w);
  return Ref::none();
}

// Pickled by reference, under the wrapped function's qualified name.
Ref lru_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_arguments("__reduce__", nargs, kwnames)) return nullptr;
  return getattr(self, "__qualname__");
}

Ref lru_copy(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_arguments("__copy__", nargs, kwnames)) return nullptr;
  return Ref::borrow(self);
}

Ref lru_deepcopy(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("__deepcopy__", kwnames) || !check_arg_count("__deepcopy__", nargs, 1, 1)) return nullptr;
  return Ref::borrow(self);
}

// Bound like a function: instance.method(x) calls wrapper(instance, x).
Ref lru_descr_get(Value self, Value obj, Type*) {
  if (obj.is_null() || obj.is_none()) return Ref::borrow(self);
  return method_new(self, obj);
}

// ---- construction and lifetime -------------------------------------------------

void lru_traverse(Object* self, VisitFn visit, void* arg) {
  LruWrapper* w = static_cast<LruWrapper*>(self);
  if (!w->func.is_null()) visit(w->func, arg);
  if (!w->cache_info_type.is_null()) visit(w->cache_info_type, arg);
  if (w->cache) visit(Value::object(w->cache), arg);
  if (w->dict) visit(Value::object(w->dict), arg);
  if (w->root) {
    for (LruLink* l = w->root->next; l != w->root; l = l->next) visit(Value::object(l), arg);
  }
}

void lru_clear(Object* self) {
  LruWrapper* w = static_cast<LruWrapper*>(self);
  cache_reset(w);
  Value func = w->func, info = w->cache_info_type;
  w->func = Value();
  w->cache_info_type = Value();
  decref(func);
  decref(info);
  Dict* d = w->dict;
  w->dict = nullptr;
  if (d) decref(Value::object(d));
}

void lru_dealloc(Object* self) {
  LruWrapper* w = static_cast<LruWrapper*>(self);
  lru_clear(self);
  if (w->cache) decref(Value::object(w->cache));
  if (w->root) decref(Value::object(w->root));
  free_object(self);
}

const MethodDef kLruMethods[] = {
    {"cache_info", lru_cache_info, kMethodInstance, "Report cache statistics"},
    {"cache_clear", lru_cache_clear, kMethodInstance, "Clear the cache and cache statistics"},
    {"__reduce__", lru_reduce, kMethodInstance, nullptr},
    {"__copy__", lru_copy, kMethodInstance, nullptr},
    {"__deepcopy__", lru_deepcopy, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kLruGetSets[] = {
    {"__dict__", instance_dict_get, instance_dict_set, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

Ref lru_cache_wrapper_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"user_function", "maxsize", "typed", "cache_info_type"};
  static const ArgSpec kSpec{"lru_cache", kNames, 4, 0, 4};
  Value a[4];
  if (!bind_args(kSpec, args, nargs, kwnames, a)) return nullptr;
  if (type_of(a[0])->call == nullptr) return raise(exc::TypeError, "the first argument must be callable");
  CacheKind kind = CacheKind::Unbounded;
  int64_t maxsize = 0;
  if (!a[1].is_none()) {
    if (type_of(a[1])->number.index == nullptr) return raise(exc::TypeError, "maxsize should be integer or None");
    Ref size = index(a[1]);
    if (!size) return nullptr;
    maxsize = as_int64(*size);
    if (maxsize == -1 && error_occurred()) return nullptr;
    kind = maxsize <= 0 ? CacheKind::Uncached : CacheKind::Bounded;
  }
  int typed = is_true(a[2]);
  if (typed < 0) return nullptr;
  Ref cache = Ref::steal(dict_new());
  Ref root = kind == CacheKind::Bounded ? Ref::steal(link_new()) : Ref::none();
  if (!cache || !root) return nullptr;
  LruWrapper* w = new_object<LruWrapper>(type, static_cast<size_t>(type->basic_size));
  if (!w) return nullptr;
  w->func = Ref::borrow(a[0]).release();
  w->cache_info_type = Ref::borrow(a[3]).release();
  w->cache = cache.release().as<Dict>();
  w->root = kind == CacheKind::Bounded ? root.release().as<LruLink>() : nullptr;
  w->kind = kind;
  w->typed = typed != 0;
  w->maxsize = maxsize;
  return Ref::steal(w);
}

int init_lru_cache_wrapper_type() {
  Type& link = lru_link_type;
  if (!type_has_flag(&link, kTypeReady)) {
    link.refcnt = kImmortalRefcnt;
    link.type = &type_type;
    link.name = "functools._lru_list_elem";
    link.basic_size = sizeof(LruLink);
    link.flags = kTypeGC;
    link.base = &object_type;
    link.dealloc = link_dealloc;
    link.traverse = link_traverse;
    link.clear = link_clear;
    if (type_ready(&link) < 0) return -1;
  }
  Type& t = lru_cache_wrapper_type;
  if (type_has_flag(&t, kTypeReady)) return 0;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = "functools._lru_cache_wrapper";
  t.basic_size = sizeof(LruWrapper);
  t.flags = kTypeGC | kTypeMethodDescriptor;
  t.base = &object_type;
  LruWrapper probe{};
  t.dict_offset = reinterpret_cast<char*>(&probe.dict) - reinterpret_cast<char*>(&probe);
  t.weaklist_offset = reinterpret_cast<char*>(&probe.weakrefs) - reinterpret_cast<char*>(&probe);
  t.new_ = lru_cache_wrapper_new;
  t.call = lru_wrapper_call;
  t.descr_get = lru_descr_get;
  t.dealloc = lru_dealloc;
  t.traverse = lru_traverse;
  t.clear = lru_clear;
  t.methods = kLruMethods;
  t.getsets = kLruGetSets;
  t.doc = "Create a cached callable that wraps another function.\n\n"
          "user_function:      the function being cached\n\n"
          "maxsize:  0         for no caching\n"
          "          None      for unlimited cache size\n"
          "          n         for a bounded cache\n\n"
          "typed:    False     cache f(3) and f(3.0) as identical calls\n"
          "          True      cache f(3) and f(3.0) as distinct calls\n\n"
          "cache_info_type:    namedtuple class with the fields:\n"
          "                        hits misses currsize maxsize\n";
  return type_ready(&t);
}

}  // namespace taipan
