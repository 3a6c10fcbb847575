// typeddicts.cpp — TypedDict classes: their items (total=False,
// Required/NotRequired, inherited), dict displays and constructor calls
// checked key by key, indexing with literal keys, item assignment and
// deletion, `.get`, with mypy's typeddict-item messages.
#include "check/checker.h"

namespace taipan::check {

namespace {

std::string quoted_list(const std::vector<std::string>& names) {
  std::string s;
  for (size_t k = 0; k < names.size(); ++k) s += (k ? ", \"" : "\"") + names[k] + "\"";
  return s;
}

}  // namespace

const std::vector<TDItem>& typeddict_items(ClassInfo* c) {
  if (c->td_ready) return c->td_items;
  c->td_ready = true;
  program().ensure_class(c);
  std::vector<TDItem> out;
  for (auto it = c->mro.rbegin(); it != c->mro.rend(); ++it) {
    ClassInfo* k = *it;
    if (!k->typed_dict || k->def == nullptr) continue;
    bool total = true;
    for (auto* kw : k->def->keywords) {
      if (kw->arg == "total" && kw->value->kind == ast::ExprKind::Constant) {
        total = static_cast<const ast::Constant*>(kw->value)->value_kind != ast::ConstantKind::False;
      }
    }
    for (const ast::Stmt* st : k->def->body) {
      if (st->kind != ast::StmtKind::AnnAssign) continue;
      auto* a = static_cast<const ast::AnnAssign*>(st);
      if (a->target->kind != ast::ExprKind::Name) continue;
      std::string special = annotation_special(a->annotation, k->module, k);
      TDItem item;
      item.name = static_cast<const ast::Name*>(a->target)->id;
      item.type = program().analyze_type(a->annotation, k->module, k);
      item.required = special == "Required" ? true : special == "NotRequired" ? false : total;
      bool replaced = false;
      for (auto& o : out) {
        if (o.name != item.name) continue;
        o = item;
        replaced = true;
      }
      if (!replaced) out.push_back(item);
    }
  }
  c->td_items = std::move(out);
  return c->td_items;
}

const TDItem* typeddict_item(ClassInfo* c, const std::string& key) {
  for (auto& item : typeddict_items(c))
    if (item.name == key) return &item;
  return nullptr;
}

const Type* typeddict_constructor(ClassInfo* c) {
  auto* fn = arena().make<CallableType>();
  fn->name = c->name;
  fn->is_type_obj = true;
  fn->ret = instance(c);
  for (auto& item : typeddict_items(c)) {
    fn->params.push_back({item.name, item.required ? ParamKind::KwOnly : ParamKind::KwOnlyOpt, item.type, false});
  }
  return fn;
}

// The key a literal string expression (or a value of a Literal type) names.
bool Checker::literal_key(const ast::Expr* e, std::string* key) {
  if (e->kind == ast::ExprKind::Constant && static_cast<const ast::Constant*>(e)->value_kind == ast::ConstantKind::Str) {
    *key = static_cast<const ast::Constant*>(e)->str;
    return true;
  }
  ++silent_;
  const Type* t = infer(e);
  --silent_;
  if (t->kind != TK::Instance) return false;
  auto* i = static_cast<const Instance*>(t);
  if (i->cls != builtins().str || !i->literal_type || i->literal.size() < 2) return false;
  *key = i->literal.substr(1, i->literal.size() - 2);
  return true;
}

const Type* Checker::typeddict_value(const Instance* td, const std::vector<std::pair<std::string, const ast::Expr*>>& items,
                                     const ast::Node* at) {
  ClassInfo* c = td->cls;
  std::vector<std::string> missing, extra;
  for (auto& item : typeddict_items(c)) {
    bool given = false;
    for (auto& [k, v] : items) given = given || k == item.name;
    if (!given && item.required) missing.push_back(item.name);
  }
  for (auto& [k, v] : items) {
    const TDItem* item = typeddict_item(c, k);
    if (item == nullptr) {
      extra.push_back(k);
      infer(v);
      continue;
    }
    const Type* t = infer(v, item->type);
    if (!is_subtype(t, item->type)) {
      fail(v, "Incompatible types (expression has type " + quote_type(t) + ", TypedDict item \"" + k + "\" has type " +
                  quote_type(item->type) + ")",
           "typeddict-item");
    }
  }
  std::string name = "TypedDict \"" + c->name + "\"";
  if (missing.size() == 1) fail(at, "Missing key \"" + missing[0] + "\" for " + name, "typeddict-item");
  if (missing.size() > 1) fail(at, "Missing keys (" + quoted_list(missing) + ") for " + name, "typeddict-item");
  if (extra.size() == 1) fail(at, "Extra key \"" + extra[0] + "\" for " + name, "typeddict-item");
  if (extra.size() > 1) fail(at, "Extra keys (" + quoted_list(extra) + ") for " + name, "typeddict-item");
  return td;
}

const TDItem* Checker::typeddict_lookup(const Instance* td, const ast::Expr* index, const ast::Node* at) {
  std::string key;
  ClassInfo* c = td->cls;
  if (!literal_key(index, &key)) {
    std::vector<std::string> names;
    for (auto& item : typeddict_items(c)) names.push_back(item.name);
    fail(at, "TypedDict key must be a string literal; expected one of (" + quoted_list(names) + ")", "literal-required");
    return nullptr;
  }
  const TDItem* item = typeddict_item(c, key);
  if (item == nullptr) fail(at, "TypedDict \"" + c->name + "\" has no key \"" + key + "\"", "typeddict-item");
  return item;
}

}  // namespace taipan::check
