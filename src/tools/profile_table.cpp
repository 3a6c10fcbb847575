// The sampling profiler's top-N table (see profile_table.h).
#include "tools/profile_table.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace taipan {

namespace {

struct FunctionCounts {
  uint64_t self = 0;
  uint64_t total = 0;
  int on_path = 0;  // how many nodes of the function the walk is inside
};

// Counts under `node` that ran Python (the `<not running Python>` leaves
// excluded); fills in each function's self and total.
uint64_t count_running(const ProfileTree& tree, uint32_t node, std::vector<FunctionCounts>* counts) {
  const ProfileNode& n = tree.nodes[node];
  FunctionCounts& f = (*counts)[n.function];
  bool waiting = tree.functions[n.function].kind == ProfileKind::kWaiting;
  uint64_t running = waiting ? 0 : n.self;
  f.on_path++;
  for (uint32_t c : n.children) running += count_running(tree, c, counts);
  f.on_path--;
  if (!waiting) f.self += n.self;
  if (f.on_path == 0) f.total += running;
  return running;
}

std::string percent(uint64_t part, uint64_t whole) {
  char text[16];
  std::snprintf(text, sizeof text, "%5.1f%%",
                whole == 0 ? 0.0 : 100.0 * static_cast<double>(part) / static_cast<double>(whole));
  return text;
}

}  // namespace

std::string profile_short_file(const std::string& file) {
  static const std::string kStdlib = "/usr/lib/python3.11/";
  char cwd[4096];
  if (getcwd(cwd, sizeof cwd) != nullptr) {
    std::string prefix = std::string(cwd) + "/";
    if (file.starts_with(prefix)) return file.substr(prefix.size());
  }
  if (file.starts_with(kStdlib)) return file.substr(kStdlib.size());
  return file;
}

std::string profile_table(const ProfileTree& tree, size_t rows) {
  std::vector<FunctionCounts> counts(tree.functions.size());
  uint64_t running = tree.nodes.empty() ? 0 : count_running(tree, 0, &counts);
  uint64_t all = tree.nodes.empty() ? 0 : tree.nodes[0].total;
  std::vector<uint32_t> order;
  for (uint32_t i = 0; i < tree.functions.size(); ++i) {
    if (tree.functions[i].kind == ProfileKind::kCode && counts[i].total > 0) order.push_back(i);
  }
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    if (counts[a].self != counts[b].self) return counts[a].self > counts[b].self;
    if (counts[a].total != counts[b].total) return counts[a].total > counts[b].total;
    return tree.functions[a].name < tree.functions[b].name;
  });
  char head[256];
  std::snprintf(head, sizeof head,
                "taipan profile: %llu samples, one per %u us of %s time, over %.2f s; %llu of them running Python\n"
                " self%%   self total%%   total  function\n",
                static_cast<unsigned long long>(all), tree.interval_us, tree.wall_clock ? "wall" : "CPU", tree.seconds,
                static_cast<unsigned long long>(running));
  std::string out = head;
  for (size_t r = 0; r < order.size() && r < rows; ++r) {
    const FunctionCounts& c = counts[order[r]];
    const ProfileFunction& f = tree.functions[order[r]];
    char line[64];
    std::snprintf(line, sizeof line, " %6llu %s %7llu  ", static_cast<unsigned long long>(c.self),
                  percent(c.total, running).c_str(), static_cast<unsigned long long>(c.total));
    out += percent(c.self, running) + line + f.name + " (" + profile_short_file(f.file) + ":" + std::to_string(f.line) +
           ")\n";
  }
  return out;
}

}  // namespace taipan
