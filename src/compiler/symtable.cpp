// The symbol table builder (one walk over the AST recording each name's uses
// and bindings per scope) and the analysis that resolves every name to local,
// cell, free or global, with Python 3.11's scoping SyntaxErrors.
#include "compiler/symtable.h"

#include <unordered_set>

#include "compiler/compile_error.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"

namespace taipan::compiler {

std::string mangle(const std::string& class_name, const std::string& name) {
  if (class_name.empty() || name.size() < 2 || name[0] != '_' || name[1] != '_') return name;
  if (name.size() >= 4 && name[name.size() - 1] == '_' && name[name.size() - 2] == '_') return name;
  if (name.find('.') != std::string::npos) return name;
  size_t strip = class_name.find_first_not_of('_');
  if (strip == std::string::npos) return name;
  return "_" + class_name.substr(strip) + name;
}

using NameSet = std::unordered_set<std::string>;

class SymtableBuilder {
 public:
  SymtableBuilder(SymbolTable* table, bool future_annotations, int max_nesting)
      : table_(table), future_annotations_(future_annotations), max_nesting_(max_nesting) {}

  void build(const ast::Mod* mod) {
    table_->top_ = std::make_unique<Scope>();
    cur_ = table_->top_.get();
    cur_->kind = ScopeKind::Module;
    cur_->name = "top";
    cur_->node = mod;
    switch (mod->kind) {
      case ast::ModKind::Module: visit_body(static_cast<const ast::Module*>(mod)->body); break;
      case ast::ModKind::Interactive:
        visit_body(static_cast<const ast::Interactive*>(mod)->body);
        break;
      case ast::ModKind::Expression: visit(static_cast<const ast::Expression*>(mod)->body); break;
      case ast::ModKind::FunctionType: break;
    }
    analyze(cur_, nullptr, NameSet{}, nullptr);
  }

 private:
  SymbolTable* table_;
  bool future_annotations_;
  int max_nesting_;
  int nesting_ = 0;
  Scope* cur_ = nullptr;
  std::string private_;  // the enclosing class name, for mangling

  // ------------------------------------------------------------ recording

  Scope* enter(ScopeKind kind, std::string name, const ast::Node* node) {
    auto scope = std::make_unique<Scope>();
    Scope* s = scope.get();
    s->kind = kind;
    s->name = std::move(name);
    s->node = node;
    s->lineno = node->lineno;
    s->parent = cur_;
    s->is_nested = cur_->is_function_like() || cur_->is_nested;
    cur_->children.push_back(std::move(scope));
    table_->by_node_[node] = s;
    cur_ = s;
    return s;
  }
  void leave() { cur_ = cur_->parent; }

  void add_to(Scope* s, const std::string& raw, uint32_t flag, const ast::Node& where) {
    std::string name = mangle(private_, raw);
    auto [it, inserted] = s->symbols.try_emplace(name);
    if (inserted) s->order.push_back(name);
    if ((flag & kDefParam) && (it->second.flags & kDefParam)) {
      syntax_error(where, "duplicate argument '" + name + "' in function definition");
    }
    it->second.flags |= flag;
    if (flag & kDefParam) s->params.push_back(name);
    if ((flag & kDefGlobal) && s != table_->top_.get()) {
      Scope* top = table_->top_.get();
      auto [git, ginserted] = top->symbols.try_emplace(name);
      if (ginserted) top->order.push_back(name);
      git->second.flags |= kDefGlobal;
    }
  }
  void add(const std::string& raw, uint32_t flag, const ast::Node& where) {
    add_to(cur_, raw, flag, where);
  }

  void visit_body(const std::vector<ast::Stmt*>& body) {
    for (const ast::Stmt* s : body) visit(s);
  }
  void visit_exprs(const std::vector<ast::Expr*>& exprs) {
    for (const ast::Expr* e : exprs) {
      if (e != nullptr) visit(e);
    }
  }
  void visit_annotation(const ast::Expr* e) {
    if (e == nullptr) return;
    if (!future_annotations_) {
      visit(e);
      return;
    }
    enter(ScopeKind::Annotation, "_annotation", e);
    visit(e);
    leave();
  }
  // CPython refuses these inside an annotation block.
  void forbid_in_annotation(const ast::Expr* e, const char* what) {
    if (cur_->kind == ScopeKind::Annotation) {
      syntax_error(*e, std::string("'") + what + "' can not be used within an annotation");
    }
  }

