// parser.h — the public entry point of the parser: source text in, AST (or a
// SyntaxError description) out.
#pragma once

#include <cstdint>
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

// Where the source text came from. Bytes (a file, or compile() of bytes)
// honour a PEP 263 coding declaration; Text (compile() of a str, already
// UTF-8) ignores it, as CPython does.
enum class SourceKind { Bytes, Text };

struct ParseResult {
  std::unique_ptr<ast::Arena> arena;     // owns every node reachable from mod
  ast::Mod* mod = nullptr;               // null iff error is set
  std::optional<SyntaxErrorInfo> error;  // set iff the parse failed

  bool ok() const { return mod != nullptr; }
};

// Parses `source` (UTF-8, optional BOM, any of \n \r\n \r newlines).
// `filename` is only copied into error descriptions. Never throws.
// On failure, error->type is "SyntaxError", "IndentationError" or
// "TabError"; or "MemoryError" (empty msg, no position) when the input nests
// too deeply, like CPython's parser; or "ValueError" for null bytes
// ("source code string cannot contain null bytes"). An end_lineno or
// end_offset that CPython reports as None is 0 here.
// compile()'s PyCF_ALLOW_INCOMPLETE_INPUT and PyCF_DONT_IMPLY_DEDENT, which
// codeop passes to tell incomplete input from wrong input: with the first,
// a parse that fails once it has read to the end of the input gives
// SyntaxError "incomplete input"; with the second, "single" input not ending
// with a newline leaves its indented blocks open.
enum ParseFlags : uint32_t {
  kParseAllowIncompleteInput = 1 << 0,
  kParseDontImplyDedent = 1 << 1,
};

ParseResult parse(std::string_view source, std::string_view filename, ParseMode mode,
                  SourceKind kind = SourceKind::Bytes, uint32_t flags = 0);

// The most decimal digits an int literal may have (0: no limit), which is
// sys.get_int_max_str_digits(): sys reads and sets it here. A longer literal
// is a SyntaxError, as in CPython's parser.
int64_t int_literal_digit_limit();
void set_int_literal_digit_limit(int64_t limit);

// Renders a tree exactly as Python's ast.dump(node, include_attributes=True).
std::string dump(const ast::Mod* mod);

}  // namespace taipan::parser
