// The embedding API of include/taipan/taipan.h, on top of the interpreter's
// start-up, the compiler and the VM.
#include "taipan/taipan.h"

#include "compiler/compile.h"
#include "objects/module.h"
#include "objects/str.h"
#include "runtime/errors.h"
#include "runtime/import.h"
#include "runtime/interpreter.h"
#include "runtime/protocol.h"
#include "vm/eval.h"

namespace taipan {

namespace {

// "TypeName: message" for the pending exception, which it clears.
std::string describe_pending_error() {
  Ref e = fetch_error();
  if (!e) return "";
  std::string out = type_name_of(e.get());
  Ref text = str(e.get());
  if (!text) {
    clear_error();
    return out;
  }
  std::string_view message = str_utf8(text.as<Str>());
  if (!message.empty()) out += ": " + std::string(message);
  return out;
}

Result failure() {
  Result r;
  r.error = describe_pending_error();
  return r;
}

}  // namespace

Interpreter::Interpreter(const std::vector<std::string>& argv) {
  SysConfig config;
  config.argv = argv.empty() ? std::vector<std::string>{""} : argv;
  started_ = interpreter_init(config) == 0;
}

Interpreter::~Interpreter() {
  if (started_) interpreter_finalize(0);
}

Result Interpreter::run(std::string_view source, std::string_view filename) {
  if (!started_) return Result{false, "", "interpreter not started"};
  if (!exec_source_in_module(source, filename, main_module())) return failure();
  return Result{true, "", ""};
}

Result Interpreter::eval(std::string_view expression) {
  if (!started_) return Result{false, "", "interpreter not started"};
  Ref code = compile_source(expression, "<string>", CompileMode::Eval);
  if (!code) return failure();
  Dict* globals = module_dict(main_module());
  Ref value = eval_code(code.as<Code>(), globals, Value::object(globals));
  if (!value) return failure();
  Ref text = repr(value.get());
  if (!text) return failure();
  return Result{true, str_to_std(text.as<Str>()), ""};
}

}  // namespace taipan
