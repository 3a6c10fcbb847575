// Element as a sequence of child elements: len, indexing and slicing (read,
// assign, delete), append, extend, insert and remove, with CPython's
// messages. The children live in a private list made on first use; every
// value stored there has been checked to be an Element.
#include <string>

#include "modules/elementtree/elementtree.h"
#include "objects/int.h"
#include "objects/sequence.h"
#include "objects/slice.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"

namespace taipan::etree {

namespace {

bool check_child(Value v) {
  if (is_element(v)) return true;
  raise(exc::TypeError, std::string("expected an Element, not \"") + type_name_of(v) + "\"");
  return false;
}

// PySequence_Fast with the message Element gives: a new list of the items.
Ref sequence_of(Value v) {
  Ref it = iter(v);
  if (!it) {
    if (error_matches(exc::TypeError)) {
      clear_error();
      raise(exc::TypeError, std::string("expected sequence, not \"") + type_name_of(v) + "\"");
    }
    return nullptr;
  }
  return list_from_iterable(it.get());
}

// The index `key` names among e's children, negative ones counted from the
// end: 1 in range, 0 out of range, -1 on error (TypeError for non-integers).
// The count is read after __index__ has run, since it may change the children.
int child_index(ElementObject* e, Value key, int64_t* out) {
  int found = sequence_index(key, out);
  if (found == 0) {
    raise(exc::TypeError, "element indices must be integers");
    return -1;
  }
  if (found < 0) return -1;
  int64_t n = child_count(e);
  if (*out < 0) *out += n;
  return *out >= 0 && *out < n ? 1 : 0;
}

int assign_slice(ElementObject* e, Value key, Value v) {
  List* children = element_children(e);
  if (children == nullptr) return -1;
  if (v.is_null()) return delitem(Value::object(children), key);
  Ref items = sequence_of(v);
  if (!items) return -1;
  List* l = items.as<List>();
  for (int64_t i = 0; i < l->size; ++i) {
    if (!check_child(l->items[i])) return -1;
  }
  return setitem(Value::object(children), key, items.get());
}

}  // namespace

int64_t element_length(Value self) { return child_count(as_element(self)); }

Ref element_getitem(Value self, Value key) {
  ElementObject* e = as_element(self);
  if (is_slice(key)) {
    if (e->children == nullptr) return Ref::steal(list_new(0));
    return getitem(Value::object(e->children), key);
  }
  int64_t i;
  int found = child_index(e, key, &i);
  if (found <= 0) return found < 0 ? nullptr : raise(exc::IndexError, "child index out of range");
  return Ref::borrow(child_at(e, i));
}

int element_setitem(Value self, Value key, Value v) {
  ElementObject* e = as_element(self);
  if (is_slice(key)) return assign_slice(e, key, v);
  int64_t i;
  int found = child_index(e, key, &i);
  if (found <= 0) return found < 0 ? -1 : fail(exc::IndexError, "child assignment index out of range");
  if (v.is_null()) return delitem(Value::object(e->children), Value::small_int(i));
  if (!check_child(v)) return -1;
  Value old = e->children->items[i];
  incref(v);
  e->children->items[i] = v;
  decref(old);
  return 0;
}

Ref element_append_method(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_one_arg("Element.append", nargs, kwnames)) return nullptr;
  if (!check_element_arg(args[0], "append() argument")) return nullptr;
  if (element_append(as_element(self), args[0]) < 0) return nullptr;
  return Ref::none();
}

Ref element_extend(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_one_arg("Element.extend", nargs, kwnames)) return nullptr;
  Ref items = sequence_of(args[0]);
  if (!items) return nullptr;
  List* l = items.as<List>();
  for (int64_t i = 0; i < l->size; ++i) {
    if (!check_child(l->items[i]) || element_append(as_element(self), l->items[i]) < 0) return nullptr;
  }
  return Ref::none();
}

Ref element_insert(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("insert", kwnames) || !check_arg_count("insert", nargs, 2, 2)) return nullptr;
  int64_t index;
  if (!index_arg(args[0], &index) || !check_element_arg(args[1], "insert() argument 2")) return nullptr;
  List* children = element_children(as_element(self));
  if (children == nullptr || list_insert(children, index, args[1]) < 0) return nullptr;
  return Ref::none();
}

Ref element_remove(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_one_arg("Element.remove", nargs, kwnames)) return nullptr;
  if (!check_element_arg(args[0], "remove() argument")) return nullptr;
  ElementObject* e = as_element(self);
  for (int64_t i = 0; i < child_count(e); ++i) {
    Ref child = Ref::borrow(child_at(e, i));
    int same = rich_compare_bool(child.get(), args[0], CompareOp::Eq);
    if (same < 0) return nullptr;
    if (same > 0 && i < child_count(e) && child_at(e, i) == child.get()) {
      if (delitem(Value::object(e->children), Value::small_int(i)) < 0) return nullptr;
      return Ref::none();
    }
  }
  return raise(exc::ValueError, "list.remove(x): x not in list");
}

}  // namespace taipan::etree
