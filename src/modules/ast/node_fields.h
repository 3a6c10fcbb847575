// node_fields.h — the one description of every `_ast` node class: which
// classes exist (X-macro lists per category) and, for each node struct of
// parser/ast.h, its fields in ASDL order with their ASDL types.
//
// `fields(v, node)` calls v(asdl_type, name, member) once per field, where
// asdl_type is the field's type as Python.asdl writes it ("expr", "expr?",
// "stmt*", "identifier?", "int", "constant" ...). The class builder reads it
// for _fields and __doc__; the two converters (to_python.cpp,
// from_python.cpp) read and write the members through it, so a node's fields
// are written down once.
#pragma once

#include "parser/ast.h"

namespace taipan::ast_module {

// X(PythonName, CppStruct) per concrete class of a sum type; the kind
// enumerator has the Python name.
#define TAIPAN_AST_MOD_NODES(X) \
  X(Module, Module) X(Interactive, Interactive) X(Expression, Expression) X(FunctionType, FunctionType)

#define TAIPAN_AST_STMT_NODES(X)                                                                \
  X(FunctionDef, FunctionDef) X(AsyncFunctionDef, AsyncFunctionDef) X(ClassDef, ClassDef)       \
  X(Return, Return) X(Delete, Delete) X(Assign, Assign) X(AugAssign, AugAssign)                 \
  X(AnnAssign, AnnAssign) X(For, For) X(AsyncFor, AsyncFor) X(While, While) X(If, If)           \
  X(With, With) X(AsyncWith, AsyncWith) X(Match, Match) X(Raise, Raise) X(Try, Try)             \
  X(TryStar, TryStar) X(Assert, Assert) X(Import, Import) X(ImportFrom, ImportFrom)             \
  X(Global, Global) X(Nonlocal, Nonlocal) X(Expr, ExprStmt) X(Pass, Pass) X(Break, Break)       \
  X(Continue, Continue)

#define TAIPAN_AST_EXPR_NODES(X)                                                                \
  X(BoolOp, BoolOp) X(NamedExpr, NamedExpr) X(BinOp, BinOp) X(UnaryOp, UnaryOp)                 \
  X(Lambda, Lambda) X(IfExp, IfExp) X(Dict, Dict) X(Set, Set) X(ListComp, ListComp)             \
  X(SetComp, SetComp) X(DictComp, DictComp) X(GeneratorExp, GeneratorExp) X(Await, Await)       \
  X(Yield, Yield) X(YieldFrom, YieldFrom) X(Compare, Compare) X(Call, Call)                     \
  X(FormattedValue, FormattedValue) X(JoinedStr, JoinedStr) X(Constant, Constant)               \
  X(Attribute, Attribute) X(Subscript, Subscript) X(Starred, Starred) X(Name, Name)             \
  X(List, List) X(Tuple, Tuple) X(Slice, Slice)

#define TAIPAN_AST_PATTERN_NODES(X)                                                             \
  X(MatchValue, MatchValue) X(MatchSingleton, MatchSingleton) X(MatchSequence, MatchSequence)   \
  X(MatchMapping, MatchMapping) X(MatchClass, MatchClass) X(MatchStar, MatchStar)               \
  X(MatchAs, MatchAs) X(MatchOr, MatchOr)

// Sum types with a single constructor, and product types: X(PythonName, CppStruct).
#define TAIPAN_AST_EXCEPTHANDLER_NODES(X) X(ExceptHandler, ExceptHandler)
#define TAIPAN_AST_TYPE_IGNORE_NODES(X) X(TypeIgnore, TypeIgnore)
#define TAIPAN_AST_PRODUCT_NODES(X)                                                             \
  X(comprehension, Comprehension) X(arguments, Arguments) X(arg, Arg) X(keyword, Keyword)       \
  X(alias, Alias) X(withitem, WithItem) X(match_case, MatchCase)

// The constant-only sum types: X(PythonName) in enumerator order.
#define TAIPAN_AST_EXPR_CONTEXT(X) X(Load) X(Store) X(Del)
#define TAIPAN_AST_BOOLOP(X) X(And) X(Or)
#define TAIPAN_AST_OPERATOR(X) \
  X(Add) X(Sub) X(Mult) X(MatMult) X(Div) X(Mod) X(Pow) X(LShift) X(RShift) X(BitOr) X(BitXor) X(BitAnd) X(FloorDiv)
#define TAIPAN_AST_UNARYOP(X) X(Invert) X(Not) X(UAdd) X(USub)
#define TAIPAN_AST_CMPOP(X) X(Eq) X(NotEq) X(Lt) X(LtE) X(Gt) X(GtE) X(Is) X(IsNot) X(In) X(NotIn)

// ---------------------------------------------------------------- mod

template <class V> void fields(V& v, ast::Module& n) {
  v("stmt*", "body", n.body);
  v("type_ignore*", "type_ignores", n.type_ignores);
}
template <class V> void fields(V& v, ast::Interactive& n) { v("stmt*", "body", n.body); }
template <class V> void fields(V& v, ast::Expression& n) { v("expr", "body", n.body); }
template <class V> void fields(V& v, ast::FunctionType& n) {
  v("expr*", "argtypes", n.argtypes);
  v("expr", "returns", n.returns);
}

// ---------------------------------------------------------------- stmt

template <class V, class F> void function_fields(V& v, F& n) {
  v("identifier", "name", n.name);
  v("arguments", "args", n.args);
  v("stmt*", "body", n.body);
  v("expr*", "decorator_list", n.decorator_list);
  v("expr?", "returns", n.returns);
  v("string?", "type_comment", n.type_comment);
}
template <class V> void fields(V& v, ast::FunctionDef& n) { function_fields(v, n); }
template <class V> void fields(V& v, ast::AsyncFunctionDef& n) { function_fields(v, n); }
template <class V> void fields(V& v, ast::ClassDef& n) {
  v("identifier", "name", n.name);
  v("expr*", "bases", n.bases);
  v("keyword*", "keywords", n.keywords);
  v("stmt*", "body", n.body);
  v("expr*", "decorator_list", n.decorator_list);
}
template <class V> void fields(V& v, ast::Return& n) { v("expr?", "value", n.value); }
template <class V> void fields(V& v, ast::Delete& n) { v("expr*", "targets", n.targets); }
template <class V> void fields(V& v, ast::Assign& n) {
  v("expr*", "targets", n.targets);
  v("expr", "value", n.value);
  v("string?", "type_comment", n.type_comment);
}
template <class V> void fields(V& v, ast::AugAssign& n) {
  v("expr", "target", n.target);
  v("operator", "op", n.op);
  v("expr", "value", n.value);
}
template <class V> void fields(V& v, ast::AnnAssign& n) {
  v("expr", "target", n.target);
  v("expr", "annotation", n.annotation);
  v("expr?", "value", n.value);
  v("int", "simple", n.simple);
}
template <class V, class F> void for_fields(V& v, F& n) {
  v("expr", "target", n.target);
  v("expr", "iter", n.iter);
  v("stmt*", "body", n.body);
  v("stmt*", "orelse", n.orelse);
  v("string?", "type_comment", n.type_comment);
}
template <class V> void fields(V& v, ast::For& n) { for_fields(v, n); }
template <class V> void fields(V& v, ast::AsyncFor& n) { for_fields(v, n); }
template <class V, class L> void loop_or_if_fields(V& v, L& n) {
  v("expr", "test", n.test);
  v("stmt*", "body", n.body);
  v("stmt*", "orelse", n.orelse);
}
template <class V> void fields(V& v, ast::While& n) { loop_or_if_fields(v, n); }
template <class V> void fields(V& v, ast::If& n) { loop_or_if_fields(v, n); }
template <class V, class W> void with_fields(V& v, W& n) {
  v("withitem*", "items", n.items);
  v("stmt*", "body", n.body);
  v("string?", "type_comment", n.type_comment);
}
template <class V> void fields(V& v, ast::With& n) { with_fields(v, n); }
template <class V> void fields(V& v, ast::AsyncWith& n) { with_fields(v, n); }
template <class V> void fields(V& v, ast::Match& n) {
  v("expr", "subject", n.subject);
  v("match_case*", "cases", n.cases);
}
template <class V> void fields(V& v, ast::Raise& n) {
  v("expr?", "exc", n.exc);
  v("expr?", "cause", n.cause);
}
template <class V, class T> void try_fields(V& v, T& n) {
  v("stmt*", "body", n.body);
  v("excepthandler*", "handlers", n.handlers);
  v("stmt*", "orelse", n.orelse);
  v("stmt*", "finalbody", n.finalbody);
}
template <class V> void fields(V& v, ast::Try& n) { try_fields(v, n); }
template <class V> void fields(V& v, ast::TryStar& n) { try_fields(v, n); }
template <class V> void fields(V& v, ast::Assert& n) {
  v("expr", "test", n.test);
  v("expr?", "msg", n.msg);
}
template <class V> void fields(V& v, ast::Import& n) { v("alias*", "names", n.names); }
template <class V> void fields(V& v, ast::ImportFrom& n) {
  v("identifier?", "module", n.module);
  v("alias*", "names", n.names);
  v("int?", "level", n.level);
}
template <class V> void fields(V& v, ast::Global& n) { v("identifier*", "names", n.names); }
template <class V> void fields(V& v, ast::Nonlocal& n) { v("identifier*", "names", n.names); }
template <class V> void fields(V& v, ast::ExprStmt& n) { v("expr", "value", n.value); }
template <class V> void fields(V&, ast::Pass&) {}
template <class V> void fields(V&, ast::Break&) {}
template <class V> void fields(V&, ast::Continue&) {}

// ---------------------------------------------------------------- expr

template <class V> void fields(V& v, ast::BoolOp& n) {
  v("boolop", "op", n.op);
  v("expr*", "values", n.values);
}
template <class V> void fields(V& v, ast::NamedExpr& n) {
  v("expr", "target", n.target);
  v("expr", "value", n.value);
}
template <class V> void fields(V& v, ast::BinOp& n) {
  v("expr", "left", n.left);
  v("operator", "op", n.op);
  v("expr", "right", n.right);
}
template <class V> void fields(V& v, ast::UnaryOp& n) {
  v("unaryop", "op", n.op);
  v("expr", "operand", n.operand);
}
template <class V> void fields(V& v, ast::Lambda& n) {
  v("arguments", "args", n.args);
  v("expr", "body", n.body);
}
template <class V> void fields(V& v, ast::IfExp& n) {
  v("expr", "test", n.test);
  v("expr", "body", n.body);
  v("expr", "orelse", n.orelse);
}
template <class V> void fields(V& v, ast::Dict& n) {
  v("expr*", "keys", n.keys);
  v("expr*", "values", n.values);
}
template <class V> void fields(V& v, ast::Set& n) { v("expr*", "elts", n.elts); }
template <class V, class C> void comprehension_fields(V& v, C& n) {
  v("expr", "elt", n.elt);
  v("comprehension*", "generators", n.generators);
}
template <class V> void fields(V& v, ast::ListComp& n) { comprehension_fields(v, n); }
template <class V> void fields(V& v, ast::SetComp& n) { comprehension_fields(v, n); }
template <class V> void fields(V& v, ast::GeneratorExp& n) { comprehension_fields(v, n); }
template <class V> void fields(V& v, ast::DictComp& n) {
  v("expr", "key", n.key);
  v("expr", "value", n.value);
  v("comprehension*", "generators", n.generators);
}
template <class V> void fields(V& v, ast::Await& n) { v("expr", "value", n.value); }
template <class V> void fields(V& v, ast::Yield& n) { v("expr?", "value", n.value); }
template <class V> void fields(V& v, ast::YieldFrom& n) { v("expr", "value", n.value); }
template <class V> void fields(V& v, ast::Compare& n) {
  v("expr", "left", n.left);
  v("cmpop*", "ops", n.ops);
  v("expr*", "comparators", n.comparators);
}
template <class V> void fields(V& v, ast::Call& n) {
  v("expr", "func", n.func);
  v("expr*", "args", n.args);
  v("keyword*", "keywords", n.keywords);
}
template <class V> void fields(V& v, ast::FormattedValue& n) {
  v("expr", "value", n.value);
  v("int", "conversion", n.conversion);
  v("expr?", "format_spec", n.format_spec);
}
template <class V> void fields(V& v, ast::JoinedStr& n) { v("expr*", "values", n.values); }
template <class V> void fields(V& v, ast::Constant& n) {
  v("constant", "value", n);
  v("string?", "kind", n.string_kind);
}
template <class V> void fields(V& v, ast::Attribute& n) {
  v("expr", "value", n.value);
  v("identifier", "attr", n.attr);
  v("expr_context", "ctx", n.ctx);
}
template <class V> void fields(V& v, ast::Subscript& n) {
  v("expr", "value", n.value);
  v("expr", "slice", n.slice);
  v("expr_context", "ctx", n.ctx);
}
template <class V> void fields(V& v, ast::Starred& n) {
  v("expr", "value", n.value);
  v("expr_context", "ctx", n.ctx);
}
template <class V> void fields(V& v, ast::Name& n) {
  v("identifier", "id", n.id);
  v("expr_context", "ctx", n.ctx);
}
template <class V> void fields(V& v, ast::List& n) {
  v("expr*", "elts", n.elts);
  v("expr_context", "ctx", n.ctx);
}
template <class V> void fields(V& v, ast::Tuple& n) {
  v("expr*", "elts", n.elts);
  v("expr_context", "ctx", n.ctx);
}
template <class V> void fields(V& v, ast::Slice& n) {
  v("expr?", "lower", n.lower);
  v("expr?", "upper", n.upper);
  v("expr?", "step", n.step);
}

// ---------------------------------------------------------------- pattern

template <class V> void fields(V& v, ast::MatchValue& n) { v("expr", "value", n.value); }
template <class V> void fields(V& v, ast::MatchSingleton& n) { v("constant", "value", n.value); }
template <class V> void fields(V& v, ast::MatchSequence& n) { v("pattern*", "patterns", n.patterns); }
template <class V> void fields(V& v, ast::MatchMapping& n) {
  v("expr*", "keys", n.keys);
  v("pattern*", "patterns", n.patterns);
  v("identifier?", "rest", n.rest);
}
template <class V> void fields(V& v, ast::MatchClass& n) {
  v("expr", "cls", n.cls);
  v("pattern*", "patterns", n.patterns);
  v("identifier*", "kwd_attrs", n.kwd_attrs);
  v("pattern*", "kwd_patterns", n.kwd_patterns);
}
template <class V> void fields(V& v, ast::MatchStar& n) { v("identifier?", "name", n.name); }
template <class V> void fields(V& v, ast::MatchAs& n) {
  v("pattern?", "pattern", n.pattern);
  v("identifier?", "name", n.name);
}
template <class V> void fields(V& v, ast::MatchOr& n) { v("pattern*", "patterns", n.patterns); }

// ---------------------------------------------------------------- the rest

template <class V> void fields(V& v, ast::ExceptHandler& n) {
  v("expr?", "type", n.type);
  v("identifier?", "name", n.name);
  v("stmt*", "body", n.body);
}
template <class V> void fields(V& v, ast::TypeIgnore& n) {
  v("int", "lineno", n.lineno);
  v("string", "tag", n.tag);
}
template <class V> void fields(V& v, ast::Comprehension& n) {
  v("expr", "target", n.target);
  v("expr", "iter", n.iter);
  v("expr*", "ifs", n.ifs);
  v("int", "is_async", n.is_async);
}
template <class V> void fields(V& v, ast::Arguments& n) {
  v("arg*", "posonlyargs", n.posonlyargs);
  v("arg*", "args", n.args);
  v("arg?", "vararg", n.vararg);
  v("arg*", "kwonlyargs", n.kwonlyargs);
  v("expr*", "kw_defaults", n.kw_defaults);
  v("arg?", "kwarg", n.kwarg);
  v("expr*", "defaults", n.defaults);
}
template <class V> void fields(V& v, ast::Arg& n) {
  v("identifier", "arg", n.arg);
  v("expr?", "annotation", n.annotation);
  v("string?", "type_comment", n.type_comment);
}
template <class V> void fields(V& v, ast::Keyword& n) {
  v("identifier?", "arg", n.arg);
  v("expr", "value", n.value);
}
template <class V> void fields(V& v, ast::Alias& n) {
  v("identifier", "name", n.name);
  v("identifier?", "asname", n.asname);
}
template <class V> void fields(V& v, ast::WithItem& n) {
  v("expr", "context_expr", n.context_expr);
  v("expr?", "optional_vars", n.optional_vars);
}
template <class V> void fields(V& v, ast::MatchCase& n) {
  v("pattern", "pattern", n.pattern);
  v("expr?", "guard", n.guard);
  v("stmt*", "body", n.body);
}

}  // namespace taipan::ast_module
