// source.h — the source text being parsed: newline-normalised UTF-8 with a
// table of line starts, plus the helpers that turn byte positions into the
// 1-based character offsets of a SyntaxError and throw it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "parser/syntax_error.h"

namespace taipan::parser {

class SourceText {
 public:
  // Copies `raw`, drops a UTF-8 BOM (if `strip_bom`) and turns "\r\n" and
  // "\r" into "\n". Like CPython, a file's text (`append_newline`) always
  // ends with a newline; eval and single input are taken as they are.
  SourceText(std::string_view raw, std::string_view filename, bool strip_bom = true,
             bool append_newline = true);

  const std::string& text() const { return text_; }
  const std::string& filename() const { return filename_; }
  std::size_t size() const { return text_.size(); }
  char at(std::size_t i) const { return i < text_.size() ? text_[i] : '\0'; }

  int line_count() const { return static_cast<int>(line_starts_.size()); }
  std::uint32_t line_start(int lineno) const;  // byte offset of line `lineno` (1-based)
  // The line without its newline.
  std::string_view line(int lineno) const;
  // Number of code points in the first `byte_col` bytes of line `lineno`
  // (a truncated trailing sequence counts as one, as CPython's "replace").
  int char_col(int lineno, int byte_col) const;

  // Checks the text is valid UTF-8; throws CPython's "Non-UTF-8 code" error.
  void validate_utf8() const;

 private:
  std::string text_;
  std::string filename_;
  std::vector<std::uint32_t> line_starts_;
};

// Counts the code points of a UTF-8 byte string (partial sequences count 1).
int count_chars(std::string_view s);

// What an error report needs; offsets already in CPython's conventions
// (1-based character columns, 0 or -1 where CPython reports those).
struct ErrorLocation {
  int lineno = 0;
  int offset = 0;
  int end_lineno = 0;
  int end_offset = 0;
};

// Throws SyntaxErrorException. `text_with_newline` says whether the reported
// source line keeps its "\n" (CPython keeps it when the error is on the line
// its tokenizer is currently reading).
[[noreturn]] void throw_error(const SourceText& src, const std::string& type, const std::string& msg,
                              ErrorLocation loc, bool text_with_newline);

// Common case: a range given as byte columns; converts to 1-based char offsets.
[[noreturn]] void throw_error_range(const SourceText& src, const std::string& type,
                                    const std::string& msg, int lineno, int byte_col,
                                    int end_lineno, int end_byte_col, bool text_with_newline);

}  // namespace taipan::parser
