// BaseExceptionGroup and ExceptionGroup (PEP 654): construction rules, str,
// derive(), and split()/subgroup(), which partition a tree of groups by a
// condition (an exception type, a tuple of types or a predicate).
#include <string>

#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan {

namespace {

ExceptionGroupObject* as_group(Value v) { return v.as<ExceptionGroupObject>(); }

bool is_group(Value v) { return is_exception_instance(v) && type_is_subtype(type_of(v), exc::BaseExceptionGroup); }

bool is_sequence(Value v) {
  Type* t = type_of(v);
  return is_list(v) || is_tuple(v) || (t->getitem != nullptr && !type_has_flag(t, kTypeDictSubclass));
}

std::string new_name() { return "BaseExceptionGroup.__new__()"; }

}  // namespace

Ref exception_group_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames != nullptr && kwnames->size > 0) {
    return raise(exc::TypeError, new_name() + " takes no keyword arguments");
  }
  if (nargs != 2) {
    return raise(exc::TypeError, new_name() + " takes exactly 2 arguments (" + std::to_string(nargs) + " given)");
  }
  if (!is_str(args[0])) {
    return raise(exc::TypeError, new_name() + " argument 1 must be str, not " + type_name_of(args[0]));
  }
  if (!is_sequence(args[1])) return raise(exc::TypeError, "second argument (exceptions) must be a sequence");
  Ref items = list_from_iterable(args[1]);
  if (!items) return nullptr;
  List* l = items.as<List>();
  if (l->size == 0) return raise(exc::ValueError, "second argument (exceptions) must be a non-empty sequence");
  bool all_exceptions = true;
  for (int64_t i = 0; i < l->size; ++i) {
    if (!is_exception_instance(l->items[i])) {
      return raise(exc::ValueError,
                   "Item " + std::to_string(i) + " of second argument (exceptions) is not an exception");
    }
    if (!type_is_subtype(type_of(l->items[i]), exc::Exception)) all_exceptions = false;
  }
  if (type == exc::BaseExceptionGroup) {
    if (all_exceptions) type = exc::ExceptionGroup;
  } else if (type == exc::ExceptionGroup) {
    if (!all_exceptions) return raise(exc::TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
  } else if (!all_exceptions && type_is_subtype(type, exc::Exception)) {
    return raise(exc::TypeError, std::string("Cannot nest BaseExceptions in '") + type->name + "'");
  }
  Ref exceptions = tuple_from_array(l->items, l->size);
  Ref all_args = tuple_from_array(args, 2);
  if (!exceptions || !all_args) return nullptr;
  ExceptionGroupObject* g = new_object<ExceptionGroupObject>(type, type->basic_size);
  if (g == nullptr) return nullptr;
  g->args = all_args.release();
  g->message = Ref::borrow(args[0]).release();
  g->exceptions = exceptions.release();
  return Ref::steal(static_cast<Object*>(g));
}

int exception_group_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames != nullptr && kwnames->size > 0) {
    return fail(exc::TypeError, std::string(type_name_of(self)) + "() takes no keyword arguments");
  }
  Ref t = tuple_from_array(args, static_cast<int64_t>(nargs));
  if (!t) return -1;
  BaseException* e = self.as<BaseException>();
  Value old = e->args;
  e->args = t.release();
  decref(old);
  return 0;
}

Ref exception_group_str(Value self) {
  ExceptionGroupObject* g = as_group(self);
  Ref message = str(g->message.is_null() ? Value::none() : g->message);
  if (!message) return nullptr;
  int64_t n = g->exceptions.is_null() ? 0 : g->exceptions.as<Tuple>()->size;
  std::string out(str_utf8(message.as<Str>()));
  out += " (" + std::to_string(n) + (n == 1 ? " sub-exception)" : " sub-exceptions)");
  return str_from_utf8(out);
}

