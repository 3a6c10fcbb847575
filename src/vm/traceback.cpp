// The `traceback` type and the printing of exceptions in CPython 3.11's
// format: tracebacks with source lines and caret markers, chained
// exceptions, SyntaxError locations, notes, exception groups in their nested
// boxes, and "Did you mean" suggestions for NameError / AttributeError.
#include "vm/traceback.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "objects/dict.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "parser/parser.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "modules/sys.h"
#include "objects/int.h"
#include "runtime/import.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"
#include "vm/frame.h"

namespace taipan {

Type traceback_type;

// ---- the traceback type ----

namespace {

Traceback* as_tb(Value v) { return v.as<Traceback>(); }

Ref tb_get_next(Value self) {
  Value n = as_tb(self)->next;
  return n.is_null() ? Ref::none() : Ref::borrow(n);
}
int tb_set_next(Value self, Value v) {
  if (v.is_null()) return fail(exc::TypeError, "can't delete tb_next attribute");
  if (!v.is_none() && type_of(v) != &traceback_type) {
    return fail(exc::TypeError, std::string("expected traceback object, got '") + type_name_of(v) + "'");
  }
  for (Value cursor = v; !cursor.is_null() && !cursor.is_none(); cursor = as_tb(cursor)->next) {
    if (cursor == self) return fail(exc::ValueError, "traceback loop detected");
  }
  Traceback* tb = as_tb(self);
  Value old = tb->next;
  tb->next = v.is_none() ? Value() : Ref::borrow(v).release();
  decref(old);
  return 0;
}
Ref tb_get_frame(Value self) { return Ref::borrow(as_tb(self)->frame); }
Ref tb_get_lineno(Value self) { return Ref::small_int(as_tb(self)->lineno); }
// In bytes, as CPython's; -1 (a traceback made with a negative tb_lasti) stays.
Ref tb_get_lasti(Value self) {
  int32_t lasti = as_tb(self)->lasti;
  return Ref::small_int(lasti < 0 ? -1 : lasti * 2);
}

// types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno).
Ref tb_construct(Type*, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"tb_next", "tb_frame", "tb_lasti", "tb_lineno"};
  Value a[4];
  if (!bind_args(ArgSpec{"TracebackType", kNames, 4, 0, 4}, args, nargs, kwnames, a)) return nullptr;
  if (!a[0].is_none() && type_of(a[0]) != &traceback_type) {
    return raise(exc::TypeError, std::string("expected traceback object or None, got '") + type_name_of(a[0]) + "'");
  }
  if (type_of(a[1]) != &frame_type) {
    return raise(exc::TypeError, std::string("TracebackType() argument 'tb_frame' must be frame, not ") +
                                     (a[1].is_none() ? "None" : type_name_of(a[1])));
  }
  int64_t lasti, lineno;
  if (!arg_to_c_int(a[2], &lasti) || !arg_to_c_int(a[3], &lineno)) return nullptr;
  auto* tb = new_object<Traceback>(&traceback_type);
  if (tb == nullptr) return nullptr;
  tb->next = a[0].is_none() ? Value() : Ref::borrow(a[0]).release();
  tb->frame = Ref::borrow(a[1]).release();
  tb->lasti = lasti < 0 ? -1 : static_cast<int32_t>(lasti / 2);
  tb->lineno = static_cast<int32_t>(lineno);
  return Ref::steal(tb);
}

const GetSetDef kTracebackGetSets[] = {
    {"tb_next", tb_get_next, tb_set_next, nullptr},
    {"tb_frame", tb_get_frame, nullptr, nullptr},
    {"tb_lineno", tb_get_lineno, nullptr, nullptr},
    {"tb_lasti", tb_get_lasti, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

void tb_traverse(Object* self, VisitFn visit, void* arg) {
  auto* tb = static_cast<Traceback*>(self);
  if (!tb->next.is_null()) visit(tb->next, arg);
  if (!tb->frame.is_null()) visit(tb->frame, arg);
}

void tb_clear(Object* self) {
  auto* tb = static_cast<Traceback*>(self);
  Value next = tb->next, frame = tb->frame;
  tb->next = Value();
  tb->frame = Value();
  decref(next);
  decref(frame);
}

void tb_dealloc(Object* self) {
  tb_clear(self);
  free_object(self);
}

}  // namespace

int init_traceback_type() {
  traceback_type.refcnt = kImmortalRefcnt;
  traceback_type.type = &type_type;
  traceback_type.name = "traceback";
  traceback_type.basic_size = sizeof(Traceback);
  traceback_type.flags = kTypeGC;
  traceback_type.dealloc = tb_dealloc;
  traceback_type.traverse = tb_traverse;
  traceback_type.clear = tb_clear;
  traceback_type.getattr = generic_getattr;
  traceback_type.setattr = generic_setattr;
  traceback_type.getsets = kTracebackGetSets;
  traceback_type.new_ = tb_construct;
  return type_ready(&traceback_type);
}

int traceback_add_frame(Value exc, Frame* f) {
  if (!is_exception_instance(exc)) return 0;
  Ref fo = frame_object_of(f);
  if (!fo) return -1;
  auto* tb = new_object<Traceback>(&traceback_type);
  if (tb == nullptr) return -1;
  auto* be = exc.as<BaseException>();
  tb->next = be->traceback;  // the new entry takes over the old chain
  tb->frame = fo.release();
  tb->lasti = f->instr < f->code->code ? 0 : f->lasti();
  tb->lineno = f->lineno();
  be->traceback = Value::object(tb);
  return 0;
}

// ---- printing ----

namespace {

constexpr int kRecursiveCutoff = 3;
constexpr int64_t kDefaultTracebackLimit = 1000;
constexpr int kMaxGroupWidth = 15;
constexpr int kMaxGroupDepth = 10;

std::string to_utf8(Value s) { return is_str(s) ? str_to_std(s.as<Str>()) : std::string(); }

// str(v), or `fallback` when it fails.
std::string str_or(Value v, const char* fallback) {
  Ref s = str(v);
  if (!s || !is_str(*s)) {
    clear_error();
    return fallback;
  }
  return str_to_std(s.as<Str>());
}

// The lines of source files, read once.
const std::vector<std::string>* source_lines(const std::string& filename) {
  static std::map<std::string, std::vector<std::string>> cache;
  auto it = cache.find(filename);
  if (it != cache.end()) return &it->second;
  std::vector<std::string>& lines = cache[filename];
  std::ifstream file(filename, std::ios::binary);
  // Modules of the embedded lib/ have no file on disk.
  const std::string_view* embedded = file ? nullptr : embedded_source(filename);
  std::istringstream text(embedded != nullptr ? std::string(*embedded) : std::string());
  std::istream& in = file ? static_cast<std::istream&>(file) : text;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(line);
  }
  return &lines;
}

bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r' || c == '\v'; }

// Code points in the first `bytes` bytes of UTF-8 text.
int64_t char_offset(const std::string& text, int64_t bytes) {
  int64_t n = 0;
  for (int64_t i = 0; i < bytes && i < static_cast<int64_t>(text.size()); i++) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) n++;
  }
  return n;
}

