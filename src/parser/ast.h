// ast.h — the abstract syntax tree, mirroring Python 3.11's `ast` module.
//
// Every node class of CPython 3.11's ast has a struct here with the same
// fields in the same order. Renames forced by C++ (documented once here):
//   * the statement `Expr` is `ExprStmt` (`Expr` is the expression base);
//   * enums: expr_context -> ExprContext, boolop -> BoolOperator,
//     operator -> Operator, unaryop -> UnaryOperator, cmpop -> CmpOp;
//   * lower-case helper types are capitalised: comprehension -> Comprehension,
//     excepthandler -> ExceptHandler, arguments -> Arguments, arg -> Arg,
//     keyword -> Keyword, alias -> Alias, withitem -> WithItem,
//     match_case -> MatchCase, type_ignore -> TypeIgnore, mod -> Mod;
//   * Constant's `kind` field is `string_kind` (`kind` is the node tag);
//     Constant's `value` is spread over typed fields (see Constant below).
// Conventions:
//   * `std::vector<T*>` for lists; nullable pointers for optional children
//     (Dict.keys has nullptr for `**d`, Arguments.kw_defaults nullptr for
//     "no default"), an empty std::string for an absent identifier
//     (ImportFrom.module, ExceptHandler.name, MatchAs.name, MatchStar.name,
//     MatchMapping.rest, Keyword.arg, Alias.asname) — identifiers are never
//     empty otherwise.
//   * Identifiers and str constants are UTF-8. Identifiers are NFKC
//     normalised, as in CPython (`ﬁ` and `fi` are the same name).
//   * Positions: lineno/end_lineno 1-based, col_offset/end_col_offset 0-based
//     UTF-8 byte offsets, exactly like CPython.
//   * All nodes live in the ast::Arena of the ParseResult (see parser.h).
//   * type_comment fields exist but are always empty (no type comments).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "parser/arena.h"