  void visit_params(const ast::Arguments* a) {
    for (const ast::Arg* p : a->posonlyargs) add(p->arg, kDefParam, *p);
    for (const ast::Arg* p : a->args) add(p->arg, kDefParam, *p);
    for (const ast::Arg* p : a->kwonlyargs) add(p->arg, kDefParam, *p);
    if (a->vararg != nullptr) {
      add(a->vararg->arg, kDefParam, *a->vararg);
      cur_->has_varargs = true;
    }
    if (a->kwarg != nullptr) {
      add(a->kwarg->arg, kDefParam, *a->kwarg);
      cur_->has_varkeywords = true;
    }
  }

  void visit_arg_annotations(const ast::Arguments* a, const ast::Expr* returns) {
    auto each = [&](const std::vector<ast::Arg*>& args) {
      for (const ast::Arg* p : args) visit_annotation(p->annotation);
    };
    each(a->posonlyargs);
    each(a->args);
    if (a->vararg != nullptr) visit_annotation(a->vararg->annotation);
    each(a->kwonlyargs);
    if (a->kwarg != nullptr) visit_annotation(a->kwarg->annotation);
    visit_annotation(returns);
  }

  void visit_function(const ast::Stmt* s, const std::string& name, const ast::Arguments* args,
                      const std::vector<ast::Stmt*>& body,
                      const std::vector<ast::Expr*>& decorators, const ast::Expr* returns,
                      bool is_async) {
    add(name, kDefLocal, *s);
    visit_exprs(args->defaults);
    visit_exprs(args->kw_defaults);
    visit_arg_annotations(args, returns);
    visit_exprs(decorators);
    enter(ScopeKind::Function, name, s);
    cur_->is_coroutine = is_async;
    visit_params(args);
    visit_body(body);
    leave();
  }

  void check_directive(const ast::Stmt* s, const std::string& raw, bool global) {
    std::string name = mangle(private_, raw);
    uint32_t cur = cur_->flags_of(name);
    const char* what = global ? "global" : "nonlocal";
    if (cur & (kDefParam | kDefLocal | kUse | kDefAnnot)) {
      std::string msg;
      if (cur & kDefParam) {
        msg = "name '" + name + "' is parameter and " + what;
      } else if (cur & kUse) {
        msg = "name '" + name + "' is used prior to " + what + " declaration";
      } else if (cur & kDefAnnot) {
        msg = "annotated name '" + name + "' can't be " + what;
      } else {
        msg = "name '" + name + "' is assigned to before " + what + " declaration";
      }
      syntax_error(*s, msg);
    }
    add(raw, global ? kDefGlobal : kDefNonlocal, *s);
    cur_->directives.try_emplace(name, s);
  }

  void visit_import_alias(const ast::Alias* a) {
    if (a->name == "*") {
      if (cur_->kind != ScopeKind::Module) {
        syntax_error(*a, "import * only allowed at module level");
      }
      return;
    }
    std::string store = a->asname;
    if (store.empty()) store = a->name.substr(0, a->name.find('.'));
    add(store, kDefImport, *a);
  }

  void visit_handlers(const std::vector<ast::ExceptHandler*>& handlers) {
    for (const ast::ExceptHandler* h : handlers) {
      if (h->type != nullptr) visit(h->type);
      if (!h->name.empty()) add(h->name, kDefLocal, *h);
      visit_body(h->body);
    }
  }

  // Statements nest without end only in elif chains; they count with
  // expressions, as in CPython.
  void visit(const ast::Stmt* s) {
    if (++nesting_ > max_nesting_) {
      raise(exc::RecursionError, "maximum recursion depth exceeded during compilation");
      throw PendingError{};
    }
    visit_stmt(s);
    --nesting_;
  }

