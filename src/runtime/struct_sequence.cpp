// Struct sequences: a tuple subclass per description. An instance holds all
// n_fields items; its tuple size is n_sequence_fields, so the hidden ones
// are reachable only through their attribute getters (items read by index).
#include "runtime/struct_sequence.h"

#include <array>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "objects/dict.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan {

const char* const kStructSequenceUnnamed = "unnamed field";

namespace {

// What init_type derives from a description.
struct Layout {
  const StructSequenceDesc* desc;
  int visible;                      // n_sequence_fields
  std::vector<const char*> named;   // the named fields in order (CPython's tp_members)
  std::vector<int> named_index;     // their positions among all fields
};

std::map<const Type*, Layout>& layouts() {
  static std::map<const Type*, Layout> table;
  return table;
}

template <int I>
Ref get_item(Value self) {
  return Ref::borrow(self.as<Tuple>()->items[I]);
}

template <int... I>
constexpr auto make_getters(std::integer_sequence<int, I...>) {
  return std::array<Ref (*)(Value), sizeof...(I)>{get_item<I>...};
}

constexpr auto kGetters = make_getters(std::make_integer_sequence<int, kStructSequenceMaxFields>{});

const Layout* layout_of(const Type* t) {
  for (const Type* c = t; c != nullptr; c = c->base) {
    auto found = layouts().find(c);
    if (found != layouts().end()) return &found->second;
  }
  return nullptr;
}

// The number of items an instance holds (its tuple size plus the hidden ones).
int64_t stored_count(Object* self) {
  const Layout* layout = layout_of(self->type);
  return layout ? layout->desc->count : static_cast<Tuple*>(self)->size;
}

void struct_sequence_dealloc(Object* self) {
  Tuple* t = static_cast<Tuple*>(self);
  for (int64_t i = stored_count(self) - 1; i >= 0; --i) decref(t->items[i]);
  free_object(self);
}

void struct_sequence_traverse(Object* self, VisitFn visit, void* arg) {
  Tuple* t = static_cast<Tuple*>(self);
  int64_t n = stored_count(self);
  for (int64_t i = 0; i < n; ++i) {
    if (!t->items[i].is_null()) visit(t->items[i], arg);
  }
}

void struct_sequence_clear(Object* self) {
  Tuple* t = static_cast<Tuple*>(self);
  int64_t n = stored_count(self);
  for (int64_t i = 0; i < n; ++i) {
    Value old = t->items[i];
    t->items[i] = Value::none();
    decref(old);
  }
}

// CPython names visible item i after the i-th named field, whatever its position.
Ref struct_sequence_repr(Value self) {
  const Layout* layout = layout_of(type_of(self));
  Tuple* t = self.as<Tuple>();
  std::string out = std::string(layout->desc->name) + "(";
  for (int64_t i = 0; i < t->size && i < static_cast<int64_t>(layout->named.size()); ++i) {
    if (i > 0) out += ", ";
    Ref r = repr(t->items[i]);
    if (!r) return nullptr;
    out += std::string(layout->named[i]) + "=" + std::string(str_utf8(r.as<Str>()));
  }
  out += ")";
  return str_from_utf8(out);
}

Ref struct_sequence_no_new(Type* type, const Value*, size_t, Tuple*) {
  return raise(exc::TypeError, std::string("cannot create '") + type->name + "' instances");
}

// (type, (visible items, {hidden field name: value}))
Ref struct_sequence_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_arg_count("__reduce__", nargs, 0, 0) || !no_keywords("__reduce__", kwnames)) return nullptr;
  const Layout* layout = layout_of(type_of(self));
  Tuple* t = self.as<Tuple>();
  Ref visible = tuple_from_array(t->items, t->size);
  Dict* hidden = dict_new();
  if (!visible || !hidden) return nullptr;
  Ref hidden_ref = Ref::steal(hidden);
  for (size_t k = 0; k < layout->named.size(); ++k) {
    int i = layout->named_index[k];
    if (i < layout->visible) continue;
    if (dict_set_str(hidden, layout->named[k], t->items[i]) < 0) return nullptr;
  }
  Ref args = tuple_pack({*visible, *hidden_ref});
  if (!args) return nullptr;
  return tuple_pack({Value::object(type_of(self)), *args});
}

