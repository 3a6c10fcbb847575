// Assembly of an instruction stream into a Code object (see assembler.h).
#include "compiler/assembler.h"

#include <algorithm>

#include "compiler/compile_error.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/memory.h"

namespace taipan::compiler {

namespace {

int ext_count(uint32_t arg) {
  int n = 0;
  while (arg > 0xFF) {
    arg >>= 8;
    n++;
  }
  return n;
}

// Flow analysis over the control-flow graph. Sets depth[i] and handler_of[i]
// (the exception handler covering it) for every reachable instruction
// (depth -1 otherwise), each handler's unwind depth and parent, and returns
// the maximum stack depth.
int analyze_flow(const InstrSeq& seq, const std::vector<int32_t>& label_at,
                 std::vector<int32_t>& depth, std::vector<int32_t>& handler_of,
                 std::vector<Handler>& handlers) {
  const auto& in = seq.instrs;
  depth.assign(in.size(), -1);
  handler_of.assign(in.size(), -1);
  struct Work {
    size_t i;
    int d;
    int32_t h;
  };
  std::vector<Work> work;
  work.push_back({0, 0, -1});
  int max_depth = 0;
  while (!work.empty()) {
    auto [i, d, h] = work.back();
    work.pop_back();
    for (; i < in.size(); i++) {
      if (depth[i] >= 0) break;
      depth[i] = d;
      handler_of[i] = h;
      const Instr& ins = in[i];
      if (ins.op == kSetupFinally || ins.op == kSetupCleanup || ins.op == kSetupWith) {
        Handler& setup = handlers[ins.arg];
        setup.depth = ins.op == kSetupWith ? d - 1 : d;
        setup.parent = h;
        int hd = d + stack_effect(ins.op, ins.arg, true);
        max_depth = std::max(max_depth, hd);
        work.push_back({static_cast<size_t>(label_at[setup.label]), hd, h});
        h = ins.arg;
      } else if (ins.op == kPopBlock) {
        if (h >= 0) h = handlers[h].parent;
      } else if (is_jump(ins.op)) {
        int jd = d + stack_effect(ins.op, ins.arg, true);
        max_depth = std::max(max_depth, jd);
        work.push_back({static_cast<size_t>(label_at[ins.target]), jd, h});
      }
      if (is_terminator(ins.op)) break;
      d += stack_effect(ins.op, ins.arg, false);
      max_depth = std::max(max_depth, d);
    }
  }
  return max_depth;
}

struct Placed {
  const Instr* ins;
  int32_t handler;
  Opcode op;
  uint32_t arg;
  int32_t target = -1;  // index into `placed` of the jump target
  int32_t offset = 0;
  int32_t size = 0;
};

}  // namespace

Ref assemble(const InstrSeq& seq, CodeMeta& meta) {
  const auto& in = seq.instrs;
  std::vector<int32_t> label_at(seq.label_count, -1);
  for (size_t i = 0; i < in.size(); i++) {
    if (in[i].op == kLabel) label_at[in[i].arg] = static_cast<int32_t>(i);
  }
  std::vector<Handler> handlers = seq.handlers;
  std::vector<int32_t> depth;
  std::vector<int32_t> handler_of;
  int max_depth = analyze_flow(seq, label_at, depth, handler_of, handlers);

  // Keep reachable real instructions and jumps; map every instruction index
  // to the index of the next kept instruction.
  std::vector<int32_t> next_kept(in.size() + 1, 0);
  std::vector<size_t> kept;
  for (size_t i = 0; i < in.size(); i++) {
    if (depth[i] >= 0 && (in[i].op < kPseudoBase || in[i].op == kJump || in[i].op == kJumpNoInterrupt)) {
      kept.push_back(i);
    }
  }
  {
    size_t k = kept.size();
    next_kept[in.size()] = static_cast<int32_t>(k);
    for (size_t i = in.size(); i-- > 0;) {
      if (k > 0 && kept[k - 1] == i) k--;
      next_kept[i] = static_cast<int32_t>(k);
    }
  }
  auto target_of = [&](int32_t label) { return next_kept[label_at[label]]; };

  std::vector<Placed> placed;
  placed.reserve(kept.size());
  std::vector<int32_t> new_index(kept.size(), -1);
  for (size_t k = 0; k < kept.size(); k++) {
    const Instr& ins = in[kept[k]];
    bool uncond = ins.op == kJump || ins.op == kJumpNoInterrupt;
    // A jump to the very next instruction is no jump at all.
    if (uncond && target_of(ins.target) == static_cast<int32_t>(k + 1)) continue;
    new_index[k] = static_cast<int32_t>(placed.size());
    Placed p{&ins, handler_of[kept[k]], Opcode::NOP, static_cast<uint32_t>(ins.arg)};
    p.op = ins.op < kPseudoBase ? static_cast<Opcode>(ins.op) : Opcode::JUMP_FORWARD;
    placed.push_back(p);
  }
  // Resolve targets to placed indices (a dropped jump's target is the next placed one).
  auto placed_index = [&](int32_t kept_index) {
    for (size_t k = kept_index; k < kept.size(); k++) {
      if (new_index[k] >= 0) return new_index[k];
    }
    return static_cast<int32_t>(placed.size());
  };
  for (Placed& p : placed) {
    if (p.ins->target >= 0 && is_jump(p.ins->op)) p.target = placed_index(target_of(p.ins->target));
  }
  std::vector<int32_t> handler_target(handlers.size(), -1);
  for (size_t h = 0; h < handlers.size(); h++) {
    if (handlers[h].depth >= 0) handler_target[h] = placed_index(target_of(handlers[h].label));
  }

  // Sizes and jump arguments, until stable.
  for (Placed& p : placed) {
    p.size = 1 + kOpcodeCacheUnits[static_cast<int>(p.op)] + ext_count(p.target >= 0 ? 0 : p.arg);
  }
  std::vector<int32_t> offset_of(placed.size() + 1);
  for (bool changed = true; changed;) {
    changed = false;
    int32_t off = 0;
    for (size_t k = 0; k < placed.size(); k++) {
      placed[k].offset = off;
      offset_of[k] = off;
      off += placed[k].size;
    }
    offset_of[placed.size()] = off;
    for (Placed& p : placed) {
      if (p.target < 0) continue;
      int32_t end = p.offset + p.size;
      int32_t dest = offset_of[p.target];
      uint16_t op = p.ins->op;
      if (op == kJump || op == kJumpNoInterrupt) {
        if (dest >= end) {
          p.op = Opcode::JUMP_FORWARD;
        } else {
          p.op = op == kJump ? Opcode::JUMP_BACKWARD : Opcode::JUMP_BACKWARD_NO_INTERRUPT;
        }
      }
      int32_t rel = dest >= end ? dest - end : end - dest;
      p.arg = static_cast<uint32_t>(rel);
      int32_t size = 1 + kOpcodeCacheUnits[static_cast<int>(p.op)] + ext_count(p.arg);
      if (size > p.size) {
        p.size = size;
        changed = true;
      }
    }
  }
  int32_t code_size = offset_of[placed.size()];

  Code* code = new_object<Code>(&code_type);
  if (code == nullptr) throw PendingError{};
  Ref code_ref = Ref::steal(code);
  code->code = new CodeUnit[code_size > 0 ? code_size : 1];
  code->positions = new SourcePosition[code_size > 0 ? code_size : 1];
  code->code_size = code_size;
  for (const Placed& p : placed) {
    int32_t u = p.offset;
    int32_t body = p.size - kOpcodeCacheUnits[static_cast<int>(p.op)];  // ext prefixes + op
    for (int e = body - 1; e >= 1; e--) {
      code->positions[u] = p.ins->pos;
      code->code[u++] = make_unit(Opcode::EXTENDED_ARG, static_cast<uint8_t>(p.arg >> (8 * e)));
    }
    code->positions[u] = p.ins->pos;
    code->code[u++] = make_unit(p.op, static_cast<uint8_t>(p.arg));
    for (int c = 0; c < kOpcodeCacheUnits[static_cast<int>(p.op)]; c++) {
      code->positions[u] = p.ins->pos;
      code->code[u++] = make_unit(Opcode::CACHE, 0);
    }
  }

  // Exception table: runs of placed instructions covered by the same handler.
  std::vector<ExceptionTableEntry> table;
  for (size_t k = 0; k < placed.size(); k++) {
    int32_t h = placed[k].handler;
    if (h < 0 || handler_target[h] < 0) continue;
    int32_t start = placed[k].offset;
    int32_t end = start + placed[k].size;
    if (!table.empty() && table.back().end == start &&
        table.back().target == offset_of[handler_target[h]] &&
        table.back().depth == handlers[h].depth &&
        table.back().push_lasti == (handlers[h].setup != kSetupFinally)) {
      table.back().end = end;
      continue;
    }
    table.push_back({start, end, offset_of[handler_target[h]], handlers[h].depth,
                     handlers[h].setup != kSetupFinally});
  }
  code->exception_table_size = static_cast<int32_t>(table.size());
  code->exception_table = new ExceptionTableEntry[table.empty() ? 1 : table.size()];
  std::copy(table.begin(), table.end(), code->exception_table);

  code->argcount = meta.argcount;
  code->posonlyargcount = meta.posonlyargcount;
  code->kwonlyargcount = meta.kwonlyargcount;
  code->flags = meta.flags;
  code->stacksize = max_depth;
  code->firstlineno = meta.firstlineno;
  code->nlocalsplus = static_cast<int32_t>(meta.localsplus_names.size());
  code->nlocals = meta.nlocals;
  code->ncellvars = meta.ncellvars;
  code->nfreevars = meta.nfreevars;
  code->localspluskinds = new uint8_t[meta.localsplus_kinds.empty() ? 1 : meta.localsplus_kinds.size()];
  std::copy(meta.localsplus_kinds.begin(), meta.localsplus_kinds.end(), code->localspluskinds);
  Tuple* names = tuple_new(code->nlocalsplus);
  if (names == nullptr) throw PendingError{};
  code->localsplusnames = Value::object(names);
  for (int32_t i = 0; i < code->nlocalsplus; i++) {
    names->items[i] = Value::object(intern(meta.localsplus_names[i]));
  }
  code->consts = meta.consts.release();
  code->names = meta.names.release();
  incref(meta.filename);
  code->filename = meta.filename;
  code->name = Value::object(intern(meta.name));
  Ref qualname = str_from_utf8(meta.qualname);
  if (!qualname) throw PendingError{};
  code->qualname = qualname.release();
  return code_ref;
}

}  // namespace taipan::compiler
