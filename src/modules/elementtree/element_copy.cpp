// Copying and pickling an Element: __copy__ (children and attrib shared),
// __deepcopy__ (exact Elements copied natively, everything else through
// copy.deepcopy with the same memo), and the __getstate__/__setstate__ pair
// object.__reduce_ex__ pickles with.
#include <string>

#include "modules/elementtree/elementtree.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/sequence.h"
#include "objects/str.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/import.h"
#include "runtime/protocol.h"
#include "vm/native_recursion.h"

namespace taipan::etree {

namespace {

// A copy of e's children list (an empty list when it has none).
Ref children_list(ElementObject* e) {
  if (e->children == nullptr) return Ref::steal(list_new(0));
  return list_slice(e->children, 0, e->children->size);
}

Ref deep_copy_element(ElementObject* e, Value memo);

// copy.deepcopy(v, memo), with the cases that need no Python code done here
// (the memo's keep-alive list is not kept for those).
Ref deep_copy(Value v, Value memo) {
  if (v.is_none() || is_exact_str(v)) return Ref::borrow(v);
  if (v.is_object() && v.as_object()->type == &element_type && is_dict(memo)) {
    // copy.deepcopy's memo lookup, then the copy itself without Python code.
    Ref id = int_from_uint64(v.bits());
    if (!id) return nullptr;
    Value known = dict_get(memo.as<Dict>(), id.get());
    if (!known.is_null()) return Ref::borrow(known);
    return deep_copy_element(as_element(v), memo);
  }
  Ref copy_module = import_module("copy");
  if (!copy_module) return nullptr;
  Ref deepcopy = getattr(copy_module.get(), "deepcopy");
  if (!deepcopy) return nullptr;
  return call(deepcopy.get(), {v, memo});
}

Ref deep_copy_element_unguarded(ElementObject* e, Value memo) {
  Ref tag = deep_copy(e->tag, memo);
  if (!tag) return nullptr;
  Ref attrib;
  if (!e->attrib.is_null()) {
    attrib = deep_copy(e->attrib, memo);
    if (!attrib) return nullptr;
  }
  Ref result = element_new(tag.get(), attrib.get());
  if (!result) return nullptr;
  ElementObject* copy = as_element(result.get());
  Ref text = deep_copy(e->text, memo);
  if (!text) return nullptr;
  assign_owned(copy->text, text.get());
  Ref tail = deep_copy(e->tail, memo);
  if (!tail) return nullptr;
  assign_owned(copy->tail, tail.get());
  for (int64_t i = 0; i < child_count(e); ++i) {
    Ref child = deep_copy(child_at(e, i), memo);
    if (!child) return nullptr;
    if (!is_element(child.get())) {
      return raise(exc::TypeError, std::string("expected an Element, not \"") + type_name_of(child.get()) + "\"");
    }
    if (element_append(copy, child.get()) < 0) return nullptr;
  }
  Ref id = int_from_uint64(Value::object(e).bits());
  if (!id || setitem(memo, id.get(), result.get()) < 0) return nullptr;
  return result;
}

Ref deep_copy_element(ElementObject* e, Value memo) {
  if (!enter_native_recursion("")) return nullptr;
  Ref result = deep_copy_element_unguarded(e, memo);
  leave_recursive_call();
  return result;
}

// The fields __setstate__ reads from its dict.
enum StateField { kTag, kAttrib, kText, kTail, kChildren, kStateFieldCount };
const char* const kStateNames[kStateFieldCount] = {"tag", "attrib", "text", "tail", "_children"};

bool read_state(Dict* state, Value fields[kStateFieldCount]) {
  int64_t pos = 0;
  Value key, value;
  while (dict_next(state, &pos, &key, &value)) {
    if (!is_str(key)) {
      raise(exc::TypeError, "keywords must be strings");
      return false;
    }
    std::string_view name = str_utf8(key.as<Str>());
    int field = 0;
    while (field < kStateFieldCount && name != kStateNames[field]) ++field;
    if (field == kStateFieldCount) {
      raise(exc::TypeError, "'" + std::string(name) + "' is an invalid keyword argument for this function");
      return false;
    }
    fields[field] = value;
  }
  return true;
}

}  // namespace

Ref element_copy(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("Element.__copy__", nargs, kwnames)) return nullptr;
  ElementObject* e = as_element(self);
  Ref result = element_new(e->tag, e->attrib);
  if (!result) return nullptr;
  ElementObject* copy = as_element(result.get());
  assign_owned(copy->text, e->text);
  assign_owned(copy->tail, e->tail);
  if (e->children != nullptr) {
    Ref children = children_list(e);
    if (!children) return nullptr;
    element_set_children(copy, children.release().as<List>());
  }
  return result;
}

Ref element_deepcopy(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_one_arg("Element.__deepcopy__", nargs, kwnames)) return nullptr;
  if (!check_dict_arg(args[0], "__deepcopy__() argument")) return nullptr;
  return deep_copy_element(as_element(self), args[0]);
}

Ref element_getstate(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("Element.__getstate__", nargs, kwnames)) return nullptr;
  ElementObject* e = as_element(self);
  Ref children = children_list(e);
  Dict* attrib = element_attrib(e);
  Ref state = Ref::steal(dict_new());
  if (!children || attrib == nullptr || !state) return nullptr;
  // Fresh key strings each time, as CPython's: pickle memoizes by identity,
  // so shared keys would change the pickled bytes.
  const std::pair<const char*, Value> fields[] = {
      {"tag", e->tag}, {"_children", children.get()}, {"attrib", Value::object(attrib)},
      {"text", e->text}, {"tail", e->tail}};
  for (const auto& [name, value] : fields) {
    Ref key = str_from_utf8(name);
    if (!key || dict_set(state.as<Dict>(), key.get(), value) < 0) return nullptr;
  }
  return state;
}

Ref element_setstate(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_one_arg("Element.__setstate__", nargs, kwnames)) return nullptr;
  if (!is_dict(args[0])) {
    std::string message = "Don't know how to unpickle \"";
    if (!append_repr(message, args[0])) return nullptr;
    return raise(exc::TypeError, message + "\" as an Element");
  }
  Value fields[kStateFieldCount];
  if (!read_state(args[0].as<Dict>(), fields)) return nullptr;
  if (fields[kTag].is_null()) return raise(exc::TypeError, "tag may not be NULL");
  Ref children;
  if (!fields[kChildren].is_null()) {
    if (type_of(fields[kChildren]) != &list_type) return raise(exc::TypeError, "'_children' is not a list");
    children = list_from_iterable(fields[kChildren]);
    if (!children) return nullptr;
    List* l = children.as<List>();
    for (int64_t i = 0; i < l->size; ++i) {
      if (!is_element(l->items[i])) {
        // As CPython's, a failed restore leaves the element without children and attributes.
        element_set_children(as_element(self), nullptr);
        assign_owned(as_element(self)->attrib, Value());
        return raise(exc::TypeError, std::string("expected an Element, not \"") + type_name_of(l->items[i]) + "\"");
      }
    }
  }
  ElementObject* e = as_element(self);
  assign_owned(e->tag, fields[kTag]);
  assign_owned(e->text, fields[kText].is_null() ? Value::none() : fields[kText]);
  assign_owned(e->tail, fields[kTail].is_null() ? Value::none() : fields[kTail]);
  if (children) element_set_children(e, children.release().as<List>());
  if (!fields[kAttrib].is_null()) assign_owned(e->attrib, fields[kAttrib]);
  return Ref::none();
}

}  // namespace taipan::etree
