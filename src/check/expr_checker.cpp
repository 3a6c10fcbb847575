// expr_checker.cpp — the type of every expression kind, attribute access,
// operators, comparisons, subscripts and iteration, with mypy's messages.
#include <algorithm>

#include "check/checker.h"

namespace taipan::check {

namespace {

struct OpNames {
  const char* method;
  const char* reverse;
  const char* inplace;
  const char* symbol;
};

OpNames op_names(ast::Operator op) {
  switch (op) {
    case ast::Operator::Add: return {"__add__", "__radd__", "__iadd__", "+"};
    case ast::Operator::Sub: return {"__sub__", "__rsub__", "__isub__", "-"};
    case ast::Operator::Mult: return {"__mul__", "__rmul__", "__imul__", "*"};
    case ast::Operator::MatMult: return {"__matmul__", "__rmatmul__", "__imatmul__", "@"};
    case ast::Operator::Div: return {"__truediv__", "__rtruediv__", "__itruediv__", "/"};
    case ast::Operator::Mod: return {"__mod__", "__rmod__", "__imod__", "%"};
    case ast::Operator::Pow: return {"__pow__", "__rpow__", "__ipow__", "**"};
    case ast::Operator::LShift: return {"__lshift__", "__rlshift__", "__ilshift__", "<<"};
    case ast::Operator::RShift: return {"__rshift__", "__rrshift__", "__irshift__", ">>"};
    case ast::Operator::BitOr: return {"__or__", "__ror__", "__ior__", "|"};
    case ast::Operator::BitXor: return {"__xor__", "__rxor__", "__ixor__", "^"};
    case ast::Operator::BitAnd: return {"__and__", "__rand__", "__iand__", "&"};
    case ast::Operator::FloorDiv: return {"__floordiv__", "__rfloordiv__", "__ifloordiv__", "//"};
  }
  return {"__add__", "__radd__", "__iadd__", "+"};
}


}  // namespace

const Type* Checker::infer_constant(const ast::Constant* c) {
  const Builtins& b = builtins();
  auto lit = [](ClassInfo* cls, const std::string& text) -> const Type* { return literal_instance(cls, text, false); };
  switch (c->value_kind) {
    case ast::ConstantKind::None: return none_type();
    case ast::ConstantKind::True: return lit(b.bool_, "True");
    case ast::ConstantKind::False: return lit(b.bool_, "False");
    case ast::ConstantKind::Int: return c->int_fits_i64 ? lit(b.int_, std::to_string(c->int_i64)) : instance(b.int_);
    case ast::ConstantKind::Float: return instance(b.float_);
    case ast::ConstantKind::Complex: return instance(b.complex_);
    case ast::ConstantKind::Str: return lit(b.str, str_literal_text(c->str));
    case ast::ConstantKind::Bytes: return instance(b.bytes);
    case ast::ConstantKind::Ellipsis: return b.ellipsis != nullptr ? static_cast<const Type*>(instance(b.ellipsis)) : any_type();
    default: return any_type();
  }
}

const Type* Checker::infer_name(const ast::Name* n) {
  Symbol* s = nullptr;
  Scope* inner = scopes_.back();
  auto own = inner->kind == ScopeKind::Class ? inner->table->find(n->id) : inner->table->end();
  if (own != inner->table->end() && own->second->kind != SymKind::Import &&
      (own->second->line > n->lineno || own->second->method != nullptr)) {
    // A class body sees its names in order (those defined later, or only
    // through `self` in a method, are not there yet): the enclosing scopes'.
    scopes_.pop_back();
    s = lookup(n->id);
    scopes_.push_back(inner);
  } else {
    s = lookup(n->id);
  }
  if (s == nullptr) {
    static const std::set<std::string> module_attrs = {"__name__", "__file__", "__doc__", "__package__", "__spec__",
                                                       "__path__", "__loader__", "__builtins__", "__dict__",
                                                       "__annotations__", "__qualname__", "__module__"};
    if (module_attrs.count(n->id) != 0) {
      return n->id == "__name__" || n->id == "__file__" ? instance(builtins().str) : any_type();
    }
    fail(n, "Name \"" + n->id + "\" is not defined", "name-defined");
    return any_type();
  }
  if (s->partial) close_partial(s);
  const Type* t = narrowed(n->id);
  if (t == deleted_type()) {
    fail(n, "Trying to read deleted variable \"" + n->id + "\"", "misc");
    return any_type();
  }
  if (s->unbound_local && (silent_ == 0 || t == nullptr) && reads_unbound_local(n->id)) {
    fail(n, "Cannot determine type of \"" + n->id + "\"", "has-type");
    return any_type();
  }
  return t != nullptr ? t : declared_type(s);
}

bool Checker::reads_unbound_local(const std::string& name) {
  // The variable of the function being checked (through comprehensions),
  // not one of an enclosing function: mypy defers a nested function instead.
  for (size_t i = scopes_.size(); i-- > 0;) {
    if (scopes_[i]->kind == ScopeKind::Comprehension) {
      if (scopes_[i]->table->count(name) != 0) return false;
      continue;
    }
    if (scopes_[i]->kind != ScopeKind::Function) return false;
    auto it = scopes_[i]->table->find(name);
    return it != scopes_[i]->table->end() && it->second->unbound_local;
  }
  return false;
}

const Type* Checker::infer(const ast::Expr* e, const Type* ctx) {
  // Past this depth an expression is Any (the stack stays bounded).
  struct Depth {
    int& d;
    explicit Depth(int& x) : d(x) { ++d; }
    ~Depth() { --d; }
  } depth(depth_);
  if (depth_ > 20000) return any_type();
  switch (e->kind) {
    case ast::ExprKind::Constant: return infer_constant(static_cast<const ast::Constant*>(e));
    case ast::ExprKind::Name: return infer_name(static_cast<const ast::Name*>(e));
    case ast::ExprKind::JoinedStr: {
      for (auto* v : static_cast<const ast::JoinedStr*>(e)->values) {
        if (v->kind != ast::ExprKind::FormattedValue) continue;
        auto* f = static_cast<const ast::FormattedValue*>(v);
        infer(f->value);
        if (f->format_spec != nullptr) infer(f->format_spec);
      }
      return instance(builtins().str);
    }
    case ast::ExprKind::FormattedValue: {
      auto* f = static_cast<const ast::FormattedValue*>(e);
      infer(f->value);
      return instance(builtins().str);
    }
    case ast::ExprKind::Attribute: {
      auto* a = static_cast<const ast::Attribute*>(e);
      const Type* base = infer(a->value);
      std::string key = key_of(e);
      if (!key.empty()) {
        const Type* n = narrowed(key);
        if (n != nullptr) {
          member(base, a->attr, e, false);
          return n;
        }
      }
      return member(base, a->attr, e);
    }
    case ast::ExprKind::Call: return infer_call(static_cast<const ast::Call*>(e), ctx);
    case ast::ExprKind::BinOp: {
      auto* b = static_cast<const ast::BinOp*>(e);
      bool list_context = (b->op == ast::Operator::Mult || b->op == ast::Operator::Add) &&
                          b->left->kind == ast::ExprKind::List;
      const Type* l = infer(b->left, list_context ? ctx : nullptr);
      const Type* r = infer(b->right);
      return binary_op(l, b->op, r, e);
    }
    case ast::ExprKind::UnaryOp: return infer_unary(static_cast<const ast::UnaryOp*>(e));
    case ast::ExprKind::BoolOp: return infer_boolop(static_cast<const ast::BoolOp*>(e), ctx);
    case ast::ExprKind::Compare: return infer_compare(static_cast<const ast::Compare*>(e));
    case ast::ExprKind::IfExp: return infer_ifexp(static_cast<const ast::IfExp*>(e), ctx);
    case ast::ExprKind::List: case ast::ExprKind::Set: case ast::ExprKind::Tuple: return infer_display(e, ctx);
    case ast::ExprKind::Dict: return infer_dict(static_cast<const ast::Dict*>(e), ctx);
    case ast::ExprKind::ListComp: case ast::ExprKind::SetComp: case ast::ExprKind::DictComp:
    case ast::ExprKind::GeneratorExp:
      return infer_comprehension(e, ctx);
    case ast::ExprKind::Lambda: return infer_lambda(static_cast<const ast::Lambda*>(e), ctx);
    case ast::ExprKind::Subscript: return infer_subscript(static_cast<const ast::Subscript*>(e));
    case ast::ExprKind::Starred: return infer(static_cast<const ast::Starred*>(e)->value, ctx);
    case ast::ExprKind::Await: return infer_await(static_cast<const ast::Await*>(e));
    case ast::ExprKind::Yield: {
      auto* y = static_cast<const ast::Yield*>(e);
      Scope* fs = scopes_.back();
      const Type* want = fs->yield_type;
      const Type* got = y->value != nullptr ? infer(y->value, want) : none_type();
      if (want != nullptr && !is_subtype(got, want)) {
        fail(e, "Incompatible types in \"yield\" (actual type " + quote_type(got) + ", expected type " + quote_type(want) + ")",
             "misc");
      }
      return any_type();
    }
    case ast::ExprKind::YieldFrom: {
      infer(static_cast<const ast::YieldFrom*>(e)->value);
      return any_type();
    }
    case ast::ExprKind::NamedExpr: {
      auto* n = static_cast<const ast::NamedExpr*>(e);
      const Type* t = infer(n->value);
      if (n->target->kind == ast::ExprKind::Name) {
        assign_name(static_cast<const ast::Name*>(n->target), nullptr, t, e);
      }
      return t;
    }
    case ast::ExprKind::Slice: {
      auto* s = static_cast<const ast::Slice*>(e);
      if (s->lower != nullptr) infer(s->lower);
      if (s->upper != nullptr) infer(s->upper);
      if (s->step != nullptr) infer(s->step);
      return builtins().slice != nullptr ? static_cast<const Type*>(instance(builtins().slice)) : any_type();
    }
  }
  return any_type();
}

// ---------------------------------------------------------------- displays

// The item types a context asks of a display or comprehension of class
// `cls` (list[T] against Iterable[int]: T is int); empty when none.
std::vector<const Type*> Checker::display_context(ClassInfo* cls, const Type* ctx) {
  if (ctx == nullptr || cls == nullptr) return {};
  std::vector<const Type*> cands = ctx->kind == TK::Union ? static_cast<const UnionType*>(ctx)->items
                                                           : std::vector<const Type*>{ctx};
  program().ensure_class(cls);
  for (auto* c : cands) {
    if (c->kind != TK::Instance) continue;
    auto* ci = static_cast<const Instance*>(c);
    if (cls->self_type == nullptr || cls->self_type->kind != TK::Instance) continue;
    const Instance* mapped = map_to_base(static_cast<const Instance*>(cls->self_type), ci->cls);
    if (mapped == nullptr && ci->cls->is_protocol && ci->args.size() == cls->type_params.size() &&
        satisfies_protocol(instance(cls, std::vector<const Type*>(cls->type_params.size(), any_type())),
                           instance(ci->cls, std::vector<const Type*>(ci->args.size(), any_type())))) {
      // A protocol the display's class satisfies with its parameters in
      // the same order (SupportsKeysAndGetItem[K, V] for a dict).
      mapped = static_cast<const Instance*>(cls->self_type);
    }
    if (mapped == nullptr) continue;
    std::vector<const Type*> wants(cls->type_params.size(), nullptr);
    for (size_t k = 0; k < mapped->args.size() && k < ci->args.size(); ++k) {
      for (size_t j = 0; j < cls->type_params.size(); ++j)
        if (mapped->args[k] == cls->type_params[j]) wants[j] = ci->args[k];
    }
    bool any = false;
    for (auto* w : wants) any = any || w != nullptr;
    if (any) return wants;
  }
  return {};
}

const Type* Checker::infer_display(const ast::Expr* e, const Type* ctx) {
  const std::vector<ast::Expr*>& elts = e->kind == ast::ExprKind::List ? static_cast<const ast::List*>(e)->elts
                                        : e->kind == ast::ExprKind::Set ? static_cast<const ast::Set*>(e)->elts
                                                                        : static_cast<const ast::Tuple*>(e)->elts;
  ClassInfo* cls = e->kind == ast::ExprKind::List  ? builtins().list
                   : e->kind == ast::ExprKind::Set ? builtins().set
                                                   : builtins().tuple;
  // The item type the context asks for.
  const Type* want = nullptr;
  if (e->kind != ast::ExprKind::Tuple) {
    auto wants = display_context(cls, ctx);
    if (wants.size() == 1) want = wants[0];
  }
  if (e->kind == ast::ExprKind::Tuple) {
    const TupleType* tctx = ctx != nullptr && ctx->kind == TK::Tuple ? static_cast<const TupleType*>(ctx) : nullptr;
    bool starred = false;
    auto* t = arena().make<TupleType>();
    for (size_t k = 0; k < elts.size(); ++k) {
      if (elts[k]->kind == ast::ExprKind::Starred) {
        const Type* st = infer(elts[k]);
        if (st->kind == TK::Tuple) {
          for (auto* i : static_cast<const TupleType*>(st)->items) t->items.push_back(i);
          continue;
        }
        starred = true;
        t->items.push_back(iter_item(st, elts[k]));
        continue;
      }
      const Type* item_ctx = tctx != nullptr && k < tctx->items.size() ? tctx->items[k] : nullptr;
      t->items.push_back(infer(elts[k], item_ctx));
    }
    if (starred) return tuple_fallback(t);
    return t;
  }
  const Type* item = never_type();
  int index = 0;
  for (auto* x : elts) {
    ++index;
    const Type* it = x->kind == ast::ExprKind::Starred ? iter_item(infer(x), x) : infer(x, want);
    if (want != nullptr && !is_subtype(it, want)) {
      std::string kind = e->kind == ast::ExprKind::List ? "List" : "Set";
      fail(x, kind + " item " + std::to_string(index - 1) + " has incompatible type " + quote_type(it) + "; expected " +
                  quote_type(want),
           e->kind == ast::ExprKind::List ? "list-item" : "misc");
    }
    item = item->kind == TK::Never ? strip_literal(it) : join(item, it);
  }
  if (want != nullptr) return instance(cls, {want});
  // An empty display's item type is <nothing> (a partial type when assigned).
  if (item->kind == TK::Never && !elts.empty()) item = any_type();
  return instance(cls, {item});
}

const Type* Checker::infer_dict(const ast::Dict* d, const Type* ctx) {
  // A TypedDict context checks the display key by key.
  std::vector<const Type*> cands;
  if (ctx != nullptr) cands = ctx->kind == TK::Union ? static_cast<const UnionType*>(ctx)->items : std::vector<const Type*>{ctx};
  const Instance* td = nullptr;
  for (auto* c : cands)
    if (c->kind == TK::Instance && static_cast<const Instance*>(c)->cls->typed_dict) td = td == nullptr ? static_cast<const Instance*>(c) : nullptr;
  if (td != nullptr) {
    std::vector<std::pair<std::string, const ast::Expr*>> items;
    bool literal = true;
    for (size_t k = 0; k < d->keys.size() && literal; ++k) {
      auto* key = d->keys[k];
      literal = key != nullptr && key->kind == ast::ExprKind::Constant &&
                static_cast<const ast::Constant*>(key)->value_kind == ast::ConstantKind::Str;
      if (literal) items.push_back({static_cast<const ast::Constant*>(key)->str, d->values[k]});
    }
    // In a union, a TypedDict is the context only when the keys fit it.
    if (literal && cands.size() > 1) {
      for (auto& item : typeddict_items(td->cls)) {
        bool given = false;
        for (auto& [k, v] : items) given = given || k == item.name;
        literal = literal && (given || !item.required);
      }
      for (auto& [k, v] : items) literal = literal && typeddict_item(td->cls, k) != nullptr;
    }
    if (literal) return typeddict_value(td, items, d);
  }
  const Type* want_k = nullptr;
  const Type* want_v = nullptr;
  auto wants = display_context(builtins().dict, ctx);
  if (wants.size() == 2 && wants[0] != nullptr && wants[1] != nullptr) {
    want_k = wants[0];
    want_v = wants[1];
  }
  bool whole = want_k != nullptr;
  const Type* kt = never_type();
  const Type* vt = never_type();
  for (size_t k = 0; k < d->keys.size(); ++k) {
    if (d->keys[k] == nullptr) {
      const Type* m = infer(d->values[k]);
      (void)m;
      kt = any_type();
      vt = any_type();
      continue;
    }
    const Type* a = infer(d->keys[k], want_k);
    const Type* b = infer(d->values[k], want_v);
    if (whole && (!is_subtype(a, want_k) || !is_subtype(b, want_v))) {
      fail(d->keys[k], "Dict entry " + std::to_string(k) + " has incompatible type " + quote_type(a) + ": " + quote_type(b) +
                           "; expected " + quote_type(want_k) + ": " + quote_type(want_v),
           "dict-item");
    }
    kt = kt->kind == TK::Never ? strip_literal(a) : join(kt, a);
    vt = vt->kind == TK::Never ? strip_literal(b) : join(vt, b);
  }
  if (whole) return instance(builtins().dict, {want_k, want_v});
  if (!d->keys.empty()) {
    if (kt->kind == TK::Never) kt = any_type();
    if (vt->kind == TK::Never) vt = any_type();
  }
  return instance(builtins().dict, {kt, vt});
}

const Type* Checker::infer_comprehension(const ast::Expr* e, const Type* ctx) {
  const std::vector<ast::Comprehension*>* gens = nullptr;
  switch (e->kind) {
    case ast::ExprKind::ListComp: gens = &static_cast<const ast::ListComp*>(e)->generators; break;
    case ast::ExprKind::SetComp: gens = &static_cast<const ast::SetComp*>(e)->generators; break;
    case ast::ExprKind::DictComp: gens = &static_cast<const ast::DictComp*>(e)->generators; break;
    default: gens = &static_cast<const ast::GeneratorExp*>(e)->generators; break;
  }
  // The first iterable is evaluated in the enclosing scope.
  const Type* first_iter = infer((*gens)[0]->iter);
  auto scope = std::make_unique<Scope>();
  scope->kind = ScopeKind::Comprehension;
  scope->owned = std::make_unique<SymbolTable>();
  scope->table = scope->owned.get();
  scopes_.push_back(scope.get());
  push_frame();
  for (size_t k = 0; k < gens->size(); ++k) {
    const ast::Comprehension* g = (*gens)[k];
    const Type* it = k == 0 ? first_iter : infer(g->iter);
    assign_to(g->target, iter_item(it, g->iter, g->is_async != 0), g->target);
    for (auto* cond : g->ifs) {
      infer(cond);
      apply(condition_maps(cond).first);
    }
  }
  const Type* result = any_type();
  // An item against the context's item type (mypy's messages per kind).
  auto check_item = [&](const ast::Expr* at, const Type* got, const Type* want, const std::string& kind) {
    if (want == nullptr || is_subtype(got, want)) return;
    std::string g = format_type(got), w = format_type(want);
    if (kind == "List" || kind == "Set") {
      fail(at, kind + " comprehension has incompatible type " + kind + "[" + g + "]; expected " + kind + "[" + w + "]", "misc");
    } else if (kind == "Generator") {
      fail(at, "Generator has incompatible item type \"" + g + "\"; expected \"" + w + "\"", "misc");
    } else {
      fail(at, kind + " expression in dictionary comprehension has incompatible type \"" + g + "\"; expected type \"" + w +
                   "\"", "misc");
    }
  };
  switch (e->kind) {
    case ast::ExprKind::ListComp: case ast::ExprKind::SetComp: {
      bool is_list = e->kind == ast::ExprKind::ListComp;
      ClassInfo* cls = is_list ? builtins().list : builtins().set;
      const ast::Expr* elt = is_list ? static_cast<const ast::ListComp*>(e)->elt : static_cast<const ast::SetComp*>(e)->elt;
      auto wants = display_context(cls, ctx);
      const Type* want = wants.size() == 1 ? wants[0] : nullptr;
      const Type* item = strip_literal(infer(elt, want));
      check_item(elt, item, want, is_list ? "List" : "Set");
      result = instance(cls, {want != nullptr ? want : item});
      break;
    }
    case ast::ExprKind::DictComp: {
      auto* d = static_cast<const ast::DictComp*>(e);
      auto wants = display_context(builtins().dict, ctx);
      const Type* wk = wants.size() == 2 && wants[1] != nullptr ? wants[0] : nullptr;
      const Type* wv = wants.size() == 2 && wants[0] != nullptr ? wants[1] : nullptr;
      const Type* k = strip_literal(infer(d->key, wk));
      const Type* v = strip_literal(infer(d->value, wv));
      check_item(d->key, k, wk, "Key");
      check_item(d->value, v, wv, "Value");
      result = instance(builtins().dict, {wk != nullptr ? wk : k, wv != nullptr ? wv : v});
      break;
    }
    default: {
      ClassInfo* gen = program().typing_class("typing", "Generator");
      auto wants = display_context(gen, ctx);
      const Type* want = wants.size() == 3 ? wants[0] : nullptr;
      const ast::Expr* elt = static_cast<const ast::GeneratorExp*>(e)->elt;
      const Type* item = strip_literal(infer(elt, want));
      check_item(elt, item, want, "Generator");
      if (want != nullptr) item = want;
      result = gen != nullptr ? static_cast<const Type*>(instance(gen, {item, none_type(), none_type()})) : any_type();
      break;
    }
  }
  pop_frame();
  scopes_.pop_back();
  return result;
}

const Type* Checker::infer_lambda(const ast::Lambda* l, const Type* ctx) {
  // The context's callable (the callable item of an Optional[Callable]).
  const CallableType* want = nullptr;
  if (ctx != nullptr && ctx->kind == TK::Callable) want = static_cast<const CallableType*>(ctx);
  if (ctx != nullptr && ctx->kind == TK::Union) {
    for (auto* item : static_cast<const UnionType*>(ctx)->items)
      if (item->kind == TK::Callable && want == nullptr) want = static_cast<const CallableType*>(item);
  }
  auto* c = arena().make<CallableType>();
  auto scope = std::make_unique<Scope>();
  scope->kind = ScopeKind::Function;
  scope->owned = std::make_unique<SymbolTable>();
  scope->table = scope->owned.get();
  const ast::Arguments* a = l->args;
  size_t npos = a->posonlyargs.size() + a->args.size();
  size_t first_default = npos - a->defaults.size();
  for (auto* d : a->defaults) infer(d);
  auto add_param = [&](const ast::Arg* arg, ParamKind kind, const Type* t) {
    Param p;
    p.name = arg->arg;
    p.kind = kind;
    p.type = t;
    c->params.push_back(p);
    Symbol* s = program().new_symbol(SymKind::Var, arg->arg, mod_);
    s->state = 2;
    s->type = kind == ParamKind::Star ? instance(builtins().tuple, {t})
              : kind == ParamKind::Star2 ? instance(builtins().dict, {instance(builtins().str), t})
                                         : t;
    (*scope->table)[arg->arg] = s;
  };
  for (size_t k = 0; k < npos; ++k) {
    const ast::Arg* arg = k < a->posonlyargs.size() ? a->posonlyargs[k] : a->args[k - a->posonlyargs.size()];
    const Type* t = want != nullptr && !want->ellipsis_args && k < want->params.size() ? want->params[k].type : any_type();
    add_param(arg, k >= first_default ? ParamKind::PosOpt : ParamKind::Pos, t);
  }
  if (a->vararg != nullptr) add_param(a->vararg, ParamKind::Star, any_type());
  for (size_t k = 0; k < a->kwonlyargs.size(); ++k) {
    add_param(a->kwonlyargs[k], a->kw_defaults[k] != nullptr ? ParamKind::KwOnlyOpt : ParamKind::KwOnly, any_type());
  }
  if (a->kwarg != nullptr) add_param(a->kwarg, ParamKind::Star2, any_type());
  scopes_.push_back(scope.get());
  push_frame();
  c->ret = strip_literal(infer(l->body, want != nullptr ? want->ret : nullptr));
  pop_frame();
  scopes_.pop_back();
  c->name = "";
  return c;
}

const Type* Checker::infer_boolop(const ast::BoolOp* b, const Type* ctx) {
  bool is_and = b->op == ast::BoolOperator::And;
  std::vector<const Type*> parts;
  push_frame();
  for (size_t k = 0; k < b->values.size(); ++k) {
    const Type* t = infer(b->values[k], ctx);
    bool last = k + 1 == b->values.size();
    if (last) {
      parts.push_back(t);
      break;
    }
    // The left operand's value survives only when it decides the result.
    parts.push_back(is_and ? false_values(t) : truthy_part(t));
    auto maps = condition_maps(b->values[k]);
    const TypeMap& next = is_and ? maps.first : maps.second;
    if (next.unreachable) {
      break;
    }
    apply(next);
  }
  pop_frame();
  return make_union(parts);
}

const Type* Checker::infer_ifexp(const ast::IfExp* e, const Type* ctx) {
  infer(e->test);
  auto maps = condition_maps(e->test);
  push_frame();
  apply(maps.first);
  ++silent_;
  if (!maps.first.unreachable) --silent_;
  const Type* a = infer(e->body, ctx);
  if (maps.first.unreachable) --silent_;
  pop_frame();
  push_frame();
  apply(maps.second);
  if (maps.second.unreachable) ++silent_;
  const Type* b = infer(e->orelse, ctx);
  if (maps.second.unreachable) --silent_;
  pop_frame();
  if (maps.first.unreachable) return b;
  if (maps.second.unreachable) return a;
  return join(a, b);
}

const Type* Checker::infer_unary(const ast::UnaryOp* u) {
  const Type* t = infer(u->operand);
  if (u->op == ast::UnaryOperator::Not) return instance(builtins().bool_);
  const char* method = u->op == ast::UnaryOperator::USub ? "__neg__" : u->op == ast::UnaryOperator::UAdd ? "__pos__" : "__invert__";
  const char* sym = u->op == ast::UnaryOperator::USub ? "unary -" : u->op == ast::UnaryOperator::UAdd ? "unary +" : "~";
  if (t->kind == TK::Any) return t;
  if (t->kind == TK::Instance && u->operand->kind == ast::ExprKind::Constant) {
    auto* i = static_cast<const Instance*>(t);
    if (u->op == ast::UnaryOperator::USub && !i->literal.empty() && i->cls == builtins().int_) {
      return literal_instance(i->cls, "-" + i->literal, false);
    }
  }
  bool ok = true;
  const Type* r = call_method(t, method, {}, u, &ok);
  if (!ok) {
    fail(u, std::string("Unsupported operand type for ") + sym + " (" + quote_type(t) + ")", "operator");
    return any_type();
  }
  return r;
}

const Type* Checker::infer_compare(const ast::Compare* c) {
  const Type* left = infer(c->left);
  for (size_t k = 0; k < c->ops.size(); ++k) {
    const Type* right = infer(c->comparators[k]);
    compare_op(left, c->ops[k], right, c);
    left = right;
  }
  return instance(builtins().bool_);
}

const Type* Checker::compare_op(const Type* l, ast::CmpOp op, const Type* r, const ast::Node* at) {
  const Type* boolean = instance(builtins().bool_);
  switch (op) {
    case ast::CmpOp::Eq: case ast::CmpOp::NotEq: case ast::CmpOp::Is: case ast::CmpOp::IsNot: return boolean;
    case ast::CmpOp::In: case ast::CmpOp::NotIn: {
      if (r->kind == TK::Any || r->kind == TK::Union) return boolean;
      if (member(r, "__contains__", at, false) != nullptr || member(r, "__iter__", at, false) != nullptr ||
          member(r, "__getitem__", at, false) != nullptr) {
        return boolean;
      }
      fail(at, "Unsupported right operand type for in (" + quote_type(r) + ")", "operator");
      return boolean;
    }
    default: break;
  }
  const char* method = op == ast::CmpOp::Lt ? "__lt__" : op == ast::CmpOp::LtE ? "__le__" : op == ast::CmpOp::Gt ? "__gt__" : "__ge__";
  const char* reverse = op == ast::CmpOp::Lt ? "__gt__" : op == ast::CmpOp::LtE ? "__ge__" : op == ast::CmpOp::Gt ? "__lt__" : "__le__";
  const char* sym = op == ast::CmpOp::Lt ? "<" : op == ast::CmpOp::LtE ? "<=" : op == ast::CmpOp::Gt ? ">" : ">=";
  if (l->kind == TK::Any || r->kind == TK::Any || l->kind == TK::Union || r->kind == TK::Union) return boolean;
  bool ok = true;
  const Type* res = call_method(l, method, {r}, at, &ok);
  if (ok) return res;
  ok = true;
  res = call_method(r, reverse, {l}, at, &ok);
  if (ok) return res;
  if (member(l, method, at, false) == nullptr && member(r, reverse, at, false) == nullptr) {
    fail(at, std::string("Unsupported left operand type for ") + sym + " (" + quote_type(l) + ")", "operator");
    return boolean;
  }
  fail(at, std::string("Unsupported operand types for ") + sym + " (" + quote_type(l) + " and " + quote_type(r) + ")", "operator");
  return boolean;
}

// ---------------------------------------------------------------- operators

const Type* Checker::binary_op(const Type* l, ast::Operator op, const Type* r, const ast::Node* at, bool inplace) {
  OpNames names = op_names(op);
  if (l->kind == TK::Any) return l;
  if (l->kind == TK::Never || r->kind == TK::Never) return never_type();
  auto single = [&](const Type* a, const Type* b, bool* ok, bool* has_left) -> const Type* {
    *ok = true;
    *has_left = true;
    if (op == ast::Operator::Add && a->kind == TK::Tuple && b->kind == TK::Tuple) {
      auto* t = arena().make<TupleType>();
      t->items = static_cast<const TupleType*>(a)->items;
      for (auto* i : static_cast<const TupleType*>(b)->items) t->items.push_back(i);
      return t;
    }
    if (inplace) {
      bool iok = true;
      const Type* res = call_method(a, names.inplace, {b}, at, &iok);
      if (iok) return res;
    }
    bool lok = true;
    const Type* res = call_method(a, names.method, {b}, at, &lok);
    if (lok) return res;
    // mypy names the left operand alone only when neither method exists.
    *has_left = member(a, names.method, at, false) != nullptr || member(b, names.reverse, at, false) != nullptr;
    if (b->kind == TK::Any) return any_type();
    bool rok = true;
    res = call_method(b, names.reverse, {a}, at, &rok);
    if (rok) return res;
    *ok = false;
    return any_type();
  };
  auto report = [&](const Type* a, const Type* b, bool has_left) {
    const Type* lm = member(a, names.method, at, false);
    if (lm != nullptr && lm->kind == TK::Overloaded) {
      // The left method's overloads are what mypy reports.
      std::vector<Actual> args(1);
      args[0].type = b;
      no_variant(static_cast<const Overloaded*>(lm), args, at);
      return;
    }
    if (!has_left && b->kind != TK::Union) {
      fail(at, std::string("Unsupported left operand type for ") + names.symbol + " (" + quote_type(a) + ")", "operator");
    } else {
      fail(at, std::string("Unsupported operand types for ") + names.symbol + " (" + quote_type(a) + " and " + quote_type(b) + ")",
           "operator");
    }
  };
  if (l->kind == TK::Union) {
    std::vector<const Type*> results;
    for (auto* item : static_cast<const UnionType*>(l)->items) {
      bool ok, has_left;
      const Type* res = single(item, r, &ok, &has_left);
      if (!ok) {
        report(item, r, true);
        note(at, "Left operand is of type " + quote_type(l));
        continue;
      }
      results.push_back(res);
    }
    return results.empty() ? any_type() : make_union(results);
  }
  bool ok, has_left;
  const Type* res = single(l, r, &ok, &has_left);
  if (ok) return res;
  if (r->kind == TK::Union) {
    std::vector<const Type*> results;
    for (auto* item : static_cast<const UnionType*>(r)->items) {
      bool iok, ihas;
      const Type* ires = single(l, item, &iok, &ihas);
      if (!iok) {
        report(l, item, true);
        note(at, "Right operand is of type " + quote_type(r));
        continue;
      }
      results.push_back(ires);
    }
    return results.empty() ? any_type() : make_union(results);
  }
  report(l, r, has_left);
  return any_type();
}

// ---------------------------------------------------------------- members

// "; maybe "x"?" from a module's public names, as mypy suggests them.
std::string Checker::module_suggestion(ModuleInfo* m, const std::string& name) {
  std::vector<std::string> names;
  for (auto& [n, s] : m->globals) {
    if (n == name || (!n.empty() && n[0] == '_')) continue;
    // Names a stub imports without re-exporting them are not public.
    if (m->is_stub && s->kind == SymKind::Import && s->import_name != n) continue;
    if (m->is_stub && s->kind == SymKind::Module && s->module == m && s->import_module != m->name + "." + n) continue;
    names.push_back(n);
  }
  auto matches = best_matches(name, names, 3);
  return matches.empty() ? "" : "; maybe " + pretty_seq(matches, "or") + "?";
}

const Type* Checker::member_of_union_item(const Type* item, const std::string& name) {
  return member(item, name, nullptr, false);
}

const Type* Checker::member(const Type* t, const std::string& name, const ast::Node* at, bool report) {
  auto no_attr = [&](const Type* shown, ClassInfo* cls) {
    if (!report || at == nullptr) return;
    std::string extra = name == "__iter__" ? " (not iterable)" : name == "__aiter__" ? " (not async iterable)" : "";
    std::string msg = quote_type(shown) + " has no attribute \"" + name + "\"";
    if (cls != nullptr) {
      std::vector<std::string> alternatives;
      for (auto& [n, s] : cls->members)
        if (n != name) alternatives.push_back(n);
      std::vector<std::string> matches;
      if (name == "add") {
        for (const char* m : {"append", "extend"})
          if (cls->members.count(m) != 0) matches.push_back(m);
      }
      for (auto& m : best_matches(name, alternatives, 3)) matches.push_back(m);
      if (name == "__aiter__" && matches.size() == 1 && matches[0] == "__iter__") matches.clear();
      if (!matches.empty()) msg += "; maybe " + pretty_seq(matches, "or") + "?";
    }
    fail(at, msg + extra, "attr-defined");
  };
  switch (t->kind) {
    case TK::Any: return t;
    case TK::Never: return t;
    case TK::Instance: {
      auto* i = static_cast<const Instance*>(t);
      if (const Type* e = enum_attribute(i, name); e != nullptr) return e;
      const Type* r = instance_member(i, name);
      if (r == nullptr) {
        no_attr(t, i->cls);
        return report ? any_type() : nullptr;
      }
      return r;
    }
    case TK::Tuple: {
      auto* tt = static_cast<const TupleType*>(t);
      const Type* r = instance_member(static_cast<const Instance*>(tuple_fallback(tt)), name, tt->fallback != nullptr ? t : nullptr);
      if (r == nullptr) {
        no_attr(t, builtins().tuple);
        return report ? any_type() : nullptr;
      }
      return r;
    }
    case TK::None: {
      const Type* r = name == "__bool__" ? nullptr : instance_member(instance(builtins().object), name);
      if (name == "__bool__") {
        auto* c = arena().make<CallableType>();
        c->ret = instance(builtins().bool_);
        r = c;
      }
      if (r == nullptr) {
        no_attr(t, nullptr);
        return report ? any_type() : nullptr;
      }
      return r;
    }
    case TK::Union: {
      // mypy gives Any for the value of a union of enum members.
      bool enums = name == "value" || name == "_value_";
      for (auto* item : static_cast<const UnionType*>(t)->items)
        enums = enums && item->kind == TK::Instance && static_cast<const Instance*>(item)->cls->is_enum;
      if (enums) return any_type();
      std::vector<const Type*> results;
      bool all = true;
      for (auto* item : static_cast<const UnionType*>(t)->items) {
        const Type* r = member(item, name, at, false);
        if (r == nullptr) {
          all = false;
          if (report && at != nullptr) {
            fail(at, "Item " + quote_type(item) + " of " + quote_type(t) + " has no attribute \"" + name + "\"" +
                         (name == "__iter__" ? " (not iterable)" : ""),
                 "union-attr");
          }
          continue;
        }
        results.push_back(r);
      }
      if (!all && !report) return nullptr;
      return results.empty() ? any_type() : make_union(results);
    }
    case TK::TypeType: {
      const Type* item = static_cast<const TypeType*>(t)->item;
      if (item->kind == TK::TypeVar) item = static_cast<const TypeVarType*>(item)->upper;
      if (item->kind != TK::Instance) return any_type();
      const Type* r = class_member(static_cast<const Instance*>(item), name);
      if (r == nullptr) {
        no_attr(t, nullptr);
        return report ? any_type() : nullptr;
      }
      return r;
    }
    case TK::Module: {
      ModuleInfo* m = static_cast<const ModuleType*>(t)->module;
      if (m == nullptr) return any_type();
      Symbol* s = program().module_member(m, name);
      if (s == nullptr) {
        if (m->globals.count("__getattr__") != 0) return any_type();
        ClassInfo* module_type = program().typing_class("types", "ModuleType");
        const Type* r = module_type != nullptr ? instance_member(instance(module_type), name) : nullptr;
        if (r != nullptr) return r;
        if (report && at != nullptr) fail(at, "Module has no attribute \"" + name + "\"" + module_suggestion(m, name), "attr-defined");
        return report ? any_type() : nullptr;
      }
      return program().symbol_type(s);
    }
    case TK::TypeVar: return member(static_cast<const TypeVarType*>(t)->upper, name, at, report);
    case TK::Callable: case TK::Overloaded: {
      if (builtins().function == nullptr) return any_type();
      const Type* r = instance_member(instance(builtins().function), name);
      if (r == nullptr && name == "__call__") return t;
      if (r == nullptr) {
        no_attr(t, nullptr);
        return report ? any_type() : nullptr;
      }
      return r;
    }
  }
  return any_type();
}

const Type* Checker::iter_item(const Type* t, const ast::Node* at, bool is_async) {
  if (t->kind == TK::Any) return t;
  if (t->kind == TK::Tuple) {
    const Type* item = never_type();
    for (auto* i : static_cast<const TupleType*>(t)->items) item = item->kind == TK::Never ? strip_literal(i) : join(item, i);
    return item->kind == TK::Never ? any_type() : item;
  }
  const char* iter_name = is_async ? "__aiter__" : "__iter__";
  const char* next_name = is_async ? "__anext__" : "__next__";
  // Iterating a class iterates through its metaclass (an Enum class).
  if (t->kind == TK::TypeType && static_cast<const TypeType*>(t)->item->kind == TK::Instance) {
    auto* cls = static_cast<const Instance*>(static_cast<const TypeType*>(t)->item)->cls;
    program().ensure_class(cls);
    if (cls->any_base || cls->unknown_init) return any_type();
    if (cls->metaclass != nullptr && instance_member(cls->metaclass, iter_name) != nullptr) {
      if (cls->is_enum) return static_cast<const TypeType*>(t)->item;
      return iter_item(cls->metaclass, at, is_async);
    }
    if (at != nullptr) fail(at, quote_type(t) + " has no attribute \"" + iter_name + "\" (not iterable)", "attr-defined");
    return any_type();
  }
  const Type* it_method = member(t, iter_name, at, true);
  if (it_method->kind == TK::Any) return any_type();
  bool ok = true;
  const Type* iterator = call_method(t, iter_name, {}, at, &ok);
  if (!ok) return any_type();
  const Type* item = call_method(iterator, next_name, {}, at, &ok);
  if (!ok) return any_type();
  if (is_async) {
    ClassInfo* aw = program().typing_class("typing", "Awaitable");
    if (aw != nullptr && item->kind == TK::Instance) {
      const Instance* m = map_to_base(static_cast<const Instance*>(item), aw);
      return m != nullptr && !m->args.empty() ? m->args[0] : any_type();
    }
    return any_type();
  }
  return item;
}

const Type* Checker::infer_await(const ast::Await* a) {
  const Type* t = infer(a->value);
  if (t->kind != TK::Instance) return any_type();
  ClassInfo* aw = program().typing_class("typing", "Awaitable");
  if (aw == nullptr) return any_type();
  const Instance* m = map_to_base(static_cast<const Instance*>(t), aw);
  if (m == nullptr) {
    if (instance_member(static_cast<const Instance*>(t), "__await__") == nullptr) {
      fail(a, "Incompatible types in \"await\" (actual type " + quote_type(t) + ", expected type \"Awaitable[Any]\")", "misc");
    }
    return any_type();
  }
  return m->args.empty() ? any_type() : m->args[0];
}

// ---------------------------------------------------------------- subscripts

const Type* Checker::infer_subscript(const ast::Subscript* s) {
  const Type* base = infer(s->value);
  // Box[int] as a value (a class of this program): the class object with its type arguments.
  if (base->kind == TK::TypeType && static_cast<const TypeType*>(base)->item->kind == TK::Instance) {
    ClassInfo* cls = static_cast<const Instance*>(static_cast<const TypeType*>(base)->item)->cls;
    if (!cls->type_params.empty() && cls->def != nullptr && !cls->module->is_stub) {
      infer(s->slice);
      const Type* applied = annotation_type(s);
      if (applied->kind == TK::Instance) {
        auto* tt = arena().make<TypeType>();
        tt->item = applied;
        return tt;
      }
    }
  }
  const Type* t = index_type(base, s->slice, s);
  std::string key = key_of(s);
  if (!key.empty()) {
    const Type* n = narrowed(key);
    if (n != nullptr) return n;
  }
  return t;
}

const Type* Checker::index_type(const Type* base, const ast::Expr* index, const ast::Node* at) {
  if (base->kind == TK::Instance && static_cast<const Instance*>(base)->cls->typed_dict) {
    const TDItem* item = typeddict_lookup(static_cast<const Instance*>(base), index, at);
    return item != nullptr ? item->type : any_type();
  }
  if (base->kind == TK::Tuple) {
    auto* tt = static_cast<const TupleType*>(base);
    const ast::Expr* x = index;
    bool negative = false;
    if (x->kind == ast::ExprKind::UnaryOp && static_cast<const ast::UnaryOp*>(x)->op == ast::UnaryOperator::USub) {
      negative = true;
      x = static_cast<const ast::UnaryOp*>(x)->operand;
    }
    if (x->kind == ast::ExprKind::Constant && static_cast<const ast::Constant*>(x)->value_kind == ast::ConstantKind::Int &&
        static_cast<const ast::Constant*>(x)->int_fits_i64) {
      long n = static_cast<long>(static_cast<const ast::Constant*>(x)->int_i64);
      if (negative) n = static_cast<long>(tt->items.size()) - n;
      if (n < 0 || n >= static_cast<long>(tt->items.size())) {
        fail(at, "Tuple index out of range", "misc");
        return any_type();
      }
      return tt->items[static_cast<size_t>(n)];
    }
    if (index->kind == ast::ExprKind::Slice) {
      infer(index);
      // Constant bounds slice a fixed tuple into a fixed tuple, as Python
      // would; other slices give tuple[Union[items], ...] (mypy's rule).
      auto* sl = static_cast<const ast::Slice*>(index);
      auto bound = [](const ast::Expr* b, long* out) {
        if (b == nullptr) return true;
        bool neg = false;
        if (b->kind == ast::ExprKind::UnaryOp && static_cast<const ast::UnaryOp*>(b)->op == ast::UnaryOperator::USub) {
          neg = true;
          b = static_cast<const ast::UnaryOp*>(b)->operand;
        }
        if (b->kind != ast::ExprKind::Constant) return false;
        auto* c = static_cast<const ast::Constant*>(b);
        if (c->value_kind != ast::ConstantKind::Int || !c->int_fits_i64) return false;
        *out = neg ? -static_cast<long>(c->int_i64) : static_cast<long>(c->int_i64);
        return true;
      };
      long n = static_cast<long>(tt->items.size());
      long step = 1;
      if (!bound(sl->step, &step) || step == 0) return instance(builtins().tuple, {make_union(std::vector<const Type*>(tt->items.begin(), tt->items.end()))});
      long lo = step > 0 ? 0 : n - 1, hi = step > 0 ? n : -1;
      long v = 0;
      if (sl->lower != nullptr) {
        if (!bound(sl->lower, &v)) return instance(builtins().tuple, {make_union(std::vector<const Type*>(tt->items.begin(), tt->items.end()))});
        lo = v < 0 ? std::max(v + n, step > 0 ? 0L : -1L) : std::min(v, step > 0 ? n : n - 1);
      }
      if (sl->upper != nullptr) {
        if (!bound(sl->upper, &v)) return instance(builtins().tuple, {make_union(std::vector<const Type*>(tt->items.begin(), tt->items.end()))});
        hi = v < 0 ? std::max(v + n, step > 0 ? 0L : -1L) : std::min(v, step > 0 ? n : n - 1);
      }
      auto* r = arena().make<TupleType>();
      for (long k = lo; step > 0 ? k < hi : k > hi; k += step) r->items.push_back(tt->items[static_cast<size_t>(k)]);
      return r;
    }
    base = tuple_fallback(tt);
  }
  const Type* it = infer(index);
  if (base->kind == TK::Any) return base;
  if (base->kind == TK::TypeType) {
    // Color["RED"] is a member; list[int] and the like in expressions are Any.
    const Type* item = static_cast<const TypeType*>(base)->item;
    if (item->kind == TK::Instance && static_cast<const Instance*>(item)->cls->is_enum) return instance(static_cast<const Instance*>(item)->cls);
    return any_type();
  }
  if (base->kind == TK::Union) {
    std::vector<const Type*> results;
    bool all_tuples = true;
    for (auto* item : static_cast<const UnionType*>(base)->items) all_tuples = all_tuples && item->kind == TK::Tuple;
    if (all_tuples) {
      for (auto* item : static_cast<const UnionType*>(base)->items) results.push_back(index_type(item, index, at));
      return make_union(results);
    }
    for (auto* item : static_cast<const UnionType*>(base)->items) {
      if (member(item, "__getitem__", at, false) == nullptr) {
        fail(at, "Value of type " + quote_type(base) + " is not indexable", "index");
        return any_type();
      }
    }
    for (auto* item : static_cast<const UnionType*>(base)->items) {
      bool ok = true;
      results.push_back(call_method(item, "__getitem__", {it}, at, &ok));
    }
    return make_union(results);
  }
  const Type* method = member(base, "__getitem__", at, false);
  if (method == nullptr) {
    fail(at, "Value of type " + quote_type(base) + " is not indexable", "index");
    return any_type();
  }
  if (method->kind == TK::Callable) {
    auto* f = static_cast<const CallableType*>(method);
    if (!f->params.empty() && !is_subtype(it, f->params[0].type)) {
      fail(at, "Invalid index type " + quote_type(it) + " for " + quote_type(base) + "; expected type " + quote_type(f->params[0].type),
           "index");
      return f->ret;
    }
  }
  bool ok = true;
  const Type* r = call_method(base, "__getitem__", {it}, at, &ok);
  if (!ok && method->kind == TK::Overloaded) {
    std::vector<Actual> args(1);
    args[0].type = it;
    no_variant(static_cast<const Overloaded*>(method), args, at);
  }
  return r;
}

}  // namespace taipan::check
