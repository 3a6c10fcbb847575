// re.Match: the result of a successful match. It keeps the subject and the
// span of every group (-1 for a group that did not take part) and answers
// group(), groups(), groupdict(), start()/end()/span(), expand(), m[g],
// lastindex, lastgroup and regs as CPython's _sre does.
#include <algorithm>
#include <string>

#include "modules/sre/sre_objects.h"
#include "objects/dict.h"
#include "objects/generic_alias.h"
#include "objects/int.h"
#include "objects/sequence.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan::sre {

Type match_type;

namespace {

MatchObject* as_match(Value v) { return v.as<MatchObject>(); }
PatternObject* pattern_of(MatchObject* m) { return m->pattern.as<PatternObject>(); }

// The group number a group() argument names, or -1 with IndexError (or the
// error of a failed lookup) set.
int64_t group_index(MatchObject* m, Value index) {
  int64_t i = -1;
  if (is_int(index) || type_of(index)->number.index != nullptr) {
    Ref number = taipan::index(index);
    if (!number) return -1;
    if (!int_to_int64(*number, &i)) i = int_sign(*number) < 0 ? -1 : m->groups;  // clamped
  } else {
    PatternObject* p = pattern_of(m);
    if (!p->groupindex.is_null()) {
      Value found = dict_get(p->groupindex.as<Dict>(), index);
      if (found.is_null() && error_occurred()) return -1;
      if (!found.is_null() && is_int(found) && !int_to_int64(found, &i)) i = -1;
    }
  }
  if (i < 0 || i >= m->groups) {
    if (!error_occurred()) raise(exc::IndexError, "no such group");
    return -1;
  }
  return i;
}

// The text of group i, or `fallback` when the group did not match.
Ref group_text(MatchObject* m, int64_t i, Value fallback) {
  int64_t start = m->marks[2 * i];
  int64_t end = m->marks[2 * i + 1];
  if (start < 0) return Ref::borrow(fallback);
  if (is_str(m->string)) return str_substring(m->string.as<Str>(), start, end);
  Subject subject;
  if (!subject.init(m->string)) return nullptr;
  start = std::min(start, subject.length());
  end = std::min(end, subject.length());
  return subject.slice(start, end);
}

Ref group_by_key(MatchObject* m, Value key, Value fallback) {
  int64_t i = group_index(m, key);
  if (i < 0) return nullptr;
  return group_text(m, i, fallback);
}

Ref pair(int64_t a, int64_t b) {
  Ref x = int_from_int64(a);
  Ref y = int_from_int64(b);
  if (!x || !y) return nullptr;
  return tuple_pack({*x, *y});
}

Ref match_group(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("Match.group", kwnames)) return nullptr;
  MatchObject* m = as_match(self);
  if (nargs == 0) return group_text(m, 0, Value::none());
  if (nargs == 1) return group_by_key(m, args[0], Value::none());
  Tuple* result = tuple_new(static_cast<int64_t>(nargs));
  if (result == nullptr) return nullptr;
  Ref owner = Ref::steal(result);
  for (size_t i = 0; i < nargs; ++i) {
    result->items[i] = Value::none();
    Ref item = group_by_key(m, args[i], Value::none());
    if (!item) return nullptr;
    result->items[i] = item.release();
  }
  return owner;
}

Ref match_getitem(Value self, Value key) { return group_by_key(as_match(self), key, Value::none()); }

// The optional `default` argument of groups() and groupdict().
bool default_arg(const char* function, const Value* args, size_t nargs, Tuple* kwnames, Value* out) {
  static const char* const kNames[] = {"default"};
  ArgSpec spec{function, kNames, 1, 0, 0};
  Value bound[1];
  if (!bind_args(spec, args, nargs, kwnames, bound)) return false;
  *out = bound[0].is_null() ? Value::none() : bound[0];
  return true;
}

Ref match_groups(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value fallback;
  if (!default_arg("groups", args, nargs, kwnames, &fallback)) return nullptr;
  MatchObject* m = as_match(self);
  Tuple* result = tuple_new(m->groups - 1);
  if (result == nullptr) return nullptr;
  Ref owner = Ref::steal(result);
  for (int64_t i = 1; i < m->groups; ++i) result->items[i - 1] = Value::none();
  for (int64_t i = 1; i < m->groups; ++i) {
    Ref item = group_text(m, i, fallback);
    if (!item) return nullptr;
    result->items[i - 1] = item.release();
  }
  return owner;
}

