// node_classes.h — the Python classes of `_ast` (CPython 3.11's): the AST
// base type, the abstract sum types (mod, stmt, expr, pattern ...), every
// concrete node class, and the shared instances of Load, Store, Del and the
// operators that parsed trees use. Made once per process, on first use.
#pragma once

#include <vector>

#include "objects/str.h"
#include "objects/type.h"
#include "parser/ast.h"

namespace taipan::ast_module {

// One node class and its field names (interned, in ASDL order).
struct NodeClass {
  Type* type = nullptr;
  std::vector<Str*> fields;
};

// The classes of a sum type whose constructors have no fields (expr_context,
// the operators): the class per enumerator and its one shared instance.
template <int N>
struct SimpleSum {
  NodeClass base;
  Type* types[N] = {};
  Value instances[N] = {};  // owned for the whole run
};

struct NodeClasses {
  NodeClass mod, stmt, expr, pattern, excepthandler, type_ignore;
  NodeClass mods[4], stmts[27], exprs[27], patterns[8];
  NodeClass ExceptHandler, TypeIgnore;
  NodeClass comprehension, arguments, arg, keyword, alias, withitem, match_case;
  SimpleSum<3> expr_context;
  SimpleSum<2> boolop;
  SimpleSum<13> operator_;
  SimpleSum<4> unaryop;
  SimpleSum<10> cmpop;
  // The location attributes' names.
  Str* lineno;
  Str* col_offset;
  Str* end_lineno;
  Str* end_col_offset;
};

// ast.AST, the base of every node class (ast_base.cpp), and its set-up.
extern Type ast_type;
int init_ast_type();

// The classes, made on first use; null with an exception set if that failed.
const NodeClasses* node_classes();

// Puts AST and every node class into `module` under its class name.
int add_node_classes(Value module);

}  // namespace taipan::ast_module
