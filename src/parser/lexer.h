// lexer.h — turns SourceText into Python tokens on demand: NEWLINE, INDENT
// and DEDENT from line structure, brackets tracked for implicit line joining,
// and CPython 3.11's tokenizer errors (thrown as SyntaxErrorException).
#pragma once

#include <string>
#include <vector>

#include "parser/source.h"
#include "parser/tokens.h"

namespace taipan::parser {

class Lexer {
 public:
  explicit Lexer(const SourceText& src);

  // The next token. After EndMarker, keeps returning EndMarker.
  Token next();

  struct OpenBracket {
    char ch;
    int lineno;
    int col;  // byte column
  };
  const std::vector<OpenBracket>& open_brackets() const { return brackets_; }

  // The line the lexer is reading (that of the last token returned).
  int current_line() const { return last_line_; }
  // Where CPython's input buffer began when the last token was read.
  std::uint32_t token_buffer_begin() const { return static_cast<std::uint32_t>(token_buffer_begin_); }

  // Throws "'(' was never closed" for the innermost open bracket.
  [[noreturn]] void throw_unclosed_bracket() const;

  // True if the last error thrown by next() was an unclosed bracket at EOF.
  bool failed_on_unclosed_bracket() const { return unclosed_at_eof_; }
  // True if the last error thrown by next() was met at the end of the input
  // (an unclosed bracket or string, a backslash continuation into nothing):
  // CPython's E_EOF, E_EOFS and E_EOLS, "incomplete input" for codeop.
  bool failed_at_end() const { return unclosed_at_eof_ || eof_error_; }

  // PyCF_DONT_IMPLY_DEDENT for "single" input not ending with a newline:
  // its implicit NEWLINE closes no indented block, so the block stays open.
  void set_dont_imply_dedent() { imply_dedent_ = false; }

 private:
  char peek(std::size_t k = 0) const { return src_.at(pos_ + k); }
  bool at_end() const { return pos_ >= src_.size(); }
  void newline_consumed();  // call after stepping past a '\n' at pos_-1

  int eof_line() const;  // the last line, where CPython reports EOF tokens
  Token end_marker();
  Token make(TokenKind kind, std::size_t start, int start_line, std::size_t start_line_begin) const;
  bool handle_indentation();  // at the beginning of a line; returns true if blank
  Token lex_name_or_string();
  Token lex_string(std::size_t start, int start_line, std::size_t start_line_begin);
  Token lex_number(std::size_t start);
  Token lex_operator(std::size_t start);
  void verify_end_of_number(const char* kind);
  void decimal_tail();

  // Tokenizer-style error: reported at line `lineno`, 1-based offset = code
  // points from the line start up to byte `cur` (an absolute position).
  [[noreturn]] void tok_error(const std::string& msg, std::size_t cur) const;
  [[noreturn]] void tok_error_at(const std::string& msg, int lineno, std::size_t line_begin,
                                 std::size_t cur) const;
  // Indentation errors go through the parser in CPython, with other offsets.
  [[noreturn]] void indent_error(const std::string& type, const std::string& msg, int offset,
                                 int end_offset) const;

  const SourceText& src_;
  std::size_t pos_ = 0;
  int lineno_ = 1;
  std::size_t line_begin_ = 0;
  // Start of CPython's tokenizer buffer: the line begun outside any token
  // (a multi-line string or a backslash continuation keeps the old one).
  std::size_t buffer_begin_ = 0;
  bool in_token_ = false;
  bool line_has_tokens_ = false;  // tokens since the last NEWLINE
  std::size_t token_buffer_begin_ = 0;
  int last_line_ = 1;
  bool at_bol_ = true;
  bool done_ = false;
  int pending_ = 0;  // >0: INDENTs to emit, <0: DEDENTs to emit
  std::vector<int> indents_{0};
  std::vector<int> alt_indents_{0};
  std::vector<OpenBracket> brackets_;
  std::size_t indent_token_pos_ = 0;  // where the pending INDENT/DEDENTs point
  mutable bool unclosed_at_eof_ = false;
  bool eof_error_ = false;
  bool imply_dedent_ = true;
};

}  // namespace taipan::parser
