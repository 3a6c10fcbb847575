// source.cpp — newline normalisation, the line table, UTF-8 validation and
// the construction of SyntaxError descriptions.
#include "parser/source.h"

#include <cstdio>

namespace taipan::parser {

SourceText::SourceText(std::string_view raw, std::string_view filename, bool strip_bom,
                       bool append_newline)
    : filename_(filename) {
  if (strip_bom && raw.size() >= 3 && static_cast<unsigned char>(raw[0]) == 0xEF &&
      static_cast<unsigned char>(raw[1]) == 0xBB && static_cast<unsigned char>(raw[2]) == 0xBF) {
    raw.remove_prefix(3);
  }
  line_starts_.push_back(0);
  if (raw.find('\r') == std::string_view::npos) {
    text_.assign(raw.data(), raw.size());
  } else {
    text_.reserve(raw.size() + 1);
    for (std::size_t i = 0; i < raw.size(); ++i) {
      char c = raw[i];
      if (c == '\r') {
        if (i + 1 < raw.size() && raw[i + 1] == '\n') ++i;
        c = '\n';
      }
      text_.push_back(c);
    }
  }
  for (std::size_t i = 0; i < text_.size(); ++i) {
    if (text_[i] == '\n') line_starts_.push_back(static_cast<std::uint32_t>(i + 1));
  }
  if (append_newline && !text_.empty() && text_.back() != '\n') {
    text_.push_back('\n');
    line_starts_.push_back(static_cast<std::uint32_t>(text_.size()));
  }
}

std::uint32_t SourceText::line_start(int lineno) const {
  if (lineno < 1) return 0;
  if (lineno > line_count()) return static_cast<std::uint32_t>(text_.size());
  return line_starts_[lineno - 1];
}

std::string_view SourceText::line(int lineno) const {
  if (lineno < 1 || lineno > line_count()) return {};
  std::uint32_t b = line_starts_[lineno - 1];
  std::uint32_t e = b;
  while (e < text_.size() && text_[e] != '\n') ++e;
  return std::string_view(text_).substr(b, e - b);
}

int count_chars(std::string_view s) {
  int n = 0;
  std::size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    std::size_t len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    std::size_t j = 1;
    while (j < len && i + j < s.size() && (static_cast<unsigned char>(s[i + j]) & 0xC0) == 0x80) ++j;
    i += j;
    ++n;
  }
  return n;
}

int SourceText::char_col(int lineno, int byte_col) const {
  std::string_view l = line(lineno);
  if (byte_col < 0) return byte_col;
  std::size_t n = static_cast<std::size_t>(byte_col);
  if (n > l.size()) return count_chars(l) + static_cast<int>(n - l.size());
  return count_chars(l.substr(0, n));
}

namespace {

// Length of the valid UTF-8 sequence at s[i], or 0 if invalid.
std::size_t utf8_sequence_length(const std::string& s, std::size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return 1;
  std::size_t len;
  std::uint32_t cp;
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
    cp = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    cp = c & 0x0F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    cp = c & 0x07;
  } else {
    return 0;
  }
  if (i + len > s.size()) return 0;
  for (std::size_t j = 1; j < len; ++j) {
    unsigned char d = static_cast<unsigned char>(s[i + j]);
    if ((d & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (d & 0x3F);
  }
  if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))) return 0;
  if (cp >= 0xD800 && cp <= 0xDFFF) return 0;
  return len;
}

}  // namespace

void SourceText::validate_utf8() const {
  std::size_t i = 0;
  int lineno = 1;
  while (i < text_.size()) {
    unsigned char c = static_cast<unsigned char>(text_[i]);
    if (c < 0x80) {
      if (c == '\n') ++lineno;
      ++i;
      continue;
    }
    std::size_t len = utf8_sequence_length(text_, i);
    if (len == 0) {
      char buf[200];
      std::snprintf(buf, sizeof buf,
                    "Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding "
                    "declared; see https://peps.python.org/pep-0263/ for details",
                    static_cast<unsigned char>(text_[i]), filename_.c_str(), lineno);
      SyntaxErrorInfo info;
      info.msg = buf;
      info.filename = filename_;
      throw SyntaxErrorException{info};
    }
    i += len;
  }
}

void throw_error(const SourceText& src, const std::string& type, const std::string& msg,
                 ErrorLocation loc, bool text_with_newline) {
  SyntaxErrorInfo info;
  info.type = type;
  info.msg = msg;
  info.filename = src.filename();
  info.lineno = loc.lineno;
  info.offset = loc.offset;
  info.end_lineno = loc.end_lineno;
  info.end_offset = loc.end_offset;
  if (loc.lineno >= 1 && loc.lineno <= src.line_count()) {
    std::string_view line = src.line(loc.lineno);
    info.text = std::string(line);
    // (The last line of "single"/"eval" input may have no newline.)
    bool has_newline = src.line_start(loc.lineno) + line.size() < src.text().size();
    if (text_with_newline && has_newline) info.text.push_back('\n');
  }
  throw SyntaxErrorException{std::move(info)};
}

void throw_error_range(const SourceText& src, const std::string& type, const std::string& msg,
                       int lineno, int byte_col, int end_lineno, int end_byte_col,
                       bool text_with_newline) {
  ErrorLocation loc;
  loc.lineno = lineno;
  loc.offset = byte_col < 0 ? 0 : src.char_col(lineno, byte_col) + 1;
  loc.end_lineno = end_lineno;
  if (end_byte_col < 0) {
    loc.end_offset = end_byte_col + 1;
  } else if (end_lineno == lineno) {
    loc.end_offset = src.char_col(end_lineno, end_byte_col) + 1;
  } else {
    // CPython converts the end column against the *first* line of the
    // error, clamped to its length (+1 for its terminating NUL).
    std::string line(src.line(lineno));
    if (text_with_newline) line.push_back('\n');
    std::size_t col = static_cast<std::size_t>(end_byte_col) + 1;
    if (col > line.size()) {
      loc.end_offset = count_chars(line) + 1;
    } else {
      loc.end_offset = count_chars(std::string_view(line).substr(0, col));
    }
  }
  throw_error(src, type, msg, loc, text_with_newline);
}

}  // namespace taipan::parser
