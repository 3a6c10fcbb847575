// Unit tests of the compiler: disassembly of small programs (instruction
// choices and stack layouts as in CPython 3.11), code object attributes, and
// the SyntaxErrors the symbol table and code generator detect.
// Set TAIPAN_DIS=FILE to print the disassembly of FILE (a debugging aid).
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "compiler/code.h"
#include "compiler/compile.h"
#include "compiler/disassembler.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "parser/parser.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/interpreter.h"
#include "runtime/protocol.h"

namespace taipan {
namespace {

class CompilerEnvironment : public ::testing::Environment {
 public:
  void SetUp() override {
    SysConfig config;
    config.argv = {""};
    ASSERT_EQ(interpreter_init(config), 0);
  }
};

const ::testing::Environment* const kEnv = ::testing::AddGlobalTestEnvironment(new CompilerEnvironment);

std::string pending() {
  Ref e = fetch_error();
  if (!e) return "<no error>";
  Ref r = str(e.get());
  return std::string(type_of(e.get())->name) + ": " + (r ? str_to_std(r.as<Str>()) : "?");
}

std::string dis(const std::string& source) {
  Ref code = compile_source(source, "<test>", CompileMode::Exec);
  if (!code) return pending();
  return disassemble(code.as<Code>());
}

// "SyntaxError: msg (line N, offset M)" for a source that must not compile.
std::string compile_error(const std::string& source) {
  Ref code = compile_source(source, "<test>", CompileMode::Exec);
  if (code) return "<compiled>";
  Ref e = fetch_error();
  Ref args = getattr(e.get(), "args");
  Tuple* t = args.as<Tuple>();
  std::string msg = str_to_std(t->items[0].as<Str>());
  Tuple* where = t->items[1].as<Tuple>();
  return std::string(type_of(e.get())->name) + ": " + msg + " (line " +
         std::to_string(where->items[1].as_small_int()) + ", offset " +
         std::to_string(where->items[2].as_small_int()) + ")";
}

TEST(Compiler, DumpFileFromEnvironment) {
  const char* path = std::getenv("TAIPAN_DIS");
  if (path == nullptr) GTEST_SKIP();
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  std::cout << dis(ss.str());
}

// The listing of the module's own code, without nested code objects.
std::string dis_top(const std::string& source) {
  std::string all = dis(source);
  size_t nested = all.find("\nDisassembly of");
  return nested == std::string::npos ? all : all.substr(0, nested + 1);
}

// The listing of the first nested code object named `name`.
std::string dis_nested(const std::string& source, const std::string& name) {
  std::string all = dis(source);
  size_t at = all.find("\nDisassembly of <code object " + name + ",");
  if (at == std::string::npos) return "<no " + name + ">";
  at = all.find('\n', at + 1) + 1;
  size_t end = all.find("\nDisassembly of", at);
  return all.substr(at, end == std::string::npos ? std::string::npos : end - at + 1);
}

TEST(CompilerDis, ArithmeticAndConstants) {
  EXPECT_EQ(dis_top("x = 1 + 2 * y\nz = (1, -2, 'a')\n"),
            "   0        0 RESUME                      0\n"
            "\n"
            "   1        2 LOAD_CONST                  0 (1)\n"
            "            4 LOAD_CONST                  1 (2)\n"
            "            6 LOAD_NAME                   0 (y)\n"
            "            8 BINARY_OP                   5 (*)\n"
            "           12 BINARY_OP                   0 (+)\n"
            "           16 STORE_NAME                  1 (x)\n"
            "\n"
            "   2       18 LOAD_CONST                  2 ((1, -2, 'a'))\n"
            "           20 STORE_NAME                  2 (z)\n"
            "           22 LOAD_CONST                  3 (None)\n"
            "           24 RETURN_VALUE\n");
}

TEST(CompilerDis, ChainedComparison) {
  EXPECT_EQ(dis_top("a < b < c\n"),
            "   0        0 RESUME                      0\n"
            "\n"
            "   1        2 LOAD_NAME                   0 (a)\n"
            "            4 LOAD_NAME                   1 (b)\n"
            "            6 SWAP                        2\n"
            "            8 COPY                        2\n"
            "           10 COMPARE_OP                  0 (<)\n"
            "           16 JUMP_IF_FALSE_OR_POP        5 (to 28)\n"
            "           18 LOAD_NAME                   2 (c)\n"
            "           20 COMPARE_OP                  0 (<)\n"
            "           26 JUMP_FORWARD                2 (to 32)\n"
            "     >>    28 SWAP                        2\n"
            "           30 POP_TOP\n"
            "     >>    32 POP_TOP\n"
            "           34 LOAD_CONST                  0 (None)\n"
            "           36 RETURN_VALUE\n");
}

TEST(CompilerDis, CallsUseNullAndMethods) {
  std::string f = dis_nested("def f(o):\n    g(1, k=2)\n    o.m(*a)\n    return o.m(3)\n", "f");
  EXPECT_NE(f.find("LOAD_GLOBAL                 1 (NULL + g)"), std::string::npos) << f;
  EXPECT_NE(f.find("KW_NAMES                    3 (('k',))"), std::string::npos) << f;
  EXPECT_NE(f.find("CALL_FUNCTION_EX            0"), std::string::npos) << f;
  EXPECT_NE(f.find("LOAD_METHOD                 1 (m)"), std::string::npos) << f;
}

TEST(CompilerDis, ClosuresAndCells) {
  std::string f = dis_nested("def f(a):\n    def g():\n        return a + b\n    b = 1\n    return g\n", "f");
  EXPECT_EQ(f.substr(0, f.find("RESUME")),
            "   0        0 MAKE_CELL                   0 (a)\n"
            "            2 MAKE_CELL                   2 (b)\n"
            "\n"
            "   1        4 ");
  EXPECT_NE(f.find("LOAD_CLOSURE                0 (a)"), std::string::npos) << f;
  EXPECT_NE(f.find("MAKE_FUNCTION               8"), std::string::npos) << f;
  EXPECT_NE(f.find("STORE_DEREF                 2 (b)"), std::string::npos) << f;
  std::string g = dis_nested("def f(a):\n    def g():\n        return a + b\n    b = 1\n    return g\n", "g");
  EXPECT_NE(g.find("COPY_FREE_VARS              2"), std::string::npos) << g;
  EXPECT_NE(g.find("LOAD_DEREF                  0 (a)"), std::string::npos) << g;
}

// CPython 3.11's table, but for the body's exit: CPython copies the
// implicit return into the body where Taipan jumps to it (one unit more).
// The `try:` line has its NOP, before the protected range.
TEST(CompilerDis, TryExceptTableMatchesCPython) {
  std::string d = dis_top("try:\n    x\nexcept E as e:\n    y\n");
  EXPECT_NE(d.find("ExceptionTable:\n"
                   "  4 to 6 -> 10 [0]\n"
                   "  10 to 18 -> 44 [1] lasti\n"
                   "  20 to 22 -> 34 [1] lasti\n"
                   "  34 to 42 -> 44 [1] lasti\n"),
            std::string::npos)
      << d;
}

TEST(CompilerDis, GeneratorPrefix) {
  std::string g = dis_nested("def g():\n    yield 1\n", "g");
  EXPECT_EQ(g.substr(0, g.find("LOAD_CONST")),
            "   1        0 RETURN_GENERATOR\n"
            "            2 POP_TOP\n"
            "            4 RESUME                      0\n"
            "\n"
            "   2        6 ");
}

TEST(CompilerDis, ListComprehensionIsAFunction) {
  std::string c = dis_nested("[i for i in x if i]\n", "<listcomp>");
  EXPECT_NE(c.find("LOAD_FAST                   0 (.0)"), std::string::npos) << c;
  EXPECT_NE(c.find("LIST_APPEND                 2"), std::string::npos) << c;
}

TEST(CompilerCode, Attributes) {
  Ref code = compile_source("def f(a, /, b, *c, d, **e):\n    'doc'\n    x = 1\n    return lambda: x\n",
                            "<test>", CompileMode::Exec);
  ASSERT_TRUE(code) << pending();
  Tuple* consts = code.as<Code>()->consts.as<Tuple>();
  Code* f = consts->items[0].as<Code>();
  EXPECT_EQ(f->argcount, 2);
  EXPECT_EQ(f->posonlyargcount, 1);
  EXPECT_EQ(f->kwonlyargcount, 1);
  EXPECT_EQ(f->flags & (kCoVarargs | kCoVarkeywords | kCoOptimized | kCoNewLocals),
            static_cast<uint32_t>(kCoVarargs | kCoVarkeywords | kCoOptimized | kCoNewLocals));
  EXPECT_EQ(str_to_std(f->consts.as<Tuple>()->items[0].as<Str>()), "doc");
  Ref varnames = getattr(Value::object(f), "co_varnames");
  Ref r = repr(varnames.get());
  EXPECT_EQ(str_to_std(r.as<Str>()), "('a', 'b', 'd', 'c', 'e')");
  Ref cellvars = getattr(Value::object(f), "co_cellvars");
  r = repr(cellvars.get());
  EXPECT_EQ(str_to_std(r.as<Str>()), "('x',)");
  EXPECT_EQ(str_to_std(f->qualname.as<Str>()), "f");
}

TEST(CompilerErrors, Messages) {
  EXPECT_EQ(compile_error("break\n"), "SyntaxError: 'break' outside loop (line 1, offset 1)");
  EXPECT_EQ(compile_error("def f():\n    await x\n"),
            "SyntaxError: 'await' outside async function (line 2, offset 5)");
  EXPECT_EQ(compile_error("a, *b, *c = x\n"),
            "SyntaxError: multiple starred expressions in assignment (line 1, offset 1)");
  EXPECT_EQ(compile_error("match x:\n    case [a, a]: pass\n"),
            "SyntaxError: multiple assignments to name 'a' in pattern (line 2, offset 14)");
  EXPECT_EQ(compile_error("match x:\n    case a: pass\n    case 1: pass\n"),
            "SyntaxError: name capture 'a' makes remaining patterns unreachable (line 2, offset 10)");
  EXPECT_EQ(compile_error("def f():\n    print(x)\n    global x\n"),
            "SyntaxError: name 'x' is used prior to global declaration (line 3, offset 5)");
  EXPECT_EQ(compile_error("def f():\n    nonlocal x\n"),
            "SyntaxError: no binding for nonlocal 'x' found (line 2, offset 5)");
  EXPECT_EQ(compile_error("nonlocal x\n"),
            "SyntaxError: nonlocal declaration not allowed at module level (line 1, offset 1)");
  EXPECT_EQ(compile_error("async def f():\n    yield 1\n    return 2\n"),
            "SyntaxError: 'return' with value in async generator (line 3, offset 5)");
}

TEST(CompilerErrors, FileSourcesReportTheLineAndCharacterOffsets) {
  Ref code = compile_source("x = 1\n\xc3\xa9 = 2; return \xc3\xa9\n", "file.py", CompileMode::Exec);
  ASSERT_FALSE(code);
  Ref e = fetch_error();
  Ref args = getattr(e.get(), "args");
  Ref r = repr(args.get());
  EXPECT_EQ(str_to_std(r.as<Str>()),
            "(\"'return' outside function\", ('file.py', 2, 8, '\xc3\xa9 = 2; return \xc3\xa9\\n', 2, 16))");
}

TEST(CompilerDis, ExtendedArgForManyNames) {
  std::string source;
  for (int i = 0; i < 300; i++) source += "v" + std::to_string(i) + " = 0\n";
  std::string d = dis_top(source);
  // The listing folds the EXTENDED_ARG prefix into its instruction (2 units).
  EXPECT_NE(d.find("1028 STORE_NAME                256 (v256)\n"
                   "\n"
                   " 258     1032 LOAD_CONST"),
            std::string::npos)
      << d;
}

TEST(CompilerSpeed, FiveThousandLines) {
  std::string source;
  for (int i = 0; i < 1000; i++) {
    std::string n = std::to_string(i);
    source += "def f" + n + "(a, b=1):\n    x = [i * a for i in range(b) if i]\n";
    source += "    try:\n        return {k: v for k, v in x}\n    except E as e:\n        raise\n";
  }
  auto start = std::chrono::steady_clock::now();
  parser::ParseResult tree = parser::parse(source, "<big>", parser::ParseMode::Exec);
  ASSERT_TRUE(tree.ok());
  auto parsed = std::chrono::steady_clock::now();
  Ref code = compile_ast(tree.mod, "<big>", CompileMode::Exec, 0);
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - parsed);
  std::cout << "parse " << std::chrono::duration_cast<std::chrono::milliseconds>(parsed - start).count()
            << " ms, compile " << ms.count() << " ms\n";
  ASSERT_TRUE(code) << pending();
  EXPECT_LT(ms.count(), 3000);  // generous for loaded Debug builds; Release is far faster
}

TEST(CompilerErrors, ReturnOutsideFunction) {
  EXPECT_EQ(compile_error("return 1\n"), "SyntaxError: 'return' outside function (line 1, offset 1)");
}

}  // namespace
}  // namespace taipan
