// The symbol table: one Scope per module, class, function, lambda and
// comprehension, built by one walk over the AST, then analysed to decide for
// every name whether it is a fast local, a cell, a free variable, or a global
// (explicit or implicit), following Python 3.11's rules.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "parser/ast.h"

namespace taipan::compiler {

// What a name's uses and bindings in one scope were (CPython's DEF_* bits).
enum SymbolFlags : uint32_t {
  kDefGlobal = 1 << 0,     // `global x`
  kDefLocal = 1 << 1,      // assigned, deleted, a loop/with/except target ...
  kDefParam = 1 << 2,
  kDefNonlocal = 1 << 3,
  kUse = 1 << 4,
  kDefFreeClass = 1 << 5,  // free in a nested function and also bound in this class
  kDefImport = 1 << 6,
  kDefAnnot = 1 << 7,
  kDefCompIter = 1 << 8,   // a comprehension's iteration variable
  kDefBound = kDefLocal | kDefParam | kDefImport,
};

// Where a name lives, the result of the analysis.
enum class NameScope : uint8_t { Unknown, Local, GlobalExplicit, GlobalImplicit, Free, Cell };

// Annotation: an annotation under `from __future__ import annotations`, kept
// as text; its scope exists only for CPython's checks of what an annotation
// may hold.
enum class ScopeKind : uint8_t { Module, Class, Function, Lambda, Comprehension, Annotation };

struct Symbol {
  uint32_t flags = 0;
  NameScope scope = NameScope::Unknown;
};

struct Scope {
  ScopeKind kind;
  std::string name;            // "top", the class/function name, "<lambda>", "<listcomp>" ...
  const void* node = nullptr;  // the AST node that opened the scope
  int lineno = 0;              // the line of that node (0 for the module)
  Scope* parent = nullptr;
  std::vector<std::unique_ptr<Scope>> children;

  std::unordered_map<std::string, Symbol> symbols;
  std::vector<std::string> order;      // names in order of first appearance
  std::vector<std::string> params;     // parameters, in co_varnames order
  std::unordered_map<std::string, const ast::Node*> directives;  // global/nonlocal statements

  bool is_generator = false;
  bool is_coroutine = false;
  bool is_nested = false;          // inside a function
  bool has_varargs = false;
  bool has_varkeywords = false;
  bool needs_class_closure = false;  // a class whose methods use __class__ or super
  bool has_annotations = false;    // a module/class body holding an annotated assignment
  bool in_comp_iter = false;       // walking a comprehension's outermost iterable (transient)

  bool is_function_like() const { return kind >= ScopeKind::Function; }
  // The analysed scope of a (mangled) name; Unknown if the scope never saw it.
  NameScope lookup(const std::string& name) const {
    auto it = symbols.find(name);
    return it == symbols.end() ? NameScope::Unknown : it->second.scope;
  }
  uint32_t flags_of(const std::string& name) const {
    auto it = symbols.find(name);
    return it == symbols.end() ? 0 : it->second.flags;
  }
};

class SymbolTable {
 public:
  // Builds and analyses the table of `mod`; throws CompileError on a
  // scoping SyntaxError. `future_annotations`: annotations are not evaluated.
  // Expressions and statements nested deeper than `max_nesting` raise RecursionError
  // (thrown as PendingError), as CPython's compiler does, before the
  // compiler's own recursion over them could exhaust the C stack.
  SymbolTable(const ast::Mod* mod, bool future_annotations, int max_nesting);

  Scope* top() const { return top_.get(); }
  // The scope a FunctionDef, AsyncFunctionDef, ClassDef, Lambda or
  // comprehension node opened.
  Scope* scope_of(const void* node) const {
    auto it = by_node_.find(node);
    return it == by_node_.end() ? nullptr : it->second;
  }

 private:
  friend class SymtableBuilder;
  std::unique_ptr<Scope> top_;
  std::unordered_map<const void*, Scope*> by_node_;
};

// Python's private name mangling: `__x` inside class `C` becomes `_C__x`.
std::string mangle(const std::string& class_name, const std::string& name);

}  // namespace taipan::compiler
