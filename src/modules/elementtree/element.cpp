// xml.etree.ElementTree.Element: construction, the tag/text/tail/attrib
// fields, the attribute methods (get, set, keys, items), clear, makeelement,
// repr and the cycle collector's slots. Deep trees are torn down through the
// runtime's trashcan like any container.
#include <cstdio>
#include <string>

#include "modules/elementtree/elementtree.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/repr_guard.h"
#include "objects/sequence.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan::etree {

Type element_type;

namespace {

void release_fields(ElementObject* e) {
  Value tag = e->tag, text = e->text, tail = e->tail, attrib = e->attrib;
  List* children = e->children;
  e->tag = e->text = e->tail = e->attrib = Value();
  e->children = nullptr;
  decref(tag);
  decref(text);
  decref(tail);
  decref(attrib);
  if (children != nullptr) decref(children);
}

// A new element of `type` whose fields are None (Element.__new__).
ElementObject* alloc_element(Type* type) {
  auto* e = new_object<ElementObject>(type, static_cast<size_t>(type->basic_size));
  if (e == nullptr) return nullptr;
  e->tag = e->text = e->tail = Value::none();
  return e;
}

Ref element_type_new(Type* type, const Value*, size_t, Tuple*) {
  ElementObject* e = alloc_element(type);
  return e == nullptr ? nullptr : Ref::steal(e);
}

// The attributes of Element(tag, attrib, **extra) and SubElement(): a copy of
// attrib updated with the keywords; null (no dict yet) when neither is given.
bool merge_attributes(Value attrib, const Value* kwargs, Tuple* kwnames, Ref* out) {
  bool has_keywords = kwnames != nullptr && kwnames->size > 0;
  if (attrib.is_null() && !has_keywords) return true;
  Dict* d = attrib.is_null() ? dict_new() : dict_copy(attrib.as<Dict>());
  if (d == nullptr) return false;
  *out = Ref::steal(d);
  for (int64_t i = 0; has_keywords && i < kwnames->size; ++i) {
    if (dict_set(d, kwnames->items[i], kwargs[i]) < 0) return false;
  }
  return true;
}

// Binds (tag, attrib={}, **extra) for Element() and SubElement().
int element_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[2];
  if (!parse_tuple("Element", 1, 2, args, nargs, nullptr, a)) return -1;
  if (!a[1].is_null() && !check_dict_arg(a[1], "Element() argument 2")) return -1;
  Ref attrib;
  if (!merge_attributes(a[1], args + nargs, kwnames, &attrib)) return -1;
  ElementObject* e = as_element(self);
  assign_owned(e->tag, a[0]);
  assign_owned(e->text, Value::none());
  assign_owned(e->tail, Value::none());
  if (attrib) {
    Value old = e->attrib;
    e->attrib = attrib.release();
    decref(old);
  }
  return 0;
}

int cannot_delete() { return fail(exc::AttributeError, "can't delete element attribute"); }

Ref get_tag(Value self) { return Ref::borrow(as_element(self)->tag); }
Ref get_text(Value self) { return Ref::borrow(as_element(self)->text); }
Ref get_tail(Value self) { return Ref::borrow(as_element(self)->tail); }

template <Value ElementObject::*Field>
int set_field(Value self, Value v) {
  if (v.is_null()) return cannot_delete();
  assign_owned(as_element(self)->*Field, v);
  return 0;
}

// The attrib as stored (__setstate__ may have stored a non-dict), made on first use.
Ref get_attrib(Value self) {
  ElementObject* e = as_element(self);
  if (!e->attrib.is_null()) return Ref::borrow(e->attrib);
  Dict* d = element_attrib(e);
  return d == nullptr ? nullptr : Ref::borrow(d);
}

int set_attrib(Value self, Value v) {
  if (v.is_null()) return cannot_delete();
  if (!is_dict(v)) return fail(exc::TypeError, std::string("attrib must be dict, not ") + type_name_of(v));
  assign_owned(as_element(self)->attrib, v);
  return 0;
}

// The attrib dict when the element has one with entries, else null.
Dict* existing_attrib(ElementObject* e) {
  if (e->attrib.is_null() || !is_dict(e->attrib)) return nullptr;
  return e->attrib.as<Dict>();
}

