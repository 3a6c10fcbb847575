// syntax_error.h — the description of a syntax error, as CPython's SyntaxError
// attributes would hold it, plus the exception the lexer and parser throw
// internally to abandon a parse.
#pragma once

#include <string>

namespace taipan::parser {

struct SyntaxErrorInfo {
  std::string type = "SyntaxError";  // "SyntaxError", "IndentationError", "TabError"
                                     // (or "MemoryError" when input is too complex)
  std::string msg;
  std::string filename;
  int lineno = 0;      // 1-based
  int offset = 0;      // 1-based column in characters (code points) of the line, 0 if unknown
  int end_lineno = 0;  // 1-based, 0 if unknown
  int end_offset = 0;  // 1-based, exclusive, 0 if unknown
  std::string text;    // the offending source line, with its newline (as CPython), or ""
};

// Thrown by the lexer and the parser; caught in parse(). Errors are rare, so
// this never runs on a well-formed input.
struct SyntaxErrorException {
  SyntaxErrorInfo info;
  // A plain "invalid syntax" failure: speculative parses (error paths only)
  // treat it as "this alternative does not match" rather than as final.
  bool soft = false;
  // A lexer error found after a parser error replaces it only if CPython's
  // tokenizer raises it directly (not TabError, unindent, "unexpected
  // character after line continuation character", EOF errors).
  bool overrides_parser_errors = true;
  // "unexpected indent/unindent": CPython does not look for lexer errors
  // further on.
  bool final_error = false;
  // Raised while building a node (string decoding, f-strings), not by a
  // grammar rule: speculative parses let it through.
  bool action_error = false;
};

}  // namespace taipan::parser
