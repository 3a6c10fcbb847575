// Unit tests of the compiler: disassembly of small programs (instruction
// choices and stack layouts as in CPython 3.11), code object attributes, and
// the SyntaxErrors the symbol table and code generator detect.
// Set TAIPAN_DIS=FILE to print the disassembly of FILE (a debugging aid).
#include <gtest/gtest.h>

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

TEST(CompilerErrors, ReturnOutsideFunction) {
  EXPECT_EQ(compile_error("return 1\n"), "SyntaxError: 'return' outside function (line 1, offset 1)");
}

}  // namespace
}  // namespace taipan
