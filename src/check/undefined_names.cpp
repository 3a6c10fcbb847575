// undefined_names.cpp — mypy's pass over a checked module for names read
// before any assignment reached them: `Name "x" is used before definition
// [used-before-def]` (on by default) and `Name "x" may be undefined
// [possibly-undefined]` (only with `--enable-error-code possibly-undefined`).
// It follows mypy's model: per scope a stack of branching statements, each
// branch knowing the names it must and may have defined; `return`, `raise`,
// `break`, `continue` and calls returning NoReturn skip a branch; a read of
// a name no branch defined yet is remembered and reported when a definition
// of the same scope follows. Names are strings: which scope a name really
// belongs to does not matter here, as in mypy.
#include <algorithm>

#include "check/checker.h"

namespace taipan::check {

namespace {

using Names = std::set<std::string>;

struct BranchState {
  Names must, may;
  bool skipped = false;
};

// An `if`, loop, `try` or `match`: one state per branch taken so far.
struct BranchStatement {
  BranchState initial;
  std::vector<BranchState> branches;

  explicit BranchStatement(const BranchState& init) : initial{init.must, init.may, false} {
    branches.push_back(initial);
  }
  BranchState& cur() { return branches.back(); }
  void next_branch() { branches.push_back(BranchState{initial.must, initial.may, false}); }
  void define(const std::string& n) {
    cur().must.insert(n);
    cur().may.erase(n);
  }
  void record_nested(const BranchState& s) {
    if (s.skipped) {
      cur().skipped = true;
      return;
    }
    cur().must.insert(s.must.begin(), s.must.end());
    cur().may.insert(s.may.begin(), s.may.end());
    for (const std::string& n : cur().must) cur().may.erase(n);
  }
  bool undefined(const std::string& n) { return cur().may.count(n) == 0 && cur().must.count(n) == 0; }
  bool defined_in_a_branch(const std::string& n) const {
    return std::any_of(branches.begin(), branches.end(),
                       [&](const BranchState& b) { return b.must.count(n) != 0 || b.may.count(n) != 0; });
  }
  // The state after the statement: defined in every branch not skipped is
  // a must, defined in some branch (skipped ones too) a may.
  BranchState done() const {
    Names all;
    for (const BranchState& b : branches) {
      all.insert(b.must.begin(), b.must.end());
      all.insert(b.may.begin(), b.may.end());
    }
    BranchState r;
    bool first = true;
    for (const BranchState& b : branches) {
      if (b.skipped) continue;
      if (first) {
        r.must = b.must;
        first = false;
      } else {
        Names both;
        std::set_intersection(r.must.begin(), r.must.end(), b.must.begin(), b.must.end(),
                              std::inserter(both, both.end()));
        r.must = std::move(both);
      }
    }
    r.skipped = first;
    for (const std::string& n : all)
      if (r.must.count(n) == 0) r.may.insert(n);
    return r;
  }
};

struct Scope {
  bool is_class = false;
  std::vector<BranchStatement> stmts;
  // Reads of names not defined yet, waiting for a definition.
  std::map<std::string, std::vector<const ast::Node*>> undefined_refs;
};

struct Tracker {
  std::vector<Scope> scopes;
  bool disable_branch_skip = false;

