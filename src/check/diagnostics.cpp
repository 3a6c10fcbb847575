// diagnostics.cpp — collection, `# type: ignore` filtering, ordering and
// printing of diagnostics (mypy's "FILE:LINE: error: MESSAGE  [code]"
// format), and the string similarity behind "maybe ...?" suggestions.
#include "check/diagnostics.h"

#include <algorithm>
#include <functional>

namespace taipan::check {

int parse_type_ignore(const std::string& line, std::set<std::string>* codes) {
  // The comment starts at a '#' outside string literals.
  char quote = 0;
  size_t hash = std::string::npos;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (quote != 0) {
      if (c == '\\') {
        ++i;
      } else if (c == quote) {
        quote = 0;
      }
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '#') {
      hash = i;
      break;
    }
  }
  if (hash == std::string::npos) return 0;
  std::string comment = line.substr(hash + 1);
  size_t p = comment.find_first_not_of(" \t");
  if (p == std::string::npos || comment.compare(p, 5, "type:") != 0) return 0;
  p = comment.find_first_not_of(" \t", p + 5);
  if (p == std::string::npos || comment.compare(p, 6, "ignore") != 0) return 0;
  p += 6;
  if (p < comment.size() && (std::isalnum(static_cast<unsigned char>(comment[p])) || comment[p] == '_')) return 0;
  if (p < comment.size() && comment[p] == '[') {
    size_t end = comment.find(']', p);
    if (end == std::string::npos) return 0;
    std::string inside = comment.substr(p + 1, end - p - 1);
    size_t start = 0;
    while (start <= inside.size()) {
      size_t comma = inside.find(',', start);
      if (comma == std::string::npos) comma = inside.size();
      std::string code = inside.substr(start, comma - start);
      code.erase(0, code.find_first_not_of(" \t"));
      code.erase(code.find_last_not_of(" \t") + 1);
      if (!code.empty()) codes->insert(code);
      start = comma + 1;
    }
  }
  return 1;
}

void Reporter::add_file(const std::string& file, const std::vector<std::string>& lines) {
  auto& table = ignores_[file];
  bool before_code = true;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::set<std::string> codes;
    const std::string& line = lines[i];
    size_t first = line.find_first_not_of(" \t");
    bool comment_only = first == std::string::npos || line[first] == '#';
    if (parse_type_ignore(line, &codes) == 1) {
      // A bare ignore comment before any code ignores the whole file.
      if (before_code && comment_only && codes.empty()) ignored_files_.insert(file);
      Ignore ig;
      ig.all = codes.empty();
      ig.codes = std::move(codes);
      table[static_cast<int>(i) + 1] = ig;
    }
    if (!comment_only) before_code = false;
  }
}

void Reporter::error(const std::string& file, int line, int col, const std::string& msg, const std::string& code) {
  Diagnostic d;
  d.file = file;
  d.line = line;
  d.col = col;
  d.message = msg;
  d.code = code;
  d.origin_line = line;
  diags_.push_back(d);
}

void Reporter::note(const std::string& file, int line, int col, const std::string& msg, const std::string& code,
                    int origin_line) {
  Diagnostic d;
  d.file = file;
  d.line = line;
  d.col = col;
  d.is_note = true;
  d.message = msg;
  d.code = code;
  d.origin_line = origin_line != 0 ? origin_line : line;
  diags_.push_back(d);
}

void Reporter::drop_code(const std::string& code) {
  diags_.erase(std::remove_if(diags_.begin(), diags_.end(), [&](const Diagnostic& d) { return d.code == code; }),
               diags_.end());
}

