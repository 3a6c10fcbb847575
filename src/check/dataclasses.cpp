// dataclasses.cpp — classes made by @dataclass: their options (frozen,
// order, init, kw_only), the fields their bodies declare (ClassVar left
// out, `field(...)` read for default, default_factory, init and kw_only),
// the fields inherited from dataclass bases, and the methods mypy's plugin
// generates (__init__, and __lt__... with order=True).
#include <algorithm>

#include "check/semantic.h"

namespace taipan::check {

namespace {

const ast::Expr* callee_of(const ast::Expr* e) {
  return e->kind == ast::ExprKind::Call ? static_cast<const ast::Call*>(e)->func : e;
}

std::string tail_name(const ast::Expr* e) {
  if (e->kind == ast::ExprKind::Name) return static_cast<const ast::Name*>(e)->id;
  if (e->kind == ast::ExprKind::Attribute) return static_cast<const ast::Attribute*>(e)->attr;
  return "";
}

// The value of a True/False keyword, or `otherwise`.
bool bool_keyword(const ast::Call* c, const char* name, bool otherwise) {
  for (auto* kw : c->keywords) {
    if (kw->arg != name || kw->value->kind != ast::ExprKind::Constant) continue;
    auto k = static_cast<const ast::Constant*>(kw->value)->value_kind;
    if (k == ast::ConstantKind::True) return true;
    if (k == ast::ConstantKind::False) return false;
  }
  return otherwise;
}

bool has_keyword(const ast::Call* c, const char* name) {
  for (auto* kw : c->keywords)
    if (kw->arg == name) return true;
  return false;
}

const char* const kOrderMethods[] = {"__lt__", "__le__", "__gt__", "__ge__"};

void add_synthesized(ClassInfo* c, const std::string& name) {
  if (c->members.count(name) != 0) return;
  Symbol* s = program().new_symbol(SymKind::Func, name, c->module);
  s->owner = c;
  s->line = c->def->lineno;
  s->synthesized_for = c;
  c->members[name] = s;
}

}  // namespace

bool setup_dataclass(ClassInfo* c, const ast::Expr* decorator) {
  if (tail_name(callee_of(decorator)) != "dataclass") return false;
  auto spec = std::make_unique<DataclassSpec>();
  if (decorator->kind == ast::ExprKind::Call) {
    auto* call = static_cast<const ast::Call*>(decorator);
    spec->frozen = bool_keyword(call, "frozen", false);
    spec->order = bool_keyword(call, "order", false);
    spec->init = bool_keyword(call, "init", true);
    spec->kw_only = bool_keyword(call, "kw_only", false);
  }
  c->dataclass = std::move(spec);
  return true;
}

void collect_dataclass(ClassInfo* c) {
  DataclassSpec* spec = c->dataclass.get();
  for (const ast::Stmt* st : c->def->body) {
    if (st->kind != ast::StmtKind::AnnAssign) continue;
    auto* a = static_cast<const ast::AnnAssign*>(st);
    if (a->target->kind != ast::ExprKind::Name) continue;
    if (annotation_special(a->annotation, c->module, c) == "ClassVar") continue;
    DataField f;
    f.name = static_cast<const ast::Name*>(a->target)->id;
    f.node = a;
    f.kw_only = spec->kw_only;
    const ast::Expr* head = a->annotation->kind == ast::ExprKind::Subscript
                                ? static_cast<const ast::Subscript*>(a->annotation)->value
                                : a->annotation;
    Symbol* init_var = program().lookup_type_name(head, c->module, c, nullptr);
    f.init_var = init_var != nullptr && init_var->kind == SymKind::Class && init_var->cls->fullname == "dataclasses.InitVar";
    f.has_default = a->value != nullptr;
    if (a->value != nullptr && a->value->kind == ast::ExprKind::Call &&
        tail_name(static_cast<const ast::Call*>(a->value)->func) == "field") {
      auto* call = static_cast<const ast::Call*>(a->value);
      f.has_default = has_keyword(call, "default") || has_keyword(call, "default_factory");
      f.init = bool_keyword(call, "init", true);
      f.kw_only = bool_keyword(call, "kw_only", f.kw_only);
    }
    spec->own.push_back(f);
  }
  if (spec->init) add_synthesized(c, "__init__");
  if (spec->order)
    for (const char* m : kOrderMethods) add_synthesized(c, m);
}

std::vector<DataField> dataclass_fields(ClassInfo* c) {
  std::vector<DataField> out;
  for (auto it = c->mro.rbegin(); it != c->mro.rend(); ++it) {
    ClassInfo* k = *it;
    program().ensure_class(k);
    if (k->dataclass == nullptr) continue;
    for (const DataField& f : k->dataclass->own) {
      auto same = std::find_if(out.begin(), out.end(), [&](const DataField& g) { return g.name == f.name; });
      if (same != out.end()) {
        *same = f;
      } else {
        out.push_back(f);
      }
    }
  }
  return out;
}

const Type* synthesized_method_type(Symbol* s) {
  ClassInfo* c = s->synthesized_for;
  program().ensure_class(c);
  const Type* self = c->self_type != nullptr ? c->self_type : any_type();
  auto* fn = arena().make<CallableType>();
  fn->name = s->name;
  fn->def_name = s->name;
  fn->class_name = c->name;
  fn->def_file = c->module->path;
  fn->def_line = s->line;
  Param self_param;
  self_param.name = "self";
  self_param.type = self;
  fn->params.push_back(self_param);
  if (s->name != "__init__") {
    Param other;
    other.name = "other";
    other.type = self;
    fn->params.push_back(other);
    fn->ret = instance(builtins().bool_);
    return fn;
  }
  fn->ret = none_type();
  std::vector<Param> named;
  for (const DataField& f : dataclass_fields(c)) {
    if (!f.init) continue;
    Param p;
    p.name = f.name;
    // A field's annotation is read in the class that declares it.
    ClassInfo* owner = nullptr;
    for (ClassInfo* k : c->mro) {
      if (k->dataclass == nullptr) continue;
      for (const DataField& g : k->dataclass->own)
        if (g.node == f.node) owner = k;
    }
    p.type = program().analyze_type(f.node->annotation, owner != nullptr ? owner->module : c->module, owner);
    if (f.kw_only) {
      p.kind = f.has_default ? ParamKind::KwOnlyOpt : ParamKind::KwOnly;
      named.push_back(p);
    } else {
      p.kind = f.has_default ? ParamKind::PosOpt : ParamKind::Pos;
      fn->params.push_back(p);
    }
  }
  for (auto& p : named) fn->params.push_back(p);
  return fn;
}

ClassInfo* frozen_field_owner(ClassInfo* c, const std::string& name) {
  program().ensure_class(c);
  for (ClassInfo* k : c->mro) {
    if (k->dataclass == nullptr || !k->dataclass->frozen) continue;
    for (const DataField& f : dataclass_fields(k))
      if (f.name == name && !f.init_var) return k;
  }
  return nullptr;
}

}  // namespace taipan::check
