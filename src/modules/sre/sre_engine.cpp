// The matching engine (see sre_engine.h). One template serves the three
// character widths. Each backtracking point is a Frame on MatchState::frames:
// "calling" a sub-pattern saves the current pattern and position in the top
// frame, pushes a new frame that records where its caller resumes, and jumps
// to `entrance`; when a frame finishes (succeed / fail) it is popped and its
// caller continues at the recorded resume label with `result` set.
#include "modules/sre/sre_engine.h"

#include <cstring>

#include "modules/sre/sre_chars.h"
#include "runtime/errors.h"
#include "vm/interrupts.h"

namespace taipan::sre {

void MatchState::init(const void* chars, int size, int64_t len, int64_t groups) {
  data = chars;
  charsize = size;
  length = len;
  marks.assign(static_cast<size_t>(2 * groups + 2), -1);
  reset();
}

namespace {

// Where a caller continues once the frame it pushed has finished.
enum Resume : uint8_t {
  kResumeNone,
  kResumeBranch,
  kResumeRepeatOneLiteral,
  kResumeRepeatOne,
  kResumeMinRepeatOne,
  kResumeRepeat,
  kResumeMaxUntilMin,
  kResumeMaxUntilMore,
  kResumeMaxUntilTail,
  kResumeMinUntilMin,
  kResumeMinUntilTail,
  kResumeMinUntilMore,
  kResumePossessiveMin,
  kResumePossessiveMore,
  kResumeAtomic,
  kResumeAssert,
  kResumeAssertNot,
};

// Whether count() handles the item op itself (no sub-pattern run: no marks touched).
bool is_one_character(Code op) {
  switch (op) {
    case IN: case IN_IGNORE: case IN_UNI_IGNORE: case IN_LOC_IGNORE: case ANY: case ANY_ALL: case CATEGORY:
    case LITERAL: case LITERAL_IGNORE: case LITERAL_UNI_IGNORE: case LITERAL_LOC_IGNORE:
    case NOT_LITERAL: case NOT_LITERAL_IGNORE: case NOT_LITERAL_UNI_IGNORE: case NOT_LITERAL_LOC_IGNORE:
      return true;
    default:
      return false;
  }
}

void push_marks(MatchState& st, int32_t lastmark) {
  for (int32_t i = 0; i <= lastmark; ++i) st.saved.push_back(st.marks[static_cast<size_t>(i)]);
}
// Restores the marks pushed with `lastmark` and keeps them for another try.
void peek_marks(MatchState& st, int32_t lastmark) {
  if (lastmark < 0) return;
  size_t first = st.saved.size() - static_cast<size_t>(lastmark) - 1;
  for (int32_t i = 0; i <= lastmark; ++i) st.marks[static_cast<size_t>(i)] = st.saved[first + static_cast<size_t>(i)];
}
void drop_marks(MatchState& st, int32_t lastmark) {
  if (lastmark >= 0) st.saved.truncate(st.saved.size() - static_cast<size_t>(lastmark) - 1);
}
// Restores them and drops them from the stack.
void pop_marks(MatchState& st, int32_t lastmark) {
  peek_marks(st, lastmark);
  drop_marks(st, lastmark);
}

template <class Char>
class Engine {
 public:
  explicit Engine(MatchState& st) : st_(st), s_(static_cast<const Char*>(st.data)) {}

  int64_t match(const Code* pattern, bool toplevel);
  int64_t search(const Code* pattern);

