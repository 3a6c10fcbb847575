// Taipan's embedding API: start an interpreter inside a C++ program, run
// Python source in its __main__ module, read results as strings, shut down.
//
//   taipan::Interpreter py;
//   py.run("x = 6 * 7");
//   taipan::Result r = py.eval("x + 1");  // r.ok, r.value == "43"
//
// One Interpreter may exist at a time, on one thread.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace taipan {

struct Result {
  bool ok = false;
  std::string value;  // eval(): repr() of the value; run(): empty
  std::string error;  // when !ok: "ValueError: message" (the exception's type and str)
};

class Interpreter {
 public:
  // `argv` becomes sys.argv (default [""]). Check started() afterwards.
  explicit Interpreter(const std::vector<std::string>& argv = {});
  ~Interpreter();
  Interpreter(const Interpreter&) = delete;
  Interpreter& operator=(const Interpreter&) = delete;

  bool started() const { return started_; }
  // Runs statements in __main__.
  Result run(std::string_view source, std::string_view filename = "<string>");
  // Evaluates one expression in __main__.
  Result eval(std::string_view expression);

 private:
  bool started_ = false;
};

}  // namespace taipan