namespace {

Ref get_message(Value self) { return Ref::borrow(as_group(self)->message); }
Ref get_exceptions(Value self) { return Ref::borrow(as_group(self)->exceptions); }

// The condition of split()/subgroup(): -1 on a bad condition (TypeError set).
enum class MatcherKind { Types, Predicate };

int matcher_kind(Value condition, MatcherKind* kind) {
  if (is_exception_class(condition)) {
    *kind = MatcherKind::Types;
    return 0;
  }
  if (is_tuple(condition)) {
    Tuple* t = condition.as<Tuple>();
    bool all_types = true;
    for (int64_t i = 0; i < t->size; ++i) all_types = all_types && is_exception_class(t->items[i]);
    if (all_types) {
      *kind = MatcherKind::Types;
      return 0;
    }
  } else if (type_of(condition)->call != nullptr && !type_has_flag(type_of(condition), kTypeTypeSubclass)) {
    *kind = MatcherKind::Predicate;
    return 0;
  }
  return fail(exc::TypeError, "expected a function, exception type or tuple of exception types");
}

int matches(Value e, Value condition, MatcherKind kind) {
  if (kind == MatcherKind::Types) return isinstance(e, condition);
  Ref r = call(condition, {e});
  if (!r) return -1;
  return is_true(r.get());
}

// exc.derive(items), with the chaining fields and notes copied over.
Ref derive_and_copy(Value group, List* items) {
  Ref derived = call_method(group, "derive", {Value::object(items)});
  if (!derived) return nullptr;
  if (!is_group(derived.get())) {
    return raise(exc::TypeError, "derive must return an instance of BaseExceptionGroup");
  }
  BaseException* from = group.as<BaseException>();
  BaseException* to = derived.as<BaseException>();
  for (auto field : {&BaseException::traceback, &BaseException::context, &BaseException::cause, &BaseException::notes}) {
    Value old = to->*field;
    to->*field = Ref::borrow(from->*field).release();
    decref(old);
  }
  return derived;
}

struct SplitResult {
  Ref match;
  Ref rest;
};

// Splits `e` by the condition; with want_rest false only the match is built.
bool split_recursive(Value e, Value condition, MatcherKind kind, bool want_rest, SplitResult* out) {
  int m = matches(e, condition, kind);
  if (m < 0) return false;
  if (m) {
    out->match = Ref::borrow(e);
    return true;
  }
  if (!is_group(e)) {
    if (want_rest) out->rest = Ref::borrow(e);
    return true;
  }
  Ref match_items = Ref::steal(static_cast<Object*>(list_new(0)));
  Ref rest_items = Ref::steal(static_cast<Object*>(list_new(0)));
  if (!match_items || !rest_items) return false;
  Tuple* children = as_group(e)->exceptions.as<Tuple>();
  for (int64_t i = 0; i < children->size; ++i) {
    SplitResult part;
    if (!split_recursive(children->items[i], condition, kind, want_rest, &part)) return false;
    if (part.match && list_append(match_items.as<List>(), part.match.get()) < 0) return false;
    if (part.rest && list_append(rest_items.as<List>(), part.rest.get()) < 0) return false;
  }
  if (match_items.as<List>()->size > 0) {
    out->match = derive_and_copy(e, match_items.as<List>());
    if (!out->match) return false;
  }
  if (want_rest && rest_items.as<List>()->size > 0) {
    out->rest = derive_and_copy(e, rest_items.as<List>());
    if (!out->rest) return false;
  }
  return true;
}

Value or_none(const Ref& r) { return r ? r.get() : Value::none(); }

Ref group_split(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("split", kwnames) || !check_arg_count("split", nargs, 1, 1)) return nullptr;
  MatcherKind kind;
  if (matcher_kind(args[0], &kind) < 0) return nullptr;
  SplitResult r;
  if (!split_recursive(self, args[0], kind, true, &r)) return nullptr;
  return tuple_pack({or_none(r.match), or_none(r.rest)});
}

Ref group_subgroup(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("subgroup", kwnames) || !check_arg_count("subgroup", nargs, 1, 1)) return nullptr;
  MatcherKind kind;
  if (matcher_kind(args[0], &kind) < 0) return nullptr;
  SplitResult r;
  if (!split_recursive(self, args[0], kind, false, &r)) return nullptr;
  return r.match ? std::move(r.match) : Ref::none();
}

Ref group_derive(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("derive", kwnames) || !check_arg_count("derive", nargs, 1, 1)) return nullptr;
  Value new_args[2] = {as_group(self)->message, args[0]};
  return make_exception(exc::BaseExceptionGroup, new_args, 2);
}

}  // namespace

const MethodDef kExceptionGroupMethods[] = {
    {"split", group_split, kMethodInstance, nullptr},
    {"subgroup", group_subgroup, kMethodInstance, nullptr},
    {"derive", group_derive, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kExceptionGroupGetSets[] = {
    {"message", get_message, nullptr, "exception message"},
    {"exceptions", get_exceptions, nullptr, "nested exceptions"},
    {nullptr, nullptr, nullptr, nullptr},
};

}  // namespace taipan
