// parser_test.cpp — tests of src/parser: every case file under
// parser_cases/ (AST dumps and syntax errors produced by CPython 3.11 with
// tools/regen_ast_dumps.py), the lexer, the Constant representation, and
// robustness against deep nesting and random input.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "parser/lexer.h"
#include "parser/parser.h"
#include "parser/source.h"

namespace fs = std::filesystem;
using taipan::parser::ParseMode;
using taipan::parser::ParseResult;

namespace {

std::string read_file(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

ParseMode mode_for(const fs::path& p) {
  std::string name = p.filename().string();
  if (name.rfind("eval_", 0) == 0) return ParseMode::Eval;
  if (name.rfind("single_", 0) == 0) return ParseMode::Single;
  return ParseMode::Exec;
}

std::vector<std::string> case_files(const std::string& subdir) {
  std::vector<std::string> out;
  fs::path dir = fs::path(PARSER_CASES_DIR) / subdir;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".py") out.push_back(entry.path().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string case_name(const testing::TestParamInfo<std::string>& info) {
  std::string name = fs::path(info.param).stem().string();
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

std::string trim_newline(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
  return s;
}

std::string error_fields(const taipan::parser::SyntaxErrorInfo& e) {
  std::ostringstream o;
  o << e.type << "\n" << e.msg << "\n" << e.lineno << "\n" << e.offset << "\n" << e.end_lineno
    << "\n" << e.end_offset;
  return o.str();
}

ParseResult parse_text(const std::string& src, ParseMode mode = ParseMode::Exec) {
  return taipan::parser::parse(src, "<test>", mode);
}

}  // namespace

// ------------------------------------------------------------ case files

class DumpCase : public testing::TestWithParam<std::string> {};

TEST_P(DumpCase, MatchesCPython) {
  fs::path py = GetParam();
  fs::path expected_path = py;
  expected_path.replace_extension(".dump");
  ASSERT_TRUE(fs::exists(expected_path)) << "run tools/regen_ast_dumps.py";
  ParseResult r = taipan::parser::parse(read_file(py), py.filename().string(), mode_for(py));
  ASSERT_TRUE(r.ok()) << error_fields(*r.error);
  EXPECT_EQ(taipan::parser::dump(r.mod), trim_newline(read_file(expected_path)));
}

INSTANTIATE_TEST_SUITE_P(ParserCases, DumpCase, testing::ValuesIn(case_files("")), case_name);

class ErrorCase : public testing::TestWithParam<std::string> {};

TEST_P(ErrorCase, MatchesCPython) {
  fs::path py = GetParam();
  fs::path expected_path = py;
  expected_path.replace_extension(".err");
  ASSERT_TRUE(fs::exists(expected_path)) << "run tools/regen_ast_dumps.py";
  ParseResult r = taipan::parser::parse(read_file(py), py.filename().string(), mode_for(py));
  ASSERT_FALSE(r.ok()) << taipan::parser::dump(r.mod);
  EXPECT_EQ(error_fields(*r.error), trim_newline(read_file(expected_path)));
  EXPECT_EQ(r.error->filename, py.filename().string());
}

INSTANTIATE_TEST_SUITE_P(ParserErrors, ErrorCase, testing::ValuesIn(case_files("errors")),
                         case_name);

TEST(ParserCases, EnoughCases) {
  EXPECT_GE(case_files("").size(), 60u);
  EXPECT_GE(case_files("errors").size(), 40u);
}

// ------------------------------------------------------------------ lexer

namespace {

std::vector<taipan::parser::Token> lex_all(const std::string& text) {
  taipan::parser::SourceText src(text, "<test>");
  taipan::parser::Lexer lexer(src);
  std::vector<taipan::parser::Token> out;
  for (;;) {
    out.push_back(lexer.next());
    if (out.back().kind == taipan::parser::TokenKind::EndMarker) break;
  }
  return out;
}

std::string kinds(const std::vector<taipan::parser::Token>& toks) {
  std::string s;
  for (const auto& t : toks) {
    if (!s.empty()) s += ' ';
    s += taipan::parser::token_text(t.kind);
  }
  return s;
}

}  // namespace

TEST(Lexer, IndentDedent) {
  auto toks = lex_all("if x:\n    y\n\n    # c\n    z\nw\n");
  EXPECT_EQ(kinds(toks),
            "if NAME : NEWLINE INDENT NAME NEWLINE NAME NEWLINE DEDENT NAME NEWLINE ENDMARKER");
}

TEST(Lexer, ImplicitJoiningAndContinuation) {
  auto toks = lex_all("x = (1,\n  2)\ny = 1 + \\\n  2\n");
  EXPECT_EQ(kinds(toks), "NAME = ( NUMBER , NUMBER ) NEWLINE NAME = NUMBER + NUMBER NEWLINE ENDMARKER");
}

TEST(Lexer, Operators) {
  auto toks = lex_all("a **= b //= c >>= d <<= e -> f := g ... != <= >= == @= ~\n");
  EXPECT_EQ(kinds(toks),
            "NAME **= NAME //= NAME >>= NAME <<= NAME -> NAME := NAME ... != <= >= == @= ~ "
            "NEWLINE ENDMARKER");
}

TEST(Lexer, KeywordsAndSoftKeywords) {
  auto toks = lex_all("match case _ async await lambda None\n");
  EXPECT_EQ(kinds(toks), "NAME NAME NAME async await lambda None NEWLINE ENDMARKER");
}

TEST(Lexer, StringPrefixes) {
  auto toks = lex_all("rb'x' Br\"y\" f'{z}' ub'w' u'v'\n");
  EXPECT_EQ(kinds(toks), "STRING STRING STRING NAME STRING STRING NEWLINE ENDMARKER");
}

TEST(Lexer, NumbersAndPositions) {
  auto toks = lex_all("x = 0x_ff + 1_0.5e-3j\n");
  ASSERT_EQ(toks.size(), 7u);
  EXPECT_EQ(toks[2].kind, taipan::parser::TokenKind::Number);
  EXPECT_EQ(toks[2].col, 4);
  EXPECT_EQ(toks[2].end_col, 9);
  EXPECT_EQ(toks[4].col, 12);
  EXPECT_EQ(toks[4].end_col, 21);
  EXPECT_EQ(toks[5].kind, taipan::parser::TokenKind::Newline);
  EXPECT_EQ(toks[5].col, toks[5].end_col);  // zero width, like CPython
}

TEST(Lexer, MultiLineStringPositions) {
  auto toks = lex_all("s = '''a\nbc''' + t\n");
  EXPECT_EQ(toks[2].lineno, 1);
  EXPECT_EQ(toks[2].col, 4);
  EXPECT_EQ(toks[2].end_lineno, 2);
  EXPECT_EQ(toks[2].end_col, 5);
}

TEST(Lexer, UnicodeColumnsAreBytes) {
  auto toks = lex_all("é = 'ü'\n");
  EXPECT_EQ(toks[0].end_col, 2);
  EXPECT_EQ(toks[2].col, 5);
  EXPECT_EQ(toks[2].end_col, 9);
}

TEST(Lexer, ErrorsAreThrown) {
  EXPECT_THROW(lex_all("x = 'abc\n"), taipan::parser::SyntaxErrorException);
  EXPECT_THROW(lex_all("x = 1)\n"), taipan::parser::SyntaxErrorException);
  EXPECT_THROW(lex_all("x = 09\n"), taipan::parser::SyntaxErrorException);
}

// ---------------------------------------------------------- AST contents

namespace {

const taipan::ast::Constant* first_constant(const ParseResult& r) {
  auto* m = static_cast<const taipan::ast::Module*>(r.mod);
  auto* s = static_cast<const taipan::ast::ExprStmt*>(m->body.at(0));
  EXPECT_EQ(s->value->kind, taipan::ast::ExprKind::Constant);
  return static_cast<const taipan::ast::Constant*>(s->value);
}

}  // namespace

TEST(Constants, IntegersKeepDigitsAndBase) {
  ParseResult r = parse_text("0xFF_ff\n");
  ASSERT_TRUE(r.ok());
  const auto* c = first_constant(r);
  EXPECT_EQ(c->value_kind, taipan::ast::ConstantKind::Int);
  EXPECT_EQ(c->int_digits, "ffff");
  EXPECT_EQ(c->int_base, 16);
  EXPECT_TRUE(c->int_fits_i64);
  EXPECT_EQ(c->int_i64, 65535);

  ParseResult big = parse_text("123456789012345678901234567890\n");
  const auto* b = first_constant(big);
  EXPECT_FALSE(b->int_fits_i64);
  EXPECT_EQ(b->int_digits, "123456789012345678901234567890");
  EXPECT_EQ(b->int_base, 10);

  ParseResult max = parse_text("9223372036854775807\n");
  EXPECT_TRUE(first_constant(max)->int_fits_i64);
  ParseResult over = parse_text("9223372036854775808\n");
  EXPECT_FALSE(first_constant(over)->int_fits_i64);
}

TEST(Constants, FloatsComplexStringsBytes) {
  ParseResult f = parse_text("1_0.5e1\n");
  EXPECT_EQ(first_constant(f)->value_kind, taipan::ast::ConstantKind::Float);
  EXPECT_DOUBLE_EQ(first_constant(f)->number, 105.0);
  ParseResult j = parse_text("2.5j\n");
  EXPECT_EQ(first_constant(j)->value_kind, taipan::ast::ConstantKind::Complex);
  EXPECT_DOUBLE_EQ(first_constant(j)->number, 2.5);
  ParseResult s = parse_text("u'\\ud800\\u00e9'\n");
  EXPECT_EQ(first_constant(s)->str, "\xED\xA0\x80\xC3\xA9");  // generalized UTF-8
  EXPECT_EQ(first_constant(s)->string_kind, "u");
  ParseResult b = parse_text("b'\\x00\\xff'\n");
  EXPECT_EQ(first_constant(b)->value_kind, taipan::ast::ConstantKind::Bytes);
  EXPECT_EQ(first_constant(b)->str, std::string("\x00\xff", 2));
}

TEST(Parser, Modes) {
  ParseResult e = parse_text("1 + 2", ParseMode::Eval);
  ASSERT_TRUE(e.ok());
  EXPECT_EQ(e.mod->kind, taipan::ast::ModKind::Expression);
  ParseResult s = parse_text("x = 1\ny = 2\n", ParseMode::Single);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error->msg, "multiple statements found while compiling a single statement");
  ParseResult ft = parse_text("(int, *str) -> None", ParseMode::FunctionType);
  ASSERT_TRUE(ft.ok());
  EXPECT_EQ(ft.mod->kind, taipan::ast::ModKind::FunctionType);
}

TEST(Parser, TextSourcesIgnoreCodingCookie) {
  std::string src = "# -*- coding: latin-1 -*-\nx = 'caf\xC3\xA9'\n";
  ParseResult r = taipan::parser::parse(src, "<s>", ParseMode::Exec, taipan::parser::SourceKind::Text);
  ASSERT_TRUE(r.ok());
  auto* m = static_cast<const taipan::ast::Module*>(r.mod);
  auto* a = static_cast<const taipan::ast::Assign*>(m->body.at(0));
  EXPECT_EQ(static_cast<const taipan::ast::Constant*>(a->value)->str, "caf\xC3\xA9");
}

TEST(Parser, ErrorTextIsTheSourceLine) {
  ParseResult r = parse_text("x = 1\ny = (1 2)\n");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error->text, "y = (1 2)\n");
  EXPECT_EQ(r.error->lineno, 2);
}

// ------------------------------------------------------------- robustness

TEST(Robustness, TenThousandParentheses) {
  std::string src(10000, '(');
  src += std::string(10000, ')');
  ParseResult r = parse_text(src);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error->type, "SyntaxError");
  EXPECT_EQ(r.error->msg, "too many nested parentheses");
  EXPECT_EQ(r.error->offset, 201);
}

