// The code generator's framework: code units (enter/leave, fast-slot layout,
// flags), emission helpers, constants and names, name resolution to
// instructions, and the definitions that create code objects: modules,
// functions, lambdas and classes.
#include "compiler/compiler.h"

#include <algorithm>
#include <cstdio>

#include "compiler/unparse.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace taipan::compiler {

LocationScope::LocationScope(Compiler* c, const ast::Node& n) : c_(c), saved_(c->u_->loc) {
  c->set_loc(n);
}
LocationScope::LocationScope(Compiler* c, const ast::Node& n, const ast::Attribute& attr)
    : LocationScope(c, n) {
  SourcePosition& loc = c->u_->loc;
  if (loc.line == attr.end_lineno) return;
  loc.line = attr.end_lineno;
  // The name's length in code points, as CPython counts it.
  int32_t len = 0;
  for (unsigned char ch : attr.attr) len += (ch & 0xC0) != 0x80;
  if (len <= attr.end_col_offset) {
    loc.col = attr.end_col_offset - len;
  } else {
    loc.col = loc.end_col = -1;
  }
  loc.end_line = std::max(loc.line, loc.end_line);
  if (loc.line == loc.end_line) loc.end_col = std::max(loc.col, loc.end_col);
}
LocationScope::LocationScope(Compiler* c) : c_(c), saved_(c->u_->loc) {
  c->u_->loc = SourcePosition{0, 0, -1, -1};
}
LocationScope::~LocationScope() { c_->u_->loc = saved_; }

Compiler::Compiler(const SymbolTable& symbols, Value filename, uint32_t flags)
    : symbols_(symbols), filename_(filename), flags_(flags) {}

// ------------------------------------------------------------------ units

void Compiler::enter_unit(Scope* scope, const std::string& name, int firstlineno) {
  auto unit = std::make_unique<Unit>();
  Unit* u = unit.get();
  u->scope = scope;
  u->name = name;
  u->firstlineno = firstlineno;
  u->qualname = scope->kind == ScopeKind::Module ? name : qualname_for(name, scope);
  u->private_name = scope->kind == ScopeKind::Class ? name : (u_ != nullptr ? u_->private_name : "");
  u->is_async_function = scope->kind == ScopeKind::Function && scope->is_coroutine;

  // Fast slots: locals (parameters first), then cells, then free variables.
  std::vector<std::string> varnames;
  if (scope->is_function_like()) {
    varnames = scope->params;
    for (const std::string& n : scope->order) {
      const Symbol& sym = scope->symbols.at(n);
      if (sym.scope == NameScope::Local && !(sym.flags & kDefParam)) varnames.push_back(n);
    }
  }
  std::vector<std::string> cells, frees;
  for (const auto& [n, sym] : scope->symbols) {
    if (sym.scope == NameScope::Cell) cells.push_back(n);
    if (sym.scope == NameScope::Free ||
        (scope->kind == ScopeKind::Class && (sym.flags & kDefFreeClass))) {
      frees.push_back(n);
    }
  }
  std::sort(cells.begin(), cells.end());
  std::sort(frees.begin(), frees.end());
  if (scope->needs_class_closure) cells.insert(cells.begin(), "__class__");
  for (const std::string& n : varnames) {
    u->fast_index[n] = static_cast<int32_t>(u->localsplus.size());
    u->localsplus.push_back(n);
    u->kinds.push_back(kLocalFast);
  }
  u->nlocals = static_cast<int>(varnames.size());
  for (const std::string& n : cells) {
    auto it = u->fast_index.find(n);
    if (it != u->fast_index.end()) {
      u->kinds[it->second] |= kLocalCell;
      u->cell_index[n] = it->second;
      continue;
    }
    u->cell_index[n] = static_cast<int32_t>(u->localsplus.size());
    u->localsplus.push_back(n);
    u->kinds.push_back(kLocalCell);
  }
  for (const std::string& n : frees) {
    u->free_index[n] = static_cast<int32_t>(u->localsplus.size());
    u->localsplus.push_back(n);
    u->kinds.push_back(kLocalFree);
  }
  u->ncells = static_cast<int>(cells.size());
  u->nfree = static_cast<int>(frees.size());

  units_.push_back(std::move(unit));
  u_ = u;

  // Prefix: cells, free variables, generator creation, then RESUME.
  u->loc = SourcePosition{0, 0, -1, -1};
  for (size_t i = 0; i < u->kinds.size(); i++) {
    if (u->kinds[i] & kLocalCell) emit(Opcode::MAKE_CELL, static_cast<int32_t>(i));
  }
  if (u->nfree > 0) emit(Opcode::COPY_FREE_VARS, u->nfree);
  u->loc = scope->kind == ScopeKind::Module ? SourcePosition{0, 1, 0, 0}
                                            : SourcePosition{firstlineno, firstlineno, -1, -1};
  if (scope->is_function_like() && (scope->is_generator || scope->is_coroutine)) {
    emit(Opcode::RETURN_GENERATOR);
    emit(Opcode::POP_TOP);
  }
  if (scope->kind != ScopeKind::Module) u->loc.col = u->loc.end_col = 0;  // CPython's RESUME spans no columns
  emit(Opcode::RESUME, 0);
}

