// stmt_checker.cpp — statements: assignments (declared and inferred
// variables, attributes, items, unpacking), returns, if/while/for/try/with
// with the binder's frames, imports, raise, assert; unreachable code is not
// checked, as in mypy.
#include <algorithm>

#include "check/checker.h"

namespace taipan::check {

namespace {


std::pair<std::string, std::string> distinct(const Type* a, const Type* b) {
  std::string x = format_type(a), y = format_type(b);
  if (x == y) {
    x = format_verbose(a);
    y = format_verbose(b);
  }
  return {quote_type_string(x), quote_type_string(y)};
}


}  // namespace

void Checker::check() {
  if (!mod_->parsed.ok()) return;
  // mypy checks every top-level statement, reachable or not.
  for (auto* s : static_cast<const ast::Module*>(mod_->parsed.mod)->body) {
    frames_.back().unreachable = false;
    check_stmt(s);
  }
  close_partials(scopes_[0]);
  // After the imports' own errors, which mypy reports first on a line.
  check_redefinitions(static_cast<const ast::Module*>(mod_->parsed.mod)->body);
  check_undefined_names(mod_, noreturn_exprs_, rep_);
}

void Checker::check_block(const std::vector<ast::Stmt*>& body) {
  for (auto* s : body) {
    if (unreachable()) break;
    check_stmt(s);
  }
}

void Checker::check_stmt(const ast::Stmt* s) {
  switch (s->kind) {
    case ast::StmtKind::FunctionDef: case ast::StmtKind::AsyncFunctionDef: {
      Scope* cur = scopes_.back();
      check_function(s, cur->kind == ScopeKind::Class ? cur->cls : nullptr);
      break;
    }
    case ast::StmtKind::ClassDef: check_class(static_cast<const ast::ClassDef*>(s)); break;
    case ast::StmtKind::Return: check_return(static_cast<const ast::Return*>(s)); break;
    case ast::StmtKind::Delete:
      for (auto* t : static_cast<const ast::Delete*>(s)->targets) {
        if (t->kind == ast::ExprKind::Name) {
          if (lookup(static_cast<const ast::Name*>(t)->id) == nullptr) infer(t);
          put(static_cast<const ast::Name*>(t)->id, deleted_type());
        } else if (t->kind == ast::ExprKind::Attribute) {
          infer(static_cast<const ast::Attribute*>(t)->value);
        } else if (t->kind == ast::ExprKind::Subscript) {
          auto* sub = static_cast<const ast::Subscript*>(t);
          const Type* base = infer(sub->value);
          if (base->kind == TK::Instance && static_cast<const Instance*>(base)->cls->typed_dict) {
            const TDItem* item = typeddict_lookup(static_cast<const Instance*>(base), sub->slice, t);
            if (item != nullptr && item->required) {
              fail(t, "Key \"" + item->name + "\" of TypedDict \"" + static_cast<const Instance*>(base)->cls->name +
                          "\" cannot be deleted",
                   "misc");
            }
          } else {
            infer(sub->slice);
          }
        }
      }
      break;
    case ast::StmtKind::Assign: {
      auto* a = static_cast<const ast::Assign*>(s);
      if (a->targets.size() == 1) {
        check_assign(a->targets[0], a->value, nullptr, false);
      } else {
        const Type* t = infer(a->value);
        for (auto* target : a->targets) check_assign(target, a->value, t, false);
      }
      break;
    }
    case ast::StmtKind::AnnAssign: {
      auto* a = static_cast<const ast::AnnAssign*>(s);
      validate_annotation(a->annotation, scopes_.back()->kind == ScopeKind::Class && a->target->kind == ast::ExprKind::Name);
      const Type* declared = annotation_type(a->annotation);
      // `X: Final = value` declares the value's type.
      if (a->value != nullptr && a->annotation->kind != ast::ExprKind::Subscript && declared->kind == TK::Any &&
          annotation_special(a->annotation, mod_, scopes_.back()->cls) == "Final") {
        declared = infer(a->value);
      }
      if (a->target->kind == ast::ExprKind::Name) {
        const std::string& id = static_cast<const ast::Name*>(a->target)->id;
        Scope* cur = scopes_.back();
        SymbolTable* table = cur->globals.count(id) != 0 ? &mod_->globals : cur->table;
        auto it = table->find(id);
        Symbol* sym = it != table->end() ? it->second : nullptr;
        if (sym == nullptr) {
          sym = program().new_symbol(SymKind::Var, id, mod_);
          (*table)[id] = sym;
        }
        if (sym->kind == SymKind::Var) {
          sym->type = declared;
          sym->state = 2;
        }
        put(id, nullptr);
        invalidate(id);
      }
      if (a->value != nullptr) {
        const Type* vt = infer(a->value, declared);
        if (!is_subtype(vt, declared)) {
          auto [x, y] = distinct(vt, declared);
          fail(a->value, "Incompatible types in assignment (expression has type " + x + ", variable has type " + y + ")",
               "assignment");
        }
        if (a->target->kind != ast::ExprKind::Name) assign_to(a->target, vt, a->value);
      } else if (a->target->kind != ast::ExprKind::Name) {
        if (a->target->kind == ast::ExprKind::Attribute) infer(static_cast<const ast::Attribute*>(a->target)->value);
      }
      break;
    }
    case ast::StmtKind::AugAssign: {
      auto* a = static_cast<const ast::AugAssign*>(s);
      const Type* lt = infer(a->target);
      const Type* rt = infer(a->value, lt->kind == TK::Instance ? lt : nullptr);
      const Type* res = binary_op(lt, a->op, rt, s, true);
      if (a->target->kind == ast::ExprKind::Name) {
        assign_name(static_cast<const ast::Name*>(a->target), nullptr, res, a->value);
      } else if (a->target->kind == ast::ExprKind::Attribute) {
        std::string key = key_of(a->target);
        const Type* declared = member(infer(static_cast<const ast::Attribute*>(a->target)->value),
                                      static_cast<const ast::Attribute*>(a->target)->attr, a->target, false);
        if (declared != nullptr && !is_subtype(res, declared)) {
          auto [x, y] = distinct(res, declared);
          fail(a->value, "Incompatible types in assignment (expression has type " + x + ", variable has type " + y + ")",
               "assignment");
        } else if (!key.empty()) {
          put(key, forget_literals(res));
        }
      }
      break;
    }
    case ast::StmtKind::For: case ast::StmtKind::AsyncFor: {
      auto* f = static_cast<const ast::For*>(s);
      check_loop(f->target, f->iter, s->kind == ast::StmtKind::AsyncFor, f->body, f->orelse, nullptr);
      break;
    }
    case ast::StmtKind::While: {
      auto* w = static_cast<const ast::While*>(s);
      check_loop(nullptr, nullptr, false, w->body, w->orelse, w->test);
      break;
    }
    case ast::StmtKind::If: check_if(static_cast<const ast::If*>(s)); break;
    case ast::StmtKind::With: case ast::StmtKind::AsyncWith: {
      auto* w = static_cast<const ast::With*>(s);
      bool is_async = s->kind == ast::StmtKind::AsyncWith;
      bool may_swallow = false;
      for (auto* item : w->items) {
        const Type* t = infer(item->context_expr);
        const char* enter = is_async ? "__aenter__" : "__enter__";
        const char* exit = is_async ? "__aexit__" : "__exit__";
        const Type* entered = any_type();
        if (t->kind != TK::Any) {
          if (member(t, enter, item->context_expr, true)->kind != TK::Any) {
            bool ok = true;
            entered = call_method(t, enter, {}, item->context_expr, &ok);
            if (is_async && entered->kind == TK::Instance) {
              ClassInfo* aw = program().typing_class("typing", "Awaitable");
              const Instance* m = aw != nullptr ? map_to_base(static_cast<const Instance*>(entered), aw) : nullptr;
              entered = m != nullptr && !m->args.empty() ? m->args[0] : any_type();
            }
          }
          bool ok = true;
          member(t, exit, item->context_expr, true);
          const Type* ex = call_method(t, exit, {any_type(), any_type(), any_type()}, item->context_expr, &ok);
          if (ex->kind == TK::Instance && static_cast<const Instance*>(ex)->cls == builtins().bool_) may_swallow = true;
          if (is_async && ex->kind != TK::None) may_swallow = may_swallow || ex->kind == TK::Any;
        }
        if (item->optional_vars != nullptr) assign_to(item->optional_vars, entered, item->optional_vars);
      }
      push_frame();
      check_block(w->body);
      Frame f = pop_frame();
      if (may_swallow) {
        Frame open;
        merge_frames({f, open});
      } else {
        merge_frames({f});
      }
      break;
    }
    case ast::StmtKind::Match: {
      auto* m = static_cast<const ast::Match*>(s);
      infer(m->subject);
      std::vector<Frame> ends;
      bool irrefutable = false;
      for (auto* c : m->cases) {
        push_frame();
        // Names a pattern binds are Any here.
        std::vector<const ast::Pattern*> stack = {c->pattern};
        while (!stack.empty()) {
          const ast::Pattern* p = stack.back();
          stack.pop_back();
          if (p == nullptr) continue;
          switch (p->kind) {
            case ast::PatternKind::MatchAs: {
              auto* a = static_cast<const ast::MatchAs*>(p);
              if (!a->name.empty()) {
                put(a->name, any_type());
                if (lookup(a->name) == nullptr) define_local(a->name);
              }
              if (a->pattern == nullptr && p == c->pattern && c->guard == nullptr) irrefutable = true;
              stack.push_back(a->pattern);
              break;
            }
            case ast::PatternKind::MatchStar: {
              auto* a = static_cast<const ast::MatchStar*>(p);
              if (!a->name.empty()) put(a->name, any_type());
              break;
            }
            case ast::PatternKind::MatchSequence:
              for (auto* q : static_cast<const ast::MatchSequence*>(p)->patterns) stack.push_back(q);
              break;
            case ast::PatternKind::MatchMapping: {
              auto* mm = static_cast<const ast::MatchMapping*>(p);
              for (auto* q : mm->patterns) stack.push_back(q);
              if (!mm->rest.empty()) put(mm->rest, any_type());
              break;
            }
            case ast::PatternKind::MatchClass: {
              auto* mc = static_cast<const ast::MatchClass*>(p);
              infer(mc->cls);
              for (auto* q : mc->patterns) stack.push_back(q);
              for (auto* q : mc->kwd_patterns) stack.push_back(q);
              break;
            }
            case ast::PatternKind::MatchOr:
              for (auto* q : static_cast<const ast::MatchOr*>(p)->patterns) stack.push_back(q);
              break;
            case ast::PatternKind::MatchValue: infer(static_cast<const ast::MatchValue*>(p)->value); break;
            default: break;
          }
        }
        if (c->guard != nullptr) infer(c->guard);
        check_block(c->body);
        ends.push_back(pop_frame());
      }
      if (!irrefutable) ends.emplace_back();
      merge_frames(ends);
      break;
    }
    case ast::StmtKind::Raise: {
      auto* r = static_cast<const ast::Raise*>(s);
      if (r->exc != nullptr) {
        const Type* t = infer(r->exc);
        ClassInfo* base = program().builtin_class("BaseException");
        if (base != nullptr && t->kind != TK::Any) {
          const Type* inst = instance(base);
          bool ok = is_subtype(t, inst);
          if (!ok && t->kind == TK::TypeType) ok = is_subtype(static_cast<const TypeType*>(t)->item, inst);
          if (!ok) fail(r->exc, "Exception must be derived from BaseException", "misc");
        }
      }
      if (r->cause != nullptr) infer(r->cause);
      mark_unreachable();
      break;
    }
    case ast::StmtKind::Try: case ast::StmtKind::TryStar: {
      auto* t = static_cast<const ast::Try*>(s);
      check_try(t->body, t->handlers, t->orelse, t->finalbody);
      break;
    }
    case ast::StmtKind::Assert: {
      auto* a = static_cast<const ast::Assert*>(s);
      infer(a->test);
      if (a->msg != nullptr) infer(a->msg);
      apply(condition_maps(a->test).first);
      break;
    }
    case ast::StmtKind::Import: case ast::StmtKind::ImportFrom: check_import(s); break;
    case ast::StmtKind::Expr: {
      const ast::Expr* value = static_cast<const ast::ExprStmt*>(s)->value;
      const Type* t = infer(value);
      if (t->kind == TK::Never) {
        mark_unreachable();
        noreturn_exprs_.insert(value);
      }
      if (t->kind == TK::Instance && static_cast<const Instance*>(t)->cls->fullname == "typing.Coroutine" &&
          value->kind != ast::ExprKind::Await) {
        fail(value, "Value of type " + quote_type(t) + " must be used", "unused-coroutine");
        if (silent_ == 0 && !untyped_) {
          rep_->note(mod_->path, value->lineno, value->col_offset, "Are you missing an await?", "unused-coroutine");
        }
      }
      break;
    }
    case ast::StmtKind::Break: case ast::StmtKind::Continue:
      if (!break_frames_.empty() && s->kind == ast::StmtKind::Break) {
        // The state at a break joins the loop's exit.
        Frame snapshot;
        for (auto& f : frames_)
          for (auto& [k, v] : f.types) snapshot.types[k] = v;
        break_frames_.back().push_back(snapshot);
      }
      mark_unreachable();
      break;
    default: break;
  }
}

// ---------------------------------------------------------------- assignment

Symbol* Checker::partial_symbol(const ast::Expr* e) {
  if (e->kind != ast::ExprKind::Name) return nullptr;
  Symbol* s = lookup(static_cast<const ast::Name*>(e)->id);
  return s != nullptr && s->partial ? s : nullptr;
}

void Checker::complete_partial(Symbol* s, std::vector<const Type*> args) {
  // Speculative passes (a loop's first) leave partial types alone.
  if (silent_ > 0) return;
  auto* pt = static_cast<const Instance*>(s->type);
  s->type = instance(pt->cls, std::move(args));
  s->partial = false;
  put(s->name, nullptr);
}

void Checker::close_partial(Symbol* s) {
  if (silent_ > 0) return;
  for (auto* scope : scopes_) {
    for (auto& [sym, at] : scope->partials) {
      if (sym != s) continue;
      std::vector<std::pair<Symbol*, const ast::Node*>> one = {{sym, at}};
      std::swap(one, scope->partials);
      close_partials(scope);
      std::swap(one, scope->partials);
      return;
    }
  }
}

void Checker::close_partials(Scope* scope) {
  for (auto& [sym, at] : scope->partials) {
    if (!sym->partial) continue;
    auto* pt = static_cast<const Instance*>(sym->type);
    std::string hint;
    const std::string& fn = pt->cls->fullname;
    if (fn == "builtins.list") hint = "List[<type>]";
    if (fn == "builtins.set") hint = "Set[<type>]";
    if (fn == "builtins.dict") hint = "Dict[<type>, <type>]";
    std::string msg = "Need type annotation for \"" + sym->name + "\"";
    if (!hint.empty()) msg += " (hint: \"" + sym->name + ": " + hint + " = ...\")";
    fail(at, msg, "var-annotated");
    std::vector<const Type*> anys(pt->args.size(), any_type());
    sym->type = instance(pt->cls, anys);
    sym->partial = false;
  }
  scope->partials.clear();
}

Symbol* Checker::define_local(const std::string& name) {
  Scope* cur = scopes_.back();
  SymbolTable* table = cur->globals.count(name) != 0 ? &mod_->globals : cur->table;
  auto it = table->find(name);
  if (it != table->end()) return it->second;
  Symbol* s = program().new_symbol(SymKind::Var, name, mod_);
  (*table)[name] = s;
  return s;
}

void Checker::check_assign(const ast::Expr* target, const ast::Expr* value, const Type* value_type, bool declaration) {
  (void)declaration;
  if (target->kind == ast::ExprKind::Name) {
    assign_name(static_cast<const ast::Name*>(target), value, value_type, value);
    return;
  }
  const Type* ctx = nullptr;
  if (value_type == nullptr && target->kind == ast::ExprKind::Attribute) {
    auto* a = static_cast<const ast::Attribute*>(target);
    ++silent_;
    ctx = member(infer(a->value), a->attr, target, false);
    --silent_;
  } else if (value_type == nullptr && target->kind == ast::ExprKind::Subscript) {
    auto* sub = static_cast<const ast::Subscript*>(target);
    ++silent_;
    const Type* setitem = member(infer(sub->value), "__setitem__", target, false);
    --silent_;
    if (setitem != nullptr && setitem->kind == TK::Callable && static_cast<const CallableType*>(setitem)->params.size() >= 2) {
      ctx = static_cast<const CallableType*>(setitem)->params[1].type;
      if (has_type_vars(ctx)) ctx = nullptr;
    }
  }
  const Type* t = value_type != nullptr ? value_type : infer(value, ctx);
  assign_to(target, t, value);
}

void Checker::assign_name(const ast::Name* n, const ast::Expr* value, const Type* vt, const ast::Node* at) {
  Symbol* sym = nullptr;
  Scope* cur = scopes_.back();
  if (cur->globals.count(n->id) != 0) {
    auto it = mod_->globals.find(n->id);
    sym = it != mod_->globals.end() ? it->second : nullptr;
  } else {
    auto it = cur->table->find(n->id);
    if (it != cur->table->end()) {
      sym = it->second;
    } else if (cur->kind == ScopeKind::Function || cur->kind == ScopeKind::Comprehension) {
      // nonlocal names, or names bound in a comprehension.
      bool local = false;
      sym = lookup(n->id, &local);
      if (sym == nullptr || cur->kind == ScopeKind::Comprehension) sym = nullptr;
    }
  }
  if (sym == nullptr) sym = define_local(n->id);
  sym = program().resolve(sym);
  // `P = NamedTuple("P", ...)` defines a class: its call is not checked.
  if (sym != nullptr && sym->kind == SymKind::Class && sym->cls->namedtuple_call == value && value != nullptr) return;
  if (sym != nullptr && sym->kind == SymKind::Func && sym->module == mod_ && sym->owner == nullptr) {
    // A function's name assigned another value: it must be compatible.
    const Type* ft = program().symbol_type(sym);
    if (vt == nullptr && value != nullptr) vt = infer(value, ft);
    if (vt != nullptr && ft->kind == TK::Callable && !is_subtype(vt, ft)) {
      auto [x, y] = distinct(vt, ft);
      fail(at != nullptr ? at : n,
           "Incompatible types in assignment (expression has type " + x + ", variable has type " + y + ")", "assignment");
    }
    return;
  }
  if (sym == nullptr || sym->kind != SymKind::Var) {
    if (vt == nullptr && value != nullptr) infer(value);
    return;
  }
  if (is_final(sym)) {
    // The name keeps its type (and its value's literal).
    fail(at != nullptr ? at : n, "Cannot assign to final name \"" + n->id + "\"", "misc");
    if (vt == nullptr && value != nullptr) infer(value);
    return;
  }
  bool has_declared = sym->state == 2 || sym->annotation != nullptr;
  if (sym->partial) {
    if (vt == nullptr) vt = infer(value);
    auto* pt = static_cast<const Instance*>(sym->type);
    if (vt->kind == TK::Instance && static_cast<const Instance*>(vt)->cls == pt->cls) {
      auto* vi = static_cast<const Instance*>(vt);
      bool known = true;
      for (auto* a : vi->args) known = known && a->kind != TK::Never;
      if (known) complete_partial(sym, vi->args);
    }
  }
  if (has_declared && !sym->partial_none) {
    const Type* declared = declared_type(sym);
    if (vt == nullptr) vt = infer(value, declared);
    if (!is_subtype(vt, declared)) {
      auto [x, y] = distinct(vt, declared);
      fail(at != nullptr ? at : n,
           "Incompatible types in assignment (expression has type " + x + ", variable has type " + y + ")", "assignment");
      put(n->id, nullptr);
    } else if (declared->kind == TK::Any) {
      put(n->id, nullptr);
    } else if (vt->kind == TK::Any && declared->kind == TK::Union) {
      put(n->id, nullptr);
    } else {
      put(n->id, forget_literals(vt));
    }
    invalidate(n->id);
    return;
  }
  if (vt == nullptr) vt = infer(value);
  const Type* t = forget_literals(vt);
  if (sym->partial_none) {
    sym->partial_none = false;
    if (t->kind != TK::None) sym->type = make_optional(t);
    put(n->id, t);
    invalidate(n->id);
    return;
  }
  if (t->kind == TK::Instance && !static_cast<const Instance*>(t)->args.empty()) {
    auto* ti = static_cast<const Instance*>(t);
    bool empty = true;
    for (auto* a : ti->args) empty = empty && a->kind == TK::Never;
    if (empty) {
      const std::string& fn = ti->cls->fullname;
      if (fn == "builtins.list" || fn == "builtins.set" || fn == "builtins.dict" || fn == "collections.OrderedDict") {
        sym->partial = true;
        cur->partials.push_back({sym, at != nullptr ? at : n});
      } else {
        if (fn != "collections.defaultdict") {
          fail(at != nullptr ? at : n, "Need type annotation for \"" + n->id + "\"", "var-annotated");
        }
        std::vector<const Type*> anys(ti->args.size(), any_type());
        t = instance(ti->cls, anys);
      }
    }
  }
  sym->type = t;
  sym->state = 2;
  // `x = None` leaves the type open until the next assignment in this scope.
  if (t->kind == TK::None && cur->kind != ScopeKind::Class) sym->partial_none = true;
  put(n->id, nullptr);
  invalidate(n->id);
}

bool Checker::final_assignment(Symbol* sym, const ast::Node* value) {
  if (sym == nullptr || sym->kind != SymKind::Var || !is_final(sym) || sym->value == value) return false;
  // A final attribute declared without a value gets it in __init__.
  for (auto it = scopes_.rbegin(); it != scopes_.rend(); ++it)
    if ((*it)->kind == ScopeKind::Function) return !(sym->value == nullptr && (*it)->fn->def_name == "__init__");
  return true;
}

void Checker::assign_to(const ast::Expr* target, const Type* t, const ast::Node* at) {
  switch (target->kind) {
    case ast::ExprKind::Name: assign_name(static_cast<const ast::Name*>(target), nullptr, t, at); return;
    case ast::ExprKind::Attribute: {
      auto* a = static_cast<const ast::Attribute*>(target);
      const Type* obj = infer(a->value);
      if (obj->kind == TK::TypeType && static_cast<const TypeType*>(obj)->item->kind == TK::Instance &&
          final_assignment(find_member(static_cast<const Instance*>(static_cast<const TypeType*>(obj)->item)->cls, a->attr).sym, at)) {
        fail(target, "Cannot assign to final attribute \"" + a->attr + "\"", "misc");
        return;
      }
      if (obj->kind == TK::TypeType && static_cast<const TypeType*>(obj)->item->kind == TK::Instance &&
          enum_member(static_cast<const Instance*>(static_cast<const TypeType*>(obj)->item)->cls, a->attr) != nullptr) {
        fail(target, "Cannot assign to final attribute \"" + a->attr + "\"", "misc");
        return;
      }
      if (obj->kind == TK::Tuple && static_cast<const TupleType*>(obj)->fallback != nullptr) {
        ClassInfo* nt = static_cast<const TupleType*>(obj)->fallback->cls;
        if (std::find(nt->tuple_fields.begin(), nt->tuple_fields.end(), a->attr) != nt->tuple_fields.end()) {
          fail(target, "Property \"" + a->attr + "\" defined in \"" + nt->name + "\" is read-only", "misc");
          return;
        }
      }
      if (obj->kind == TK::Instance && static_cast<const Instance*>(obj)->cls != nullptr) {
        ClassInfo* frozen = frozen_field_owner(static_cast<const Instance*>(obj)->cls, a->attr);
        if (frozen != nullptr) {
          fail(target, "Property \"" + a->attr + "\" defined in \"" + frozen->name + "\" is read-only", "misc");
          return;
        }
        Member var = find_member(static_cast<const Instance*>(obj)->cls, a->attr);
        if (var.sym != nullptr && var.sym->kind == SymKind::Func && var.sym->is_property) {
          // A property without a setter (cached_property is writable).
          bool writable = false;
          for (auto& d : var.sym->decorators) {
            writable = writable || d == a->attr + ".setter" ||
                       (d.size() >= 15 && d.compare(d.size() - 15, 15, "cached_property") == 0);
          }
          if (!writable) {
            fail(target, "Property \"" + a->attr + "\" defined in \"" + var.defined_in->name + "\" is read-only", "misc");
            return;
          }
        }
        if (final_assignment(var.sym, at)) {
          fail(target, "Cannot assign to final attribute \"" + a->attr + "\"", "misc");
          return;
        }
        if (var.sym != nullptr && var.sym->kind == SymKind::Var && var.sym->class_var &&
            annotation_special(var.sym->annotation, var.sym->module, var.defined_in) == "ClassVar") {
          fail(target, "Cannot assign to class variable \"" + a->attr + "\" via instance", "misc");
          return;
        }
        // The assignment that declares an attribute gives its type, as
        // narrowed here (self.x = x under `if x:`).
        Member decl = find_member(static_cast<const Instance*>(obj)->cls, a->attr);
        if (decl.sym != nullptr && decl.sym->kind == SymKind::Var && decl.sym->annotation == nullptr &&
            decl.sym->state == 0 && decl.sym->value == at && silent_ == 0) {
          decl.sym->type = forget_literals(t);
          decl.sym->state = 2;
        }
      }
      const Type* declared = member(obj, a->attr, target, true);
      std::string key = key_of(target);
      if (declared->kind != TK::Any && !is_subtype(t, declared)) {
        auto [x, y] = distinct(t, declared);
        fail(at, "Incompatible types in assignment (expression has type " + x + ", variable has type " + y + ")",
             "assignment");
        put(key, nullptr);
      } else {
        put(key, declared->kind == TK::Any ? nullptr : forget_literals(t));
      }
      invalidate(key);
      return;
    }
    case ast::ExprKind::Subscript: {
      auto* s = static_cast<const ast::Subscript*>(target);
      std::string item_key = key_of(target);
      if (!item_key.empty()) {
        put(item_key, nullptr);
        invalidate(item_key);
      }
      Symbol* p = partial_symbol(s->value);
      if (p != nullptr && static_cast<const Instance*>(p->type)->args.size() == 2) {
        ++silent_;
        const Type* k = infer(s->slice);
        --silent_;
        complete_partial(p, {strip_literal(k), strip_literal(t)});
      }
      const Type* base = infer(s->value);
      if (base->kind == TK::Instance && static_cast<const Instance*>(base)->cls->typed_dict) {
        const TDItem* item = typeddict_lookup(static_cast<const Instance*>(base), s->slice, target);
        if (item != nullptr && !is_subtype(t, item->type)) {
          fail(at, "Value of \"" + item->name + "\" has incompatible type " + quote_type(t) + "; expected " +
                       quote_type(item->type),
               "typeddict-item");
        }
        return;
      }
      const Type* idx = infer(s->slice);
      if (base->kind == TK::Any) return;
      const Type* m = member(base, "__setitem__", target, false);
      if (m == nullptr) {
        fail(target, "Unsupported target for indexed assignment (" + quote_type(base) + ")", "index");
        return;
      }
      if (m->kind == TK::Callable && static_cast<const CallableType*>(m)->params.size() >= 2) {
        auto* f = static_cast<const CallableType*>(m);
        if (!is_subtype(idx, f->params[0].type)) {
          fail(target, "Invalid index type " + quote_type(idx) + " for " + quote_type(base) + "; expected type " +
                           quote_type(f->params[0].type),
               "index");
        } else if (!is_subtype(t, f->params[1].type)) {
          auto [x, y] = distinct(t, f->params[1].type);
          fail(at, "Incompatible types in assignment (expression has type " + x + ", target has type " + y + ")",
               "assignment");
        }
      }
      return;
    }
    case ast::ExprKind::Tuple: case ast::ExprKind::List: {
      const auto& elts = target->kind == ast::ExprKind::Tuple ? static_cast<const ast::Tuple*>(target)->elts
                                                               : static_cast<const ast::List*>(target)->elts;
      int star = -1;
      for (size_t k = 0; k < elts.size(); ++k)
        if (elts[k]->kind == ast::ExprKind::Starred) star = static_cast<int>(k);
      if (t->kind == TK::Tuple) {
        const auto& items = static_cast<const TupleType*>(t)->items;
        if (star < 0) {
          if (items.size() != elts.size()) {
            if (items.size() < elts.size()) {
              fail(at, "Need more than " + std::to_string(items.size()) + " value" + (items.size() == 1 ? "" : "s") +
                           " to unpack (" + std::to_string(elts.size()) + " expected)",
                   "misc");
            } else {
              fail(at, "Too many values to unpack (" + std::to_string(elts.size()) + " expected, " +
                           std::to_string(items.size()) + " provided)",
                   "misc");
            }
            for (auto* e : elts) assign_to(e, any_type(), at);
            return;
          }
          for (size_t k = 0; k < elts.size(); ++k) assign_to(elts[k], items[k], at);
          return;
        }
        size_t before = static_cast<size_t>(star), after = elts.size() - before - 1;
        if (items.size() < before + after) {
          for (auto* e : elts) assign_to(e, any_type(), at);
          return;
        }
        for (size_t k = 0; k < before; ++k) assign_to(elts[k], items[k], at);
        const Type* mid = never_type();
        for (size_t k = before; k < items.size() - after; ++k) mid = mid->kind == TK::Never ? forget_literals(items[k]) : join(mid, items[k]);
        if (mid->kind == TK::Never) mid = any_type();
        assign_to(static_cast<const ast::Starred*>(elts[before])->value, instance(builtins().list, {mid}), at);
        for (size_t k = 0; k < after; ++k) assign_to(elts[before + 1 + k], items[items.size() - after + k], at);
        return;
      }
      const Type* item = t->kind == TK::Any ? t : iter_item(t, at);
      for (auto* e : elts) {
        if (e->kind == ast::ExprKind::Starred) {
          assign_to(static_cast<const ast::Starred*>(e)->value, instance(builtins().list, {item}), at);
        } else {
          assign_to(e, item, at);
        }
      }
      return;
    }
    case ast::ExprKind::Starred:
      assign_to(static_cast<const ast::Starred*>(target)->value, t, at);
      return;
    default: infer(target); return;
  }
}

void Checker::check_return(const ast::Return* r) {
  Scope* fs = nullptr;
  for (auto it = scopes_.rbegin(); it != scopes_.rend(); ++it) {
    if ((*it)->kind == ScopeKind::Function) {
      fs = *it;
      break;
    }
  }
  if (fs == nullptr || fs->return_type == nullptr) {
    if (r->value != nullptr) infer(r->value);
    mark_unreachable();
    return;
  }
  const Type* declared = fs->return_type;
  if (declared->kind == TK::Never) {
    if (r->value != nullptr) infer(r->value);
    fail(r, "Return statement in function which does not return", "misc");
    mark_unreachable();
    return;
  }
  if (r->value != nullptr) {
    const Type* t = infer(r->value, declared);
    if (t->kind == TK::Any && mod_->flags.warn_return_any && declared->kind != TK::Any && !untyped_ &&
        !(declared->kind == TK::Instance && static_cast<const Instance*>(declared)->cls == builtins().object)) {
      fail(r, "Returning Any from function declared to return " + quote_type(declared), "no-any-return");
    }
    if (t->kind != TK::Any && declared->kind != TK::Any) {
      if (declared->kind == TK::None) {
        if (t->kind != TK::None) fail(r, "No return value expected", "return-value");
      } else if (!is_subtype(t, declared)) {
        auto [x, y] = distinct(t, declared);
        fail(r->value, "Incompatible return value type (got " + x + ", expected " + y + ")", "return-value");
      }
    }
  } else if (declared->kind != TK::None && declared->kind != TK::Any && !fs->is_generator) {
    fail(r, "Return value expected", "return-value");
  }
  mark_unreachable();
}

// ---------------------------------------------------------------- control flow

void Checker::check_if(const ast::If* s) {
  int st = static_condition(s->test);
  if (st < 0) infer(s->test);
  auto maps = condition_maps(s->test);
  std::vector<Frame> ends;
  push_frame();
  apply(maps.first);
  check_block(s->body);
  ends.push_back(pop_frame());
  push_frame();
  apply(maps.second);
  check_block(s->orelse);
  ends.push_back(pop_frame());
  merge_frames(ends);
}

void Checker::check_loop(const ast::Expr* target, const ast::Expr* iter, bool is_async,
                         const std::vector<ast::Stmt*>& body, const std::vector<ast::Stmt*>& orelse,
                         const ast::Expr* test) {
  const Type* item = nullptr;
  if (iter != nullptr) item = iter_item(infer(iter), iter, is_async);
  // One pass over the body: its end state and the states at its breaks.
  auto body_pass = [&](std::vector<Frame>* breaks) -> Frame {
    push_frame();
    if (test != nullptr) {
      infer(test);
      apply(condition_maps(test).first);
    }
    if (target != nullptr) assign_to(target, item, target);
    break_frames_.emplace_back();
    ++loop_depth_;
    check_block(body);
    --loop_depth_;
    Frame end = pop_frame();
    *breaks = std::move(break_frames_.back());
    break_frames_.pop_back();
    // `continue` and the loop's next turn: the end is reached again.
    end.unreachable = false;
    return end;
  };
  std::vector<Frame> breaks;
  if (loop_depth_ < 3) {
    // Once silently, to start the real pass from the join of the entry
    // state and the state the body leaves for the next turn.
    ++silent_;
    Frame first = body_pass(&breaks);
    --silent_;
    merge_frames({first, Frame()});
  }
  Frame end = body_pass(&breaks);
  bool infinite = false;
  if (test != nullptr && test->kind == ast::ExprKind::Constant) {
    auto* c = static_cast<const ast::Constant*>(test);
    infinite = c->value_kind == ast::ConstantKind::True || (c->value_kind == ast::ConstantKind::Int && c->int_i64 != 0);
  }
  std::vector<Frame> normal;
  if (!infinite) {
    Frame entry;
    if (test != nullptr) {
      push_frame();
      apply(condition_maps(test).second);
      entry = pop_frame();
    }
    normal.push_back(entry);
    normal.push_back(end);
  }
  merge_frames(normal);
  check_block(orelse);
  if (!breaks.empty()) {
    bool was_unreachable = unreachable();
    frames_.back().unreachable = false;
    if (!was_unreachable) breaks.emplace_back();
    merge_frames(breaks);
  }
}

void Checker::check_try(const std::vector<ast::Stmt*>& body, const std::vector<ast::ExceptHandler*>& handlers,
                        const std::vector<ast::Stmt*>& orelse, const std::vector<ast::Stmt*>& finalbody) {
  std::vector<Frame> ends;
  push_frame();
  check_block(body);
  Frame body_end = pop_frame();
  // Handlers may start anywhere in the body: with the join of the start and the end.
  std::vector<Frame> starts;
  Frame start_state;
  Frame body_copy = body_end;
  body_copy.unreachable = false;
  starts.push_back(start_state);
  starts.push_back(body_copy);
  push_frame();
  merge_frames(starts);
  Frame handler_entry = pop_frame();
  push_frame();
  for (auto& [k, v] : handler_entry.types) put(k, v);
  ClassInfo* base_exc = program().builtin_class("BaseException");
  for (auto* h : handlers) {
    push_frame();
    if (h->type != nullptr) {
      const Type* t = infer(h->type);
      if (!h->name.empty()) {
        const Type* exc = any_type();
        std::vector<const Type*> classes;
        if (t->kind == TK::TypeType) {
          classes.push_back(static_cast<const TypeType*>(t)->item);
        } else if (t->kind == TK::Tuple) {
          for (auto* x : static_cast<const TupleType*>(t)->items) {
            if (x->kind == TK::TypeType) {
              classes.push_back(static_cast<const TypeType*>(x)->item);
            } else {
              classes.clear();
              break;
            }
          }
        }
        if (!classes.empty()) exc = make_union(classes);
        Symbol* sym = define_local(h->name);
        if (sym->kind == SymKind::Var && sym->state != 2) {
          sym->type = exc;
          sym->state = 2;
        }
        put(h->name, exc);
      }
    } else if (!h->name.empty()) {
      put(h->name, base_exc != nullptr ? static_cast<const Type*>(instance(base_exc)) : any_type());
    }
    check_block(h->body);
    ends.push_back(pop_frame());
  }
  pop_frame();
  push_frame();
  for (auto& [k, v] : body_end.types) put(k, v);
  frames_.back().unreachable = body_end.unreachable;
  if (!body_end.unreachable) check_block(orelse);
  ends.push_back(pop_frame());
  merge_frames(ends);
  // mypy types the handlers' names as deleted from there on, whatever path
  // was taken.
  for (const ast::ExceptHandler* h : handlers)
    if (!h->name.empty() && !unreachable()) put(h->name, deleted_type());
  if (!finalbody.empty()) {
    bool was_unreachable = unreachable();
    frames_.back().unreachable = false;
    check_block(finalbody);
    if (was_unreachable) mark_unreachable();
  }
}

void Checker::check_import(const ast::Stmt* s) {
  auto missing = [&](const std::string& name, const ast::Node* at) {
    fail(at, "Cannot find implementation or library stub for module named \"" + name + "\"", "import");
    if (silent_ == 0) {
      rep_->note(mod_->path, at->lineno, at->col_offset,
                 "See https://mypy.readthedocs.io/en/stable/running_mypy.html#missing-imports", "import");
    }
  };
  if (s->kind == ast::StmtKind::Import) {
    for (auto* al : static_cast<const ast::Import*>(s)->names) {
      if (program().load_module(al->name) == nullptr) missing(al->name, s);
    }
    return;
  }
  auto* im = static_cast<const ast::ImportFrom*>(s);
  std::string mod = im->module;
  if (im->level > 0) {
    // Relative imports resolve against this module's package.
    std::string base = mod_->name;
    bool package = mod_->path.find("__init__.py") != std::string::npos;
    for (int k = 0; k < im->level - (package ? 1 : 0); ++k) {
      auto dot = base.rfind('.');
      base = dot == std::string::npos ? "" : base.substr(0, dot);
    }
    mod = mod.empty() ? base : (base.empty() ? mod : base + "." + mod);
    if (mod.empty()) return;
  }
  ModuleInfo* m = program().load_module(mod);
  if (m == nullptr) {
    if (im->level == 0) missing(mod, s);
    return;
  }
  for (auto* al : im->names) {
    if (al->name == "*") continue;
    if (program().module_member(m, al->name) == nullptr && m->globals.count("__getattr__") == 0) {
      // A name this module defined already (a fallback import) is not reported.
      std::string bound = al->asname.empty() ? al->name : al->asname;
      auto own = scopes_.back()->table->find(bound);
      if (own != scopes_.back()->table->end() && own->second->kind != SymKind::Import) continue;
      fail(s, "Module \"" + mod + "\" has no attribute \"" + al->name + "\"" + module_suggestion(m, al->name),
           "attr-defined");
    }
  }
}

}  // namespace taipan::check
