// Constant folding, the part of CPython's AST optimizer that shapes code:
// operators applied to constants are evaluated at compile time when that is
// safe (no error, bounded result size), so `2**10` or `"ab" * 2` become one
// LOAD_CONST.
#pragma once

#include <string>

#include "objects/value.h"
#include "parser/ast.h"

namespace taipan::compiler {

// Each returns the folded value, or null (with no exception pending) when the
// operation must be left to run time.
Ref fold_binary(ast::Operator op, Value left, Value right);
Ref fold_unary(ast::UnaryOperator op, Value operand);
Ref fold_subscript(Value container, Value key);

// The co_consts de-duplication key of a constant: its type and value, so
// that 1, 1.0 and True stay distinct while equal constants share a slot.
std::string constant_key(Value v);

}  // namespace taipan::compiler
