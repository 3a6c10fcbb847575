// operator.itemgetter, attrgetter and methodcaller: callables that fetch
// items or attributes of their argument, or call one of its methods. The
// three share one layout of three owned values, whose meaning each type
// documents; reprs and __reduce__ are CPython's.
#include <string>

#include "modules/functools/functools.h"
#include "modules/operator/operator.h"
#include "objects/dict.h"
#include "objects/list.h"
#include "objects/repr_guard.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan {

Type itemgetter_type;
Type attrgetter_type;
Type methodcaller_type;

namespace {

struct Getter : Object {
  Value first;   // itemgetter: the items (tuple); attrgetter: the names (tuple, see below); methodcaller: the name
  Value second;  // methodcaller: the positional arguments (tuple)
  Value third;   // methodcaller: the keyword arguments (dict)
};

Getter* as_getter(Value v) { return v.as<Getter>(); }

void getter_traverse(Object* self, VisitFn visit, void* arg) {
  Getter* g = static_cast<Getter*>(self);
  for (Value v : {g->first, g->second, g->third}) {
    if (!v.is_null()) visit(v, arg);
  }
}

void getter_clear(Object* self) {
  Getter* g = static_cast<Getter*>(self);
  Value values[] = {g->first, g->second, g->third};
  g->first = g->second = g->third = Value();
  for (Value v : values) decref(v);
}

void getter_dealloc(Object* self) {
  getter_clear(self);
  free_object(self);
}

Ref getter_make(Type* type, Ref first, Ref second = nullptr, Ref third = nullptr) {
  Getter* g = new_object<Getter>(type, static_cast<size_t>(type->basic_size));
  if (!g) return nullptr;
  g->first = first.release();
  g->second = second.release();
  g->third = third.release();
  return Ref::steal(g);
}

// The single positional argument of a call: "itemgetter expected 1 argument, got 2".
bool one_operand(const char* name, size_t nargs, Tuple* kwnames) {
  return no_keywords(name, kwnames) && check_arg_count(name, nargs, 1, 1);
}

// "name(repr, repr, ...)" of the values, or "name(...)" inside its own repr.
Ref repr_call_form(Value self, const std::string& inside) {
  return str_from_utf8(std::string(type_of(self)->name) + "(" + inside + ")");
}

bool append_reprs(std::string* out, Tuple* values) {
  for (int64_t i = 0; i < values->size; i++) {
    Ref r = repr(values->items[i]);
    if (!r) return false;
    if (!out->empty()) *out += ", ";
    *out += str_to_std(r.as<Str>());
  }
  return true;
}

// ---- itemgetter(item, ...) ---------------------------------------------------------

Ref itemgetter_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("itemgetter", kwnames)) return nullptr;
  if (nargs == 0) return raise(exc::TypeError, "itemgetter expected 1 argument, got 0");
  Ref items = tuple_from_array(args, static_cast<int64_t>(nargs));
  if (!items) return nullptr;
  return getter_make(type, std::move(items));
}

// obj[item] with the exact list / tuple and small int case inline.
Ref item_of(Value obj, Value item) {
  if (item.is_small_int() && (type_of(obj) == &list_type || type_of(obj) == &tuple_type)) {
    int64_t i = item.as_small_int();
    bool is_list_obj = type_of(obj) == &list_type;
    int64_t size = is_list_obj ? obj.as<List>()->size : obj.as<Tuple>()->size;
    if (i < 0) i += size;
    if (i >= 0 && i < size) return Ref::borrow(is_list_obj ? obj.as<List>()->items[i] : obj.as<Tuple>()->items[i]);
  }
  return getitem(obj, item);
}

Ref itemgetter_call(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!one_operand("itemgetter", nargs, kwnames)) return nullptr;
  Tuple* items = as_getter(self)->first.as<Tuple>();
  if (items->size == 1) return item_of(args[0], items->items[0]);
  Tuple* result = tuple_new(items->size);
  if (!result) return nullptr;
  Ref hold = Ref::steal(result);
  for (int64_t i = 0; i < items->size; i++) {
    Ref v = item_of(args[0], items->items[i]);
    if (!v) return nullptr;
    result->items[i] = v.release();
  }
  return hold;
}

Ref itemgetter_repr(Value self) {
  ReprGuard guard(self.as_object());
  if (!guard.active()) return repr_call_form(self, "...");
  std::string inside;
  Ref items = Ref::borrow(as_getter(self)->first);
  if (!append_reprs(&inside, items.as<Tuple>())) return nullptr;
  return repr_call_form(self, inside);
}

Ref itemgetter_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("__reduce__", kwnames) || !check_arg_count("__reduce__", nargs, 0, 0)) return nullptr;
  return tuple_pack({Value::object(type_of(self)), as_getter(self)->first});
}

// ---- attrgetter(name, ...): `first` holds per name a str, or for a dotted name
// the tuple of its parts -------------------------------------------------------

