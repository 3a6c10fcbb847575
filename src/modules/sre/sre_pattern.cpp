// re.Pattern: a compiled regular expression. Its methods run the engine
// over a subject: match, fullmatch, search, findall, finditer, scanner,
// split, sub and subn (a replacement template with backslashes goes to
// re._subx, as in CPython 3.11). Also its repr, equality and hash.
#include <cstdio>
#include <cstring>
#include <limits>
#include <string>

#include "modules/sre/sre_objects.h"
#include "objects/descriptors.h"
#include "objects/dict.h"
#include "objects/generic_alias.h"
#include "objects/hash_bytes.h"
#include "objects/int.h"
#include "objects/iterators.h"
#include "objects/list.h"
#include "objects/sequence.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan::sre {

Type pattern_type;

namespace {

constexpr int64_t kMaxSize = std::numeric_limits<int64_t>::max();

PatternObject* as_pattern(Value v) { return v.as<PatternObject>(); }

// The (string, pos=0, endpos=sys.maxsize) arguments of most methods.
struct SpanArgs {
  Value string;
  int64_t pos = 0;
  int64_t endpos = kMaxSize;
};

bool span_args(const char* function, const Value* args, size_t nargs, Tuple* kwnames, SpanArgs* out) {
  static const char* const kNames[] = {"string", "pos", "endpos"};
  Value bound[3];
  if ((kwnames == nullptr || kwnames->size == 0) && nargs >= 1 && nargs <= 3) {
    // The common call, all positional: nothing to bind by name.
    for (size_t i = 0; i < 3; ++i) bound[i] = i < nargs ? args[i] : Value();
  } else {
    ArgSpec spec{function, kNames, 3, 0, 1};
    if (!bind_args(spec, args, nargs, kwnames, bound)) return false;
  }
  out->string = bound[0];
  if (!bound[1].is_null() && !index_arg(bound[1], &out->pos)) return false;
  if (!bound[2].is_null() && !index_arg(bound[2], &out->endpos)) return false;
  return true;
}

// match / fullmatch / search.
Ref run_once(Value self, const char* function, const Value* args, size_t nargs, Tuple* kwnames, bool search,
             bool match_all) {
  SpanArgs a;
  if (!span_args(function, args, nargs, kwnames, &a)) return nullptr;
  PatternObject* p = as_pattern(self);
  Subject subject;
  if (!subject.init(a.string)) return nullptr;
  StateLease lease;
  MatchState& state = *lease;
  if (!state_init(state, subject, p, a.pos, a.endpos)) return nullptr;
  state.match_all = match_all;
  int64_t status = search ? sre_search(state, p->code) : sre_match(state, p->code);
  if (error_occurred()) return nullptr;
  return new_match(p, subject, state, status);
}

Ref pattern_match(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return run_once(self, "match", args, nargs, kwnames, false, false);
}

Ref pattern_fullmatch(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return run_once(self, "fullmatch", args, nargs, kwnames, false, true);
}

Ref pattern_search(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return run_once(self, "search", args, nargs, kwnames, true, false);
}

// The next match of a repeated search (findall, split, sub): 1, 0 when there
// is none, -1 on error.
int search_next(MatchState& state, PatternObject* p) {
  state.reset();
  state.ptr = state.start;
  int64_t status = sre_search(state, p->code);
  if (error_occurred()) return -1;
  if (status < 0) {
    engine_error(status);
    return -1;
  }
  return status > 0 ? 1 : 0;
}

// Continues after the match just found.
void advance(MatchState& state) {
  state.must_advance = state.ptr == state.start;
  state.start = state.ptr;
}

// Group g of the state's match: its text, or `unmatched` (null: "").
Ref state_group(const MatchState& state, const Subject& subject, int64_t g, Value unmatched) {
  size_t index = static_cast<size_t>(g - 1) * 2;
  if (static_cast<int64_t>(index) >= state.lastmark || state.marks[index] < 0 || state.marks[index + 1] < 0) {
    if (!unmatched.is_null()) return Ref::borrow(unmatched);
    return subject.slice(0, 0);
  }
  return subject.slice(state.marks[index], state.marks[index + 1]);
}

Ref pattern_findall(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  SpanArgs a;
  if (!span_args("findall", args, nargs, kwnames, &a)) return nullptr;
  PatternObject* p = as_pattern(self);
  Subject subject;
  if (!subject.init(a.string)) return nullptr;
  StateLease lease;
  MatchState& state = *lease;
  if (!state_init(state, subject, p, a.pos, a.endpos)) return nullptr;
  List* list = list_new(0);
  if (list == nullptr) return nullptr;
  Ref result = Ref::steal(list);
  while (state.start <= state.end) {
    int found = search_next(state, p);
    if (found < 0) return nullptr;
    if (found == 0) break;
    Ref item;
    if (p->groups == 0) {
      item = subject.slice(state.start, state.ptr);
    } else if (p->groups == 1) {
      item = state_group(state, subject, 1, Value());
    } else {
      Tuple* t = tuple_new(p->groups);
      if (t == nullptr) return nullptr;
      item = Ref::steal(t);
      for (int64_t g = 0; g < p->groups; ++g) t->items[g] = Value::none();
      for (int64_t g = 0; g < p->groups; ++g) {
        Ref text = state_group(state, subject, g + 1, Value());
        if (!text) return nullptr;
        t->items[g] = text.release();
      }
    }
    if (!item || list_append(list, *item) < 0) return nullptr;
    advance(state);
  }
  return result;
}

Ref pattern_scanner(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  SpanArgs a;
  if (!span_args("scanner", args, nargs, kwnames, &a)) return nullptr;
  return new_scanner(as_pattern(self), a.string, a.pos, a.endpos);
}

Ref pattern_finditer(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  SpanArgs a;
  if (!span_args("finditer", args, nargs, kwnames, &a)) return nullptr;
  Ref scanner = new_scanner(as_pattern(self), a.string, a.pos, a.endpos);
  if (!scanner) return nullptr;
  Ref search = getattr(*scanner, "search");
  if (!search) return nullptr;
  return callable_iter_new(*search, Value::none());
}

Ref pattern_split(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"string", "maxsplit"};
  static const ArgSpec kSpec{"split", kNames, 2, 0, 1};
  Value bound[2];
  if (!bind_args(kSpec, args, nargs, kwnames, bound)) return nullptr;
  int64_t maxsplit = 0;
  if (!bound[1].is_null() && !index_arg(bound[1], &maxsplit)) return nullptr;
  PatternObject* p = as_pattern(self);
  Subject subject;
  if (!subject.init(bound[0])) return nullptr;
  StateLease lease;
  MatchState& state = *lease;
  if (!state_init(state, subject, p, 0, kMaxSize)) return nullptr;
  List* list = list_new(0);
  if (list == nullptr) return nullptr;
  Ref result = Ref::steal(list);
  int64_t n = 0;
  int64_t last = state.start;
  while (maxsplit == 0 || n < maxsplit) {
    int found = search_next(state, p);
    if (found < 0) return nullptr;
    if (found == 0) break;
    Ref piece = subject.slice(last, state.start);
    if (!piece || list_append(list, *piece) < 0) return nullptr;
    for (int64_t g = 1; g <= p->groups; ++g) {
      Ref text = state_group(state, subject, g, Value::none());
      if (!text || list_append(list, *text) < 0) return nullptr;
    }
    n++;
    advance(state);
    last = state.start;
  }
  Ref rest = subject.slice(last, state.endpos);
  if (!rest || list_append(list, *rest) < 0) return nullptr;
  return result;
}

