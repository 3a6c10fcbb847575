// types.cpp — formatting, subtyping, joins and substitution of checker types,
// following mypy's rules (subtypes.py, join.py, messages.format_type).
#include "check/types.h"

#include <algorithm>
#include <set>

#include "check/semantic.h"

namespace taipan::check {

TypeArena& arena() {
  static TypeArena a;
  return a;
}

const Type* any_type() {
  static Type any(TK::Any);
  return &any;
}
const Type* none_type() {
  static Type none(TK::None);
  return &none;
}
const Type* never_type() {
  static Type never(TK::Never);
  return &never;
}

Builtins& builtins() {
  static Builtins b;
  return b;
}

const Instance* instance(ClassInfo* cls, std::vector<const Type*> args) {
  if (cls != nullptr) program().ensure_class(cls);
  auto* t = arena().make<Instance>();
  t->cls = cls;
  if (cls != nullptr) {
    while (args.size() < cls->type_params.size()) args.push_back(any_type());
    args.resize(cls->type_params.size());
  }
  t->args = std::move(args);
  return t;
}

const Instance* literal_instance(ClassInfo* cls, const std::string& text, bool literal_type) {
  auto* t = arena().make<Instance>();
  t->cls = cls;
  t->literal = text;
  t->literal_type = literal_type && !text.empty();
  return t;
}

std::string str_literal_text(const std::string& s) {
  bool has_single = false;
  for (unsigned char c : s) {
    if (c < 0x20 || c >= 0x7f || c == '\\') return "";
    if (c == '\'') has_single = true;
  }
  if (has_single) return s.find('"') == std::string::npos ? "\"" + s + "\"" : "";
  return "'" + s + "'";
}

const Type* strip_literal(const Type* t) {
  if (t->kind == TK::Instance) {
    auto* i = static_cast<const Instance*>(t);
    if (!i->literal.empty() && !i->literal_type) return instance(i->cls, i->args);
  }
  return t;
}

const Type* forget_literals(const Type* t) {
  if (t->kind == TK::Tuple) {
    auto* tt = static_cast<const TupleType*>(t);
    auto* r = arena().make<TupleType>();
    r->fallback = tt->fallback;
    for (auto* i : tt->items) r->items.push_back(forget_literals(i));
    return r;
  }
  return strip_literal(t);
}

static void flatten(const Type* t, std::vector<const Type*>* out) {
  if (t->kind == TK::Union) {
    for (auto* i : static_cast<const UnionType*>(t)->items) flatten(i, out);
  } else if (t->kind != TK::Never) {
    out->push_back(t);
  }
}

// Set while simplifying unions: mypy's proper subtyping there (no
// promotions, Any only below Any, classes with unknown bases not special).
static int g_proper = 0;

// Literals of every member of an enum are the enum (mypy's
// try_contracting_literals_in_union).
static void contract_enum_literals(std::vector<const Type*>* items) {
  std::map<ClassInfo*, std::set<std::string>> seen;
  for (auto* t : *items) {
    auto* i = t->kind == TK::Instance ? static_cast<const Instance*>(t) : nullptr;
    if (i != nullptr && i->literal_type && i->cls->is_enum) seen[i->cls].insert(i->literal);
  }
  for (auto& [cls, names] : seen) {
    auto members = enum_members(cls);
    if (members.size() != names.size()) continue;
    bool first = true;
    std::vector<const Type*> out;
    for (auto* t : *items) {
      auto* i = t->kind == TK::Instance ? static_cast<const Instance*>(t) : nullptr;
      if (i != nullptr && i->literal_type && i->cls == cls) {
        if (first) out.push_back(instance(cls));
        first = false;
      } else {
        out.push_back(t);
      }
    }
    *items = std::move(out);
  }
}

const Type* make_union(std::vector<const Type*> items) {
  std::vector<const Type*> flat;
  for (auto* i : items) flatten(i, &flat);
  for (auto* i : flat)
    if (i->kind == TK::Any) return i;
  contract_enum_literals(&flat);
  // Drop items that are subtypes of another (literals first lose their value).
  std::vector<const Type*> kept;
  ++g_proper;
  for (size_t i = 0; i < flat.size(); ++i) {
    bool redundant = false;
    for (size_t j = 0; j < flat.size() && !redundant; ++j) {
      if (i == j) continue;
      bool sub = is_subtype(flat[i], flat[j]);
      if (!sub) continue;
      bool back = is_subtype(flat[j], flat[i]);
      // Equal types: keep the first one only.
      redundant = !back || j < i;
    }
    if (!redundant) kept.push_back(flat[i]);
  }
  --g_proper;
  if (kept.empty()) return never_type();
  if (kept.size() == 1) return kept[0];
  auto* u = arena().make<UnionType>();
  u->items = std::move(kept);
  return u;
}

const Type* make_optional(const Type* t) { return make_union({t, none_type()}); }

bool contains_none(const Type* t) {
  if (t->kind == TK::None) return true;
  if (t->kind != TK::Union) return false;
  for (auto* i : static_cast<const UnionType*>(t)->items)
    if (i->kind == TK::None) return true;
  return false;
}
bool is_optional(const Type* t) { return t->kind == TK::Union && contains_none(t); }

const Type* remove_none(const Type* t) {
  if (t->kind == TK::None) return never_type();
  if (t->kind != TK::Union) return t;
  std::vector<const Type*> rest;
  for (auto* i : static_cast<const UnionType*>(t)->items)
    if (i->kind != TK::None) rest.push_back(i);
  return make_union(rest);
}

const Type* tuple_fallback(const TupleType* t) {
  if (t->fallback != nullptr) return t->fallback;
  const Type* item = never_type();
  for (auto* i : t->items) item = item->kind == TK::Never ? strip_literal(i) : join(item, i);
  if (item->kind == TK::Never) item = any_type();
  return instance(builtins().tuple, {item});
}

// ---------------------------------------------------------------- formatting

static std::string short_class_name(ClassInfo* c) {
  const std::string& f = c->fullname;
  if (f == "builtins.list") return "List";
  if (f == "builtins.dict") return "Dict";
  if (f == "builtins.set") return "Set";
  if (f == "builtins.frozenset") return "FrozenSet";
  if (f == "builtins.type") return "Type";
  return c->name;
}

static std::string format_params(const CallableType* c, bool verbose);

static std::string fmt(const Type* t, bool verbose) {
  switch (t->kind) {
    case TK::Any: return "Any";
    case TK::None: return "None";
    case TK::Never: return "<nothing>";
    case TK::Module: return verbose ? "types.ModuleType" : "Module";
    case TK::TypeVar: return static_cast<const TypeVarType*>(t)->name;
    case TK::TypeType: return "Type[" + fmt(static_cast<const TypeType*>(t)->item, verbose) + "]";
    case TK::Instance: {
      auto* i = static_cast<const Instance*>(t);
      if (i->cls == nullptr) return "Any";
      if (i->literal_type || (verbose && !i->literal.empty())) {
        // An enum member's literal is "Color.RED": mypy's long form adds the module.
        std::string text = i->literal;
        if (verbose && i->cls->is_enum) text = i->cls->fullname.substr(0, i->cls->fullname.size() - i->cls->name.size()) + text;
        return "Literal[" + text + (i->literal_type ? "]" : "]?");
      }
      if (verbose && i->cls->typed_dict) {
        std::string s = "TypedDict('" + i->cls->fullname + "', {";
        bool first = true;
        for (auto& item : typeddict_items(i->cls)) {
          s += (first ? "'" : ", '") + item.name + "'" + (item.required ? "" : "?") + ": " + fmt(item.type, true);
          first = false;
        }
        return s + "})";
      }
      std::string name = verbose ? i->cls->fullname : short_class_name(i->cls);
      if (i->cls == builtins().tuple && i->args.size() == 1) {
        return (verbose ? "builtins.tuple[" : "Tuple[") + fmt(i->args[0], verbose) + ", ...]";
      }
      if (i->args.empty()) return name;
      std::string s = name + "[";
      for (size_t k = 0; k < i->args.size(); ++k) s += (k ? ", " : "") + fmt(i->args[k], verbose);
      return s + "]";
    }
    case TK::Union: {
      auto* u = static_cast<const UnionType*>(t);
      if (!verbose) {
        // Literal items print together: Literal['r', 'w'].
        std::vector<std::string> lits, rest;
        bool none = false;
        for (auto* i : u->items) {
          if (i->kind == TK::Instance && static_cast<const Instance*>(i)->literal_type) {
            lits.push_back(static_cast<const Instance*>(i)->literal);
          } else if (i->kind == TK::None) {
            none = true;
          } else {
            rest.push_back(fmt(i, false));
          }
        }
        if (lits.size() > 1) {
          std::string l = "Literal[";
          for (size_t k = 0; k < lits.size(); ++k) l += (k ? ", " : "") + lits[k];
          l += "]";
          if (rest.empty()) return none ? "Optional[" + l + "]" : l;
          std::string s = "Union[" + l;
          for (auto& r : rest) s += ", " + r;
          return s + (none ? ", None]" : "]");
        }
      }
      if (!verbose && u->items.size() == 2 && contains_none(u)) {
        for (auto* i : u->items)
          if (i->kind != TK::None) return "Optional[" + fmt(i, false) + "]";
      }
      std::string s = "Union[";
      for (size_t k = 0; k < u->items.size(); ++k) s += (k ? ", " : "") + fmt(u->items[k], verbose);
      return s + "]";
    }
    case TK::Tuple: {
      auto* u = static_cast<const TupleType*>(t);
      if (u->fallback != nullptr && !verbose) return fmt(u->fallback, false);
      std::string s = "Tuple[";
      for (size_t k = 0; k < u->items.size(); ++k) s += (k ? ", " : "") + fmt(u->items[k], verbose);
      if (u->items.empty() && !verbose) s += "()";
      if (u->fallback != nullptr) s += ", fallback=" + u->fallback->cls->fullname;
      return s + "]";
    }
    case TK::Callable: {
      auto* c = static_cast<const CallableType*>(t);
      if (verbose) {
        std::string s = "def (" + (c->ellipsis_args && c->params.empty() ? "*Any, **Any" : format_params(c, true)) + ")";
        if (c->ret->kind != TK::None) s += " -> " + fmt(c->ret, true);
        return s;
      }
      if (c->ellipsis_args) return "Callable[..., " + fmt(c->ret, false) + "]";
      return "Callable[[" + format_params(c, false) + "], " + fmt(c->ret, false) + "]";
    }
    case TK::Overloaded: {
      if (!verbose) return "overloaded function";
      auto* o = static_cast<const Overloaded*>(t);
      std::string s = "Overload(";
      for (size_t k = 0; k < o->items.size(); ++k) s += (k ? ", " : "") + fmt(o->items[k], verbose);
      return s + ")";
    }
  }
  return "Any";
}

static std::string format_params(const CallableType* c, bool verbose) {
  std::string s;
  bool star_seen = false;
  for (size_t k = 0; k < c->params.size(); ++k) {
    const Param& p = c->params[k];
    if (k) s += ", ";
    std::string ty = fmt(p.type, verbose);
    if (!verbose) {
      switch (p.kind) {
        case ParamKind::Pos: case ParamKind::PosOpt: s += ty; break;
        case ParamKind::Star: s += "VarArg(" + ty + ")"; break;
        case ParamKind::Star2: s += "KwArg(" + ty + ")"; break;
        case ParamKind::KwOnly: s += "NamedArg(" + ty + ", '" + p.name + "')"; break;
        case ParamKind::KwOnlyOpt: s += "DefaultNamedArg(" + ty + ", '" + p.name + "')"; break;
      }
      continue;
    }
    bool named = p.kind == ParamKind::KwOnly || p.kind == ParamKind::KwOnlyOpt;
    if (named && !star_seen) {
      s += "*, ";
      star_seen = true;
    }
    if (p.kind == ParamKind::Star) s += "*";
    if (p.kind == ParamKind::Star2) s += "**";
    if (!p.name.empty() && !p.pos_only) s += p.name + ": ";
    s += ty;
    if (p.kind == ParamKind::PosOpt || p.kind == ParamKind::KwOnlyOpt) s += " =";
  }
  return s;
}

std::string format_type(const Type* t) { return fmt(t, false); }

std::string quote_type_string(const std::string& s) {
  if (s == "<nothing>" || s == "Module" || s == "overloaded function" || s.compare(0, 7, "Module ") == 0) return s;
  return "\"" + s + "\"";
}

std::string quote_type(const Type* t) { return quote_type_string(format_type(t)); }
std::string format_verbose(const Type* t) { return fmt(t, true); }

// ---------------------------------------------------------------- substitution

const Type* substitute(const Type* t, const Subst& s) {
  if (s.empty()) return t;
  switch (t->kind) {
    case TK::TypeVar: {
      auto it = s.find(static_cast<const TypeVarType*>(t));
      return it == s.end() ? t : it->second;
    }
    case TK::Instance: {
      auto* i = static_cast<const Instance*>(t);
      if (i->args.empty()) return t;
      std::vector<const Type*> args;
      for (auto* a : i->args) args.push_back(substitute(a, s));
      auto* r = arena().make<Instance>();
      r->cls = i->cls;
      r->args = std::move(args);
      r->literal = i->literal;
      return r;
    }
    case TK::Union: {
      std::vector<const Type*> items;
      for (auto* a : static_cast<const UnionType*>(t)->items) items.push_back(substitute(a, s));
      return make_union(items);
    }
    case TK::Tuple: {
      auto* r = arena().make<TupleType>();
      r->fallback = static_cast<const TupleType*>(t)->fallback;
      for (auto* a : static_cast<const TupleType*>(t)->items) r->items.push_back(substitute(a, s));
      return r;
    }
    case TK::Callable: {
      auto* c = static_cast<const CallableType*>(t);
      auto* r = arena().make<CallableType>();
      *r = *c;
      for (auto& p : r->params) p.type = substitute(p.type, s);
      r->ret = substitute(c->ret, s);
      // A solved ParamSpec brings its parameters (a callable carries them).
      auto ps = c->param_spec != nullptr ? s.find(c->param_spec) : s.end();
      if (ps != s.end()) {
        r->param_spec = nullptr;
        if (ps->second->kind == TK::Callable && !static_cast<const CallableType*>(ps->second)->ellipsis_args) {
          for (auto& p : static_cast<const CallableType*>(ps->second)->params) r->params.push_back(p);
          r->ellipsis_args = false;
        }
      }
      return r;
    }
    case TK::Overloaded: {
      auto* r = arena().make<Overloaded>();
      for (auto* c : static_cast<const Overloaded*>(t)->items)
        r->items.push_back(static_cast<const CallableType*>(substitute(c, s)));
      return r;
    }
    case TK::TypeType: {
      auto* r = arena().make<TypeType>();
      r->item = substitute(static_cast<const TypeType*>(t)->item, s);
      return r;
    }
    default: return t;
  }
}

bool has_type_vars(const Type* t) {
  switch (t->kind) {
    case TK::TypeVar: return true;
    case TK::Instance:
      for (auto* a : static_cast<const Instance*>(t)->args)
        if (has_type_vars(a)) return true;
      return false;
    case TK::Union:
      for (auto* a : static_cast<const UnionType*>(t)->items)
        if (has_type_vars(a)) return true;
      return false;
    case TK::Tuple:
      for (auto* a : static_cast<const TupleType*>(t)->items)
        if (has_type_vars(a)) return true;
      return false;
    case TK::Callable: {
      auto* c = static_cast<const CallableType*>(t);
      if (c->param_spec != nullptr) return true;
      for (auto& p : c->params)
        if (has_type_vars(p.type)) return true;
      return has_type_vars(c->ret);
    }
    case TK::TypeType: return has_type_vars(static_cast<const TypeType*>(t)->item);
    default: return false;
  }
}

// ---------------------------------------------------------------- subtyping

const Instance* map_to_base(const Instance* t, ClassInfo* base) {
  if (t->cls == base) return t;
  program().ensure_class(t->cls);
  Subst s;
  for (size_t k = 0; k < t->cls->type_params.size() && k < t->args.size(); ++k) s[t->cls->type_params[k]] = t->args[k];
  for (auto* b : t->cls->bases) {
    if (b->cls == nullptr) continue;
    program().ensure_class(b->cls);
    bool reaches = std::find(b->cls->mro.begin(), b->cls->mro.end(), base) != b->cls->mro.end();
    if (!reaches) continue;
    auto* mapped = static_cast<const Instance*>(substitute(b, s));
    return map_to_base(mapped, base);
  }
  return nullptr;
}

static bool promotes(ClassInfo* from, ClassInfo* to) {
  if (g_proper > 0) return false;
  const Builtins& b = builtins();
  if (to == b.float_) return from == b.int_;
  if (to == b.complex_) return from == b.int_ || from == b.float_;
  if (to == b.bytes) return from == b.bytearray || from == b.memoryview;
  return false;
}

static bool callable_subtype(const CallableType* a, const CallableType* b) {
  if (!is_subtype(a->ret, b->ret)) return false;
  if (a->ellipsis_args || b->ellipsis_args || a->untyped) return true;
  // Every positional argument b accepts must be accepted by a.
  size_t na = 0;
  bool a_star = false;
  for (auto& p : a->params) {
    if (p.kind == ParamKind::Star) a_star = true;
    if (p.kind == ParamKind::Pos || p.kind == ParamKind::PosOpt) ++na;
  }
  size_t k = 0;
  for (auto& p : b->params) {
    if (p.kind != ParamKind::Pos && p.kind != ParamKind::PosOpt) continue;
    if (k >= na && !a_star) return false;
    const Type* at = nullptr;
    if (k < na) {
      at = a->params[k].type;
    } else {
      for (auto& q : a->params)
        if (q.kind == ParamKind::Star) at = q.type;
    }
    if (at != nullptr && !is_subtype(p.type, at)) return false;
    ++k;
  }
  // a may not require more positional arguments than b supplies.
  size_t required = 0;
  for (auto& p : a->params)
    if (p.kind == ParamKind::Pos) ++required;
  bool b_star = false;
  for (auto& p : b->params)
    if (p.kind == ParamKind::Star) b_star = true;
  return required <= k || b_star;
}

static const CallableType* as_callable(const Type* t) {
  if (t->kind == TK::Callable) return static_cast<const CallableType*>(t);
  if (t->kind == TK::Overloaded) {
    auto* o = static_cast<const Overloaded*>(t);
    return o->items.empty() ? nullptr : o->items[0];
  }
  if (t->kind == TK::TypeType) {
    auto* item = static_cast<const TypeType*>(t)->item;
    if (item->kind == TK::Instance) {
      auto* ctor = constructor_type(static_cast<const Instance*>(item)->cls);
      return as_callable(ctor);
    }
  }
  if (t->kind == TK::Instance) {
    auto* m = instance_member(static_cast<const Instance*>(t), "__call__");
    if (m != nullptr && m != t) return as_callable(m);
  }
  return nullptr;
}

static bool instance_subtype(const Instance* a, const Instance* b) {
  if (b->cls == builtins().object) return true;
  if (b->literal_type) return a->cls == b->cls && a->literal == b->literal;
  if (a->cls == nullptr || b->cls == nullptr) return true;
  program().ensure_class(a->cls);
  if (g_proper == 0 && a->cls->any_base && std::find(a->cls->mro.begin(), a->cls->mro.end(), b->cls) == a->cls->mro.end()) {
    return true;
  }
  if (promotes(a->cls, b->cls)) return true;
  const Instance* m = map_to_base(a, b->cls);
  if (m == nullptr) {
    if (b->cls->is_protocol) return satisfies_protocol(a, b);
    return false;
  }
  for (size_t k = 0; k < b->args.size() && k < m->args.size(); ++k) {
    int variance = k < b->cls->type_params.size() ? b->cls->type_params[k]->variance : 0;
    const Type* x = m->args[k];
    const Type* y = b->args[k];
    bool ok = variance > 0 ? is_subtype(x, y) : variance < 0 ? is_subtype(y, x) : is_same_type(x, y);
    if (!ok) return false;
  }
  return true;
}

bool is_subtype(const Type* a, const Type* b) {
  if (a == b) return true;
  if (g_proper > 0 && a->kind == TK::Any) return b->kind == TK::Any;
  if (a->kind == TK::Any || b->kind == TK::Any || a->kind == TK::Never) return true;
  if (a->kind == TK::Union) {
    for (auto* i : static_cast<const UnionType*>(a)->items)
      if (!is_subtype(i, b)) return false;
    return true;
  }
  if (b->kind == TK::Union) {
    for (auto* i : static_cast<const UnionType*>(b)->items)
      if (is_subtype(a, i)) return true;
    // A TypeVar with a union bound.
    if (a->kind == TK::TypeVar) return is_subtype(static_cast<const TypeVarType*>(a)->upper, b);
    return false;
  }
  if (b->kind == TK::Instance && static_cast<const Instance*>(b)->cls == builtins().object) return true;
  switch (a->kind) {
    case TK::None:
      if (b->kind == TK::None) return true;
      if (b->kind == TK::Instance) {
        auto* bi = static_cast<const Instance*>(b);
        return bi->cls != nullptr && bi->cls->is_protocol && bi->cls->name == "Hashable";
      }
      return false;
    case TK::TypeVar: {
      auto* tv = static_cast<const TypeVarType*>(a);
      if (b->kind == TK::TypeVar) return tv == b;
      if (!tv->values.empty()) {
        for (auto* v : tv->values)
          if (!is_subtype(v, b)) return false;
        return true;
      }
      return is_subtype(tv->upper, b);
    }
    case TK::Instance: {
      auto* ai = static_cast<const Instance*>(a);
      if (b->kind == TK::Instance) return instance_subtype(ai, static_cast<const Instance*>(b));
      if (b->kind == TK::Tuple && ai->cls != nullptr && ai->cls->tuple_type != nullptr) {
        return is_subtype(ai->cls->tuple_type, b);
      }
      if (b->kind == TK::Callable) {
        auto* c = as_callable(a);
        return c != nullptr && callable_subtype(c, static_cast<const CallableType*>(b));
      }
      return g_proper == 0 && ai->cls != nullptr && ai->cls->any_base;
    }
    case TK::Tuple: {
      auto* at = static_cast<const TupleType*>(a);
      if (b->kind == TK::Tuple) {
        auto* bt = static_cast<const TupleType*>(b);
        if (at->items.size() != bt->items.size()) return false;
        // A named tuple is a tuple; a plain tuple is not a named tuple.
        if (bt->fallback != nullptr && (at->fallback == nullptr || !is_subtype(at->fallback, bt->fallback))) return false;
        for (size_t k = 0; k < at->items.size(); ++k)
          if (!is_subtype(at->items[k], bt->items[k])) return false;
        return true;
      }
      if (b->kind == TK::Instance) return is_subtype(tuple_fallback(at), b);
      return false;
    }
    case TK::Callable: case TK::Overloaded: {
      if (b->kind == TK::Callable) {
        if (a->kind == TK::Overloaded) {
          for (auto* i : static_cast<const Overloaded*>(a)->items)
            if (callable_subtype(i, static_cast<const CallableType*>(b))) return true;
          return false;
        }
        return callable_subtype(static_cast<const CallableType*>(a), static_cast<const CallableType*>(b));
      }
      if (b->kind == TK::Instance) {
        auto* bi = static_cast<const Instance*>(b);
        if (bi->cls == builtins().function) return true;
        if (bi->cls != nullptr && bi->cls->is_protocol) return satisfies_protocol(a, bi);
        return false;
      }
      return false;
    }
    case TK::TypeType: {
      auto* item = static_cast<const TypeType*>(a)->item;
      if (b->kind == TK::TypeType) return is_subtype(item, static_cast<const TypeType*>(b)->item);
      if (b->kind == TK::Instance) {
        auto* bi = static_cast<const Instance*>(b);
        if (bi->cls == builtins().type) return true;
        if (bi->cls != nullptr && bi->cls->is_protocol) return satisfies_protocol(a, bi);
        return false;
      }
      if (b->kind == TK::Callable) {
        auto* c = as_callable(a);
        return c != nullptr && callable_subtype(c, static_cast<const CallableType*>(b));
      }
      return false;
    }
    case TK::Module:
      return b->kind == TK::Module;
    default: return false;
  }
}

bool is_same_type(const Type* a, const Type* b) {
  if (g_proper > 0 && (a->kind == TK::Any || b->kind == TK::Any)) return a->kind == b->kind;
  if (a->kind == TK::Any || b->kind == TK::Any) return true;
  return is_subtype(a, b) && is_subtype(b, a);
}

// ---------------------------------------------------------------- joins

static const Type* join_instances(const Instance* a, const Instance* b) {
  if (a->cls == b->cls) {
    std::vector<const Type*> args;
    for (size_t k = 0; k < a->args.size() && k < b->args.size(); ++k) {
      int variance = k < a->cls->type_params.size() ? a->cls->type_params[k]->variance : 0;
      if (is_same_type(a->args[k], b->args[k])) {
        args.push_back(a->args[k]->kind == TK::Any ? a->args[k] : b->args[k]);
      } else if (variance > 0) {
        args.push_back(join(a->args[k], b->args[k]));
      } else {
        return instance(builtins().object);
      }
    }
    return instance(a->cls, args);
  }
  if (promotes(a->cls, b->cls)) return b;
  if (promotes(b->cls, a->cls)) return a;
  program().ensure_class(a->cls);
  for (size_t k = 1; k < a->cls->mro.size(); ++k) {
    ClassInfo* base = a->cls->mro[k];
    const Instance* mb = map_to_base(b, base);
    if (mb == nullptr) continue;
    const Instance* ma = map_to_base(a, base);
    if (ma == nullptr) continue;
    return join_instances(ma, mb);
  }
  return instance(builtins().object);
}

const Type* join(const Type* a, const Type* b) {
  // Members of one enum join to their union (mypy's visit_literal_type).
  if (a->kind == TK::Instance && b->kind == TK::Instance && static_cast<const Instance*>(a)->literal_type &&
      static_cast<const Instance*>(b)->literal_type && static_cast<const Instance*>(a)->cls->is_enum &&
      static_cast<const Instance*>(a)->cls == static_cast<const Instance*>(b)->cls) {
    return make_union({a, b});
  }
  a = strip_literal(a);
  b = strip_literal(b);
  if (a->kind == TK::Any) return a;
  if (b->kind == TK::Any) return b;
  if (a->kind == TK::Never) return b;
  if (b->kind == TK::Never) return a;
  if (is_subtype(a, b)) return b;
  if (is_subtype(b, a)) return a;
  if (a->kind == TK::None || b->kind == TK::None || a->kind == TK::Union || b->kind == TK::Union) {
    return make_union({a, b});
  }
  if (a->kind == TK::Tuple && b->kind == TK::Tuple) {
    auto* at = static_cast<const TupleType*>(a);
    auto* bt = static_cast<const TupleType*>(b);
    if (at->items.size() == bt->items.size()) {
      auto* r = arena().make<TupleType>();
      for (size_t k = 0; k < at->items.size(); ++k) r->items.push_back(join(at->items[k], bt->items[k]));
      return r;
    }
    return join(tuple_fallback(at), tuple_fallback(bt));
  }
  if (a->kind == TK::Tuple) return join(tuple_fallback(static_cast<const TupleType*>(a)), b);
  if (b->kind == TK::Tuple) return join(a, tuple_fallback(static_cast<const TupleType*>(b)));
  if (a->kind == TK::Instance && b->kind == TK::Instance) {
    return join_instances(static_cast<const Instance*>(a), static_cast<const Instance*>(b));
  }
  if (a->kind == TK::TypeVar && b->kind != TK::TypeVar) return join(static_cast<const TypeVarType*>(a)->upper, b);
  if (b->kind == TK::TypeVar && a->kind != TK::TypeVar) return join(a, static_cast<const TypeVarType*>(b)->upper);
  if ((a->kind == TK::Callable || a->kind == TK::Overloaded) && (b->kind == TK::Callable || b->kind == TK::Overloaded)) {
    return instance(builtins().function);
  }
  return instance(builtins().object);
}

const Type* join_simple(const Type* declared, const Type* a, const Type* b) {
  if (is_subtype(a, b)) return b;
  if (is_subtype(b, a)) return a;
  if (declared != nullptr && declared->kind == TK::Union) return make_union({a, b});
  return join(a, b);
}

// ---------------------------------------------------------------- inference

void infer_constraints(const Type* formal, const Type* actual,
                       std::map<const TypeVarType*, std::vector<const Type*>>* out) {
  if (actual->kind == TK::Never) return;
  switch (formal->kind) {
    case TK::TypeVar:
      (*out)[static_cast<const TypeVarType*>(formal)].push_back(actual);
      return;
    case TK::Instance: {
      auto* f = static_cast<const Instance*>(formal);
      if (f->args.empty()) return;
      if (actual->kind == TK::Any) {
        for (auto* a : f->args) infer_constraints(a, actual, out);
        return;
      }
      const Type* a = actual;
      if (a->kind == TK::Tuple) a = tuple_fallback(static_cast<const TupleType*>(a));
      // A class object against a protocol: its metaclass's members (iterating an Enum class).
      if (a->kind == TK::TypeType && f->cls->is_protocol && static_cast<const TypeType*>(a)->item->kind == TK::Instance) {
        const Instance* meta = static_cast<const Instance*>(static_cast<const TypeType*>(a)->item)->cls->metaclass;
        if (meta == nullptr) return;
        for (auto& [name, sym] : f->cls->members) {
          if (sym->kind != SymKind::Func) continue;
          auto* fm = instance_member(f, name);
          auto* am = instance_member(meta, name, a);
          if (fm != nullptr && am != nullptr) infer_constraints(fm, am, out);
        }
        return;
      }
      if (a->kind == TK::Union) {
        for (auto* i : static_cast<const UnionType*>(a)->items) infer_constraints(formal, i, out);
        return;
      }
      if (a->kind == TK::Instance) {
        const Instance* m = map_to_base(static_cast<const Instance*>(a), f->cls);
        if (m == nullptr && f->cls->is_protocol) {
          // Structural: infer from the members the protocol declares.
          auto* ai = static_cast<const Instance*>(a);
          for (auto& [name, sym] : f->cls->members) {
            if (sym->kind != SymKind::Func) continue;
            auto* fm = instance_member(f, name);
            auto* am = instance_member(ai, name);
            if (fm != nullptr && am != nullptr) infer_constraints(fm, am, out);
          }
          return;
        }
        if (m == nullptr) return;
        for (size_t k = 0; k < f->args.size() && k < m->args.size(); ++k) infer_constraints(f->args[k], m->args[k], out);
      }
      return;
    }
    case TK::Union: {
      auto* fu = static_cast<const UnionType*>(formal);
      // Optional[T] against X: T :> X without the None.
      std::vector<const Type*> vars;
      std::vector<const Type*> fixed;
      for (auto* i : fu->items) (has_type_vars(i) ? vars : fixed).push_back(i);
      if (vars.size() > 1) {
        // Future[T] | Awaitable[T]: the items the actual's class derives from.
        for (auto* v : vars) {
          if (v->kind != TK::Instance || actual->kind != TK::Instance) continue;
          if (map_to_base(static_cast<const Instance*>(actual), static_cast<const Instance*>(v)->cls) != nullptr) {
            infer_constraints(v, actual, out);
          }
        }
        return;
      }
      if (vars.empty()) return;
      const Type* a = actual;
      if (a->kind == TK::Union) {
        std::vector<const Type*> rest;
        for (auto* i : static_cast<const UnionType*>(a)->items) {
          bool matched = false;
          for (auto* f : fixed) matched = matched || is_subtype(i, f);
          if (!matched) rest.push_back(i);
        }
        a = make_union(rest);
      } else {
        for (auto* f : fixed)
          if (is_subtype(a, f)) return;
      }
      infer_constraints(vars[0], a, out);
      return;
    }
    case TK::Tuple: {
      auto* f = static_cast<const TupleType*>(formal);
      if (actual->kind == TK::Tuple) {
        auto* a = static_cast<const TupleType*>(actual);
        for (size_t k = 0; k < f->items.size() && k < a->items.size(); ++k) infer_constraints(f->items[k], a->items[k], out);
      }
      return;
    }
    case TK::Callable: {
      auto* f = static_cast<const CallableType*>(formal);
      const CallableType* a = as_callable(actual);
      if (actual->kind == TK::Overloaded) {
        for (auto* item : static_cast<const Overloaded*>(actual)->items) {
          bool fits = true;
          for (size_t k = 0; k < f->params.size() && k < item->params.size(); ++k) {
            if (!has_type_vars(f->params[k].type) && !is_subtype(f->params[k].type, item->params[k].type)) fits = false;
          }
          if (fits) {
            a = item;
            break;
          }
        }
      }
      if (actual->kind == TK::Any) {
        infer_constraints(f->ret, actual, out);
        return;
      }
      if (a == nullptr) return;
      infer_constraints(f->ret, a->ret, out);
      if (f->param_spec != nullptr && !a->ellipsis_args && a->params.size() >= f->params.size()) {
        // P is what the actual takes after the Concatenate prefix.
        auto* carrier = arena().make<CallableType>();
        carrier->ret = none_type();
        carrier->params.assign(a->params.begin() + static_cast<long>(f->params.size()), a->params.end());
        (*out)[f->param_spec].push_back(carrier);
      }
      return;
    }
    case TK::TypeType: {
      if (actual->kind == TK::TypeType) {
        infer_constraints(static_cast<const TypeType*>(formal)->item, static_cast<const TypeType*>(actual)->item, out);
      }
      return;
    }
    default: return;
  }
}

}  // namespace taipan::check
