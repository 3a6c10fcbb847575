// arena.h — a bump allocator that owns every AST node of one parse.
//
// Nodes are carved out of large blocks; nodes that hold std::vector or
// std::string register a destructor thunk, run (in reverse order) when the
// arena dies. Nothing is ever freed individually.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <new>
#include <type_traits>
#include <utility>
#include <vector>

namespace taipan::ast {

class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;
  ~Arena() {
    for (auto it = dtors_.rbegin(); it != dtors_.rend(); ++it) it->fn(it->obj);
  }

  // Allocates and constructs a T that lives as long as the arena.
  template <class T, class... Args>
  T* make(Args&&... args) {
    void* p = allocate(sizeof(T), alignof(T));
    T* obj = new (p) T(std::forward<Args>(args)...);
    if constexpr (!std::is_trivially_destructible_v<T>) {
      dtors_.push_back({obj, [](void* q) { static_cast<T*>(q)->~T(); }});
    }
    return obj;
  }

  std::size_t bytes_used() const { return used_; }

 private:
  static constexpr std::size_t kBlockSize = 16 * 1024;

  void* allocate(std::size_t size, std::size_t align) {
    std::size_t pad = (align - reinterpret_cast<std::uintptr_t>(cur_) % align) % align;
    if (cur_ == nullptr || pad + size > static_cast<std::size_t>(end_ - cur_)) {
      std::size_t n = size + align > kBlockSize ? size + align : kBlockSize;
      blocks_.push_back(std::unique_ptr<char[]>(new char[n]));  // no zeroing
      cur_ = blocks_.back().get();
      end_ = cur_ + n;
      pad = (align - reinterpret_cast<std::uintptr_t>(cur_) % align) % align;
    }
    char* p = cur_ + pad;
    cur_ = p + size;
    used_ += pad + size;
    return p;
  }

  struct Dtor {
    void* obj;
    void (*fn)(void*);
  };
  std::vector<std::unique_ptr<char[]>> blocks_;
  std::vector<Dtor> dtors_;
  char* cur_ = nullptr;
  char* end_ = nullptr;
  std::size_t used_ = 0;
};

}  // namespace taipan::ast
