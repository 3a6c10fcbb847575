// parser_impl.h — the recursive-descent parser (internal to src/parser).
//
// One Parser reads one token stream. Tokens are buffered so that the few
// places needing more than one token of lookahead (keyword arguments, `is
// not`, `match` lines, parenthesised `with` items) can peek ahead. Valid input
// is parsed in one pass, except that a `with (` header and a line starting
// with `match` are first tried quietly as parenthesised items / a match
// header. Binary operators use precedence climbing; unary, `**`, lambda and
// conditional-expression chains are built iteratively so that deep input
// cannot overflow the C++ stack.
//
// Errors: CPython parses twice, the second time with extra "invalid_*"
// rules that give better messages, and reports a plain "invalid syntax" at
// the furthest token its first pass read. On failure this parser looks for
// the same better messages by speculative re-parses around the failure
// (error paths only), and tracks the furthest token read for the location.
//
// Methods are grouped in parser.cpp (infrastructure, errors, entry points),
// parser_stmt.cpp, parser_expr.cpp, parser_pattern.cpp, targets.cpp
// (assignment targets) and fstring.cpp (strings and f-strings).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "parser/arena.h"
#include "parser/ast.h"
#include "parser/lexer.h"
#include "parser/parser.h"
#include "parser/source.h"
#include "parser/string_literal.h"
#include "parser/token_buffer.h"
#include "parser/tokens.h"

namespace taipan::parser {

// A position in CPython's convention (1-based line, 0-based byte column).
struct Pos {
  int line = 0;
  int col = 0;
};

// How assignment-like targets are checked (CPython's TARGETS_TYPE).
enum class TargetKind { Star, Del, For };

class Parser {
 public:
  Parser(const SourceText& src, ast::Arena& arena);
  // A parser for an f-string replacement field "(expr)": node positions are
  // shifted so they point into the enclosing source; `depth` continues the
  // nesting budget of the parent.
  Parser(const SourceText& src, ast::Arena& arena, int line_shift, int col_shift, int depth);

  ast::Mod* parse_module();
  ast::Mod* parse_eval();
  ast::Mod* parse_interactive();
  ast::Mod* parse_function_type();
  ast::Expr* parse_fstring_replacement();

  // After a parser (not lexer) error: scan the rest of the input; a lexer
  // error found there replaces `err` (CPython does the same).
  void check_rest_for_lexer_errors(SyntaxErrorInfo& err);
  bool lexer_failed() const { return lexer_failed_; }
  void set_dont_imply_dedent() { lexer_.set_dont_imply_dedent(); }
  // After a failed parse: whether the tokens read reached the end of the
  // input (CPython's _is_end_of_source: its tokenizer had to look past the
  // last character), and the "incomplete input" error PyCF_ALLOW_INCOMPLETE_INPUT
  // then gives, at the last token read.
  bool failed_at_end_of_input() const;
  SyntaxErrorInfo incomplete_input_error();

 private:

  // ---------------------------------------------------------------- tokens
  const Token& peek(std::size_t k = 0) {
    std::size_t i = pos_ + k;
    if (i >= tokens_.size()) {
      const Token& t = peek_slow(k);
      i = tokens_.size() - 1 < i ? tokens_.size() - 1 : i;
      note_read(i);
      return t;
    }
    note_read(i);
    return tokens_[i];
  }
  void note_read(std::size_t i) {
    if (i > furthest_any_) furthest_any_ = i;
    if (i > furthest_ && speculating_ == 0) furthest_ = i;
  }
  // Lookahead that does not count as "read by the parser" for error
  // locations (CPython reports generic errors at the furthest token read).
  const Token& peek_raw(std::size_t k = 0) {
    std::size_t i = pos_ + k;
    return i < tokens_.size() ? tokens_[i] : peek_slow(k);
  }
  const Token& peek_slow(std::size_t k);
  // Lookahead for scans over a whole line: a lexer error there is deferred
  // (nullptr) until the parser reaches it.
  const Token* scan_peek(std::size_t k);
  TokenKind kind(std::size_t k = 0) { return peek(k).kind; }
  bool at(TokenKind k) { return kind() == k; }
  const Token& advance();
  bool accept(TokenKind k);
  const Token& expect(TokenKind k);  // "expected 'X'" error otherwise
  // ':' of a compound statement; when not `forced` (CPython's `&&':'`), a
  // missing ':' is "expected ':'" only before a NEWLINE.
  void expect_colon(bool forced);
  std::string_view text(const Token& t) const;
  // A NAME token's identifier, NFKC-normalised as Python does.
  std::string ident(const Token& t) const;
  bool at_soft_keyword(std::string_view word);
  bool is_name_token(std::size_t k, std::string_view word);
  void fetch();

