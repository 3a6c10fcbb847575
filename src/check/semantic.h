// semantic.h — what the checker knows about names: modules (checked files
// and stubs), their symbols, classes (bases, MRO, members, type
// parameters) and the program that loads them lazily. semantic.cpp builds
// the tables from the AST; typeexpr.cpp turns annotations into types;
// members.cpp looks members up and binds them.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "check/config.h"
#include "check/lazy_stubs.h"
#include "check/types.h"
#include "parser/ast.h"
#include "parser/parser.h"

namespace taipan::check {

struct ClassInfo;
struct ModuleInfo;
class Program;

enum class SymKind { Var, Func, Class, Module, TypeVar, Alias, Import, Special };

// A function or async function definition, seen the same way.
struct FuncDef {
  const ast::Stmt* node = nullptr;
  std::string name;
  const ast::Arguments* args = nullptr;
  const std::vector<ast::Stmt*>* body = nullptr;
  const std::vector<ast::Expr*>* decorators = nullptr;
  const ast::Expr* returns = nullptr;
  bool is_async = false;
};
FuncDef func_def(const ast::Stmt* s);

struct Symbol {
  SymKind kind = SymKind::Var;
  std::string name;
  ModuleInfo* module = nullptr;  // where it is defined
  ClassInfo* owner = nullptr;    // the class it is a member of
  int line = 0;
  // Var: the annotation and the first assigned value (either may be null);
  // `method` is set for an attribute assigned through `self` in a method.
  const ast::Expr* annotation = nullptr;
  const ast::Expr* value = nullptr;
  const ast::Stmt* method = nullptr;
  // The `if` tests around that assignment (test, true for the body).
  std::vector<std::pair<const ast::Expr*, bool>> guards;
  bool is_property = false;
  bool class_var = false;        // declared in the class body
  bool partial_none = false;     // `x = None` so far: the next assignment decides
  bool partial = false;          // `x = []` so far: append/add/[k] = v decides
  // A function's unannotated variable no assignment has reached yet in the
  // checking order: reading it is mypy's `Cannot determine type`.
  bool unbound_local = false;
  // Func: every definition of the name (overloads, then the implementation).
  std::vector<const ast::Stmt*> funcs;
  ClassInfo* cls = nullptr;                 // Class
  ModuleInfo* target = nullptr;             // Module (resolved lazily from import_module)
  std::string import_module, import_name;   // Import: `from import_module import import_name`
  std::string special;                      // Special: "Optional", "Union", ...
  // Resolution state of `type` (or `resolved` for Import): 0 not yet,
  // 1 in progress, 2 done.
  int state = 0;
  const Type* type = nullptr;
  Symbol* resolved = nullptr;
  std::vector<std::string> decorators;  // simple names of a Func's decorators
  // A method the checker makes itself (a dataclass's __init__, __lt__...):
  // its type comes from `synthesized_for`, not from a definition.
  ClassInfo* synthesized_for = nullptr;
};

// Definitions of a stub not parsed yet (lazy_stubs.h): parsed into their
// table when one of their names is first looked up.
struct DeferredDefs {
  ModuleInfo* module = nullptr;
  ClassInfo* owner = nullptr;  // set for a class body's members
  std::string indent;          // a class body's indentation
  std::map<std::string, std::vector<DefChunk>> by_name;
};

// Names to symbols. A stub's table may hold deferred definitions: looking a
// name up parses its definition first, iterating parses them all.
class SymbolTable {
 public:
  using Map = std::map<std::string, Symbol*>;
  using iterator = Map::iterator;
  iterator find(const std::string& name) {
    if (deferred_ != nullptr) load({name});
    return map_.find(name);
  }
  std::size_t count(const std::string& name) { return find(name) == map_.end() ? 0 : 1; }
  Symbol*& operator[](const std::string& name) {
    if (deferred_ != nullptr) load({name});
    return map_[name];
  }
  std::size_t erase(const std::string& name) {
    if (deferred_ != nullptr) load({name});
    return map_.erase(name);
  }
  iterator begin() {
    if (deferred_ != nullptr) load_all();
    return map_.begin();
  }
  iterator end() { return map_.end(); }
  void set_deferred(std::unique_ptr<DeferredDefs> d) { deferred_ = std::move(d); }
  // Calls f(name, symbol, abstract) for every name without parsing
  // anything: a deferred definition comes with a null symbol, and
  // `abstract` tells whether it is an abstract method.
  template <class F>
  void for_each_name(F f) {
    for (auto& [name, sym] : map_) f(name, sym, false);
    if (deferred_ != nullptr)
      for (auto& [name, chunks] : deferred_->by_name) f(name, nullptr, abstract_method(chunks));
  }
  // Parses the deferred definitions of these names at once (one parse
  // instead of one each).
  void preload(const std::vector<std::string>& names) {
    if (deferred_ != nullptr) load(names);
  }