  Scope& scope() { return scopes.back(); }
  BranchStatement& stmt() { return scope().stmts.back(); }
  void enter_scope(bool is_class) {
    BranchState init = stmt().cur();
    scopes.emplace_back();
    scope().is_class = is_class;
    scope().stmts.emplace_back(init);
  }
  void exit_scope() { scopes.pop_back(); }
  void start_branch_statement() {
    BranchState init = stmt().cur();
    scope().stmts.emplace_back(init);
  }
  void next_branch() { stmt().next_branch(); }
  void end_branch_statement() {
    BranchState r = stmt().done();
    scope().stmts.pop_back();
    stmt().record_nested(r);
  }
  void skip_branch() {
    if (scope().stmts.size() > 1 && !disable_branch_skip) stmt().cur().skipped = true;
  }
  bool possibly_undefined(const std::string& n) { return stmt().cur().may.count(n) != 0; }
  bool defined_in_different_branch(const std::string& n) {
    if (!stmt().undefined(n)) return false;
    return std::any_of(scope().stmts.begin(), scope().stmts.end(),
                       [&](const BranchStatement& s) { return s.defined_in_a_branch(n); });
  }
};

bool is_int_literal(const ast::Expr* e, bool nonzero) {
  if (e->kind != ast::ExprKind::Constant) return false;
  auto* c = static_cast<const ast::Constant*>(e);
  if (c->value_kind == ast::ConstantKind::True) return nonzero;
  if (c->value_kind == ast::ConstantKind::False) return !nonzero;
  if (c->value_kind != ast::ConstantKind::Int) return false;
  bool zero = c->int_digits.find_first_not_of('0') == std::string::npos;
  return zero != nonzero;
}

// A function without any annotation (mypy's is_dynamic).
bool is_dynamic(const ast::Arguments* a, const ast::Expr* returns) {
  if (returns != nullptr) return false;
  for (const auto* list : {&a->posonlyargs, &a->args, &a->kwonlyargs})
    for (const ast::Arg* arg : *list)
      if (arg->annotation != nullptr) return false;
  for (const ast::Arg* arg : {a->vararg, a->kwarg})
    if (arg != nullptr && arg->annotation != nullptr) return false;
  return true;
}

class Visitor {
 public:
  Visitor(ModuleInfo* m, const std::set<const ast::Expr*>& noreturn, Reporter* rep)
      : mod_(m), noreturn_(noreturn), rep_(rep) {
    tracker_.scopes.emplace_back();
    tracker_.scope().stmts.emplace_back(BranchState{});
    for (const char* n : {"__name__", "__doc__", "__path__", "__file__", "__package__", "__annotations__"})
      tracker_.stmt().define(n);
    builtins_ = &program().builtins_module()->globals;
  }

  void block(const std::vector<ast::Stmt*>& body) {
    for (const ast::Stmt* s : body) stmt(s);
  }

 private:
  void report(const std::string& name, const ast::Node* at, bool possibly) {
    const std::string code = possibly ? "possibly-undefined" : "used-before-def";
    if (!mod_->flags.code_enabled(code)) return;
    std::string msg = "Name \"" + name + (possibly ? "\" may be undefined" : "\" is used before definition");
    rep_->error(mod_->path, at->lineno, at->col_offset, msg, code);
  }

  void define(const std::string& name) {
    if (!tracker_.scope().is_class) {
      auto it = tracker_.scope().undefined_refs.find(name);
      if (it != tracker_.scope().undefined_refs.end()) {
        std::vector<const ast::Node*> refs = std::move(it->second);
        tracker_.scope().undefined_refs.erase(it);
        for (const ast::Node* r : refs) report(name, r, loops_ > 0);
      }
    }
    tracker_.stmt().define(name);
  }

  void use(const std::string& name, const ast::Node* at) {
    if (builtins_->count(name) != 0) return;
    if (tracker_.possibly_undefined(name)) {
      report(name, at, true);
      tracker_.stmt().define(name);  // once per name
    } else if (tracker_.defined_in_different_branch(name)) {
      report(name, at, loops_ > 0 || try_depth_ > 0);
    } else if (tracker_.stmt().undefined(name)) {
      auto& refs = tracker_.scope().undefined_refs[name];
      if (std::find(refs.begin(), refs.end(), at) == refs.end()) refs.push_back(at);
    }
  }

  void lvalue(const ast::Expr* e) {
    switch (e->kind) {
      case ast::ExprKind::Name: define(static_cast<const ast::Name*>(e)->id); break;
      case ast::ExprKind::Starred: lvalue(static_cast<const ast::Starred*>(e)->value); break;
      case ast::ExprKind::Tuple:
        for (auto* x : static_cast<const ast::Tuple*>(e)->elts) lvalue(x);
        break;
      case ast::ExprKind::List:
        for (auto* x : static_cast<const ast::List*>(e)->elts) lvalue(x);
        break;
      default: break;
    }
  }