// The caret anchors of a binary operation or subscript that makes up the
// whole segment: [left_end, right_start) are the secondary ('^') markers.
bool extract_anchors(const std::string& segment, int64_t* left_end, int64_t* right_start) {
  parser::ParseResult parsed = parser::parse(segment, "<segment>", parser::ParseMode::Exec);
  if (!parsed.ok()) return false;
  auto* module = static_cast<ast::Module*>(parsed.mod);
  if (module->body.size() != 1 || module->body[0]->kind != ast::StmtKind::Expr) return false;
  ast::Expr* e = static_cast<ast::ExprStmt*>(module->body[0])->value;
  if (e->lineno != e->end_lineno) return false;
  int64_t left = -1, right = -1;
  if (e->kind == ast::ExprKind::BinOp) {
    auto* b = static_cast<ast::BinOp*>(e);
    for (int i = b->left->end_col_offset; i < b->right->col_offset; i++) {
      if (is_ws(segment[i])) continue;
      left = i;
      right = i + 1;
      if (i + 1 < b->right->col_offset && !is_ws(segment[i + 1])) right++;
      if (i + 1 < b->right->col_offset && segment[i] == ')') continue;
      break;
    }
    if (left < 0) return false;
  } else if (e->kind == ast::ExprKind::Subscript) {
    auto* s = static_cast<ast::Subscript*>(e);
    int64_t len = static_cast<int64_t>(segment.size());
    left = s->value->end_col_offset;
    right = s->slice->end_col_offset + 1;
    while (left < len && (is_ws(segment[left]) || segment[left] != '[')) left++;
    while (right < len && (is_ws(segment[right]) || segment[right] != ']')) right++;
    if (right < len) right++;
  } else {
    return false;
  }
  *left_end = char_offset(segment, left);
  *right_start = char_offset(segment, right);
  return true;
}