  void visit_stmt(const ast::Stmt* s) {
    switch (s->kind) {
      case ast::StmtKind::FunctionDef: {
        auto* f = static_cast<const ast::FunctionDef*>(s);
        visit_function(s, f->name, f->args, f->body, f->decorator_list, f->returns, false);
        break;
      }
      case ast::StmtKind::AsyncFunctionDef: {
        auto* f = static_cast<const ast::AsyncFunctionDef*>(s);
        visit_function(s, f->name, f->args, f->body, f->decorator_list, f->returns, true);
        break;
      }
      case ast::StmtKind::ClassDef: {
        auto* c = static_cast<const ast::ClassDef*>(s);
        add(c->name, kDefLocal, *s);
        visit_exprs(c->bases);
        for (const ast::Keyword* k : c->keywords) visit(k->value);
        visit_exprs(c->decorator_list);
        enter(ScopeKind::Class, c->name, s);
        std::string saved = private_;
        private_ = c->name;
        visit_body(c->body);
        private_ = saved;
        leave();
        break;
      }
      case ast::StmtKind::Return: {
        auto* r = static_cast<const ast::Return*>(s);
        if (r->value != nullptr) visit(r->value);
        break;
      }
      case ast::StmtKind::Delete: visit_exprs(static_cast<const ast::Delete*>(s)->targets); break;
      case ast::StmtKind::Assign: {
        auto* a = static_cast<const ast::Assign*>(s);
        visit_exprs(a->targets);
        visit(a->value);
        break;
      }
      case ast::StmtKind::AugAssign: {
        auto* a = static_cast<const ast::AugAssign*>(s);
        visit(a->target);
        visit(a->value);
        break;
      }
      case ast::StmtKind::AnnAssign: {
        auto* a = static_cast<const ast::AnnAssign*>(s);
        if (cur_->kind == ScopeKind::Module || cur_->kind == ScopeKind::Class) {
          cur_->has_annotations = true;
        }
        if (a->target->kind == ast::ExprKind::Name) {
          auto* n = static_cast<const ast::Name*>(a->target);
          uint32_t cur = cur_->flags_of(mangle(private_, n->id));
          if ((cur & (kDefGlobal | kDefNonlocal)) && cur_ != table_->top_.get() && a->simple) {
            syntax_error(*s, "annotated name '" + mangle(private_, n->id) + "' can't be " +
                                 ((cur & kDefGlobal) ? "global" : "nonlocal"));
          }
          if (a->simple) {
            add(n->id, kDefAnnot | kDefLocal, *a->target);
          } else if (a->value != nullptr) {
            add(n->id, kDefLocal, *a->target);
          }
        } else {
          visit(a->target);
        }
        visit_annotation(a->annotation);
        if (a->value != nullptr) visit(a->value);
        break;
      }
      case ast::StmtKind::For:
      case ast::StmtKind::AsyncFor: {
        const ast::Expr* target;
        const ast::Expr* iter;
        const std::vector<ast::Stmt*>* body;
        const std::vector<ast::Stmt*>* orelse;
        if (s->kind == ast::StmtKind::For) {
          auto* f = static_cast<const ast::For*>(s);
          target = f->target, iter = f->iter, body = &f->body, orelse = &f->orelse;
        } else {
          auto* f = static_cast<const ast::AsyncFor*>(s);
          target = f->target, iter = f->iter, body = &f->body, orelse = &f->orelse;
        }
        visit(target);
        visit(iter);
        visit_body(*body);
        visit_body(*orelse);
        break;
      }
      case ast::StmtKind::While: {
        auto* w = static_cast<const ast::While*>(s);
        visit(w->test);
        visit_body(w->body);
        visit_body(w->orelse);
        break;
      }
      case ast::StmtKind::If: {
        auto* i = static_cast<const ast::If*>(s);
        visit(i->test);
        visit_body(i->body);
        visit_body(i->orelse);
        break;
      }
      case ast::StmtKind::With:
      case ast::StmtKind::AsyncWith: {
        const auto& items = s->kind == ast::StmtKind::With
                                ? static_cast<const ast::With*>(s)->items
                                : static_cast<const ast::AsyncWith*>(s)->items;
        const auto& body = s->kind == ast::StmtKind::With
                               ? static_cast<const ast::With*>(s)->body
                               : static_cast<const ast::AsyncWith*>(s)->body;
        for (const ast::WithItem* item : items) {
          visit(item->context_expr);
          if (item->optional_vars != nullptr) visit(item->optional_vars);
        }
        visit_body(body);
        break;
      }
      case ast::StmtKind::Match: {
        auto* m = static_cast<const ast::Match*>(s);
        visit(m->subject);
        for (const ast::MatchCase* c : m->cases) {
          visit(c->pattern);
          if (c->guard != nullptr) visit(c->guard);
          visit_body(c->body);
        }
        break;
      }
      case ast::StmtKind::Raise: {
        auto* r = static_cast<const ast::Raise*>(s);
        if (r->exc != nullptr) visit(r->exc);
        if (r->cause != nullptr) visit(r->cause);
        break;
      }
      case ast::StmtKind::Try: {
        auto* t = static_cast<const ast::Try*>(s);
        visit_body(t->body);
        visit_handlers(t->handlers);
        visit_body(t->orelse);
        visit_body(t->finalbody);
        break;
      }
      case ast::StmtKind::TryStar: {
        auto* t = static_cast<const ast::TryStar*>(s);
        visit_body(t->body);
        visit_handlers(t->handlers);
        visit_body(t->orelse);
        visit_body(t->finalbody);
        break;
      }
      case ast::StmtKind::Assert: {
        auto* a = static_cast<const ast::Assert*>(s);
        visit(a->test);
        if (a->msg != nullptr) visit(a->msg);
        break;
      }
      case ast::StmtKind::Import:
        for (const ast::Alias* a : static_cast<const ast::Import*>(s)->names) visit_import_alias(a);
        break;
      case ast::StmtKind::ImportFrom:
        for (const ast::Alias* a : static_cast<const ast::ImportFrom*>(s)->names) {
          visit_import_alias(a);
        }
        break;
      case ast::StmtKind::Global:
        for (const std::string& n : static_cast<const ast::Global*>(s)->names) {
          check_directive(s, n, true);
        }
        break;
      case ast::StmtKind::Nonlocal:
        if (cur_->kind == ScopeKind::Module) {
          syntax_error(*s, "nonlocal declaration not allowed at module level");
        }
        for (const std::string& n : static_cast<const ast::Nonlocal*>(s)->names) {
          check_directive(s, n, false);
        }
        break;
      case ast::StmtKind::Expr: visit(static_cast<const ast::ExprStmt*>(s)->value); break;
      case ast::StmtKind::Pass:
      case ast::StmtKind::Break:
      case ast::StmtKind::Continue: break;
    }
  }

