// lazy_stubs.cpp — cutting a stub's definitions out of its text so that
// they are parsed on first use (see lazy_stubs.h).
#include "check/lazy_stubs.h"

#include <algorithm>
#include <array>
#include <set>
#include <unordered_set>
#include <cstdlib>

namespace taipan::check {

namespace {

// A logical line: [begin, end) from the start of its first physical line
// to just past its last newline.
struct LogicalLine {
  std::size_t begin, end;
  int line;
  std::size_t indent;
};

bool is_ident_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         static_cast<unsigned char>(c) >= 0x80;
}

// The index just past the string literal opening at s[i] (a quote).
std::size_t skip_string(std::string_view s, std::size_t i, std::size_t end, int* line) {
  char q = s[i];
  bool triple = i + 2 < end && s[i + 1] == q && s[i + 2] == q;
  i += triple ? 3 : 1;
  while (i < end) {
    char c = s[i];
    if (c == '\\') {
      if (i + 1 < end && s[i + 1] == '\n') ++*line;
      i += 2;
      continue;
    }
    if (c == '\n') {
      ++*line;
      if (!triple) return i;  // an unterminated string: the parser reports it
    }
    if (c == q && (!triple || (i + 2 < end && s[i + 1] == q && s[i + 2] == q))) return i + (triple ? 3 : 1);
    ++i;
  }
  return end;
}

// The characters logical_lines looks at.
const std::array<bool, 256>& special() {
  static const std::array<bool, 256> table = [] {
    std::array<bool, 256> t{};
    for (char c : std::string_view("#\"'\\\n()[]{}")) t[static_cast<unsigned char>(c)] = true;
    return t;
  }();
  return table;
}

// `*end_line` is the line `end` is on.
std::vector<LogicalLine> logical_lines(std::string_view s, std::size_t begin, std::size_t end, int first_line,
                                       int* end_line) {
  std::vector<LogicalLine> out;
  std::size_t i = begin;
  int line = first_line;
  while (i < end) {
    std::size_t start = i, indent = 0;
    while (i < end && (s[i] == ' ' || s[i] == '\t')) ++i, ++indent;
    if (i >= end) break;
    if (s[i] == '\n' || s[i] == '#' || s[i] == '\r') {  // blank or comment-only
      while (i < end && s[i] != '\n') ++i;
      ++i, ++line;
      continue;
    }
    LogicalLine ll{start, end, line, indent};
    int depth = 0;
    while (i < end) {
      char c = s[i];
      if (c == '#') {
        while (i < end && s[i] != '\n') ++i;
      } else if (c == '"' || c == '\'') {
        i = skip_string(s, i, end, &line);
      } else if (c == '\\' && i + 1 < end && s[i + 1] == '\n') {
        i += 2, ++line;
      } else if (c == '\n') {
        ++i, ++line;
        if (depth == 0) break;
      } else if (c == '(' || c == '[' || c == '{') {
        ++depth, ++i;
      } else if (c == ')' || c == ']' || c == '}') {
        depth -= depth > 0 ? 1 : 0;
        ++i;
      } else {
        ++i;
        while (i < end && !special()[static_cast<unsigned char>(s[i])]) ++i;
      }
    }
    ll.end = i;
    out.push_back(ll);
  }
  *end_line = line;
  return out;
}

// The identifiers of t[0, limit), strings and comments left out.
void identifiers(std::string_view t, std::size_t limit, std::unordered_set<std::string_view>* out) {
  int line = 0;
  std::size_t i = 0;
  while (i < limit) {
    char c = t[i];
    if (c == '"' || c == '\'') {
      i = skip_string(t, i, t.size(), &line);
    } else if (c == '#') {
      while (i < limit && t[i] != '\n') ++i;
    } else if (is_ident_char(c) && !(c >= '0' && c <= '9')) {
      std::size_t s = i;
      while (i < limit && is_ident_char(t[i])) ++i;
      out->insert(t.substr(s, i - s));
    } else if (c >= '0' && c <= '9') {
      while (i < limit && is_ident_char(t[i])) ++i;
    } else {
      ++i;
    }
  }
}

std::string_view first_word(std::string_view t, std::size_t* after) {
  std::size_t i = 0;
  while (i < t.size() && (t[i] == ' ' || t[i] == '\t')) ++i;
  std::size_t s = i;
  while (i < t.size() && is_ident_char(t[i])) ++i;
  *after = i;
  return t.substr(s, i - s);
}

// The name a `def`, `async def` or `class` line defines ("" for any other line).
std::string_view def_name(std::string_view t) {
  std::size_t after = 0;
  std::string_view w = first_word(t, &after);
  if (w == "async") {
    t = t.substr(after);
    w = first_word(t, &after);
    if (w != "def") return "";
  }
  if (w != "def" && w != "class") return "";
  return first_word(t.substr(after), &after);
}

// The last part of a decorator's dotted name (`abc.abstractmethod` in
// `@abc.abstractmethod`).
std::string_view decorator_name(std::string_view t) {
  std::size_t i = 1, start = 1;
  while (i < t.size() && (is_ident_char(t[i]) || t[i] == '.' || t[i] == ' ')) {
    if (t[i] == '.') start = i + 1;
    ++i;
  }
  std::size_t after = 0;
  return first_word(t.substr(start, i - start), &after);
}

// Every name the statement t (stripped of its indentation) might bind, and
// more: the targets of an assignment or annotation, all the identifiers of
// an import or of a compound statement's header.
void bound_names(std::string_view t, std::unordered_set<std::string_view>* out) {
  std::string_view d = def_name(t);
  if (!d.empty()) {
    out->insert(d);
    return;
  }
  if (!t.empty() && t[0] == '@') return;
  std::size_t after = 0;
  static const std::set<std::string_view> all_words = {"import", "from", "for", "with", "except", "async", "match",
                                                  "case", "while", "try", "else", "elif", "if", "finally",
                                                  "del", "global", "nonlocal"};
  if (all_words.count(first_word(t, &after)) != 0) {
    identifiers(t, t.size(), out);
    return;
  }
  // Up to the first top-level `:` or the last top-level `=`.
  std::size_t colon = t.size(), equal = t.size();
  int depth = 0, line = 0;
  for (std::size_t i = 0; i < t.size(); ++i) {
    char c = t[i];
    if (c == '"' || c == '\'') {
      i = skip_string(t, i, t.size(), &line) - 1;
    } else if (c == '(' || c == '[' || c == '{') {
      ++depth;
    } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
      --depth;
    } else if (depth == 0 && c == ':' && colon == t.size()) {
      colon = i;
    } else if (depth == 0 && c == '=' && (i + 1 >= t.size() || t[i + 1] != '=') &&
               (i == 0 || (t[i - 1] != '=' && t[i - 1] != '!' && t[i - 1] != '<' && t[i - 1] != '>'))) {
      equal = i;
    }
  }
  identifiers(t, std::min(colon, equal), out);
}

