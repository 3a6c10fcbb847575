// parser.h — the public entry point of the parser: source text in, AST (or a
// SyntaxError description) out.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "parser/arena.h"
#include "parser/ast.h"
#include "parser/syntax_error.h"

namespace taipan::parser {

enum class ParseMode {
  Exec,          // a module: ast::Module         (compile(..., "exec"))
  Eval,          // one expression: ast::Expression (compile(..., "eval"))
  Single,        // one interactive statement: ast::Interactive ("single")
  FunctionType,  // "(int, str) -> None": ast::FunctionType ("func_type")
};

struct ParseResult {
  std::unique_ptr<ast::Arena> arena;     // owns every node reachable from mod
  ast::Mod* mod = nullptr;               // null iff error is set
  std::optional<SyntaxErrorInfo> error;  // set iff the parse failed

  bool ok() const { return mod != nullptr; }
};

// Parses `source` (UTF-8, optional BOM, any of \n \r\n \r newlines).
// `filename` is only copied into error descriptions. Never throws.
ParseResult parse(std::string_view source, std::string_view filename, ParseMode mode);

// Renders a tree exactly as Python's ast.dump(node, include_attributes=True).
std::string dump(const ast::Mod* mod);

}  // namespace taipan::parser
