// Weak references: weakref.ReferenceType (`_weakref.ref`), the proxy types,
// and the list of weak references every weakly referenceable object keeps in
// the slot at its type's weaklist_offset. The slot holds a borrowed pointer to
// the newest-but-basic reference; references unlink themselves when they die.
#pragma once

#include "objects/type.h"

namespace taipan {

struct WeakRef : Object {
  Object* referent;  // borrowed; null once the referent is gone
  Value callback;    // owned; null when none (or already called)
  int64_t hash;      // cached hash of the referent
  bool hashed;
  WeakRef* prev;     // the referent's list, in CPython's order
  WeakRef* next;
};

extern Type weakref_type;             // weakref.ReferenceType
extern Type weakproxy_type;           // weakref.ProxyType
extern Type weakcallableproxy_type;   // weakref.CallableProxyType

int init_weakref_types();

// weakref.ref(ob, callback) / weakref.proxy(ob, callback); callback may be null or None.
Ref weakref_new_ref(Type* type, Value ob, Value callback);
Ref weakref_new_proxy(Value ob, Value callback);

// The head of o's weak reference list, or null when o's type has none.
inline WeakRef** weaklist_of(Object* o) {
  int64_t offset = o->type->weaklist_offset;
  if (offset == 0) return nullptr;
  return reinterpret_cast<WeakRef**>(reinterpret_cast<char*>(o) + offset);
}

// Called when o is about to be freed: clears every weak reference to it, then
// calls their callbacks, newest first; errors go to the unraisable hook.
void weakref_clear_all(Object* o);

// For the cycle collector: unlinks r from its referent without calling anything.
void weakref_unlink(WeakRef* r);

// Calls the callback of a cleared reference (once), reporting errors as unraisable.
void weakref_run_callback(WeakRef* r);

inline bool is_weakref(Value v) {
  return v.is_object() && (v.as_object()->type == &weakref_type || type_is_subtype(v.as_object()->type, &weakref_type) ||
                           v.as_object()->type == &weakproxy_type || v.as_object()->type == &weakcallableproxy_type);
}

}  // namespace taipan
