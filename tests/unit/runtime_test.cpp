// Unit tests of the runtime: the embedding API, the pending-exception API,
// the exception classes, the cycle collector, builtins, sys, io and imports.
#include <gtest/gtest.h>

#include <string>

#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"
#include "taipan/taipan.h"

namespace taipan {
namespace {

// One interpreter for the whole test program.
Interpreter& py() {
  static Interpreter* interpreter = new Interpreter({"runtime_test"});
  return *interpreter;
}

class RuntimeTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(py().started()); }

  std::string eval(const std::string& expression) {
    Result r = py().eval(expression);
    EXPECT_TRUE(r.ok) << expression << " -> " << r.error;
    return r.value;
  }

  std::string error_of(const std::string& source) {
    Result r = py().run(source);
    EXPECT_FALSE(r.ok) << source;
    return r.error;
  }
};

TEST_F(RuntimeTest, EmbeddingRunAndEval) {
  ASSERT_TRUE(py().run("x = 6 * 7").ok);
  EXPECT_EQ(eval("x"), "42");
  EXPECT_EQ(eval("'a' + 'b'"), "'ab'");
  EXPECT_EQ(error_of("1 / 0"), "ZeroDivisionError: division by zero");
  EXPECT_EQ(py().eval("1 +").ok, false);
}

TEST_F(RuntimeTest, PendingExceptionApi) {
  EXPECT_FALSE(error_occurred());
  EXPECT_FALSE(raise(exc::KeyError, "k"));
  EXPECT_TRUE(error_occurred());
  EXPECT_TRUE(error_matches(exc::LookupError));
  EXPECT_FALSE(error_matches(exc::TypeError));
  Ref e = fetch_error();
  EXPECT_FALSE(error_occurred());
  EXPECT_EQ(type_of(e.get()), exc::KeyError);
  restore_error(std::move(e));
  EXPECT_TRUE(error_matches(exc::KeyError));
  clear_error();
  EXPECT_FALSE(error_occurred());
  raise_value(Value::object(exc::StopIteration));
  EXPECT_TRUE(error_matches(exc::StopIteration));
  EXPECT_TRUE(stop_iteration_value(current_error()).is_none());
  clear_error();
  raise_value(Value::small_int(3));
  EXPECT_TRUE(error_matches(exc::TypeError));
  clear_error();
}

TEST_F(RuntimeTest, ExceptionStrAndRepr) {
  EXPECT_EQ(eval("str(ValueError())"), "''");
  EXPECT_EQ(eval("repr(ValueError('x'))"), "\"ValueError('x')\"");
  EXPECT_EQ(eval("str(ValueError('a', 1))"), "\"('a', 1)\"");
  EXPECT_EQ(eval("str(KeyError('k'))"), "\"'k'\"");
  EXPECT_EQ(eval("str(OSError(2, 'No such file', 'x'))"), "\"[Errno 2] No such file: 'x'\"");
  EXPECT_EQ(eval("type(OSError(2, 'x')).__name__"), "'FileNotFoundError'");
  EXPECT_EQ(eval("str(SyntaxError('m', ('/d/f.py', 3, 1, 't')))"), "'m (f.py, line 3)'");
  EXPECT_EQ(eval("str(ExceptionGroup('g', [ValueError()]))"), "'g (1 sub-exception)'");
  EXPECT_EQ(eval("type(BaseExceptionGroup('g', [ValueError()])).__name__"), "'ExceptionGroup'");
}

TEST_F(RuntimeTest, MakeExceptionAndOSError) {
  Ref message = str_from_utf8("boom");
  Value arg = message.get();
  Ref e = make_exception(exc::RuntimeError, &arg, 1);
  ASSERT_TRUE(e);
  Ref text = str(e.get());
  EXPECT_EQ(str_utf8(text.as<Str>()), "boom");
  raise_os_error(13);
  EXPECT_TRUE(error_matches(exc::PermissionError));
  clear_error();
}

