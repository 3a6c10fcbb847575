// Code generation for `match` statements: every pattern kind, with the
// subject and captured values kept on the stack as CPython 3.11 lays them
// out, failure paths that pop exactly what each point has pushed, and the
// pattern SyntaxErrors the compiler detects.
#include <algorithm>

#include "compiler/compiler.h"
#include "objects/str.h"
#include "runtime/protocol.h"

namespace taipan::compiler {

namespace {

bool is_wildcard(const ast::Pattern* p) {
  return p->kind == ast::PatternKind::MatchAs && static_cast<const ast::MatchAs*>(p)->pattern == nullptr &&
         static_cast<const ast::MatchAs*>(p)->name.empty();
}

bool is_star_wildcard(const ast::Pattern* p) {
  return p->kind == ast::PatternKind::MatchStar && static_cast<const ast::MatchStar*>(p)->name.empty();
}

std::string quoted(const std::string& name) { return "'" + name + "'"; }

}  // namespace

void Compiler::pattern_rotate(int count) {
  while (count > 1) emit(Opcode::SWAP, count--);
}

void Compiler::ensure_fail_pop(PatternContext& pc, size_t n) {
  while (pc.fail_pop.size() < n + 1) pc.fail_pop.push_back(new_label());
}

void Compiler::jump_to_fail_pop(PatternContext& pc, uint16_t op) {
  size_t pops = static_cast<size_t>(pc.on_top) + pc.stores.size();
  ensure_fail_pop(pc, pops);
  emit_jump(op, pc.fail_pop[pops]);
}

void Compiler::emit_and_reset_fail_pop(PatternContext& pc) {
  if (pc.fail_pop.empty()) return;
  for (size_t i = pc.fail_pop.size() - 1; i > 0; i--) {
    bind(pc.fail_pop[i]);
    emit(Opcode::POP_TOP);
  }
  bind(pc.fail_pop[0]);
  pc.fail_pop.clear();
}

void Compiler::pattern_store_name(const ast::Pattern* p, const std::string& name, PatternContext& pc) {
  if (name.empty()) {
    emit(Opcode::POP_TOP);
    return;
  }
  if (std::find(pc.stores.begin(), pc.stores.end(), name) != pc.stores.end()) {
    syntax_error(*p, "multiple assignments to name " + quoted(name) + " in pattern");
  }
  pattern_rotate(static_cast<int>(pc.on_top + static_cast<long>(pc.stores.size()) + 1));
  pc.stores.push_back(name);
}

void Compiler::pattern_subpattern(const ast::Pattern* p, PatternContext& pc) {
  bool allow = pc.allow_irrefutable;
  pc.allow_irrefutable = true;
  pattern(p, pc);
  pc.allow_irrefutable = allow;
}

void Compiler::pattern(const ast::Pattern* p, PatternContext& pc) {
  set_loc(*p);
  switch (p->kind) {
    case ast::PatternKind::MatchValue: {
      const ast::Expr* value = static_cast<const ast::MatchValue*>(p)->value;
      switch (value->kind) {
        case ast::ExprKind::Constant:
        case ast::ExprKind::Attribute:
        case ast::ExprKind::UnaryOp:
        case ast::ExprKind::BinOp:
          break;
        default: syntax_error(*p, "patterns may only match literals and attribute lookups");
      }
      expr(value);
      emit(Opcode::COMPARE_OP, 2);
      jump_to_fail_pop(pc, op_code(Opcode::POP_JUMP_IF_FALSE));
      return;
    }
    case ast::PatternKind::MatchSingleton: {
      auto* s = static_cast<const ast::MatchSingleton*>(p);
      if (s->value == ast::ConstantKind::None) {
        load_none();
      } else {
        load_const(ConstValue{Ref::boolean(s->value == ast::ConstantKind::True),
                              s->value == ast::ConstantKind::True ? "T" : "F"});
      }
      emit(Opcode::IS_OP, 0);
      jump_to_fail_pop(pc, op_code(Opcode::POP_JUMP_IF_FALSE));
      return;
    }
    case ast::PatternKind::MatchSequence: pattern_sequence(static_cast<const ast::MatchSequence*>(p), pc); return;
    case ast::PatternKind::MatchMapping: pattern_mapping(static_cast<const ast::MatchMapping*>(p), pc); return;
    case ast::PatternKind::MatchClass: pattern_class(static_cast<const ast::MatchClass*>(p), pc); return;
    case ast::PatternKind::MatchStar:
      pattern_store_name(p, static_cast<const ast::MatchStar*>(p)->name, pc);
      return;
    case ast::PatternKind::MatchAs: {
      auto* a = static_cast<const ast::MatchAs*>(p);
      if (a->pattern == nullptr) {
        if (!pc.allow_irrefutable) {
          if (!a->name.empty()) {
            syntax_error(*p, "name capture " + quoted(a->name) + " makes remaining patterns unreachable");
          }
          syntax_error(*p, "wildcard makes remaining patterns unreachable");
        }
        pattern_store_name(p, a->name, pc);
        return;
      }
      pc.on_top++;
      emit(Opcode::COPY, 1);
      pattern(a->pattern, pc);
      pc.on_top--;
      set_loc(*p);
      pattern_store_name(p, a->name, pc);
      return;
    }
    case ast::PatternKind::MatchOr: pattern_or(static_cast<const ast::MatchOr*>(p), pc); return;
  }
}

void Compiler::pattern_sequence(const ast::MatchSequence* p, PatternContext& pc) {
  const auto& patterns = p->patterns;
  size_t size = patterns.size();
  long star = -1;
  bool only_wildcard = true, star_wildcard = false;
  for (size_t i = 0; i < size; i++) {
    const ast::Pattern* q = patterns[i];
    if (q->kind == ast::PatternKind::MatchStar) {
      if (star >= 0) syntax_error(*q, "multiple starred names in sequence pattern");
      star_wildcard = is_star_wildcard(q);
      only_wildcard = only_wildcard && star_wildcard;
      star = static_cast<long>(i);
      continue;
    }
    only_wildcard = only_wildcard && is_wildcard(q);
  }
  pc.on_top++;
  emit(Opcode::MATCH_SEQUENCE);
  jump_to_fail_pop(pc, op_code(Opcode::POP_JUMP_IF_FALSE));
  if (star < 0) {
    emit(Opcode::GET_LEN);
    load_small_int(static_cast<int64_t>(size));
    emit(Opcode::COMPARE_OP, 2);
    jump_to_fail_pop(pc, op_code(Opcode::POP_JUMP_IF_FALSE));
  } else if (size > 1) {
    emit(Opcode::GET_LEN);
    load_small_int(static_cast<int64_t>(size - 1));
    emit(Opcode::COMPARE_OP, 5);
    jump_to_fail_pop(pc, op_code(Opcode::POP_JUMP_IF_FALSE));
  }
  pc.on_top--;
  if (only_wildcard) {
    emit(Opcode::POP_TOP);
    return;
  }
  if (star_wildcard) {
    // Index the subject directly: [first, *_, last] needs no unpacking.
    pc.on_top++;
    for (size_t i = 0; i < size; i++) {
      const ast::Pattern* q = patterns[i];
      if (is_wildcard(q) || static_cast<long>(i) == star) continue;
      emit(Opcode::COPY, 1);
      if (static_cast<long>(i) < star) {
        load_small_int(static_cast<int64_t>(i));
      } else {
        emit(Opcode::GET_LEN);
        load_small_int(static_cast<int64_t>(size - i));
        emit(Opcode::BINARY_OP, 10);
      }
      emit(Opcode::BINARY_SUBSCR);
      pattern_subpattern(q, pc);
    }
    pc.on_top--;
    emit(Opcode::POP_TOP);
    return;
  }
  if (star >= 0) {
    emit(Opcode::UNPACK_EX, static_cast<int32_t>(star + ((size - star - 1) << 8)));
  } else {
    emit(Opcode::UNPACK_SEQUENCE, static_cast<int32_t>(size));
  }
  pc.on_top += static_cast<long>(size);
  for (size_t i = 0; i < size; i++) {
    pc.on_top--;
    pattern_subpattern(patterns[i], pc);
  }
}

void Compiler::pattern_mapping(const ast::MatchMapping* p, PatternContext& pc) {
  size_t size = p->keys.size();
  pc.on_top++;
  emit(Opcode::MATCH_MAPPING);
  jump_to_fail_pop(pc, op_code(Opcode::POP_JUMP_IF_FALSE));
  if (size == 0 && p->rest.empty()) {
    pc.on_top--;
    emit(Opcode::POP_TOP);
    return;
  }
  if (size > 0) {
    emit(Opcode::GET_LEN);
    load_small_int(static_cast<int64_t>(size));
    emit(Opcode::COMPARE_OP, 5);
    jump_to_fail_pop(pc, op_code(Opcode::POP_JUMP_IF_FALSE));
  }
  std::vector<std::string> seen;
  for (size_t i = 0; i < size; i++) {
    const ast::Expr* key = p->keys[i];
    ConstValue folded;
    if (key->kind == ast::ExprKind::Attribute) {
      expr(key);
      continue;
    }
    if (!try_constant(key, &folded)) {
      syntax_error(*key, "mapping pattern keys may only match literals and attribute lookups");
    }
    if (std::find(seen.begin(), seen.end(), folded.key) != seen.end()) {
      Ref r = repr(folded.value.get());
      if (!r) throw PendingError{};
      syntax_error(*p, "mapping pattern checks duplicate key (" + str_to_std(r.as<Str>()) + ")");
    }
    seen.push_back(folded.key);
    set_loc(*key);
    load_const(std::move(folded));
  }
  set_loc(*p);
  emit(Opcode::BUILD_TUPLE, static_cast<int32_t>(size));
  emit(Opcode::MATCH_KEYS);
  pc.on_top += 2;
  emit(Opcode::COPY, 1);
  load_none();
  emit(Opcode::IS_OP, 1);
  jump_to_fail_pop(pc, op_code(Opcode::POP_JUMP_IF_FALSE));
  emit(Opcode::UNPACK_SEQUENCE, static_cast<int32_t>(size));
  pc.on_top += static_cast<long>(size) - 1;
  for (size_t i = 0; i < size; i++) {
    pc.on_top--;
    pattern_subpattern(p->patterns[i], pc);
  }
  pc.on_top -= 2;
  set_loc(*p);
  if (!p->rest.empty()) {
    // rest = dict(subject) minus the matched keys.
    emit(Opcode::BUILD_MAP, 0);
    emit(Opcode::SWAP, 3);
    emit(Opcode::DICT_UPDATE, 2);
    emit(Opcode::UNPACK_SEQUENCE, static_cast<int32_t>(size));
    for (size_t n = size; n > 0; n--) {
      emit(Opcode::COPY, static_cast<int32_t>(1 + n));
      emit(Opcode::SWAP, 2);
      emit(Opcode::DELETE_SUBSCR);
    }
    pattern_store_name(p, p->rest, pc);
  } else {
    emit(Opcode::POP_TOP);
    emit(Opcode::POP_TOP);
  }
}

void Compiler::pattern_class(const ast::MatchClass* p, PatternContext& pc) {
  size_t nargs = p->patterns.size(), nattrs = p->kwd_attrs.size();
  for (size_t i = 0; i < nattrs; i++) {
    for (size_t j = i + 1; j < nattrs; j++) {
      if (p->kwd_attrs[i] == p->kwd_attrs[j]) {
        syntax_error(*p->kwd_patterns[j], "attribute name repeated in class pattern: " + p->kwd_attrs[i]);
      }
    }
  }
  expr(p->cls);
  load_const(names_tuple(p->kwd_attrs));
  emit(Opcode::MATCH_CLASS, static_cast<int32_t>(nargs));
  emit(Opcode::COPY, 1);
  load_none();
  emit(Opcode::IS_OP, 1);
  pc.on_top++;
  jump_to_fail_pop(pc, op_code(Opcode::POP_JUMP_IF_FALSE));
  emit(Opcode::UNPACK_SEQUENCE, static_cast<int32_t>(nargs + nattrs));
  pc.on_top += static_cast<long>(nargs + nattrs) - 1;
  for (size_t i = 0; i < nargs + nattrs; i++) {
    pc.on_top--;
    const ast::Pattern* q = i < nargs ? p->patterns[i] : p->kwd_patterns[i - nargs];
    if (is_wildcard(q)) {
      emit(Opcode::POP_TOP);
      continue;
    }
    pattern_subpattern(q, pc);
  }
}

void Compiler::pattern_or(const ast::MatchOr* p, PatternContext& pc) {
  int32_t end = new_label();
  size_t size = p->patterns.size();
  PatternContext old = pc;
  std::vector<std::string> control;
  for (size_t i = 0; i < size; i++) {
    const ast::Pattern* alt = p->patterns[i];
    set_loc(*alt);
    pc.stores.clear();
    pc.allow_irrefutable = i + 1 == size && old.allow_irrefutable;
    pc.fail_pop.clear();
    pc.on_top = 0;
    emit(Opcode::COPY, 1);
    pattern(alt, pc);
    size_t nstores = pc.stores.size();
    if (i == 0) {
      control = pc.stores;
    } else if (nstores != control.size()) {
      syntax_error(*alt, "alternative patterns bind different names");
    } else if (nstores > 0) {
      // Reorder the captured values to match the first alternative's order.
      for (size_t icontrol = nstores; icontrol-- > 0;) {
        const std::string& name = control[icontrol];
        auto it = std::find(pc.stores.begin(), pc.stores.end(), name);
        if (it == pc.stores.end()) syntax_error(*alt, "alternative patterns bind different names");
        size_t istores = static_cast<size_t>(it - pc.stores.begin());
        if (icontrol != istores) {
          size_t rotations = istores + 1;
          std::vector<std::string> rotated(pc.stores.begin(), pc.stores.begin() + rotations);
          pc.stores.erase(pc.stores.begin(), pc.stores.begin() + rotations);
          pc.stores.insert(pc.stores.begin() + (icontrol - istores), rotated.begin(), rotated.end());
          while (rotations-- > 0) pattern_rotate(static_cast<int>(icontrol + 1));
        }
      }
    }
    emit_jump(kJump, end);
    emit_and_reset_fail_pop(pc);
  }
  pc = old;
  set_loc(*p);
  emit(Opcode::POP_TOP);
  jump_to_fail_pop(pc, kJump);
  bind(end);
  long nrots = static_cast<long>(control.size() + 1 + pc.stores.size()) + pc.on_top;
  for (const std::string& name : control) {
    pattern_rotate(static_cast<int>(nrots));
    if (std::find(pc.stores.begin(), pc.stores.end(), name) != pc.stores.end()) {
      syntax_error(*p, "multiple assignments to name " + quoted(name) + " in pattern");
    }
    pc.stores.push_back(name);
  }
  emit(Opcode::POP_TOP);
}

void Compiler::match_stmt(const ast::Match* s) {
  expr(s->subject);
  int32_t end = new_label();
  size_t cases = s->cases.size();
  bool has_default = is_wildcard(s->cases.back()->pattern) && cases > 1;
  for (size_t i = 0; i < cases - (has_default ? 1 : 0); i++) {
    const ast::MatchCase* m = s->cases[i];
    set_loc(*m->pattern);
    bool last = i == cases - (has_default ? 1 : 0) - 1;
    if (!last) emit(Opcode::COPY, 1);
    PatternContext pc;
    pc.allow_irrefutable = m->guard != nullptr || i == cases - 1;
    pattern(m->pattern, pc);
    for (const std::string& name : pc.stores) name_op(name, ast::ExprContext::Store);
    if (m->guard != nullptr) {
      ensure_fail_pop(pc, 0);
      jump_if(m->guard, pc.fail_pop[0], false);
    }
    if (!last) emit(Opcode::POP_TOP);
    stmts(m->body);
    emit_jump(kJump, end);
    set_loc(*m->pattern);
    emit_and_reset_fail_pop(pc);
  }
  if (has_default) {
    const ast::MatchCase* m = s->cases.back();
    set_loc(*m->pattern);
    if (cases == 1) {
      emit(Opcode::POP_TOP);
    } else {
      emit(Opcode::NOP);
    }
    if (m->guard != nullptr) jump_if(m->guard, end, false);
    stmts(m->body);
  }
  bind(end);
}

}  // namespace taipan::compiler