Ref element_get(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"key", "default"};
  Value a[2];
  if (!bind_args(ArgSpec{"get", names, 2, 0, 1}, args, nargs, kwnames, a)) return nullptr;
  Value fallback = a[1].is_null() ? Value::none() : a[1];
  ElementObject* e = as_element(self);
  if (e->attrib.is_null()) return Ref::borrow(fallback);
  Value found;
  if (is_dict(e->attrib)) {
    if (hash(a[0]) == -1) return nullptr;
    found = dict_get(e->attrib.as<Dict>(), a[0]);
    if (found.is_null() && error_occurred()) return nullptr;
    return Ref::borrow(found.is_null() ? fallback : found);
  }
  return call_method(e->attrib, "get", {a[0], fallback});
}

// PyArg_UnpackTuple's "name expected 2 arguments, got 1" for set and makeelement.
bool unpack_two(const char* name, size_t nargs, Tuple* kwnames) {
  if (!no_keywords(name, kwnames)) return false;
  if (nargs == 2) return true;
  raise(exc::TypeError, std::string(name) + " expected 2 arguments, got " + std::to_string(nargs));
  return false;
}

Ref element_set(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!unpack_two("set", nargs, kwnames)) return nullptr;
  Dict* d = element_attrib(as_element(self));
  if (d == nullptr || dict_set(d, args[0], args[1]) < 0) return nullptr;
  return Ref::none();
}

Ref element_keys(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("Element.keys", nargs, kwnames)) return nullptr;
  Dict* d = existing_attrib(as_element(self));
  return d == nullptr ? Ref::steal(list_new(0)) : dict_keys_list(d);
}

Ref element_items(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("Element.items", nargs, kwnames)) return nullptr;
  Dict* d = existing_attrib(as_element(self));
  return d == nullptr ? Ref::steal(list_new(0)) : dict_items_list(d);
}

Ref element_clear(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("Element.clear", nargs, kwnames)) return nullptr;
  ElementObject* e = as_element(self);
  element_set_children(e, nullptr);
  assign_owned(e->attrib, Value());
  assign_owned(e->text, Value::none());
  assign_owned(e->tail, Value::none());
  return Ref::none();
}

Ref element_makeelement(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!unpack_two("makeelement", nargs, kwnames)) return nullptr;
  if (!check_dict_arg(args[1], "makeelement() argument 2")) return nullptr;
  Ref attrib = Ref::steal(dict_copy(args[1].as<Dict>()));
  if (!attrib) return nullptr;
  return element_new(args[0], attrib.get());
}

Ref element_sizeof(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("Element.__sizeof__", nargs, kwnames)) return nullptr;
  ElementObject* e = as_element(self);
  int64_t size = type_of(self)->basic_size;
  if (e->children != nullptr) size += e->children->capacity * static_cast<int64_t>(sizeof(Value));
  return Ref::small_int(size);
}

Ref element_repr(Value self) {
  ReprGuard guard(self.as_object());
  if (!guard.active()) {
    return raise(exc::RuntimeError, std::string("reentrant call inside ") + type_of(self)->name + ".__repr__");
  }
  std::string out = "<Element ";
  if (!append_repr(out, as_element(self)->tag)) return nullptr;
  char addr[32];
  std::snprintf(addr, sizeof addr, " at %p>", static_cast<void*>(self.as_object()));
  out += addr;
  return str_from_utf8(out);
}

void element_traverse(Object* self, VisitFn visit, void* arg) {
  auto* e = static_cast<ElementObject*>(self);
  for (Value v : {e->tag, e->text, e->tail, e->attrib}) {
    if (!v.is_null()) visit(v, arg);
  }
  for (int64_t i = 0; i < child_count(e); ++i) visit(child_at(e, i), arg);
}

void element_gc_clear(Object* self) { release_fields(static_cast<ElementObject*>(self)); }

void element_dealloc(Object* self) {
  release_fields(static_cast<ElementObject*>(self));
  free_object(self);
}

const GetSetDef kElementGetSets[] = {
    {"tag", get_tag, set_field<&ElementObject::tag>, "A string identifying what kind of data this element represents"},
    {"text", get_text, set_field<&ElementObject::text>, "A string of text directly after the start tag, or None"},
    {"tail", get_tail, set_field<&ElementObject::tail>, "A string of text directly after the end tag, or None"},
    {"attrib", get_attrib, set_attrib, "A dictionary containing the element's attributes"},
    {nullptr, nullptr, nullptr, nullptr},
};

