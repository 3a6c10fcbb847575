// checker.cpp — the Checker's core: reporting, scopes and name lookup,
// declared types of variables, lazy inference of a variable from its first
// value (in the scope it belongs to), and checking function and class
// definitions.
#include "check/checker.h"

#include <algorithm>

namespace taipan::check {

namespace {

std::string last_part(const std::string& s) {
  auto dot = s.rfind('.');
  return dot == std::string::npos ? s : s.substr(dot + 1);
}

std::string decorator_name(const ast::Expr* d) {
  if (d->kind == ast::ExprKind::Call) d = static_cast<const ast::Call*>(d)->func;
  std::string out;
  while (d->kind == ast::ExprKind::Attribute) {
    auto* a = static_cast<const ast::Attribute*>(d);
    out = "." + a->attr + out;
    d = a->value;
  }
  if (d->kind == ast::ExprKind::Name) return static_cast<const ast::Name*>(d)->id + out;
  return out;
}


// `global` and `nonlocal` names of a function body (not of nested scopes).
void scan_declarations(const std::vector<ast::Stmt*>& body, std::set<std::string>* globals,
                       std::set<std::string>* nonlocals) {
  for (auto* s : body) {
    switch (s->kind) {
      case ast::StmtKind::Global:
        for (auto& n : static_cast<const ast::Global*>(s)->names) globals->insert(n);
        break;
      case ast::StmtKind::Nonlocal:
        for (auto& n : static_cast<const ast::Nonlocal*>(s)->names) nonlocals->insert(n);
        break;
      case ast::StmtKind::If: {
        auto* i = static_cast<const ast::If*>(s);
        scan_declarations(i->body, globals, nonlocals);
        scan_declarations(i->orelse, globals, nonlocals);
        break;
      }
      case ast::StmtKind::For: case ast::StmtKind::AsyncFor: {
        auto* f = static_cast<const ast::For*>(s);
        scan_declarations(f->body, globals, nonlocals);
        scan_declarations(f->orelse, globals, nonlocals);
        break;
      }
      case ast::StmtKind::While: {
        auto* w = static_cast<const ast::While*>(s);
        scan_declarations(w->body, globals, nonlocals);
        scan_declarations(w->orelse, globals, nonlocals);
        break;
      }
      case ast::StmtKind::With: case ast::StmtKind::AsyncWith:
        scan_declarations(static_cast<const ast::With*>(s)->body, globals, nonlocals);
        break;
      case ast::StmtKind::Try: case ast::StmtKind::TryStar: {
        auto* t = static_cast<const ast::Try*>(s);
        scan_declarations(t->body, globals, nonlocals);
        for (auto* h : t->handlers) scan_declarations(h->body, globals, nonlocals);
        scan_declarations(t->orelse, globals, nonlocals);
        scan_declarations(t->finalbody, globals, nonlocals);
        break;
      }
      default: break;
    }
  }
}

bool contains_yield_expr(const ast::Expr* e);

bool contains_yield(const std::vector<ast::Stmt*>& body);

bool yield_in_exprs(const std::vector<ast::Expr*>& es) {
  for (auto* e : es)
    if (e != nullptr && contains_yield_expr(e)) return true;
  return false;
}

bool contains_yield_expr(const ast::Expr* e) {
  if (e == nullptr) return false;
  switch (e->kind) {
    case ast::ExprKind::Yield: case ast::ExprKind::YieldFrom: return true;
    case ast::ExprKind::Lambda: case ast::ExprKind::ListComp: case ast::ExprKind::SetComp:
    case ast::ExprKind::DictComp: case ast::ExprKind::GeneratorExp:
      return false;
    case ast::ExprKind::Await: return contains_yield_expr(static_cast<const ast::Await*>(e)->value);
    case ast::ExprKind::NamedExpr: return contains_yield_expr(static_cast<const ast::NamedExpr*>(e)->value);
    case ast::ExprKind::BinOp:
      return contains_yield_expr(static_cast<const ast::BinOp*>(e)->left) ||
             contains_yield_expr(static_cast<const ast::BinOp*>(e)->right);
    case ast::ExprKind::UnaryOp: return contains_yield_expr(static_cast<const ast::UnaryOp*>(e)->operand);
    case ast::ExprKind::BoolOp: return yield_in_exprs(static_cast<const ast::BoolOp*>(e)->values);
    case ast::ExprKind::Call: {
      auto* c = static_cast<const ast::Call*>(e);
      if (contains_yield_expr(c->func) || yield_in_exprs(c->args)) return true;
      for (auto* k : c->keywords)
        if (contains_yield_expr(k->value)) return true;
      return false;
    }
    case ast::ExprKind::Tuple: return yield_in_exprs(static_cast<const ast::Tuple*>(e)->elts);
    case ast::ExprKind::List: return yield_in_exprs(static_cast<const ast::List*>(e)->elts);
    case ast::ExprKind::Attribute: return contains_yield_expr(static_cast<const ast::Attribute*>(e)->value);
    case ast::ExprKind::Subscript:
      return contains_yield_expr(static_cast<const ast::Subscript*>(e)->value) ||
             contains_yield_expr(static_cast<const ast::Subscript*>(e)->slice);
    case ast::ExprKind::IfExp: {
      auto* i = static_cast<const ast::IfExp*>(e);
      return contains_yield_expr(i->test) || contains_yield_expr(i->body) || contains_yield_expr(i->orelse);
    }
    case ast::ExprKind::Compare:
      return contains_yield_expr(static_cast<const ast::Compare*>(e)->left) ||
             yield_in_exprs(static_cast<const ast::Compare*>(e)->comparators);
    default: return false;
  }
}

bool contains_yield(const std::vector<ast::Stmt*>& body) {
  for (auto* s : body) {
    switch (s->kind) {
      case ast::StmtKind::Expr:
        if (contains_yield_expr(static_cast<const ast::ExprStmt*>(s)->value)) return true;
        break;
      case ast::StmtKind::Assign: {
        auto* a = static_cast<const ast::Assign*>(s);
        if (contains_yield_expr(a->value)) return true;
        break;
      }
      case ast::StmtKind::AnnAssign:
        if (contains_yield_expr(static_cast<const ast::AnnAssign*>(s)->value)) return true;
        break;
      case ast::StmtKind::AugAssign:
        if (contains_yield_expr(static_cast<const ast::AugAssign*>(s)->value)) return true;
        break;
      case ast::StmtKind::Return:
        if (contains_yield_expr(static_cast<const ast::Return*>(s)->value)) return true;
        break;
      case ast::StmtKind::If: {
        auto* i = static_cast<const ast::If*>(s);
        if (contains_yield_expr(i->test) || contains_yield(i->body) || contains_yield(i->orelse)) return true;
        break;
      }
      case ast::StmtKind::For: case ast::StmtKind::AsyncFor: {
        auto* f = static_cast<const ast::For*>(s);
        if (contains_yield_expr(f->iter) || contains_yield(f->body) || contains_yield(f->orelse)) return true;
        break;
      }
      case ast::StmtKind::While: {
        auto* w = static_cast<const ast::While*>(s);
        if (contains_yield_expr(w->test) || contains_yield(w->body) || contains_yield(w->orelse)) return true;
        break;
      }
      case ast::StmtKind::With: case ast::StmtKind::AsyncWith: {
        auto* w = static_cast<const ast::With*>(s);
        for (auto* item : w->items)
          if (contains_yield_expr(item->context_expr)) return true;
        if (contains_yield(w->body)) return true;
        break;
      }
      case ast::StmtKind::Try: case ast::StmtKind::TryStar: {
        auto* t = static_cast<const ast::Try*>(s);
        if (contains_yield(t->body) || contains_yield(t->orelse) || contains_yield(t->finalbody)) return true;
        for (auto* h : t->handlers)
          if (contains_yield(h->body)) return true;
        break;
      }
      case ast::StmtKind::Match:
        for (auto* c : static_cast<const ast::Match*>(s)->cases)
          if (contains_yield(c->body)) return true;
        break;
      default: break;
    }
  }
  return false;
}

// Whether a body returns a value other than None (mypy's has_return_statement).
bool returns_value(const std::vector<ast::Stmt*>& body) {
  for (auto* s : body) {
    switch (s->kind) {
      case ast::StmtKind::Return: {
        auto* v = static_cast<const ast::Return*>(s)->value;
        if (v != nullptr && !(v->kind == ast::ExprKind::Constant &&
                              static_cast<const ast::Constant*>(v)->value_kind == ast::ConstantKind::None)) {
          return true;
        }
        break;
      }
      case ast::StmtKind::If: {
        auto* i = static_cast<const ast::If*>(s);
        if (returns_value(i->body) || returns_value(i->orelse)) return true;
        break;
      }
      case ast::StmtKind::For: case ast::StmtKind::AsyncFor: {
        auto* f = static_cast<const ast::For*>(s);
        if (returns_value(f->body) || returns_value(f->orelse)) return true;
        break;
      }
      case ast::StmtKind::While: {
        auto* w = static_cast<const ast::While*>(s);
        if (returns_value(w->body) || returns_value(w->orelse)) return true;
        break;
      }
      case ast::StmtKind::With: case ast::StmtKind::AsyncWith:
        if (returns_value(static_cast<const ast::With*>(s)->body)) return true;
        break;
      case ast::StmtKind::Try: case ast::StmtKind::TryStar: {
        auto* t = static_cast<const ast::Try*>(s);
        if (returns_value(t->body) || returns_value(t->orelse) || returns_value(t->finalbody)) return true;
        for (auto* h : t->handlers)
          if (returns_value(h->body)) return true;
        break;
      }
      case ast::StmtKind::Match:
        for (auto* c : static_cast<const ast::Match*>(s)->cases)
          if (returns_value(c->body)) return true;
        break;
      default: break;
    }
  }
  return false;
}

std::map<ModuleInfo*, std::unique_ptr<Checker>>& checkers() {
  static std::map<ModuleInfo*, std::unique_ptr<Checker>> c;
  return c;
}

}  // namespace

Checker::Checker(ModuleInfo* m, Reporter* reporter) : mod_(m), rep_(reporter) {
  auto scope = std::make_unique<Scope>();
  scope->kind = ScopeKind::Module;
  scope->table = &m->globals;
  scopes_.push_back(scope.get());
  scope_store_.push_back(std::move(scope));
  frames_.emplace_back();
}

Checker* Checker::for_module(ModuleInfo* m, Reporter* reporter) {
  auto& all = checkers();
  auto it = all.find(m);
  if (it != all.end()) return it->second.get();
  auto c = std::make_unique<Checker>(m, reporter);
  Checker* raw = c.get();
  all[m] = std::move(c);
  return raw;
}

// ---------------------------------------------------------------- errors

bool Checker::reporting() const { return silent_ == 0; }

void Checker::fail(const ast::Node* at, const std::string& msg, const std::string& code) {
  if (at == nullptr) return;
  fail_at(at->lineno, at->col_offset, msg, code);
}

void Checker::fail_at(int line, int col, const std::string& msg, const std::string& code) {
  ++errors_seen_;
  if (silent_ > 0) return;
  if (untyped_ && code != "import") return;
  if (mod_->flags.disabled_codes.count(code) != 0) return;
  rep_->error(mod_->path, line, col, msg, code);
}

void Checker::note(const ast::Node* at, const std::string& msg) {
  if (silent_ > 0 || untyped_ || at == nullptr) return;
  rep_->note(mod_->path, at->lineno, at->col_offset, msg);
}

// ---------------------------------------------------------------- names

Symbol* Checker::lookup(const std::string& name, bool* found_local) {
  static Symbol unknown;
  unknown.kind = SymKind::Var;
  unknown.state = 2;
  unknown.type = any_type();
  for (size_t i = scopes_.size(); i-- > 0;) {
    Scope* s = scopes_[i];
    if (s->kind == ScopeKind::Class && i + 1 != scopes_.size()) continue;
    if (s->globals.count(name) != 0) break;
    auto it = s->table->find(name);
    if (it == s->table->end()) continue;
    if (found_local != nullptr) *found_local = i + 1 == scopes_.size();
    Symbol* r = program().resolve(it->second);
    // A name imported from a module that cannot be found: already reported.
    return r != nullptr ? r : &unknown;
  }
  auto it = mod_->globals.find(name);
  if (it != mod_->globals.end()) {
    Symbol* r = program().resolve(it->second);
    return r != nullptr ? r : &unknown;
  }
  return program().lookup_global(mod_, name);
}

Program::LocalLookup Checker::type_lookup() {
  return [this](const std::string& name) -> Symbol* {
    for (size_t i = scopes_.size(); i-- > 1;) {
      Scope* s = scopes_[i];
      if (s->kind == ScopeKind::Class) continue;
      auto it = s->table->find(name);
      if (it != s->table->end()) return it->second;
    }
    return nullptr;
  };
}

const Type* Checker::annotation_type(const ast::Expr* e) {
  ClassInfo* owner = nullptr;
  for (auto* s : scopes_)
    if (s->kind == ScopeKind::Class) owner = s->cls;
  auto lookup_fn = type_lookup();
  return program().analyze_type(e, mod_, owner, &lookup_fn);
}

const Type* Checker::declared_type(Symbol* s) {
  if (s->kind != SymKind::Var) return program().symbol_type(s);
  if (s->state == 2) return s->type;
  if (s->annotation != nullptr && s->owner == nullptr && s->module == mod_ &&
      !(s->annotation->kind != ast::ExprKind::Subscript && annotation_special(s->annotation, mod_, nullptr) == "Final")) {
    s->state = 1;
    s->type = annotation_type(s->annotation);
    s->state = 2;
    return s->type;
  }
  return program().symbol_type(s);
}

const Type* Checker::infer_symbol(Symbol* s) {
  if (s->value == nullptr) return any_type();
  if (s->module != mod_) {
    if (s->module->is_stub || !s->module->parsed.ok()) {
      if (s->value->kind == ast::ExprKind::Constant) return forget_literals(infer_constant(static_cast<const ast::Constant*>(s->value)));
      if (s->value->kind == ast::ExprKind::Name) {
        Symbol* target = program().lookup_global(s->module, static_cast<const ast::Name*>(s->value)->id);
        if (target != nullptr && target != s) return program().symbol_type(target);
      }
      return any_type();
    }
    return for_module(s->module, rep_)->infer_symbol(s);
  }
  // Evaluate the value where it was written, silently.
  std::vector<Scope*> saved_scopes = scopes_;
  std::vector<Frame> saved_frames = std::move(frames_);
  bool saved_untyped = untyped_;
  scopes_.resize(1);
  frames_.clear();
  frames_.emplace_back();
  untyped_ = false;
  std::unique_ptr<Scope> class_scope, fn_scope;
  if (s->owner != nullptr && s->owner->module == mod_) {
    class_scope = std::make_unique<Scope>();
    class_scope->kind = ScopeKind::Class;
    class_scope->table = &s->owner->members;
    class_scope->cls = s->owner;
    scopes_.push_back(class_scope.get());
  }
  bool local = saved_scopes.size() > 1 && s->owner == nullptr && mod_->globals.count(s->name) != 0 &&
               mod_->globals[s->name] == s;
  if (!local && s->owner == nullptr) {
    // A function's own variable: evaluate in the current function.
    scopes_ = saved_scopes;
  }
  if (s->method != nullptr && s->owner != nullptr) {
    FuncDef f = func_def(s->method);
    const CallableType* ft = program().function_type(f, mod_, s->owner);
    fn_scope = std::make_unique<Scope>();
    fn_scope->kind = ScopeKind::Function;
    fn_scope->owned = std::make_unique<SymbolTable>();
    fn_scope->table = fn_scope->owned.get();
    for (auto& p : ft->params) {
      Symbol* ps = program().new_symbol(SymKind::Var, p.name, mod_);
      ps->state = 2;
      ps->type = p.type;
      (*fn_scope->table)[p.name] = ps;
    }
    scopes_.push_back(fn_scope.get());
  }
  ++silent_;
  // The narrowing of the `if` tests around the assignment.
  for (auto& [test, positive] : s->guards) {
    auto maps = condition_maps(test);
    apply(positive ? maps.first : maps.second);
  }
  const Type* t = forget_literals(infer(s->value));
  --silent_;
  scopes_ = saved_scopes;
  frames_ = std::move(saved_frames);
  untyped_ = saved_untyped;
  return t;
}

// ---------------------------------------------------------------- definitions

bool Checker::body_is_trivial(const std::vector<ast::Stmt*>& body) const {
  size_t i = 0;
  if (!body.empty() && body[0]->kind == ast::StmtKind::Expr) {
    auto* v = static_cast<const ast::ExprStmt*>(body[0])->value;
    if (v->kind == ast::ExprKind::Constant && static_cast<const ast::Constant*>(v)->value_kind == ast::ConstantKind::Str) {
      i = 1;
    }
  }
  if (i == body.size()) return true;
  if (i + 1 != body.size()) return false;
  const ast::Stmt* s = body[i];
  if (s->kind == ast::StmtKind::Pass) return true;
  if (s->kind == ast::StmtKind::Expr) {
    auto* v = static_cast<const ast::ExprStmt*>(s)->value;
    return v->kind == ast::ExprKind::Constant &&
           static_cast<const ast::Constant*>(v)->value_kind == ast::ConstantKind::Ellipsis;
  }
  if (s->kind == ast::StmtKind::Raise) {
    auto* r = static_cast<const ast::Raise*>(s);
    const ast::Expr* e = r->exc;
    if (e == nullptr || r->cause != nullptr) return false;
    if (e->kind == ast::ExprKind::Call) e = static_cast<const ast::Call*>(e)->func;
    return e->kind == ast::ExprKind::Name && static_cast<const ast::Name*>(e)->id == "NotImplementedError";
  }
  return false;
}

// mypy's --disallow-untyped-defs and --disallow-incomplete-defs.
void Checker::check_missing_annotations(const FuncDef& f, const CallableType* ft, ClassInfo* owner) {
  const StrictFlags& flags = mod_->flags;
  const ast::Arguments* a = f.args;
  std::vector<const ast::Arg*> args;
  for (auto* x : a->posonlyargs) args.push_back(x);
  for (auto* x : a->args) args.push_back(x);
  if (a->vararg != nullptr) args.push_back(a->vararg);
  for (auto* x : a->kwonlyargs) args.push_back(x);
  if (a->kwarg != nullptr) args.push_back(a->kwarg);
  // The first parameter of a method is typed implicitly.
  bool is_static = false;
  for (auto* d : *f.decorators) is_static = is_static || decorator_name(d) == "staticmethod";
  size_t implicit = owner != nullptr && !is_static && !args.empty() && args[0]->annotation == nullptr &&
                            (a->vararg == nullptr || args[0] != a->vararg)
                        ? 1
                        : 0;
  bool any_arg_missing = false;
  for (size_t k = implicit; k < args.size(); ++k) any_arg_missing = any_arg_missing || args[k]->annotation == nullptr;
  bool ret_missing = f.returns == nullptr && !(f.name == "__init__" && !ft->untyped);
  if (ft->untyped) {
    if (!flags.disallow_untyped_defs) return;
    bool only_self = args.empty() || (args.size() == 1 && (args[0]->arg == "self" || args[0]->arg == "cls"));
    if (only_self) {
      fail(f.node, "Function is missing a return type annotation", "no-untyped-def");
      if (!returns_value(*f.body) && !contains_yield(*f.body)) {
        rep_->note(mod_->path, f.node->lineno, f.node->col_offset, "Use \"-> None\" if function does not return a value",
                   "no-untyped-def");
      }
    } else {
      fail(f.node, "Function is missing a type annotation", "no-untyped-def");
    }
    return;
  }
  if (!flags.disallow_untyped_defs && !flags.disallow_incomplete_defs) return;
  if (ret_missing) fail(f.node, "Function is missing a return type annotation", "no-untyped-def");
  if (any_arg_missing) fail(f.node, "Function is missing a type annotation for one or more arguments", "no-untyped-def");
}

void Checker::check_function(const ast::Stmt* s, ClassInfo* owner) {
  FuncDef f = func_def(s);
  bool is_overload = false, is_abstract = false;
  for (auto* d : *f.decorators) {
    std::string name = decorator_name(d);
    std::string last = last_part(name);
    if (last == "overload") is_overload = true;
    if (last == "abstractmethod" || last == "abstractproperty") is_abstract = true;
    // Only the names a decorator uses are checked.
    const ast::Expr* head = d->kind == ast::ExprKind::Call ? static_cast<const ast::Call*>(d)->func : d;
    while (head->kind == ast::ExprKind::Attribute) head = static_cast<const ast::Attribute*>(head)->value;
    if (head->kind == ast::ExprKind::Name) infer(head);
    if (d->kind == ast::ExprKind::Call) {
      for (auto* a : static_cast<const ast::Call*>(d)->args) infer(a);
    }
  }
  for (const ast::Arg* arg : f.args->posonlyargs) validate_annotation(arg->annotation, false);
  for (const ast::Arg* arg : f.args->args) validate_annotation(arg->annotation, false);
  for (const ast::Arg* arg : f.args->kwonlyargs) validate_annotation(arg->annotation, false);
  if (f.args->vararg != nullptr) validate_annotation(f.args->vararg->annotation, false);
  if (f.args->kwarg != nullptr) validate_annotation(f.args->kwarg->annotation, false);
  validate_annotation(f.returns, false);
  for (auto* d : f.args->defaults) infer(d);
  for (auto* d : f.args->kw_defaults)
    if (d != nullptr) infer(d);
  const CallableType* ft = program().function_type(f, mod_, owner);
  check_missing_annotations(f, ft, owner);
  auto scope = std::make_unique<Scope>();
  scope->kind = ScopeKind::Function;
  scope->owned = std::make_unique<SymbolTable>();
  scope->table = scope->owned.get();
  scope->cls = owner;
  scope->fn = ft;
  std::set<std::string> nonlocals;
  scan_declarations(*f.body, &scope->globals, &nonlocals);
  program().collect_block(*f.body, mod_, nullptr, scope->table, mod_->name + "." + f.name);
  for (auto& [name, sym] : *scope->table) sym->unbound_local = sym->kind == SymKind::Var && sym->annotation == nullptr;
  for (auto& p : ft->params) {
    if (p.name.empty()) continue;
    Symbol* ps = program().new_symbol(SymKind::Var, p.name, mod_);
    ps->state = 2;
    ps->type = p.kind == ParamKind::Star    ? instance(builtins().tuple, {p.type})
               : p.kind == ParamKind::Star2 ? instance(builtins().dict, {instance(builtins().str), p.type})
                                            : p.type;
    (*scope->table)[p.name] = ps;
  }
  for (auto& n : scope->globals) scope->table->erase(n);
  for (auto& n : nonlocals) scope->table->erase(n);
  const Type* declared = f.returns != nullptr ? ft->ret : (ft->untyped ? any_type() : ft->ret);
  if (f.is_async && declared->kind == TK::Instance && !static_cast<const Instance*>(declared)->args.empty()) {
    declared = static_cast<const Instance*>(declared)->args.back();
  }
  if (f.returns == nullptr) declared = f.name == "__init__" && !ft->untyped ? none_type() : any_type();
  scope->return_type = declared;
  scope->is_generator = contains_yield(*f.body);
  if (scope->is_generator) {
    scope->yield_type = any_type();
    scope->return_type = any_type();
    if (declared->kind == TK::Instance) {
      auto* di = static_cast<const Instance*>(declared);
      const std::string& fn = di->cls->fullname;
      if ((fn == "typing.Generator" || fn == "typing.Iterator" || fn == "typing.Iterable" ||
           fn == "typing.AsyncGenerator" || fn == "typing.AsyncIterator" || fn == "typing.AsyncIterable") &&
          !di->args.empty()) {
        scope->yield_type = di->args[0];
        scope->return_type = fn == "typing.Generator" && di->args.size() == 3 ? di->args[2] : none_type();
      }
    }
  }
  if (is_overload) return;
  std::vector<Scope*> saved_scopes = scopes_;
  std::vector<Frame> saved_frames = std::move(frames_);
  bool saved_untyped = untyped_;
  int saved_loop = loop_depth_;
  scopes_.push_back(scope.get());
  frames_.clear();
  frames_.emplace_back();
  untyped_ = ft->untyped && !mod_->flags.check_untyped_defs;
  loop_depth_ = 0;
  check_redefinitions(*f.body);
  check_block(*f.body);
  bool falls_off = !unreachable();
  close_partials(scope.get());
  bool trivial = body_is_trivial(*f.body);
  if (falls_off && !untyped_ && !scope->is_generator && f.returns != nullptr) {
    const Type* rt = scope->return_type;
    bool show = !trivial || (!is_abstract && !mod_->is_stub && !(owner != nullptr && owner->is_protocol));
    if (trivial && is_subtype(none_type(), rt)) show = false;
    if (rt->kind != TK::None && rt->kind != TK::Any && show) {
      std::string code = trivial ? "empty-body" : "return";
      if (rt->kind == TK::Never) {
        fail(s, "Implicit return in function which does not return", trivial ? "empty-body" : "misc");
      } else {
        fail(s, "Missing return statement", code);
      }
    }
  }
  scopes_ = saved_scopes;
  frames_ = std::move(saved_frames);
  untyped_ = saved_untyped;
  loop_depth_ = saved_loop;
  scope_store_.push_back(std::move(scope));
}

void Checker::check_class(const ast::ClassDef* d) {
  for (auto* b : d->bases) infer(b);
  for (auto* k : d->keywords) infer(k->value);
  for (auto* dec : d->decorator_list) infer(dec);
  ClassInfo* c = program().class_for_def(d);
  if (c == nullptr) return;
  program().ensure_class(c);
  if (c->dataclass != nullptr) {
    // mypy's dataclass plugin: a field without a default after one with a default.
    bool found_default = false;
    for (const DataField& f : dataclass_fields(c)) {
      if (found_default && f.init && !f.has_default && !f.kw_only) {
        bool own = std::any_of(c->dataclass->own.begin(), c->dataclass->own.end(),
                               [&](const DataField& g) { return g.node == f.node; });
        fail(own ? static_cast<const ast::Node*>(f.node->target) : d,
             "Attributes without a default cannot follow attributes with one", "misc");
      }
      found_default = found_default || (f.has_default && f.init);
    }
  }
  check_overrides(c);
  auto scope = std::make_unique<Scope>();
  scope->kind = ScopeKind::Class;
  scope->table = &c->members;
  scope->cls = c;
  scopes_.push_back(scope.get());
  push_frame();
  check_redefinitions(d->body);
  check_block(d->body);
  pop_frame();
  close_partials(scope.get());
  scopes_.pop_back();
  scope_store_.push_back(std::move(scope));
}

}  // namespace taipan::check
