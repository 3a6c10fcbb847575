// Subject: the characters a pattern runs over (a str's code units, or the
// bytes of a bytes-like object), and the MatchState set up over them.
#include <memory>
#include <string>
#include <vector>

#include "modules/sre/sre_objects.h"
#include "objects/bytes.h"
#include "objects/str.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"

namespace taipan::sre {

Subject::~Subject() {
  if (locked_ != nullptr) --locked_->exports;
}

bool Subject::init(Value string) {
  object_ = Ref::borrow(string);
  if (is_str(string)) {
    Str* s = string.as<Str>();
    data_ = s->data;
    charsize_ = s->kind;
    length_ = s->length;
    isbytes_ = false;
    return true;
  }
  if (is_bytes(string) || is_bytearray(string)) {
    if (is_bytearray(string)) {
      locked_ = string.as<ByteArray>();
      ++locked_->exports;
    }
  }
  if (!get_buffer(string, &buffer_)) {
    if (!error_occurred()) {
      raise(exc::TypeError, std::string("expected string or bytes-like object, got '") + type_name_of(string) + "'");
    }
    return false;
  }
  if (locked_ == nullptr && !is_bytes(string) && buffer_.copy.empty()) {
    // A view into an object this code cannot pin: keep a copy.
    buffer_.copy.assign(buffer_.data);
    buffer_.data = buffer_.copy;
  }
  data_ = buffer_.data.data();
  charsize_ = 1;
  length_ = static_cast<int64_t>(buffer_.data.size());
  isbytes_ = true;
  return true;
}

Ref Subject::slice(int64_t start, int64_t end) const {
  if (!isbytes_) return str_substring(object_.as<Str>(), start, end);
  Value v = object_.get();
  if (v.is_object() && v.as_object()->type == &bytes_type && start == 0 && end == length_) return object_;
  if (end < start) end = start;
  return bytes_from_string(
      std::string_view(static_cast<const char*>(data_) + start, static_cast<size_t>(end - start)));
}

namespace {

// Stacks beyond this many bytes are freed when a lease ends.
constexpr size_t kKeptStackBytes = size_t{1} << 20;
constexpr size_t kPooledStates = 4;

thread_local std::vector<std::unique_ptr<MatchState>> free_states;

}  // namespace

StateLease::StateLease() {
  if (free_states.empty()) {
    state_ = new MatchState();
  } else {
    state_ = free_states.back().release();
    free_states.pop_back();
  }
}

StateLease::~StateLease() {
  state_->frames.trim(kKeptStackBytes);
  state_->saved.trim(kKeptStackBytes);
  state_->repeats.trim(kKeptStackBytes);
  if (free_states.size() < kPooledStates) {
    free_states.emplace_back(state_);
  } else {
    delete state_;
  }
}

bool state_init(MatchState& state, const Subject& subject, PatternObject* p, int64_t pos, int64_t endpos) {
  if (subject.isbytes() && p->isbytes == 0) {
    raise(exc::TypeError, "cannot use a string pattern on a bytes-like object");
    return false;
  }
  if (!subject.isbytes() && p->isbytes > 0) {
    raise(exc::TypeError, "cannot use a bytes pattern on a string-like object");
    return false;
  }
  int64_t length = subject.length();
  pos = pos < 0 ? 0 : (pos > length ? length : pos);
  endpos = endpos < 0 ? 0 : (endpos > length ? length : endpos);
  state.init(subject.data(), subject.charsize(), length, p->groups);
  state.code = p->code;
  state.accel = p->accel;
  state.start = state.ptr = pos;
  state.end = endpos;
  state.pos = pos;
  state.endpos = endpos;
  state.match_all = false;
  state.must_advance = false;
  return true;
}

}  // namespace taipan::sre