struct Printer {
  std::string out;
  std::set<uint64_t> seen;
  int group_depth = 0;
  bool need_close = false;

  std::string margin() const { return group_depth ? "| " : ""; }
  int indent() const { return 2 * group_depth; }
  void indented_margin() { out += std::string(indent(), ' ') + margin(); }

  // The source line and its carets for one traceback entry.
  void source_line(const std::string& filename, int lineno, Code* code, int lasti) {
    const std::vector<std::string>* lines = source_lines(filename);
    if (lineno < 1 || lineno > static_cast<int>(lines->size())) return;
    const std::string& line = (*lines)[lineno - 1];
    size_t first = 0;
    while (first < line.size() && is_ws(line[first])) first++;
    size_t last = line.size();
    while (last > first && is_ws(line[last - 1])) last--;
    if (first == last) return;
    std::string stripped = line.substr(first, last - first);
    indented_margin();
    out += "    " + stripped + "\n";

    if (code == nullptr || lasti < 0 || lasti >= code->code_size) return;
    const SourcePosition& pos = positions_of(code)[lasti];
    if (pos.line != lineno || pos.col < 0 || pos.end_col < 0 || pos.end_line < pos.line) return;
    int64_t start = char_offset(line, pos.col);
    int64_t end;
    int64_t left_end = -1, right_start = -1;
    if (pos.end_line == pos.line) {
      end = char_offset(line, pos.end_col);
      std::string segment = line.substr(static_cast<size_t>(pos.col), static_cast<size_t>(pos.end_col - pos.col));
      if (extract_anchors(segment, &left_end, &right_start)) {
        left_end += start;
        right_start += start;
      }
    } else {
      end = char_offset(line, static_cast<int64_t>(last));
    }
    int64_t truncation = char_offset(line, static_cast<int64_t>(first));
    int64_t stripped_len = char_offset(stripped, static_cast<int64_t>(stripped.size()));
    bool secondary = left_end != right_start;
    if (end - start == stripped_len && !secondary) return;
    // Offsets stay in characters: CPython 3.11.2 does not widen East Asian
    // wide characters to two columns.
    indented_margin();
    out += "    ";
    for (int64_t offset = truncation + 1; offset <= end; offset++) {
      if (offset <= start) {
        out += ' ';
      } else if (left_end >= 0 && left_end < offset && offset <= right_start) {
        out += '^';
      } else {
        out += left_end >= 0 ? '~' : '^';
      }
    }
    out += "\n";
  }

  // sys.tracebacklimit: how many of the innermost entries are printed
  // (1000 by default); 0 or less prints no traceback at all.
  static int64_t traceback_limit() {
    Value limit = sys_attr("tracebacklimit");
    if (limit.is_null() || !is_int(limit)) return kDefaultTracebackLimit;
    int64_t n = 0;
    if (int_to_int64(limit, &n)) return n;
    return int_sign(limit) > 0 ? INT64_MAX : 0;
  }