// Whether a replacement is plain text (str or bytes-like without a backslash).
bool is_literal_template(Value repl) {
  if (is_str(repl)) {
    Str* s = repl.as<Str>();
    for (int64_t i = 0; i < s->length; ++i) {
      if (str_char_at(s, i) == '\\') return false;
    }
    return true;
  }
  Buffer buffer;
  if (!get_buffer(repl, &buffer)) {
    clear_error();
    return false;
  }
  return std::memchr(buffer.data.data(), '\\', buffer.data.size()) == nullptr;
}

// Collects the pieces of sub()'s result as str.join / bytes.join would,
// with their messages for a piece of the wrong type.
class Joiner {
 public:
  explicit Joiner(const Subject& subject) : subject_(subject) {}

  void append_subject(int64_t start, int64_t end) {
    if (subject_.isbytes()) {
      bytes_.append(static_cast<const char*>(subject_.data()) + start, static_cast<size_t>(end - start));
    } else {
      text_.append(subject_.object().as<Str>(), start, end);
    }
    ++items_;
  }

  bool append(Value item) {
    if (subject_.isbytes()) {
      Buffer buffer;
      if (!get_buffer(item, &buffer)) {
        if (error_occurred()) return false;
        raise(exc::TypeError, "sequence item " + std::to_string(items_) + ": expected a bytes-like object, " +
                                  type_name_of(item) + " found");
        return false;
      }
      bytes_.append(buffer.data);
    } else {
      if (!is_str(item)) {
        raise(exc::TypeError, "sequence item " + std::to_string(items_) + ": expected str instance, " +
                                  type_name_of(item) + " found");
        return false;
      }
      text_.append(item.as<Str>());
    }
    ++items_;
    return true;
  }

