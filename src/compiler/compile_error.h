// How the compiler abandons a compilation: a SyntaxError found in the AST
// (thrown as CompileError and turned into a Python SyntaxError at the API
// boundary), or a failure of the object runtime with a Python exception
// already pending (PendingError). Both are rare; the normal path never throws.
#pragma once

#include <string>

#include "parser/ast.h"

namespace taipan::compiler {

struct CompileError {
  std::string msg;
  int lineno = 0;
  int col_offset = 0;      // 0-based UTF-8 byte column
  int end_lineno = 0;
  int end_col_offset = 0;
};

struct PendingError {};

[[noreturn]] inline void syntax_error(const ast::Node& where, std::string msg) {
  throw CompileError{std::move(msg), where.lineno, where.col_offset, where.end_lineno,
                     where.end_col_offset};
}

}  // namespace taipan::compiler
