// diagnostics.h — errors and notes of `taipan check`: collected per file,
// filtered by `# type: ignore[code]` comments, sorted and printed as mypy
// prints them, with mypy's closing summary line.
#pragma once

#include <map>
#include <ostream>
#include <set>
#include <string>
#include <vector>

namespace taipan::check {

struct Diagnostic {
  std::string file;
  int line = 0;
  int col = 0;
  bool is_note = false;
  std::string message;
  std::string code;  // empty: none shown
  int origin_line = 0;  // the line whose `# type: ignore` governs it
};

class Reporter {
 public:
  bool show_column = false;
  bool show_error_codes = true;

  // Registers a checked file's lines (to find `# type: ignore` comments).
  void add_file(const std::string& file, const std::vector<std::string>& lines);
  void error(const std::string& file, int line, int col, const std::string& msg, const std::string& code);
  void note(const std::string& file, int line, int col, const std::string& msg, const std::string& code = "",
            int origin_line = 0);

  // Forgets every diagnostic with this code (and the notes attached to it).
  void drop_code(const std::string& code);
  // Prints every diagnostic; returns the number of errors and the number of
  // files with errors.
  void print(std::ostream& out, const std::vector<std::string>& file_order, int* errors, int* files);

 private:
  struct Ignore {
    bool all = false;
    std::set<std::string> codes;
    bool used = false;
  };
  std::map<std::string, std::map<int, Ignore>> ignores_;
  std::set<std::string> ignored_files_;
  std::vector<Diagnostic> diags_;
};

// A `# type: ignore` comment on a source line: 0 none, 1 found (codes
// filled, empty for all).
int parse_type_ignore(const std::string& line, std::set<std::string>* codes);

// difflib.SequenceMatcher(a, b).ratio(), for "did you mean" suggestions.
double similarity_ratio(const std::string& a, const std::string& b);
// mypy's best_matches: up to n options with ratio > 0.75, best first.
std::vector<std::string> best_matches(const std::string& current, const std::vector<std::string>& options, size_t n);
// "a", "b" or "c" (quoted, with the conjunction).
std::string pretty_seq(const std::vector<std::string>& items, const std::string& conjunction);

}  // namespace taipan::check
