// sendmsg, recvmsg and recvmsg_into with ancillary data ((level, type,
// data) triples, as SCM_RIGHTS passes descriptors), and the CMSG_LEN /
// CMSG_SPACE functions that size it.
#include <sys/uio.h>

#include <cstring>
#include <string>
#include <vector>

#include "modules/posix/posix_args.h"
#include "modules/socket/socket.h"
#include "objects/buffer_pin.h"
#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan::socket {

namespace {

// Every item of an iterable, as a list.
Ref items_of(Value iterable, const char* message) {
  Ref list = list_from_iterable(iterable);
  if (!list && error_matches(exc::TypeError)) {
    clear_error();
    raise(exc::TypeError, message);
  }
  return list;
}

// recvmsg's ancbufsize and flags, read before the other checks as CPython's
// argument parser reads them.
bool ancillary_args(Value size, Value flags_value, int64_t* ancbufsize, int* flags) {
  *ancbufsize = 0;
  return (size.is_null() || posix::int64_arg(size, ancbufsize)) && flags_arg(flags_value, flags);
}

bool check_ancillary_size(int64_t n) {
  if (n < 0) {
    raise(exc::ValueError, "negative buffer size in recvmsg()");
    return false;
  }
  if (n > 0x7fffffff) {
    raise(exc::ValueError, "invalid ancillary data buffer length");
    return false;
  }
  return true;
}

// recvmsg's common part: receives into `iov` with room for `ancbufsize`
// bytes of ancillary data, sets *got to the bytes received and returns
// (None, ancdata, msg_flags, address); with_first() puts the data or the
// count in place of the None.
Ref receive(SocketObject* s, std::vector<iovec>& iov, int64_t ancbufsize, int flags, long* got) {
  std::string control(static_cast<size_t>(ancbufsize), '\0');
  SockAddr addr{};
  msghdr msg{};
  long r = sock_call(s, false, [&] {
    std::memset(&msg, 0, sizeof msg);
    msg.msg_name = &addr;
    msg.msg_namelen = sizeof addr;
    msg.msg_iov = iov.data();
    msg.msg_iovlen = iov.size();
    msg.msg_control = ancbufsize > 0 ? control.data() : nullptr;
    msg.msg_controllen = control.size();
    return ::recvmsg(s->fd, &msg, flags);
  });
  if (r < 0) return nullptr;
  *got = r;
  Ref ancdata = Ref::steal(list_new(0));
  if (!ancdata) return nullptr;
  if (msg.msg_controllen > 0) {
    for (cmsghdr* c = CMSG_FIRSTHDR(&msg); c != nullptr; c = CMSG_NXTHDR(&msg, c)) {
      const char* begin = reinterpret_cast<const char*>(CMSG_DATA(c));
      const char* end = reinterpret_cast<const char*>(c) + c->cmsg_len;
      const char* limit = control.data() + msg.msg_controllen;
      if (end > limit) end = limit;
      Ref data = bytes_from_string(std::string_view(begin, end > begin ? static_cast<size_t>(end - begin) : 0));
      if (!data) return nullptr;
      Ref item = tuple_pack({Value::small_int(c->cmsg_level), Value::small_int(c->cmsg_type), *data});
      if (!item || list_append(ancdata.as<List>(), *item) < 0) return nullptr;
    }
  }
  Ref address = make_address(&addr.sa, msg.msg_namelen);
  if (!address) return nullptr;
  return tuple_pack({Value::none(), *ancdata, Value::small_int(msg.msg_flags), *address});
}

// Replaces the first item of a 4-tuple made by receive().
Ref with_first(Ref result, Ref first) {
  if (!result || !first) return nullptr;
  Tuple* t = result.as<Tuple>();
  return tuple_pack({*first, t->items[1], t->items[2], t->items[3]});
}

}  // namespace