TEST_F(RuntimeTest, HierarchyIsComplete) {
  EXPECT_TRUE(type_is_subtype(exc::ModuleNotFoundError, exc::ImportError));
  EXPECT_TRUE(type_is_subtype(exc::ExceptionGroup, exc::BaseExceptionGroup));
  EXPECT_TRUE(type_is_subtype(exc::ExceptionGroup, exc::Exception));
  EXPECT_TRUE(type_is_subtype(exc::TabError, exc::SyntaxError));
  EXPECT_TRUE(type_is_subtype(exc::UnicodeDecodeError, exc::ValueError));
  EXPECT_FALSE(type_is_subtype(exc::KeyboardInterrupt, exc::Exception));
}

TEST_F(RuntimeTest, CycleCollectorFreesCycles) {
  List* a = list_new(0);
  List* b = list_new(0);
  ASSERT_EQ(list_append(a, Value::object(b)), 0);
  ASSERT_EQ(list_append(b, Value::object(a)), 0);
  EXPECT_TRUE(gc_is_tracked(a));
  decref(static_cast<Object*>(a));
  decref(static_cast<Object*>(b));
  EXPECT_GE(gc_collect(), 2);
  EXPECT_EQ(gc_collect(), 0);
}

TEST_F(RuntimeTest, CycleCollectorKeepsReachableObjects) {
  List* outer = list_new(0);
  List* inner = list_new(0);
  ASSERT_EQ(list_append(inner, Value::object(inner)), 0);
  ASSERT_EQ(list_append(outer, Value::object(inner)), 0);
  decref(static_cast<Object*>(inner));
  gc_collect();
  EXPECT_EQ(inner->size, 1);  // still alive and intact: outer holds it
  decref(static_cast<Object*>(outer));
  EXPECT_GE(gc_collect(), 1);
}

TEST_F(RuntimeTest, FinalizersRunOnceInCycles) {
  ASSERT_TRUE(py().run("import gc\n"
                       "log = []\n"
                       "class N:\n"
                       "    def __del__(self): log.append(1)\n"
                       "a = N(); a.me = a\n"
                       "del a\n"
                       "gc.collect()\n")
                  .ok);
  EXPECT_EQ(eval("log"), "[1]");
}

TEST_F(RuntimeTest, Builtins) {
  EXPECT_EQ(eval("max([3, 1, 2]), min('bca'), sum([1, 2.5])"), "(3, 'a', 3.5)");
  EXPECT_EQ(eval("sorted([3, 1, 2], reverse=True)"), "[3, 2, 1]");
  EXPECT_EQ(eval("divmod(7, 2), pow(2, 10, 1000), round(2.5)"), "((3, 1), 24, 2)");
  EXPECT_EQ(eval("bin(5), hex(255), oct(8), chr(65), ord('a')"), "('0b101', '0xff', '0o10', 'A', 97)");
  EXPECT_EQ(eval("getattr(1, 'nope', 'd'), hasattr(1, 'real'), callable(len)"), "('d', True, True)");
  EXPECT_EQ(eval("eval('1 + 1'), isinstance(True, int)"), "(2, True)");
  EXPECT_EQ(error_of("max([])"), "ValueError: max() arg is an empty sequence");
}

TEST_F(RuntimeTest, SysModule) {
  EXPECT_EQ(eval("__import__('sys').version_info[:2]"), "(3, 11)");
  EXPECT_EQ(eval("__import__('sys').argv"), "['runtime_test']");
  EXPECT_EQ(eval("__import__('sys').version_info.major"), "3");
  EXPECT_EQ(eval("__import__('sys').implementation.name"), "'taipan'");
}

TEST_F(RuntimeTest, StringIOAndBytesIO) {
  ASSERT_TRUE(py().run("import io\ns = io.StringIO()\ns.write('ab\\ncd')\ns.seek(0)\n").ok);
  EXPECT_EQ(eval("s.readline(), s.read(), s.getvalue()"), "('ab\\n', 'cd', 'ab\\ncd')");
  EXPECT_EQ(eval("io.BytesIO(b'xyz').read(2)"), "b'xy'");
}

TEST_F(RuntimeTest, ImportErrors) {
  EXPECT_EQ(error_of("import no_such_module_here"), "ModuleNotFoundError: No module named 'no_such_module_here'");
  EXPECT_EQ(error_of("from . import x"),
            "ImportError: attempted relative import with no known parent package");
  EXPECT_EQ(eval("__import__('math').floor(2.5)"), "2");
}

}  // namespace
}  // namespace taipan