 private:
  void load(const std::vector<std::string>& names);
  void load_all();
  Map map_;
  std::unique_ptr<DeferredDefs> deferred_;
};

// A field of a dataclass, as its class body declares it (dataclasses.cpp).
struct DataField {
  std::string name;
  const ast::AnnAssign* node = nullptr;
  bool has_default = false;
  bool init = true;
  bool kw_only = false;
  bool init_var = false;  // InitVar[T]: a parameter, not an attribute
};
// An item of a TypedDict (typeddicts.cpp).
struct TDItem {
  std::string name;
  const Type* type = nullptr;
  bool required = true;
};

struct DataclassSpec {
  bool frozen = false, order = false, init = true, kw_only = false;
  std::vector<DataField> own;  // declared in this class, in order
};

struct ClassInfo {
  std::string name, fullname;
  ModuleInfo* module = nullptr;
  const ast::ClassDef* def = nullptr;
  SymbolTable members;
  std::vector<const Instance*> bases;
  std::vector<ClassInfo*> mro;  // starts with this class
  std::vector<const TypeVarType*> type_params;
  bool is_protocol = false;
  bool any_base = false;     // a base the checker cannot model: unknown members are Any
  bool is_enum = false;
  bool typed_dict = false;    // a TypedDict class: its items are td_items
  bool td_ready = false;
  std::vector<TDItem> td_items;
  bool unknown_init = false;  // made by a class decorator not modelled (dataclass...)
  std::unique_ptr<DataclassSpec> dataclass;  // made by @dataclass
  // A named tuple (class form, or `X = NamedTuple(...)`/`namedtuple(...)`):
  // its instances are `tuple_type`, a tuple with this class as fallback.
  bool namedtuple = false;
  const ast::Call* namedtuple_call = nullptr;
  const TupleType* tuple_type = nullptr;
  std::vector<std::string> tuple_fields;
  const Instance* metaclass = nullptr;  // declared or inherited (null: type)
  int state = 0;             // 0 not analysed, 1 in progress, 2 ready
  const Type* self_type = nullptr;  // Instance with its own type parameters
};

struct ModuleInfo {
  std::string name;
  std::string path;
  bool is_stub = false;
  bool checked = false;  // one of the files given on the command line
  std::string source;
  parser::ParseResult parsed;
  SymbolTable globals;
  bool collected = false;
  std::vector<std::string> lines;  // source lines (for `# type: ignore`)
  StrictFlags flags;
};

// The `sys.version_info` / `sys.platform` / TYPE_CHECKING value of a
// condition in a stub or program: 1 true, 0 false, -1 unknown.
int static_condition(const ast::Expr* e);

class Program {
 public:
  Program();
  ~Program();

  // Where stubs are read from (typeshed's stdlib folder), and the folders
  // searched for the program's own modules.
  std::string typeshed;
  std::vector<std::string> search_paths;
  std::set<std::string> checked_paths;  // files given on the command line