  void traceback(Value tb, const char* header_margin, const char* header) {
    int64_t limit = traceback_limit();
    if (limit <= 0) return;
    int64_t depth = 0;
    for (Value t = tb; !t.is_null() && !t.is_none() && type_of(t) == &traceback_type; t = as_tb(t)->next) depth++;
    for (; depth > limit; depth--) tb = as_tb(tb)->next;
    out += std::string(indent(), ' ') + header_margin + header;
    std::string last_file, last_name;
    int last_line = -1, count = 0;
    auto flush_repeats = [&]() {
      if (count > kRecursiveCutoff) {
        int more = count - kRecursiveCutoff;
        indented_margin();
        out += "  [Previous line repeated " + std::to_string(more) + " more time" + (more > 1 ? "s" : "") + "]\n";
      }
    };
    for (; !tb.is_null() && !tb.is_none() && type_of(tb) == &traceback_type; tb = as_tb(tb)->next) {
      Traceback* entry = as_tb(tb);
      Frame* f = entry->frame.as<FrameObject>()->frame;
      Code* code = f != nullptr ? f->code : nullptr;
      std::string filename = code ? to_utf8(code->filename) : "?";
      std::string name = code ? to_utf8(code->name) : "?";
      if (filename != last_file || entry->lineno != last_line || name != last_name) {
        flush_repeats();
        last_file = filename;
        last_line = entry->lineno;
        last_name = name;
        count = 0;
      }
      if (++count > kRecursiveCutoff) continue;
      indented_margin();
      out += "  File \"" + filename + "\", line " + std::to_string(entry->lineno) + ", in " + name + "\n";
      source_line(filename, entry->lineno, code, entry->lasti);
    }
    flush_repeats();
  }