namespace taipan::ast {

// ---------------------------------------------------------------- enums

enum class ExprContext : std::uint8_t { Load, Store, Del };
enum class BoolOperator : std::uint8_t { And, Or };
enum class Operator : std::uint8_t {
  Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv
};
enum class UnaryOperator : std::uint8_t { Invert, Not, UAdd, USub };
enum class CmpOp : std::uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

enum class ModKind : std::uint8_t { Module, Interactive, Expression, FunctionType };

enum class StmtKind : std::uint8_t {
  FunctionDef, AsyncFunctionDef, ClassDef, Return, Delete, Assign, AugAssign, AnnAssign,
  For, AsyncFor, While, If, With, AsyncWith, Match, Raise, Try, TryStar, Assert,
  Import, ImportFrom, Global, Nonlocal, Expr, Pass, Break, Continue
};

enum class ExprKind : std::uint8_t {
  BoolOp, NamedExpr, BinOp, UnaryOp, Lambda, IfExp, Dict, Set, ListComp, SetComp, DictComp,
  GeneratorExp, Await, Yield, YieldFrom, Compare, Call, FormattedValue, JoinedStr, Constant,
  Attribute, Subscript, Starred, Name, List, Tuple, Slice
};

enum class PatternKind : std::uint8_t {
  MatchValue, MatchSingleton, MatchSequence, MatchMapping, MatchClass, MatchStar, MatchAs, MatchOr
};

// The Python class names, for dumps and error messages.
const char* name_of(ModKind k);
const char* name_of(StmtKind k);
const char* name_of(ExprKind k);
const char* name_of(PatternKind k);
const char* name_of(ExprContext k);
const char* name_of(BoolOperator k);
const char* name_of(Operator k);
const char* name_of(UnaryOperator k);
const char* name_of(CmpOp k);

// ---------------------------------------------------------------- bases

// Location attributes shared by stmt, expr, pattern, excepthandler, arg,
// keyword and alias.
struct Node {
  int lineno = 0;
  int col_offset = 0;
  int end_lineno = 0;
  int end_col_offset = 0;
};

struct Expr : Node {
  ExprKind kind;
  explicit Expr(ExprKind k) : kind(k) {}
};

struct Stmt : Node {
  StmtKind kind;
  explicit Stmt(StmtKind k) : kind(k) {}
};

struct Pattern : Node {
  PatternKind kind;
  explicit Pattern(PatternKind k) : kind(k) {}
};

struct Mod {
  ModKind kind;
  explicit Mod(ModKind k) : kind(k) {}
};

// ---------------------------------------------------------------- helpers

struct Comprehension {
  Expr* target = nullptr;
  Expr* iter = nullptr;
  std::vector<Expr*> ifs;
  int is_async = 0;
};

struct ExceptHandler : Node {
  Expr* type = nullptr;  // nullable
  std::string name;      // empty: no `as`
  std::vector<Stmt*> body;
};

struct Arg : Node {
  std::string arg;
  Expr* annotation = nullptr;  // nullable
  std::string type_comment;
};

struct Arguments {
  std::vector<Arg*> posonlyargs;
  std::vector<Arg*> args;
  Arg* vararg = nullptr;  // nullable
  std::vector<Arg*> kwonlyargs;
  std::vector<Expr*> kw_defaults;  // one per kwonlyarg, nullptr when none
  Arg* kwarg = nullptr;            // nullable
  std::vector<Expr*> defaults;     // for the last len(defaults) of posonlyargs+args
};

struct Keyword : Node {
  std::string arg;  // empty for `**value`
  Expr* value = nullptr;
};

struct Alias : Node {
  std::string name;  // dotted name, or "*"
  std::string asname;  // empty: no `as`
};

struct WithItem {
  Expr* context_expr = nullptr;
  Expr* optional_vars = nullptr;  // nullable
};

struct MatchCase {
  Pattern* pattern = nullptr;
  Expr* guard = nullptr;  // nullable
  std::vector<Stmt*> body;
};

struct TypeIgnore {
  int lineno = 0;
  std::string tag;
};

// ---------------------------------------------------------------- mod

struct Module : Mod {
  Module() : Mod(ModKind::Module) {}
  std::vector<Stmt*> body;
  std::vector<TypeIgnore*> type_ignores;  // always empty
};

struct Interactive : Mod {
  Interactive() : Mod(ModKind::Interactive) {}
  std::vector<Stmt*> body;
};

struct Expression : Mod {
  Expression() : Mod(ModKind::Expression) {}
  Expr* body = nullptr;
};

struct FunctionType : Mod {
  FunctionType() : Mod(ModKind::FunctionType) {}
  std::vector<Expr*> argtypes;
  Expr* returns = nullptr;
};

// ---------------------------------------------------------------- stmt

struct FunctionDef : Stmt {
  FunctionDef() : Stmt(StmtKind::FunctionDef) {}
  std::string name;
  Arguments* args = nullptr;
  std::vector<Stmt*> body;
  std::vector<Expr*> decorator_list;
  Expr* returns = nullptr;  // nullable
  std::string type_comment;
};

struct AsyncFunctionDef : Stmt {
  AsyncFunctionDef() : Stmt(StmtKind::AsyncFunctionDef) {}
  std::string name;
  Arguments* args = nullptr;
  std::vector<Stmt*> body;
  std::vector<Expr*> decorator_list;
  Expr* returns = nullptr;  // nullable
  std::string type_comment;
};

struct ClassDef : Stmt {
  ClassDef() : Stmt(StmtKind::ClassDef) {}
  std::string name;
  std::vector<Expr*> bases;
  std::vector<Keyword*> keywords;
  std::vector<Stmt*> body;
  std::vector<Expr*> decorator_list;
};

struct Return : Stmt {
  Return() : Stmt(StmtKind::Return) {}
  Expr* value = nullptr;  // nullable
};

struct Delete : Stmt {
  Delete() : Stmt(StmtKind::Delete) {}
  std::vector<Expr*> targets;
};

struct Assign : Stmt {
  Assign() : Stmt(StmtKind::Assign) {}
  std::vector<Expr*> targets;
  Expr* value = nullptr;
  std::string type_comment;
};

struct AugAssign : Stmt {
  AugAssign() : Stmt(StmtKind::AugAssign) {}
  Expr* target = nullptr;
  Operator op = Operator::Add;
  Expr* value = nullptr;
};

struct AnnAssign : Stmt {
  AnnAssign() : Stmt(StmtKind::AnnAssign) {}
  Expr* target = nullptr;
  Expr* annotation = nullptr;
  Expr* value = nullptr;  // nullable
  int simple = 0;         // 1 when the target is a plain unparenthesised Name
};

struct For : Stmt {
  For() : Stmt(StmtKind::For) {}
  Expr* target = nullptr;
  Expr* iter = nullptr;
  std::vector<Stmt*> body;
  std::vector<Stmt*> orelse;
  std::string type_comment;
};

struct AsyncFor : Stmt {
  AsyncFor() : Stmt(StmtKind::AsyncFor) {}
  Expr* target = nullptr;
  Expr* iter = nullptr;
  std::vector<Stmt*> body;
  std::vector<Stmt*> orelse;
  std::string type_comment;
};

struct While : Stmt {
  While() : Stmt(StmtKind::While) {}
  Expr* test = nullptr;
  std::vector<Stmt*> body;
  std::vector<Stmt*> orelse;
};

struct If : Stmt {
  If() : Stmt(StmtKind::If) {}
  Expr* test = nullptr;
  std::vector<Stmt*> body;
  std::vector<Stmt*> orelse;
};

struct With : Stmt {
  With() : Stmt(StmtKind::With) {}
  std::vector<WithItem*> items;
  std::vector<Stmt*> body;
  std::string type_comment;
};

struct AsyncWith : Stmt {
  AsyncWith() : Stmt(StmtKind::AsyncWith) {}
  std::vector<WithItem*> items;
  std::vector<Stmt*> body;
  std::string type_comment;
};

struct Match : Stmt {
  Match() : Stmt(StmtKind::Match) {}
  Expr* subject = nullptr;
  std::vector<MatchCase*> cases;
};

struct Raise : Stmt {
  Raise() : Stmt(StmtKind::Raise) {}
  Expr* exc = nullptr;    // nullable
  Expr* cause = nullptr;  // nullable
};

struct Try : Stmt {
  Try() : Stmt(StmtKind::Try) {}
  std::vector<Stmt*> body;
  std::vector<ExceptHandler*> handlers;
  std::vector<Stmt*> orelse;
  std::vector<Stmt*> finalbody;
};

struct TryStar : Stmt {
  TryStar() : Stmt(StmtKind::TryStar) {}
  std::vector<Stmt*> body;
  std::vector<ExceptHandler*> handlers;
  std::vector<Stmt*> orelse;
  std::vector<Stmt*> finalbody;
};

struct Assert : Stmt {
  Assert() : Stmt(StmtKind::Assert) {}
  Expr* test = nullptr;
  Expr* msg = nullptr;  // nullable
};

struct Import : Stmt {
  Import() : Stmt(StmtKind::Import) {}
  std::vector<Alias*> names;
};

struct ImportFrom : Stmt {
  ImportFrom() : Stmt(StmtKind::ImportFrom) {}
  std::string module;  // empty for `from . import x`
  std::vector<Alias*> names;
  int level = 0;  // number of leading dots
};

struct Global : Stmt {
  Global() : Stmt(StmtKind::Global) {}
  std::vector<std::string> names;
};

struct Nonlocal : Stmt {
  Nonlocal() : Stmt(StmtKind::Nonlocal) {}
  std::vector<std::string> names;
};

// The expression statement (Python's ast.Expr).
struct ExprStmt : Stmt {
  ExprStmt() : Stmt(StmtKind::Expr) {}
  Expr* value = nullptr;
};

struct Pass : Stmt {
  Pass() : Stmt(StmtKind::Pass) {}
};

struct Break : Stmt {
  Break() : Stmt(StmtKind::Break) {}
};

struct Continue : Stmt {
  Continue() : Stmt(StmtKind::Continue) {}
};

// ---------------------------------------------------------------- expr

struct BoolOp : Expr {
  BoolOp() : Expr(ExprKind::BoolOp) {}
  BoolOperator op = BoolOperator::And;
  std::vector<Expr*> values;
};

struct NamedExpr : Expr {
  NamedExpr() : Expr(ExprKind::NamedExpr) {}
  Expr* target = nullptr;
  Expr* value = nullptr;
};

struct BinOp : Expr {
  BinOp() : Expr(ExprKind::BinOp) {}
  Expr* left = nullptr;
  Operator op = Operator::Add;
  Expr* right = nullptr;
};

struct UnaryOp : Expr {
  UnaryOp() : Expr(ExprKind::UnaryOp) {}
  UnaryOperator op = UnaryOperator::Not;
  Expr* operand = nullptr;
};

struct Lambda : Expr {
  Lambda() : Expr(ExprKind::Lambda) {}
  Arguments* args = nullptr;
  Expr* body = nullptr;
};

struct IfExp : Expr {
  IfExp() : Expr(ExprKind::IfExp) {}
  Expr* test = nullptr;
  Expr* body = nullptr;
  Expr* orelse = nullptr;
};

struct Dict : Expr {
  Dict() : Expr(ExprKind::Dict) {}
  std::vector<Expr*> keys;  // nullptr for `**value`
  std::vector<Expr*> values;
};

struct Set : Expr {
  Set() : Expr(ExprKind::Set) {}
  std::vector<Expr*> elts;
};

struct ListComp : Expr {
  ListComp() : Expr(ExprKind::ListComp) {}
  Expr* elt = nullptr;
  std::vector<Comprehension*> generators;
};

struct SetComp : Expr {
  SetComp() : Expr(ExprKind::SetComp) {}
  Expr* elt = nullptr;
  std::vector<Comprehension*> generators;
};

struct DictComp : Expr {
  DictComp() : Expr(ExprKind::DictComp) {}
  Expr* key = nullptr;
  Expr* value = nullptr;
  std::vector<Comprehension*> generators;
};

struct GeneratorExp : Expr {
  GeneratorExp() : Expr(ExprKind::GeneratorExp) {}
  Expr* elt = nullptr;
  std::vector<Comprehension*> generators;
};

struct Await : Expr {
  Await() : Expr(ExprKind::Await) {}
  Expr* value = nullptr;
};

struct Yield : Expr {
  Yield() : Expr(ExprKind::Yield) {}
  Expr* value = nullptr;  // nullable
};

struct YieldFrom : Expr {
  YieldFrom() : Expr(ExprKind::YieldFrom) {}
  Expr* value = nullptr;
};

struct Compare : Expr {
  Compare() : Expr(ExprKind::Compare) {}
  Expr* left = nullptr;
  std::vector<CmpOp> ops;
  std::vector<Expr*> comparators;
};

struct Call : Expr {
  Call() : Expr(ExprKind::Call) {}
  Expr* func = nullptr;
  std::vector<Expr*> args;
  std::vector<Keyword*> keywords;
};

// conversion: -1 (none), 's', 'r' or 'a'. format_spec is a JoinedStr or null.
struct FormattedValue : Expr {
  FormattedValue() : Expr(ExprKind::FormattedValue) {}
  Expr* value = nullptr;
  int conversion = -1;
  Expr* format_spec = nullptr;  // nullable
};

struct JoinedStr : Expr {
  JoinedStr() : Expr(ExprKind::JoinedStr) {}
  std::vector<Expr*> values;  // Constant (str) and FormattedValue nodes
};

enum class ConstantKind : std::uint8_t {
  None, True, False, Ellipsis, Int, Float, Complex, Str, Bytes, Object
};

// Python's Constant(value, kind). `value` is typed by value_kind:
//   None/True/False/Ellipsis: no payload.
//   Int:     int_digits holds the literal's digits in base int_base (2, 8, 10
//            or 16): prefix (0x/0o/0b) and `_` removed, letters lower-case,
//            never empty, may have leading zeros (e.g. "0" "00" "ff"). The
//            value is never negative. When it fits, int_fits_i64 is true and
//            int_i64 holds it. (mpz_set_str(z, int_digits.c_str(), int_base)
//            builds the big int.)
//   Float:   number holds the double.
//   Complex: number holds the imaginary part (real part is 0.0).
//   Str:     str holds the text in "generalized UTF-8": every code point,
//            including lone surrogates U+D800..U+DFFF, is encoded on its own
//            with the usual UTF-8 bit layout (3 bytes for a surrogate; a
//            surrogate pair "\ud83d\ude00" stays two 3-byte sequences).
//   Bytes:   str holds the raw bytes.
//   Object:  only in trees built from Python's ast objects (compile() of an
//            ast.Module): `object` is the constant itself, a taipan::Object
//            (a tuple, frozenset, complex, or an int too large for int_i64)
//            that whoever built the tree keeps alive. The parser never makes it.
// string_kind is "u" for a u-prefixed string literal, else empty (None).
struct Constant : Expr {
  Constant() : Expr(ExprKind::Constant) {}
  ConstantKind value_kind = ConstantKind::None;
  std::string int_digits;
  int int_base = 10;
  bool int_fits_i64 = false;
  std::int64_t int_i64 = 0;
  double number = 0.0;
  std::string str;
  std::string string_kind;
  const void* object = nullptr;
};

struct Attribute : Expr {
  Attribute() : Expr(ExprKind::Attribute) {}
  Expr* value = nullptr;
  std::string attr;
  ExprContext ctx = ExprContext::Load;
};

struct Subscript : Expr {
  Subscript() : Expr(ExprKind::Subscript) {}
  Expr* value = nullptr;
  Expr* slice = nullptr;
  ExprContext ctx = ExprContext::Load;
};

struct Starred : Expr {
  Starred() : Expr(ExprKind::Starred) {}
  Expr* value = nullptr;
  ExprContext ctx = ExprContext::Load;
};

struct Name : Expr {
  Name() : Expr(ExprKind::Name) {}
  std::string id;
  ExprContext ctx = ExprContext::Load;
};

struct List : Expr {
  List() : Expr(ExprKind::List) {}
  std::vector<Expr*> elts;
  ExprContext ctx = ExprContext::Load;
};

struct Tuple : Expr {
  Tuple() : Expr(ExprKind::Tuple) {}
  std::vector<Expr*> elts;
  ExprContext ctx = ExprContext::Load;
};

struct Slice : Expr {
  Slice() : Expr(ExprKind::Slice) {}
  Expr* lower = nullptr;  // nullable
  Expr* upper = nullptr;  // nullable
  Expr* step = nullptr;   // nullable
};

// ---------------------------------------------------------------- pattern

struct MatchValue : Pattern {
  MatchValue() : Pattern(PatternKind::MatchValue) {}
  Expr* value = nullptr;
};

// value is ConstantKind::None, True or False.
struct MatchSingleton : Pattern {
  MatchSingleton() : Pattern(PatternKind::MatchSingleton) {}
  ConstantKind value = ConstantKind::None;
};

struct MatchSequence : Pattern {
  MatchSequence() : Pattern(PatternKind::MatchSequence) {}
  std::vector<Pattern*> patterns;
};

struct MatchMapping : Pattern {
  MatchMapping() : Pattern(PatternKind::MatchMapping) {}
  std::vector<Expr*> keys;
  std::vector<Pattern*> patterns;
  std::string rest;  // empty: no `**rest`
};

struct MatchClass : Pattern {
  MatchClass() : Pattern(PatternKind::MatchClass) {}
  Expr* cls = nullptr;
  std::vector<Pattern*> patterns;
  std::vector<std::string> kwd_attrs;
  std::vector<Pattern*> kwd_patterns;
};

struct MatchStar : Pattern {
  MatchStar() : Pattern(PatternKind::MatchStar) {}
  std::string name;  // empty for `*_`
};

// `case x`, `case p as x`, and the wildcard `case _` (pattern null, name empty).
struct MatchAs : Pattern {
  MatchAs() : Pattern(PatternKind::MatchAs) {}
  Pattern* pattern = nullptr;  // nullable
  std::string name;            // empty for `_`
};

struct MatchOr : Pattern {
  MatchOr() : Pattern(PatternKind::MatchOr) {}
  std::vector<Pattern*> patterns;
};

}  // namespace taipan::ast