  Ref finish() { return subject_.isbytes() ? bytes_from_string(bytes_) : text_.finish(); }

 private:
  const Subject& subject_;
  StrBuilder text_;
  std::string bytes_;
  int64_t items_ = 0;
};

Ref pattern_subx(Value self, Value repl, Value string, int64_t count, bool with_count) {
  PatternObject* p = as_pattern(self);
  Ref filter;
  bool callable_filter;
  if (type_of(repl)->call != nullptr) {
    filter = Ref::borrow(repl);
    callable_filter = true;
  } else if (is_literal_template(repl)) {
    filter = Ref::borrow(repl);
    callable_filter = false;
  } else {
    filter = call_re_module("_subx", {self, repl});
    if (!filter) return nullptr;
    callable_filter = type_of(*filter)->call != nullptr;
  }
  Subject subject;
  if (!subject.init(string)) return nullptr;
  StateLease lease;
  MatchState& state = *lease;
  if (!state_init(state, subject, p, 0, kMaxSize)) return nullptr;
  Joiner out(subject);
  int64_t n = 0;
  int64_t last = 0;
  while (count == 0 || n < count) {
    int found = search_next(state, p);
    if (found < 0) return nullptr;
    if (found == 0) break;
    if (last < state.start) out.append_subject(last, state.start);
    if (callable_filter) {
      Ref match = new_match(p, subject, state, 1);
      if (!match) return nullptr;
      Ref item = call(*filter, {*match});
      if (!item) return nullptr;
      if (!item.get().is_none() && !out.append(*item)) return nullptr;
    } else if (!filter.get().is_none() && !out.append(*filter)) {
      return nullptr;
    }
    last = state.ptr;
    n++;
    advance(state);
  }
  Ref result;
  Value v = subject.object();
  if (n == 0 && v.is_object() && (v.as_object()->type == &str_type || v.as_object()->type == &bytes_type)) {
    result = Ref::borrow(v);  // nothing replaced: the subject itself, as CPython's join returns it
  } else {
    if (last < state.endpos) out.append_subject(last, state.endpos);
    result = out.finish();
  }
  if (!result) return nullptr;
  if (!with_count) return result;
  Ref number = int_from_int64(n);
  if (!number) return nullptr;
  return tuple_pack({*result, *number});
}

Ref sub_common(Value self, const char* function, const Value* args, size_t nargs, Tuple* kwnames, bool with_count) {
  static const char* const kNames[] = {"repl", "string", "count"};
  ArgSpec spec{function, kNames, 3, 0, 2};
  Value bound[3];
  if (!bind_args(spec, args, nargs, kwnames, bound)) return nullptr;
  int64_t count = 0;
  if (!bound[2].is_null() && !index_arg(bound[2], &count)) return nullptr;
  return pattern_subx(self, bound[0], bound[1], count, with_count);
}

