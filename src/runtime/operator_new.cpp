// The process's operator new and delete, on mimalloc. libmimalloc also
// provides them, but its operator new aborts the process when memory runs
// out (it cannot throw); these throw std::bad_alloc instead, which the
// boundaries of runtime/native_boundary.h turn into MemoryError. Being
// defined in the executable, they take precedence for every caller.
// Sanitizer builds keep the C++ library's own (the sanitizer replaces them).
#if !defined(__SANITIZE_ADDRESS__) && !defined(TAIPAN_SYSTEM_MALLOC)

#include <mimalloc.h>

#include <cstddef>
#include <new>

#include "runtime/memory.h"

namespace {

// More than RAM and swap fails at once (runtime/memory.h), rather than
// reserving address space that filling would take ages over.
void* allocate(std::size_t size) {
  void* p = taipan::exceeds_memory(size) ? nullptr : mi_malloc(size);
  if (p == nullptr) throw std::bad_alloc();
  return p;
}

void* allocate_aligned(std::size_t size, std::align_val_t align) {
  void* p = taipan::exceeds_memory(size) ? nullptr : mi_malloc_aligned(size, static_cast<std::size_t>(align));
  if (p == nullptr) throw std::bad_alloc();
  return p;
}

}  // namespace

void* operator new(std::size_t size) { return allocate(size); }
void* operator new[](std::size_t size) { return allocate(size); }
void* operator new(std::size_t size, const std::nothrow_t&) noexcept { return mi_malloc(size); }
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept { return mi_malloc(size); }
void* operator new(std::size_t size, std::align_val_t align) { return allocate_aligned(size, align); }
void* operator new[](std::size_t size, std::align_val_t align) { return allocate_aligned(size, align); }
void* operator new(std::size_t size, std::align_val_t align, const std::nothrow_t&) noexcept {
  return mi_malloc_aligned(size, static_cast<std::size_t>(align));
}
void* operator new[](std::size_t size, std::align_val_t align, const std::nothrow_t&) noexcept {
  return mi_malloc_aligned(size, static_cast<std::size_t>(align));
}

void operator delete(void* p) noexcept { mi_free(p); }
void operator delete[](void* p) noexcept { mi_free(p); }
void operator delete(void* p, std::size_t) noexcept { mi_free(p); }
void operator delete[](void* p, std::size_t) noexcept { mi_free(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { mi_free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { mi_free(p); }
void operator delete(void* p, std::align_val_t) noexcept { mi_free(p); }
void operator delete[](void* p, std::align_val_t) noexcept { mi_free(p); }
void operator delete(void* p, std::size_t, std::align_val_t) noexcept { mi_free(p); }
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept { mi_free(p); }
void operator delete(void* p, std::align_val_t, const std::nothrow_t&) noexcept { mi_free(p); }
void operator delete[](void* p, std::align_val_t, const std::nothrow_t&) noexcept { mi_free(p); }

#endif
