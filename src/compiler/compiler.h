// The code generator: walks the AST of one module (after the symbol table
// has resolved every name) and emits, per function/class/comprehension, an
// instruction stream that the assembler turns into a Code object. The
// generator follows CPython 3.11's instruction choices and stack layouts.
// Its methods are spread by concern over compiler.cpp (units, names,
// constants, functions, classes), compile_expr.cpp, compile_stmt.cpp and
// compile_pattern.cpp.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "compiler/assembler.h"
#include "compiler/compile.h"
#include "compiler/compile_error.h"
#include "compiler/instructions.h"
#include "compiler/symtable.h"
#include "parser/ast.h"

namespace taipan::compiler {

// The enclosing constructs that break/continue/return must unwind through.
enum class FBlockKind : uint8_t {
  WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, AsyncWith, HandlerCleanup,
  PopValue, ExceptionHandler, ExceptionGroupHandler, AsyncComprehensionGenerator
};

struct FBlock {
  FBlockKind kind;
  int32_t block;            // loop start (continue target)
  int32_t exit;             // loop exit (break target)
  const void* datum;        // finally body, with statement, handler name
};

// What a name load/store/delete compiles to.
enum class NameOp : uint8_t { Fast, Deref, Global, Name };

// One code object under construction.
struct Unit {
  Scope* scope = nullptr;
  std::string name;
  std::string qualname;
  std::string private_name;  // class name for mangling, inherited by nested functions
  int firstlineno = 1;
  int argcount = 0;
  int posonlyargcount = 0;
  int kwonlyargcount = 0;
  bool is_async_function = false;

  InstrSeq seq;
  SourcePosition loc{};

  std::vector<Ref> consts;
  std::unordered_map<std::string, int32_t> const_index;
  std::vector<std::string> names;
  std::unordered_map<std::string, int32_t> name_index;

  std::vector<std::string> localsplus;
  std::vector<uint8_t> kinds;
  int nlocals = 0;
  int ncells = 0;
  int nfree = 0;
  std::unordered_map<std::string, int32_t> fast_index;   // fast locals
  std::unordered_map<std::string, int32_t> cell_index;   // cells (localsplus index)
  std::unordered_map<std::string, int32_t> free_index;   // free variables (localsplus index)

  std::vector<FBlock> fblocks;
};

// A constant known at compile time: the value and a key that identifies it
// for de-duplication in co_consts (type and value, as CPython's const cache).
struct ConstValue {
  Ref value;
  std::string key;
};

// State while compiling one case's pattern (CPython's pattern_context).
struct PatternContext {
  std::vector<std::string> stores;  // captured names, in stack order
  bool allow_irrefutable = false;   // whether a bare capture/wildcard is allowed here
  std::vector<int32_t> fail_pop;    // fail_pop[i]: label that pops i items then fails
  long on_top = 0;                  // items above the captures that failure must pop
};

// A finished code object and the names of its free variables (which the
// enclosing unit passes to MAKE_FUNCTION as the closure).
struct CompiledUnit {
  Ref code;
  std::vector<std::string> freevars;
};

class Compiler {
 public:
  Compiler(const SymbolTable& symbols, Value filename, uint32_t flags);
  // Compiles the whole module; throws CompileError or PendingError.
  Ref compile(const ast::Mod* mod);
  // The docstring of a body (its first statement when a string constant), or null.
  static const ast::Constant* docstring_of(const std::vector<ast::Stmt*>& body);

 private:
  friend class LocationScope;
  const SymbolTable& symbols_;
  Value filename_;
  uint32_t flags_;
  bool interactive_ = false;
  std::vector<std::unique_ptr<Unit>> units_;
  Unit* u_ = nullptr;
  FBlock loop_found_{};  // the loop a break/continue unwinds to
  std::unordered_set<const ast::Expr*> not_constant_;  // subtrees that do not fold

  // ---------------------------------------------------------- compiler.cpp
  void enter_unit(Scope* scope, const std::string& name, int firstlineno);
  CompiledUnit leave_unit();
  uint32_t code_flags() const;

