// overrides.cpp — what a subclass may not do to what its bases declare
// (mypy's check_method_override and check_compatibility_all_supers):
// methods overridden with incompatible signatures (Liskov), attributes
// assigned a type the base does not accept, final methods, attributes and
// classes; plus the Final rules for names assigned twice.
#include <algorithm>

#include "check/checker.h"

namespace taipan::check {

namespace {

bool has_decorator_named(Symbol* s, const char* name) {
  for (auto& d : s->decorators) {
    auto dot = d.rfind('.');
    if ((dot == std::string::npos ? d : d.substr(dot + 1)) == name) return true;
  }
  return false;
}

bool is_positional(ParamKind k) { return k == ParamKind::Pos || k == ParamKind::PosOpt; }
bool is_optional(ParamKind k) { return k == ParamKind::PosOpt || k == ParamKind::KwOnlyOpt; }

const Param* find_star(const CallableType* f, ParamKind kind) {
  for (auto& p : f->params)
    if (p.kind == kind) return &p;
  return nullptr;
}

// Whether `over` accepts every call `orig` accepts, with the types `orig`
// promises (mypy's is_callable_compatible, positional names ignored).
bool compatible(const CallableType* over, const CallableType* orig) {
  if (!is_subtype(over->ret, orig->ret)) return false;
  std::vector<bool> used(over->params.size(), false);
  size_t pos = 0;
  for (auto& p : orig->params) {
    const Param* q = nullptr;
    int qi = -1;
    if (is_positional(p.kind)) {
      size_t seen = 0;
      for (size_t k = 0; k < over->params.size(); ++k) {
        if (!is_positional(over->params[k].kind)) continue;
        if (seen++ == pos) {
          q = &over->params[k];
          qi = static_cast<int>(k);
        }
      }
      ++pos;
      if (q == nullptr) q = find_star(over, ParamKind::Star);
    } else if (p.kind == ParamKind::KwOnly || p.kind == ParamKind::KwOnlyOpt) {
      for (size_t k = 0; k < over->params.size(); ++k) {
        const Param& c = over->params[k];
        if (c.name == p.name && !c.pos_only && c.kind != ParamKind::Star && c.kind != ParamKind::Star2) {
          q = &c;
          qi = static_cast<int>(k);
        }
      }
      if (q == nullptr) q = find_star(over, ParamKind::Star2);
    } else {
      q = find_star(over, p.kind);
    }
    if (q == nullptr) return false;
    if (qi >= 0) used[static_cast<size_t>(qi)] = true;
    if (is_optional(p.kind) && !is_optional(q->kind) && q->kind != ParamKind::Star && q->kind != ParamKind::Star2) {
      return false;
    }
    if (!is_subtype(p.type, q->type)) return false;
  }
  // Whatever else the override takes must be optional.
  for (size_t k = 0; k < over->params.size(); ++k) {
    if (used[k]) continue;
    ParamKind kind = over->params[k].kind;
    if (kind == ParamKind::Pos || kind == ParamKind::KwOnly) return false;
  }
  return true;
}

size_t min_args(const CallableType* f) {
  size_t n = 0;
  for (auto& p : f->params) n += p.kind == ParamKind::Pos || p.kind == ParamKind::KwOnly;
  return n;
}

}  // namespace

bool Checker::is_final(Symbol* s) {
  if (s == nullptr) return false;
  if (s->kind == SymKind::Func) return has_decorator_named(s, "final");
  return s->kind == SymKind::Var && s->annotation != nullptr &&
         annotation_special(s->annotation, s->module, s->owner) == "Final";
}

void Checker::check_overrides(ClassInfo* c) {
  for (auto* b : c->bases) {
    if (b->cls != nullptr && b->cls->def != nullptr && b->cls->def->decorator_list.size() > 0) {
      for (auto* d : b->cls->def->decorator_list) {
        const ast::Expr* de = d->kind == ast::ExprKind::Call ? static_cast<const ast::Call*>(d)->func : d;
        std::string last = de->kind == ast::ExprKind::Name        ? static_cast<const ast::Name*>(de)->id
                           : de->kind == ast::ExprKind::Attribute ? static_cast<const ast::Attribute*>(de)->attr
                                                                  : "";
        if (last == "final") fail(c->def, "Cannot inherit from final class \"" + b->cls->name + "\"", "misc");
      }
    }
  }
  if (c->mro.size() < 2 || c->self_type == nullptr || c->self_type->kind != TK::Instance) return;
  auto* self = static_cast<const Instance*>(c->self_type);
  for (const ast::Stmt* st : c->def->body) {
    if (st->kind == ast::StmtKind::FunctionDef || st->kind == ast::StmtKind::AsyncFunctionDef) {
      check_method_override(c, self, func_def(st));
    } else if (st->kind == ast::StmtKind::Assign || st->kind == ast::StmtKind::AnnAssign) {
      const ast::Expr* value = nullptr;
      std::vector<const ast::Expr*> targets;
      if (st->kind == ast::StmtKind::Assign) {
        for (auto* t : static_cast<const ast::Assign*>(st)->targets) targets.push_back(t);
        value = static_cast<const ast::Assign*>(st)->value;
      } else {
        targets.push_back(static_cast<const ast::AnnAssign*>(st)->target);
        value = static_cast<const ast::AnnAssign*>(st)->value;
      }
      for (auto* t : targets)
        if (t->kind == ast::ExprKind::Name && value != nullptr)
          check_attribute_override(c, static_cast<const ast::Name*>(t)->id, value, st);
    }
  }
}

// The first base after `c` in its MRO that defines `name`.
static Member base_member(ClassInfo* c, const std::string& name) {
  for (size_t k = 1; k < c->mro.size(); ++k) {
    ClassInfo* base = c->mro[k];
    program().ensure_class(base);
    auto it = base->members.find(name);
    if (it == base->members.end()) continue;
    Symbol* s = program().resolve(it->second);
    if (s == nullptr) return {};
    return {s, base};
  }
  return {};
}

void Checker::check_attribute_override(ClassInfo* c, const std::string& name, const ast::Expr* value, const ast::Stmt* st) {
  if (c->is_enum || c->namedtuple || c->dataclass != nullptr) return;
  if (name.size() > 4 && name.compare(0, 2, "__") == 0 && name.compare(name.size() - 2, 2, "__") == 0) return;
  Member base = base_member(c, name);
  if (base.sym == nullptr || base.defined_in == builtins().object || base.defined_in->module->is_stub) return;
  if (is_final(base.sym)) {
    fail(st, "Cannot assign to final name \"" + name + "\"", "misc");
    return;
  }
  const Type* want = nullptr;
  if (base.sym->kind == SymKind::Func && !base.sym->is_property) {
    want = program().func_symbol_type(base.sym);
  } else if (base.sym->kind == SymKind::Var && (base.sym->annotation != nullptr || base.sym->value != nullptr)) {
    want = program().symbol_type(base.sym);
  }
  if (want == nullptr || want->kind == TK::Any || has_type_vars(want)) return;
  auto it = c->members.find(name);
  const Type* have = nullptr;
  if (it != c->members.end() && it->second->kind == SymKind::Var && it->second->annotation != nullptr) {
    have = program().symbol_type(it->second);
  } else {
    // Checked as an assignment to the base's type (display items included).
    have = forget_literals(infer(value, want));
  }
  if (have->kind == TK::Any || is_subtype(have, want)) return;
  fail(value, "Incompatible types in assignment (expression has type " + quote_type(have) + ", base class \"" +
                  base.defined_in->name + "\" defined the type as " + quote_type(want) + ")",
       "assignment");
}

void Checker::check_method_override(ClassInfo* c, const Instance* self, const FuncDef& f) {
  const std::string& name = f.name;
  if (name == "__init__" || name == "__new__" || name == "__init_subclass__" || name == "__post_init__" ||
      (name.size() > 2 && name.compare(0, 2, "__") == 0 && name.compare(name.size() - 2, 2, "__") != 0)) {
    return;
  }
  Member base = base_member(c, name);
  if (base.sym == nullptr || base.defined_in == builtins().object) return;
  if (is_final(base.sym)) {
    fail(f.node, "Cannot override final attribute \"" + name + "\" (previously declared in base class \"" +
                     base.defined_in->name + "\")",
         "misc");
    return;
  }
  auto own = c->members.find(name);
  if (own == c->members.end() || own->second->kind != SymKind::Func || base.sym->kind != SymKind::Func) return;
  Symbol* sub = own->second;
  // Only plain, static and class methods are compared.
  for (Symbol* s : {sub, base.sym}) {
    if (s->is_property) return;
    for (auto& d : s->decorators) {
      auto dot = d.rfind('.');
      std::string last = dot == std::string::npos ? d : d.substr(dot + 1);
      if (last != "staticmethod" && last != "classmethod" && last != "abstractmethod" && last != "final" &&
          last != "override") {
        return;
      }
    }
  }
  const Type* over_t = instance_member(self, name);
  const Instance* base_self = map_to_base(self, base.defined_in);
  const Type* orig_t = base_self != nullptr ? instance_member(base_self, name) : nullptr;
  if (over_t == nullptr || orig_t == nullptr || over_t->kind != TK::Callable || orig_t->kind != TK::Callable) return;
  auto* over = static_cast<const CallableType*>(over_t);
  auto* orig = static_cast<const CallableType*>(orig_t);
  if (over->untyped || orig->untyped || over->ellipsis_args || orig->ellipsis_args || has_type_vars(over) ||
      has_type_vars(orig)) {
    return;
  }
  bool orig_static = has_decorator_named(base.sym, "staticmethod") || has_decorator_named(base.sym, "classmethod");
  bool over_static = has_decorator_named(sub, "staticmethod") || has_decorator_named(sub, "classmethod");
  if (compatible(over, orig) && !(orig_static && !over_static)) return;
  const std::string& super_name = base.defined_in->name;
  bool emitted = false;
  if (over->params.size() == orig->params.size() && min_args(over) == min_args(orig)) {
    // The first bound argument is not counted (self or cls).
    size_t bound = over_static && !has_decorator_named(sub, "classmethod") ? 0 : 1;
    const ast::Arguments* a = f.args;
    std::vector<const ast::Arg*> args;
    for (auto* x : a->posonlyargs) args.push_back(x);
    for (auto* x : a->args) args.push_back(x);
    if (a->vararg != nullptr) args.push_back(a->vararg);
    for (auto* x : a->kwonlyargs) args.push_back(x);
    if (a->kwarg != nullptr) args.push_back(a->kwarg);
    for (size_t k = 0; k < over->params.size(); ++k) {
      if (is_subtype(orig->params[k].type, over->params[k].type)) continue;
      const ast::Node* at = k + bound < args.size() ? static_cast<const ast::Node*>(args[k + bound]) : f.node;
      fail(at, "Argument " + std::to_string(k + 1) + " of \"" + name + "\" is incompatible with supertype \"" +
                   super_name + "\"; supertype defines the argument type as " + quote_type(orig->params[k].type),
           "override");
      note(at, "This violates the Liskov substitution principle");
      note(at, "See https://mypy.readthedocs.io/en/stable/common_issues.html#incompatible-overrides");
      emitted = true;
    }
    if (!is_subtype(over->ret, orig->ret)) {
      fail(f.node, "Return type " + quote_type(over->ret) + " of \"" + name + "\" incompatible with return type " +
                       quote_type(orig->ret) + " in supertype \"" + super_name + "\"",
           "override");
      emitted = true;
    }
  }
  if (emitted) return;
  fail(f.node, "Signature of \"" + name + "\" incompatible with supertype \"" + super_name + "\"", "override");
  note(f.node, "     Superclass:");
  note(f.node, "         " + pretty_callable(orig));
  note(f.node, "     Subclass:");
  note(f.node, "         " + pretty_callable(over));
}

}  // namespace taipan::check