 private:
  bool at(int64_t ptr, Code code) const;
  int64_t count(const Code* item, int64_t maxcount);
  // The next position >= from (below stop) holding c, or stop.
  int64_t find_char(int64_t from, int64_t stop, Code c) const;
  // Whether ch passes the IN-family instruction at op (its table answers below 256).
  bool set_accepts(const Code* op, uint32_t ch) const {
    int32_t t = st_.accel->table_at[static_cast<size_t>(op - st_.code)];
    if (ch < 256 && t >= 0) return st_.accel->tables[static_cast<size_t>(t)].has(ch);
    switch (op[0]) {
      case IN: return in_charset(op + 2, ch);
      case IN_IGNORE: return in_charset(op + 2, lower_ascii(ch));
      case IN_UNI_IGNORE: return in_charset(op + 2, lower_unicode(ch));
      default: return in_charset_loc_ignore(op + 2, ch);
    }
  }
  // Advances ptr while the IN-family instruction at op accepts the character there.
  int64_t span_set(const Code* op, int64_t ptr, int64_t stop) const {
    const Char* s = s_;
    int32_t t = st_.accel->table_at[static_cast<size_t>(op - st_.code)];
    if (t >= 0) {
      const CharTable& table = st_.accel->tables[static_cast<size_t>(t)];
      if constexpr (sizeof(Char) == 1) {
        while (ptr < stop && table.has(s[ptr])) ptr++;
        return ptr;
      }
      while (ptr < stop && (s[ptr] < 256 ? table.has(s[ptr]) : set_accepts(op, s[ptr]))) ptr++;
      return ptr;
    }
    while (ptr < stop && set_accepts(op, s[ptr])) ptr++;
    return ptr;
  }
  // The first position from ptr (below stop) where a match can start, or stop.
  int64_t skip_to_first(int64_t ptr, int64_t stop) const {
    const Char* s = s_;
    const CharTable& table = st_.accel->has_first ? st_.accel->first : st_.accel->tables[0];
    if constexpr (sizeof(Char) == 1) {
      while (ptr < stop && !table.has(s[ptr])) ptr++;
    } else {
      const Code* charset = st_.accel->has_first ? nullptr : st_.code + 5;
      while (ptr < stop && !(s[ptr] < 256 ? table.has(s[ptr]) : (charset == nullptr || in_charset(charset, s[ptr])))) {
        ptr++;
      }
    }
    return ptr;
  }
  // The last position in [lo, hi] (hi < end) holding c, or -1.
  int64_t rfind_char(int64_t lo, int64_t hi, Code c) const {
    if (lo > hi) return -1;
    if constexpr (sizeof(Char) == 1) {
      if (c > 0xFF) return -1;
      const void* hit = memrchr(s_ + lo, static_cast<int>(c), static_cast<size_t>(hi - lo + 1));
      return hit ? static_cast<const Char*>(hit) - s_ : -1;
    } else {
      for (int64_t p = hi; p >= lo; --p) {
        if (s_[p] == c) return p;
      }
      return -1;
    }
  }
  // A lazy one-character repeat (skip word at `repeat`) whose tail starts
  // with LITERAL c, at ptr after `done` iterations: the next position where
  // the tail can start (every character before it accepted by the item,
  // within the maximum), or -1 when there is none. Trying the tail anywhere
  // else would fail at once, with no effect.
  int64_t next_literal_tail(const Code* repeat, int64_t ptr, int64_t done) {
    const Code* tail = repeat + repeat[0];
    int64_t stop = st_.end;
    if (repeat[2] != kMaxRepeat && static_cast<int64_t>(repeat[2]) - done + 1 < stop - ptr) {
      stop = ptr + static_cast<int64_t>(repeat[2]) - done + 1;
    }
    int64_t q = find_char(ptr, stop, tail[1]);
    if (q >= stop) return -1;
    if (q > ptr) {
      st_.ptr = ptr;
      if (count(repeat + 3, q - ptr) != q - ptr) return -1;
    }
    return q;
  }
  void new_attempt() {
    st_.lastmark = -1;
    st_.lastindex = -1;
  }

