// The compiler's public entry points (compile.h): parsing, the __future__
// scan, symbol table and code generation, and the conversion of parser and
// compiler errors into raised SyntaxError instances.
#include "compiler/compile.h"

#include <climits>

#include "compiler/compiler.h"
#include "objects/bytes.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "parser/parser.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"
#include "vm/thread_state.h"

namespace taipan {

namespace {

using compiler::CompileError;

Type* error_type_named(const std::string& name) {
  if (name == "IndentationError") return exc::IndentationError;
  if (name == "TabError") return exc::TabError;
  return exc::SyntaxError;
}

// The end_offset of an error that has none (the __future__ checks): None.
constexpr int kNoEndOffset = INT_MIN;

// Raises type(msg, (filename, lineno, offset, text, end_lineno, end_offset)).
Ref raise_syntax_error(Type* type, const std::string& msg, std::string_view filename, int lineno,
                       int offset, const std::string* text, int end_lineno, int end_offset) {
  Ref msg_obj = str_from_utf8(msg);
  Ref file_obj = str_from_utf8(filename);
  Ref text_obj = text != nullptr ? str_from_utf8(*text) : Ref::none();
  if (!msg_obj || !file_obj || !text_obj) return nullptr;
  Ref lineno_obj = Ref::small_int(lineno), offset_obj = Ref::small_int(offset);
  Ref end_lineno_obj = Ref::small_int(end_lineno);
  Ref end_offset_obj = end_offset == kNoEndOffset ? Ref::none() : Ref::small_int(end_offset);
  Ref details = tuple_pack({file_obj.get(), lineno_obj.get(), offset_obj.get(), text_obj.get(),
                            end_lineno_obj.get(), end_offset_obj.get()});
  if (!details) return nullptr;
  Ref instance = call(Value::object(type), {msg_obj.get(), details.get()});
  if (!instance) return nullptr;
  return raise_value(instance.get());
}

// Counts code points in a UTF-8 prefix.
int char_count(std::string_view s) {
  int n = 0;
  for (unsigned char ch : s) n += (ch & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

// Reports a compiler-detected error the way CPython does: the source line
// (when the source is a real file) and 1-based character offsets.
Ref raise_compile_error(const CompileError& e, std::string_view filename, std::string_view source) {
  bool have_text = !source.empty() && !filename.empty() && filename[0] != '<' && e.lineno > 0;
  std::string line;
  std::string end_line;
  if (!source.empty() && e.lineno > 0) {
    size_t start = 0;
    for (int l = 1; l < e.lineno && start != std::string_view::npos; l++) {
      start = source.find('\n', start);
      if (start != std::string_view::npos) start++;
    }
    if (start != std::string_view::npos && start <= source.size()) {
      size_t end = source.find('\n', start);
      line = std::string(source.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start + 1));
    }
  }
  int offset = e.col_offset + 1;
  int end_offset = e.end_col_offset < 0 ? kNoEndOffset : e.end_col_offset + 1;
  if (have_text) {
    offset = char_count(std::string_view(line).substr(0, std::min<size_t>(e.col_offset, line.size()))) + 1;
    if (e.end_lineno == e.lineno && e.end_col_offset >= 0) {
      end_offset = char_count(std::string_view(line).substr(0, std::min<size_t>(e.end_col_offset, line.size()))) + 1;
    }
  }
  return raise_syntax_error(exc::SyntaxError, e.msg, filename, e.lineno, offset,
                            have_text ? &line : nullptr, e.end_lineno, end_offset);
}

// A SyntaxError located at the start of a statement only (no end position).
[[noreturn]] void future_error(const ast::Stmt* s, std::string msg) {
  throw CompileError{std::move(msg), s->lineno, s->col_offset, s->lineno, -1};
}

// Checks the leading `from __future__ import ...` statements and returns the
// compile flags they turn on.
uint32_t future_flags(const ast::Mod* mod) {
  if (mod->kind != ast::ModKind::Module && mod->kind != ast::ModKind::Interactive) return 0;
  const auto& body = mod->kind == ast::ModKind::Module ? static_cast<const ast::Module*>(mod)->body
                                                       : static_cast<const ast::Interactive*>(mod)->body;
  static const char* const kKnown[] = {"nested_scopes", "generators", "division", "absolute_import",
                                       "with_statement", "print_function", "unicode_literals",
                                       "barry_as_FLUFL", "generator_stop", "annotations"};
  uint32_t flags = 0;
  bool leading = true;
  for (size_t i = 0; i < body.size(); i++) {
    const ast::Stmt* s = body[i];
    bool is_future = s->kind == ast::StmtKind::ImportFrom &&
                     static_cast<const ast::ImportFrom*>(s)->module == "__future__" &&
                     static_cast<const ast::ImportFrom*>(s)->level == 0;
    if (i == 0 && compiler::Compiler::docstring_of(body) != nullptr) continue;
    if (!is_future) {
      leading = false;
      continue;
    }
    if (!leading) {
      compiler::syntax_error(*s, "from __future__ imports must occur at the beginning of the file");
    }
    for (const ast::Alias* a : static_cast<const ast::ImportFrom*>(s)->names) {
      if (a->name == "annotations") flags |= kCompileFutureAnnotations;
      bool known = false;
      for (const char* k : kKnown) known = known || a->name == k;
      if (a->name == "braces") future_error(s, "not a chance");
      if (!known) future_error(s, "future feature " + a->name + " is not defined");
    }
  }
  return flags;
}

// CPython allows three levels of expression per level of recursion left.
int max_expr_depth() {
  ThreadState* ts = t_thread_state;
  return 3 * (ts->recursion_limit - ts->recursion_depth);
}

Ref compile_tree(const ast::Mod* tree, std::string_view filename, CompileMode mode, uint32_t flags,
                 std::string_view source) {
  ast::ModKind expected = mode == CompileMode::Exec   ? ast::ModKind::Module
                          : mode == CompileMode::Eval ? ast::ModKind::Expression
                                                      : ast::ModKind::Interactive;
  if (tree->kind != expected) {
    return raise(exc::TypeError, std::string("expected ") + ast::name_of(expected) + " node, got " +
                                     ast::name_of(tree->kind));
  }
  try {
    flags |= future_flags(tree);
    compiler::SymbolTable symbols(tree, (flags & kCompileFutureAnnotations) != 0, max_expr_depth());
    Ref file_obj = str_from_utf8(filename);
    if (!file_obj) return nullptr;
    compiler::Compiler c(symbols, file_obj.get(), flags);
    return c.compile(tree);
  } catch (const CompileError& e) {
    return raise_compile_error(e, filename, source);
  } catch (const compiler::PendingError&) {
    return nullptr;
  }
}

Ref raise_parse_error(const parser::SyntaxErrorInfo& info) {
  if (info.type == "MemoryError") return raise(exc::MemoryError, info.msg);
  return raise_syntax_error(error_type_named(info.type), info.msg, info.filename, info.lineno, info.offset,
                            info.text.empty() ? nullptr : &info.text, info.end_lineno, info.end_offset);
}

parser::ParseMode parse_mode_of(CompileMode mode) {
  return mode == CompileMode::Exec   ? parser::ParseMode::Exec
         : mode == CompileMode::Eval ? parser::ParseMode::Eval
                                     : parser::ParseMode::Single;
}

}  // namespace

Ref compile_source(std::string_view source, std::string_view filename, CompileMode mode, uint32_t flags,
                   parser::SourceKind kind) {
  uint32_t parse_flags = 0;
  if ((flags & kCompileDontImplyDedent) != 0) parse_flags |= parser::kParseDontImplyDedent;
  if ((flags & kCompileAllowIncompleteInput) != 0) parse_flags |= parser::kParseAllowIncompleteInput;
  parser::ParseResult result = parser::parse(source, filename, parse_mode_of(mode), kind, parse_flags);
  if (!result.ok()) return raise_parse_error(*result.error);
  return compile_tree(result.mod, filename, mode, flags, source);
}

Ref symtable_source(std::string_view source, std::string_view filename, CompileMode mode,
                    parser::SourceKind kind, Ref (*use)(const compiler::SymbolTable& table)) {
  parser::ParseResult result = parser::parse(source, filename, parse_mode_of(mode), kind);
  if (!result.ok()) return raise_parse_error(*result.error);
  try {
    uint32_t flags = future_flags(result.mod);
    compiler::SymbolTable symbols(result.mod, (flags & kCompileFutureAnnotations) != 0, max_expr_depth());
    return use(symbols);
  } catch (const CompileError& e) {
    return raise_compile_error(e, filename, source);
  } catch (const compiler::PendingError&) {
    return nullptr;
  }
}

bool source_text(const char* function, Value source, std::string* out, parser::SourceKind* kind,
                 const char* what) {
  *kind = parser::SourceKind::Bytes;
  if (is_str(source)) {
    *out = str_to_std(source.as<Str>());
    *kind = parser::SourceKind::Text;
    return true;
  }
  if (is_bytes(source)) {
    *out = std::string(bytes_view(source.as<Bytes>()));
    return true;
  }
  if (is_bytearray(source)) {
    *out = std::string(bytearray_view(source.as<ByteArray>()));
    return true;
  }
  raise(exc::TypeError, std::string(function) + "() arg 1 must be a " + what);
  return false;
}

Ref parse_source(std::string_view source, std::string_view filename, parser::ParseMode mode,
                 parser::SourceKind kind, Ref (*use)(const ast::Mod* tree)) {
  parser::ParseResult result = parser::parse(source, filename, mode, kind);
  if (!result.ok()) return raise_parse_error(*result.error);
  return use(result.mod);
}

Ref compile_ast(const ast::Mod* tree, std::string_view filename, CompileMode mode, uint32_t flags) {
  return compile_tree(tree, filename, mode, flags, std::string_view());
}

}  // namespace taipan
