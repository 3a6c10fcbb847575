// Tables computed once per compiled pattern that let the engine skip work
// CPython's interprets each time: for every character set (IN, IN_IGNORE,
// IN_UNI_IGNORE and INFO's charset) a 256-bit answer for characters below
// 256, case folding included; and the characters a match can start with,
// so a search skips positions that cannot begin a match. They change no
// result: characters from 256 up still go through the set's code.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "modules/sre/sre_constants.h"

namespace taipan::sre {

struct CharTable {
  uint32_t bits[8] = {};
  bool has(uint32_t ch) const { return (bits[ch >> 5] >> (ch & 31)) & 1; }
  void add(uint32_t ch) { bits[ch >> 5] |= 1u << (ch & 31); }
};

struct Accel {
  // For the code position of each IN-family opcode (and 0 for INFO's
  // charset): its table's index in `tables`, or -1.
  std::vector<int32_t> table_at;
  std::vector<CharTable> tables;
  bool has_first = false;  // whether `first` is known
  CharTable first;         // characters below 256 a match can start with
};

// Builds the tables for validated code.
Accel build_accel(const Code* code, size_t size);

}  // namespace taipan::sre