void Reporter::print(std::ostream& out, const std::vector<std::string>& file_order, int* errors, int* files) {
  *errors = 0;
  *files = 0;
  for (const std::string& file : file_order) {
    if (ignored_files_.count(file) != 0) continue;
    std::vector<Diagnostic> mine;
    auto& table = ignores_[file];
    for (const Diagnostic& d : diags_) {
      if (d.file != file) continue;
      auto it = table.find(d.origin_line);
      if (it != table.end()) {
        Ignore& ig = it->second;
        if (ig.all || ig.codes.count(d.code) != 0 || (d.is_note && d.code.empty())) continue;
        if (!d.is_note) {
          mine.push_back(d);
          Diagnostic n = d;
          n.is_note = true;
          n.message = "Error code \"" + d.code + "\" not covered by \"type: ignore\" comment";
          n.code.clear();
          mine.push_back(n);
          continue;
        }
      }
      mine.push_back(d);
    }
    std::stable_sort(mine.begin(), mine.end(), [](const Diagnostic& a, const Diagnostic& b) {
      return a.line != b.line ? a.line < b.line : a.col < b.col;
    });
    // Identical messages on one line are shown once, as mypy does.
    std::vector<Diagnostic> unique;
    for (const Diagnostic& d : mine) {
      bool dup = false;
      for (auto it = unique.rbegin(); it != unique.rend() && it->line == d.line; ++it) {
        if (it->message == d.message && it->is_note == d.is_note) dup = true;
      }
      if (!dup) unique.push_back(d);
    }
    int file_errors = 0;
    for (const Diagnostic& d : unique) {
      out << d.file << ":" << d.line;
      if (show_column) out << ":" << d.col + 1;
      out << (d.is_note ? ": note: " : ": error: ") << d.message;
      if (!d.is_note && show_error_codes && !d.code.empty()) out << "  [" << d.code << "]";
      out << "\n";
      if (!d.is_note) ++file_errors;
    }
    *errors += file_errors;
    if (file_errors > 0) ++*files;
  }
}

// ---------------------------------------------------------------- similarity

double similarity_ratio(const std::string& a, const std::string& b) {
  if (a.empty() && b.empty()) return 1.0;
  // Ratcliff/Obershelp as difflib: the longest common block, then recurse
  // on both sides (earliest block on ties).
  std::function<size_t(size_t, size_t, size_t, size_t)> matches = [&](size_t alo, size_t ahi, size_t blo,
                                                                      size_t bhi) -> size_t {
    size_t best_i = alo, best_j = blo, best = 0;
    for (size_t i = alo; i < ahi; ++i) {
      for (size_t j = blo; j < bhi; ++j) {
        size_t k = 0;
        while (i + k < ahi && j + k < bhi && a[i + k] == b[j + k]) ++k;
        if (k > best) {
          best = k;
          best_i = i;
          best_j = j;
        }
      }
    }
    if (best == 0) return 0;
    return best + matches(alo, best_i, blo, best_j) + matches(best_i + best, ahi, best_j + best, bhi);
  };
  size_t m = matches(0, a.size(), 0, b.size());
  return 2.0 * static_cast<double>(m) / static_cast<double>(a.size() + b.size());
}

std::vector<std::string> best_matches(const std::string& current, const std::vector<std::string>& options, size_t n) {
  std::vector<std::string> close;
  for (const std::string& o : options) {
    double quick = 2.0 * static_cast<double>(std::min(current.size(), o.size())) /
                   static_cast<double>(current.size() + o.size());
    if (quick > 0.75) close.push_back(o);
  }
  // Many candidates: only those of about the same length.
  if (close.size() >= 50) {
    std::vector<std::string> near;
    for (auto& o : close) {
      long d = static_cast<long>(o.size()) - static_cast<long>(current.size());
      if (d >= -1 && d <= 1) near.push_back(o);
    }
    close = std::move(near);
  }
  std::vector<std::pair<double, std::string>> scored;
  for (const std::string& o : close) {
    double r = similarity_ratio(current, o);
    if (r > 0.75) scored.push_back({r, o});
  }
  std::sort(scored.begin(), scored.end(), [](const auto& x, const auto& y) {
    return x.first != y.first ? x.first > y.first : x.second < y.second;
  });
  std::vector<std::string> out;
  for (size_t k = 0; k < scored.size() && k < n; ++k) out.push_back(scored[k].second);
  return out;
}

std::string pretty_seq(const std::vector<std::string>& items, const std::string& conjunction) {
  std::vector<std::string> q;
  for (auto& s : items) q.push_back("\"" + s + "\"");
  if (q.size() == 1) return q[0];
  if (q.size() == 2) return q[0] + " " + conjunction + " " + q[1];
  std::string s;
  for (size_t k = 0; k + 1 < q.size(); ++k) s += (k ? ", " : "") + q[k];
  return s + ", " + conjunction + " " + q.back();
}

}  // namespace taipan::check