const MethodDef kStructSequenceMethods[] = {
    {"__reduce__", struct_sequence_reduce, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

int add_class_attributes(Type* t, const Layout& layout) {
  int unnamed = layout.desc->count - static_cast<int>(layout.named.size());
  int matchable = layout.visible - unnamed;
  Tuple* match_args = tuple_new(matchable);
  if (!match_args) return -1;
  Ref match_ref = Ref::steal(match_args);
  for (int i = 0; i < matchable; ++i) match_args->items[i] = Value::object(intern(layout.named[i]));
  if (dict_set_str(t->dict, "n_fields", Value::small_int(layout.desc->count)) < 0 ||
      dict_set_str(t->dict, "n_sequence_fields", Value::small_int(layout.visible)) < 0 ||
      dict_set_str(t->dict, "n_unnamed_fields", Value::small_int(unnamed)) < 0 ||
      dict_set_str(t->dict, "__match_args__", *match_ref) < 0) {
    return -1;
  }
  type_modified(t);
  return 0;
}

}  // namespace

int struct_sequence_init_type(Type* t, const StructSequenceDesc* desc) {
  if (desc->count > kStructSequenceMaxFields) return fail(exc::SystemError, "struct sequence too long");
  Layout layout{desc, desc->visible < 0 ? desc->count : desc->visible, {}, {}};
  for (int i = 0; i < desc->count; ++i) {
    if (desc->fields[i] == kStructSequenceUnnamed) continue;
    layout.named.push_back(desc->fields[i]);
    layout.named_index.push_back(i);
  }
  auto* getsets = new GetSetDef[layout.named.size() + 1]();
  for (size_t k = 0; k < layout.named.size(); ++k) {
    getsets[k] = {layout.named[k], kGetters[layout.named_index[k]], nullptr, nullptr};
  }
  t->refcnt = kImmortalRefcnt;
  t->type = &type_type;
  t->name = desc->name;
  t->base = &tuple_type;
  t->basic_size = tuple_type.basic_size;
  t->item_size = sizeof(Value);
  t->flags = (tuple_type.flags & (kTypeGC | kTypeTupleSubclass)) | kTypeTupleSubclass;
  t->getsets = getsets;
  t->methods = kStructSequenceMethods;
  t->repr = struct_sequence_repr;
  t->new_ = !desc->constructible ? struct_sequence_no_new
           : desc->construct    ? desc->construct
                                : struct_sequence_construct;
  if (layout.visible != desc->count) {
    t->dealloc = struct_sequence_dealloc;
    t->traverse = struct_sequence_traverse;
    t->clear = struct_sequence_clear;
  }
  const Layout& stored = layouts()[t] = std::move(layout);
  if (type_ready(t) < 0) return -1;
  return add_class_attributes(t, stored);
}

Ref struct_sequence_new(Type* t, const Value* items) {
  const Layout* layout = layout_of(t);
  int count = layout->desc->count;
  size_t size = static_cast<size_t>(t->basic_size) + sizeof(Value) * static_cast<size_t>(count);
  Tuple* tuple = new_object<Tuple>(t, size);
  if (tuple == nullptr) return nullptr;
  tuple->size = layout->visible;
  tuple->hash = -1;
  for (int i = 0; i < count; ++i) tuple->items[i] = Ref::borrow(items[i]).release();
  return Ref::steal(static_cast<Object*>(tuple));
}

Value struct_sequence_item(Value self, int i) { return self.as<Tuple>()->items[i]; }

Ref struct_sequence_construct(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"sequence", "dict"};
  const Layout* layout = layout_of(type);
  std::string function = std::string(layout->desc->name);
  ArgSpec spec{function.c_str(), kNames, 2, 0, 1};
  Value a[2];
  if (!bind_args(spec, args, nargs, kwnames, a)) return nullptr;
  Ref items = tuple_from_iterable(a[0]);
  if (!items) return nullptr;
  bool has_dict = !a[1].is_null() && !a[1].is_none();
  if (has_dict && !is_dict(a[1])) {
    return raise(exc::TypeError, function + "() takes a dict as second arg, if any");
  }
  int64_t given = items.as<Tuple>()->size;
  int count = layout->desc->count;
  if (given < layout->visible || given > count) {
    std::string bound = layout->visible == count ? "a " + std::to_string(count)
                        : given < layout->visible ? "an at least " + std::to_string(layout->visible)
                                                  : "an at most " + std::to_string(count);
    return raise(exc::TypeError,
                 function + "() takes " + bound + "-sequence (" + std::to_string(given) + "-sequence given)");
  }
  std::vector<Value> values(static_cast<size_t>(count), Value::none());
  for (int64_t i = 0; i < given; ++i) values[static_cast<size_t>(i)] = items.as<Tuple>()->items[i];
  for (size_t k = 0; k < layout->named.size(); ++k) {
    int i = layout->named_index[k];
    if (i < given || !has_dict) continue;
    Value v = dict_get_str(a[1].as<Dict>(), intern(layout->named[k]));
    if (!v.is_null()) values[static_cast<size_t>(i)] = v;
  }
  return struct_sequence_new(type, values.data());
}

}  // namespace taipan
