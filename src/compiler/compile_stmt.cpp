// Code generation for statements: assignments, loops, conditionals, `with`,
// try/except/finally (and except*), return/break/continue unwinding through
// enclosing blocks, raise, assert and imports.
#include "compiler/compiler.h"

namespace taipan::compiler {

namespace {

int inplace_op_arg(ast::Operator op) {
  switch (op) {
    case ast::Operator::Add: return 13;
    case ast::Operator::BitAnd: return 14;
    case ast::Operator::FloorDiv: return 15;
    case ast::Operator::LShift: return 16;
    case ast::Operator::MatMult: return 17;
    case ast::Operator::Mult: return 18;
    case ast::Operator::Mod: return 19;
    case ast::Operator::BitOr: return 20;
    case ast::Operator::Pow: return 21;
    case ast::Operator::RShift: return 22;
    case ast::Operator::Sub: return 23;
    case ast::Operator::Div: return 24;
    case ast::Operator::BitXor: return 25;
  }
  return 13;
}

}  // namespace

void Compiler::stmts(const std::vector<ast::Stmt*>& body) {
  for (const ast::Stmt* s : body) stmt(s);
}

void Compiler::stmt(const ast::Stmt* s) {
  LocationScope loc(this, *s);
  switch (s->kind) {
    case ast::StmtKind::FunctionDef: {
      auto* f = static_cast<const ast::FunctionDef*>(s);
      function_def(s, f->name, f->args, f->body, f->decorator_list, f->returns);
      return;
    }
    case ast::StmtKind::AsyncFunctionDef: {
      auto* f = static_cast<const ast::AsyncFunctionDef*>(s);
      function_def(s, f->name, f->args, f->body, f->decorator_list, f->returns);
      return;
    }
    case ast::StmtKind::ClassDef: class_def(static_cast<const ast::ClassDef*>(s)); return;
    case ast::StmtKind::Return: return_stmt(static_cast<const ast::Return*>(s)); return;
    case ast::StmtKind::Delete:
      for (const ast::Expr* t : static_cast<const ast::Delete*>(s)->targets) delete_target(t);
      return;
    case ast::StmtKind::Assign: assign(static_cast<const ast::Assign*>(s)); return;
    case ast::StmtKind::AugAssign: aug_assign(static_cast<const ast::AugAssign*>(s)); return;
    case ast::StmtKind::AnnAssign: ann_assign(static_cast<const ast::AnnAssign*>(s)); return;
    case ast::StmtKind::For: for_stmt(static_cast<const ast::For*>(s)); return;
    case ast::StmtKind::AsyncFor: async_for_stmt(static_cast<const ast::AsyncFor*>(s)); return;
    case ast::StmtKind::While: while_stmt(static_cast<const ast::While*>(s)); return;
    case ast::StmtKind::If: if_stmt(static_cast<const ast::If*>(s)); return;
    case ast::StmtKind::With: {
      auto* w = static_cast<const ast::With*>(s);
      with_stmt(s, w->items, w->body, 0, false);
      return;
    }
    case ast::StmtKind::AsyncWith: {
      if (!u_->is_async_function) syntax_error(*s, "'async with' outside async function");
      auto* w = static_cast<const ast::AsyncWith*>(s);
      with_stmt(s, w->items, w->body, 0, true);
      return;
    }
    case ast::StmtKind::Match: match_stmt(static_cast<const ast::Match*>(s)); return;
    case ast::StmtKind::Raise: raise_stmt(static_cast<const ast::Raise*>(s)); return;
    case ast::StmtKind::Try: try_stmt(static_cast<const ast::Try*>(s)); return;
    case ast::StmtKind::TryStar: {
      auto* t = static_cast<const ast::TryStar*>(s);
      if (!t->finalbody.empty()) {
        try_finally(t->body, t->handlers, t->orelse, t->finalbody, true);
      } else {
        try_star_except(t->body, t->handlers, t->orelse);
      }
      return;
    }
    case ast::StmtKind::Assert: assert_stmt(static_cast<const ast::Assert*>(s)); return;
    case ast::StmtKind::Import: import_stmt(static_cast<const ast::Import*>(s)); return;
    case ast::StmtKind::ImportFrom: import_from(static_cast<const ast::ImportFrom*>(s)); return;
    case ast::StmtKind::Global:
    case ast::StmtKind::Nonlocal:
      return;
    case ast::StmtKind::Pass:
      emit(Opcode::NOP);  // its line, for tracing
      return;
    case ast::StmtKind::Expr: {
      const ast::Expr* value = static_cast<const ast::ExprStmt*>(s)->value;
      if (interactive_ && units_.size() == 1) {
        expr(value);
        emit(Opcode::PRINT_EXPR);
        return;
      }
      if (value->kind == ast::ExprKind::Constant) return;
      expr(value);
      emit(Opcode::POP_TOP);
      return;
    }
    case ast::StmtKind::Break: break_stmt(s); return;
    case ast::StmtKind::Continue: continue_stmt(s); return;
  }
}

// ------------------------------------------------------------------ assignments

void Compiler::assign(const ast::Assign* s) {
  expr(s->value);
  for (size_t i = 0; i < s->targets.size(); i++) {
    if (i + 1 < s->targets.size()) emit(Opcode::COPY, 1);
    store_target(s->targets[i]);
  }
}

void Compiler::aug_assign(const ast::AugAssign* s) {
  const ast::Expr* t = s->target;
  {
    LocationScope loc(this, *t);
    switch (t->kind) {
      case ast::ExprKind::Attribute: {
        auto* a = static_cast<const ast::Attribute*>(t);
        expr(a->value);
        emit(Opcode::COPY, 1);
        emit(Opcode::LOAD_ATTR, add_name(a->attr));
        break;
      }
      case ast::ExprKind::Subscript: {
        auto* sub = static_cast<const ast::Subscript*>(t);
        expr(sub->value);
        expr(sub->slice);
        emit(Opcode::COPY, 2);
        emit(Opcode::COPY, 2);
        emit(Opcode::BINARY_SUBSCR);
        break;
      }
      case ast::ExprKind::Name:
        name_op(static_cast<const ast::Name*>(t)->id, ast::ExprContext::Load);
        break;
      default: syntax_error(*t, "'" + std::string(ast::name_of(t->kind)) + "' is an illegal expression for augmented assignment");
    }
  }
  expr(s->value);
  emit(Opcode::BINARY_OP, inplace_op_arg(s->op));
  LocationScope loc(this, *t);
  switch (t->kind) {
    case ast::ExprKind::Attribute:
      emit(Opcode::SWAP, 2);
      emit(Opcode::STORE_ATTR, add_name(static_cast<const ast::Attribute*>(t)->attr));
      break;
    case ast::ExprKind::Subscript:
      emit(Opcode::SWAP, 3);
      emit(Opcode::SWAP, 2);
      emit(Opcode::STORE_SUBSCR);
      break;
    default:
      name_op(static_cast<const ast::Name*>(t)->id, ast::ExprContext::Store);
      break;
  }
}

void Compiler::check_ann_expr(const ast::Expr* e) {
  expr(e);
  emit(Opcode::POP_TOP);
}

void Compiler::ann_assign(const ast::AnnAssign* s) {
  const ast::Expr* t = s->target;
  if (s->value != nullptr) {
    expr(s->value);
    store_target(t);
  }
  bool module_or_class = u_->scope->kind == ScopeKind::Module || u_->scope->kind == ScopeKind::Class;
  bool future = (flags_ & kCompileFutureAnnotations) != 0;
  switch (t->kind) {
    case ast::ExprKind::Name:
      if (s->simple && module_or_class) {
        annotation_value(s->annotation);
        emit(Opcode::LOAD_NAME, add_name("__annotations__"));
        load_str(mangled(static_cast<const ast::Name*>(t)->id));
        emit(Opcode::STORE_SUBSCR);
      }
      break;
    case ast::ExprKind::Attribute:
      if (s->value == nullptr) check_ann_expr(static_cast<const ast::Attribute*>(t)->value);
      break;
    case ast::ExprKind::Subscript:
      if (s->value == nullptr) {
        auto* sub = static_cast<const ast::Subscript*>(t);
        check_ann_expr(sub->value);
        if (sub->slice->kind == ast::ExprKind::Slice) {
          auto* sl = static_cast<const ast::Slice*>(sub->slice);
          for (const ast::Expr* part : {sl->lower, sl->upper, sl->step}) {
            if (part != nullptr) check_ann_expr(part);
          }
        } else if (sub->slice->kind == ast::ExprKind::Tuple) {
          for (const ast::Expr* part : static_cast<const ast::Tuple*>(sub->slice)->elts) check_ann_expr(part);
        } else {
          check_ann_expr(sub->slice);
        }
      }
      break;
    default: break;
  }
  if (!s->simple && !future && module_or_class) check_ann_expr(s->annotation);
}

void Compiler::delete_target(const ast::Expr* e) {
  LocationScope loc(this, *e);
  switch (e->kind) {
    case ast::ExprKind::Name: name_op(static_cast<const ast::Name*>(e)->id, ast::ExprContext::Del); return;
    case ast::ExprKind::Attribute: {
      auto* a = static_cast<const ast::Attribute*>(e);
      expr(a->value);
      emit(Opcode::DELETE_ATTR, add_name(a->attr));
      return;
    }
    case ast::ExprKind::Subscript: {
      auto* s = static_cast<const ast::Subscript*>(e);
      expr(s->value);
      expr(s->slice);
      emit(Opcode::DELETE_SUBSCR);
      return;
    }
    case ast::ExprKind::Tuple:
      for (const ast::Expr* elt : static_cast<const ast::Tuple*>(e)->elts) delete_target(elt);
      return;
    case ast::ExprKind::List:
      for (const ast::Expr* elt : static_cast<const ast::List*>(e)->elts) delete_target(elt);
      return;
    default: syntax_error(*e, "cannot delete expression");
  }
}

// ------------------------------------------------------------------ control flow

void Compiler::if_stmt(const ast::If* s) {
  int32_t end = new_label();
  int32_t next = s->orelse.empty() ? end : new_label();
  jump_if(s->test, next, false);
  stmts(s->body);
  if (!s->orelse.empty()) {
    emit_jump_no_line(kJump, end);
    bind(next);
    stmts(s->orelse);
  }
  bind(end);
}

void Compiler::while_stmt(const ast::While* s) {
  int32_t loop = new_label(), orelse = new_label(), exit = new_label();
  bind(loop);
  push_fblock(FBlockKind::WhileLoop, loop, exit);
  if (s->test->kind == ast::ExprKind::Constant) emit(Opcode::NOP);  // `while True:` keeps its line
  jump_if(s->test, orelse, false);
  stmts(s->body);
  emit_jump_no_line(kJump, loop);
  pop_fblock();
  bind(orelse);
  stmts(s->orelse);
  bind(exit);
}

void Compiler::for_stmt(const ast::For* s) {
  int32_t start = new_label(), cleanup = new_label(), end = new_label();
  push_fblock(FBlockKind::ForLoop, start, end);
  iterated(s->iter);
  emit(Opcode::GET_ITER);
  bind(start);
  emit_jump(op_code(Opcode::FOR_ITER), cleanup);
  store_target(s->target);
  stmts(s->body);
  emit_jump_no_line(kJump, start);
  bind(cleanup);
  pop_fblock();
  stmts(s->orelse);
  bind(end);
}

void Compiler::async_for_stmt(const ast::AsyncFor* s) {
  if (!u_->is_async_function) syntax_error(*s, "'async for' outside async function");
  int32_t start = new_label(), except = new_label(), end = new_label();
  iterated(s->iter);
  emit(Opcode::GET_AITER);
  bind(start);
  push_fblock(FBlockKind::ForLoop, start, end);
  setup(kSetupFinally, except);
  emit(Opcode::GET_ANEXT);
  load_none();
  yield_from(true);
  pop_block();
  store_target(s->target);
  stmts(s->body);
  emit_jump_no_line(kJump, start);
  pop_fblock();
  bind(except);
  {
    LocationScope loc(this, *s->iter);
    emit(Opcode::END_ASYNC_FOR);
  }
  stmts(s->orelse);
  bind(end);
}

void Compiler::call_exit_with_nones() {
  load_none();
  load_none();
  load_none();
  emit(Opcode::CALL, 2);
}

void Compiler::pop_except_and_reraise() {
  emit(Opcode::COPY, 3);
  emit(Opcode::POP_EXCEPT);
  emit(Opcode::RERAISE, 1);
}

void Compiler::with_except_finish(int32_t cleanup) {
  int32_t exit = new_label();
  emit_jump(op_code(Opcode::POP_JUMP_IF_TRUE), exit);
  emit(Opcode::RERAISE, 2);
  bind(cleanup);
  pop_except_and_reraise();
  bind(exit);
  emit(Opcode::POP_TOP);
  pop_block();
  emit(Opcode::POP_EXCEPT);
  emit(Opcode::POP_TOP);
  emit(Opcode::POP_TOP);
}

void Compiler::with_stmt(const ast::Stmt* s, const std::vector<ast::WithItem*>& items,
                         const std::vector<ast::Stmt*>& body, size_t pos, bool is_async) {
  const ast::WithItem* item = items[pos];
  int32_t block = new_label(), final = new_label(), exit = new_label(), cleanup = new_label();
  expr(item->context_expr);
  if (is_async) {
    emit(Opcode::BEFORE_ASYNC_WITH);
    emit(Opcode::GET_AWAITABLE, 1);
    load_none();
    yield_from(true);
  } else {
    emit(Opcode::BEFORE_WITH);
  }
  setup(kSetupWith, final);
  bind(block);
  push_fblock(is_async ? FBlockKind::AsyncWith : FBlockKind::With, block, final, s);
  if (item->optional_vars != nullptr) {
    store_target(item->optional_vars);
  } else {
    emit(Opcode::POP_TOP);
  }
  if (pos + 1 == items.size()) {
    stmts(body);
  } else {
    with_stmt(s, items, body, pos + 1, is_async);
  }
  pop_block();
  pop_fblock();
  set_loc(*s);
  call_exit_with_nones();
  if (is_async) {
    emit(Opcode::GET_AWAITABLE, 2);
    load_none();
    yield_from(true);
  }
  emit(Opcode::POP_TOP);
  emit_jump_no_line(kJump, exit);
  bind(final);
  setup(kSetupCleanup, cleanup);
  emit(Opcode::PUSH_EXC_INFO);
  emit(Opcode::WITH_EXCEPT_START);
  if (is_async) {
    emit(Opcode::GET_AWAITABLE, 2);
    load_none();
    yield_from(true);
  }
  with_except_finish(cleanup);
  bind(exit);
}

// ------------------------------------------------------------------ try

void Compiler::try_stmt(const ast::Try* s) {
  if (!s->finalbody.empty()) {
    try_finally(s->body, s->handlers, s->orelse, s->finalbody, false);
  } else {
    try_except(s->body, s->handlers, s->orelse);
  }
}

void Compiler::try_finally(const std::vector<ast::Stmt*>& body,
                           const std::vector<ast::ExceptHandler*>& handlers,
                           const std::vector<ast::Stmt*>& orelse,
                           const std::vector<ast::Stmt*>& finalbody, bool star) {
  int32_t body_label = new_label(), end = new_label(), exit = new_label(), cleanup = new_label();
  emit(Opcode::NOP);  // the `try` line, for tracing
  setup(kSetupFinally, end);
  bind(body_label);
  push_fblock(FBlockKind::FinallyTry, body_label, end, &finalbody);
  if (!handlers.empty()) {
    if (star) {
      try_star_except(body, handlers, orelse);
    } else {
      try_except(body, handlers, orelse);
    }
  } else {
    stmts(body);
  }
  pop_block();
  pop_fblock();
  stmts(finalbody);
  emit_jump_no_line(kJump, exit);
  bind(end);
  {
    LocationScope none(this);
    setup(kSetupCleanup, cleanup);
    emit(Opcode::PUSH_EXC_INFO);
  }
  push_fblock(FBlockKind::FinallyEnd, end, -1);
  stmts(finalbody);
  pop_fblock();
  {
    LocationScope none(this);
    emit(Opcode::RERAISE, 0);
    bind(cleanup);
    pop_except_and_reraise();
  }
  bind(exit);
}

// The handler's exit code has no line of its own: it takes the body's last
// instruction's, or that of a last `pass` or constant, which CPython keeps as
// a NOP (CPython propagates a line into such code from the block before it).
void Compiler::locate_after_body(const std::vector<ast::Stmt*>& body) {
  const ast::Stmt* last = body.empty() ? nullptr : body.back();
  bool emits_nop = last != nullptr &&
                   (last->kind == ast::StmtKind::Pass ||
                    (last->kind == ast::StmtKind::Expr &&
                     static_cast<const ast::ExprStmt*>(last)->value->kind == ast::ExprKind::Constant));
  if (emits_nop) {
    set_loc(*last);
    return;
  }
  const auto& instrs = u_->seq.instrs;
  for (auto it = instrs.rbegin(); it != instrs.rend(); ++it) {
    if (it->op < kPseudoBase) {
      u_->loc = it->pos;
      return;
    }
  }
}

void Compiler::try_except(const std::vector<ast::Stmt*>& body,
                          const std::vector<ast::ExceptHandler*>& handlers,
                          const std::vector<ast::Stmt*>& orelse) {
  int32_t except = new_label(), end = new_label(), cleanup = new_label();
  emit(Opcode::NOP);  // the `try` line, for tracing
  setup(kSetupFinally, except);
  push_fblock(FBlockKind::TryExcept, -1, -1);
  stmts(body);
  pop_fblock();
  pop_block();
  stmts(orelse);
  emit_jump_no_line(kJump, end);
  bind(except);
  LocationScope none(this);
  setup(kSetupCleanup, cleanup);
  emit(Opcode::PUSH_EXC_INFO);
  push_fblock(FBlockKind::ExceptionHandler, -1, -1);
  for (size_t i = 0; i < handlers.size(); i++) {
    const ast::ExceptHandler* h = handlers[i];
    LocationScope loc(this, *h);
    if (h->type == nullptr && i + 1 < handlers.size()) syntax_error(*h, "default 'except:' must be last");
    int32_t next = new_label();
    if (h->type != nullptr) {
      expr(h->type);
      emit(Opcode::CHECK_EXC_MATCH);
      emit_jump(op_code(Opcode::POP_JUMP_IF_FALSE), next);
    }
    if (!h->name.empty()) {
      int32_t cleanup_end = new_label(), cleanup_body = new_label();
      name_op(h->name, ast::ExprContext::Store);
      setup(kSetupCleanup, cleanup_end);
      bind(cleanup_body);
      push_fblock(FBlockKind::HandlerCleanup, cleanup_body, -1, &h->name);
      stmts(h->body);
      pop_fblock();
      locate_after_body(h->body);
      pop_block();
      pop_block();
      emit(Opcode::POP_EXCEPT);
      load_none();
      name_op(h->name, ast::ExprContext::Store);
      name_op(h->name, ast::ExprContext::Del);
      emit_jump_no_line(kJump, end);
      bind(cleanup_end);
      load_none();
      name_op(h->name, ast::ExprContext::Store);
      name_op(h->name, ast::ExprContext::Del);
      emit(Opcode::RERAISE, 1);
    } else {
      emit(Opcode::POP_TOP);
      push_fblock(FBlockKind::HandlerCleanup, -1, -1, nullptr);
      stmts(h->body);
      pop_fblock();
      locate_after_body(h->body);
      pop_block();
      emit(Opcode::POP_EXCEPT);
      emit_jump_no_line(kJump, end);
    }
    bind(next);
  }
  pop_fblock();
  emit(Opcode::RERAISE, 0);
  bind(cleanup);
  pop_except_and_reraise();
  bind(end);
}

void Compiler::try_star_except(const std::vector<ast::Stmt*>& body,
                               const std::vector<ast::ExceptHandler*>& handlers,
                               const std::vector<ast::Stmt*>& orelse) {
  int32_t except = new_label(), orelse_label = new_label(), end = new_label(),
          cleanup = new_label(), reraise_star = new_label();
  setup(kSetupFinally, except);
  push_fblock(FBlockKind::TryExcept, -1, -1);
  stmts(body);
  pop_fblock();
  pop_block();
  emit_jump_no_line(kJump, orelse_label);
  bind(except);
  setup(kSetupCleanup, cleanup);
  emit(Opcode::PUSH_EXC_INFO);
  push_fblock(FBlockKind::ExceptionGroupHandler, -1, -1);
  size_t n = handlers.size();
  for (size_t i = 0; i < n; i++) {
    const ast::ExceptHandler* h = handlers[i];
    LocationScope loc(this, *h);
    int32_t next = new_label(), except_with_error = new_label(), no_match = new_label();
    if (i == 0) {
      // [exc] -> [orig, [], exc]
      emit(Opcode::COPY, 1);
      emit(Opcode::BUILD_LIST, 0);
      emit(Opcode::SWAP, 2);
    }
    if (h->type != nullptr) {
      expr(h->type);
      emit(Opcode::CHECK_EG_MATCH);
      emit(Opcode::COPY, 1);
      emit_jump(op_code(Opcode::POP_JUMP_IF_NONE), no_match);
    }
    int32_t cleanup_end = new_label(), cleanup_body = new_label();
    if (!h->name.empty()) {
      name_op(h->name, ast::ExprContext::Store);
    } else {
      emit(Opcode::POP_TOP);
    }
    setup(kSetupCleanup, cleanup_end);
    bind(cleanup_body);
    push_fblock(FBlockKind::HandlerCleanup, cleanup_body, -1, h->name.empty() ? nullptr : &h->name);
    stmts(h->body);
    pop_fblock();
    locate_after_body(h->body);
    pop_block();
    if (!h->name.empty()) {
      load_none();
      name_op(h->name, ast::ExprContext::Store);
      name_op(h->name, ast::ExprContext::Del);
    }
    emit_jump_no_line(kJump, next);
    bind(cleanup_end);
    if (!h->name.empty()) {
      load_none();
      name_op(h->name, ast::ExprContext::Store);
      name_op(h->name, ast::ExprContext::Del);
    }
    emit(Opcode::LIST_APPEND, 3);  // the raised exception joins the list
    emit(Opcode::POP_TOP);         // lasti
    emit_jump_no_line(kJump, except_with_error);
    bind(next);
    emit(Opcode::NOP);
    emit_jump_no_line(kJump, except_with_error);
    bind(no_match);
    emit(Opcode::POP_TOP);  // the None match
    bind(except_with_error);
    if (i + 1 == n) {
      emit(Opcode::LIST_APPEND, 1);  // the unhandled rest
      emit_jump_no_line(kJump, reraise_star);
    }
  }
  pop_fblock();
  SourcePosition statement_loc = u_->loc;
  locate_after_body(handlers.back()->body);  // the re-raise code has no line of its own
  int32_t reraise = new_label();
  bind(reraise_star);
  emit(Opcode::PREP_RERAISE_STAR);
  emit(Opcode::COPY, 1);
  emit_jump(op_code(Opcode::POP_JUMP_IF_NOT_NONE), reraise);
  emit(Opcode::POP_TOP);
  pop_block();
  emit(Opcode::POP_EXCEPT);
  emit_jump_no_line(kJump, end);
  bind(reraise);
  pop_block();
  emit(Opcode::SWAP, 2);
  emit(Opcode::POP_EXCEPT);
  emit(Opcode::RERAISE, 0);
  bind(cleanup);
  pop_except_and_reraise();
  u_->loc = statement_loc;
  bind(orelse_label);
  stmts(orelse);
  bind(end);
}

// ------------------------------------------------------------------ unwinding

void Compiler::unwind_fblock(const FBlock& b, bool preserve_tos) {
  switch (b.kind) {
    case FBlockKind::WhileLoop:
    case FBlockKind::ExceptionHandler:
    case FBlockKind::ExceptionGroupHandler:
    case FBlockKind::AsyncComprehensionGenerator:
      return;
    case FBlockKind::ForLoop:
    case FBlockKind::PopValue:
      if (preserve_tos) emit(Opcode::SWAP, 2);
      emit(Opcode::POP_TOP);
      return;
    case FBlockKind::TryExcept: pop_block(); return;
    case FBlockKind::FinallyTry: {
      emit(Opcode::NOP);  // the unwinding statement's line, before the finally body
      pop_block();
      if (preserve_tos) push_fblock(FBlockKind::PopValue, -1, -1);
      stmts(*static_cast<const std::vector<ast::Stmt*>*>(b.datum));
      if (preserve_tos) pop_fblock();
      // What follows seems to run after the finally body: no line (until
      // the unwinding statement's location scope ends).
      u_->loc = SourcePosition{0, 0, -1, -1};
      return;
    }
    case FBlockKind::FinallyEnd:
      if (preserve_tos) emit(Opcode::SWAP, 2);
      emit(Opcode::POP_TOP);  // the exception
      if (preserve_tos) emit(Opcode::SWAP, 2);
      pop_block();
      emit(Opcode::POP_EXCEPT);
      return;
    case FBlockKind::With:
    case FBlockKind::AsyncWith: {
      {
        LocationScope loc(this, *static_cast<const ast::Stmt*>(b.datum));
        pop_block();
        if (preserve_tos) emit(Opcode::SWAP, 2);
        call_exit_with_nones();
        if (b.kind == FBlockKind::AsyncWith) {
          emit(Opcode::GET_AWAITABLE, 2);
          load_none();
          yield_from(true);
        }
        emit(Opcode::POP_TOP);
      }
      u_->loc = SourcePosition{0, 0, -1, -1};  // as after a finally body
      return;
    }
    case FBlockKind::HandlerCleanup: {
      auto* name = static_cast<const std::string*>(b.datum);
      if (name != nullptr) pop_block();
      if (preserve_tos) emit(Opcode::SWAP, 2);
      pop_block();
      emit(Opcode::POP_EXCEPT);
      if (name != nullptr) {
        load_none();
        name_op(*name, ast::ExprContext::Store);
        name_op(*name, ast::ExprContext::Del);
      }
      return;
    }
  }
}

const FBlock* Compiler::unwind_fblock_stack(const ast::Stmt* s, bool preserve_tos, bool stop_at_loop) {
  std::vector<FBlock> saved = u_->fblocks;
  const FBlock* loop = nullptr;
  while (!u_->fblocks.empty()) {
    FBlock top = u_->fblocks.back();
    if (top.kind == FBlockKind::ExceptionGroupHandler) {
      syntax_error(*s, "'break', 'continue' and 'return' cannot appear in an except* block");
    }
    if (stop_at_loop && (top.kind == FBlockKind::WhileLoop || top.kind == FBlockKind::ForLoop)) {
      loop_found_ = top;
      loop = &loop_found_;
      break;
    }
    u_->fblocks.pop_back();
    unwind_fblock(top, preserve_tos);
  }
  u_->fblocks = std::move(saved);
  if (u_->loc.line != 0) set_loc(*s);  // after a finally body or a with exit, no line
  return loop;
}

// Whether unwinding the blocks (down to the innermost loop for break and
// continue) calls a with statement's exit, which stands on the with's line:
// the unwinding statement then first emits a NOP of its own line, so that
// tracing sees it (CPython's return, break and continue always do).
bool Compiler::unwinding_runs_with_exit(bool stop_at_loop) const {
  for (auto it = u_->fblocks.rbegin(); it != u_->fblocks.rend(); ++it) {
    if (stop_at_loop && (it->kind == FBlockKind::WhileLoop || it->kind == FBlockKind::ForLoop)) return false;
    if (it->kind == FBlockKind::With || it->kind == FBlockKind::AsyncWith) return true;
  }
  return false;
}

void Compiler::return_stmt(const ast::Return* s) {
  if (!u_->scope->is_function_like()) syntax_error(*s, "'return' outside function");
  if (s->value != nullptr && u_->scope->is_coroutine && u_->scope->is_generator) {
    syntax_error(*s, "'return' with value in async generator");
  }
  bool preserve_tos = s->value != nullptr && s->value->kind != ast::ExprKind::Constant;
  if (preserve_tos) expr(s->value);
  if (unwinding_runs_with_exit(false)) {
    if (!preserve_tos && s->value != nullptr) {
      LocationScope at(this, *s->value);
      emit(Opcode::NOP);
    }
    if (s->value == nullptr || s->value->lineno != s->lineno) emit(Opcode::NOP);
  }
  unwind_fblock_stack(s, preserve_tos, false);
  if (s->value == nullptr) {
    load_none();
  } else if (!preserve_tos) {
    load_const(constant_value(static_cast<const ast::Constant*>(s->value)));
  }
  emit(Opcode::RETURN_VALUE);
}

void Compiler::break_stmt(const ast::Stmt* s) {
  if (unwinding_runs_with_exit(true)) emit(Opcode::NOP);
  const FBlock* loop = unwind_fblock_stack(s, false, true);
  if (loop == nullptr) syntax_error(*s, "'break' outside loop");
  FBlock b = *loop;
  unwind_fblock(b, false);
  emit_jump(kJump, b.exit);
}

void Compiler::continue_stmt(const ast::Stmt* s) {
  if (unwinding_runs_with_exit(true)) emit(Opcode::NOP);
  const FBlock* loop = unwind_fblock_stack(s, false, true);
  if (loop == nullptr) syntax_error(*s, "'continue' not properly in loop");
  emit_jump(kJump, loop->block);
}

// ------------------------------------------------------------------ raise, assert, import

void Compiler::raise_stmt(const ast::Raise* s) {
  int32_t n = 0;
  if (s->exc != nullptr) {
    expr(s->exc);
    n++;
    if (s->cause != nullptr) {
      expr(s->cause);
      n++;
    }
  }
  emit(Opcode::RAISE_VARARGS, n);
}

void Compiler::assert_stmt(const ast::Assert* s) {
  int32_t end = new_label();
  jump_if(s->test, end, true);
  emit(Opcode::LOAD_ASSERTION_ERROR);
  if (s->msg != nullptr) {
    expr(s->msg);
    emit(Opcode::CALL, 0);
  }
  emit(Opcode::RAISE_VARARGS, 1);
  bind(end);
}

// Every instruction of an import statement has the statement's position, as
// in CPython 3.11 (a failing name is not singled out).
void Compiler::import_stmt(const ast::Import* s) {
  for (const ast::Alias* a : s->names) {
    load_small_int(0);
    load_none();
    emit(Opcode::IMPORT_NAME, add_name(a->name));
    size_t dot = a->name.find('.');
    if (a->asname.empty()) {
      name_op(a->name.substr(0, dot), ast::ExprContext::Store);
      continue;
    }
    if (dot == std::string::npos) {
      name_op(a->asname, ast::ExprContext::Store);
      continue;
    }
    // `import a.b.c as d` binds d to the submodule a.b.c.
    while (true) {
      size_t pos = dot + 1;
      dot = a->name.find('.', pos);
      emit(Opcode::IMPORT_FROM, add_name(a->name.substr(pos, dot == std::string::npos ? std::string::npos : dot - pos)));
      if (dot == std::string::npos) break;
      emit(Opcode::SWAP, 2);
      emit(Opcode::POP_TOP);
    }
    name_op(a->asname, ast::ExprContext::Store);
    emit(Opcode::POP_TOP);
  }
}

void Compiler::import_from(const ast::ImportFrom* s) {
  load_small_int(s->level);
  std::vector<std::string> names;
  for (const ast::Alias* a : s->names) names.push_back(a->name);
  load_const(names_tuple(names));
  emit(Opcode::IMPORT_NAME, add_name(s->module));
  for (size_t i = 0; i < s->names.size(); i++) {
    const ast::Alias* a = s->names[i];
    if (i == 0 && a->name == "*") {
      emit(Opcode::IMPORT_STAR);
      return;
    }
    emit(Opcode::IMPORT_FROM, add_name(a->name));
    name_op(a->asname.empty() ? a->name : a->asname, ast::ExprContext::Store);
  }
  emit(Opcode::POP_TOP);
}

}  // namespace taipan::compiler