Ref match_groupdict(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value fallback;
  if (!default_arg("groupdict", args, nargs, kwnames, &fallback)) return nullptr;
  MatchObject* m = as_match(self);
  Dict* result = dict_new();
  if (result == nullptr) return nullptr;
  Ref owner = Ref::steal(result);
  PatternObject* p = pattern_of(m);
  if (p->groupindex.is_null()) return owner;
  Dict* names = p->groupindex.as<Dict>();
  int64_t pos = 0;
  Value key, value;
  while (dict_next(names, &pos, &key, &value)) {
    Ref k = Ref::borrow(key);
    Ref text = group_by_key(m, key, fallback);
    if (!text || dict_set(result, key, *text) < 0) return nullptr;
  }
  return owner;
}

// The optional positional group of start(), end() and span(); -1 on error.
int64_t group_arg(MatchObject* m, const char* function, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords((std::string("Match.") + function).c_str(), kwnames) || !check_arg_count(function, nargs, 0, 1)) {
    return -1;
  }
  return nargs == 0 ? 0 : group_index(m, args[0]);
}

Ref match_start(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  MatchObject* m = as_match(self);
  int64_t i = group_arg(m, "start", args, nargs, kwnames);
  if (i < 0) return nullptr;
  return int_from_int64(m->marks[2 * i]);
}

Ref match_end(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  MatchObject* m = as_match(self);
  int64_t i = group_arg(m, "end", args, nargs, kwnames);
  if (i < 0) return nullptr;
  return int_from_int64(m->marks[2 * i + 1]);
}

Ref match_span(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  MatchObject* m = as_match(self);
  int64_t i = group_arg(m, "span", args, nargs, kwnames);
  if (i < 0) return nullptr;
  return pair(m->marks[2 * i], m->marks[2 * i + 1]);
}

// expand(template): the Python part of re does the work (re._expand).
Ref match_expand(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"template"};
  static const ArgSpec kSpec{"expand", kNames, 1, 0, 1};
  Value bound[1];
  if (!bind_args(kSpec, args, nargs, kwnames, bound)) return nullptr;
  return call_re_module("_expand", {as_match(self)->pattern, self, bound[0]});
}

Ref match_copy(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("Match.__copy__", nargs, kwnames)) return nullptr;
  return Ref::borrow(self);
}

Ref match_deepcopy(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("Match.__deepcopy__", kwnames)) return nullptr;
  if (nargs != 1) {
    return raise(exc::TypeError, "Match.__deepcopy__() takes exactly one argument (" + std::to_string(nargs) + " given)");
  }
  return Ref::borrow(self);
}

Ref match_repr(Value self) {
  MatchObject* m = as_match(self);
  Ref text = group_text(m, 0, Value::none());
  if (!text) return nullptr;
  Ref text_repr = repr(*text);
  if (!text_repr) return nullptr;
  Str* r = text_repr.as<Str>();
  // %.50R: at most 50 characters of the repr.
  Ref shown = r->length > 50 ? str_substring(r, 0, 50) : text_repr;
  if (!shown) return nullptr;
  std::string out = std::string("<") + type_of(self)->name + " object; span=(" + std::to_string(m->marks[0]) + ", " +
                    std::to_string(m->marks[1]) + "), match=" + std::string(str_utf8(shown.as<Str>())) + ">";
  return str_from_utf8(out);
}

Ref match_get_lastindex(Value self) {
  MatchObject* m = as_match(self);
  return m->lastindex >= 0 ? int_from_int64(m->lastindex) : Ref::none();
}

Ref match_get_lastgroup(Value self) {
  MatchObject* m = as_match(self);
  PatternObject* p = pattern_of(m);
  if (!p->indexgroup.is_null() && m->lastindex >= 0) {
    Tuple* names = p->indexgroup.as<Tuple>();
    if (m->lastindex < names->size) return Ref::borrow(names->items[m->lastindex]);
  }
  return Ref::none();
}

Ref match_get_regs(Value self) {
  MatchObject* m = as_match(self);
  if (!m->regs.is_null()) return Ref::borrow(m->regs);
  Tuple* regs = tuple_new(m->groups);
  if (regs == nullptr) return nullptr;
  Ref owner = Ref::steal(regs);
  for (int64_t i = 0; i < m->groups; ++i) regs->items[i] = Value::none();
  for (int64_t i = 0; i < m->groups; ++i) {
    Ref item = pair(m->marks[2 * i], m->marks[2 * i + 1]);
    if (!item) return nullptr;
    Value old = regs->items[i];
    regs->items[i] = item.release();
    decref(old);
  }
  m->regs = owner.get();
  incref(m->regs);
  return owner;
}

Ref match_get_string(Value self) { return Ref::borrow(as_match(self)->string); }
Ref match_get_re(Value self) { return Ref::borrow(as_match(self)->pattern); }
Ref match_get_pos(Value self) { return int_from_int64(as_match(self)->pos); }
Ref match_get_endpos(Value self) { return int_from_int64(as_match(self)->endpos); }

