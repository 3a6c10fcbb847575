// _sre.SRE_Scanner: successive matches over one subject (pattern.scanner(),
// and what finditer() iterates). Each match() or search() continues where
// the previous match ended; after an empty match the next one must advance.
#include "modules/sre/sre_objects.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"

namespace taipan::sre {

Type scanner_type;

namespace {

struct ScannerObject : Object {
  Value pattern;     // the PatternObject, owned
  Subject* subject;  // owned
  MatchState* state; // owned
  bool done;         // no more matches
  bool executing;
};

ScannerObject* as_scanner(Value v) { return v.as<ScannerObject>(); }

// One step: search (anywhere from the current position) or match (only there).
Ref scanner_step(Value self, bool search) {
  ScannerObject* sc = as_scanner(self);
  if (sc->executing) return raise(exc::ValueError, "regular expression scanner already executing");
  if (sc->done) return Ref::none();
  MatchState& state = *sc->state;
  auto* p = sc->pattern.as<PatternObject>();
  sc->executing = true;
  state.reset();
  state.ptr = state.start;
  int64_t status = search ? sre_search(state, p->code) : sre_match(state, p->code);
  sc->executing = false;
  if (error_occurred()) return nullptr;
  Ref match = new_match(p, *sc->subject, state, status);
  if (status == 0) {
    sc->done = true;
  } else {
    state.must_advance = state.ptr == state.start;
    state.start = state.ptr;
  }
  return match;
}

// CPython 3.11's scanner methods refuse positional arguments and ignore keywords.
Ref scanner_match(Value self, const Value*, size_t nargs, Tuple*) {
  if (nargs != 0) return raise(exc::TypeError, "match() takes no arguments");
  return scanner_step(self, false);
}

Ref scanner_search(Value self, const Value*, size_t nargs, Tuple*) {
  if (nargs != 0) return raise(exc::TypeError, "search() takes no arguments");
  return scanner_step(self, true);
}

Ref scanner_get_pattern(Value self) { return Ref::borrow(as_scanner(self)->pattern); }

void scanner_release(ScannerObject* sc) {
  delete sc->state;
  delete sc->subject;
  sc->state = nullptr;
  sc->subject = nullptr;
  Value p = sc->pattern;
  sc->pattern = Value();
  decref(p);
}

void scanner_dealloc(Object* self) {
  scanner_release(static_cast<ScannerObject*>(self));
  free_object(self);
}

void scanner_traverse(Object* self, VisitFn visit, void* arg) {
  auto* sc = static_cast<ScannerObject*>(self);
  if (!sc->pattern.is_null()) visit(sc->pattern, arg);
  if (sc->subject != nullptr) visit(sc->subject->object(), arg);
}

void scanner_clear(Object* self) {
  auto* sc = static_cast<ScannerObject*>(self);
  sc->done = true;
  Value p = sc->pattern;
  sc->pattern = Value();
  decref(p);
}

const MethodDef kScannerMethods[] = {
    {"match", scanner_match, kMethodInstance, nullptr},
    {"search", scanner_search, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kScannerGetSets[] = {
    {"pattern", scanner_get_pattern, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

Ref new_scanner(PatternObject* p, Value string, int64_t pos, int64_t endpos) {
  auto subject = std::make_unique<Subject>();
  if (!subject->init(string)) return nullptr;
  auto state = std::make_unique<MatchState>();
  if (!state_init(*state, *subject, p, pos, endpos)) return nullptr;
  auto* sc = new_object<ScannerObject>(&scanner_type);
  if (sc == nullptr) return nullptr;
  incref(p);
  sc->pattern = Value::object(p);
  sc->subject = subject.release();
  sc->state = state.release();
  return Ref::steal(sc);
}

int init_scanner_type() {
  Type& t = scanner_type;
  if (type_has_flag(&t, kTypeReady)) return 0;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = "_sre.SRE_Scanner";
  t.basic_size = sizeof(ScannerObject);
  t.flags = kTypeGC;
  t.base = &object_type;
  t.dealloc = scanner_dealloc;
  t.traverse = scanner_traverse;
  t.clear = scanner_clear;
  t.methods = kScannerMethods;
  t.getsets = kScannerGetSets;
  return type_ready(&t);
}

}  // namespace taipan::sre
