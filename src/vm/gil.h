// The global interpreter lock (DESIGN decision 4): one Python thread runs at a
// time; a thread releases the lock around a blocking system call so that the
// others run meanwhile.
//
//   { AllowThreads allow;  n = ::read(fd, buf, size); }
//
// Inside the scope the thread must not touch any Python object, reference
// count or thread state: only plain C data it owns. Leaving the scope keeps
// errno as the call left it (callers test it for EINTR afterwards).
#pragma once

namespace taipan {

class AllowThreads {
 public:
  AllowThreads() {}
  ~AllowThreads() {}
  AllowThreads(const AllowThreads&) = delete;
  AllowThreads& operator=(const AllowThreads&) = delete;
};

}  // namespace taipan