void match_clear(Object* self) {
  auto* m = static_cast<MatchObject*>(self);
  Value values[3] = {m->string, m->pattern, m->regs};
  m->string = Value::none();
  m->pattern = Value();
  m->regs = Value();
  for (Value v : values) decref(v);
}

void match_dealloc(Object* self) {
  auto* m = static_cast<MatchObject*>(self);
  decref(m->string);
  decref(m->pattern);
  decref(m->regs);
  free_object(self);
}

void match_traverse(Object* self, VisitFn visit, void* arg) {
  auto* m = static_cast<MatchObject*>(self);
  visit(m->string, arg);
  if (!m->pattern.is_null()) visit(m->pattern, arg);
  if (!m->regs.is_null()) visit(m->regs, arg);
}

const MethodDef kMatchMethods[] = {
    {"group", match_group, kMethodInstance,
     "group([group1, ...]) -> str or tuple.\n    Return subgroup(s) of the match by indices or names.\n    For 0 "
     "returns the entire match."},
    {"start", match_start, kMethodInstance, "Return index of the start of the substring matched by group."},
    {"end", match_end, kMethodInstance, "Return index of the end of the substring matched by group."},
    {"span", match_span, kMethodInstance, "For match object m, return the 2-tuple (m.start(group), m.end(group))."},
    {"groups", match_groups, kMethodInstance, "Return a tuple containing all the subgroups of the match, from 1."},
    {"groupdict", match_groupdict, kMethodInstance,
     "Return a dictionary containing all the named subgroups of the match, keyed by the subgroup name."},
    {"expand", match_expand, kMethodInstance,
     "Return the string obtained by doing backslash substitution on the string template, as done by the sub() "
     "method."},
    {"__copy__", match_copy, kMethodInstance, nullptr},
    {"__deepcopy__", match_deepcopy, kMethodInstance, nullptr},
    {"__class_getitem__", generic_alias_class_getitem, kMethodClass, "See PEP 585"},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kMatchGetSets[] = {
    {"lastindex", match_get_lastindex, nullptr, "The integer index of the last matched capturing group."},
    {"lastgroup", match_get_lastgroup, nullptr, "The name of the last matched capturing group."},
    {"regs", match_get_regs, nullptr, nullptr},
    {"string", match_get_string, nullptr, "The string passed to match() or search()."},
    {"re", match_get_re, nullptr, "The regular expression object."},
    {"pos", match_get_pos, nullptr, "The index into the string at which the RE engine started looking for a match."},
    {"endpos", match_get_endpos, nullptr, "The index into the string beyond which the RE engine will not go."},
    {nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

Ref new_match(PatternObject* p, const Subject& subject, const MatchState& state, int64_t status) {
  if (status < 0) return engine_error(status);
  if (status == 0) return Ref::none();
  int64_t groups = p->groups + 1;
  size_t size = sizeof(MatchObject) + static_cast<size_t>(2 * groups) * sizeof(int64_t);
  auto* m = new_object<MatchObject>(&match_type, size);
  if (m == nullptr) return nullptr;
  incref(p);
  m->pattern = Value::object(p);
  m->string = subject.object();
  incref(m->string);
  m->groups = groups;
  m->marks[0] = state.start;
  m->marks[1] = state.ptr;
  for (int64_t i = 0, j = 0; i < p->groups; ++i, j += 2) {
    int64_t start = -1, end = -1;
    if (j + 1 <= state.lastmark) {
      start = state.marks[static_cast<size_t>(j)];
      end = state.marks[static_cast<size_t>(j) + 1];
      if (start < 0 || end < 0) start = end = -1;
    }
    m->marks[j + 2] = start;
    m->marks[j + 3] = end;
  }
  m->pos = state.pos;
  m->endpos = state.endpos;
  m->lastindex = state.lastindex;
  return Ref::steal(m);
}

int init_match_type() {
  Type& t = match_type;
  if (type_has_flag(&t, kTypeReady)) return 0;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = "re.Match";
  t.basic_size = sizeof(MatchObject);
  t.flags = kTypeGC;
  t.base = &object_type;
  t.dealloc = match_dealloc;
  t.traverse = match_traverse;
  t.clear = match_clear;
  t.repr = match_repr;
  t.getitem = match_getitem;
  t.methods = kMatchMethods;
  t.getsets = kMatchGetSets;
  t.doc = "The result of re.match() and re.search().\nMatch objects always have a boolean value of True.";
  return type_ready(&t);
}

}  // namespace taipan::sre