const MethodDef kElementMethods[] = {
    {"clear", element_clear, kMethodInstance, nullptr},
    {"get", element_get, kMethodInstance, nullptr},
    {"set", element_set, kMethodInstance, nullptr},
    {"find", element_find, kMethodInstance, nullptr},
    {"findtext", element_findtext, kMethodInstance, nullptr},
    {"findall", element_findall, kMethodInstance, nullptr},
    {"append", element_append_method, kMethodInstance, nullptr},
    {"extend", element_extend, kMethodInstance, nullptr},
    {"insert", element_insert, kMethodInstance, nullptr},
    {"remove", element_remove, kMethodInstance, nullptr},
    {"iter", element_iter, kMethodInstance, nullptr},
    {"itertext", element_itertext, kMethodInstance, nullptr},
    {"iterfind", element_iterfind, kMethodInstance, nullptr},
    {"items", element_items, kMethodInstance, nullptr},
    {"keys", element_keys, kMethodInstance, nullptr},
    {"makeelement", element_makeelement, kMethodInstance, nullptr},
    {"__copy__", element_copy, kMethodInstance, nullptr},
    {"__deepcopy__", element_deepcopy, kMethodInstance, nullptr},
    {"__sizeof__", element_sizeof, kMethodInstance, nullptr},
    {"__getstate__", element_getstate, kMethodInstance, nullptr},
    {"__setstate__", element_setstate, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Dict* element_attrib(ElementObject* e) {
  if (e->attrib.is_null()) {
    Dict* d = dict_new();
    if (d == nullptr) return nullptr;
    e->attrib = Value::object(d);
  }
  if (!is_dict(e->attrib)) {
    raise(exc::TypeError, std::string("attrib must be dict, not ") + type_name_of(e->attrib));
    return nullptr;
  }
  return e->attrib.as<Dict>();
}

bool check_element_arg(Value v, const char* where) {
  if (is_element(v)) return true;
  raise(exc::TypeError, std::string(where) + " must be xml.etree.ElementTree.Element, not " + type_name_of(v));
  return false;
}

bool check_dict_arg(Value v, const char* where) {
  if (is_dict(v)) return true;
  raise(exc::TypeError, std::string(where) + " must be dict, not " + type_name_of(v));
  return false;
}

Ref element_new(Value tag, Value attrib) {
  ElementObject* e = alloc_element(&element_type);
  if (e == nullptr) return nullptr;
  assign_owned(e->tag, tag);
  if (!attrib.is_null()) assign_owned(e->attrib, attrib);
  return Ref::steal(e);
}

void element_set_children(ElementObject* e, List* children) {
  if (children != nullptr) gc_untrack(children);
  List* old = e->children;
  e->children = children;
  if (old != nullptr) decref(old);
}

List* element_children(ElementObject* e) {
  if (e->children == nullptr) element_set_children(e, list_new(0));
  return e->children;
}

int element_append(ElementObject* e, Value child) {
  List* children = element_children(e);
  return children == nullptr ? -1 : list_append(children, child);
}

// SubElement(parent, tag, attrib={}, **extra).
Ref subelement(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[3];
  if (!parse_tuple("SubElement", 2, 3, args, nargs, nullptr, a)) return nullptr;
  if (!check_element_arg(a[0], "SubElement() argument 1")) return nullptr;
  if (!a[2].is_null() && !check_dict_arg(a[2], "SubElement() argument 3")) return nullptr;
  Ref attrib;
  if (!merge_attributes(a[2], args + nargs, kwnames, &attrib)) return nullptr;
  Ref child = element_new(a[1], attrib.get());
  if (!child || element_append(as_element(a[0]), child.get()) < 0) return nullptr;
  return child;
}

int init_element_type() {
  Type& t = element_type;
  if (type_has_flag(&t, kTypeReady)) return 0;
  ElementObject probe{};
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = "xml.etree.ElementTree.Element";
  t.basic_size = sizeof(ElementObject);
  t.flags = kTypeGC | kTypeBaseType;
  t.base = &object_type;
  t.weaklist_offset = reinterpret_cast<char*>(&probe.weakrefs) - reinterpret_cast<char*>(&probe);
  t.dealloc = element_dealloc;
  t.traverse = element_traverse;
  t.clear = element_gc_clear;
  t.repr = element_repr;
  t.new_ = element_type_new;
  t.init = element_init;
  t.len = element_length;
  t.getitem = element_getitem;
  t.setitem = element_setitem;
  t.methods = kElementMethods;
  t.getsets = kElementGetSets;
  return type_ready(&t);
}

}  // namespace taipan::etree
