// Searching an Element: find, findtext and findall look a plain tag up among
// the children natively and hand anything with path syntax (or namespaces)
// to xml.etree.ElementPath, as CPython's C Element does; iterfind always
// goes there. iter() and itertext() walk the tree depth first with an
// explicit stack (_elementtree._element_iterator), so any depth is fine.
#include <string>
#include <vector>

#include "modules/elementtree/elementtree.h"
#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/iterators.h"
#include "objects/str.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/import.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan::etree {

Type element_iter_type;

namespace {

bool is_path_char(uint32_t c) { return c == '/' || c == '*' || c == '[' || c == '@' || c == '.'; }

// Whether a path needs ElementPath: it has a path character outside {uri}
// (anything but str and bytes might be a path expression).
bool is_path(Value path) {
  bool check = true;
  auto scan = [&check](uint32_t c) {
    if (c == '{') {
      check = false;
    } else if (c == '}') {
      check = true;
    } else if (check && is_path_char(c)) {
      return true;
    }
    return false;
  };
  if (is_str(path)) {
    Str* s = path.as<Str>();
    for (int64_t i = 0; i < s->length; ++i) {
      if (scan(str_char_at(s, i))) return true;
    }
    return false;
  }
  if (is_bytes(path)) {
    for (unsigned char c : bytes_view(path.as<Bytes>())) {
      if (scan(c)) return true;
    }
    return false;
  }
  return true;
}

// xml.etree.ElementPath.<name>(args...).
Ref element_path(const char* name, std::initializer_list<Value> args) {
  Ref module = import_module("xml.etree.ElementPath");
  if (!module) return nullptr;
  Ref fn = getattr(module.get(), name);
  if (!fn) return nullptr;
  return call(fn.get(), args);
}

// The first child whose tag equals path: 1 with *out set, 0 none, -1 error.
int find_child(ElementObject* e, Value path, Ref* out) {
  for (int64_t i = 0; i < child_count(e); ++i) {
    Ref child = Ref::borrow(child_at(e, i));
    int same = rich_compare_bool(as_element(child.get())->tag, path, CompareOp::Eq);
    if (same < 0) return -1;
    if (same > 0) {
      *out = std::move(child);
      return 1;
    }
  }
  return 0;
}

// Binds (path, namespaces=None) and tells whether ElementPath must answer.
bool bind_path(const char* fn, const Value* args, size_t nargs, Tuple* kwnames, Value* path, Value* namespaces,
               bool* delegate) {
  static const char* const names[] = {"path", "namespaces"};
  Value a[2];
  if (!bind_args(ArgSpec{fn, names, 2, 0, 1}, args, nargs, kwnames, a)) return false;
  *path = a[0];
  *namespaces = a[1].is_null() ? Value::none() : a[1];
  *delegate = !namespaces->is_none() || is_path(*path);
  return true;
}

// A depth-first walk from one element; in text mode it yields texts and tails.
struct ElementIter : Object {
  struct Frame {
    ElementObject* element;  // owned
    int64_t next_child;      // -1: the element itself is not visited yet
  };
  std::vector<Frame>* stack;  // owned
  Value tag;                  // owned: the tag sought, None for every element
  bool text_mode;
};

void iter_release(ElementIter* it) {
  std::vector<ElementIter::Frame>* stack = it->stack;
  Value tag = it->tag;
  it->stack = nullptr;
  it->tag = Value();
  if (stack != nullptr) {
    for (auto& f : *stack) decref(f.element);
    delete stack;
  }
  decref(tag);
}

Ref make_iter(ElementObject* root, Value tag, bool text_mode) {
  auto* it = new_object<ElementIter>(&element_iter_type);
  if (it == nullptr) return nullptr;
  it->stack = new std::vector<ElementIter::Frame>{{root, -1}};
  incref(root);
  incref(tag);
  it->tag = tag;
  it->text_mode = text_mode;
  return Ref::steal(it);
}

// A text worth yielding: not None and not an empty str.
bool has_text(Value v) { return !v.is_none() && !(is_str(v) && v.as<Str>()->length == 0); }

Ref iter_next(Value self) {
  auto* it = self.as<ElementIter>();
  while (it->stack != nullptr && !it->stack->empty()) {
    ElementIter::Frame& top = it->stack->back();
    ElementObject* e = top.element;
    if (top.next_child < 0) {
      top.next_child = 0;
      if (it->text_mode) {
        if (has_text(e->text)) return Ref::borrow(e->text);
        continue;
      }
      if (it->tag.is_none()) return Ref::borrow(e);
      // __eq__ may run anything, this iterator's next() included: hold e.
      Ref element = Ref::borrow(e);
      Ref tag = Ref::borrow(e->tag);
      int same = rich_compare_bool(tag.get(), it->tag, CompareOp::Eq);
      if (same < 0) return nullptr;
      if (same > 0) return element;
      continue;
    }
    if (top.next_child < child_count(e)) {
      auto* child = as_element(child_at(e, top.next_child++));
      incref(child);
      it->stack->push_back({child, -1});
      continue;
    }
    it->stack->pop_back();
    Ref done = Ref::steal(e);
    if (it->text_mode && !it->stack->empty() && has_text(e->tail)) return Ref::borrow(e->tail);
  }
  return nullptr;
}

void iter_dealloc(Object* self) {
  iter_release(static_cast<ElementIter*>(self));
  free_object(self);
}

void iter_traverse(Object* self, VisitFn visit, void* arg) {
  auto* it = static_cast<ElementIter*>(self);
  if (it->stack != nullptr) {
    for (auto& f : *it->stack) visit(Value::object(f.element), arg);
  }
  if (!it->tag.is_null()) visit(it->tag, arg);
}

void iter_clear(Object* self) { iter_release(static_cast<ElementIter*>(self)); }

}  // namespace

