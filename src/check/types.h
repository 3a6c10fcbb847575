// types.h — the types of `taipan check`: Any, None, Never, class instances,
// unions, fixed tuples, callables and overloads, type variables, type[X] and
// modules; plus the operations every part of the checker shares on them
// (formatting as mypy does, subtyping, joins, substitution).
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace taipan::check {

struct ClassInfo;
struct ModuleInfo;

enum class TK { Any, None, Never, Instance, Union, Tuple, Callable, Overloaded, TypeVar, TypeType, Module };

struct Type {
  TK kind;
  explicit Type(TK k) : kind(k) {}
  virtual ~Type() = default;
};

// A value of class `cls` with type arguments. `literal` is the source form of
// a literal's value ("1", "'a'", "True") when the expression was one (mypy's
// "last known value", shown only by reveal_type).
struct Instance : Type {
  Instance() : Type(TK::Instance) {}
  ClassInfo* cls = nullptr;
  std::vector<const Type*> args;
  std::string literal;
  bool literal_type = false;  // a declared Literal[...] type, not a value's last known form
  bool falsy_only = false;    // the false values only (the left of `x and y`: mypy's can_be_true)
};

struct UnionType : Type {
  UnionType() : Type(TK::Union) {}
  std::vector<const Type*> items;
};

// A tuple of known length: Tuple[int, str]. tuple[X, ...] is an Instance.
struct TupleType : Type {
  TupleType() : Type(TK::Tuple) {}
  std::vector<const Type*> items;
  const Instance* fallback = nullptr;  // a named tuple's class (null: tuple)
};

struct TypeVarType : Type {
  TypeVarType() : Type(TK::TypeVar) {}
  std::string name;
  std::string fullname;
  const Type* upper = nullptr;         // bound, or object
  std::vector<const Type*> values;     // value restriction
  int variance = 0;                    // 0 invariant, 1 covariant, -1 contravariant
  bool param_spec = false;             // a ParamSpec: stands for a parameter list
};

enum class ParamKind { Pos, PosOpt, Star, KwOnly, KwOnlyOpt, Star2 };

struct Param {
  std::string name;  // empty for positional-only parameters shown without a name
  ParamKind kind = ParamKind::Pos;
  const Type* type = nullptr;
  bool pos_only = false;
};

struct CallableType : Type {
  CallableType() : Type(TK::Callable) {}
  std::vector<Param> params;
  const Type* ret = nullptr;
  std::string name;        // the function's name, empty for a Callable[...] type
  std::string def_name;    // the name in its `def` (__init__ for a constructor)
  std::string class_name;  // the class a method belongs to ("of "C"")
  bool ellipsis_args = false;  // Callable[..., R]
  bool untyped = false;        // no annotation at all: not checked inside
  bool is_type_obj = false;    // a class called as a constructor
  // Callable[P, R] or Callable[Concatenate[X, P], R]: `params` then P's
  // (calls are not checked while P is unknown: ellipsis_args is set).
  const TypeVarType* param_spec = nullptr;
  std::string def_file;        // where it is defined (for the "defined here" note)
  int def_line = 0;
};

struct Overloaded : Type {
  Overloaded() : Type(TK::Overloaded) {}
  std::vector<const CallableType*> items;
};

// type[C]: the class object itself.
struct TypeType : Type {
  TypeType() : Type(TK::TypeType) {}
  const Type* item = nullptr;
};

struct ModuleType : Type {
  ModuleType() : Type(TK::Module) {}
  ModuleInfo* module = nullptr;
};

// Owns every type made while checking.
class TypeArena {
 public:
  template <class T>
  T* make() {
    auto p = std::make_unique<T>();
    T* raw = p.get();
    owned_.push_back(std::move(p));
    return raw;
  }

 private:
  std::vector<std::unique_ptr<Type>> owned_;
};

TypeArena& arena();
const Type* any_type();
const Type* none_type();
const Type* never_type();

// Classes the operations below need (set once builtins are loaded).
struct Builtins {
  ClassInfo* object = nullptr;
  ClassInfo* int_ = nullptr;
  ClassInfo* float_ = nullptr;
  ClassInfo* complex_ = nullptr;
  ClassInfo* bool_ = nullptr;
  ClassInfo* str = nullptr;
  ClassInfo* bytes = nullptr;
  ClassInfo* bytearray = nullptr;
  ClassInfo* memoryview = nullptr;
  ClassInfo* list = nullptr;
  ClassInfo* dict = nullptr;
  ClassInfo* set = nullptr;
  ClassInfo* frozenset = nullptr;
  ClassInfo* tuple = nullptr;
  ClassInfo* type = nullptr;
  ClassInfo* function = nullptr;
  ClassInfo* slice = nullptr;
  ClassInfo* ellipsis = nullptr;
  ClassInfo* none_type = nullptr;  // types.NoneType-like fallback: none; attribute lookups use object
};
Builtins& builtins();

const Instance* instance(ClassInfo* cls, std::vector<const Type*> args = {});
const Type* make_union(std::vector<const Type*> items);  // simplified
const Type* make_optional(const Type* t);
const Type* remove_none(const Type* t);
bool is_optional(const Type* t);
bool contains_none(const Type* t);
// A named tuple's class, else tuple[join of items, ...].
const Type* tuple_fallback(const TupleType* t);
const Type* strip_literal(const Type* t);
// strip_literal inside tuples too: what a variable keeps of a value's type.
const Type* forget_literals(const Type* t);
// A literal: the last known value of an expression, or a Literal[...] type.
const Instance* literal_instance(ClassInfo* cls, const std::string& text, bool literal_type);
// The source form of a str literal as mypy shows it ('a'); empty when it
// has characters that form would not show plainly.
std::string str_literal_text(const std::string& s);

// mypy's format_type (messages, quoted by the caller) and str() (reveal_type).
std::string format_type(const Type* t);
std::string format_verbose(const Type* t);
// format_type in double quotes, as messages show types (mypy leaves
// <nothing>, Module and "overloaded function" bare).
std::string quote_type(const Type* t);
std::string quote_type_string(const std::string& s);

using Subst = std::map<const TypeVarType*, const Type*>;
const Type* substitute(const Type* t, const Subst& s);
bool has_type_vars(const Type* t);

bool is_subtype(const Type* a, const Type* b);
bool is_same_type(const Type* a, const Type* b);
const Type* join(const Type* a, const Type* b);
// mypy's binder merge: join_simple(declared, a, b).
const Type* join_simple(const Type* declared, const Type* a, const Type* b);
// The type of `cls` seen as `base` (args mapped through the bases), or null.
const Instance* map_to_base(const Instance* t, ClassInfo* base);
// Collects constraints "tv :> actual" from matching `formal` against `actual`.
void infer_constraints(const Type* formal, const Type* actual, std::map<const TypeVarType*, std::vector<const Type*>>* out);

}  // namespace taipan::check