Ref pattern_sub(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return sub_common(self, "sub", args, nargs, kwnames, false);
}

Ref pattern_subn(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return sub_common(self, "subn", args, nargs, kwnames, true);
}

Ref pattern_copy(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("Pattern.__copy__", nargs, kwnames)) return nullptr;
  return Ref::borrow(self);
}

Ref pattern_deepcopy(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("Pattern.__deepcopy__", kwnames)) return nullptr;
  if (nargs != 1) {
    return raise(exc::TypeError, "Pattern.__deepcopy__() takes exactly one argument (" + std::to_string(nargs) + " given)");
  }
  return Ref::borrow(self);
}

Ref pattern_repr(Value self) {
  static const struct {
    const char* name;
    int64_t value;
  } kFlagNames[] = {
      {"re.TEMPLATE", FLAG_TEMPLATE}, {"re.IGNORECASE", FLAG_IGNORECASE}, {"re.LOCALE", FLAG_LOCALE},
      {"re.MULTILINE", FLAG_MULTILINE}, {"re.DOTALL", FLAG_DOTALL},       {"re.UNICODE", FLAG_UNICODE},
      {"re.VERBOSE", FLAG_VERBOSE},   {"re.DEBUG", FLAG_DEBUG},           {"re.ASCII", FLAG_ASCII},
  };
  PatternObject* p = as_pattern(self);
  int64_t flags = p->flags;
  // A str pattern is Unicode unless told otherwise: no need to say so.
  if (p->isbytes == 0 && (flags & (FLAG_LOCALE | FLAG_UNICODE | FLAG_ASCII)) == FLAG_UNICODE) flags &= ~FLAG_UNICODE;
  std::string names;
  for (const auto& f : kFlagNames) {
    if (flags & f.value) {
      if (!names.empty()) names += "|";
      names += f.name;
      flags &= ~f.value;
    }
  }
  if (flags) {
    char hex[32];
    std::snprintf(hex, sizeof hex, "0x%x", static_cast<unsigned>(flags));
    if (!names.empty()) names += "|";
    names += hex;
  }
  Ref source = repr(p->pattern);
  if (!source) return nullptr;
  Str* r = source.as<Str>();
  if (r->length > 200) source = str_substring(r, 0, 200);  // %.200R
  if (!source) return nullptr;
  std::string text = "re.compile(" + std::string(str_utf8(source.as<Str>()));
  if (!names.empty()) text += ", " + names;
  return str_from_utf8(text + ")");
}

Ref pattern_richcompare(Value a, Value b, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || !b.is_object() || b.as_object()->type != &pattern_type) {
    return ref_not_implemented();
  }
  bool equal_patterns = true;
  if (a != b) {
    PatternObject* x = as_pattern(a);
    PatternObject* y = as_pattern(b);
    equal_patterns = x->flags == y->flags && x->isbytes == y->isbytes && x->codesize == y->codesize &&
                     std::memcmp(x->code, y->code, static_cast<size_t>(x->codesize) * sizeof(Code)) == 0;
    if (equal_patterns) {
      int same = rich_compare_bool(x->pattern, y->pattern, CompareOp::Eq);
      if (same < 0) return nullptr;
      equal_patterns = same != 0;
    }
  }
  return Ref::boolean(equal_patterns == (op == CompareOp::Eq));
}

int64_t pattern_hash(Value self) {
  PatternObject* p = as_pattern(self);
  int64_t h = hash(p->pattern);
  if (h == -1) return -1;
  h ^= hash_bytes(p->code, static_cast<size_t>(p->codesize) * sizeof(Code));
  h ^= p->flags;
  h ^= p->isbytes;
  h ^= p->codesize;
  return h == -1 ? -2 : h;
}

Ref pattern_get_pattern(Value self) { return Ref::borrow(as_pattern(self)->pattern); }
Ref pattern_get_flags(Value self) { return int_from_int64(as_pattern(self)->flags); }
Ref pattern_get_groups(Value self) { return int_from_int64(as_pattern(self)->groups); }