  // "  File ..., line N" and the text with carets of a SyntaxError.
  void syntax_error_location(Value value) {
    auto* se = value.as<SyntaxErrorObject>();
    std::string filename = is_str(se->filename) ? to_utf8(se->filename) : "<string>";
    int64_t lineno = se->lineno.is_small_int() ? se->lineno.as_small_int() : 0;
    indented_margin();
    out += "  File \"" + filename + "\", line " + std::to_string(lineno) + "\n";
    if (!is_str(se->text)) return;
    int64_t offset = se->offset.is_small_int() ? se->offset.as_small_int() : -1;
    int64_t end_offset = se->end_offset.is_small_int() ? se->end_offset.as_small_int() : -1;
    int64_t end_lineno = se->end_lineno.is_small_int() ? se->end_lineno.as_small_int() : lineno;
    if (end_lineno > lineno) end_offset = -1;
    int64_t carets = (end_offset > 0 && end_offset > offset) ? end_offset - offset : 1;
    if (type_is_subtype(type_of(value), exc::IndentationError)) carets = 1;  // CPython marks one column
    std::string text = to_utf8(se->text);
    offset--;
    size_t pos = 0;
    while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t' || text[pos] == '\f')) {
      pos++;
      offset--;
    }
    text = text.substr(pos);
    int64_t len = static_cast<int64_t>(text.size());
    if (len > 0 && text[len - 1] == '\n') len--;
    if (offset > len) offset = len;
    for (;;) {
      size_t nl = text.find('\n');
      if (nl == std::string::npos || static_cast<int64_t>(nl) >= offset) break;
      text = text.substr(nl + 1);
      len -= static_cast<int64_t>(nl) + 1;
      offset -= static_cast<int64_t>(nl) + 1;
    }
    indented_margin();
    out += "    " + text;
    if (text.empty() || text.back() != '\n') out += "\n";
    if (offset < 0) return;
    indented_margin();
    out += "    " + std::string(static_cast<size_t>(offset), ' ') + std::string(static_cast<size_t>(carets), '^') + "\n";
  }

  std::string qualified_type_name(Type* t) {
    std::string name;
    Ref module = getattr_optional(Value::object(t), intern("__module__"));
    clear_error();
    if (!module || !is_str(*module)) {
      name = "<unknown>.";
    } else {
      std::string m = str_to_std(module.as<Str>());
      if (m != "builtins" && m != "__main__") name = m + ".";
    }
    Ref qualname = getattr_optional(Value::object(t), intern("__qualname__"));
    clear_error();
    name += qualname && is_str(*qualname) ? str_to_std(qualname.as<Str>()) : "<unknown>";
    return name;
  }

  void notes(Value value) {
    Ref notes = getattr_optional(value, intern("__notes__"));
    if (!notes) {
      clear_error();
      return;
    }
    if (is_str(*notes) || !(is_list(*notes) || is_tuple(*notes))) {
      indented_margin();
      Ref r = repr(*notes);
      if (!r) clear_error();
      out += r ? str_to_std(r.as<Str>()) : "<__notes__ repr() failed>";
      out += "\n";
      return;
    }
    Ref items = is_tuple(*notes) ? Ref::borrow(*notes) : list_as_tuple(notes.as<List>());
    if (!items) {
      clear_error();
      return;
    }
    Tuple* t = items.as<Tuple>();
    for (int64_t i = 0; i < t->size; i++) {
      std::string note = str_or(t->items[i], "<note str() failed>");
      std::stringstream lines(note);
      std::string line;
      bool any = false;
      while (std::getline(lines, line)) {
        indented_margin();
        out += line + "\n";
        any = true;
      }
      if (!any) {
        indented_margin();
        out += "\n";
      }
    }
  }

  void one_exception(Value value) {
    if (!is_exception_instance(value)) {
      indented_margin();
      out += std::string("TypeError: print_exception(): Exception expected for value, ") + type_name_of(value) + " found\n";
      return;
    }
    Value tb = value.as<BaseException>()->traceback;
    if (!tb.is_null() && !tb.is_none()) {
      bool group = type_is_subtype(type_of(value), exc::BaseExceptionGroup);
      const char* header_margin = group && group_depth == 1 ? "+ " : (group_depth ? "| " : "");
      traceback(tb, header_margin,
                group ? "Exception Group Traceback (most recent call last):\n" : "Traceback (most recent call last):\n");
    }
    Type* type = type_of(value);
    std::string message;
    if (type_is_subtype(type, exc::SyntaxError)) {
      syntax_error_location(value);
      Value msg = value.as<SyntaxErrorObject>()->msg;
      message = msg.is_null() ? str_or(value, "<exception str() failed>") : str_or(msg, "<exception str() failed>");
    } else {
      message = str_or(value, "<exception str() failed>");
    }
    indented_margin();
    out += qualified_type_name(type);
    if (!message.empty()) out += ": " + message;
    out += suggestion(value);
    out += "\n";
    notes(value);
  }

  void chained(Value value, const char* message) {
    bool saved_close = need_close;
    recursive(value);
    need_close = saved_close;
    indented_margin();
    out += "\n";
    indented_margin();
    out += message;
    indented_margin();
    out += "\n";
  }

  void cause_and_context(Value value) {
    seen.insert(value.bits());
    if (!is_exception_instance(value)) return;
    auto* be = value.as<BaseException>();
    if (!be->cause.is_null() && !be->cause.is_none()) {
      if (!seen.count(be->cause.bits())) {
        chained(be->cause, "The above exception was the direct cause of the following exception:\n");
      }
      return;
    }
    if (be->suppress_context) return;
    if (!be->context.is_null() && !be->context.is_none() && !seen.count(be->context.bits())) {
      chained(be->context, "During handling of the above exception, another exception occurred:\n");
    }
  }

  void group(Value value) {
    if (group_depth > kMaxGroupDepth) {
      indented_margin();
      out += "... (max_group_depth is " + std::to_string(kMaxGroupDepth) + ")\n";
      return;
    }
    if (group_depth == 0) group_depth++;
    one_exception(value);
    Value excs = value.as<ExceptionGroupObject>()->exceptions;
    int64_t num = is_tuple(excs) ? excs.as<Tuple>()->size : 0;
    int64_t n = num <= kMaxGroupWidth ? num : kMaxGroupWidth + 1;
    need_close = false;
    for (int64_t i = 0; i < n; i++) {
      bool last = i == n - 1;
      if (last) need_close = true;
      out += std::string(indent(), ' ');
      bool truncated = i >= kMaxGroupWidth;
      out += std::string(i == 0 ? "+-" : "  ") + "+---------------- " + (truncated ? std::string("...") : std::to_string(i + 1)) +
             " ----------------\n";
      group_depth++;
      if (!truncated) {
        recursive(excs.as<Tuple>()->items[i]);
      } else {
        int64_t remaining = num - kMaxGroupWidth;
        indented_margin();
        out += "and " + std::to_string(remaining) + " more exception" + (remaining > 1 ? "s" : "") + "\n";
      }
      if (last && need_close) {
        out += std::string(indent(), ' ') + "+------------------------------------\n";
        need_close = false;
      }
      group_depth--;
    }
    if (group_depth == 1) group_depth--;
  }

  void recursive(Value value) {
    if (out.size() > (size_t{64} << 20)) return;  // a runaway chain
    cause_and_context(value);
    if (is_exception_instance(value) && type_is_subtype(type_of(value), exc::BaseExceptionGroup)) {
      group(value);
    } else {
      one_exception(value);
    }
  }

  std::string suggestion(Value value);
};