Ref attrgetter_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("attrgetter", kwnames)) return nullptr;
  if (nargs == 0) return raise(exc::TypeError, "attrgetter expected 1 argument, got 0");
  Tuple* names = tuple_new(static_cast<int64_t>(nargs));
  if (!names) return nullptr;
  Ref hold = Ref::steal(names);
  for (size_t i = 0; i < nargs; i++) {
    if (!is_str(args[i])) return raise(exc::TypeError, "attribute name must be a string");
    std::string_view name = str_utf8(args[i].as<Str>());
    if (name.find('.') == std::string_view::npos) {
      names->items[i] = Value::object(intern(name));
      incref(names->items[i]);
      continue;
    }
    Ref list = Ref::steal(list_new(0));
    if (!list) return nullptr;
    size_t start = 0;
    while (true) {
      size_t dot = name.find('.', start);
      Str* part = intern(name.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start));
      if (list_append(list.as<List>(), Value::object(part)) < 0) return nullptr;
      if (dot == std::string_view::npos) break;
      start = dot + 1;
    }
    Ref parts_tuple = tuple_from_iterable(*list);
    if (!parts_tuple) return nullptr;
    names->items[i] = parts_tuple.release();
  }
  return getter_make(type, std::move(hold));
}

Ref attribute_path(Value obj, Value name) {
  if (is_str(name)) return getattr(obj, name.as<Str>());
  Tuple* parts = name.as<Tuple>();
  Ref current = Ref::borrow(obj);
  for (int64_t i = 0; i < parts->size && current; i++) current = getattr(*current, parts->items[i].as<Str>());
  return current;
}

Ref attrgetter_call(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!one_operand("attrgetter", nargs, kwnames)) return nullptr;
  Tuple* names = as_getter(self)->first.as<Tuple>();
  if (names->size == 1) return attribute_path(args[0], names->items[0]);
  Tuple* result = tuple_new(names->size);
  if (!result) return nullptr;
  Ref hold = Ref::steal(result);
  for (int64_t i = 0; i < names->size; i++) {
    Ref v = attribute_path(args[0], names->items[i]);
    if (!v) return nullptr;
    result->items[i] = v.release();
  }
  return hold;
}

// The names as given: dotted names joined back.
Ref attrgetter_names(Value self) {
  Tuple* names = as_getter(self)->first.as<Tuple>();
  Tuple* out = tuple_new(names->size);
  if (!out) return nullptr;
  Ref hold = Ref::steal(out);
  for (int64_t i = 0; i < names->size; i++) {
    Value name = names->items[i];
    if (is_str(name)) {
      out->items[i] = Ref::borrow(name).release();
      continue;
    }
    Ref joined = str_join(intern("."), name);
    if (!joined) return nullptr;
    out->items[i] = joined.release();
  }
  return hold;
}

Ref attrgetter_repr(Value self) {
  ReprGuard guard(self.as_object());
  if (!guard.active()) return repr_call_form(self, "...");
  Ref names = attrgetter_names(self);
  std::string inside;
  if (!names || !append_reprs(&inside, names.as<Tuple>())) return nullptr;
  return repr_call_form(self, inside);
}

Ref attrgetter_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("__reduce__", kwnames) || !check_arg_count("__reduce__", nargs, 0, 0)) return nullptr;
  Ref names = attrgetter_names(self);
  if (!names) return nullptr;
  return tuple_pack({Value::object(type_of(self)), *names});
}

// ---- methodcaller(name, /, *args, **kwargs) ------------------------------------

Ref methodcaller_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs < 1) return raise(exc::TypeError, "methodcaller needs at least one argument, the method name");
  if (!is_str(args[0])) return raise(exc::TypeError, "method name must be a string");
  Ref name = Ref::borrow(Value::object(intern_str(args[0].as<Str>())));
  Ref positional = tuple_from_array(args + 1, static_cast<int64_t>(nargs) - 1);
  Ref keywords = Ref::steal(dict_new());
  if (!positional || !keywords) return nullptr;
  for (int64_t k = 0; kwnames && k < kwnames->size; k++) {
    if (dict_set(keywords.as<Dict>(), kwnames->items[k], args[nargs + static_cast<size_t>(k)]) < 0) return nullptr;
  }
  return getter_make(type, std::move(name), std::move(positional), std::move(keywords));
}

Ref methodcaller_call(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!one_operand("methodcaller", nargs, kwnames)) return nullptr;
  Getter* g = as_getter(self);
  Ref method = getattr(args[0], g->first.as<Str>());
  if (!method) return nullptr;
  return call_with_tuple_dict(*method, g->second, g->third);
}