uint32_t Compiler::code_flags() const {
  const Scope* s = u_->scope;
  uint32_t flags = 0;
  if (s->is_function_like()) {
    flags |= kCoOptimized | kCoNewLocals;
    if (s->is_nested) flags |= kCoNested;
    if (s->is_generator && !s->is_coroutine) flags |= kCoGenerator;
    if (!s->is_generator && s->is_coroutine) flags |= kCoCoroutine;
    if (s->is_generator && s->is_coroutine) flags |= kCoAsyncGenerator;
    if (s->has_varargs) flags |= kCoVarargs;
    if (s->has_varkeywords) flags |= kCoVarkeywords;
  }
  return flags | (flags_ & kCompileFutureMask);
}

CompiledUnit Compiler::leave_unit() {
  Unit* u = u_;
  CodeMeta meta;
  meta.name = u->name;
  meta.qualname = u->qualname;
  meta.filename = filename_;
  meta.firstlineno = u->firstlineno;
  meta.argcount = u->argcount + u->posonlyargcount;
  meta.posonlyargcount = u->posonlyargcount;
  meta.kwonlyargcount = u->kwonlyargcount;
  meta.flags = code_flags();
  meta.localsplus_names = u->localsplus;
  meta.localsplus_kinds = u->kinds;
  meta.nlocals = u->nlocals;
  meta.ncellvars = u->ncells;
  meta.nfreevars = u->nfree;
  Tuple* consts = tuple_new(static_cast<int64_t>(u->consts.size()));
  if (consts == nullptr) throw PendingError{};
  meta.consts = Ref::steal(consts);
  for (size_t i = 0; i < u->consts.size(); i++) consts->items[i] = u->consts[i].release();
  Tuple* names = tuple_new(static_cast<int64_t>(u->names.size()));
  if (names == nullptr) throw PendingError{};
  meta.names = Ref::steal(names);
  for (size_t i = 0; i < u->names.size(); i++) {
    names->items[i] = Value::object(intern(u->names[i]));
  }
  CompiledUnit out;
  out.code = assemble(u->seq, meta);
  out.freevars.assign(u->localsplus.end() - u->nfree, u->localsplus.end());
  units_.pop_back();
  u_ = units_.empty() ? nullptr : units_.back().get();
  return out;
}

// ------------------------------------------------------------------ emission

void Compiler::emit(Opcode op, int32_t arg) {
  u_->seq.instrs.push_back(Instr{op_code(op), arg, -1, u_->loc});
}

void Compiler::emit_jump(uint16_t op, int32_t label) {
  u_->seq.instrs.push_back(Instr{op, 0, label, u_->loc});
}

int32_t Compiler::new_label() { return u_->seq.label_count++; }

void Compiler::bind(int32_t label) {
  u_->seq.instrs.push_back(Instr{kLabel, label, -1, u_->loc});
}

void Compiler::setup(uint16_t kind, int32_t label) {
  int32_t id = static_cast<int32_t>(u_->seq.handlers.size());
  u_->seq.handlers.push_back(Handler{label, kind});
  u_->seq.instrs.push_back(Instr{kind, id, -1, u_->loc});
}