  static const char* comprehension_label(ast::ExprKind k) {
    switch (k) {
      case ast::ExprKind::ListComp: return "list comprehension";
      case ast::ExprKind::SetComp: return "set comprehension";
      case ast::ExprKind::DictComp: return "dict comprehension";
      default: return "generator expression";
    }
  }
  static const char* comprehension_name(ast::ExprKind k) {
    switch (k) {
      case ast::ExprKind::ListComp: return "<listcomp>";
      case ast::ExprKind::SetComp: return "<setcomp>";
      case ast::ExprKind::DictComp: return "<dictcomp>";
      default: return "<genexpr>";
    }
  }

  void visit_comp_target(const ast::Expr* target) {
    // Iteration variables are marked so that a walrus cannot rebind them.
    if (target->kind == ast::ExprKind::Name) {
      add(static_cast<const ast::Name*>(target)->id, kDefLocal | kDefCompIter, *target);
    } else if (target->kind == ast::ExprKind::Tuple || target->kind == ast::ExprKind::List) {
      const auto& elts = target->kind == ast::ExprKind::Tuple
                             ? static_cast<const ast::Tuple*>(target)->elts
                             : static_cast<const ast::List*>(target)->elts;
      for (const ast::Expr* e : elts) visit_comp_target(e);
    } else if (target->kind == ast::ExprKind::Starred) {
      visit_comp_target(static_cast<const ast::Starred*>(target)->value);
    } else {
      visit(target);
    }
  }

  void visit_iter_expr(const ast::Expr* iter) {
    bool saved = cur_->in_comp_iter;
    cur_->in_comp_iter = true;
    visit(iter);
    cur_->in_comp_iter = saved;
  }

  void visit_comprehension(const ast::Expr* e, const std::vector<ast::Comprehension*>& gens,
                           const ast::Expr* elt, const ast::Expr* value) {
    const ast::Comprehension* outer = gens[0];
    visit_iter_expr(outer->iter);
    Scope* s = enter(ScopeKind::Comprehension, comprehension_name(e->kind), e);
    if (e->kind == ast::ExprKind::GeneratorExp) s->is_generator = true;
    for (const ast::Comprehension* g : gens) {
      if (g->is_async) s->is_coroutine = true;
    }
    add(".0", kDefParam, *e);
    for (size_t i = 0; i < gens.size(); i++) {
      const ast::Comprehension* g = gens[i];
      if (i > 0) visit_iter_expr(g->iter);
      visit_comp_target(g->target);
      visit_exprs(g->ifs);
    }
    if (value != nullptr) visit(value);
    visit(elt);
    leave();
  }