// Whether statement t is `from m import *`.
bool star_import(std::string_view t) {
  std::size_t after = 0;
  return first_word(t, &after) == "from" && t.find('*') != std::string_view::npos;
}

// Splits the logical lines of `lines` at indentation `indent`: `def`s and
// `class`es (with their decorators) become candidates, everything else
// stays and may bind names. `*star` is where the last `from m import *`
// begins (0: none).
void split_lines(std::string_view s, const std::vector<LogicalLine>& lines, std::size_t first, std::size_t indent,
                 std::size_t block_end, int end_line, std::map<std::string_view, std::vector<DefChunk>>* candidates,
                 std::unordered_set<std::string_view>* bound, std::size_t* star) {
  auto stays = [&](const LogicalLine& l) {
    std::string_view t = s.substr(l.begin + l.indent, l.end - l.begin - l.indent);
    bound_names(t, bound);
    if (star_import(t)) *star = l.begin;
  };
  std::size_t k = first;
  while (k < lines.size()) {
    const LogicalLine& ll = lines[k];
    if (ll.indent != indent) {
      stays(ll);
      ++k;
      continue;
    }
    std::size_t d = k;
    while (d < lines.size() && lines[d].indent == indent && s[lines[d].begin + indent] == '@') ++d;
    std::string_view name;
    if (d < lines.size() && lines[d].indent == indent) {
      const LogicalLine& dl = lines[d];
      name = def_name(s.substr(dl.begin + indent, dl.end - dl.begin - indent));
    }
    if (name.empty()) {
      for (; k <= d && k < lines.size(); ++k) stays(lines[k]);
      continue;
    }
    std::size_t e = d + 1;
    while (e < lines.size() && lines[e].indent > indent) ++e;
    DefChunk c{ll.begin, e < lines.size() ? lines[e].begin : block_end, ll.line,
               e < lines.size() ? lines[e].line : end_line};
    std::size_t after = 0;
    c.is_def = first_word(s.substr(lines[d].begin + indent, lines[d].end - lines[d].begin - indent), &after) != "class";
    for (std::size_t j = k; j < d; ++j) {
      std::string_view deco = decorator_name(s.substr(lines[j].begin + indent, lines[j].end - lines[j].begin - indent));
      c.abstract = c.abstract || (c.is_def && (deco == "abstractmethod" || deco == "abstractproperty"));
    }
    (*candidates)[name].push_back(c);
    k = e;
  }
}