void Compiler::pop_block() { u_->seq.instrs.push_back(Instr{kPopBlock, 0, -1, u_->loc}); }

void Compiler::emit_jump_no_line(uint16_t op, int32_t label) {
  LocationScope none(this);
  emit_jump(op, label);
}

void Compiler::set_loc(const ast::Node& n) {
  u_->loc = SourcePosition{n.lineno, n.end_lineno, n.col_offset, n.end_col_offset};
}

// `return None` at the end of a body that can fall off its end, with no
// line of its own: it stands on the line of whatever ran before it (CPython
// gives each path its own copy with that path's line).
void Compiler::implicit_return() {
  const auto& instrs = u_->seq.instrs;
  if (!instrs.empty() && instrs.back().op < kPseudoBase && is_terminator(instrs.back().op)) return;
  u_->loc = SourcePosition{0, 0, -1, -1};
  load_none();
  emit(Opcode::RETURN_VALUE);
}

// ------------------------------------------------------------------ constants and names

int32_t Compiler::add_const(ConstValue c) {
  auto it = u_->const_index.find(c.key);
  if (it != u_->const_index.end()) return it->second;
  int32_t index = static_cast<int32_t>(u_->consts.size());
  u_->const_index.emplace(std::move(c.key), index);
  u_->consts.push_back(std::move(c.value));
  return index;
}

void Compiler::load_const(ConstValue c) { emit(Opcode::LOAD_CONST, add_const(std::move(c))); }
void Compiler::load_none() { load_const(ConstValue{Ref::none(), "N"}); }
void Compiler::load_small_int(int64_t v) {
  load_const(ConstValue{Ref::small_int(v), "i" + std::to_string(v)});
}

ConstValue Compiler::str_const(const std::string& s) {
  Ref v;
  bool identifier = s.size() <= 40 && std::all_of(s.begin(), s.end(), [](char ch) {
                      return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
                             (ch >= '0' && ch <= '9') || ch == '_';
                    });
  if (identifier) {
    v = Ref::borrow(Value::object(intern(s)));
  } else {
    v = str_from_utf8(s);
    if (!v) throw PendingError{};
  }
  return ConstValue{std::move(v), "s" + s};
}

void Compiler::load_str(const std::string& s) { load_const(str_const(s)); }

ConstValue Compiler::names_tuple(const std::vector<std::string>& names) {
  std::vector<ConstValue> items;
  items.reserve(names.size());
  for (const std::string& n : names) items.push_back(str_const(n));
  return tuple_const(items);
}

std::string Compiler::mangled(const std::string& name) const { return mangle(u_->private_name, name); }

int32_t Compiler::add_name(const std::string& raw) {
  std::string name = mangled(raw);
  auto it = u_->name_index.find(name);
  if (it != u_->name_index.end()) return it->second;
  int32_t index = static_cast<int32_t>(u_->names.size());
  u_->name_index.emplace(name, index);
  u_->names.push_back(std::move(name));
  return index;
}

NameOp Compiler::name_kind(const std::string& m) const {
  bool function = u_->scope->is_function_like();
  switch (u_->scope->lookup(m)) {
    case NameScope::Free:
    case NameScope::Cell: return NameOp::Deref;
    case NameScope::Local: return function ? NameOp::Fast : NameOp::Name;
    case NameScope::GlobalImplicit: return function ? NameOp::Global : NameOp::Name;
    case NameScope::GlobalExplicit: return NameOp::Global;
    case NameScope::Unknown: break;
  }
  return NameOp::Name;
}

void Compiler::forbid_debug_binding(const std::string& name, ast::ExprContext ctx) {
  if (ctx == ast::ExprContext::Load || name != "__debug__") return;
  const SourcePosition& p = u_->loc;
  throw CompileError{ctx == ast::ExprContext::Store ? "cannot assign to __debug__" : "cannot delete __debug__",
                     p.line, p.col, p.end_line, p.end_col};
}