  void extend_namedexpr_scope(const ast::NamedExpr* e) {
    auto* target = static_cast<const ast::Name*>(e->target);
    std::string name = mangle(private_, target->id);
    for (Scope* s = cur_; s != nullptr; s = s->parent) {
      if (s->kind == ScopeKind::Comprehension) {
        if (s->flags_of(name) & kDefCompIter) {
          syntax_error(*e->target, "assignment expression cannot rebind comprehension iteration variable '" +
                               name + "'");
        }
        continue;
      }
      if (s->kind == ScopeKind::Function || s->kind == ScopeKind::Lambda) {
        add(target->id, (s->flags_of(name) & kDefGlobal) ? kDefGlobal : kDefNonlocal, *e);
        cur_->directives.try_emplace(name, e);
        add_to(s, target->id, kDefLocal, *e);
        return;
      }
      if (s->kind == ScopeKind::Module) {
        add(target->id, kDefGlobal, *e);
        cur_->directives.try_emplace(name, e);
        add_to(s, target->id, kDefGlobal, *e);
        return;
      }
      syntax_error(*e->target, "assignment expression within a comprehension cannot be used in a class body");
    }
  }

  void visit(const ast::Expr* e) {
    if (++nesting_ > max_nesting_) {
      raise(exc::RecursionError, "maximum recursion depth exceeded during compilation");
      throw PendingError{};
    }
    visit_expr(e);
    --nesting_;
  }

  void visit_expr(const ast::Expr* e) {
    switch (e->kind) {
      case ast::ExprKind::BoolOp: visit_exprs(static_cast<const ast::BoolOp*>(e)->values); break;
      case ast::ExprKind::NamedExpr: {
        auto* n = static_cast<const ast::NamedExpr*>(e);
        forbid_in_annotation(e, "named expression");
        if (cur_->in_comp_iter) {
          syntax_error(*e, "assignment expression cannot be used in a comprehension iterable expression");
        }
        if (cur_->kind == ScopeKind::Comprehension) extend_namedexpr_scope(n);
        visit(n->value);
        visit(n->target);
        break;
      }
      case ast::ExprKind::BinOp: {
        auto* b = static_cast<const ast::BinOp*>(e);
        visit(b->left);
        visit(b->right);
        break;
      }
      case ast::ExprKind::UnaryOp: visit(static_cast<const ast::UnaryOp*>(e)->operand); break;
      case ast::ExprKind::Lambda: {
        auto* l = static_cast<const ast::Lambda*>(e);
        visit_exprs(l->args->defaults);
        visit_exprs(l->args->kw_defaults);
        enter(ScopeKind::Lambda, "<lambda>", e);
        visit_params(l->args);
        visit(l->body);
        leave();
        break;
      }
      case ast::ExprKind::IfExp: {
        auto* i = static_cast<const ast::IfExp*>(e);
        visit(i->test);
        visit(i->body);
        visit(i->orelse);
        break;
      }
      case ast::ExprKind::Dict: {
        auto* d = static_cast<const ast::Dict*>(e);
        visit_exprs(d->keys);
        visit_exprs(d->values);
        break;
      }
      case ast::ExprKind::Set: visit_exprs(static_cast<const ast::Set*>(e)->elts); break;
      case ast::ExprKind::ListComp: {
        auto* c = static_cast<const ast::ListComp*>(e);
        visit_comprehension(e, c->generators, c->elt, nullptr);
        break;
      }
      case ast::ExprKind::SetComp: {
        auto* c = static_cast<const ast::SetComp*>(e);
        visit_comprehension(e, c->generators, c->elt, nullptr);
        break;
      }
      case ast::ExprKind::DictComp: {
        auto* c = static_cast<const ast::DictComp*>(e);
        visit_comprehension(e, c->generators, c->key, c->value);
        break;
      }
      case ast::ExprKind::GeneratorExp: {
        auto* c = static_cast<const ast::GeneratorExp*>(e);
        visit_comprehension(e, c->generators, c->elt, nullptr);
        break;
      }
      case ast::ExprKind::Await: {
        forbid_in_annotation(e, "await expression");
        visit(static_cast<const ast::Await*>(e)->value);
        if (cur_->kind == ScopeKind::Comprehension) cur_->is_coroutine = true;
        break;
      }
      case ast::ExprKind::Yield:
      case ast::ExprKind::YieldFrom: {
        forbid_in_annotation(e, "yield expression");
        const ast::Expr* v = e->kind == ast::ExprKind::Yield
                                 ? static_cast<const ast::Yield*>(e)->value
                                 : static_cast<const ast::YieldFrom*>(e)->value;
        if (v != nullptr) visit(v);
        cur_->is_generator = true;
        if (cur_->kind == ScopeKind::Comprehension) {
          auto* node = static_cast<const ast::Expr*>(cur_->node);
          syntax_error(*e, std::string("'yield' inside ") + comprehension_label(node->kind));
        }
        break;
      }
      case ast::ExprKind::Compare: {
        auto* c = static_cast<const ast::Compare*>(e);
        visit(c->left);
        visit_exprs(c->comparators);
        break;
      }
      case ast::ExprKind::Call: {
        auto* c = static_cast<const ast::Call*>(e);
        visit(c->func);
        visit_exprs(c->args);
        for (const ast::Keyword* k : c->keywords) visit(k->value);
        break;
      }
      case ast::ExprKind::FormattedValue: {
        auto* f = static_cast<const ast::FormattedValue*>(e);
        visit(f->value);
        if (f->format_spec != nullptr) visit(f->format_spec);
        break;
      }
      case ast::ExprKind::JoinedStr: visit_exprs(static_cast<const ast::JoinedStr*>(e)->values); break;
      case ast::ExprKind::Constant: break;
      case ast::ExprKind::Attribute: visit(static_cast<const ast::Attribute*>(e)->value); break;
      case ast::ExprKind::Subscript: {
        auto* s = static_cast<const ast::Subscript*>(e);
        visit(s->value);
        visit(s->slice);
        break;
      }
      case ast::ExprKind::Starred: visit(static_cast<const ast::Starred*>(e)->value); break;
      case ast::ExprKind::Name: {
        auto* n = static_cast<const ast::Name*>(e);
        add(n->id, n->ctx == ast::ExprContext::Load ? kUse : kDefLocal, *e);
        if (n->ctx == ast::ExprContext::Load && cur_->is_function_like() && n->id == "super") {
          add("__class__", kUse, *e);
        }
        break;
      }
      case ast::ExprKind::List: visit_exprs(static_cast<const ast::List*>(e)->elts); break;
      case ast::ExprKind::Tuple: visit_exprs(static_cast<const ast::Tuple*>(e)->elts); break;
      case ast::ExprKind::Slice: {
        auto* s = static_cast<const ast::Slice*>(e);
        if (s->lower != nullptr) visit(s->lower);
        if (s->upper != nullptr) visit(s->upper);
        if (s->step != nullptr) visit(s->step);
        break;
      }
    }
  }