// Keeps the candidates no other statement may bind (nor a star import
// after them: read eagerly, a definition before `from m import *` wins over
// the star's name), and builds the skeleton of source[base, end) without
// them: a deferred definition leaves only its newlines (in a class body,
// `...` on its first line, so that the body stays a body).
void defer(std::string_view s, std::size_t base, std::size_t end,
           std::map<std::string_view, std::vector<DefChunk>>& candidates,
           const std::unordered_set<std::string_view>& bound, std::size_t star, StubSplit* out) {
  std::vector<DefChunk> cut;
  for (auto& [name, chunks] : candidates) {
    if (bound.count(name) != 0 || chunks.front().begin < star) continue;
    cut.insert(cut.end(), chunks.begin(), chunks.end());
    out->deferred[std::string(name)] = std::move(chunks);
  }
  std::sort(cut.begin(), cut.end(), [](const DefChunk& a, const DefChunk& b) { return a.begin < b.begin; });
  out->skeleton.reserve(end - base);
  std::size_t at = base;
  for (const DefChunk& c : cut) {
    out->skeleton.append(s.substr(at, c.begin - at));
    if (!out->indent.empty()) out->skeleton += out->indent + "...";
    out->skeleton.append(static_cast<std::size_t>(c.end_line - c.line), '\n');
    at = c.end;
  }
  out->skeleton.append(s.substr(at, end - at));
}

}  // namespace

bool abstract_method(const std::vector<DefChunk>& chunks) {
  bool any = false;
  for (const DefChunk& c : chunks) any = any || c.abstract;
  return !chunks.empty() && chunks.front().is_def && any;
}

StubSplit split_module(std::string_view source) {
  StubSplit out;
  int end_line = 0;
  std::vector<LogicalLine> lines = logical_lines(source, 0, source.size(), 1, &end_line);
  std::map<std::string_view, std::vector<DefChunk>> candidates;
  std::unordered_set<std::string_view> bound;
  std::size_t star = 0;
  split_lines(source, lines, 0, 0, source.size(), end_line, &candidates, &bound, &star);
  defer(source, 0, source.size(), candidates, bound, star, &out);
  return out;
}

StubSplit split_class(std::string_view source, const DefChunk& chunk) {
  StubSplit out;
  int end_line = 0;
  std::vector<LogicalLine> lines = logical_lines(source, chunk.begin, chunk.end, chunk.line, &end_line);
  auto whole = [&] {
    out.indent.clear();
    out.skeleton = std::string(source.substr(chunk.begin, chunk.end - chunk.begin));
    return out;
  };
  std::size_t body = 0;
  while (body < lines.size() && lines[body].indent == 0) ++body;
  if (body == 0 || body >= lines.size()) return whole();
  const LogicalLine& header = lines[body - 1];
  std::size_t after = 0;
  if (first_word(source.substr(header.begin, header.end - header.begin), &after) != "class") return whole();
  std::size_t indent = lines[body].indent;
  // The body's first physical lines must be at that indentation exactly.
  out.indent = std::string(source.substr(lines[body].begin, indent));
  if (out.indent.find_first_not_of(' ') != std::string::npos) return whole();
  std::map<std::string_view, std::vector<DefChunk>> candidates;
  std::unordered_set<std::string_view> bound;
  std::size_t star = 0;
  split_lines(source, lines, body, indent, chunk.end, end_line, &candidates, &bound, &star);
  defer(source, chunk.begin, chunk.end, candidates, bound, star, &out);
  return out;
}

std::string deferred_text(const std::vector<std::string_view>& pieces, bool in_class) {
  std::string text = in_class ? "class _:\n" : "";
  for (std::string_view piece : pieces) {
    text.append(piece);
    if (text.back() != '\n') text += '\n';
  }
  return text;
}

}  // namespace taipan::check