  // ---------------------------------------------------------------- positions
  Pos start_of(const Token& t) const;
  Pos end_of(const Token& t) const;
  Pos start_of(const ast::Node* n) const { return {n->lineno, n->col_offset}; }
  Pos prev_end() const { return prev_end_; }
  template <class T>
  T* finish(T* n, Pos start) {
    n->lineno = start.line;
    n->col_offset = start.col;
    n->end_lineno = prev_end_.line;
    n->end_col_offset = prev_end_.col;
    return n;
  }
  template <class T>
  T* span(T* n, Pos start, Pos end) {
    n->lineno = start.line;
    n->col_offset = start.col;
    n->end_lineno = end.line;
    n->end_col_offset = end.col;
    return n;
  }
  static Pos node_end(const ast::Node* n) { return {n->end_lineno, n->end_col_offset}; }
  template <class T>
  T* make() { return arena_.make<T>(); }

  // ---------------------------------------------------------------- errors
  [[noreturn]] void error_token(const Token& t, const std::string& msg,
                                const char* type = "SyntaxError");
  [[noreturn]] void error_range(Pos start, Pos end, const std::string& msg,
                                const char* type = "SyntaxError");
  [[noreturn]] void error_node(const ast::Node* n, const std::string& msg);
  [[noreturn]] void error_nodes(const ast::Node* a, const ast::Node* b, const std::string& msg);
  // RAISE_SYNTAX_ERROR: located at the last token fetched.
  [[noreturn]] void error_last(const std::string& msg, const char* type = "SyntaxError");
  // The generic failure at the current token ("invalid syntax", or one of
  // the better messages CPython's second pass finds).
  [[noreturn]] void fail();
  [[noreturn]] void fail_at(const Token& t);
  [[noreturn]] void expected_block(const char* what, int lineno);
  [[noreturn]] void too_deep();
  // The second-pass messages, tried in CPython's order by fail().
  void check_forgotten_comma(const Token& unexpected);
  void check_match_missing_colon();
  void check_earlier_match_statements();
  void check_mistaken_equals(ast::Expr* e, std::size_t first_tok);
  void check_walrus_target(ast::Expr* e);
  bool is_bitwise_or_level(const ast::Expr* e) const;
  bool starts_with_excluded_atom(const ast::Expr* e, std::size_t first_tok) const;
  [[noreturn]] void argument_order_error(int level, const char* msg);

  // Speculative parsing, used only on error paths.
  struct SavedState {
    std::size_t pos;
    Pos prev_end;
    ast::Expr* last_expr;
    std::size_t last_expr_first_tok;
    std::size_t last_expr_end_tok;
    int depth;
    int recursion;
  };
  SavedState save() const;
  void restore(const SavedState& s);
  // While > 0, fail() reports plain "invalid syntax" without looking for
  // better messages (which would speculate again).
  int speculating_ = 0;
  // While > 0 (a first-pass-only parse), fail() looks for no better message.
  int quiet_ = 0;
  struct Speculation {
    Parser* p;
    explicit Speculation(Parser* parser) : p(parser) { ++p->speculating_; }
    ~Speculation() { --p->speculating_; }
  };

  // ---------------------------------------------------------------- statements
  std::vector<ast::Stmt*> parse_statements_until(TokenKind end);
  void parse_statement(std::vector<ast::Stmt*>& out);
  void parse_simple_statements(std::vector<ast::Stmt*>& out);
  ast::Stmt* parse_simple_statement();
  ast::Stmt* parse_expression_statement();
  std::vector<ast::Stmt*> parse_block(const char* what, int lineno);
  ast::Stmt* parse_compound_statement();
  ast::Stmt* parse_if();
  ast::Stmt* parse_while();
  ast::Stmt* parse_for(const Token* async_tok);
  ast::Stmt* parse_with(const Token* async_tok);
  ast::Stmt* parse_try();
  bool except_clause_well_formed(bool star);
  ast::Stmt* parse_funcdef(std::vector<ast::Expr*> decorators, const Token* async_tok);
  ast::Stmt* parse_classdef(std::vector<ast::Expr*> decorators);
  ast::Stmt* parse_decorated();
  ast::Stmt* parse_return();
  ast::Stmt* parse_raise();
  ast::Stmt* parse_import();
  ast::Stmt* parse_from_import();
  ast::Stmt* parse_global_nonlocal(bool global);
  ast::Stmt* parse_del();
  ast::Stmt* parse_assert();
  ast::Alias* parse_dotted_alias();
  std::string parse_dotted_name();
  ast::Arguments* parse_parameters(TokenKind closer, bool lambda);
  ast::Arg* parse_param(bool lambda, bool star_annotation);
  void check_parenthesized_parameters(bool lambda);
  ast::WithItem* parse_with_item();
  bool with_items_parenthesized();
  ast::Stmt* parse_match();
  bool looks_like_match_statement();
  bool match_header_ends_line();
  void read_match_subject();
  ast::MatchCase* parse_case_block();