  void emit(Opcode op, int32_t arg = 0);
  void emit_jump(uint16_t op, int32_t label);
  // A jump the source does not write (loop back edges, skipping an else):
  // no line of its own, so tracing sees no line event for it (CPython's
  // artificial jumps).
  void emit_jump_no_line(uint16_t op, int32_t label);
  int32_t new_label();
  void bind(int32_t label);
  void setup(uint16_t kind, int32_t label);  // kSetupFinally / kSetupCleanup / kSetupWith
  void pop_block();
  void implicit_return();
  void locate_after_body(const std::vector<ast::Stmt*>& body);
  void set_loc(const ast::Node& n);

  int32_t add_const(ConstValue c);
  void load_const(ConstValue c);
  void load_none();
  void load_small_int(int64_t v);
  void load_str(const std::string& s);
  ConstValue str_const(const std::string& s);
  ConstValue names_tuple(const std::vector<std::string>& names);
  ConstValue tuple_const(std::vector<ConstValue>& items);
  int32_t add_name(const std::string& name);  // co_names index, mangled
  std::string mangled(const std::string& name) const;

  void name_op(const std::string& name, ast::ExprContext ctx);
  // CPython's forbidden names: __debug__ may not be bound or deleted (a
  // SyntaxError at the current location).
  void forbid_debug_binding(const std::string& name, ast::ExprContext ctx);
  void forbid_debug_parameters(const ast::Arguments* args);
  NameOp name_kind(const std::string& mangled_name) const;

  void push_fblock(FBlockKind kind, int32_t block, int32_t exit, const void* datum = nullptr);
  void pop_fblock();

  std::string qualname_for(const std::string& name, Scope* scope) const;
  void make_closure(CompiledUnit unit, int32_t flags);
  int32_t default_arguments(const ast::Arguments* args);
  bool annotations(const ast::Arguments* args, const ast::Expr* returns);
  void annotation_value(const ast::Expr* annotation);
  std::string annotation_text(const ast::Expr* e);
  void function_def(const ast::Stmt* s, const std::string& name, const ast::Arguments* args,
                    const std::vector<ast::Stmt*>& body, const std::vector<ast::Expr*>& decorators,
                    const ast::Expr* returns);
  void lambda(const ast::Lambda* e);
  void class_def(const ast::ClassDef* s);
  void apply_decorators(const std::vector<ast::Expr*>& decorators);
  void body_with_docstring(const std::vector<ast::Stmt*>& body);

  // ------------------------------------------------------- compile_expr.cpp
  void expr(const ast::Expr* e);
  void expr_inner(const ast::Expr* e);
  bool try_constant(const ast::Expr* e, ConstValue* out);
  bool try_fold(const ast::Expr* e, ConstValue* out);
  ConstValue constant_value(const ast::Constant* c);
  void jump_if(const ast::Expr* e, int32_t label, bool cond);
  void compare(const ast::Compare* e);
  void last_comparator(const ast::Compare* e);
  bool constant_items(const std::vector<ast::Expr*>& elts, std::vector<ConstValue>* items);
  ConstValue frozenset_const(std::vector<ConstValue>& items);
  void iterated(const ast::Expr* e);
  void compare_op(ast::CmpOp op);
  void bool_op(const ast::BoolOp* e);
  void tuple_of(const std::vector<ast::Expr*>& elts);
  void sequence(const std::vector<ast::Expr*>& elts, int pushed, Opcode build, Opcode add,
                Opcode extend, bool tuple);
  void dict(const ast::Dict* e);
  void subdict(const ast::Dict* e, size_t begin, size_t end);
  void call(const ast::Call* e);
  void call_helper(int pushed, const std::vector<ast::Expr*>& args,
                   const std::vector<ast::Keyword*>& keywords);
  void subkwargs(const std::vector<ast::Keyword*>& keywords, size_t begin, size_t end);
  void keyword_names(const std::vector<ast::Keyword*>& keywords);
  void joined_str(const ast::JoinedStr* e);
  void formatted_value(const ast::FormattedValue* e);
  void comprehension(const ast::Expr* e, const std::vector<ast::Comprehension*>& generators,
                     const ast::Expr* elt, const ast::Expr* value);
  void comprehension_generator(const ast::Expr* e, const std::vector<ast::Comprehension*>& gens,
                               size_t index, int depth, const ast::Expr* elt,
                               const ast::Expr* value);
  void comprehension_element(const ast::Expr* e, int depth, const ast::Expr* elt,
                             const ast::Expr* value);
  void yield_value();
  void yield_from(bool await);
  void store_target(const ast::Expr* e);
  void unpack_target(const ast::Expr* e, const std::vector<ast::Expr*>& elts);

