// libFuzzer target: the parser (which stands alone, without objects or the
// VM) on arbitrary bytes, in every mode. Built with clang from
// tools/fuzz/CMakeLists.txt; see docs/architecture.md, "Fuzzing".
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "parser/parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using taipan::parser::ParseMode;
  std::string_view source(reinterpret_cast<const char*>(data), size);
  for (ParseMode mode : {ParseMode::Exec, ParseMode::Eval, ParseMode::Single, ParseMode::FunctionType}) {
    taipan::parser::parse(source, "<fuzz>", mode);
  }
  return 0;
}