void Compiler::forbid_debug_parameters(const ast::Arguments* args) {
  for (const auto* list : {&args->posonlyargs, &args->args, &args->kwonlyargs}) {
    for (const ast::Arg* a : *list) forbid_debug_binding(a->arg, ast::ExprContext::Store);
  }
  for (const ast::Arg* a : {args->vararg, args->kwarg}) {
    if (a != nullptr) forbid_debug_binding(a->arg, ast::ExprContext::Store);
  }
}

void Compiler::name_op(const std::string& name, ast::ExprContext ctx) {
  forbid_debug_binding(name, ctx);
  std::string m = mangled(name);
  using C = ast::ExprContext;
  switch (name_kind(m)) {
    case NameOp::Fast: {
      auto it = u_->fast_index.find(m);
      int32_t i = it->second;
      emit(ctx == C::Load ? Opcode::LOAD_FAST : ctx == C::Store ? Opcode::STORE_FAST : Opcode::DELETE_FAST, i);
      return;
    }
    case NameOp::Deref: {
      auto it = u_->cell_index.find(m);
      int32_t i = it != u_->cell_index.end() ? it->second : u_->free_index.at(m);
      Opcode load = u_->scope->kind == ScopeKind::Class ? Opcode::LOAD_CLASSDEREF : Opcode::LOAD_DEREF;
      emit(ctx == C::Load ? load : ctx == C::Store ? Opcode::STORE_DEREF : Opcode::DELETE_DEREF, i);
      return;
    }
    case NameOp::Global: {
      int32_t i = add_name(name);
      if (ctx == C::Load) {
        emit(Opcode::LOAD_GLOBAL, i << 1);
      } else {
        emit(ctx == C::Store ? Opcode::STORE_GLOBAL : Opcode::DELETE_GLOBAL, i);
      }
      return;
    }
    case NameOp::Name: {
      int32_t i = add_name(name);
      emit(ctx == C::Load ? Opcode::LOAD_NAME : ctx == C::Store ? Opcode::STORE_NAME : Opcode::DELETE_NAME, i);
      return;
    }
  }
}

// ------------------------------------------------------------------ blocks

void Compiler::push_fblock(FBlockKind kind, int32_t block, int32_t exit, const void* datum) {
  if (u_->fblocks.size() >= 20) {
    ast::Node where;
    where.lineno = u_->loc.line;
    where.end_lineno = u_->loc.end_line;
    where.col_offset = u_->loc.col;
    where.end_col_offset = u_->loc.end_col;
    syntax_error(where, "too many statically nested blocks");
  }
  u_->fblocks.push_back(FBlock{kind, block, exit, datum});
}

void Compiler::pop_fblock() { u_->fblocks.pop_back(); }

// ------------------------------------------------------------------ definitions

std::string Compiler::qualname_for(const std::string& name, Scope* scope) const {
  Unit* parent = u_;
  if (parent == nullptr || parent->scope->kind == ScopeKind::Module) return name;
  if (scope->kind == ScopeKind::Function || scope->kind == ScopeKind::Class) {
    if (parent->scope->lookup(mangle(parent->private_name, name)) == NameScope::GlobalExplicit) {
      return name;
    }
  }
  ScopeKind pk = parent->scope->kind;
  if (pk == ScopeKind::Function || pk == ScopeKind::Lambda) {
    return parent->qualname + ".<locals>." + name;
  }
  return parent->qualname + "." + name;
}

void Compiler::make_closure(CompiledUnit unit, int32_t flags) {
  if (!unit.freevars.empty()) {
    for (const std::string& n : unit.freevars) {
      auto it = u_->cell_index.find(n);
      emit(Opcode::LOAD_CLOSURE, it != u_->cell_index.end() ? it->second : u_->free_index.at(n));
    }
    emit(Opcode::BUILD_TUPLE, static_cast<int32_t>(unit.freevars.size()));
    flags |= 8;
  }
  char key[32];
  std::snprintf(key, sizeof key, "p%p", static_cast<void*>(unit.code.get().as_object()));
  load_const(ConstValue{std::move(unit.code), key});
  emit(Opcode::MAKE_FUNCTION, flags);
}

