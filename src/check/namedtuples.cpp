// namedtuples.cpp — named tuples: `class P(NamedTuple)` with annotated
// fields, `P = NamedTuple("P", [("x", int)])` and `namedtuple("P", "x y")`.
// Their instances are tuples of the field types with the class as fallback
// (mypy prints `Tuple[int, str, fallback=m.P]`); the constructor takes the
// fields in order.
#include "check/semantic.h"

namespace taipan::check {

namespace {

std::string tail_name(const ast::Expr* e) {
  if (e->kind == ast::ExprKind::Name) return static_cast<const ast::Name*>(e)->id;
  if (e->kind == ast::ExprKind::Attribute) return static_cast<const ast::Attribute*>(e)->attr;
  return "";
}

const std::vector<ast::Expr*>* sequence_items(const ast::Expr* e) {
  if (e->kind == ast::ExprKind::List) return &static_cast<const ast::List*>(e)->elts;
  if (e->kind == ast::ExprKind::Tuple) return &static_cast<const ast::Tuple*>(e)->elts;
  return nullptr;
}

const ast::Constant* str_constant(const ast::Expr* e) {
  if (e->kind != ast::ExprKind::Constant) return nullptr;
  auto* c = static_cast<const ast::Constant*>(e);
  return c->value_kind == ast::ConstantKind::Str ? c : nullptr;
}

struct Field {
  std::string name;
  const Type* type = nullptr;
  bool has_default = false;
};

// The fields of `NamedTuple("P", [("x", int), ...])` or
// `namedtuple("P", ["x", "y"] | "x y", defaults=(...))`.
std::vector<Field> call_fields(ClassInfo* c) {
  std::vector<Field> out;
  const ast::Call* call = c->namedtuple_call;
  if (call->args.size() < 2) return out;
  bool typed = tail_name(call->func) == "NamedTuple";
  const ast::Expr* spec = call->args[1];
  if (const ast::Constant* text = str_constant(spec); text != nullptr && !typed) {
    std::string name;
    for (char ch : text->str + " ") {
      if (ch == ' ' || ch == ',' || ch == '\t' || ch == '\n') {
        if (!name.empty()) out.push_back({name, any_type(), false});
        name.clear();
      } else {
        name += ch;
      }
    }
  } else if (auto* items = sequence_items(spec); items != nullptr) {
    for (auto* item : *items) {
      if (typed) {
        auto* pair = sequence_items(item);
        if (pair == nullptr || pair->size() != 2 || str_constant((*pair)[0]) == nullptr) continue;
        out.push_back({str_constant((*pair)[0])->str, program().analyze_type((*pair)[1], c->module, nullptr), false});
      } else if (const ast::Constant* name = str_constant(item); name != nullptr) {
        out.push_back({name->str, any_type(), false});
      }
    }
  }
  for (auto* kw : call->keywords) {
    auto* defaults = kw->arg == "defaults" ? sequence_items(kw->value) : nullptr;
    if (defaults == nullptr) continue;
    for (size_t k = 0; k < defaults->size() && k < out.size(); ++k) out[out.size() - 1 - k].has_default = true;
  }
  return out;
}

std::vector<Field> class_fields(ClassInfo* c) {
  std::vector<Field> out;
  for (const ast::Stmt* st : c->def->body) {
    if (st->kind != ast::StmtKind::AnnAssign) continue;
    auto* a = static_cast<const ast::AnnAssign*>(st);
    if (a->target->kind != ast::ExprKind::Name) continue;
    out.push_back({static_cast<const ast::Name*>(a->target)->id, program().analyze_type(a->annotation, c->module, c),
                   a->value != nullptr});
  }
  return out;
}

}  // namespace

bool is_namedtuple_call(const ast::Expr* value) {
  if (value == nullptr || value->kind != ast::ExprKind::Call) return false;
  std::string callee = tail_name(static_cast<const ast::Call*>(value)->func);
  return callee == "NamedTuple" || callee == "namedtuple";
}

void setup_namedtuple(ClassInfo* c) {
  std::vector<Field> fields = c->namedtuple_call != nullptr ? call_fields(c) : class_fields(c);
  auto* t = arena().make<TupleType>();
  t->fallback = instance(c);
  auto* init = arena().make<CallableType>();
  init->name = init->def_name = "__init__";
  init->class_name = c->name;
  init->def_file = c->module->path;
  init->def_line = c->def != nullptr ? c->def->lineno : c->namedtuple_call->lineno;
  init->ret = none_type();
  init->params.push_back({"self", ParamKind::Pos, t, false});
  for (const Field& f : fields) {
    t->items.push_back(f.type);
    c->tuple_fields.push_back(f.name);
    init->params.push_back({f.name, f.has_default ? ParamKind::PosOpt : ParamKind::Pos, f.type, false});
    if (c->members.count(f.name) == 0) {
      Symbol* s = program().new_symbol(SymKind::Var, f.name, c->module);
      s->owner = c;
      s->state = 2;
      s->type = f.type;
      c->members[f.name] = s;
    }
  }
  Symbol* s = program().new_symbol(SymKind::Func, "__init__", c->module);
  s->owner = c;
  s->state = 2;
  s->type = init;
  c->members["__init__"] = s;
  c->tuple_type = t;
  c->self_type = t;
}

const Type* class_instance(ClassInfo* c) {
  if (c->namedtuple) program().ensure_class(c);
  return c->tuple_type != nullptr ? static_cast<const Type*>(c->tuple_type) : instance(c);
}

}  // namespace taipan::check