TEST(Robustness, DeepUnaryChainsAreMemoryErrors) {
  for (const char* unit : {"-", "not ", "~", "+", "-~"}) {
    std::string src;
    for (int i = 0; i < 100000; ++i) src += unit;
    src += "x\n";
    ParseResult r = parse_text(src);
    ASSERT_FALSE(r.ok()) << unit;
    EXPECT_EQ(r.error->type, "MemoryError") << unit;
  }
}

TEST(Robustness, ModerateNestingParses) {
  std::string src;
  for (int i = 0; i < 1000; ++i) src += "-";
  src += "x\n";
  EXPECT_TRUE(parse_text(src).ok());
  std::string parens = std::string(199, '(') + "x" + std::string(199, ')') + "\n";
  EXPECT_TRUE(parse_text(parens).ok());
}

TEST(Robustness, DeepRightRecursionIsBounded) {
  for (const char* unit : {"lambda:", "a if b else ", "2**", "lambda x=", "x if y else "}) {
    std::string src;
    for (int i = 0; i < 50000; ++i) src += unit;
    src += "c\n";
    ParseResult r = parse_text(src);  // must not crash
    if (!r.ok()) {
      EXPECT_TRUE(r.error->type == "MemoryError" || r.error->type == "SyntaxError");
    }
  }
}