  void function(const ast::Arguments* args, const ast::Expr* returns, const std::vector<ast::Stmt*>* body,
                const ast::Expr* lambda_body) {
    tracker_.enter_scope(false);
    // Unannotated functions are not looked into (lambdas are: the checker
    // gives them a type).
    if (lambda_body != nullptr || !is_dynamic(args, returns) || mod_->flags.check_untyped_defs) {
      for (const auto* list : {&args->posonlyargs, &args->args, &args->kwonlyargs})
        for (const ast::Arg* a : *list) tracker_.stmt().define(a->arg);
      for (const ast::Arg* a : {args->vararg, args->kwarg})
        if (a != nullptr) tracker_.stmt().define(a->arg);
      for (auto* d : args->defaults) expr(d);
      for (auto* d : args->kw_defaults)
        if (d != nullptr) expr(d);
      if (body != nullptr) block(*body);
      if (lambda_body != nullptr) expr(lambda_body);
    }
    tracker_.exit_scope();
  }

  void loop(const std::vector<ast::Stmt*>& body, const std::vector<ast::Stmt*>& orelse, bool runs_once) {
    tracker_.start_branch_statement();
    ++loops_;
    bool saved_break = has_break_;
    has_break_ = false;
    block(body);
    bool broke = has_break_;
    if (!runs_once) tracker_.next_branch();
    tracker_.end_branch_statement();
    if (!orelse.empty()) {
      // With a `break` in the loop, its `else` runs only sometimes.
      if (broke) {
        tracker_.start_branch_statement();
        tracker_.next_branch();
      }
      block(orelse);
      if (broke) tracker_.end_branch_statement();
    }
    has_break_ = saved_break;
    --loops_;
  }

  void try_stmt(const std::vector<ast::Stmt*>& body, const std::vector<ast::ExceptHandler*>& handlers,
                const std::vector<ast::Stmt*>& orelse, const std::vector<ast::Stmt*>& finalbody) {
    ++try_depth_;
    if (!finalbody.empty()) {
      // The `finally` block sees every path through the handlers, jumps
      // included; what follows the statement does not: two passes.
      Tracker saved = tracker_;
      tracker_.disable_branch_skip = true;
      try_branches(body, handlers, orelse, finalbody);
      tracker_ = std::move(saved);
    }
    try_branches(body, handlers, orelse, finalbody);
    --try_depth_;
  }

  void try_branches(const std::vector<ast::Stmt*>& body, const std::vector<ast::ExceptHandler*>& handlers,
                    const std::vector<ast::Stmt*>& orelse, const std::vector<ast::Stmt*>& finalbody) {
    tracker_.start_branch_statement();
    block(body);
    block(orelse);
    for (const ast::ExceptHandler* h : handlers) {
      tracker_.next_branch();
      if (h->type != nullptr) expr(h->type);
      if (!h->name.empty()) define(h->name);
      block(h->body);
      if (!h->name.empty()) {
        tracker_.stmt().cur().must.erase(h->name);
        tracker_.stmt().cur().may.erase(h->name);
      }
    }
    tracker_.end_branch_statement();
    block(finalbody);
  }

  void if_stmt(const ast::If* s) {
    expr(s->test);
    int known = static_condition(s->test);
    tracker_.start_branch_statement();
    if (known != 0) {
      block(s->body);
      tracker_.next_branch();
    }
    // A condition always true makes an `else` (present or not) unreachable.
    if (known == 1) {
      tracker_.skip_branch();
    } else {
      block(s->orelse);
    }
    tracker_.end_branch_statement();
  }

  static bool catch_all(const ast::Pattern* p) {
    if (p->kind == ast::PatternKind::MatchAs) return static_cast<const ast::MatchAs*>(p)->pattern == nullptr;
    if (p->kind == ast::PatternKind::MatchOr) {
      auto& ps = static_cast<const ast::MatchOr*>(p)->patterns;
      return std::any_of(ps.begin(), ps.end(), catch_all);
    }
    return false;
  }

  void match_stmt(const ast::Match* m) {
    expr(m->subject);
    tracker_.start_branch_statement();
    bool unreachable = false;  // after a catch-all case without a guard
    for (const ast::MatchCase* c : m->cases) {
      pattern(c->pattern);
      if (c->guard != nullptr) expr(c->guard);
      if (!unreachable) {
        block(c->body);
      } else {
        tracker_.skip_branch();
      }
      bool all = catch_all(c->pattern);
      if (all && c->guard == nullptr) unreachable = true;
      if (!all) tracker_.next_branch();
    }
    tracker_.end_branch_statement();
  }