// ---- "Did you mean" ----

constexpr size_t kMaxCandidates = 750;
constexpr size_t kMaxStringSize = 40;
constexpr size_t kMoveCost = 2;
constexpr size_t kCaseCost = 1;

size_t substitution_cost(char a, char b) {
  if ((a & 31) != (b & 31)) return kMoveCost;
  if (a == b) return 0;
  if ('A' <= a && a <= 'Z') a += 'a' - 'A';
  if ('A' <= b && b <= 'Z') b += 'a' - 'A';
  return a == b ? kCaseCost : kMoveCost;
}

size_t levenshtein(std::string_view a, std::string_view b, size_t max_cost) {
  while (!a.empty() && !b.empty() && a.front() == b.front()) {
    a.remove_prefix(1);
    b.remove_prefix(1);
  }
  while (!a.empty() && !b.empty() && a.back() == b.back()) {
    a.remove_suffix(1);
    b.remove_suffix(1);
  }
  if (a.empty() || b.empty()) return (a.size() + b.size()) * kMoveCost;
  if (a.size() > kMaxStringSize || b.size() > kMaxStringSize) return max_cost + 1;
  if (b.size() < a.size()) std::swap(a, b);
  if ((b.size() - a.size()) * kMoveCost > max_cost) return max_cost + 1;
  size_t buffer[kMaxStringSize];
  size_t tmp = kMoveCost;
  for (size_t i = 0; i < a.size(); i++) {
    buffer[i] = tmp;
    tmp += kMoveCost;
  }
  size_t result = 0;
  for (size_t bi = 0; bi < b.size(); bi++) {
    char code = b[bi];
    size_t distance = result = bi * kMoveCost;
    size_t minimum = SIZE_MAX;
    for (size_t i = 0; i < a.size(); i++) {
      size_t substitute = distance + substitution_cost(code, a[i]);
      distance = buffer[i];
      size_t insert_delete = std::min(result, distance) + kMoveCost;
      result = std::min(insert_delete, substitute);
      buffer[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > max_cost) return max_cost + 1;
  }
  return result;
}

std::string best_suggestion(const std::vector<std::string>& candidates, const std::string& name) {
  if (candidates.size() >= kMaxCandidates) return "";
  size_t best_distance = SIZE_MAX;
  const std::string* best = nullptr;
  for (const std::string& item : candidates) {
    if (item == name) continue;
    size_t max_distance = (name.size() + item.size() + 3) * kMoveCost / 6;
    if (best_distance != SIZE_MAX) max_distance = std::min(max_distance, best_distance - 1);
    size_t d = levenshtein(name, item, max_distance);
    if (d > max_distance) continue;
    if (best == nullptr || d < best_distance) {
      best = &item;
      best_distance = d;
    }
  }
  return best ? *best : "";
}

std::vector<std::string> dict_keys(Dict* d) {
  std::vector<std::string> keys;
  int64_t pos = 0;
  Value k, v;
  while (dict_next(d, &pos, &k, &v)) {
    if (is_str(k)) keys.push_back(str_to_std(k.as<Str>()));
  }
  return keys;
}

std::string Printer::suggestion(Value value) {
  Type* t = type_of(value);
  std::string name, found;
  if (type_is_subtype(t, exc::AttributeError)) {
    auto* ae = value.as<AttributeErrorObject>();
    if (!is_str(ae->name) || ae->obj.is_null()) return "";
    name = str_to_std(ae->name.as<Str>());
    Ref dir_fn = getattr_optional(ae->obj, intern("__dir__"));
    Ref listing = dir_fn ? call(*dir_fn, {}) : Ref();
    Ref list = listing ? list_from_iterable(*listing) : Ref();
    if (!list) {
      clear_error();
      return "";
    }
    std::vector<std::string> candidates;
    List* l = list.as<List>();
    for (int64_t i = 0; i < l->size; i++) {
      if (is_str(l->items[i])) candidates.push_back(str_to_std(l->items[i].as<Str>()));
    }
    std::sort(candidates.begin(), candidates.end());
    found = best_suggestion(candidates, name);
  } else if (type_is_subtype(t, exc::NameError)) {
    auto* ne = value.as<NameErrorObject>();
    Value tb = ne->traceback;
    if (!is_exact_str(ne->name) || tb.is_null() || type_of(tb) != &traceback_type) return "";
    name = str_to_std(ne->name.as<Str>());
    while (!as_tb(tb)->next.is_null() && type_of(as_tb(tb)->next) == &traceback_type) tb = as_tb(tb)->next;
    Frame* f = as_tb(tb)->frame.as<FrameObject>()->frame;
    if (f == nullptr) return "";
    std::vector<std::string> locals;
    Tuple* names = f->code->localsplusnames.as<Tuple>();
    for (int i = 0; i < f->code->nlocalsplus; i++) {
      if (f->code->localspluskinds[i] & kLocalFast) locals.push_back(str_to_std(names->items[i].as<Str>()));
    }
    found = best_suggestion(locals, name);
    if (found.empty()) found = best_suggestion(dict_keys(f->globals), name);
    if (found.empty()) found = best_suggestion(dict_keys(f->builtins), name);
  }
  return found.empty() ? "" : ". Did you mean: '" + found + "'?";
}

void write_output(const std::string& text, Value file) {
  Ref target = Ref::borrow(file);
  if (!target) {
    Value import_fn = dict_get_str(default_builtins(), intern("__import__"));
    if (!import_fn.is_null()) {
      Ref sys = call(import_fn, {Value::object(intern("sys"))});
      if (sys) target = getattr_optional(*sys, intern("stderr"));
    }
    clear_error();
  }
  if (target && !(*target).is_none()) {
    Ref s = str_from_utf8(text);
    Ref r = s ? call_method(*target, "write", {*s}) : Ref();
    if (r) {
      Ref flushed = call_method(*target, "flush", {});
      clear_error();
      return;
    }
    clear_error();
  }
  std::fflush(stdout);
  std::fwrite(text.data(), 1, text.size(), stderr);
  std::fflush(stderr);
}

}  // namespace

std::string stripped_source_line(const std::string& filename, int lineno) {
  const std::vector<std::string>* lines = source_lines(filename);
  if (lineno < 1 || lineno > static_cast<int>(lines->size())) return "";
  const std::string& line = (*lines)[lineno - 1];
  size_t first = 0, last = line.size();
  while (first < last && is_ws(line[first])) first++;
  while (last > first && is_ws(line[last - 1])) last--;
  return line.substr(first, last - first);
}

void print_exception(Value exc, Value file_or_null, bool with_chain) {
  Ref saved = fetch_error();
  Printer p;
  if (with_chain) {
    p.recursive(exc);
  } else {
    p.one_exception(exc);
  }
  clear_error();
  write_output(p.out, file_or_null);
  restore_error(std::move(saved));
}

}  // namespace taipan
