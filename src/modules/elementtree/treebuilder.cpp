// _elementtree.TreeBuilder: turns start/data/end/comment/pi events into a
// tree of elements (made by element_factory, Element by default). Text is
// gathered until the next event and stored as the text of the element just
// opened or as the tail of the one just closed or inserted.
#include <string>
#include <vector>

#include "modules/elementtree/elementtree.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/sequence.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan::etree {

Type treebuilder_type;
Type* parse_error = nullptr;

namespace {

struct TreeBuilderObject : Object {
  std::vector<Value>* open;  // owned: the elements started and not ended
  std::vector<Value>* data;  // owned: text pieces not yet stored
  Value root;                // owned, or null
  Value last;                // owned, or null: where pending text goes
  Value element_factory;     // owned, or null: Element
  Value comment_factory;     // owned, or null: comments are their text
  Value pi_factory;          // owned, or null: PIs are (target, text)
  bool last_is_tail;         // the text goes to last's tail, not its text
  bool insert_comments;
  bool insert_pis;
};

TreeBuilderObject* as_builder(Value v) { return v.as<TreeBuilderObject>(); }

void release_values(std::vector<Value>* values) {
  if (values == nullptr) return;
  std::vector<Value> taken;
  taken.swap(*values);
  for (Value v : taken) decref(v);
}

void builder_release(TreeBuilderObject* b) {
  release_values(b->open);
  release_values(b->data);
  for (Value* field : {&b->root, &b->last, &b->element_factory, &b->comment_factory, &b->pi_factory}) {
    assign_owned(*field, Value());
  }
}

Ref treebuilder_new(Type* type, const Value*, size_t, Tuple*) {
  auto* b = new_object<TreeBuilderObject>(type, static_cast<size_t>(type->basic_size));
  if (b == nullptr) return nullptr;
  b->open = new std::vector<Value>();
  b->data = new std::vector<Value>();
  return Ref::steal(b);
}

int treebuilder_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"element_factory", "comment_factory", "pi_factory", "insert_comments",
                                      "insert_pis"};
  Value a[5];
  if (!bind_args(ArgSpec{"TreeBuilder", names, 5, 0, 0, 1}, args, nargs, kwnames, a)) return -1;
  TreeBuilderObject* b = as_builder(self);
  Value* factories[] = {&b->element_factory, &b->comment_factory, &b->pi_factory};
  // Comment and PI factories not given are the module's at this moment (a
  // TreeBuilder made without __init__, as XMLParser's own, has none).
  Value defaults[] = {Value(), comment_factory, pi_factory};
  for (int i = 0; i < 3; ++i) assign_owned(*factories[i], a[i].is_null() || a[i].is_none() ? defaults[i] : a[i]);
  for (int i = 3; i < 5; ++i) {
    int on = a[i].is_null() ? 0 : is_true(a[i]);
    if (on < 0) return -1;
    (i == 3 ? b->insert_comments : b->insert_pis) = on != 0;
  }
  return 0;
}

// Stores the gathered text on the last element (as text or tail).
bool flush(TreeBuilderObject* b) {
  if (b->data->empty()) return true;
  Ref text;
  if (b->data->size() == 1) {
    text = Ref::borrow((*b->data)[0]);
  } else {
    Ref pieces = tuple_from_array(b->data->data(), static_cast<int64_t>(b->data->size()));
    if (!pieces) return false;
    text = str_join(str_empty(), pieces.get());
  }
  release_values(b->data);
  if (!text) return false;
  if (b->last.is_null()) return true;
  if (b->last.as_object()->type == &element_type) {
    ElementObject* e = as_element(b->last);
    assign_owned(b->last_is_tail ? e->tail : e->text, text.get());
    return true;
  }
  Ref last = Ref::borrow(b->last);
  return setattr(last.get(), intern(b->last_is_tail ? "tail" : "text"), text.get()) == 0;
}

// Adds child to the innermost open element.
bool add_to_open(TreeBuilderObject* b, Value child) {
  Ref parent = Ref::borrow(b->open->back());
  if (parent.get().as_object()->type == &element_type && is_element(child)) {
    return element_append(as_element(parent.get()), child) == 0;
  }
  return static_cast<bool>(call_method(parent.get(), "append", {child}));
}

// PyArg_UnpackTuple's "name expected N arguments, got M".
bool unpack(const char* name, size_t nargs, Tuple* kwnames, size_t min, size_t max) {
  if (!no_keywords(name, kwnames)) return false;
  if (nargs >= min && nargs <= max) return true;
  std::string expected = min == max ? std::to_string(min) : nargs < min ? "at least " + std::to_string(min)
                                                                        : "at most " + std::to_string(max);
  raise(exc::TypeError, std::string(name) + " expected " + expected + " arguments, got " + std::to_string(nargs));
  return false;
}

}  // namespace