int32_t Compiler::default_arguments(const ast::Arguments* args) {
  int32_t flags = 0;
  if (!args->defaults.empty()) {
    tuple_of(args->defaults);
    flags |= 1;
  }
  // Keyword-only defaults: the values, then the tuple of their names.
  std::vector<std::string> names;
  for (size_t i = 0; i < args->kwonlyargs.size(); i++) {
    const ast::Expr* d = args->kw_defaults[i];
    if (d == nullptr) continue;
    expr(d);
    names.push_back(mangled(args->kwonlyargs[i]->arg));
  }
  if (!names.empty()) {
    load_const(names_tuple(names));
    emit(Opcode::BUILD_CONST_KEY_MAP, static_cast<int32_t>(names.size()));
    flags |= 2;
  }
  return flags;
}

void Compiler::annotation_value(const ast::Expr* annotation) {
  if (flags_ & kCompileFutureAnnotations) {
    load_str(annotation_text(annotation));
  } else if (annotation->kind == ast::ExprKind::Starred) {
    expr(static_cast<const ast::Starred*>(annotation)->value);
    emit(Opcode::UNPACK_SEQUENCE, 1);
  } else {
    expr(annotation);
  }
}

std::string Compiler::annotation_text(const ast::Expr* e) {
  return unparse_expr(e, [this](const ast::Constant* c) { return constant_value(c).value; });
}

bool Compiler::annotations(const ast::Arguments* args, const ast::Expr* returns) {
  int32_t count = 0;
  auto one = [&](const std::string& name, const ast::Expr* annotation) {
    if (annotation == nullptr) return;
    load_str(mangled(name));
    annotation_value(annotation);
    count += 2;
  };
  for (const ast::Arg* a : args->args) one(a->arg, a->annotation);
  for (const ast::Arg* a : args->posonlyargs) one(a->arg, a->annotation);
  if (args->vararg != nullptr) one(args->vararg->arg, args->vararg->annotation);
  for (const ast::Arg* a : args->kwonlyargs) one(a->arg, a->annotation);
  if (args->kwarg != nullptr) one(args->kwarg->arg, args->kwarg->annotation);
  one("return", returns);
  if (count == 0) return false;
  emit(Opcode::BUILD_TUPLE, count);
  return true;
}

const ast::Constant* Compiler::docstring_of(const std::vector<ast::Stmt*>& body) {
  if (body.empty() || body[0]->kind != ast::StmtKind::Expr) return nullptr;
  const ast::Expr* v = static_cast<const ast::ExprStmt*>(body[0])->value;
  if (v->kind != ast::ExprKind::Constant) return nullptr;
  auto* c = static_cast<const ast::Constant*>(v);
  return c->value_kind == ast::ConstantKind::Str ? c : nullptr;
}

void Compiler::function_def(const ast::Stmt* s, const std::string& name, const ast::Arguments* args,
                            const std::vector<ast::Stmt*>& body,
                            const std::vector<ast::Expr*>& decorators, const ast::Expr* returns) {
  forbid_debug_parameters(args);
  for (const ast::Expr* d : decorators) expr(d);
  int firstlineno = decorators.empty() ? s->lineno : decorators[0]->lineno;
  int32_t flags = default_arguments(args);
  if (annotations(args, returns)) flags |= 4;
  enter_unit(symbols_.scope_of(s), name, firstlineno);
  const ast::Constant* doc = docstring_of(body);
  if (doc != nullptr) {
    add_const(str_const(doc->str));
  } else {
    add_const(ConstValue{Ref::none(), "N"});
  }
  u_->argcount = static_cast<int>(args->args.size());
  u_->posonlyargcount = static_cast<int>(args->posonlyargs.size());
  u_->kwonlyargcount = static_cast<int>(args->kwonlyargs.size());
  for (size_t i = doc != nullptr ? 1 : 0; i < body.size(); i++) stmt(body[i]);
  implicit_return();
  CompiledUnit unit = leave_unit();
  make_closure(std::move(unit), flags);
  apply_decorators(decorators);
  name_op(name, ast::ExprContext::Store);
}

