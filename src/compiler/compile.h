// The compiler's public API: Python source or an AST in, a code object out.
// Errors (the parser's and the compiler's own SyntaxErrors) are raised as
// Python exceptions and reported as a null Ref.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "objects/value.h"
#include "parser/ast.h"
#include "parser/parser.h"

namespace taipan {

enum class CompileMode { Exec, Eval, Single };

// Flags, as compile()'s flags argument (CPython's bit values). Other bits are ignored.
enum CompileFlags : uint32_t {
  kCompileFutureAnnotations = 0x1000000,  // from __future__ import annotations
  kCompileDontImplyDedent = 0x200,        // PyCF_DONT_IMPLY_DEDENT (see parser::ParseFlags)
  kCompileAllowIncompleteInput = 0x4000,  // PyCF_ALLOW_INCOMPLETE_INPUT
  // The CO_FUTURE_* bits: code objects carry those in effect in their
  // co_flags, and compile()/exec()/eval() pass the caller's on.
  kCompileFutureMask = 0x1FE0000,
};

// Parses and compiles `source`; a parser error becomes a raised
// SyntaxError/IndentationError/TabError whose args are
// (msg, (filename, lineno, offset, text, end_lineno, end_offset)).
// `kind` says whether the text came as bytes (a coding declaration applies)
// or as a str (compile() of a str: it does not).
Ref compile_source(std::string_view source, std::string_view filename, CompileMode mode,
                   uint32_t flags = 0, parser::SourceKind kind = parser::SourceKind::Bytes);

// Parses `source` and returns what `use` makes of the tree (which it must not
// keep); a parse error is raised as compile_source raises it.
Ref parse_source(std::string_view source, std::string_view filename, parser::ParseMode mode,
                 parser::SourceKind kind, Ref (*use)(const ast::Mod* tree));

namespace compiler {
class SymbolTable;
}

// Parses `source` and builds its symbol table (raising the scoping
// SyntaxErrors compile() would), then returns what `use` makes of the table
// (which it must not keep).
Ref symtable_source(std::string_view source, std::string_view filename, CompileMode mode,
                    parser::SourceKind kind, Ref (*use)(const compiler::SymbolTable& table));

// The text of a source argument of compile(), symtable() ...: a str, or
// bytes/bytearray whose coding declaration applies (*kind says which); false
// with "<function>() arg 1 must be a <what>" TypeError when it is neither.
bool source_text(const char* function, Value source, std::string* out, parser::SourceKind* kind,
                 const char* what);

// Compiles an already parsed tree (kept alive by the caller).
Ref compile_ast(const ast::Mod* tree, std::string_view filename, CompileMode mode, uint32_t flags);

}  // namespace taipan
