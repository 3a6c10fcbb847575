// call_checker.cpp — calls: matching actual arguments to formal parameters
// (mypy's map_actuals_to_formals and argument-count checks), inferring type
// variables, checking argument types, overloads, constructors, and the
// special calls reveal_type, cast and super.
#include <algorithm>

#include "check/checker.h"

namespace taipan::check {

namespace {


bool is_named_kind(ParamKind k) { return k == ParamKind::KwOnly || k == ParamKind::KwOnlyOpt; }

// Two types that print alike are shown with full names.
std::pair<std::string, std::string> distinct(const Type* a, const Type* b) {
  std::string x = format_type(a), y = format_type(b);
  if (x == y) {
    x = format_verbose(a);
    y = format_verbose(b);
  }
  return {x, y};
}

std::string last_part(const ast::Expr* e) {
  if (e->kind == ast::ExprKind::Name) return static_cast<const ast::Name*>(e)->id;
  if (e->kind == ast::ExprKind::Attribute) return static_cast<const ast::Attribute*>(e)->attr;
  return "";
}

}  // namespace

namespace {

// A type with its type arguments Any (mypy's erase_type).
const Type* erased(const Type* t) {
  switch (t->kind) {
    case TK::Instance: {
      auto* i = static_cast<const Instance*>(t);
      return instance(i->cls, std::vector<const Type*>(i->args.size(), any_type()));
    }
    case TK::Tuple: return erased(tuple_fallback(static_cast<const TupleType*>(t)));
    case TK::Union: {
      std::vector<const Type*> items;
      for (auto* x : static_cast<const UnionType*>(t)->items) items.push_back(erased(x));
      return make_union(items);
    }
    case TK::Callable: case TK::Overloaded: {
      auto* c = arena().make<CallableType>();
      c->ellipsis_args = true;
      c->ret = any_type();
      return c;
    }
    default: return t;
  }
}

bool typetype_like(const Type* t) {
  return t->kind == TK::TypeType || (t->kind == TK::Callable && static_cast<const CallableType*>(t)->is_type_obj) ||
         (t->kind == TK::Instance && static_cast<const Instance*>(t)->cls == builtins().type);
}

}  // namespace

// mypy's arg_approximate_similarity: an argument of roughly the shape of a
// parameter, type arguments aside.
bool Checker::approximately_similar(const Type* actual, const Type* formal) {
  auto erase_var = [](const Type* t) {
    if (t->kind != TK::TypeVar) return t;
    auto* tv = static_cast<const TypeVarType*>(t);
    return tv->values.empty() ? tv->upper : make_union(tv->values);
  };
  actual = erase_var(actual);
  formal = erase_var(formal);
  if (formal->kind == TK::Callable &&
      (actual->kind == TK::Callable || actual->kind == TK::Overloaded || actual->kind == TK::TypeType)) {
    return true;
  }
  if (typetype_like(actual) && typetype_like(formal)) return true;
  if (actual->kind == TK::Union) {
    for (auto* x : static_cast<const UnionType*>(actual)->items)
      if (approximately_similar(x, formal)) return true;
    return false;
  }
  if (formal->kind == TK::Union) {
    for (auto* x : static_cast<const UnionType*>(formal)->items)
      if (approximately_similar(actual, x)) return true;
    return false;
  }
  if (formal->kind == TK::Instance) {
    const Type* a = actual;
    if (a->kind == TK::Callable || a->kind == TK::Overloaded) a = instance(builtins().function);
    if (a->kind == TK::Tuple) a = tuple_fallback(static_cast<const TupleType*>(a));
    if (a->kind == TK::Instance) {
      auto& mro = static_cast<const Instance*>(a)->cls->mro;
      if (std::find(mro.begin(), mro.end(), static_cast<const Instance*>(formal)->cls) != mro.end()) return true;
    }
  }
  return is_subtype(erased(actual), erased(formal));
}

std::string Checker::callee_name(const CallableType* f) const {
  if (f->name.empty() || f->name[0] == '<') return "";
  if (!f->class_name.empty()) return "\"" + f->name + "\" of \"" + f->class_name + "\"";
  return "\"" + f->name + "\"";
}

std::vector<Checker::Actual> Checker::actuals_of(const ast::Call* c) {
  std::vector<Actual> out;
  for (auto* a : c->args) {
    Actual x;
    if (a->kind == ast::ExprKind::Starred) {
      x.kind = Actual::Star;
      x.expr = static_cast<const ast::Starred*>(a)->value;
    } else {
      x.expr = a;
    }
    out.push_back(x);
  }
  for (auto* k : c->keywords) {
    Actual x;
    x.kind = k->arg.empty() ? Actual::Star2 : Actual::Named;
    x.name = k->arg;
    x.expr = k->value;
    out.push_back(x);
  }
  return out;
}

const Type* Checker::actual_type(Actual& a, const Type* ctx) {
  if (a.type != nullptr) return a.type;
  a.type = a.expr != nullptr ? infer(a.expr, ctx) : any_type();
  // An empty display argument without a context: its items are Any (mypy
  // would take them from the parameter of each overload).
  if (ctx == nullptr && a.expr != nullptr && a.type->kind == TK::Instance) {
    auto k = a.expr->kind;
    bool empty = (k == ast::ExprKind::List && static_cast<const ast::List*>(a.expr)->elts.empty()) ||
                 (k == ast::ExprKind::Dict && static_cast<const ast::Dict*>(a.expr)->keys.empty()) ||
                 (k == ast::ExprKind::Set && static_cast<const ast::Set*>(a.expr)->elts.empty());
    if (empty) {
      auto* i = static_cast<const Instance*>(a.type);
      a.type = instance(i->cls, std::vector<const Type*>(i->args.size(), any_type()));
    }
  }
  return a.type;
}

const Type* Checker::infer_call(const ast::Call* c, const Type* ctx) {
  std::string fname = c->func->kind == ast::ExprKind::Name ? static_cast<const ast::Name*>(c->func)->id : "";
  if ((fname == "reveal_type" || fname == "reveal_locals") && lookup(fname) == nullptr) {
    if (fname == "reveal_locals") {
      reveal_locals(c);
      return none_type();
    }
    if (c->args.size() != 1) return any_type();
    const Type* t = infer(c->args[0]);
    const Type* shown = t;
    // A class reads as its constructor.
    if (t->kind == TK::TypeType && static_cast<const TypeType*>(t)->item->kind == TK::Instance) {
      const Type* ctor = constructor_type(static_cast<const Instance*>(static_cast<const TypeType*>(t)->item)->cls);
      if (ctor->kind != TK::Any) shown = ctor;
    }
    if (silent_ == 0) {
      if (untyped_) {
        rep_->note(mod_->path, c->lineno, c->col_offset, "Revealed type is \"Any\"");
        rep_->note(mod_->path, c->lineno, c->col_offset, "'reveal_type' always outputs 'Any' in unchecked functions");
      } else {
        rep_->note(mod_->path, c->lineno, c->col_offset, "Revealed type is \"" + format_verbose(shown) + "\"");
      }
    }
    return t;
  }
  if (fname == "super" && c->args.empty()) return any_type();
  // x.append(v) and the like give a partial `x = []` its item type.
  if (c->func->kind == ast::ExprKind::Attribute && c->args.size() == 1 && c->keywords.empty()) {
    auto* attr = static_cast<const ast::Attribute*>(c->func);
    Symbol* p = partial_symbol(attr->value);
    if (p != nullptr) {
      ClassInfo* cls = static_cast<const Instance*>(p->type)->cls;
      const std::string& m = attr->attr;
      bool item = (cls == builtins().list && m == "append") || (cls == builtins().set && (m == "add" || m == "discard"));
      bool container = (cls == builtins().list && m == "extend") || (cls == builtins().set && m == "update") ||
                       (cls != builtins().list && cls != builtins().set && m == "update");
      if (item || container) {
        ++silent_;
        const Type* t = infer(c->args[0]);
        --silent_;
        if (item) {
          complete_partial(p, {strip_literal(t)});
        } else if (t->kind == TK::Instance && !static_cast<const Instance*>(t)->args.empty()) {
          auto* ti = static_cast<const Instance*>(t);
          bool same = ti->cls == cls || (cls == builtins().set && ti->cls == builtins().list) ||
                      (cls != builtins().list && cls != builtins().set && ti->cls == builtins().dict);
          bool known = true;
          for (auto* a : ti->args) known = known && a->kind != TK::Never;
          if (same && known && ti->args.size() == static_cast<const Instance*>(p->type)->args.size()) {
            complete_partial(p, ti->args);
          }
        }
      }
    }
  }
  const Type* callee = infer(c->func);
  check_instantiation(callee, c);
  if (mod_->flags.disallow_untyped_calls && !untyped_ && callee->kind == TK::Callable &&
      static_cast<const CallableType*>(callee)->untyped) {
    fail(c, "Call to untyped function \"" + static_cast<const CallableType*>(callee)->name + "\" in typed context",
         "no-untyped-call");
  }
  if (const Type* td = typeddict_call(callee, c); td != nullptr) return td;
  std::vector<Actual> actuals = actuals_of(c);
  if (last_part(c->func) == "cast" && c->args.size() == 2 && callee->kind == TK::Overloaded) {
    for (auto& a : actuals) actual_type(a, nullptr);
    return annotation_type(c->args[0]);
  }
  return check_call(callee, actuals, c, ctx);
}

// Movie(title=..., year=...) and td.get("key"): mypy's TypedDict plugin.
const Type* Checker::typeddict_call(const Type* callee, const ast::Call* c) {
  if (callee->kind == TK::TypeType && static_cast<const TypeType*>(callee)->item->kind == TK::Instance) {
    auto* td = static_cast<const Instance*>(static_cast<const TypeType*>(callee)->item);
    if (!td->cls->typed_dict || td->cls->any_base || !c->args.empty()) return nullptr;
    std::vector<std::pair<std::string, const ast::Expr*>> items;
    for (auto* k : c->keywords) {
      if (k->arg.empty()) return nullptr;
      items.push_back({k->arg, k->value});
    }
    return typeddict_value(td, items, c);
  }
  if (c->func->kind != ast::ExprKind::Attribute || static_cast<const ast::Attribute*>(c->func)->attr != "get" ||
      c->args.empty() || c->args.size() > 2 || !c->keywords.empty()) {
    return nullptr;
  }
  ++silent_;
  const Type* obj = infer(static_cast<const ast::Attribute*>(c->func)->value);
  --silent_;
  std::string key;
  if (obj->kind != TK::Instance || !static_cast<const Instance*>(obj)->cls->typed_dict || !literal_key(c->args[0], &key)) {
    return nullptr;
  }
  const TDItem* item = typeddict_item(static_cast<const Instance*>(obj)->cls, key);
  if (item == nullptr) return nullptr;
  if (c->args.size() == 2) return make_union({item->type, infer(c->args[1], item->type)});
  return make_optional(item->type);
}

// mypy's reveal_locals: the declared or inferred types of the current
// scope's variables, sorted by name (Any in an unchecked function).
void Checker::reveal_locals(const ast::Call* c) {
  if (silent_ > 0) return;
  std::vector<std::pair<std::string, std::string>> shown;
  for (auto& [name, sym] : *scopes_.back()->table) {
    if (sym->kind != SymKind::Var || sym->module != mod_) continue;
    shown.push_back({name, untyped_ ? "Any" : format_verbose(declared_type(sym))});
  }
  auto say = [&](const std::string& msg) { rep_->note(mod_->path, c->lineno, c->col_offset, msg); };
  if (shown.empty()) {
    say("There are no locals to reveal");
    return;
  }
  say("Revealed local types are:");
  for (auto& [name, type] : shown) say("    " + name + ": " + type);
}

bool Checker::names_class(const ast::Expr* e) {
  if (e->kind == ast::ExprKind::Name) {
    Symbol* s = lookup(static_cast<const ast::Name*>(e)->id);
    return s != nullptr && s->kind == SymKind::Class;
  }
  if (e->kind == ast::ExprKind::Attribute) {
    ++silent_;
    const Type* base = infer(static_cast<const ast::Attribute*>(e)->value);
    --silent_;
    if (base->kind != TK::Module) return false;
    Symbol* s = program().module_member(static_cast<const ModuleType*>(base)->module, static_cast<const ast::Attribute*>(e)->attr);
    return s != nullptr && s->kind == SymKind::Class;
  }
  return false;
}

void Checker::check_instantiation(const Type* callee, const ast::Call* c) {
  if (callee->kind != TK::TypeType || static_cast<const TypeType*>(callee)->item->kind != TK::Instance) return;
  ClassInfo* cls = static_cast<const Instance*>(static_cast<const TypeType*>(callee)->item)->cls;
  if (cls == nullptr || cls->typed_dict || !names_class(c->func)) return;
  if (cls->is_protocol) {
    fail(c, "Cannot instantiate protocol class \"" + cls->name + "\"", "misc");
    return;
  }
  std::vector<std::string> abstract = abstract_attributes(cls);
  if (abstract.empty()) return;
  std::vector<std::string> quoted;
  for (auto& a : abstract) quoted.push_back("\"" + a + "\"");
  std::string list;
  if (quoted.size() == 1) {
    list = "attribute " + quoted[0];
  } else if (quoted.size() <= 5) {
    list = "attributes ";
    for (size_t k = 0; k + 1 < quoted.size(); ++k) list += (k ? ", " : "") + quoted[k];
    list += " and " + quoted.back();
  } else {
    list = "attributes " + quoted[0] + ", " + quoted[1] + ", ... and " + quoted.back() + " (" +
           std::to_string(quoted.size() - 3) + " methods suppressed)";
  }
  fail(c, "Cannot instantiate abstract class \"" + cls->name + "\" with abstract " + list, "abstract");
}

const Type* Checker::call_method(const Type* obj, const std::string& name, std::vector<const Type*> args,
                                 const ast::Node* at, bool* ok) {
  *ok = true;
  const Type* m = member(obj, name, at, false);
  if (m == nullptr) {
    *ok = false;
    return any_type();
  }
  std::vector<Actual> actuals;
  for (auto* t : args) {
    Actual a;
    a.type = t;
    actuals.push_back(a);
  }
  ++silent_;
  const Type* r = check_call(m, actuals, at, nullptr, ok);
  --silent_;
  return r;
}

const Type* Checker::check_call(const Type* callee, std::vector<Actual>& actuals, const ast::Node* at, const Type* ctx,
                                bool* ok) {
  bool dummy = true;
  if (ok == nullptr) ok = &dummy;
  *ok = true;
  auto infer_all = [&]() {
    for (auto& a : actuals) actual_type(a, nullptr);
  };
  switch (callee->kind) {
    case TK::Any: infer_all(); return any_type();
    case TK::Never: infer_all(); return never_type();
    case TK::Callable:
      return check_callable(static_cast<const CallableType*>(callee), actuals, at, ctx, true, ok);
    case TK::Overloaded: {
      infer_all();
      auto* o = static_cast<const Overloaded*>(callee);
      std::vector<const CallableType*> matched;
      std::vector<const Type*> rets;
      // Displays, comprehensions and lambdas are inferred again against each
      // variant's parameters (mypy infers them in each variant's context).
      auto contextual = [](const ast::Expr* e) {
        if (e == nullptr) return false;
        switch (e->kind) {
          case ast::ExprKind::Lambda: case ast::ExprKind::List: case ast::ExprKind::Set: case ast::ExprKind::Dict:
          case ast::ExprKind::ListComp: case ast::ExprKind::SetComp: case ast::ExprKind::DictComp:
          case ast::ExprKind::GeneratorExp:
            return true;
          default: return false;
        }
      };
      std::vector<const Type*> plain(actuals.size());
      for (size_t k = 0; k < actuals.size(); ++k) plain[k] = actuals[k].type;
      for (auto* item : o->items) {
        bool item_ok = true;
        for (size_t k = 0; k < actuals.size(); ++k)
          if (contextual(actuals[k].expr)) actuals[k].type = nullptr;
        ++silent_;
        int errors_before = errors_seen_;
        const Type* r = check_callable(item, actuals, at, ctx, false, &item_ok);
        --silent_;
        // A trial's errors are its own (not those of a call around it).
        item_ok = item_ok && errors_seen_ == errors_before;
        errors_seen_ = errors_before;
        if (item_ok) {
          matched.push_back(item);
          rets.push_back(r);
        }
      }
      if (matched.empty()) {
        for (size_t k = 0; k < actuals.size(); ++k) actuals[k].type = plain[k];
      }
      if (matched.empty()) {
        // Union math: one argument of a union type, each item matched by a variant.
        int union_at = -1;
        for (size_t k = 0; k < actuals.size(); ++k) {
          if (actuals[k].type->kind != TK::Union) continue;
          union_at = union_at == -1 ? static_cast<int>(k) : -2;
        }
        if (union_at >= 0) {
          Actual& ua = actuals[static_cast<size_t>(union_at)];
          const Type* whole = ua.type;
          std::vector<const Type*> results;
          for (auto* part : static_cast<const UnionType*>(whole)->items) {
            ua.type = part;
            for (auto* item : o->items) {
              bool item_ok = true;
              ++silent_;
              const Type* r = check_callable(item, actuals, at, ctx, false, &item_ok);
              --silent_;
              if (item_ok) {
                results.push_back(r);
                break;
              }
            }
          }
          ua.type = whole;
          if (results.size() == static_cast<const UnionType*>(whole)->items.size()) return make_union(results);
        }
        // mypy's fallback: the first variant the arguments fit by count and
        // roughly by shape is checked, its errors reported.
        for (auto* item : o->items) {
          std::vector<std::vector<int>> formal_of;
          ++silent_;
          bool counts = map_actuals(item, actuals, &formal_of, at, false);
          --silent_;
          bool similar = counts;
          for (size_t k = 0; similar && k < formal_of.size(); ++k)
            for (int ai : formal_of[k]) {
              const Actual& a = actuals[static_cast<size_t>(ai)];
              if (a.kind == Actual::Pos || a.kind == Actual::Named) {
                similar = similar && approximately_similar(a.type, item->params[k].type);
              }
            }
          if (!similar) continue;
          for (auto& a : actuals)
            if (contextual(a.expr)) a.type = nullptr;
          return check_callable(item, actuals, at, ctx, true, ok);
        }
        *ok = false;
        no_variant(o, actuals, at);
        return any_type();
      }
      bool any_arg = false;
      for (auto& a : actuals) any_arg = any_arg || a.type->kind == TK::Any;
      if (any_arg && matched.size() > 1) {
        for (auto* r : rets)
          if (!is_same_type(r, rets[0])) return any_type();
      }
      return rets[0];
    }
    case TK::TypeType: {
      const Type* item = static_cast<const TypeType*>(callee)->item;
      if (item->kind != TK::Instance) {
        infer_all();
        return item->kind == TK::TypeVar ? item : any_type();
      }
      auto* inst = static_cast<const Instance*>(item);
      const Type* ctor = constructor_type(inst->cls);
      if (ctor->kind == TK::Any) {
        infer_all();
        return inst->cls->is_enum ? static_cast<const Type*>(instance(inst->cls)) : any_type();
      }
      // A class object of known arguments (C[int]()) fixes the type parameters.
      if (!inst->args.empty() && inst->cls->type_params.size() == inst->args.size()) {
        bool all_any = true;
        for (auto* a : inst->args) all_any = all_any && a->kind == TK::Any;
        if (!all_any) {
          Subst s;
          for (size_t k = 0; k < inst->args.size(); ++k) s[inst->cls->type_params[k]] = inst->args[k];
          ctor = substitute(ctor, s);
        }
      }
      return check_call(ctor, actuals, at, ctx, ok);
    }
    case TK::Instance: {
      const Type* m = member(callee, "__call__", at, false);
      if (m == nullptr) {
        infer_all();
        *ok = false;
        fail(at, quote_type(callee) + " not callable", "operator");
        return any_type();
      }
      return check_call(m, actuals, at, ctx, ok);
    }
    case TK::Union: {
      std::vector<const Type*> results;
      for (auto* item : static_cast<const UnionType*>(callee)->items) {
        if (item->kind == TK::None) {
          infer_all();
          fail(at, "\"None\" not callable", "misc");
          *ok = false;
          continue;
        }
        bool item_ok = true;
        results.push_back(check_call(item, actuals, at, ctx, &item_ok));
        *ok = *ok && item_ok;
      }
      return results.empty() ? any_type() : make_union(results);
    }
    case TK::None:
      infer_all();
      *ok = false;
      fail(at, "\"None\" not callable", "misc");
      return any_type();
    case TK::TypeVar:
      return check_call(static_cast<const TypeVarType*>(callee)->upper, actuals, at, ctx, ok);
    default:
      infer_all();
      return any_type();
  }
}

// mypy's pretty_callable: "def [T] name(self, x: int = ..., /) -> R".
std::string Checker::pretty_callable(const CallableType* c) {
  std::string s;
  bool asterisk = false, slash = false;
  for (size_t i = 0; i < c->params.size(); ++i) {
    const Param& p = c->params[i];
    if (!s.empty()) s += ", ";
    bool named = p.kind == ParamKind::KwOnly || p.kind == ParamKind::KwOnlyOpt;
    bool positional = p.kind == ParamKind::Pos || p.kind == ParamKind::PosOpt;
    if (named && !asterisk) {
      s += "*, ";
      asterisk = true;
    }
    if (p.kind == ParamKind::Star) {
      s += "*";
      asterisk = true;
    }
    if (p.kind == ParamKind::Star2) s += "**";
    std::string name = p.pos_only ? "" : p.name;
    if (!name.empty()) s += name + ": ";
    s += format_type(p.type);
    if (p.kind == ParamKind::PosOpt || p.kind == ParamKind::KwOnlyOpt) s += " = ...";
    if (!slash && positional && name.empty()) {
      bool last = i + 1 == c->params.size();
      bool next_named = !last && (!(c->params[i + 1].pos_only || c->params[i + 1].name.empty()) ||
                                  !(c->params[i + 1].kind == ParamKind::Pos || c->params[i + 1].kind == ParamKind::PosOpt));
      if (last || next_named) {
        s += ", /";
        slash = true;
      }
    }
  }
  // A bound method (or a constructor's __init__/__new__) shows its first argument.
  if ((!c->class_name.empty() && !c->is_type_obj) || (c->is_type_obj && !c->def_name.empty())) {
    std::string first = c->def_name == "__new__" ? "cls" : "self";
    s = s.empty() ? first : first + ", " + s;
  }
  std::string name = c->is_type_obj && !c->def_name.empty() ? c->def_name : c->name;
  s = name + "(" + s + ") -> " + format_type(c->ret);
  std::vector<const TypeVarType*> vars;
  auto collect = [&](const Type* t, auto&& self) -> void {
    switch (t->kind) {
      case TK::TypeVar: {
        auto* tv = static_cast<const TypeVarType*>(t);
        if (std::find(vars.begin(), vars.end(), tv) == vars.end()) vars.push_back(tv);
        return;
      }
      case TK::Instance:
        for (auto* x : static_cast<const Instance*>(t)->args) self(x, self);
        return;
      case TK::Union:
        for (auto* x : static_cast<const UnionType*>(t)->items) self(x, self);
        return;
      case TK::Tuple:
        for (auto* x : static_cast<const TupleType*>(t)->items) self(x, self);
        return;
      case TK::Callable:
        for (auto& q : static_cast<const CallableType*>(t)->params) self(q.type, self);
        self(static_cast<const CallableType*>(t)->ret, self);
        return;
      case TK::TypeType: self(static_cast<const TypeType*>(t)->item, self); return;
      default: return;
    }
  };
  for (auto& p : c->params) collect(p.type, collect);
  collect(c->ret, collect);
  if (!vars.empty()) {
    std::string tv;
    for (size_t k = 0; k < vars.size(); ++k) {
      const TypeVarType* v = vars[k];
      tv += k ? ", " : "";
      bool object_bound = v->upper->kind == TK::Instance && static_cast<const Instance*>(v->upper)->cls == builtins().object;
      if (v->upper->kind == TK::Instance && !object_bound) {
        tv += v->name + " <: " + format_type(v->upper);
      } else if (!v->values.empty()) {
        tv += v->name + " in (";
        for (size_t j = 0; j < v->values.size(); ++j) tv += (j ? ", " : "") + format_type(v->values[j]);
        tv += ")";
      } else {
        tv += v->name;
      }
    }
    s = "[" + tv + "] " + s;
  }
  return "def " + s;
}

void Checker::no_variant(const Overloaded* o, std::vector<Actual>& actuals, const ast::Node* at) {
  if (o->items.empty()) return;
  std::string name = callee_name(o->items[0]);
  std::string of = name.empty() ? "" : " of " + name;
  static const std::set<std::string> operators = {
      "__add__", "__sub__", "__mul__", "__matmul__", "__truediv__", "__mod__", "__pow__", "__lshift__",
      "__rshift__", "__or__", "__xor__", "__and__", "__floordiv__", "__radd__", "__rsub__", "__rmul__",
      "__rmatmul__", "__rtruediv__", "__rmod__", "__rpow__", "__rlshift__", "__rrshift__", "__ror__",
      "__rxor__", "__rand__", "__rfloordiv__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__",
      "__contains__", "__divmod__", "__rdivmod__", "__neg__", "__pos__", "__invert__"};
  std::string code = operators.count(o->items[0]->name) != 0 ? "operator" : "call-overload";
  if (actuals.empty()) {
    fail(at, "All overload variants" + of + " require at least one argument", code);
    note(at, std::string("Possible overload variant") + (o->items.size() == 1 ? "" : "s") + ":");
    for (auto* item : o->items) note(at, "    " + pretty_callable(item));
    return;
  }
  std::string types;
  for (size_t k = 0; k < actuals.size(); ++k) {
    types += (k ? ", " : "") + quote_type(actual_type(actuals[k], nullptr));
  }
  fail(at, "No overload variant" + of + " matches argument type" + (actuals.size() == 1 ? " " : "s ") + types, code);
  note(at, std::string("Possible overload variant") + (o->items.size() == 1 ? "" : "s") + ":");
  for (auto* item : o->items) note(at, "    " + pretty_callable(item));
}

bool Checker::map_actuals(const CallableType* f, std::vector<Actual>& actuals,
                          std::vector<std::vector<int>>* formal_of, const ast::Node* at, bool report) {
  const auto& ps = f->params;
  size_t n = ps.size();
  formal_of->assign(n, {});
  std::vector<int> ambiguous;
  size_t fi = 0;
  for (size_t ai = 0; ai < actuals.size(); ++ai) {
    Actual& a = actuals[ai];
    int idx = static_cast<int>(ai);
    switch (a.kind) {
      case Actual::Pos:
        if (fi < n) {
          if (ps[fi].kind != ParamKind::Star && ps[fi].kind != ParamKind::Star2) {
            (*formal_of)[fi++].push_back(idx);
          } else if (ps[fi].kind == ParamKind::Star) {
            (*formal_of)[fi].push_back(idx);
          }
        }
        break;
      case Actual::Star: {
        const Type* t = actual_type(a, nullptr);
        if (t->kind == TK::Tuple) {
          for (size_t k = 0; k < static_cast<const TupleType*>(t)->items.size(); ++k) {
            if (fi >= n) break;
            if (ps[fi].kind == ParamKind::Star2) break;
            (*formal_of)[fi].push_back(idx);
            if (ps[fi].kind != ParamKind::Star) ++fi;
          }
        } else {
          while (fi < n) {
            if (is_named_kind(ps[fi].kind) || ps[fi].kind == ParamKind::Star2) break;
            (*formal_of)[fi].push_back(idx);
            if (ps[fi].kind == ParamKind::Star) break;
            ++fi;
          }
        }
        break;
      }
      case Actual::Named: {
        bool found = false;
        for (size_t k = 0; k < n && !found; ++k) {
          if (!ps[k].pos_only && !ps[k].name.empty() && ps[k].name == a.name && ps[k].kind != ParamKind::Star &&
              ps[k].kind != ParamKind::Star2) {
            (*formal_of)[k].push_back(idx);
            found = true;
          }
        }
        for (size_t k = 0; k < n && !found; ++k) {
          if (ps[k].kind == ParamKind::Star2) {
            (*formal_of)[k].push_back(idx);
            found = true;
          }
        }
        break;
      }
      case Actual::Star2: ambiguous.push_back(idx); break;
    }
  }
  if (!ambiguous.empty()) {
    for (size_t k = 0; k < n; ++k) {
      bool named = !ps[k].pos_only && !ps[k].name.empty();
      bool open = (*formal_of)[k].empty() || actuals[static_cast<size_t>((*formal_of)[k][0])].kind == Actual::Star;
      if ((named && open && ps[k].kind != ParamKind::Star) || ps[k].kind == ParamKind::Star2) {
        for (int ai : ambiguous) (*formal_of)[k].push_back(ai);
      }
    }
  }
  if (f->ellipsis_args) return true;
  // Argument counts (mypy's check_argument_count).
  bool ok = true;
  bool unexpected_kw = false;
  std::vector<int> used(actuals.size(), 0);
  for (auto& list : *formal_of)
    for (int ai : list) used[static_cast<size_t>(ai)]++;
  std::string name = callee_name(f);
  std::string for_fn = name.empty() ? "" : " for " + name;
  for (size_t ai = 0; ai < actuals.size(); ++ai) {
    Actual& a = actuals[ai];
    bool non_empty_tuple = a.kind == Actual::Star && actual_type(a, nullptr)->kind == TK::Tuple &&
                           !static_cast<const TupleType*>(a.type)->items.empty();
    if (used[ai] == 0 && (a.kind != Actual::Star || non_empty_tuple) && a.kind != Actual::Star2) {
      ok = false;
      if (!report) continue;
      if (a.kind != Actual::Named) {
        fail(at, "Too many arguments" + for_fn, "call-arg");
      } else {
        std::string msg = "Unexpected keyword argument \"" + a.name + "\"" + for_fn;
        std::vector<std::string> matching, other;
        const Type* at_t = actual_type(a, nullptr);
        for (auto& p : f->params) {
          if (p.name.empty() || p.pos_only || p.kind == ParamKind::Star) continue;
          (is_subtype(at_t, p.type) ? matching : other).push_back(p.name);
        }
        auto matches = best_matches(a.name, matching, 3);
        if (matches.empty()) matches = best_matches(a.name, other, 3);
        if (!matches.empty()) msg += "; did you mean " + pretty_seq(matches, "or") + "?";
        fail(at, msg, "call-arg");
        if (reporting() && f->def_line > 0 && program().checked_paths.count(f->def_file) != 0) {
          rep_->note(f->def_file, f->def_line, 0, (name.empty() ? "Called function" : name) + " defined here",
                     "call-arg", at->lineno);
        }
        unexpected_kw = true;
      }
    } else if (a.kind == Actual::Star && std::none_of(f->params.begin(), f->params.end(),
                                                      [](const Param& p) { return p.kind == ParamKind::Star; })) {
      const Type* t = actual_type(a, nullptr);
      if (t->kind == TK::Tuple && used[ai] < static_cast<int>(static_cast<const TupleType*>(t)->items.size())) {
        ok = false;
        if (report) fail(at, "Too many arguments" + for_fn, "call-arg");
      }
    }
  }
  for (size_t k = 0; k < n; ++k) {
    const Param& p = f->params[k];
    bool required = p.kind == ParamKind::Pos || p.kind == ParamKind::KwOnly;
    const auto& mapped = (*formal_of)[k];
    if (required && mapped.empty() && !unexpected_kw) {
      ok = false;
      if (!report) continue;
      if (p.kind == ParamKind::Pos) {
        // mypy's too_few_arguments: names of the missing leading parameters.
        size_t num_positional = 0;
        std::set<std::string> given;
        for (auto& a : actuals) {
          if (a.kind == Actual::Named) {
            given.insert(a.name);
          } else {
            ++num_positional;
          }
        }
        size_t min_args = 0;
        for (auto& q : f->params)
          if (q.kind == ParamKind::Pos) ++min_args;
        std::vector<std::string> diff;
        bool unnamed = false;
        for (size_t j = num_positional; j < min_args && j < f->params.size(); ++j) {
          const Param& q = f->params[j];
          std::string qn = q.pos_only ? "" : q.name;
          if (!qn.empty() && given.count(qn) != 0) continue;
          if (qn.empty()) unnamed = true;
          diff.push_back(qn);
        }
        if (!name.empty() && !diff.empty() && !unnamed) {
          std::string msg = diff.size() == 1 ? "Missing positional argument" : "Missing positional arguments";
          std::string args;
          for (size_t j = 0; j < diff.size(); ++j) args += (j ? "\", \"" : "") + diff[j];
          fail(at, msg + " \"" + args + "\" in call to " + name, "call-arg");
        } else {
          fail(at, "Too few arguments" + for_fn, "call-arg");
        }
      } else {
        fail(at, "Missing named argument \"" + p.name + "\"" + for_fn, "call-arg");
      }
    } else if (p.kind != ParamKind::Star && p.kind != ParamKind::Star2 && mapped.size() > 1) {
      bool has_named = false, has_pos = false;
      for (int ai : mapped) {
        auto kind = actuals[static_cast<size_t>(ai)].kind;
        if (kind == Actual::Named) has_named = true;
        if (kind == Actual::Pos) has_pos = true;
      }
      if (has_named && has_pos) {
        ok = false;
        if (report) {
          fail(at, (name.empty() ? "Function" : name) + " gets multiple values for keyword argument \"" + p.name + "\"",
               "misc");
        }
      }
    } else if (is_named_kind(p.kind) && !mapped.empty()) {
      auto kind = actuals[static_cast<size_t>(mapped[0])].kind;
      if (kind != Actual::Named && kind != Actual::Star2) {
        ok = false;
        if (report) fail(at, "Too many positional arguments" + for_fn, "misc");
      }
    }
  }
  return ok;
}

const Type* Checker::check_callable(const CallableType* f, std::vector<Actual>& actuals, const ast::Node* at,
                                    const Type* ctx, bool report, bool* ok) {
  *ok = true;
  std::vector<std::vector<int>> formal_of;
  if (!map_actuals(f, actuals, &formal_of, at, report)) *ok = false;
  if (f->ellipsis_args) {
    for (auto& a : actuals) actual_type(a, nullptr);
    return f->ret;
  }
  // The expected type of an actual mapped to formal k.
  auto expected_of = [&](const CallableType* g, size_t k) { return g->params[k].type; };
  auto value_of = [&](Actual& a, const Type* ctx_t) -> const Type* {
    const Type* t = actual_type(a, ctx_t);
    if (a.kind == Actual::Star) return iter_item(t, at);
    if (a.kind == Actual::Star2) {
      if (t->kind == TK::Instance && static_cast<const Instance*>(t)->cls == builtins().dict) {
        return static_cast<const Instance*>(t)->args[1];
      }
      return any_type();
    }
    return t;
  };
  const CallableType* g = f;
  Subst solved, solved_nonempty;
  std::vector<const TypeVarType*> in_scope;
  bool generic = false;
  for (auto& p : f->params) generic = generic || has_type_vars(p.type);
  generic = generic || has_type_vars(f->ret);
  if (generic) {
    std::map<const TypeVarType*, std::vector<const Type*>> ctx_cons;
    if (ctx != nullptr) {
      // The result seen as the context's class (defaultdict[K, V] as Dict[str, int]).
      std::vector<const Type*> cands = ctx->kind == TK::Union ? static_cast<const UnionType*>(ctx)->items
                                                               : std::vector<const Type*>{ctx};
      for (auto* c : cands) {
        if (c->kind == TK::Instance && f->ret->kind == TK::Instance) {
          auto* ci = static_cast<const Instance*>(c);
          const Instance* up = map_to_base(static_cast<const Instance*>(f->ret), ci->cls);
          if (up == nullptr) continue;
          for (size_t k = 0; k < up->args.size() && k < ci->args.size(); ++k) infer_constraints(up->args[k], ci->args[k], &ctx_cons);
          break;
        }
        if (c->kind != TK::None) infer_constraints(f->ret, c, &ctx_cons);
      }
    }
    // mypy's two phases: the result's context first; its solution is the
    // context the arguments are inferred in.
    Subst ctx_sol;
    for (auto& [tv, bounds] : ctx_cons) {
      const Type* sol = never_type();
      for (auto* b : bounds) sol = sol->kind == TK::Never ? strip_literal(b) : join(sol, b);
      if (sol->kind != TK::Never && sol->kind != TK::Any) ctx_sol[tv] = sol;
    }
    std::map<const TypeVarType*, std::vector<const Type*>> cons;
    for (size_t k = 0; k < formal_of.size(); ++k) {
      for (int ai : formal_of[k]) {
        Actual& a = actuals[static_cast<size_t>(ai)];
        const Type* formal = expected_of(f, k);
        const Type* formal_ctx = substitute(formal, ctx_sol);
        const Type* t = value_of(a, has_type_vars(formal_ctx) ? nullptr : formal_ctx);
        infer_constraints(formal, t, &cons);
      }
    }
    Subst s;
    std::vector<const TypeVarType*> vars;
    auto collect = [&](const Type* t, auto&& self) -> void {
      switch (t->kind) {
        case TK::TypeVar: {
          auto* tv = static_cast<const TypeVarType*>(t);
          if (std::find(vars.begin(), vars.end(), tv) == vars.end()) vars.push_back(tv);
          return;
        }
        case TK::Instance:
          for (auto* x : static_cast<const Instance*>(t)->args) self(x, self);
          return;
        case TK::Union:
          for (auto* x : static_cast<const UnionType*>(t)->items) self(x, self);
          return;
        case TK::Tuple:
          for (auto* x : static_cast<const TupleType*>(t)->items) self(x, self);
          return;
        case TK::Callable: {
          auto* c = static_cast<const CallableType*>(t);
          if (c->param_spec != nullptr && std::find(vars.begin(), vars.end(), c->param_spec) == vars.end()) {
            vars.push_back(c->param_spec);
          }
          for (auto& p : c->params) self(p.type, self);
          self(c->ret, self);
          return;
        }
        case TK::TypeType: self(static_cast<const TypeType*>(t)->item, self); return;
        default: return;
      }
    };
    for (auto& p : f->params) collect(p.type, collect);
    collect(f->ret, collect);
    // Type variables of the function or class being checked stay as they are.
    for (auto* sc : scopes_) {
      if (sc->cls != nullptr) {
        for (auto* tv : sc->cls->type_params) in_scope.push_back(tv);
      }
      if (sc->fn != nullptr) {
        std::vector<const TypeVarType*> own;
        std::swap(own, vars);
        for (auto& p : sc->fn->params) collect(p.type, collect);
        collect(sc->fn->ret, collect);
        std::swap(own, vars);
        for (auto* tv : own) in_scope.push_back(tv);
      }
    }
    vars.erase(std::remove_if(vars.begin(), vars.end(),
                              [&](const TypeVarType* tv) {
                                return std::find(in_scope.begin(), in_scope.end(), tv) != in_scope.end();
                              }),
               vars.end());
    // A variable only a returned callable mentions stays that callable's
    // own (`lru_cache(maxsize=None)` gives a generic decorator).
    std::vector<const TypeVarType*> param_vars;
    std::swap(param_vars, vars);
    for (auto& p : f->params) collect(p.type, collect);
    std::swap(param_vars, vars);
    for (auto* tv : vars) {
      if (f->ret->kind == TK::Callable && cons.count(tv) == 0 && ctx_cons.count(tv) == 0 &&
          std::find(param_vars.begin(), param_vars.end(), tv) == param_vars.end()) {
        continue;
      }
      const std::vector<const Type*>* bounds = nullptr;
      auto it = cons.find(tv);
      if (it != cons.end() && !it->second.empty()) {
        bounds = &it->second;
      } else {
        auto ct = ctx_cons.find(tv);
        if (ct != ctx_cons.end() && !ct->second.empty()) bounds = &ct->second;
      }
      // Unsolved: <nothing> where arguments are checked, Any as the result.
      const Type* sol = never_type();
      if (bounds != nullptr) {
        sol = never_type();
        for (auto* b : *bounds) sol = sol->kind == TK::Never ? strip_literal(b) : join(sol, b);
      }
      auto cs = ctx_sol.find(tv);
      if (cs != ctx_sol.end() && bounds != nullptr && bounds != &ctx_cons[tv] && is_subtype(sol, cs->second)) {
        sol = cs->second;
      }
      if (!tv->values.empty() && sol->kind != TK::Any && sol->kind != TK::Never) {
        for (auto* v : tv->values) {
          if (is_subtype(sol, v)) {
            sol = v;
            break;
          }
        }
      }
      s[tv] = sol;
    }
    solved = s;
    for (auto& [tv, sol] : s)
      if (sol->kind != TK::Never) solved_nonempty[tv] = sol;
    g = static_cast<const CallableType*>(substitute(f, s));
  }
  for (size_t k = 0; k < formal_of.size(); ++k) {
    for (int ai : formal_of[k]) {
      Actual& a = actuals[static_cast<size_t>(ai)];
      const Type* want = expected_of(g, k);
      const Type* t = value_of(a, want);
      if (is_subtype(t, want)) {
        // A class left abstract where type[C] of an abstract C is expected.
        if (report && want->kind == TK::TypeType && t->kind == TK::TypeType && a.expr != nullptr &&
            static_cast<const TypeType*>(want)->item->kind == TK::Instance &&
            static_cast<const TypeType*>(t)->item->kind == TK::Instance) {
          ClassInfo* wc = static_cast<const Instance*>(static_cast<const TypeType*>(want)->item)->cls;
          ClassInfo* tc = static_cast<const Instance*>(static_cast<const TypeType*>(t)->item)->cls;
          auto abstract = [](ClassInfo* k) { return k->is_protocol || !abstract_attributes(k).empty(); };
          if (abstract(wc) && abstract(tc) && names_class(a.expr)) {
            fail(a.expr, "Only concrete class can be given where " + quote_type(want) + " is expected", "type-abstract");
          }
        }
        continue;
      }
      *ok = false;
      if (!report) continue;
      auto [ts, ws] = distinct(t, want);
      if (a.kind == Actual::Star) ts = "*" + format_type(a.type);
      if (a.kind == Actual::Star2) ts = "**" + format_type(a.type);
      std::string label = a.kind == Actual::Named ? "\"" + a.name + "\"" : std::to_string(ai + 1);
      std::string name = callee_name(f);
      std::string target = name.empty() ? "" : "to " + name + " ";
      const ast::Node* where = a.expr != nullptr ? static_cast<const ast::Node*>(a.expr) : at;
      fail(where, "Argument " + label + " " + target + "has incompatible type " + quote_type_string(ts) + "; expected " +
                      quote_type_string(ws),
           "arg-type");
      // Invariance notes for list and dict.
      std::vector<const Type*> expected = {want};
      if (want->kind == TK::Union) expected = static_cast<const UnionType*>(want)->items;
      for (auto* e : expected) {
        if (t->kind != TK::Instance || e->kind != TK::Instance) continue;
        auto* ti = static_cast<const Instance*>(t);
        auto* ei = static_cast<const Instance*>(e);
        if (ti->cls == builtins().list && ei->cls == builtins().list && is_subtype(ti->args[0], ei->args[0])) {
          note(where, "\"List\" is invariant -- see https://mypy.readthedocs.io/en/stable/common_issues.html#variance");
          note(where, "Consider using \"Sequence\" instead, which is covariant");
        } else if (ti->cls == builtins().dict && ei->cls == builtins().dict && is_same_type(ti->args[0], ei->args[0]) &&
                   is_subtype(ti->args[1], ei->args[1])) {
          note(where, "\"Dict\" is invariant -- see https://mypy.readthedocs.io/en/stable/common_issues.html#variance");
          note(where, "Consider using \"Mapping\" instead, which is covariant in the value type");
        }
      }
    }
  }
  for (auto& a : actuals) actual_type(a, nullptr);
  const Type* ret = g->ret;
  if (generic) {
    // The result takes Any for what the arguments left unsolved.
    // (A constructor keeps <nothing>: `x = list()` is a partial type.)
    Subst result_subst = solved_nonempty;
    for (auto& [tv, sol] : solved)
      if (sol->kind == TK::Never) result_subst[tv] = f->is_type_obj ? never_type() : any_type();
    ret = substitute(f->ret, result_subst);
  }
  if (generic && has_type_vars(ret)) {
    // Variables another callable left in the result (a constructor passed
    // as an argument) are Any; those of the code being checked stay.
    Subst rest;
    auto wipe = [&](const Type* t, auto&& self) -> void {
      switch (t->kind) {
        case TK::TypeVar: {
          auto* tv = static_cast<const TypeVarType*>(t);
          if (std::find(in_scope.begin(), in_scope.end(), tv) == in_scope.end()) rest[tv] = any_type();
          return;
        }
        case TK::Instance:
          for (auto* x : static_cast<const Instance*>(t)->args) self(x, self);
          return;
        case TK::Union:
          for (auto* x : static_cast<const UnionType*>(t)->items) self(x, self);
          return;
        case TK::Tuple:
          for (auto* x : static_cast<const TupleType*>(t)->items) self(x, self);
          return;
        default: return;
      }
    };
    wipe(ret, wipe);
    ret = substitute(ret, rest);
  }
  return ret;
}

}  // namespace taipan::check

namespace taipan::check {

const Type* Checker::apply_decorator(const ast::Expr* d, const Type* fn, ClassInfo* owner) {
  // The decorator is evaluated where the definition is, silently: at module
  // level, or in its class's body.
  std::vector<Scope*> saved_scopes = scopes_;
  std::vector<Frame> saved_frames = std::move(frames_);
  bool saved_untyped = untyped_;
  scopes_.resize(1);
  frames_.clear();
  frames_.emplace_back();
  untyped_ = false;
  Scope class_scope;
  if (owner != nullptr && owner->module == mod_) {
    class_scope.kind = ScopeKind::Class;
    class_scope.table = &owner->members;
    class_scope.cls = owner;
    scopes_.push_back(&class_scope);
  }
  ++silent_;
  const Type* deco = infer(d);
  std::vector<Actual> actuals(1);
  actuals[0].type = fn;
  bool ok = true;
  const Type* r = deco->kind == TK::Any ? deco : check_call(deco, actuals, d, nullptr, &ok);
  --silent_;
  scopes_ = saved_scopes;
  frames_ = std::move(saved_frames);
  untyped_ = saved_untyped;
  return ok && !has_type_vars(r) ? r : any_type();
}

}  // namespace taipan::check
