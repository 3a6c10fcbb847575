// Tests of the VM: small programs compiled with compile_source and run with
// eval_code in a fresh module namespace; results are read back from globals.
// Set TAIPAN_VM_DIS=1 to print the disassembly of each program.
#include <gtest/gtest.h>

#include <cstdlib>
#include <iostream>
#include <string>

#include "compiler/compile.h"
#include "compiler/disassembler.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/interpreter.h"
#include "runtime/protocol.h"
#include "runtime/signals.h"
#include "vm/eval.h"
#include "vm/frame.h"
#include "vm/interrupts.h"
#include "vm/traceback.h"

namespace taipan {
namespace {

class VmTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    static bool ready = false;
    if (!ready) {
      SysConfig config;
      config.argv = {"vm_test"};
      ASSERT_EQ(interpreter_init(config), 0);
      ready = true;
    }
  }

  // Runs `source` as a module; returns the globals dict (null on error,
  // with the exception left pending).
  Ref run(const std::string& source) {
    Ref code = compile_source(source, "<vm_test>", CompileMode::Exec);
    if (!code) return nullptr;
    if (std::getenv("TAIPAN_VM_DIS") != nullptr) std::cerr << disassemble(code.as<Code>());
    Ref globals = Ref::steal(dict_new());
    dict_set_str(globals.as<Dict>(), "__name__", *Ref(str_from_utf8("__main__")));
    Ref r = eval_code(code.as<Code>(), globals.as<Dict>(), *globals);
    if (!r) return nullptr;
    return globals;
  }

  // repr(globals[name]) after running source.
  std::string result(const std::string& source, const char* name = "result") {
    Ref g = run(source);
    if (!g) return "<error: " + pending_error() + ">";
    Value v = dict_get_str(g.as<Dict>(), intern(name));
    if (v.is_null()) return "<unset>";
    Ref r = repr(v);
    return r ? str_to_std(r.as<Str>()) : "<repr failed>";
  }

  std::string pending_error() {
    Ref e = fetch_error();
    if (!e) return "none";
    Ref s = str(*e);
    return std::string(type_name_of(*e)) + ": " + (s ? str_to_std(s.as<Str>()) : "?");
  }
};

TEST_F(VmTest, Arithmetic) {
  EXPECT_EQ(result("result = 1 + 2 * 3"), "7");
  EXPECT_EQ(result("x = 2**47\nresult = x + x - 1"), "281474976710655");
  EXPECT_EQ(result("result = [i * 1.5 for i in range(3)]"), "[0.0, 1.5, 3.0]");
}

TEST_F(VmTest, QuickenedLoops) {
  // Enough iterations to specialise, then operands that break the guards.
  EXPECT_EQ(result("t = 0\nfor i in range(100): t = t + i\nresult = t"), "4950");
  EXPECT_EQ(result("def f(a, b): return a + b\nresult = [f(i, i) for i in range(50)][-1], f('a', 'b'), f(1.5, 2)"),
            "(98, 'ab', 3.5)");
  EXPECT_EQ(result("x = 2**46\nt = 0\nfor i in range(100): t = t + x\nresult = t"), "7036874417766400");
}

TEST_F(VmTest, CallsAndBinding) {
  EXPECT_EQ(result("def f(a, b=2, *r, k, **kw): return a, b, r, k, kw\nresult = f(1, k=3, z=4)"),
            "(1, 2, (), 3, {'z': 4})");
  EXPECT_EQ(result("def f(x): pass\ntry:\n f()\nexcept TypeError as e:\n result = str(e)"),
            "\"f() missing 1 required positional argument: 'x'\"");
  EXPECT_EQ(result("def f(a, /, b): pass\ntry:\n f(a=1, b=2)\nexcept TypeError as e:\n result = str(e)"),
            "\"f() got some positional-only arguments passed as keyword arguments: 'a'\"");
}

TEST_F(VmTest, ClosuresAndClasses) {
  EXPECT_EQ(result("def c():\n n = 0\n def inc():\n  nonlocal n\n  n += 1\n  return n\n return inc\n"
                   "i = c()\ni()\nresult = i()"),
            "2");
  EXPECT_EQ(result("class A:\n def f(self): return 'A'\nclass B(A):\n def f(self): return 'B' + super().f()\n"
                   "result = B().f()"),
            "'BA'");
}

TEST_F(VmTest, Exceptions) {
  EXPECT_EQ(result("try:\n 1/0\nexcept ZeroDivisionError as e:\n result = type(e).__name__"), "'ZeroDivisionError'");
  EXPECT_EQ(result("try:\n try:\n  raise KeyError(1)\n except KeyError:\n  raise ValueError\nexcept ValueError as e:\n"
                   " result = repr(e.__context__)"),
            "'KeyError(1)'");
  EXPECT_EQ(result("r = []\ntry:\n r.append(1)\nfinally:\n r.append(2)\nresult = r"), "[1, 2]");
  EXPECT_EQ(result("def f(n): return f(n + 1)\ntry:\n f(0)\nexcept RecursionError as e:\n result = str(e)"),
            "'maximum recursion depth exceeded'");
}

TEST_F(VmTest, Generators) {
  EXPECT_EQ(result("def g():\n x = yield 1\n yield x * 2\nit = g()\nresult = (next(it), it.send(5))"), "(1, 10)");
  EXPECT_EQ(result("def g():\n yield 1\n return 7\ndef h():\n r = yield from g()\n yield r\nresult = list(h())"),
            "[1, 7]");
  EXPECT_EQ(result("def g():\n raise StopIteration\n yield\ntry:\n next(g())\nexcept RuntimeError as e:\n result = str(e)"),
            "'generator raised StopIteration'");
  EXPECT_EQ(result("log = []\ndef g():\n try:\n  yield 1\n finally:\n  log.append('closed')\nit = g()\nnext(it)\n"
                   "del it\nresult = log"),
            "['closed']");
}

TEST_F(VmTest, Coroutines) {
  EXPECT_EQ(result("async def a(): return 3\nasync def b(): return await a() + 1\n"
                   "try:\n b().send(None)\nexcept StopIteration as e:\n result = e.value"),
            "4");
}

TEST_F(VmTest, KeyboardInterruptIsRaisedAtResume) {
  // SIGINT gets its default Python handler (as at start-up), which the
  // simulated interrupt then runs at the next RESUME.
  install_signal_handlers();
  request_interrupt();
  EXPECT_EQ(result("result = 1"), "<error: KeyboardInterrupt: >");
  EXPECT_FALSE(interrupt_pending());
  EXPECT_EQ(result("result = 2"), "2");
}

TEST_F(VmTest, TracebackEntries) {
  Ref g = run("def f(): 1/0\nf()\n");
  ASSERT_FALSE(g);
  Ref e = fetch_error();
  ASSERT_TRUE(e);
  int entries = 0;
  for (Value tb = e.as<BaseException>()->traceback; !tb.is_null(); tb = tb.as<Traceback>()->next) entries++;
  EXPECT_EQ(entries, 2);
}

}  // namespace
}  // namespace taipan