void Compiler::lambda(const ast::Lambda* e) {
  forbid_debug_parameters(e->args);
  int32_t flags = default_arguments(e->args);
  enter_unit(symbols_.scope_of(e), "<lambda>", e->lineno);
  add_const(ConstValue{Ref::none(), "N"});
  u_->argcount = static_cast<int>(e->args->args.size());
  u_->posonlyargcount = static_cast<int>(e->args->posonlyargs.size());
  u_->kwonlyargcount = static_cast<int>(e->args->kwonlyargs.size());
  {
    LocationScope loc(this, *e->body);
    expr(e->body);
    // CPython returns from the lambda's own line (column 0): a body on
    // later lines is followed by a line event for the lambda's first.
    if (!u_->scope->is_generator) u_->loc = SourcePosition{e->lineno, e->lineno, 0, 0};
    emit(Opcode::RETURN_VALUE);
  }
  CompiledUnit unit = leave_unit();
  make_closure(std::move(unit), flags);
}

void Compiler::body_with_docstring(const std::vector<ast::Stmt*>& body) {
  size_t i = 0;
  if (const ast::Constant* doc = docstring_of(body)) {
    LocationScope loc(this, *body[0]);
    load_const(str_const(doc->str));
    name_op("__doc__", ast::ExprContext::Store);
    i = 1;
  }
  for (; i < body.size(); i++) stmt(body[i]);
}

// Calls the decorators, innermost first, each on its own line (as tracing
// and tracebacks see them).
void Compiler::apply_decorators(const std::vector<ast::Expr*>& decorators) {
  for (size_t i = decorators.size(); i-- > 0;) {
    LocationScope loc(this, *decorators[i]);
    emit(Opcode::CALL, 0);
  }
}

void Compiler::class_def(const ast::ClassDef* s) {
  for (const ast::Expr* d : s->decorator_list) expr(d);
  int firstlineno = s->decorator_list.empty() ? s->lineno : s->decorator_list[0]->lineno;
  Scope* scope = symbols_.scope_of(s);
  enter_unit(scope, s->name, firstlineno);
  set_loc(*s);
  name_op("__name__", ast::ExprContext::Load);
  name_op("__module__", ast::ExprContext::Store);
  load_str(u_->qualname);
  name_op("__qualname__", ast::ExprContext::Store);
  if (scope->has_annotations) emit(Opcode::SETUP_ANNOTATIONS);
  body_with_docstring(s->body);
  {
    LocationScope none(this);  // the body's end has no line of its own
    if (scope->needs_class_closure) {
      emit(Opcode::LOAD_CLOSURE, u_->cell_index.at("__class__"));
      emit(Opcode::COPY, 1);
      name_op("__classcell__", ast::ExprContext::Store);
    } else {
      load_none();
    }
    emit(Opcode::RETURN_VALUE);
  }
  CompiledUnit unit = leave_unit();
  emit(Opcode::PUSH_NULL);
  emit(Opcode::LOAD_BUILD_CLASS);
  make_closure(std::move(unit), 0);
  load_str(s->name);
  call_helper(2, s->bases, s->keywords);
  apply_decorators(s->decorator_list);
  name_op(s->name, ast::ExprContext::Store);
}

// ------------------------------------------------------------------ modules

Ref Compiler::compile(const ast::Mod* mod) {
  Scope* top = symbols_.top();
  enter_unit(top, "<module>", 1);
  switch (mod->kind) {
    case ast::ModKind::Module: {
      const auto& body = static_cast<const ast::Module*>(mod)->body;
      if (!body.empty()) set_loc(*body[0]);
      if (top->has_annotations) emit(Opcode::SETUP_ANNOTATIONS);
      body_with_docstring(body);
      implicit_return();
      break;
    }
    case ast::ModKind::Interactive: {
      const auto& body = static_cast<const ast::Interactive*>(mod)->body;
      interactive_ = true;
      if (!body.empty()) set_loc(*body[0]);
      if (top->has_annotations) emit(Opcode::SETUP_ANNOTATIONS);
      stmts(body);
      implicit_return();
      break;
    }
    case ast::ModKind::Expression: {
      const ast::Expr* body = static_cast<const ast::Expression*>(mod)->body;
      set_loc(*body);
      expr(body);
      emit(Opcode::RETURN_VALUE);
      break;
    }
    case ast::ModKind::FunctionType:
      load_none();
      emit(Opcode::RETURN_VALUE);
      break;
  }
  return leave_unit().code;
}

}  // namespace taipan::compiler