Ref treebuilder_start(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!unpack("start", nargs, kwnames, 2, 2)) return nullptr;
  TreeBuilderObject* b = as_builder(self);
  if (!flush(b)) return nullptr;
  Ref element;
  if (b->element_factory.is_null()) {
    // The attributes are the dict given, not a copy; with an empty one or
    // None (what XMLParser passes for none) they are left unmade.
    bool empty = args[1].is_none() || (is_dict(args[1]) && dict_size(args[1].as<Dict>()) == 0);
    element = element_new(args[0], empty ? Value() : args[1]);
  } else if (args[1].is_none()) {
    Ref attrib = Ref::steal(dict_new());
    if (!attrib) return nullptr;
    element = call(b->element_factory, {args[0], attrib.get()});
  } else {
    element = call(b->element_factory, {args[0], args[1]});
  }
  if (!element) return nullptr;
  if (!b->open->empty()) {
    if (!add_to_open(b, element.get())) return nullptr;
  } else if (!b->root.is_null()) {
    return raise(parse_error, "multiple elements on top level");
  } else {
    assign_owned(b->root, element.get());
  }
  incref(element.get());
  b->open->push_back(element.get());
  assign_owned(b->last, element.get());
  b->last_is_tail = false;
  return element;
}

Ref treebuilder_data(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_one_arg("TreeBuilder.data", nargs, kwnames)) return nullptr;
  incref(args[0]);
  as_builder(self)->data->push_back(args[0]);
  return Ref::none();
}

Ref treebuilder_end(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_one_arg("TreeBuilder.end", nargs, kwnames)) return nullptr;
  TreeBuilderObject* b = as_builder(self);
  if (!flush(b)) return nullptr;
  if (b->open->empty()) return raise(exc::IndexError, "pop from empty stack");
  Ref element = Ref::steal(b->open->back());
  b->open->pop_back();
  assign_owned(b->last, element.get());
  b->last_is_tail = true;
  return element;
}

namespace {

// comment() and pi(): the factory's node, inserted into the tree when asked.
Ref handle_single(TreeBuilderObject* b, Value factory, bool insert, std::initializer_list<Value> args) {
  if (factory.is_null()) return args.size() == 1 ? Ref::borrow(*args.begin()) : tuple_pack(args);
  Ref node = call(factory, args);
  if (!node) return nullptr;
  if (insert && !b->open->empty()) {
    if (!flush(b) || !add_to_open(b, node.get())) return nullptr;
    assign_owned(b->last, node.get());
    b->last_is_tail = true;
  }
  return node;
}

}  // namespace

Ref treebuilder_comment(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_one_arg("TreeBuilder.comment", nargs, kwnames)) return nullptr;
  TreeBuilderObject* b = as_builder(self);
  return handle_single(b, b->comment_factory, b->insert_comments, {args[0]});
}

Ref treebuilder_pi(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!unpack("pi", nargs, kwnames, 1, 2)) return nullptr;
  TreeBuilderObject* b = as_builder(self);
  return handle_single(b, b->pi_factory, b->insert_pis, {args[0], nargs == 2 ? args[1] : Value::none()});
}

Ref treebuilder_close(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("TreeBuilder.close", nargs, kwnames)) return nullptr;
  Value root = as_builder(self)->root;
  return root.is_null() ? Ref::none() : Ref::borrow(root);
}

namespace {

void treebuilder_traverse(Object* self, VisitFn visit, void* arg) {
  auto* b = static_cast<TreeBuilderObject*>(self);
  for (std::vector<Value>* values : {b->open, b->data}) {
    for (Value v : *values) visit(v, arg);
  }
  for (Value v : {b->root, b->last, b->element_factory, b->comment_factory, b->pi_factory}) {
    if (!v.is_null()) visit(v, arg);
  }
}

void treebuilder_clear(Object* self) { builder_release(static_cast<TreeBuilderObject*>(self)); }

void treebuilder_dealloc(Object* self) {
  auto* b = static_cast<TreeBuilderObject*>(self);
  builder_release(b);
  delete b->open;
  delete b->data;
  free_object(self);
}

const MethodDef kTreeBuilderMethods[] = {
    {"data", treebuilder_data, kMethodInstance, nullptr},
    {"start", treebuilder_start, kMethodInstance, nullptr},
    {"end", treebuilder_end, kMethodInstance, nullptr},
    {"comment", treebuilder_comment, kMethodInstance, nullptr},
    {"pi", treebuilder_pi, kMethodInstance, nullptr},
    {"close", treebuilder_close, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

int init_treebuilder_type() {
  Type& t = treebuilder_type;
  if (type_has_flag(&t, kTypeReady)) return 0;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = "xml.etree.ElementTree.TreeBuilder";
  t.basic_size = sizeof(TreeBuilderObject);
  t.flags = kTypeGC | kTypeBaseType;
  t.base = &object_type;
  t.dealloc = treebuilder_dealloc;
  t.traverse = treebuilder_traverse;
  t.clear = treebuilder_clear;
  t.new_ = treebuilder_new;
  t.init = treebuilder_init;
  t.methods = kTreeBuilderMethods;
  return type_ready(&t);
}

}  // namespace taipan::etree