Ref methodcaller_repr(Value self) {
  ReprGuard guard(self.as_object());
  if (!guard.active()) return repr_call_form(self, "...");
  Getter* g = as_getter(self);
  Ref name = repr(g->first);
  if (!name) return nullptr;
  std::string inside = str_to_std(name.as<Str>());
  Ref positional = Ref::borrow(g->second);
  if (!append_reprs(&inside, positional.as<Tuple>())) return nullptr;
  Ref items = dict_items_list(g->third.as<Dict>());
  Ref pairs = items ? tuple_from_iterable(*items) : nullptr;
  if (!pairs) return nullptr;
  for (int64_t i = 0; i < pairs.as<Tuple>()->size; i++) {
    Tuple* pair = pairs.as<Tuple>()->items[i].as<Tuple>();
    Ref key = str(pair->items[0]);
    Ref value = key ? repr(pair->items[1]) : nullptr;
    if (!value) return nullptr;
    inside += ", " + str_to_std(key.as<Str>()) + "=" + str_to_std(value.as<Str>());
  }
  return repr_call_form(self, inside);
}

// Without keywords: (methodcaller, (name, *args)); with them, a partial of the
// class holding name and keywords, called with args.
Ref methodcaller_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("__reduce__", kwnames) || !check_arg_count("__reduce__", nargs, 0, 0)) return nullptr;
  Getter* g = as_getter(self);
  Value cls = Value::object(type_of(self));
  Dict* keywords = g->third.as<Dict>();
  if (dict_size(keywords) == 0) {
    Ref first = tuple_pack({g->first});
    Ref all = first ? binary_op(*first, g->second, BinaryOp::Add) : nullptr;
    if (!all) return nullptr;
    return tuple_pack({cls, *all});
  }
  Ref partial_args = tuple_pack({cls, g->first});
  Ref bound = partial_args ? call_with_tuple_dict(Value::object(&partial_type), *partial_args, g->third) : nullptr;
  if (!bound) return nullptr;
  return tuple_pack({*bound, g->second});
}

// ---- the types ---------------------------------------------------------------

const MethodDef kItemgetterMethods[] = {
    {"__reduce__", itemgetter_reduce, kMethodInstance, "Return state information for pickling"},
    {nullptr, nullptr, 0, nullptr},
};
const MethodDef kAttrgetterMethods[] = {
    {"__reduce__", attrgetter_reduce, kMethodInstance, "Return state information for pickling"},
    {nullptr, nullptr, 0, nullptr},
};
const MethodDef kMethodcallerMethods[] = {
    {"__reduce__", methodcaller_reduce, kMethodInstance, "Return state information for pickling"},
    {nullptr, nullptr, 0, nullptr},
};

struct GetterSpec {
  Type* type;
  const char* name;
  NewFn new_;
  CallFn call;
  UnaryFn repr;
  const MethodDef* methods;
  const char* doc;
};

int init_getter_type(const GetterSpec& spec) {
  Type& t = *spec.type;
  if (type_has_flag(&t, kTypeReady)) return 0;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = spec.name;
  t.basic_size = sizeof(Getter);
  t.flags = kTypeGC;
  t.base = &object_type;
  t.new_ = spec.new_;
  t.call = spec.call;
  t.repr = spec.repr;
  t.dealloc = getter_dealloc;
  t.traverse = getter_traverse;
  t.clear = getter_clear;
  t.methods = spec.methods;
  t.doc = spec.doc;
  return type_ready(&t);
}

}  // namespace

int init_operator_getter_types() {
  if (init_partial_type() < 0) return -1;
  const GetterSpec specs[] = {
      {&itemgetter_type, "operator.itemgetter", itemgetter_new, itemgetter_call, itemgetter_repr, kItemgetterMethods,
       "itemgetter(item, ...) --> itemgetter object\n\n"
       "Return a callable object that fetches the given item(s) from its operand.\n"
       "After f = itemgetter(2), the call f(r) returns r[2].\n"
       "After g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])"},
      {&attrgetter_type, "operator.attrgetter", attrgetter_new, attrgetter_call, attrgetter_repr, kAttrgetterMethods,
       "attrgetter(attr, ...) --> attrgetter object\n\n"
       "Return a callable object that fetches the given attribute(s) from its operand.\n"
       "After f = attrgetter('name'), the call f(r) returns r.name.\n"
       "After g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).\n"
       "After h = attrgetter('name.first', 'name.last'), the call h(r) returns\n"
       "(r.name.first, r.name.last)."},
      {&methodcaller_type, "operator.methodcaller", methodcaller_new, methodcaller_call, methodcaller_repr,
       kMethodcallerMethods,
       "methodcaller(name, ...) --> methodcaller object\n\n"
       "Return a callable object that calls the given method on its operand.\n"
       "After f = methodcaller('name'), the call f(r) returns r.name().\n"
       "After g = methodcaller('name', 'date', foo=1), the call g(r) returns\n"
       "r.name('date', foo=1)."},
  };
  for (const GetterSpec& spec : specs) {
    if (init_getter_type(spec) < 0) return -1;
  }
  return 0;
}

}  // namespace taipan