  void pattern(const ast::Pattern* p) {
    switch (p->kind) {
      case ast::PatternKind::MatchValue: expr(static_cast<const ast::MatchValue*>(p)->value); break;
      case ast::PatternKind::MatchSequence:
        for (auto* x : static_cast<const ast::MatchSequence*>(p)->patterns) pattern(x);
        break;
      case ast::PatternKind::MatchMapping: {
        auto* mm = static_cast<const ast::MatchMapping*>(p);
        for (auto* k : mm->keys) expr(k);
        for (auto* x : mm->patterns) pattern(x);
        // mypy reads the `**rest` name rather than binding it.
        if (!mm->rest.empty()) use(mm->rest, p);
        break;
      }
      case ast::PatternKind::MatchClass: {
        auto* mc = static_cast<const ast::MatchClass*>(p);
        expr(mc->cls);
        for (auto* x : mc->patterns) pattern(x);
        for (auto* x : mc->kwd_patterns) pattern(x);
        break;
      }
      case ast::PatternKind::MatchStar: {
        auto* ms = static_cast<const ast::MatchStar*>(p);
        if (!ms->name.empty()) define(ms->name);
        break;
      }
      case ast::PatternKind::MatchAs: {
        auto* ma = static_cast<const ast::MatchAs*>(p);
        if (!ma->name.empty()) define(ma->name);
        if (ma->pattern != nullptr) pattern(ma->pattern);
        break;
      }
      case ast::PatternKind::MatchOr:
        for (auto* x : static_cast<const ast::MatchOr*>(p)->patterns) pattern(x);
        break;
      default: break;
    }
  }

  void with_items(const std::vector<ast::WithItem*>& items, const std::vector<ast::Stmt*>& body) {
    for (const ast::WithItem* w : items) {
      expr(w->context_expr);
      if (w->optional_vars != nullptr) lvalue(w->optional_vars);
    }
    block(body);
  }