  // ---------------------------------------------------------------- patterns
  ast::Pattern* parse_patterns();  // open sequence at top level of a case
  ast::Pattern* parse_as_pattern();
  ast::Pattern* parse_or_pattern();
  ast::Pattern* parse_closed_pattern();
  ast::Pattern* parse_maybe_star_pattern();
  ast::Pattern* parse_mapping_pattern();
  ast::Pattern* parse_class_pattern(ast::Expr* cls, Pos start);
  ast::Expr* parse_signed_number();
  ast::Expr* parse_literal_number_expr();
  ast::Expr* parse_name_or_attr();
  std::string parse_capture_target();

  // ---------------------------------------------------------------- expressions
  ast::Expr* parse_star_expressions();
  ast::Expr* parse_star_expression();
  ast::Expr* parse_star_named_expression();
  ast::Expr* parse_named_expression(bool check_equals = true);
  ast::Expr* parse_expression();
  ast::Expr* parse_expressions();  // eval input: expression list, no stars
  ast::Expr* parse_yield_expression();
  ast::Expr* parse_disjunction();
  ast::Expr* parse_conjunction();
  ast::Expr* parse_inversion();
  ast::Expr* parse_comparison();
  ast::Expr* parse_bitwise_or();
  ast::Expr* parse_binary(int min_prec);
  ast::Expr* parse_factor();
  ast::Expr* parse_primary();
  ast::Expr* parse_primary_no_await();
  ast::Expr* parse_atom();
  ast::Expr* parse_paren_atom();
  ast::Expr* parse_list_atom();
  ast::Expr* parse_brace_atom();
  ast::Expr* parse_dict_value();
  ast::Expr* parse_call(ast::Expr* func, Pos start);
  void parse_arguments(std::vector<ast::Expr*>& args, std::vector<ast::Keyword*>& keywords,
                       bool is_call, Pos open, int level);
  ast::Expr* parse_subscript(ast::Expr* value, Pos start);
  ast::Expr* parse_slice();
  ast::Expr* parse_number(const Token& t);
  ast::Expr* parse_strings();
  ast::Expr* parse_strings_unchecked();
  struct FStringState;
  ast::Expr* make_str_constant(std::string value, Pos start, Pos end, bool u);
  void fstring_flush(FStringState& st);
  bool fstring_find_literal(const StringToken& info, std::size_t& i, int lvl, std::string* literal);
  void fstring_concat(FStringState& st, const Token& t, const StringToken& info, std::size_t& i,
                      int lvl);
  ast::Expr* fstring_find_expr(FStringState& st, const Token& t, const StringToken& info,
                               std::size_t& i, int lvl, std::string* expr_text, bool* has_text);
  ast::Expr* fstring_compile_expr(const Token& t, const StringToken& info, std::size_t expr_start,
                                  std::size_t expr_end);
  std::vector<ast::Comprehension*> parse_comprehension_clauses();
  ast::Expr* parse_star_targets();  // for / comprehension targets, ctx Store
  bool can_start_expression(TokenKind k);
  bool at_comprehension();
  void mark_parenthesized(ast::Expr* e);
  bool is_parenthesized(const ast::Expr* e) const;

  // ---------------------------------------------------------------- targets
  void set_context(ast::Expr* e, ast::ExprContext ctx);
  ast::Expr* invalid_target(ast::Expr* e, TargetKind kind);
  static const char* expr_name(const ast::Expr* e);
  [[noreturn]] void assignment_error(const std::vector<ast::Expr*>& targets,
                                     const std::vector<std::size_t>& starts,
                                     std::size_t current_eq);

  // ---------------------------------------------------------------- state
  // Weighted nesting budget (unary operators, lambdas, conditional
  // expressions, `**` chains) before reporting MemoryError as CPython does.
  static constexpr int kMaxDepth = 6000;
  // Nesting of parse_expression() calls, a true C++ recursion.
  static constexpr int kMaxRecursion = 1000;

  const SourceText& src_;
  ast::Arena& arena_;
  Lexer lexer_;
  TokenBuffer tokens_;  // references stay valid while fetching
  std::size_t pos_ = 0;
  Pos prev_end_{1, 0};
  int line_shift_ = 0;
  int col_shift_ = 0;
  bool fstring_mode_ = false;
  bool lexer_failed_ = false;
  bool lexer_failed_speculating_ = false;  // the lexer error came during a speculative parse
  int depth_ = 0;
  int recursion_ = 0;
  std::size_t stmt_start_tok_ = 0;
  std::size_t furthest_ = 0;      // furthest token read outside speculation
  std::size_t furthest_any_ = 0;  // furthest token read at all (not scans)
  std::unique_ptr<SyntaxErrorException> lexer_error_;
  // Statements starting with the name `match` that were not match statements.
  std::vector<std::size_t> match_candidates_;
  // Nodes written inside their own parentheses (groups and tuples).
  std::unordered_set<const ast::Expr*> parenthesized_;
  // The most recent `expression` parsed, for "Perhaps you forgot a comma?".
  ast::Expr* last_expr_ = nullptr;
  std::size_t last_expr_first_tok_ = 0;
  std::size_t last_expr_end_tok_ = 0;
};

}  // namespace taipan::parser