  // ------------------------------------------------------- compile_stmt.cpp
  void stmt(const ast::Stmt* s);
  void stmts(const std::vector<ast::Stmt*>& body);
  void assign(const ast::Assign* s);
  void aug_assign(const ast::AugAssign* s);
  void ann_assign(const ast::AnnAssign* s);
  void check_ann_expr(const ast::Expr* e);
  void delete_target(const ast::Expr* e);
  void if_stmt(const ast::If* s);
  void while_stmt(const ast::While* s);
  void for_stmt(const ast::For* s);
  void async_for_stmt(const ast::AsyncFor* s);
  void with_stmt(const ast::Stmt* s, const std::vector<ast::WithItem*>& items,
                 const std::vector<ast::Stmt*>& body, size_t pos, bool is_async);
  void with_except_finish(int32_t cleanup);
  void call_exit_with_nones();
  void try_stmt(const ast::Try* s);
  void try_except(const std::vector<ast::Stmt*>& body,
                  const std::vector<ast::ExceptHandler*>& handlers,
                  const std::vector<ast::Stmt*>& orelse);
  void try_finally(const std::vector<ast::Stmt*>& body,
                   const std::vector<ast::ExceptHandler*>& handlers,
                   const std::vector<ast::Stmt*>& orelse,
                   const std::vector<ast::Stmt*>& finalbody, bool star);
  void try_star_except(const std::vector<ast::Stmt*>& body,
                       const std::vector<ast::ExceptHandler*>& handlers,
                       const std::vector<ast::Stmt*>& orelse);
  void pop_except_and_reraise();
  void return_stmt(const ast::Return* s);
  void break_stmt(const ast::Stmt* s);
  void continue_stmt(const ast::Stmt* s);
  // Emits the cleanup of every enclosing block up to (not including) a loop
  // when `stop_at_loop`; returns that loop's block, or null.
  const FBlock* unwind_fblock_stack(const ast::Stmt* s, bool preserve_tos, bool stop_at_loop);
  bool unwinding_runs_with_exit(bool stop_at_loop) const;
  void unwind_fblock(const FBlock& b, bool preserve_tos);
  void raise_stmt(const ast::Raise* s);
  void assert_stmt(const ast::Assert* s);
  void import_stmt(const ast::Import* s);
  void import_from(const ast::ImportFrom* s);

  // ---------------------------------------------------- compile_pattern.cpp
  void match_stmt(const ast::Match* s);
  void pattern(const ast::Pattern* p, PatternContext& pc);
  void pattern_subpattern(const ast::Pattern* p, PatternContext& pc);
  void pattern_sequence(const ast::MatchSequence* p, PatternContext& pc);
  void pattern_mapping(const ast::MatchMapping* p, PatternContext& pc);
  void pattern_class(const ast::MatchClass* p, PatternContext& pc);
  void pattern_or(const ast::MatchOr* p, PatternContext& pc);
  void pattern_store_name(const ast::Pattern* p, const std::string& name, PatternContext& pc);
  void pattern_rotate(int count);
  void ensure_fail_pop(PatternContext& pc, size_t n);
  void jump_to_fail_pop(PatternContext& pc, uint16_t op);
  void emit_and_reset_fail_pop(PatternContext& pc);
};

// Sets the current source position for the lifetime of the object and
// restores the previous one afterwards.
class LocationScope {
 public:
  LocationScope(Compiler* c, const ast::Node& n);
  // n's location, started at attr's name when attr ends on another line
  // (CPython's update_start_location_to_match_attr): a traceback through
  // `obj\n    .method()` points at the line of `.method`.
  LocationScope(Compiler* c, const ast::Node& n, const ast::Attribute& attr);
  // No location: what is emitted meanwhile has no line of its own
  // (CPython's artificial instructions), so tracing sees no line event.
  explicit LocationScope(Compiler* c);
  ~LocationScope();

 private:
  Compiler* c_;
  SourcePosition saved_;
};

}  // namespace taipan::compiler
