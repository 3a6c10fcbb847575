// encoding.cpp — finding the coding cookie the way CPython's tokenizer does
// (a comment line among the first two, "coding[:=]name") and decoding the
// few single-byte encodings that matter.
#include "parser/encoding.h"

#include <cstdint>

#include "parser/syntax_error.h"
#include "parser/utf8.h"

namespace taipan::parser {
namespace {

bool is_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// CPython's get_normal_name(): "utf-8" and "iso-8859-1" spellings.
std::string normal_name(const std::string& name) {
  std::string buf;
  for (std::size_t i = 0; i < name.size() && i < 12; ++i) {
    char c = name[i];
    if (c == '_') c = '-';
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    buf.push_back(c);
  }
  auto is = [&](const char* n) {
    std::string s(n);
    return buf == s || buf.compare(0, s.size() + 1, s + "-") == 0;
  };
  if (is("utf-8")) return "utf-8";
  if (is("latin-1") || is("iso-8859-1") || is("iso-latin-1")) return "iso-8859-1";
  return name;
}

// Scans one line for a coding spec. Returns 1 if found (*spec set), 0 if the
// line is a comment or blank without one, -1 if it is code.
int coding_spec(std::string_view line, std::string* spec) {
  std::size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f')) ++i;
  if (i >= line.size() || line[i] == '\n' || line[i] == '\r') return 0;
  if (line[i] != '#') return -1;
  for (std::size_t k = i; k + 6 <= line.size(); ++k) {
    if (line.compare(k, 6, "coding") != 0) continue;
    std::size_t t = k + 6;
    if (t >= line.size() || (line[t] != ':' && line[t] != '=')) continue;
    do {
      ++t;
    } while (t < line.size() && (line[t] == ' ' || line[t] == '\t'));
    std::size_t begin = t;
    while (t < line.size() && (is_alnum(line[t]) || line[t] == '-' || line[t] == '_' || line[t] == '.')) {
      ++t;
    }
    if (t > begin) {
      *spec = normal_name(std::string(line.substr(begin, t - begin)));
      return 1;
    }
  }
  return 0;
}

std::string lower_dashless(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == '-' || c == '_' || c == ' ') continue;
    out.push_back(c);
  }
  return out;
}

// Codec names (lower case, without '-' and '_') Python accepts.
bool known_codec(const std::string& name) {
  static const char* const kNames[] = {
      "utf8", "u8", "utf", "cp65001", "utf8sig", "ascii", "usascii", "646", "latin1", "latin",
      "l1", "iso88591", "iso885915", "latin9", "l9", "iso88592", "latin2", "l2", "cp1252",
      "windows1252", "cp1250", "windows1250", "cp1251", "windows1251", "cp437", "ibm437",
      "cp850", "cp866", "koi8r", "koi8u", "macroman", "macintosh", "utf16", "utf16le",
      "utf16be", "utf32", "utf32le", "utf32be", "shiftjis", "sjis", "cp932", "eucjp", "euckr",
      "gbk", "gb2312", "gb18030", "big5", "cp949", "cp950", "iso2022jp", "iso88595",
      "iso88597", "iso88598", "iso88599", "latin5", "cp1253", "cp1254", "cp1255", "cp1256",
      "cp1257", "cp1258", "tis620", "cp874", "utf7", "rawunicodeescape", "unicodeescape",
      "iso885913", "iso885914", "iso885916", "iso88593", "iso88594", "iso885910",
  };
  std::string n = lower_dashless(name);
  for (const char* k : kNames) {
    if (n == k) return true;
  }
  return false;
}

// cp1252 code points for bytes 0x80..0x9F (0 = undefined, kept as C1).
const std::uint16_t kCp1252[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};

[[noreturn]] void encoding_error(const std::string& msg, std::string_view filename) {
  SyntaxErrorInfo info;
  info.msg = msg;
  info.filename = std::string(filename);
  info.lineno = 0;
  info.offset = -1;
  throw SyntaxErrorException{info};
}

}  // namespace

std::string apply_coding_declaration(std::string_view raw, std::string_view filename) {
  bool bom = raw.size() >= 3 && raw.substr(0, 3) == "\xEF\xBB\xBF";
  std::string_view text = bom ? raw.substr(3) : raw;
  std::string spec;
  std::size_t nl1 = text.find_first_of("\r\n");
  std::string_view line1 = text.substr(0, nl1 == std::string_view::npos ? text.size() : nl1 + 1);
  int r = coding_spec(line1, &spec);
  if (r == 0 && nl1 != std::string_view::npos) {
    std::size_t start2 = nl1 + 1;
    if (text[nl1] == '\r' && start2 < text.size() && text[start2] == '\n') ++start2;
    std::size_t nl2 = text.find_first_of("\r\n", start2);
    std::string_view line2 =
        text.substr(start2, nl2 == std::string_view::npos ? std::string_view::npos : nl2 + 1 - start2);
    coding_spec(line2, &spec);
  }
  if (spec.empty() || spec == "utf-8") return std::string(raw);
  if (bom) encoding_error("encoding problem: " + spec + " with BOM", filename);
  if (!known_codec(spec)) encoding_error("unknown encoding: " + spec, filename);
  std::string n = lower_dashless(spec);
  bool latin1 = spec == "iso-8859-1" || n == "latin1" || n == "l1" || n == "latin" || n == "iso88591";
  bool cp1252 = n == "cp1252" || n == "windows1252";
  if (!latin1 && !cp1252) return std::string(raw);
  std::string out;
  out.reserve(raw.size() + raw.size() / 8);
  for (char ch : raw) {
    auto c = static_cast<unsigned char>(ch);
    std::uint32_t cp = c;
    if (cp1252 && c >= 0x80 && c <= 0x9F && kCp1252[c - 0x80]) cp = kCp1252[c - 0x80];
    utf8_append(out, cp);
  }
  return out;
}

}  // namespace taipan::parser