Ref socket_sendmsg(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[4];
  int flags;
  if (!parse_tuple("sendmsg", 1, 4, args, nargs, kwnames, a) || !flags_arg(a[2], &flags)) return nullptr;
  SocketObject* s = as_socket(self);
  Ref buffers = items_of(a[0], "sendmsg() argument 1 must be an iterable");
  if (!buffers) return nullptr;
  List* list = buffers.as<List>();
  std::vector<Buffer> views(static_cast<size_t>(list->size));
  std::vector<BufferPin> pins;
  std::vector<iovec> iov(views.size());
  for (size_t i = 0; i < views.size(); ++i) {
    if (!require_buffer(list->items[i], &views[i])) return nullptr;
    pins.emplace_back(views[i]);
    iov[i].iov_base = const_cast<char*>(views[i].data.data());
    iov[i].iov_len = views[i].data.size();
  }
  // The ancillary data: an iterable of (level, type, data).
  std::string control;
  if (!a[1].is_null()) {
    Ref items = items_of(a[1], "sendmsg() argument 2 must be an iterable");
    if (!items) return nullptr;
    List* anc = items.as<List>();
    struct Item {
      int level, type;
      Buffer data;
    };
    std::vector<Item> parsed(static_cast<size_t>(anc->size));
    size_t space = 0;
    for (size_t i = 0; i < parsed.size(); ++i) {
      Value item = anc->items[i];
      if (!is_tuple(item) || item.as<Tuple>()->size != 3) {
        return raise(exc::TypeError,
                     std::string("[sendmsg() ancillary data items]() argument must be sequence of length 3, not ") +
                         (is_tuple(item) ? std::to_string(item.as<Tuple>()->size) : std::string(type_name_of(item))));
      }
      Tuple* t = item.as<Tuple>();
      if (!posix::int_arg(t->items[0], &parsed[i].level) || !posix::int_arg(t->items[1], &parsed[i].type) ||
          !require_buffer(t->items[2], &parsed[i].data)) {
        return nullptr;
      }
      space += CMSG_SPACE(parsed[i].data.data.size());
    }
    control.assign(space, '\0');
    msghdr layout{};
    layout.msg_control = control.data();
    layout.msg_controllen = space;
    cmsghdr* c = space > 0 ? CMSG_FIRSTHDR(&layout) : nullptr;
    for (const Item& item : parsed) {
      c->cmsg_level = item.level;
      c->cmsg_type = item.type;
      c->cmsg_len = CMSG_LEN(item.data.data.size());
      std::memcpy(CMSG_DATA(c), item.data.data.data(), item.data.data.size());
      c = CMSG_NXTHDR(&layout, c);
    }
  }
  SockAddr addr{};
  socklen_t addrlen = 0;
  if (!a[3].is_null() && !a[3].is_none() && !parse_address(s->family, a[3], "sendmsg", &addr, &addrlen)) {
    return nullptr;
  }
  long sent = sock_call(s, true, [&] {
    msghdr msg{};
    msg.msg_name = addrlen > 0 ? &addr : nullptr;
    msg.msg_namelen = addrlen;
    msg.msg_iov = iov.data();
    msg.msg_iovlen = iov.size();
    msg.msg_control = control.empty() ? nullptr : control.data();
    msg.msg_controllen = control.size();
    return ::sendmsg(s->fd, &msg, flags | MSG_NOSIGNAL);
  });
  if (sent < 0) return nullptr;
  return int_from_int64(sent);
}

Ref socket_recvmsg(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[3];
  int64_t size, ancbufsize;
  int flags;
  if (!parse_tuple("recvmsg", 1, 3, args, nargs, kwnames, a) || !posix::int64_arg(a[0], &size) ||
      !ancillary_args(a[1], a[2], &ancbufsize, &flags)) {
    return nullptr;
  }
  if (size < 0) return raise(exc::ValueError, "negative buffer size in recvmsg()");
  if (exceeds_memory(static_cast<size_t>(size))) return raise_no_memory();
  if (!check_ancillary_size(ancbufsize)) return nullptr;
  std::string buf(static_cast<size_t>(size), '\0');
  std::vector<iovec> iov{{buf.data(), buf.size()}};
  long got = 0;
  Ref result = receive(as_socket(self), iov, ancbufsize, flags, &got);
  if (!result) return nullptr;
  buf.resize(static_cast<size_t>(got));
  return with_first(std::move(result), bytes_from_string(buf));
}

Ref socket_recvmsg_into(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[3];
  int64_t ancbufsize;
  int flags;
  if (!parse_tuple("recvmsg_into", 1, 3, args, nargs, kwnames, a) || !ancillary_args(a[1], a[2], &ancbufsize, &flags)) return nullptr;
  Ref buffers = items_of(a[0], "recvmsg_into() argument 1 must be an iterable");
  if (!buffers || !check_ancillary_size(ancbufsize)) return nullptr;
  List* list = buffers.as<List>();
  std::vector<Buffer> views(static_cast<size_t>(list->size));
  std::vector<BufferPin> pins;
  std::vector<iovec> iov(views.size());
  for (size_t k = 0; k < views.size(); ++k) {
    if (!get_buffer(list->items[k], &views[k]) || views[k].readonly || !views[k].copy.empty()) {
      return raise(exc::TypeError, "recvmsg_into() argument 1 must be an iterable of single-segment read-write buffers");
    }
    pins.emplace_back(views[k]);
    iov[k].iov_base = const_cast<char*>(views[k].data.data());
    iov[k].iov_len = views[k].data.size();
  }
  long got = 0;
  Ref result = receive(as_socket(self), iov, ancbufsize, flags, &got);
  return with_first(std::move(result), int_from_int64(got));
}

namespace {

bool cmsg_length_arg(const char* name, const Value* args, size_t nargs, Tuple* kwnames, size_t* out) {
  Value a[1];
  if (!parse_tuple(name, 1, 1, args, nargs, kwnames, a)) return false;
  Ref i = index(a[0]);
  if (!i) return false;
  int64_t n;
  if (!int_to_int64(*i, &n) || n < 0 || n > 0x7fffffff - 64) {
    clear_error();
    raise(exc::OverflowError, std::string(name) + "() argument out of range");
    return false;
  }
  *out = static_cast<size_t>(n);
  return true;
}

}  // namespace

Ref cmsg_len(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  size_t n;
  if (!cmsg_length_arg("CMSG_LEN", args, nargs, kwnames, &n)) return nullptr;
  return int_from_int64(static_cast<int64_t>(CMSG_LEN(n)));
}

Ref cmsg_space(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  size_t n;
  if (!cmsg_length_arg("CMSG_SPACE", args, nargs, kwnames, &n)) return nullptr;
  return int_from_int64(static_cast<int64_t>(CMSG_SPACE(n)));
}

}  // namespace taipan::socket
