// The call tree the sampling profiler (src/vm/sampling_profiler.h) builds:
// one node per distinct stack prefix, weighted by the sampler's ticks, and
// the functions its nodes name, already turned into text. The flame graph
// (flamegraph.h) and the text table (profile_table.h) read it; neither
// knows the VM.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace taipan {

enum class ProfileKind : uint8_t {
  kRoot,       // the whole program (node 0)
  kThread,     // one thread's stacks
  kCode,       // a Python function, module or class body
  kWaiting,    // a thread not running Python when the sample was taken
  kTruncated,  // the oldest frames of a stack deeper than the recorded limit
};

struct ProfileFunction {
  ProfileKind kind;
  std::string name;  // qualified name, thread name, or a label in <>
  std::string file;  // kCode only
  int line = 0;      // kCode only: the first line
};

struct ProfileNode {
  uint32_t function;
  uint64_t total = 0;  // ticks with this node on the stack
  uint64_t self = 0;   // ticks with this node on top of the stack
  std::vector<uint32_t> children;
};

struct ProfileTree {
  std::vector<ProfileFunction> functions;
  std::vector<ProfileNode> nodes;  // nodes[0] is the root
  unsigned interval_us = 0;        // one tick
  bool wall_clock = false;         // ticks of wall time, else of CPU time
  double seconds = 0;              // wall time profiled
};

}  // namespace taipan