  ModuleInfo* add_checked_file(const std::string& path, const std::string& module_name);
  // Finds, parses and collects a module by dotted name; null if none exists.
  ModuleInfo* load_module(const std::string& name);
  ModuleInfo* builtins_module() { return builtins_; }
  ClassInfo* builtin_class(const std::string& name);
  ClassInfo* typing_class(const std::string& module, const std::string& name);

  // Follows Import symbols to what they name (null when missing).
  Symbol* resolve(Symbol* s);
  Symbol* module_member(ModuleInfo* m, const std::string& name);
  Symbol* lookup_global(ModuleInfo* m, const std::string& name);  // module, then builtins

  void ensure_class(ClassInfo* c);
  // The type a symbol has when read (variables, functions, classes as
  // type[C] objects via their constructor, modules).
  const Type* symbol_type(Symbol* s);
  // The callable type of one definition (self included for methods).
  const CallableType* function_type(const FuncDef& f, ModuleInfo* m, ClassInfo* owner);
  const Type* func_symbol_type(Symbol* s);
  // A function's or method's type through its decorators (those that only
  // mark a method, `staticmethod`, `abstractmethod`..., left out).
  const Type* decorated_type(const FuncDef& f, ModuleInfo* m, ClassInfo* owner);

  // Annotation → type. `owner` gives class-scope names; `locals` looks up
  // names of enclosing functions first (may be null).
  using LocalLookup = std::function<Symbol*(const std::string&)>;
  const Type* analyze_type(const ast::Expr* e, ModuleInfo* m, ClassInfo* owner,
                           const LocalLookup* locals = nullptr);
  // Resolves a name or dotted attribute in a type context (null if unknown).
  Symbol* lookup_type_name(const ast::Expr* e, ModuleInfo* m, ClassInfo* owner,
                           const LocalLookup* locals);

  // Infers a variable's type from its value when it has no annotation
  // (the expression checker provides this).
  std::function<const Type*(Symbol*)> infer_var;
  // The value of decorator `d` applied to a function of type `fn` (the
  // expression checker provides this; Any when it cannot tell).
  std::function<const Type*(const ast::Expr* d, const Type* fn, ModuleInfo* m, ClassInfo* owner)> apply_decorator;

  Symbol* new_symbol(SymKind k, const std::string& name, ModuleInfo* m);
  ClassInfo* new_class(const std::string& name, ModuleInfo* m, const ast::ClassDef* def);
  // Collects the symbols a block defines into `table` (top level or class body).
  void collect_block(const std::vector<ast::Stmt*>& body, ModuleInfo* m, ClassInfo* owner,
                     SymbolTable* table, const std::string& prefix);
  ClassInfo* class_for_def(const ast::ClassDef* def);
  // Parses deferred definitions of a stub into `table` (lazy_stubs.h).
  void load_deferred(const DeferredDefs& d, std::vector<DefChunk> chunks, SymbolTable* table);
  // Keeps a parse of a string annotation alive.
  const ast::Expr* parse_string_annotation(const std::string& text);

 private:
  // With `split`, a stub is read lazily: its skeleton parsed, its definitions deferred.
  ModuleInfo* parse_module(const std::string& name, const std::string& path, bool stub, StubSplit* split = nullptr);
  void collect_self_attrs(ClassInfo* c, const std::vector<ast::Stmt*>& body, const ast::Stmt* method,
                          const std::string& self_name, std::vector<std::pair<const ast::Expr*, bool>>* guards);
  std::string find_module_file(const std::string& name, bool* stub);
  const Type* analyze_subscript(Symbol* base, const ast::Subscript* e, ModuleInfo* m, ClassInfo* owner,
                                const LocalLookup* locals);
  std::vector<const Type*> analyze_args(const ast::Expr* slice, ModuleInfo* m, ClassInfo* owner,
                                        const LocalLookup* locals);
  const Type* typevar_from_call(Symbol* s);

