// lazy_stubs.h — reading a stub lazily: its top-level `def`s and `class`es
// (and the methods of those classes) are cut out of the text before parsing
// and parsed only when their name is first looked up. The split is textual
// (logical lines: brackets, strings, comments, continuations) and
// conservative: a definition whose name anything else in the block might
// bind stays in place, so the symbol tables come out as an eager read's.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace taipan::check {

// A definition cut out of a stub: [begin, end) in the module's source, the
// line it starts on (its decorators included) and the line `end` is on.
// `is_def` for a function (not a class), `abstract` for one decorated
// @abstractmethod or @abstractproperty.
struct DefChunk {
  std::size_t begin = 0, end = 0;
  int line = 0, end_line = 0;
  bool is_def = false, abstract = false;
};

// Whether the definitions of one name make an abstract method (as
// collect_block would: the first decides the kind, all add decorators).
bool abstract_method(const std::vector<DefChunk>& chunks);

struct StubSplit {
  // The block with every deferred definition replaced by blank lines (or,
  // in a class body, by `...` so that the body stays a body): same lines,
  // same columns.
  std::string skeleton;
  // The deferred definitions by name, in source order.
  std::map<std::string, std::vector<DefChunk>> deferred;
  // In a class body: the indentation of the body ("" at module level).
  std::string indent;
};

// Splits a whole stub (module level).
StubSplit split_module(std::string_view source);
// Splits a top-level class definition source[chunk.begin, chunk.end) (any
// other definition comes back whole): the skeleton is the definition's
// text alone, without the lines before it.
StubSplit split_class(std::string_view source, const DefChunk& chunk);

// The text to parse for deferred definitions, given in source order; in a
// class body under a `class _:` header. Their nodes' lines count from the
// first of them, not from the top of the stub: nothing reports a position
// inside a stub (a note's "defined here" is only given for checked files),
// and padding each parse with the lines before it cost more than the
// laziness saved.
std::string deferred_text(const std::vector<std::string_view>& pieces, bool in_class);

}  // namespace taipan::check