TEST(Robustness, LongFlatInputs) {
  std::string attrs = "x";
  for (int i = 0; i < 100000; ++i) attrs += ".a";
  EXPECT_TRUE(parse_text(attrs + "\n").ok());
  std::string sum = "1";
  for (int i = 0; i < 100000; ++i) sum += "+1";
  EXPECT_TRUE(parse_text(sum + "\n").ok());
  std::string elifs = "if a: pass\n";
  for (int i = 0; i < 1000; ++i) elifs += "elif a: pass\n";
  EXPECT_TRUE(parse_text(elifs).ok());
  // Like CPython's parser, a chain of 20,000 elif clauses is too deep: MemoryError.
  for (int i = 1000; i < 20000; ++i) elifs += "elif a: pass\n";
  ParseResult deep = parse_text(elifs);
  ASSERT_FALSE(deep.ok());
  EXPECT_EQ(deep.error->type, "MemoryError");
}

TEST(Robustness, RandomBytesNeverCrash) {
  std::mt19937 rng(12345);
  const std::string alphabet = "()[]{}:;,.'\"\\\n\t #=+-*/%<>!@&|^~abcxyz019_fbrju\xC3\xA9\x80\xFF";
  for (int iter = 0; iter < 3000; ++iter) {
    std::string src;
    int len = static_cast<int>(rng() % 80);
    for (int i = 0; i < len; ++i) {
      if (rng() % 4 == 0) {
        src.push_back(static_cast<char>(rng() % 256));
      } else {
        src.push_back(alphabet[rng() % alphabet.size()]);
      }
    }
    for (ParseMode mode : {ParseMode::Exec, ParseMode::Eval, ParseMode::Single}) {
      ParseResult r = taipan::parser::parse(src, "<fuzz>", mode);
      if (r.ok()) {
        EXPECT_FALSE(taipan::parser::dump(r.mod).empty());
      } else {
        EXPECT_FALSE(r.error->type.empty());
      }
    }
  }
}

TEST(Robustness, TruncatedProgramsNeverCrash) {
  for (const std::string& path : case_files("")) {
    std::string src = read_file(path);
    for (std::size_t cut = 0; cut < src.size(); cut += 3) {
      ParseResult r = parse_text(src.substr(0, cut));
      if (!r.ok()) {
        EXPECT_FALSE(r.error->type.empty()) << path << " cut at " << cut;
      }
    }
  }
}
