// enums.cpp — Enum classes as mypy's enum plugin sees them: the members
// (names assigned in the class body), each a literal of the class
// (`Literal[m.Color.RED]?`), the types of `.name` and `.value`, and the
// narrowing of `x is Color.RED`.
#include "check/checker.h"

namespace taipan::check {

std::vector<Symbol*> enum_members(ClassInfo* c) {
  std::vector<Symbol*> out;
  if (c == nullptr || !c->is_enum || c->def == nullptr) return out;
  program().ensure_class(c);
  for (const ast::Stmt* st : c->def->body) {
    std::vector<const ast::Expr*> targets;
    if (st->kind == ast::StmtKind::Assign) {
      for (auto* t : static_cast<const ast::Assign*>(st)->targets) targets.push_back(t);
    } else if (st->kind == ast::StmtKind::AnnAssign && c->module->is_stub) {
      // A stub declares members by annotation alone (`ASCII: int`).
      targets.push_back(static_cast<const ast::AnnAssign*>(st)->target);
    }
    for (auto* t : targets) {
      if (t->kind != ast::ExprKind::Name) continue;
      const std::string& name = static_cast<const ast::Name*>(t)->id;
      auto it = c->members.find(name);
      if (name.empty() || name[0] == '_' || it == c->members.end() || it->second->kind != SymKind::Var) continue;
      if (std::find(out.begin(), out.end(), it->second) == out.end()) out.push_back(it->second);
    }
  }
  return out;
}

Symbol* enum_member(ClassInfo* c, const std::string& name) {
  for (Symbol* s : enum_members(c))
    if (s->name == name) return s;
  return nullptr;
}

const Type* enum_literal(ClassInfo* c, const std::string& member, bool literal_type) {
  return literal_instance(c, c->name + "." + member, literal_type);
}

const Type* Checker::enum_value_type(Symbol* member) {
  const ast::Expr* v = member->value;
  if (v != nullptr && v->kind == ast::ExprKind::Constant) return infer_constant(static_cast<const ast::Constant*>(v));
  const Type* t = program().symbol_type(member);
  if (t->kind == TK::Instance && static_cast<const Instance*>(t)->cls->fullname == "enum.auto") return instance(builtins().int_);
  return t;
}

const Type* Checker::enum_attribute(const Instance* t, const std::string& name) {
  ClassInfo* c = t->cls;
  if (c == nullptr || !c->is_enum || (name != "name" && name != "value" && name != "_name_" && name != "_value_")) {
    return nullptr;
  }
  // The class (or one between it and Enum) may declare its own.
  for (ClassInfo* k : c->mro) {
    if (k->module->is_stub) break;
    if (k->members.count(name) != 0) return nullptr;
  }
  std::string member = t->literal.substr(t->literal.find('.') + 1);
  Symbol* known = t->literal.empty() ? nullptr : enum_member(c, member);
  bool is_name = name == "name" || name == "_name_";
  if (is_name) {
    return known != nullptr ? literal_instance(builtins().str, str_literal_text(member), false)
                            : static_cast<const Type*>(instance(builtins().str));
  }
  if (known != nullptr) return enum_value_type(known);
  // Any member: the value type they all have (literals of one class make
  // a union of those literals), else Any.
  std::vector<const Type*> values;
  bool same = true;
  for (Symbol* s : enum_members(c)) {
    const Type* v = enum_value_type(s);
    if (v->kind == TK::Any || (!values.empty() && !is_same_type(strip_literal(values[0]), strip_literal(v)))) {
      return any_type();
    }
    auto* vi = v->kind == TK::Instance ? static_cast<const Instance*>(v) : nullptr;
    auto* first = values.empty() || values[0]->kind != TK::Instance ? nullptr : static_cast<const Instance*>(values[0]);
    if (!values.empty() && (vi == nullptr || first == nullptr || vi->literal != first->literal)) same = false;
    bool seen = false;
    for (auto* x : values)
      seen = seen || (vi != nullptr && x->kind == TK::Instance && static_cast<const Instance*>(x)->literal == vi->literal);
    if (!seen) values.push_back(v);
  }
  if (values.empty()) return any_type();
  if (same || values.size() == 1) return values[0];
  auto* u = arena().make<UnionType>();
  u->items = values;
  return u;
}

// `x is Color.RED`: the member's literal on one side, the other members on the other.
bool Checker::enum_identity_maps(const Type* t, const Instance* lit, TypeMap* yes, TypeMap* no, const std::string& key) {
  ClassInfo* c = lit->cls;
  std::vector<const Type*> items = t->kind == TK::Union ? static_cast<const UnionType*>(t)->items
                                                         : std::vector<const Type*>{t};
  std::string wanted = lit->literal;
  std::vector<const Type*> rest;
  bool may_match = false;
  for (const Type* item : items) {
    auto* ii = item->kind == TK::Instance ? static_cast<const Instance*>(item) : nullptr;
    if (ii == nullptr || ii->cls != c) {
      rest.push_back(item);
      if (item->kind == TK::Any || (ii != nullptr && is_subtype(lit, item))) may_match = true;
      continue;
    }
    if (!ii->literal.empty()) {
      if (ii->literal == wanted) {
        may_match = true;
      } else {
        rest.push_back(item);
      }
      continue;
    }
    may_match = true;
    for (Symbol* m : enum_members(c))
      if (c->name + "." + m->name != wanted) rest.push_back(enum_literal(c, m->name, true));
  }
  if (!may_match) return false;
  yes->types[key] = enum_literal(c, wanted.substr(wanted.find('.') + 1), true);
  const Type* negative = make_union(rest);
  if (negative->kind == TK::Never) {
    no->unreachable = true;
  } else {
    no->types[key] = negative;
  }
  return true;
}

}  // namespace taipan::check
