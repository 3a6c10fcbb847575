// narrowing.cpp — the binder (narrowed types in stacked frames, merged where
// control flow joins) and the type maps a condition gives its two branches:
// `is None` / `is not None`, `==`/`!=` None, isinstance, truthiness, `not`,
// `and`/`or`, walrus targets.
#include "check/checker.h"

namespace taipan::check {

std::string Checker::key_of(const ast::Expr* e) {
  if (e->kind == ast::ExprKind::Name) return static_cast<const ast::Name*>(e)->id;
  if (e->kind == ast::ExprKind::Attribute) {
    // Only short chains are narrowed (a.b.c), keeping long ones linear.
    std::vector<const std::string*> parts;
    const ast::Expr* x = e;
    while (x->kind == ast::ExprKind::Attribute && parts.size() <= 8) {
      parts.push_back(&static_cast<const ast::Attribute*>(x)->attr);
      x = static_cast<const ast::Attribute*>(x)->value;
    }
    if (x->kind != ast::ExprKind::Name) return "";
    std::string key = static_cast<const ast::Name*>(x)->id;
    for (auto it = parts.rbegin(); it != parts.rend(); ++it) key += "." + **it;
    return key;
  }
  if (e->kind == ast::ExprKind::NamedExpr) return key_of(static_cast<const ast::NamedExpr*>(e)->target);
  if (e->kind == ast::ExprKind::Subscript) {
    // x[0], d["k"]: items with a literal index narrow too.
    auto* s = static_cast<const ast::Subscript*>(e);
    if (s->slice->kind != ast::ExprKind::Constant || s->value->kind == ast::ExprKind::Subscript) return "";
    auto* c = static_cast<const ast::Constant*>(s->slice);
    std::string index;
    if (c->value_kind == ast::ConstantKind::Int && c->int_fits_i64) index = std::to_string(c->int_i64);
    if (c->value_kind == ast::ConstantKind::Str) index = str_literal_text(c->str);
    std::string base = key_of(s->value);
    return base.empty() || index.empty() ? "" : base + "[" + index + "]";
  }
  return "";
}

const Type* Checker::narrowed(const std::string& key) {
  for (auto it = frames_.rbegin(); it != frames_.rend(); ++it) {
    auto f = it->types.find(key);
    if (f != it->types.end()) return f->second;
  }
  return nullptr;
}

void Checker::put(const std::string& key, const Type* t) {
  if (key.empty()) return;
  frames_.back().types[key] = t;
  if (silent_ == 0 && scopes_.back()->kind == ScopeKind::Function) {
    auto it = scopes_.back()->table->find(key);
    if (it != scopes_.back()->table->end()) it->second->unbound_local = false;
  }
}

void Checker::invalidate(const std::string& key) {
  // Narrowings of members of `key` no longer hold.
  std::set<std::string> keys;
  for (auto& f : frames_)
    for (auto& [k, t] : f.types)
      if (k.size() > key.size() && k.compare(0, key.size(), key) == 0 && (k[key.size()] == '.' || k[key.size()] == '[')) {
        keys.insert(k);
      }
  for (auto& k : keys) frames_.back().types[k] = nullptr;
}

void Checker::push_frame() { frames_.emplace_back(); }

Checker::Frame Checker::pop_frame() {
  Frame f = std::move(frames_.back());
  frames_.pop_back();
  return f;
}

void Checker::apply(const TypeMap& m) {
  if (m.unreachable) mark_unreachable();
  for (auto& [k, t] : m.types) put(k, t);
}

// Joins the frames that reach the end of branches into the current frame.
const Type* Checker::deleted_type() {
  static Type deleted(TK::Any);
  return &deleted;
}

void Checker::merge_frames(const std::vector<Frame>& ends) {
  std::vector<const Frame*> live;
  for (auto& f : ends)
    if (!f.unreachable) live.push_back(&f);
  if (live.empty()) {
    mark_unreachable();
    return;
  }
  std::set<std::string> keys;
  for (auto* f : live)
    for (auto& [k, t] : f->types) keys.insert(k);
  for (const std::string& k : keys) {
    const Type* current = narrowed(k);
    const Type* declared = nullptr;
    if (k.find('.') == std::string::npos) {
      Symbol* s = lookup(k);
      if (s != nullptr) declared = declared_type(s);
    }
    const Type* result = nullptr;
    bool reset = false;
    bool all_deleted = true;
    for (auto* f : live) {
      auto it = f->types.find(k);
      const Type* t = it != f->types.end() ? it->second : current;
      if (t == nullptr) {
        reset = true;
        break;
      }
      // A variable deleted on some paths only joins as its other values
      // (mypy's join with a DeletedType).
      if (t == deleted_type()) continue;
      all_deleted = false;
      result = result == nullptr ? t : join_simple(declared, result, t);
    }
    if (!reset && all_deleted) result = deleted_type();
    if (reset) {
      frames_.back().types[k] = nullptr;
    } else if (current != nullptr && result->kind != TK::Any && current->kind != TK::Any &&
               is_same_type(result, current)) {
      // The type before the branches stays as it was (mypy keeps its form).
      frames_.back().types[k] = current;
    } else {
      frames_.back().types[k] = result;
    }
  }
}

// ---------------------------------------------------------------- truthiness

bool Checker::can_be_false(const Type* t) {
  switch (t->kind) {
    case TK::None: return true;
    case TK::Instance: {
      auto* i = static_cast<const Instance*>(t);
      if (i->cls == nullptr || i->cls->any_base) return true;
      if (!i->literal.empty()) return i->literal == "False" || i->literal == "0" || i->literal == "''";
      Member b = find_member(i->cls, "__bool__");
      Member l = find_member(i->cls, "__len__");
      return (b.sym != nullptr && b.defined_in != builtins().object) || l.sym != nullptr;
    }
    case TK::Tuple: return static_cast<const TupleType*>(t)->items.empty();
    case TK::Callable: case TK::Overloaded: case TK::TypeType: case TK::Module: return false;
    default: return true;
  }
}

bool Checker::can_be_true(const Type* t) {
  if (t->kind == TK::None) return false;
  if (t->kind == TK::Instance) {
    auto* i = static_cast<const Instance*>(t);
    if (i->falsy_only || i->literal == "False" || i->literal == "0" || i->literal == "''") return false;
  }
  if (t->kind == TK::Tuple) return !static_cast<const TupleType*>(t)->items.empty();
  return true;
}

// A bool's true (or false) values are a literal (mypy's true_only / false_only).
static const Type* bool_part(const Type* t, bool truth) {
  if (t->kind == TK::Instance && static_cast<const Instance*>(t)->cls == builtins().bool_ &&
      static_cast<const Instance*>(t)->literal.empty()) {
    return literal_instance(builtins().bool_, truth ? "True" : "False", true);
  }
  return t;
}

const Type* Checker::truthy_part(const Type* t) {
  if (t->kind != TK::Union) return can_be_true(t) ? bool_part(t, true) : never_type();
  std::vector<const Type*> keep;
  for (auto* i : static_cast<const UnionType*>(t)->items)
    if (can_be_true(i)) keep.push_back(bool_part(i, true));
  return make_union(keep);
}

const Type* Checker::falsy_part(const Type* t) {
  if (t->kind != TK::Union) return can_be_false(t) ? bool_part(t, false) : never_type();
  std::vector<const Type*> keep;
  for (auto* i : static_cast<const UnionType*>(t)->items)
    if (can_be_false(i)) keep.push_back(bool_part(i, false));
  return make_union(keep);
}

const Type* Checker::false_values(const Type* t) {
  if (t->kind == TK::Union) {
    std::vector<const Type*> keep;
    for (auto* i : static_cast<const UnionType*>(t)->items)
      if (can_be_false(i)) keep.push_back(false_values(i));
    return make_union(keep);
  }
  if (!can_be_false(t)) return never_type();
  if (bool_part(t, false) != t) return bool_part(t, false);
  // An instance that may be either keeps its false values only.
  if (t->kind == TK::Instance && can_be_true(t) && static_cast<const Instance*>(t)->literal.empty()) {
    auto* f = arena().make<Instance>();
    *f = *static_cast<const Instance*>(t);
    f->falsy_only = true;
    return f;
  }
  return t;
}

// ---------------------------------------------------------------- isinstance

// The class types named by isinstance's second argument (null: unknown).
const Type* Checker::isinstance_types(const ast::Expr* e) {
  ++silent_;
  const Type* t = infer(e);
  --silent_;
  std::vector<const Type*> items;
  auto add = [&](const Type* x) -> bool {
    if (x->kind == TK::TypeType) {
      const Type* item = static_cast<const TypeType*>(x)->item;
      if (item->kind != TK::Instance) return false;
      auto* inst = static_cast<const Instance*>(item);
      // isinstance(x, list) narrows to list[Any].
      std::vector<const Type*> anys(inst->cls->type_params.size(), any_type());
      items.push_back(instance(inst->cls, anys));
      return true;
    }
    return false;
  };
  if (t->kind == TK::Tuple) {
    for (auto* x : static_cast<const TupleType*>(t)->items)
      if (!add(x)) return nullptr;
  } else if (!add(t)) {
    return nullptr;
  }
  return make_union(items);
}

const Type* Checker::narrow_isinstance(const Type* t, const Type* cls, bool positive) {
  std::vector<const Type*> items = t->kind == TK::Union ? static_cast<const UnionType*>(t)->items
                                                         : std::vector<const Type*>{t};
  std::vector<const Type*> classes = cls->kind == TK::Union ? static_cast<const UnionType*>(cls)->items
                                                             : std::vector<const Type*>{cls};
  std::vector<const Type*> out;
  for (auto* item : items) {
    if (item->kind == TK::Any || item->kind == TK::TypeVar) {
      if (positive) {
        for (auto* c : classes) out.push_back(c);
      } else {
        out.push_back(item);
      }
      continue;
    }
    bool matched = false;
    for (auto* c : classes) {
      if (is_subtype(item, c)) {
        matched = true;
        if (positive) out.push_back(item);
        break;
      }
    }
    if (matched) continue;
    if (positive) {
      for (auto* c : classes)
        if (is_subtype(c, item)) out.push_back(c);
    } else {
      out.push_back(item);
    }
  }
  return make_union(out);
}

// ---------------------------------------------------------------- conditions

TypeMap Checker::and_maps(const TypeMap& a, const TypeMap& b) {
  TypeMap r = a;
  r.unreachable = a.unreachable || b.unreachable;
  for (auto& [k, t] : b.types) r.types[k] = t;
  return r;
}

TypeMap Checker::or_maps(const TypeMap& a, const TypeMap& b) {
  if (a.unreachable) return b;
  if (b.unreachable) return a;
  TypeMap r;
  for (auto& [k, t] : a.types) {
    auto it = b.types.find(k);
    if (it != b.types.end() && t != nullptr && it->second != nullptr) r.types[k] = make_union({t, it->second});
  }
  return r;
}

// `x == 'r'` where x's type has Literal items: the equal literal on one
// side, the others on the other; items that cannot be equal (another
// class, None) go to the other side only.
bool Checker::literal_equality_maps(const Type* t, const Type* other, TypeMap* yes, TypeMap* no, const std::string& key) {
  auto* lit = other->kind == TK::Instance ? static_cast<const Instance*>(other) : nullptr;
  if (lit == nullptr || lit->literal.empty() || lit->cls->is_enum) return false;
  std::vector<const Type*> items = t->kind == TK::Union ? static_cast<const UnionType*>(t)->items
                                                         : std::vector<const Type*>{t};
  bool any_literal = false;
  std::vector<const Type*> pos, neg;
  for (const Type* item : items) {
    auto* ii = item->kind == TK::Instance ? static_cast<const Instance*>(item) : nullptr;
    if (ii != nullptr && ii->literal_type && !ii->cls->is_enum) {
      any_literal = true;
      (ii->cls == lit->cls && ii->literal == lit->literal ? pos : neg).push_back(item);
    } else if (item->kind == TK::None || (ii != nullptr && !is_subtype(lit, item) && !is_subtype(item, lit))) {
      neg.push_back(item);
    } else {
      // str against 'high': the literal itself where they are equal.
      bool same_class = ii != nullptr && ii->cls == lit->cls && ii->literal.empty();
      pos.push_back(same_class ? literal_instance(lit->cls, lit->literal, true) : item);
      neg.push_back(item);
    }
  }
  if (!any_literal) return false;
  if (pos.empty()) {
    yes->unreachable = true;
  } else {
    yes->types[key] = make_union(pos);
  }
  if (neg.empty()) {
    no->unreachable = true;
  } else {
    no->types[key] = make_union(neg);
  }
  return true;
}

std::pair<TypeMap, TypeMap> Checker::condition_maps(const ast::Expr* e) {
  TypeMap yes, no;
  int st = static_condition(e);
  if (st == 1) {
    no.unreachable = true;
    return {yes, no};
  }
  if (st == 0) {
    yes.unreachable = true;
    return {yes, no};
  }
  auto current = [&](const ast::Expr* x) -> const Type* {
    ++silent_;
    const Type* t = infer(x);
    --silent_;
    return t;
  };
  switch (e->kind) {
    case ast::ExprKind::Constant: {
      // `assert False`, `while True`: a constant decides one branch.
      auto* c = static_cast<const ast::Constant*>(e);
      bool truth;
      switch (c->value_kind) {
        case ast::ConstantKind::True: truth = true; break;
        case ast::ConstantKind::False: case ast::ConstantKind::None: truth = false; break;
        case ast::ConstantKind::Int: truth = !(c->int_fits_i64 && c->int_i64 == 0); break;
        default: return {yes, no};
      }
      (truth ? no : yes).unreachable = true;
      return {yes, no};
    }
    case ast::ExprKind::UnaryOp: {
      auto* u = static_cast<const ast::UnaryOp*>(e);
      if (u->op != ast::UnaryOperator::Not) break;
      auto inner = condition_maps(u->operand);
      return {inner.second, inner.first};
    }
    case ast::ExprKind::BoolOp: {
      auto* b = static_cast<const ast::BoolOp*>(e);
      bool is_and = b->op == ast::BoolOperator::And;
      auto acc = condition_maps(b->values[0]);
      push_frame();
      for (size_t k = 1; k < b->values.size(); ++k) {
        apply(is_and ? acc.first : acc.second);
        auto next = condition_maps(b->values[k]);
        if (is_and) {
          acc = {and_maps(acc.first, next.first), or_maps(acc.second, next.second)};
        } else {
          acc = {or_maps(acc.first, next.first), and_maps(acc.second, next.second)};
        }
      }
      pop_frame();
      return acc;
    }
    case ast::ExprKind::Compare: {
      auto* c = static_cast<const ast::Compare*>(e);
      if (c->ops.size() != 1) break;
      ast::CmpOp op = c->ops[0];
      const ast::Expr* left = c->left;
      const ast::Expr* right = c->comparators[0];
      auto is_none = [](const ast::Expr* x) {
        return x->kind == ast::ExprKind::Constant &&
               static_cast<const ast::Constant*>(x)->value_kind == ast::ConstantKind::None;
      };
      if (is_none(left)) std::swap(left, right);
      bool identity = op == ast::CmpOp::Is || op == ast::CmpOp::IsNot;
      bool equality = op == ast::CmpOp::Eq || op == ast::CmpOp::NotEq;
      auto is_literal = [](const ast::Expr* x) {
        if (x->kind != ast::ExprKind::Constant) return false;
        auto k = static_cast<const ast::Constant*>(x)->value_kind;
        return k == ast::ConstantKind::Str || k == ast::ConstantKind::Int || k == ast::ConstantKind::Bytes;
      };
      if (op == ast::CmpOp::Eq || op == ast::CmpOp::NotEq || op == ast::CmpOp::In) {
        // Equal to a literal (or in a display of literals): not None.
        const ast::Expr* subject = is_literal(c->left) ? right : c->left;
        const ast::Expr* other = subject == c->left ? right : c->left;
        bool literal_other = is_literal(other);
        if (op == ast::CmpOp::In && (other->kind == ast::ExprKind::Tuple || other->kind == ast::ExprKind::List ||
                                     other->kind == ast::ExprKind::Set)) {
          const auto& elts = other->kind == ast::ExprKind::Tuple ? static_cast<const ast::Tuple*>(other)->elts
                             : other->kind == ast::ExprKind::List ? static_cast<const ast::List*>(other)->elts
                                                                   : static_cast<const ast::Set*>(other)->elts;
          literal_other = !elts.empty();
          for (auto* x : elts) literal_other = literal_other && is_literal(x);
        } else if (op == ast::CmpOp::In) {
          literal_other = false;
        }
        std::string key = key_of(subject);
        if (literal_other && !key.empty() && op != ast::CmpOp::In &&
            literal_equality_maps(current(subject), current(other), &yes, &no, key)) {
          if (op == ast::CmpOp::NotEq) std::swap(yes, no);
          return {yes, no};
        }
        if (literal_other && !key.empty()) {
          const Type* t = current(subject);
          if (contains_none(t)) {
            const Type* rest = remove_none(t);
            if (rest->kind != TK::Never) (op == ast::CmpOp::NotEq ? no : yes).types[key] = rest;
          }
          return {yes, no};
        }
      }
      if (identity) {
        // `x is Color.RED` (either way round).
        for (int side = 0; side < 2; ++side) {
          const ast::Expr* subject = side == 0 ? left : right;
          const Type* other = current(side == 0 ? right : left);
          std::string key = key_of(subject);
          auto* lit = other->kind == TK::Instance ? static_cast<const Instance*>(other) : nullptr;
          if (key.empty() || lit == nullptr || !lit->cls->is_enum || lit->literal.empty()) continue;
          if (!enum_identity_maps(current(subject), lit, &yes, &no, key)) continue;
          if (op == ast::CmpOp::IsNot) std::swap(yes, no);
          return {yes, no};
        }
      }
      if ((identity || equality) && is_none(right)) {
        std::string key = key_of(left);
        if (key.empty()) break;
        const Type* t = current(left);
        if (t->kind == TK::Any) {
          yes.types[key] = none_type();
        } else {
          bool may_be_none = contains_none(t) || t->kind == TK::TypeVar ||
                             (t->kind == TK::Instance && static_cast<const Instance*>(t)->cls == builtins().object);
          if (may_be_none) {
            yes.types[key] = none_type();
          } else if (identity) {
            yes.unreachable = true;
          }
          const Type* rest = remove_none(t);
          if (rest->kind == TK::Never) {
            no.unreachable = true;
          } else {
            no.types[key] = rest;
          }
        }
        if (op == ast::CmpOp::IsNot || op == ast::CmpOp::NotEq) std::swap(yes, no);
        // `x == None` does not exclude None-equal objects from the other branch.
        if (equality) {
          TypeMap& negative = op == ast::CmpOp::Eq ? yes : no;
          negative.types.clear();
          negative.unreachable = false;
        }
        if (left->kind == ast::ExprKind::NamedExpr) infer(left);
        return {yes, no};
      }
      break;
    }
    case ast::ExprKind::Call: {
      auto* c = static_cast<const ast::Call*>(e);
      if (c->func->kind != ast::ExprKind::Name || static_cast<const ast::Name*>(c->func)->id != "isinstance" ||
          c->args.size() != 2 || !c->keywords.empty()) {
        break;
      }
      std::string key = key_of(c->args[0]);
      if (key.empty()) break;
      const Type* classes = isinstance_types(c->args[1]);
      if (classes == nullptr) break;
      const Type* t = current(c->args[0]);
      const Type* pos = narrow_isinstance(t, classes, true);
      const Type* neg = narrow_isinstance(t, classes, false);
      if (pos->kind == TK::Never) {
        yes.unreachable = true;
      } else {
        yes.types[key] = pos;
      }
      if (neg->kind == TK::Never) {
        no.unreachable = true;
      } else {
        no.types[key] = neg;
      }
      return {yes, no};
    }
    case ast::ExprKind::NamedExpr: case ast::ExprKind::Name: case ast::ExprKind::Attribute: {
      std::string key = key_of(e);
      if (key.empty()) break;
      const Type* t = e->kind == ast::ExprKind::NamedExpr ? current(static_cast<const ast::NamedExpr*>(e)->target)
                                                          : current(e);
      if (t->kind == TK::Any) break;
      const Type* tp = truthy_part(t);
      const Type* fp = falsy_part(t);
      if (tp->kind == TK::Never) {
        yes.unreachable = true;
      } else {
        yes.types[key] = tp;
      }
      if (fp->kind == TK::Never) {
        no.unreachable = true;
      } else {
        no.types[key] = fp;
      }
      return {yes, no};
    }
    default: break;
  }
  return {yes, no};
}

}  // namespace taipan::check