  std::map<std::string, std::unique_ptr<ModuleInfo>> modules_;
  std::set<std::string> missing_;
  std::vector<std::unique_ptr<Symbol>> symbols_;
  std::vector<std::unique_ptr<ClassInfo>> classes_;
  std::map<const ast::ClassDef*, ClassInfo*> class_of_def_;
  std::vector<parser::ParseResult> string_annotations_;
  std::vector<parser::ParseResult> deferred_parses_;
  // Class bodies of stubs whose methods are deferred, until the class is analysed.
  std::map<const ast::ClassDef*, std::unique_ptr<DeferredDefs>> deferred_members_;
  bool lazy_stubs_ = true;
  ModuleInfo* builtins_ = nullptr;
};

Program& program();

// The class a typing alias stands for ("List" → builtins.list), or null.
const char* alias_target(const std::string& special, std::string* module);
// The special form an annotation starts with ("ClassVar" for
// `ClassVar[int]`, "Final"...), empty for anything else (typeexpr.cpp).
std::string annotation_special(const ast::Expr* e, ModuleInfo* m, ClassInfo* owner);

// Dataclasses (dataclasses.cpp): whether a class decorator is @dataclass
// (then `c->dataclass` holds its options), the fields it declares and
// inherits, the methods it generates, and the type of one of them.
bool setup_dataclass(ClassInfo* c, const ast::Expr* decorator);
void collect_dataclass(ClassInfo* c);
std::vector<DataField> dataclass_fields(ClassInfo* c);
const Type* synthesized_method_type(Symbol* s);
// The dataclass that declares field `name` frozen on `c` (null if none).
ClassInfo* frozen_field_owner(ClassInfo* c, const std::string& name);

// Named tuples (namedtuples.cpp): whether a value makes one
// (`NamedTuple("P", [...])`, `namedtuple("P", "x y")`), and the fields,
// tuple type and constructor of a named tuple class.
bool is_namedtuple_call(const ast::Expr* value);
void setup_namedtuple(ClassInfo* c);
// The type a class's instances have: its named tuple, else an Instance.
const Type* class_instance(ClassInfo* c);

// Enum classes (enums.cpp): members in definition order, one by name, and a
// member's literal type ("Color.RED").
std::vector<Symbol*> enum_members(ClassInfo* c);
Symbol* enum_member(ClassInfo* c, const std::string& name);
const Type* enum_literal(ClassInfo* c, const std::string& member, bool literal_type);

// TypedDicts (typeddicts.cpp): the items of a TypedDict class (inherited
// first), one by key, and the constructor taking them as keywords.
const std::vector<TDItem>& typeddict_items(ClassInfo* c);
const TDItem* typeddict_item(ClassInfo* c, const std::string& key);
const Type* typeddict_constructor(ClassInfo* c);

// Member lookup (members.cpp).
struct Member {
  Symbol* sym = nullptr;
  ClassInfo* defined_in = nullptr;
};
Member find_member(ClassInfo* c, const std::string& name);
// The type of `name` read from an instance `t` (methods bound, class type
// parameters substituted); null when there is no such member.
// `bind_to` is the self type methods bind to when it is not `t` itself (a
// named tuple read through its class).
const Type* instance_member(const Instance* t, const std::string& name, const Type* bind_to = nullptr);
// The same read from the class object (methods unbound).
const Type* class_member(const Instance* t, const std::string& name);
// The constructor of a class called as a function (returns the instance).
const Type* constructor_type(ClassInfo* c);
// A callable with the first parameter removed, type variables of `self_t`
// bound (explicit self-types inferred).
const Type* bind_self(const Type* fn, const Type* self_t);
// The abstract members a class leaves unimplemented, sorted (mypy's
// abstract_attributes): methods decorated @abstractmethod that no class
// before them in the MRO defines.
std::vector<std::string> abstract_attributes(ClassInfo* c);
// Structural check for protocols.
bool satisfies_protocol(const Type* a, const Instance* proto);

}  // namespace taipan::check