Ref element_find(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value path, namespaces;
  bool delegate;
  if (!bind_path("find", args, nargs, kwnames, &path, &namespaces, &delegate)) return nullptr;
  if (delegate) return element_path("find", {self, path, namespaces});
  Ref found;
  int k = find_child(as_element(self), path, &found);
  if (k < 0) return nullptr;
  return k > 0 ? found : Ref::none();
}

Ref element_findtext(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"path", "default", "namespaces"};
  Value a[3];
  if (!bind_args(ArgSpec{"findtext", names, 3, 0, 1}, args, nargs, kwnames, a)) return nullptr;
  Value fallback = a[1].is_null() ? Value::none() : a[1];
  Value namespaces = a[2].is_null() ? Value::none() : a[2];
  if (!namespaces.is_none() || is_path(a[0])) return element_path("findtext", {self, a[0], fallback, namespaces});
  Ref found;
  int k = find_child(as_element(self), a[0], &found);
  if (k < 0) return nullptr;
  if (k == 0) return Ref::borrow(fallback);
  Value text = as_element(found.get())->text;
  return text.is_none() ? str_from_utf8("") : Ref::borrow(text);
}

Ref element_findall(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value path, namespaces;
  bool delegate;
  if (!bind_path("findall", args, nargs, kwnames, &path, &namespaces, &delegate)) return nullptr;
  if (delegate) return element_path("findall", {self, path, namespaces});
  ElementObject* e = as_element(self);
  Ref result = Ref::steal(list_new(0));
  if (!result) return nullptr;
  for (int64_t i = 0; i < child_count(e); ++i) {
    Ref child = Ref::borrow(child_at(e, i));
    int same = rich_compare_bool(as_element(child.get())->tag, path, CompareOp::Eq);
    if (same < 0 || (same > 0 && list_append(result.as<List>(), child.get()) < 0)) return nullptr;
  }
  return result;
}

Ref element_iterfind(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value path, namespaces;
  bool delegate;
  if (!bind_path("iterfind", args, nargs, kwnames, &path, &namespaces, &delegate)) return nullptr;
  return element_path("iterfind", {self, path, namespaces});
}

Ref element_iter(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"tag"};
  Value tag;
  if (!bind_args(ArgSpec{"iter", names, 1, 0, 0}, args, nargs, kwnames, &tag)) return nullptr;
  if (tag.is_null() || (is_str(tag) && str_utf8(tag.as<Str>()) == "*")) tag = Value::none();
  return make_iter(as_element(self), tag, false);
}

Ref element_itertext(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("Element.itertext", nargs, kwnames)) return nullptr;
  return make_iter(as_element(self), Value::none(), true);
}

int init_element_iter_type() {
  Type& t = element_iter_type;
  if (type_has_flag(&t, kTypeReady)) return 0;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = "_elementtree._element_iterator";
  t.basic_size = sizeof(ElementIter);
  t.flags = kTypeGC;
  t.base = &object_type;
  t.dealloc = iter_dealloc;
  t.traverse = iter_traverse;
  t.clear = iter_clear;
  t.iter = iter_self;
  t.next = iter_next;
  return type_ready(&t);
}

}  // namespace taipan::etree
