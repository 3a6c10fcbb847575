// The opcode enum, names and cache sizes, generated from opcodes.def.
#pragma once

#include <cstdint>

namespace taipan {

enum class Opcode : uint8_t {
#define OP(name, cache) name,
#include "compiler/opcodes.def"
#undef OP
  kCount
};

inline constexpr const char* kOpcodeNames[] = {
#define OP(name, cache) #name,
#include "compiler/opcodes.def"
#undef OP
};

inline constexpr uint8_t kOpcodeCacheUnits[] = {
#define OP(name, cache) cache,
#include "compiler/opcodes.def"
#undef OP
};

using CodeUnit = uint16_t;
inline constexpr CodeUnit make_unit(Opcode op, uint8_t arg) {
  return static_cast<CodeUnit>(static_cast<uint8_t>(op) | (arg << 8));
}
inline constexpr Opcode unit_opcode(CodeUnit u) { return static_cast<Opcode>(u & 0xFF); }
inline constexpr uint8_t unit_arg(CodeUnit u) { return static_cast<uint8_t>(u >> 8); }

}  // namespace taipan
