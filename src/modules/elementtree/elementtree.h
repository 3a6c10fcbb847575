// The `_elementtree` module, the accelerator xml.etree.ElementTree imports at
// its end: the Element type (element.cpp, its list protocol in
// element_children.cpp, its pickling and copying in element_copy.cpp, its
// searches and iterators in element_find.cpp), TreeBuilder
// (treebuilder.cpp), XMLParser straight over libexpat (xmlparser.cpp) and
// the module itself (module.cpp).
#pragma once

#include "objects/list.h"
#include "objects/type.h"

namespace taipan::etree {

// An Element. attrib and children are made on first use, as CPython's are:
// a null attrib reads as a new empty dict stored on the element.
struct ElementObject : Object {
  Value tag;       // owned
  Value text;      // owned (None by default)
  Value tail;      // owned (None by default)
  Value attrib;    // owned dict, or null
  // Owned, or null. Never seen by Python code, so the cycle collector does
  // not track it: element_traverse visits the children themselves.
  List* children;
  Value weakrefs;
};

extern Type element_type;
extern Type element_iter_type;
extern Type treebuilder_type;
extern Type xmlparser_type;
extern Type* parse_error;  // xml.etree.ElementTree.ParseError (a SyntaxError)

// Stores v (increfed; may be null) in an owned field, releasing the old value.
inline void assign_owned(Value& field, Value v) {
  Value old = field;
  if (!v.is_null()) incref(v);
  field = v;
  decref(old);
}

inline bool is_element(Value v) { return v.is_object() && type_is_subtype(v.as_object()->type, &element_type); }
inline ElementObject* as_element(Value v) { return v.as<ElementObject>(); }
inline int64_t child_count(const ElementObject* e) { return e->children == nullptr ? 0 : e->children->size; }
inline Value child_at(const ElementObject* e, int64_t i) { return e->children->items[i]; }

// The factories _set_factories() installs (owned, or null): what TreeBuilder
// calls for comments and processing instructions.
extern Value comment_factory;
extern Value pi_factory;

int init_element_type();
int init_element_iter_type();
int init_treebuilder_type();
int init_xmlparser_type();

// A new exact Element with the tag and attributes (null: none yet).
Ref element_new(Value tag, Value attrib);
// Appends a child (an Element, unchecked). 0 or -1.
int element_append(ElementObject* e, Value child);
// Replaces the children with `children` (owned; null: none).
void element_set_children(ElementObject* e, List* children);
// The children list, made (empty) on first use. Null on failure.
List* element_children(ElementObject* e);
// The attrib dict, made on first use. Null on failure.
Dict* element_attrib(ElementObject* e);
// "<name>() argument N must be xml.etree.ElementTree.Element, not X": false.
bool check_element_arg(Value v, const char* where);
// "<name>() argument N must be dict, not X": false.
bool check_dict_arg(Value v, const char* where);

// Element's methods defined outside element.cpp, for its method table.
// SubElement(parent, tag, attrib={}, **extra), a module function.
Ref subelement(Value module, const Value* args, size_t nargs, Tuple* kwnames);
int64_t element_length(Value self);
Ref element_getitem(Value self, Value key);
int element_setitem(Value self, Value key, Value v);
Ref element_append_method(Value self, const Value* args, size_t nargs, Tuple* kwnames);
Ref element_extend(Value self, const Value* args, size_t nargs, Tuple* kwnames);
Ref element_insert(Value self, const Value* args, size_t nargs, Tuple* kwnames);
Ref element_remove(Value self, const Value* args, size_t nargs, Tuple* kwnames);
Ref element_copy(Value self, const Value* args, size_t nargs, Tuple* kwnames);
Ref element_deepcopy(Value self, const Value* args, size_t nargs, Tuple* kwnames);
Ref element_getstate(Value self, const Value* args, size_t nargs, Tuple* kwnames);
Ref element_setstate(Value self, const Value* args, size_t nargs, Tuple* kwnames);
Ref element_find(Value self, const Value* args, size_t nargs, Tuple* kwnames);
Ref element_findtext(Value self, const Value* args, size_t nargs, Tuple* kwnames);
Ref element_findall(Value self, const Value* args, size_t nargs, Tuple* kwnames);
Ref element_iterfind(Value self, const Value* args, size_t nargs, Tuple* kwnames);
Ref element_iter(Value self, const Value* args, size_t nargs, Tuple* kwnames);
Ref element_itertext(Value self, const Value* args, size_t nargs, Tuple* kwnames);

// TreeBuilder's methods, which XMLParser calls directly when its target is
// an exact TreeBuilder.
Ref treebuilder_start(Value self, const Value* args, size_t nargs, Tuple* kwnames);
Ref treebuilder_data(Value self, const Value* args, size_t nargs, Tuple* kwnames);
Ref treebuilder_end(Value self, const Value* args, size_t nargs, Tuple* kwnames);
Ref treebuilder_comment(Value self, const Value* args, size_t nargs, Tuple* kwnames);
Ref treebuilder_pi(Value self, const Value* args, size_t nargs, Tuple* kwnames);
Ref treebuilder_close(Value self, const Value* args, size_t nargs, Tuple* kwnames);

}  // namespace taipan::etree
