// _ssl.SSLSession: a TLS session that a connection got (SSLSocket.session)
// and a later one may resume; read-only facts about it, compared by id.
#include "modules/ssl/ssl.h"
#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "runtime/errors.h"
#include "runtime/memory.h"

namespace taipan::ssl {

Type session_type;

namespace {

SessionObject* as_session(Value v) { return v.as<SessionObject>(); }

void session_dealloc(Object* self) {
  auto* s = static_cast<SessionObject*>(self);
  SSL_SESSION_free(s->session);
  decref(s->context);
  free_object(self);
}

std::string_view session_id(SSL_SESSION* s) {
  unsigned int len = 0;
  const unsigned char* id = SSL_SESSION_get_id(s, &len);
  return {reinterpret_cast<const char*>(id), len};
}

Ref session_compare(Value a, Value b, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || type_of(b) != &session_type) return Ref::borrow(not_implemented_value());
  bool same = a.as_object() == b.as_object() || session_id(as_session(a)->session) == session_id(as_session(b)->session);
  return Ref::boolean(op == CompareOp::Eq ? same : !same);
}

Ref get_id(Value self) { return bytes_from_string(session_id(as_session(self)->session)); }
Ref get_time(Value self) { return int_from_int64(static_cast<int64_t>(SSL_SESSION_get_time(as_session(self)->session))); }
Ref get_timeout(Value self) {
  return int_from_int64(static_cast<int64_t>(SSL_SESSION_get_timeout(as_session(self)->session)));
}
Ref get_lifetime_hint(Value self) {
  return int_from_int64(static_cast<int64_t>(SSL_SESSION_get_ticket_lifetime_hint(as_session(self)->session)));
}
Ref get_has_ticket(Value self) { return Ref::boolean(SSL_SESSION_has_ticket(as_session(self)->session) != 0); }

const GetSetDef kGetSets[] = {
    {"id", get_id, nullptr, "Session id"},
    {"time", get_time, nullptr, "Session creation time (seconds since epoch)."},
    {"timeout", get_timeout, nullptr, "Session timeout (delta in seconds)."},
    {"ticket_lifetime_hint", get_lifetime_hint, nullptr, "Ticket life time hint."},
    {"has_ticket", get_has_ticket, nullptr, "Does the session contain a ticket?"},
    {nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

Ref session_new(SSL_SESSION* session, Value context) {
  auto* s = new_object<SessionObject>(&session_type);
  if (s == nullptr) {
    SSL_SESSION_free(session);
    return nullptr;
  }
  s->session = session;
  incref(context);
  s->context = context;
  return Ref::steal(s);
}

int init_session_type() {
  if (ready_type(&session_type, "_ssl.SSLSession", sizeof(SessionObject), session_dealloc, nullptr, nullptr,
                 kGetSets, false) < 0) {
    return -1;
  }
  session_type.richcompare = session_compare;
  return 0;
}

}  // namespace taipan::ssl