  void stmt(const ast::Stmt* s) {
    switch (s->kind) {
      case ast::StmtKind::FunctionDef: case ast::StmtKind::AsyncFunctionDef: {
        FuncDef f = func_def(s);
        define(f.name);
        function(f.args, f.returns, f.body, nullptr);
        for (auto* d : *f.decorators) expr(d);
        break;
      }
      case ast::StmtKind::ClassDef: {
        auto* c = static_cast<const ast::ClassDef*>(s);
        define(c->name);
        tracker_.enter_scope(true);
        for (auto* d : c->decorator_list) expr(d);
        for (auto* b : c->bases) expr(b);
        for (auto* k : c->keywords) expr(k->value);
        block(c->body);
        tracker_.exit_scope();
        break;
      }
      case ast::StmtKind::Return: {
        auto* r = static_cast<const ast::Return*>(s);
        if (r->value != nullptr) expr(r->value);
        tracker_.skip_branch();
        break;
      }
      case ast::StmtKind::Delete:
        for (auto* t : static_cast<const ast::Delete*>(s)->targets) expr(t);
        break;
      case ast::StmtKind::Assign: {
        auto* a = static_cast<const ast::Assign*>(s);
        for (auto* t : a->targets) lvalue(t);
        expr(a->value);
        for (auto* t : a->targets) expr(t);
        break;
      }
      case ast::StmtKind::AnnAssign: {
        auto* a = static_cast<const ast::AnnAssign*>(s);
        lvalue(a->target);
        if (a->value != nullptr) expr(a->value);
        expr(a->target);
        break;
      }
      case ast::StmtKind::AugAssign: {
        auto* a = static_cast<const ast::AugAssign*>(s);
        expr(a->value);
        expr(a->target);
        break;
      }
      case ast::StmtKind::For: case ast::StmtKind::AsyncFor: {
        const ast::Expr *target, *iter;
        const std::vector<ast::Stmt*>*body, *orelse;
        if (s->kind == ast::StmtKind::For) {
          auto* f = static_cast<const ast::For*>(s);
          target = f->target, iter = f->iter, body = &f->body, orelse = &f->orelse;
        } else {
          auto* f = static_cast<const ast::AsyncFor*>(s);
          target = f->target, iter = f->iter, body = &f->body, orelse = &f->orelse;
        }
        expr(iter);
        lvalue(target);
        expr(target);
        loop(*body, *orelse, false);
        break;
      }
      case ast::StmtKind::While: {
        auto* w = static_cast<const ast::While*>(s);
        expr(w->test);
        loop(w->body, w->orelse, is_int_literal(w->test, true));
        break;
      }
      case ast::StmtKind::If: if_stmt(static_cast<const ast::If*>(s)); break;
      case ast::StmtKind::With: {
        auto* w = static_cast<const ast::With*>(s);
        with_items(w->items, w->body);
        break;
      }
      case ast::StmtKind::AsyncWith: {
        auto* w = static_cast<const ast::AsyncWith*>(s);
        with_items(w->items, w->body);
        break;
      }
      case ast::StmtKind::Match: match_stmt(static_cast<const ast::Match*>(s)); break;
      case ast::StmtKind::Raise: {
        auto* r = static_cast<const ast::Raise*>(s);
        if (r->exc != nullptr) expr(r->exc);
        if (r->cause != nullptr) expr(r->cause);
        tracker_.skip_branch();
        break;
      }
      case ast::StmtKind::Try: {
        auto* t = static_cast<const ast::Try*>(s);
        try_stmt(t->body, t->handlers, t->orelse, t->finalbody);
        break;
      }
      case ast::StmtKind::TryStar: {
        auto* t = static_cast<const ast::TryStar*>(s);
        try_stmt(t->body, t->handlers, t->orelse, t->finalbody);
        break;
      }
      case ast::StmtKind::Assert: {
        auto* a = static_cast<const ast::Assert*>(s);
        expr(a->test);
        if (a->msg != nullptr) expr(a->msg);
        if (is_int_literal(a->test, false)) tracker_.skip_branch();
        break;
      }
      case ast::StmtKind::Import:
        for (const ast::Alias* a : static_cast<const ast::Import*>(s)->names)
          tracker_.stmt().define(!a->asname.empty() ? a->asname : a->name.substr(0, a->name.find('.')));
        break;
      case ast::StmtKind::ImportFrom:
        for (const ast::Alias* a : static_cast<const ast::ImportFrom*>(s)->names)
          if (a->name != "*") tracker_.stmt().define(!a->asname.empty() ? a->asname : a->name);
        break;
      case ast::StmtKind::Global:
        for (const std::string& n : static_cast<const ast::Global*>(s)->names) define(n);
        break;
      case ast::StmtKind::Nonlocal:
        for (const std::string& n : static_cast<const ast::Nonlocal*>(s)->names) define(n);
        break;
      case ast::StmtKind::Expr: {
        auto* value = static_cast<const ast::ExprStmt*>(s)->value;
        if (noreturn_.count(value) != 0) tracker_.skip_branch();
        expr(value);
        break;
      }
      case ast::StmtKind::Break:
        has_break_ = true;
        tracker_.skip_branch();
        break;
      case ast::StmtKind::Continue: tracker_.skip_branch(); break;
      default: break;
    }
  }

  void comprehension(const std::vector<ast::Comprehension*>& gens, std::initializer_list<const ast::Expr*> results) {
    tracker_.enter_scope(false);
    for (const ast::Comprehension* g : gens) lvalue(g->target);
    for (const ast::Comprehension* g : gens) {
      expr(g->iter);
      expr(g->target);
      for (auto* c : g->ifs) expr(c);
    }
    for (const ast::Expr* r : results) expr(r);
    tracker_.exit_scope();
  }

  void exprs(const std::vector<ast::Expr*>& es) {
    for (const ast::Expr* e : es) expr(e);
  }

