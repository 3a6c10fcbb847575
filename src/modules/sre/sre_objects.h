// The objects of _sre: Pattern (re.Pattern), Match (re.Match) and
// SRE_Scanner, and Subject, the characters of a string or bytes-like object
// being searched. Shared by sre_pattern.cpp, sre_match.cpp, sre_scanner.cpp
// and sre_module.cpp.
#pragma once

#include <memory>
#include <string>

#include "modules/sre/sre_engine.h"
#include "objects/bytes.h"
#include "objects/type.h"

namespace taipan::sre {

struct PatternObject : Object {
  Value pattern;     // the source (str, bytes-like or None), owned
  Value groupindex;  // dict of group names, owned; null when there are none
  Value indexgroup;  // tuple of names by group number, owned; null when none
  Value weakrefs;
  int64_t flags;
  int64_t groups;    // capturing groups
  int isbytes;       // 1 bytes pattern, 0 str pattern, -1 pattern None
  Accel* accel;      // tables computed from the code, owned
  int64_t codesize;
  alignas(8) Code code[];
};

struct MatchObject : Object {
  Value string;   // the subject, owned
  Value pattern;  // the PatternObject, owned
  Value regs;     // cached regs tuple, owned; null until asked
  int64_t pos, endpos;
  int64_t lastindex;  // -1 for None
  int64_t groups;     // pattern groups + 1
  int64_t marks[];    // 2 per group (group 0 first); -1 for an unmatched group
};

extern Type pattern_type;
extern Type match_type;
extern Type scanner_type;

// The characters of the object being matched. A bytearray keeps an export
// while a Subject uses it, so it cannot be resized under the engine; other
// buffer objects (memoryview, array) are copied.
class Subject {
 public:
  Subject() = default;
  Subject(const Subject&) = delete;
  Subject& operator=(const Subject&) = delete;
  ~Subject();
  // False with TypeError "expected string or bytes-like object, got 'X'".
  bool init(Value string);

  Value object() const { return object_.get(); }
  const void* data() const { return data_; }
  int charsize() const { return charsize_; }
  int64_t length() const { return length_; }
  bool isbytes() const { return isbytes_; }
  // string[start:end] as str (for a str subject) or bytes.
  Ref slice(int64_t start, int64_t end) const;

 private:
  Ref object_;
  const void* data_ = nullptr;
  int charsize_ = 1;
  int64_t length_ = 0;
  bool isbytes_ = false;
  Buffer buffer_;
  ByteArray* locked_ = nullptr;
};

// A MatchState borrowed from a per-thread pool for one operation, so the
// stacks a match grows are reused by the next one instead of being grown
// again (their memory is returned when they have grown very large).
class StateLease {
 public:
  StateLease();
  ~StateLease();
  StateLease(const StateLease&) = delete;
  StateLease& operator=(const StateLease&) = delete;
  MatchState& operator*() { return *state_; }

 private:
  MatchState* state_;
};

// A MatchState set up on a subject for pattern p between pos and endpos
// (clamped as CPython clamps them). False with TypeError for a subject of
// the wrong kind.
bool state_init(MatchState& state, const Subject& subject, PatternObject* p, int64_t pos, int64_t endpos);

// Raises the exception for a negative engine status and returns null.
Ref engine_error(int64_t status);

// A Match object for the state's successful match (status 1), None for
// status 0, or null with the engine's error.
Ref new_match(PatternObject* p, const Subject& subject, const MatchState& state, int64_t status);

// Calls re.<function>(*args) in the Python part of the re package.
Ref call_re_module(const char* function, std::initializer_list<Value> args);

// A new scanner over string (pattern.scanner() and finditer()).
Ref new_scanner(PatternObject* p, Value string, int64_t pos, int64_t endpos);

int init_pattern_type();
int init_match_type();
int init_scanner_type();

}  // namespace taipan::sre