  void visit(const ast::Pattern* p) {
    switch (p->kind) {
      case ast::PatternKind::MatchValue: visit(static_cast<const ast::MatchValue*>(p)->value); break;
      case ast::PatternKind::MatchSingleton: break;
      case ast::PatternKind::MatchSequence:
        for (const ast::Pattern* q : static_cast<const ast::MatchSequence*>(p)->patterns) visit(q);
        break;
      case ast::PatternKind::MatchMapping: {
        auto* m = static_cast<const ast::MatchMapping*>(p);
        visit_exprs(m->keys);
        for (const ast::Pattern* q : m->patterns) visit(q);
        if (!m->rest.empty()) add(m->rest, kDefLocal, *p);
        break;
      }
      case ast::PatternKind::MatchClass: {
        auto* m = static_cast<const ast::MatchClass*>(p);
        visit(m->cls);
        for (const ast::Pattern* q : m->patterns) visit(q);
        for (const ast::Pattern* q : m->kwd_patterns) visit(q);
        break;
      }
      case ast::PatternKind::MatchStar: {
        auto* m = static_cast<const ast::MatchStar*>(p);
        if (!m->name.empty()) add(m->name, kDefLocal, *p);
        break;
      }
      case ast::PatternKind::MatchAs: {
        auto* m = static_cast<const ast::MatchAs*>(p);
        if (m->pattern != nullptr) visit(m->pattern);
        if (!m->name.empty()) add(m->name, kDefLocal, *p);
        break;
      }
      case ast::PatternKind::MatchOr:
        for (const ast::Pattern* q : static_cast<const ast::MatchOr*>(p)->patterns) visit(q);
        break;
    }
  }

