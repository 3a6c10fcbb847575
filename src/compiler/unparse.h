// An expression's text as CPython writes it back from the AST (its
// ast_unparse.c): the string that `from __future__ import annotations` stores
// for an annotation. Spacing, parentheses and quotes come from the tree, not
// from the source.
#pragma once

#include <functional>
#include <string>

#include "objects/value.h"
#include "parser/ast.h"

namespace taipan::compiler {

// constant_value gives a constant's value. A failure (a pending Python error)
// throws PendingError.
std::string unparse_expr(const ast::Expr* e, const std::function<Ref(const ast::Constant*)>& constant_value);

}  // namespace taipan::compiler