  void expr(const ast::Expr* e) {
    switch (e->kind) {
      case ast::ExprKind::Name: use(static_cast<const ast::Name*>(e)->id, e); break;
      case ast::ExprKind::BoolOp: exprs(static_cast<const ast::BoolOp*>(e)->values); break;
      case ast::ExprKind::NamedExpr: {
        auto* n = static_cast<const ast::NamedExpr*>(e);
        expr(n->value);
        lvalue(n->target);
        break;
      }
      case ast::ExprKind::BinOp: {
        auto* b = static_cast<const ast::BinOp*>(e);
        expr(b->left);
        expr(b->right);
        break;
      }
      case ast::ExprKind::UnaryOp: expr(static_cast<const ast::UnaryOp*>(e)->operand); break;
      case ast::ExprKind::Lambda: {
        auto* l = static_cast<const ast::Lambda*>(e);
        function(l->args, nullptr, nullptr, l->body);
        break;
      }
      case ast::ExprKind::IfExp: {
        auto* i = static_cast<const ast::IfExp*>(e);
        expr(i->test);
        expr(i->body);
        expr(i->orelse);
        break;
      }
      case ast::ExprKind::Dict: {
        auto* d = static_cast<const ast::Dict*>(e);
        for (size_t i = 0; i < d->values.size(); ++i) {
          if (d->keys[i] != nullptr) expr(d->keys[i]);
          expr(d->values[i]);
        }
        break;
      }
      case ast::ExprKind::Set: exprs(static_cast<const ast::Set*>(e)->elts); break;
      case ast::ExprKind::ListComp: {
        auto* c = static_cast<const ast::ListComp*>(e);
        comprehension(c->generators, {c->elt});
        break;
      }
      case ast::ExprKind::SetComp: {
        auto* c = static_cast<const ast::SetComp*>(e);
        comprehension(c->generators, {c->elt});
        break;
      }
      case ast::ExprKind::GeneratorExp: {
        auto* c = static_cast<const ast::GeneratorExp*>(e);
        comprehension(c->generators, {c->elt});
        break;
      }
      case ast::ExprKind::DictComp: {
        auto* c = static_cast<const ast::DictComp*>(e);
        comprehension(c->generators, {c->key, c->value});
        break;
      }
      case ast::ExprKind::Await: expr(static_cast<const ast::Await*>(e)->value); break;
      case ast::ExprKind::Yield: {
        auto* y = static_cast<const ast::Yield*>(e);
        if (y->value != nullptr) expr(y->value);
        break;
      }
      case ast::ExprKind::YieldFrom: expr(static_cast<const ast::YieldFrom*>(e)->value); break;
      case ast::ExprKind::Compare: {
        auto* c = static_cast<const ast::Compare*>(e);
        expr(c->left);
        exprs(c->comparators);
        break;
      }
      case ast::ExprKind::Call: {
        auto* c = static_cast<const ast::Call*>(e);
        bool reveal = c->func->kind == ast::ExprKind::Name && (static_cast<const ast::Name*>(c->func)->id == "reveal_type" ||
                                                               static_cast<const ast::Name*>(c->func)->id == "reveal_locals");
        if (!reveal) expr(c->func);
        exprs(c->args);
        for (const ast::Keyword* k : c->keywords) expr(k->value);
        break;
      }
      case ast::ExprKind::FormattedValue: {
        auto* f = static_cast<const ast::FormattedValue*>(e);
        expr(f->value);
        if (f->format_spec != nullptr) expr(f->format_spec);
        break;
      }
      case ast::ExprKind::JoinedStr: exprs(static_cast<const ast::JoinedStr*>(e)->values); break;
      case ast::ExprKind::Attribute: expr(static_cast<const ast::Attribute*>(e)->value); break;
      case ast::ExprKind::Subscript: {
        auto* s = static_cast<const ast::Subscript*>(e);
        expr(s->value);
        expr(s->slice);
        break;
      }
      case ast::ExprKind::Starred: expr(static_cast<const ast::Starred*>(e)->value); break;
      case ast::ExprKind::List: exprs(static_cast<const ast::List*>(e)->elts); break;
      case ast::ExprKind::Tuple: exprs(static_cast<const ast::Tuple*>(e)->elts); break;
      case ast::ExprKind::Slice: {
        auto* s = static_cast<const ast::Slice*>(e);
        for (const ast::Expr* x : {s->lower, s->upper, s->step})
          if (x != nullptr) expr(x);
        break;
      }
      default: break;
    }
  }

  ModuleInfo* mod_;
  const std::set<const ast::Expr*>& noreturn_;
  Reporter* rep_;
  SymbolTable* builtins_ = nullptr;
  Tracker tracker_;
  int loops_ = 0;
  int try_depth_ = 0;
  bool has_break_ = false;
};

}  // namespace

void check_undefined_names(ModuleInfo* m, const std::set<const ast::Expr*>& noreturn, Reporter* rep) {
  if (!m->flags.code_enabled("used-before-def") && !m->flags.code_enabled("possibly-undefined")) return;
  Visitor v(m, noreturn, rep);
  v.block(static_cast<const ast::Module*>(m->parsed.mod)->body);
}

}  // namespace taipan::check