  // ------------------------------------------------------------ analysis

  [[noreturn]] static void directive_error(Scope* s, const std::string& name, std::string msg) {
    auto it = s->directives.find(name);
    ast::Node where;
    if (it != s->directives.end()) where = *it->second;
    syntax_error(where, std::move(msg));
  }

  // Decides the scope of one name of `s` (CPython's analyze_name).
  static void analyze_name(Scope* s, const std::string& name, Symbol& sym, NameSet* bound,
                           NameSet& local, NameSet& free, NameSet& global) {
    uint32_t flags = sym.flags;
    if (flags & kDefGlobal) {
      if (flags & kDefNonlocal) directive_error(s, name, "name '" + name + "' is nonlocal and global");
      sym.scope = NameScope::GlobalExplicit;
      global.insert(name);
      if (bound != nullptr) bound->erase(name);
      return;
    }
    if (flags & kDefNonlocal) {
      if (bound == nullptr) directive_error(s, name, "nonlocal declaration not allowed at module level");
      if (bound->count(name) == 0) directive_error(s, name, "no binding for nonlocal '" + name + "' found");
      sym.scope = NameScope::Free;
      free.insert(name);
      return;
    }
    if (flags & kDefBound) {
      sym.scope = NameScope::Local;
      local.insert(name);
      global.erase(name);
      return;
    }
    if (bound != nullptr && bound->count(name) != 0) {
      sym.scope = NameScope::Free;
      free.insert(name);
      return;
    }
    sym.scope = NameScope::GlobalImplicit;
  }

  // Resolves every name of `s` and its children. `bound`: names bound in the
  // enclosing function scopes (null at module level); `free` collects the
  // names `s` needs from its enclosing scopes.
  void analyze(Scope* s, const NameSet* bound_in, NameSet global, NameSet* free) {
    NameSet local, newbound, newglobal, newfree;
    NameSet bound_copy;
    NameSet* bound = nullptr;
    if (bound_in != nullptr) {
      bound_copy = *bound_in;
      bound = &bound_copy;
    }
    NameSet own_free;
    if (s->kind == ScopeKind::Class) {
      newglobal = global;
      if (bound != nullptr) newbound = *bound;
    }
    for (const std::string& name : s->order) {
      analyze_name(s, name, s->symbols[name], bound, local, own_free, global);
    }
    if (s->kind != ScopeKind::Class) {
      if (s->is_function_like()) newbound.insert(local.begin(), local.end());
      if (bound != nullptr) newbound.insert(bound->begin(), bound->end());
      newglobal.insert(global.begin(), global.end());
    } else {
      newbound.insert("__class__");
    }
    for (auto& child : s->children) {
      NameSet child_free;
      analyze(child.get(), &newbound, newglobal, &child_free);
      // An annotation kept as text never runs: it needs nothing from here.
      if (child->kind == ScopeKind::Annotation) continue;
      newfree.insert(child_free.begin(), child_free.end());
    }
    if (s->is_function_like()) {
      for (auto it = newfree.begin(); it != newfree.end();) {
        auto sym = s->symbols.find(*it);
        if (sym != s->symbols.end() && sym->second.scope == NameScope::Local) {
          sym->second.scope = NameScope::Cell;
          it = newfree.erase(it);
        } else {
          ++it;
        }
      }
    } else if (s->kind == ScopeKind::Class && newfree.erase("__class__") != 0) {
      s->needs_class_closure = true;
    }
    // Free names of the children that this scope does not bind pass through it.
    for (const std::string& name : newfree) {
      auto it = s->symbols.find(name);
      if (it != s->symbols.end()) {
        if (s->kind == ScopeKind::Class && (it->second.flags & (kDefBound | kDefGlobal))) {
          it->second.flags |= kDefFreeClass;
        }
        continue;
      }
      if (bound != nullptr && bound->count(name) == 0) continue;
      s->symbols[name] = Symbol{0, NameScope::Free};
      s->order.push_back(name);
    }
    if (free != nullptr) {
      free->insert(own_free.begin(), own_free.end());
      free->insert(newfree.begin(), newfree.end());
    }
  }
};

SymbolTable::SymbolTable(const ast::Mod* mod, bool future_annotations, int max_nesting) {
  SymtableBuilder builder(this, future_annotations, max_nesting);
  builder.build(mod);
}

}  // namespace taipan::compiler