Ref pattern_get_groupindex(Value self) {
  PatternObject* p = as_pattern(self);
  if (p->groupindex.is_null()) {
    Dict* d = dict_new();
    return d ? Ref::steal(d) : nullptr;
  }
  return mappingproxy_new(p->groupindex);
}

void pattern_clear(Object* self) {
  auto* p = static_cast<PatternObject*>(self);
  Value values[3] = {p->pattern, p->groupindex, p->indexgroup};
  p->pattern = Value::none();
  p->groupindex = Value();
  p->indexgroup = Value();
  for (Value v : values) decref(v);
}

void pattern_dealloc(Object* self) {
  pattern_clear(self);
  delete static_cast<PatternObject*>(self)->accel;
  free_object(self);
}

void pattern_traverse(Object* self, VisitFn visit, void* arg) {
  auto* p = static_cast<PatternObject*>(self);
  visit(p->pattern, arg);
  if (!p->groupindex.is_null()) visit(p->groupindex, arg);
  if (!p->indexgroup.is_null()) visit(p->indexgroup, arg);
}

const MethodDef kPatternMethods[] = {
    {"match", pattern_match, kMethodInstance, "Matches zero or more characters at the beginning of the string."},
    {"fullmatch", pattern_fullmatch, kMethodInstance, "Matches against all of the string."},
    {"search", pattern_search, kMethodInstance,
     "Scan through string looking for a match, and return a corresponding match object instance.\n\nReturn None "
     "if no position in the string matches."},
    {"sub", pattern_sub, kMethodInstance,
     "Return the string obtained by replacing the leftmost non-overlapping occurrences of pattern in string by "
     "the replacement repl."},
    {"subn", pattern_subn, kMethodInstance,
     "Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost non-overlapping "
     "occurrences of pattern with the replacement repl."},
    {"findall", pattern_findall, kMethodInstance, "Return a list of all non-overlapping matches of pattern in string."},
    {"split", pattern_split, kMethodInstance, "Split string by the occurrences of pattern."},
    {"finditer", pattern_finditer, kMethodInstance,
     "Return an iterator over all non-overlapping matches for the RE pattern in string.\n\nFor each match, the "
     "iterator returns a match object."},
    {"scanner", pattern_scanner, kMethodInstance, nullptr},
    {"__copy__", pattern_copy, kMethodInstance, nullptr},
    {"__deepcopy__", pattern_deepcopy, kMethodInstance, nullptr},
    {"__class_getitem__", generic_alias_class_getitem, kMethodClass, "See PEP 585"},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kPatternGetSets[] = {
    {"pattern", pattern_get_pattern, nullptr, "The pattern string from which the RE object was compiled."},
    {"flags", pattern_get_flags, nullptr, "The regex matching flags."},
    {"groups", pattern_get_groups, nullptr, "The number of capturing groups in the pattern."},
    {"groupindex", pattern_get_groupindex, nullptr, "A dictionary mapping group names to group numbers."},
    {nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

int init_pattern_type() {
  Type& t = pattern_type;
  if (type_has_flag(&t, kTypeReady)) return 0;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = "re.Pattern";
  t.basic_size = sizeof(PatternObject);
  t.flags = kTypeGC;
  t.base = &object_type;
  alignas(PatternObject) static char probe_space[sizeof(PatternObject)];
  auto* probe = reinterpret_cast<PatternObject*>(probe_space);
  t.weaklist_offset = reinterpret_cast<char*>(&probe->weakrefs) - probe_space;
  t.dealloc = pattern_dealloc;
  t.traverse = pattern_traverse;
  t.clear = pattern_clear;
  t.repr = pattern_repr;
  t.hash = pattern_hash;
  t.richcompare = pattern_richcompare;
  t.methods = kPatternMethods;
  t.getsets = kPatternGetSets;
  t.doc = "Compiled regular expression object.";
  return type_ready(&t);
}

}  // namespace taipan::sre