  MatchState& st_;
  const Char* s_;
};

template <class Char>
bool Engine<Char>::at(int64_t ptr, Code code) const {
  const Char* s = s_;
  int64_t end = st_.end;
  bool before, here;
  switch (code) {
    case AT_BEGINNING:
    case AT_BEGINNING_STRING:
      return ptr == 0;
    case AT_BEGINNING_LINE:
      return ptr == 0 || s[ptr - 1] == '\n';
    case AT_END:
      return (end - ptr == 1 && s[ptr] == '\n') || ptr == end;
    case AT_END_LINE:
      return ptr == end || s[ptr] == '\n';
    case AT_END_STRING:
      return ptr == end;
    case AT_BOUNDARY:
    case AT_NON_BOUNDARY:
      if (end == 0) return false;
      before = ptr > 0 && is_ascii_word(s[ptr - 1]);
      here = ptr < end && is_ascii_word(s[ptr]);
      return (before != here) == (code == AT_BOUNDARY);
    case AT_LOC_BOUNDARY:
    case AT_LOC_NON_BOUNDARY:
      if (end == 0) return false;
      before = ptr > 0 && is_locale_word(s[ptr - 1]);
      here = ptr < end && is_locale_word(s[ptr]);
      return (before != here) == (code == AT_LOC_BOUNDARY);
    case AT_UNI_BOUNDARY:
    case AT_UNI_NON_BOUNDARY:
      if (end == 0) return false;
      before = ptr > 0 && is_unicode_word(s[ptr - 1]);
      here = ptr < end && is_unicode_word(s[ptr]);
      return (before != here) == (code == AT_UNI_BOUNDARY);
    default:
      return false;
  }
}

template <class Char>
int64_t Engine<Char>::find_char(int64_t from, int64_t stop, Code c) const {
  if (from >= stop) return stop;
  if constexpr (sizeof(Char) == 1) {
    if (c > 0xFF) return stop;
    const void* hit = std::memchr(s_ + from, static_cast<int>(c), static_cast<size_t>(stop - from));
    return hit ? static_cast<const Char*>(hit) - s_ : stop;
  } else {
    const Char* s = s_;
    while (from < stop && s[from] != c) ++from;
    return from;
  }
}

// How many times (up to maxcount) the one-character item matches from st.ptr.
template <class Char>
int64_t Engine<Char>::count(const Code* item, int64_t maxcount) {
  const Char* s = s_;
  int64_t start = st_.ptr;
  int64_t ptr = start;
  int64_t stop = st_.end;
  if (maxcount < stop - ptr && maxcount != static_cast<int64_t>(kMaxRepeat)) stop = ptr + maxcount;
  Code c = item[1];
  switch (item[0]) {
    case IN:
    case IN_IGNORE:
    case IN_UNI_IGNORE:
    case IN_LOC_IGNORE:
      ptr = span_set(item, ptr, stop);
      break;
    case ANY:
      ptr = find_char(ptr, stop, '\n');
      break;
    case ANY_ALL:
      ptr = stop > ptr ? stop : ptr;
      break;
    case CATEGORY:
      while (ptr < stop && in_category(c, s[ptr])) ptr++;
      break;
    case LITERAL:
      while (ptr < stop && s[ptr] == c) ptr++;
      break;
    case LITERAL_IGNORE:
      while (ptr < stop && lower_ascii(s[ptr]) == c) ptr++;
      break;
    case LITERAL_UNI_IGNORE:
      while (ptr < stop && lower_unicode(s[ptr]) == c) ptr++;
      break;
    case LITERAL_LOC_IGNORE:
      while (ptr < stop && char_loc_ignore(c, s[ptr])) ptr++;
      break;
    case NOT_LITERAL:
      ptr = find_char(ptr, stop, c);
      break;
    case NOT_LITERAL_IGNORE:
      while (ptr < stop && lower_ascii(s[ptr]) != c) ptr++;
      break;
    case NOT_LITERAL_UNI_IGNORE:
      while (ptr < stop && lower_unicode(s[ptr]) != c) ptr++;
      break;
    case NOT_LITERAL_LOC_IGNORE:
      while (ptr < stop && !char_loc_ignore(c, s[ptr])) ptr++;
      break;
    default:
      // Any other item: run it as a pattern of its own, once per step. An
      // item that matches without advancing ends the count.
      while (st_.ptr < stop) {
        int64_t before = st_.ptr;
        int64_t status = match(item, false);
        if (status < 0) return status;
        if (status == 0 || st_.ptr == before) break;
      }
      return st_.ptr - start;
  }
  return ptr - start;
}

template <class Char>
int64_t Engine<Char>::match(const Code* pattern, bool toplevel) {
  MatchState& st = st_;
  const Char* const s = s_;
  const int64_t end = st.end;
  ChunkedStack<Frame>& frames = st.frames;
  const size_t base = frames.size();
  int64_t result = 0;  // of the frame that just finished: 1 matched, 0 failed
  int64_t ptr = 0;
  int64_t n = 0;
  int64_t p = 0, e = 0;
  int32_t group = 0;
  int32_t tail_repeat = -1;
  uint8_t resume = kResumeNone;
  uint32_t steps = 0;  // instructions since the last interrupt check
  Frame* ctx;

#define SAVE_LASTMARK()                \
  do {                                 \
    ctx->lastmark = st.lastmark;       \
    ctx->lastindex = st.lastindex;     \
  } while (0)
#define RESTORE_LASTMARK()             \
  do {                                 \
    st.lastmark = ctx->lastmark;       \
    st.lastindex = ctx->lastindex;     \
  } while (0)
#define REP (st.repeats[static_cast<size_t>(ctx->aux)])
  // Runs the sub-pattern at `next` from st.ptr; continues at `label` with
  // `result` set, pattern and ptr restored and ctx the current frame again.
#define CALL(kind, next, top, label)                                    \
  do {                                                                  \
    const Code* next_ = (next);                                         \
    bool top_ = (top);                                                  \
    ctx->pattern = pattern;                                             \
    ctx->ptr = ptr;                                                     \
    frames.push_back(Frame{nullptr, 0, 0, 0, 0, 0, kind, top_});        \
    ctx = &frames.back();                                               \
    pattern = next_;                                                    \
    goto entrance;                                                      \
  } while (0);                                                          \
  label:
#define FAIL goto fail
#define SUCCEED goto succeed
#define ERROR(code)            \
  do {                         \
    frames.truncate(base);     \
    return (code);             \
  } while (0)

  frames.push_back(Frame{nullptr, 0, 0, 0, 0, 0, kResumeNone, toplevel});
  ctx = &frames.back();

entrance:
  ptr = st.ptr;
  if (pattern[0] == INFO) {
    // <INFO> <skip> <flags> <min> ...: too few characters left means no match.
    if (pattern[3] && static_cast<uint64_t>(end - ptr) < pattern[3]) FAIL;
    pattern += pattern[1] + 1;
  }

  for (;;) {
    if ((++steps & 0xFFF) == 0 && interrupt_pending() && handle_interrupt() < 0) ERROR(kErrorInterrupted);
    switch (*pattern++) {
      case MARK:
        group = static_cast<int32_t>(pattern[0]);
        if (group & 1) st.lastindex = group / 2 + 1;
        if (group > st.lastmark) {
          // Marks between the old last one and this one were never reached.
          for (int32_t j = st.lastmark + 1; j < group; ++j) st.marks[static_cast<size_t>(j)] = -1;
          st.lastmark = group;
        }
        st.marks[static_cast<size_t>(group)] = ptr;
        pattern++;
        break;

      case LITERAL:
        if (ptr >= end || s[ptr] != pattern[0]) FAIL;
        pattern++;
        ptr++;
        break;
      case NOT_LITERAL:
        if (ptr >= end || s[ptr] == pattern[0]) FAIL;
        pattern++;
        ptr++;
        break;
      case LITERAL_IGNORE:
        if (ptr >= end || lower_ascii(s[ptr]) != pattern[0]) FAIL;
        pattern++;
        ptr++;
        break;
      case NOT_LITERAL_IGNORE:
        if (ptr >= end || lower_ascii(s[ptr]) == pattern[0]) FAIL;
        pattern++;
        ptr++;
        break;
      case LITERAL_UNI_IGNORE:
        if (ptr >= end || lower_unicode(s[ptr]) != pattern[0]) FAIL;
        pattern++;
        ptr++;
        break;
      case NOT_LITERAL_UNI_IGNORE:
        if (ptr >= end || lower_unicode(s[ptr]) == pattern[0]) FAIL;
        pattern++;
        ptr++;
        break;
      case LITERAL_LOC_IGNORE:
        if (ptr >= end || !char_loc_ignore(pattern[0], s[ptr])) FAIL;
        pattern++;
        ptr++;
        break;
      case NOT_LITERAL_LOC_IGNORE:
        if (ptr >= end || char_loc_ignore(pattern[0], s[ptr])) FAIL;
        pattern++;
        ptr++;
        break;

      case SUCCESS:
        if (ctx->toplevel && ((st.match_all && ptr != end) || (st.must_advance && ptr == st.start))) FAIL;
        st.ptr = ptr;
        SUCCEED;

      case AT:
        if (!at(ptr, pattern[0])) FAIL;
        pattern++;
        break;

      case CATEGORY:
        if (ptr >= end || !in_category(pattern[0], s[ptr])) FAIL;
        pattern++;
        ptr++;
        break;

      case ANY:
        if (ptr >= end || s[ptr] == '\n') FAIL;
        ptr++;
        break;
      case ANY_ALL:
        if (ptr >= end) FAIL;
        ptr++;
        break;

      case IN:
      case IN_IGNORE:
      case IN_UNI_IGNORE:
      case IN_LOC_IGNORE:
        if (ptr >= end || !set_accepts(pattern - 1, s[ptr])) FAIL;
        pattern += pattern[0];
        ptr++;
        break;

      case JUMP:
      case INFO:
        pattern += pattern[0];
        break;

      case BRANCH:
        // <BRANCH> <skip> alternative <JUMP> ... <0>
        SAVE_LASTMARK();
        if (st.repeat >= 0) push_marks(st, ctx->lastmark);
        for (; pattern[0]; pattern += pattern[0]) {
          // Skip alternatives whose first character cannot match.
          if (pattern[1] == LITERAL && (ptr >= end || s[ptr] != pattern[2])) continue;
          if (pattern[1] == IN && (ptr >= end || !set_accepts(pattern + 1, s[ptr]))) continue;
          st.ptr = ptr;
          CALL(kResumeBranch, pattern + 1, ctx->toplevel, resume_branch);
          if (result) {
            if (st.repeat >= 0) drop_marks(st, ctx->lastmark);
            SUCCEED;
          }
          if (st.repeat >= 0) peek_marks(st, ctx->lastmark);
          RESTORE_LASTMARK();
        }
        if (st.repeat >= 0) drop_marks(st, ctx->lastmark);
        FAIL;

      case REPEAT_ONE:
        // <REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail: greedy, one
        // character per iteration; gives back characters until the tail matches.
        if (static_cast<int64_t>(pattern[1]) > end - ptr) FAIL;
        st.ptr = ptr;
        n = count(pattern + 3, pattern[2]);
        if (n < 0) ERROR(n);
        ctx->count = n;
        ptr += n;
        if (n < static_cast<int64_t>(pattern[1])) FAIL;
        if (pattern[pattern[0]] == SUCCESS && ptr == end &&
            !(ctx->toplevel && st.must_advance && ptr == st.start)) {
          st.ptr = ptr;  // nothing follows: done
          SUCCEED;
        }
        SAVE_LASTMARK();
        if (st.repeat >= 0) push_marks(st, ctx->lastmark);
        if (pattern[pattern[0]] == LITERAL) {
          // The tail starts with a literal: only try positions followed by it.
          ctx->aux = pattern[pattern[0] + 1];
          for (;;) {
            // The last position (down to the minimum) holding the literal.
            n = ctx->count < static_cast<int64_t>(pattern[1])
                    ? -1
                    : rfind_char(ptr - (ctx->count - static_cast<int64_t>(pattern[1])), ptr < end ? ptr : end - 1,
                                 static_cast<Code>(ctx->aux));
            if (n < 0) break;
            ctx->count -= ptr - n;
            ptr = n;
            st.ptr = ptr;
            CALL(kResumeRepeatOneLiteral, pattern + pattern[0], ctx->toplevel, resume_repeat_one_literal);
            if (result) {
              if (st.repeat >= 0) drop_marks(st, ctx->lastmark);
              SUCCEED;
            }
            if (st.repeat >= 0) peek_marks(st, ctx->lastmark);
            RESTORE_LASTMARK();
            ptr--;
            ctx->count--;
          }
        } else {
          while (ctx->count >= static_cast<int64_t>(pattern[1])) {
            st.ptr = ptr;
            CALL(kResumeRepeatOne, pattern + pattern[0], ctx->toplevel, resume_repeat_one);
            if (result) {
              if (st.repeat >= 0) drop_marks(st, ctx->lastmark);
              SUCCEED;
            }
            if (st.repeat >= 0) peek_marks(st, ctx->lastmark);
            RESTORE_LASTMARK();
            ptr--;
            ctx->count--;
          }
        }
        if (st.repeat >= 0) drop_marks(st, ctx->lastmark);
        FAIL;

      case MIN_REPEAT_ONE:
        // <MIN_REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail: lazy.
        if (static_cast<int64_t>(pattern[1]) > end - ptr) FAIL;
        st.ptr = ptr;
        if (pattern[1] == 0) {
          ctx->count = 0;
        } else {
          n = count(pattern + 3, pattern[1]);
          if (n < 0) ERROR(n);
          if (n < static_cast<int64_t>(pattern[1])) FAIL;
          ctx->count = n;
          ptr += n;
        }
        if (pattern[pattern[0]] == SUCCESS &&
            !(ctx->toplevel && ((st.match_all && ptr != end) || (st.must_advance && ptr == st.start)))) {
          st.ptr = ptr;
          SUCCEED;
        }
        SAVE_LASTMARK();
        if (st.repeat >= 0) push_marks(st, ctx->lastmark);
        while (pattern[2] == kMaxRepeat || ctx->count <= static_cast<int64_t>(pattern[2])) {
          if (pattern[pattern[0]] == LITERAL && is_one_character(pattern[3])) {
            n = next_literal_tail(pattern, ptr, ctx->count);
            if (n < 0) break;
            ctx->count += n - ptr;
            ptr = n;
          }
          st.ptr = ptr;
          CALL(kResumeMinRepeatOne, pattern + pattern[0], ctx->toplevel, resume_min_repeat_one);
          if (result) {
            if (st.repeat >= 0) drop_marks(st, ctx->lastmark);
            SUCCEED;
          }
          if (st.repeat >= 0) peek_marks(st, ctx->lastmark);
          RESTORE_LASTMARK();
          st.ptr = ptr;
          n = count(pattern + 3, 1);
          if (n < 0) ERROR(n);
          if (n == 0) break;
          ptr++;
          ctx->count++;
        }
        if (st.repeat >= 0) drop_marks(st, ctx->lastmark);
        FAIL;

      case POSSESSIVE_REPEAT_ONE:
        // Greedy without giving anything back.
        if (static_cast<int64_t>(pattern[1]) > end - ptr) FAIL;
        st.ptr = ptr;
        n = count(pattern + 3, pattern[2]);
        if (n < 0) ERROR(n);
        ctx->count = n;
        ptr += n;
        if (n < static_cast<int64_t>(pattern[1])) FAIL;
        pattern += pattern[0];
        if (*pattern == SUCCESS && ptr == end && !(ctx->toplevel && st.must_advance && ptr == st.start)) {
          st.ptr = ptr;
          SUCCEED;
        }
        break;

      case REPEAT:
        // <REPEAT> <skip> <min> <max> item <MAX_UNTIL or MIN_UNTIL> tail: the
        // UNTIL instruction does the work, with this repeat record.
        st.repeats.push_back(Repeat{-1, pattern, -1, st.repeat});
        ctx->aux = static_cast<int64_t>(st.repeats.size()) - 1;
        st.repeat = static_cast<int32_t>(ctx->aux);
        st.ptr = ptr;
        CALL(kResumeRepeat, pattern + pattern[0], ctx->toplevel, resume_repeat);
        st.repeat = REP.prev;
        st.repeats.pop_back();
        if (result) SUCCEED;
        FAIL;

      case MAX_UNTIL:
        if (st.repeat < 0) ERROR(kErrorState);
        ctx->aux = st.repeat;
        st.ptr = ptr;
        ctx->count = REP.count + 1;
        if (ctx->count < static_cast<int64_t>(REP.pattern[1])) {
          // Not enough iterations yet: one more is required.
          REP.count = ctx->count;
          CALL(kResumeMaxUntilMin, REP.pattern + 3, ctx->toplevel, resume_max_until_min);
          if (result) SUCCEED;
          REP.count = ctx->count - 1;
          st.ptr = ptr;
          FAIL;
        }
        if ((ctx->count < static_cast<int64_t>(REP.pattern[2]) || REP.pattern[2] == kMaxRepeat) &&
            st.ptr != REP.last_ptr) {
          // Try one more iteration (unless the last one matched empty here).
          REP.count = ctx->count;
          SAVE_LASTMARK();
          push_marks(st, ctx->lastmark);
          st.saved.push_back(REP.last_ptr);
          REP.last_ptr = st.ptr;
          CALL(kResumeMaxUntilMore, REP.pattern + 3, ctx->toplevel, resume_max_until_more);
          REP.last_ptr = st.saved.back();
          st.saved.pop_back();
          if (result) {
            drop_marks(st, ctx->lastmark);
            SUCCEED;
          }
          pop_marks(st, ctx->lastmark);
          RESTORE_LASTMARK();
          REP.count = ctx->count - 1;
          st.ptr = ptr;
        }
        // No more iterations: the tail must match, outside this repeat.
        st.repeat = REP.prev;
        CALL(kResumeMaxUntilTail, pattern, ctx->toplevel, resume_max_until_tail);
        st.repeat = static_cast<int32_t>(ctx->aux);
        if (result) SUCCEED;
        st.ptr = ptr;
        FAIL;

      case MIN_UNTIL:
        if (st.repeat < 0) ERROR(kErrorState);
        ctx->aux = st.repeat;
        st.ptr = ptr;
        ctx->count = REP.count + 1;
        if (ctx->count < static_cast<int64_t>(REP.pattern[1])) {
          REP.count = ctx->count;
          CALL(kResumeMinUntilMin, REP.pattern + 3, ctx->toplevel, resume_min_until_min);
          if (result) SUCCEED;
          REP.count = ctx->count - 1;
          st.ptr = ptr;
          FAIL;
        }
        // Try the tail first, outside this repeat.
        st.repeat = REP.prev;
        SAVE_LASTMARK();
        if (st.repeat >= 0) push_marks(st, ctx->lastmark);
        CALL(kResumeMinUntilTail, pattern, ctx->toplevel, resume_min_until_tail);
        tail_repeat = st.repeat;
        st.repeat = static_cast<int32_t>(ctx->aux);
        if (result) {
          if (tail_repeat >= 0) drop_marks(st, ctx->lastmark);
          SUCCEED;
        }
        if (tail_repeat >= 0) pop_marks(st, ctx->lastmark);
        RESTORE_LASTMARK();
        st.ptr = ptr;
        if ((ctx->count >= static_cast<int64_t>(REP.pattern[2]) && REP.pattern[2] != kMaxRepeat) ||
            st.ptr == REP.last_ptr) {
          FAIL;
        }
        // Then one more iteration.
        REP.count = ctx->count;
        st.saved.push_back(REP.last_ptr);
        REP.last_ptr = st.ptr;
        CALL(kResumeMinUntilMore, REP.pattern + 3, ctx->toplevel, resume_min_until_more);
        REP.last_ptr = st.saved.back();
        st.saved.pop_back();
        if (result) SUCCEED;
        REP.count = ctx->count - 1;
        st.ptr = ptr;
        FAIL;

      case POSSESSIVE_REPEAT:
        // <POSSESSIVE_REPEAT> <skip> <min> <max> item <SUCCESS> tail: each
        // iteration is matched on its own and never reconsidered.
        st.ptr = ptr;
        ctx->count = 0;
        while (ctx->count < static_cast<int64_t>(pattern[1])) {
          CALL(kResumePossessiveMin, pattern + 3, false, resume_possessive_min);
          if (!result) {
            st.ptr = ptr;
            FAIL;
          }
          ctx->count++;
        }
        ptr = -1;  // the start of the last iteration; none yet
        while ((ctx->count < static_cast<int64_t>(pattern[2]) || pattern[2] == kMaxRepeat) && st.ptr != ptr) {
          SAVE_LASTMARK();
          push_marks(st, ctx->lastmark);
          ptr = st.ptr;
          CALL(kResumePossessiveMore, pattern + 3, false, resume_possessive_more);
          if (result) {
            drop_marks(st, ctx->lastmark);
            ctx->count++;
          } else {
            // CPython 3.11 leaves st.ptr where the failed iteration left it
            // and the tail goes on from there (later releases restore it).
            // Taipan does the same, except that it never lets the position
            // go back before the iteration's start: there CPython's match
            // would end before it began, and findall() would loop forever.
            pop_marks(st, ctx->lastmark);
            RESTORE_LASTMARK();
            if (st.ptr < ptr) st.ptr = ptr;
            break;
          }
        }
        pattern += pattern[0] + 1;
        ptr = st.ptr;
        break;

      case ATOMIC_GROUP:
        // <ATOMIC_GROUP> <skip> pattern <SUCCESS> tail
        st.ptr = ptr;
        CALL(kResumeAtomic, pattern + 1, false, resume_atomic);
        if (!result) {
          st.ptr = ptr;
          FAIL;
        }
        pattern += pattern[0];
        ptr = st.ptr;
        break;

      case GROUPREF:
      case GROUPREF_IGNORE:
      case GROUPREF_UNI_IGNORE:
      case GROUPREF_LOC_IGNORE:
        group = static_cast<int32_t>(pattern[0]) * 2;
        if (group >= st.lastmark) FAIL;
        p = st.marks[static_cast<size_t>(group)];
        e = st.marks[static_cast<size_t>(group) + 1];
        if (p < 0 || e < 0 || e < p) FAIL;
        if (e - p > end - ptr) FAIL;
        switch (pattern[-1]) {
          case GROUPREF:
            for (; p < e; ++p, ++ptr) {
              if (s[ptr] != s[p]) FAIL;
            }
            break;
          case GROUPREF_IGNORE:
            for (; p < e; ++p, ++ptr) {
              if (lower_ascii(s[ptr]) != lower_ascii(s[p])) FAIL;
            }
            break;
          case GROUPREF_UNI_IGNORE:
            for (; p < e; ++p, ++ptr) {
              if (lower_unicode(s[ptr]) != lower_unicode(s[p])) FAIL;
            }
            break;
          default:
            for (; p < e; ++p, ++ptr) {
              if (lower_locale(s[ptr]) != lower_locale(s[p])) FAIL;
            }
            break;
        }
        pattern++;
        break;

      case GROUPREF_EXISTS:
        // <GROUPREF_EXISTS> <group> <skip> yes-part [<JUMP> <skip> no-part]
        group = static_cast<int32_t>(pattern[0]) * 2;
        if (group >= st.lastmark || st.marks[static_cast<size_t>(group)] < 0 ||
            st.marks[static_cast<size_t>(group) + 1] < 0 ||
            st.marks[static_cast<size_t>(group) + 1] < st.marks[static_cast<size_t>(group)]) {
          pattern += pattern[1];
        } else {
          pattern += 2;
        }
        break;

      case ASSERT:
        // <ASSERT> <skip> <back> pattern <SUCCESS>: back > 0 for a lookbehind.
        if (ptr < static_cast<int64_t>(pattern[1])) FAIL;
        st.ptr = ptr - pattern[1];
        CALL(kResumeAssert, pattern + 2, false, resume_assert);
        if (!result) FAIL;
        pattern += pattern[0];
        break;

      case ASSERT_NOT:
        if (ptr >= static_cast<int64_t>(pattern[1])) {
          st.ptr = ptr - pattern[1];
          SAVE_LASTMARK();
          if (st.repeat >= 0) push_marks(st, ctx->lastmark);
          CALL(kResumeAssertNot, pattern + 2, false, resume_assert_not);
          if (result) {
            if (st.repeat >= 0) drop_marks(st, ctx->lastmark);
            FAIL;
          }
          if (st.repeat >= 0) pop_marks(st, ctx->lastmark);
          RESTORE_LASTMARK();
        }
        pattern += pattern[0];
        break;

      case FAILURE:
        FAIL;

      default:
        ERROR(kErrorIllegal);
    }
  }

fail:
  result = 0;
  goto finish;
succeed:
  result = 1;
finish:
  resume = frames.back().resume;
  frames.pop_back();
  if (frames.size() == base) return result;
  ctx = &frames.back();
  pattern = ctx->pattern;
  ptr = ctx->ptr;
  switch (resume) {
    case kResumeBranch: goto resume_branch;
    case kResumeRepeatOneLiteral: goto resume_repeat_one_literal;
    case kResumeRepeatOne: goto resume_repeat_one;
    case kResumeMinRepeatOne: goto resume_min_repeat_one;
    case kResumeRepeat: goto resume_repeat;
    case kResumeMaxUntilMin: goto resume_max_until_min;
    case kResumeMaxUntilMore: goto resume_max_until_more;
    case kResumeMaxUntilTail: goto resume_max_until_tail;
    case kResumeMinUntilMin: goto resume_min_until_min;
    case kResumeMinUntilTail: goto resume_min_until_tail;
    case kResumeMinUntilMore: goto resume_min_until_more;
    case kResumePossessiveMin: goto resume_possessive_min;
    case kResumePossessiveMore: goto resume_possessive_more;
    case kResumeAtomic: goto resume_atomic;
    case kResumeAssert: goto resume_assert;
    case kResumeAssertNot: goto resume_assert_not;
    default: ERROR(kErrorState);
  }

#undef SAVE_LASTMARK
#undef RESTORE_LASTMARK
#undef REP
#undef CALL
#undef FAIL
#undef SUCCEED
#undef ERROR
}

template <class Char>
int64_t Engine<Char>::search(const Code* pattern) {
  MatchState& st = st_;
  const Char* const s = s_;
  int64_t ptr = st.start;
  int64_t end = st.end;
  int64_t status = 0;
  Code flags = 0;
  int64_t prefix_len = 0, prefix_skip = 0;
  const Code* prefix = nullptr;
  const Code* charset = nullptr;

  if (ptr > end) return 0;
  if (pattern[0] == INFO) {
    // <INFO> <skip> <flags> <min> <max> [prefix | charset]
    flags = pattern[2];
    if (pattern[3] && end - ptr < static_cast<int64_t>(pattern[3])) return 0;
    if (pattern[3] > 1) {
      // No match can start in the last min-1 characters.
      end -= pattern[3] - 1;
      if (end <= ptr) end = ptr;
    }
    if (flags & INFO_PREFIX) {
      prefix_len = pattern[5];
      prefix_skip = pattern[6];
      prefix = pattern + 7;
    } else if (flags & INFO_CHARSET) {
      charset = pattern + 5;
    }
    pattern += 1 + pattern[1];
  }

  if (prefix_len >= 1) {
    // Try each occurrence of the literal prefix, left to right.
    end = st.end;
    if (prefix_len > end - ptr) return 0;
    st.must_advance = false;
    const Code* rest = pattern + 2 * prefix_skip;
    for (;;) {
      ptr = find_char(ptr, end - prefix_len + 1, prefix[0]);
      if (ptr > end - prefix_len) return 0;
      int64_t i = 1;
      while (i < prefix_len && s[ptr + i] == prefix[i]) ++i;
      if (i == prefix_len) {
        st.start = ptr;
        st.ptr = ptr + prefix_skip;
        if (flags & INFO_LITERAL) return 1;  // the pattern is just the prefix
        status = match(rest, false);
        if (status != 0) return status;
        new_attempt();
      }
      ++ptr;
    }
  }

  if (charset || st.accel->has_first) {
    // Try each position holding one of the possible first characters.
    end = st.end;
    st.must_advance = false;
    for (;;) {
      ptr = skip_to_first(ptr, end);
      if (ptr >= end) return 0;
      st.start = ptr;
      st.ptr = ptr;
      status = match(pattern, false);
      if (status != 0) return status;
      ptr++;
      new_attempt();
    }
  }

  // Try every position.
  st.start = st.ptr = ptr;
  status = match(pattern, true);
  st.must_advance = false;
  if (status == 0 && pattern[0] == AT && (pattern[1] == AT_BEGINNING || pattern[1] == AT_BEGINNING_STRING)) {
    st.start = st.ptr = end;
    return 0;
  }
  while (status == 0 && ptr < end) {
    ptr++;
    new_attempt();
    st.start = st.ptr = ptr;
    status = match(pattern, false);
  }
  return status;
}

}  // namespace

int64_t sre_match(MatchState& state, const Code* code) {
  switch (state.charsize) {
    case 1: return Engine<uint8_t>(state).match(code, true);
    case 2: return Engine<uint16_t>(state).match(code, true);
    default: return Engine<uint32_t>(state).match(code, true);
  }
}

int64_t sre_search(MatchState& state, const Code* code) {
  switch (state.charsize) {
    case 1: return Engine<uint8_t>(state).search(code);
    case 2: return Engine<uint16_t>(state).search(code);
    default: return Engine<uint32_t>(state).search(code);
  }
}

}  // namespace taipan::sre
