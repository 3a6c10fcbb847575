// checker.h — the type checker proper: walks a module's statements
// (stmt_checker.cpp), infers and checks expressions (expr_checker.cpp),
// calls (call_checker.cpp) and narrows types along the control flow
// (narrowing.cpp). One Checker checks one module.
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "check/diagnostics.h"
#include "check/semantic.h"

namespace taipan::check {

// Narrowed types of one branch: expression key ("x", "self.x") → type.
struct TypeMap {
  bool unreachable = false;
  std::map<std::string, const Type*> types;
};

class Checker {
 public:
  Checker(ModuleInfo* m, Reporter* reporter);
  // The checker of a module (made on first use; owned by a registry).
  static Checker* for_module(ModuleInfo* m, Reporter* reporter);
  void check();
  // Infers a variable's type from its first value (Program::infer_var).
  const Type* infer_symbol(Symbol* s);
  // Decorator `d` applied to a function of type `fn` (Program::apply_decorator).
  const Type* apply_decorator(const ast::Expr* d, const Type* fn, ClassInfo* owner);

 private:
  enum class ScopeKind { Module, Class, Function, Comprehension };
  struct Scope {
    ScopeKind kind = ScopeKind::Module;
    SymbolTable* table = nullptr;
    std::unique_ptr<SymbolTable> owned;
    ClassInfo* cls = nullptr;
    const CallableType* fn = nullptr;
    const Type* return_type = nullptr;  // declared (the value of a coroutine)
    const Type* yield_type = nullptr;   // a generator's items
    bool is_generator = false;
    std::set<std::string> globals;
    // Variables of empty containers waiting for their item type.
    std::vector<std::pair<Symbol*, const ast::Node*>> partials;
  };
  struct Frame {
    std::map<std::string, const Type*> types;
    bool unreachable = false;
  };
  // What a call's argument is.
  struct Actual {
    enum Kind { Pos, Star, Named, Star2 } kind = Pos;
    std::string name;
    const ast::Expr* expr = nullptr;
    const Type* type = nullptr;  // inferred lazily
  };

  // ---- errors
  bool reporting() const;
  void fail(const ast::Node* at, const std::string& msg, const std::string& code);
  void fail_at(int line, int col, const std::string& msg, const std::string& code);
  void note(const ast::Node* at, const std::string& msg);

  // ---- scopes and names
  Symbol* lookup(const std::string& name, bool* found_local = nullptr);
  Symbol* define_local(const std::string& name);
  const Type* declared_type(Symbol* s);
  Program::LocalLookup type_lookup();
  const Type* annotation_type(const ast::Expr* e);

  // ---- binder
  const Type* narrowed(const std::string& key);
  void put(const std::string& key, const Type* t);
  void invalidate(const std::string& key);
  bool unreachable() const { return frames_.back().unreachable; }
  void mark_unreachable() { frames_.back().unreachable = true; }
  void push_frame();
  Frame pop_frame();
  void merge_frames(const std::vector<Frame>& ends);
  // The binder's type of a variable after `del x` (an Any of its own: read,
  // it is mypy's `Trying to read deleted variable`).
  static const Type* deleted_type();
  void apply(const TypeMap& m);
  static std::string key_of(const ast::Expr* e);

  // ---- narrowing (narrowing.cpp)
  std::pair<TypeMap, TypeMap> condition_maps(const ast::Expr* e);
  bool literal_equality_maps(const Type* t, const Type* other, TypeMap* yes, TypeMap* no, const std::string& key);
  TypeMap and_maps(const TypeMap& a, const TypeMap& b);
  TypeMap or_maps(const TypeMap& a, const TypeMap& b);
  const Type* isinstance_types(const ast::Expr* e);
  static const Type* narrow_isinstance(const Type* t, const Type* cls, bool positive);
  static bool can_be_false(const Type* t);
  static bool can_be_true(const Type* t);
  static const Type* truthy_part(const Type* t);
  static const Type* falsy_part(const Type* t);
  // The left of `x and y` as its value: instances marked false-only (mypy's
  // false_only), so that a later `or` drops them.
  static const Type* false_values(const Type* t);

  // ---- enums (enums.cpp)
  const Type* enum_value_type(Symbol* member);
  // `.name` / `.value` of an enum instance (null when not one of those).
  const Type* enum_attribute(const Instance* t, const std::string& name);
  bool enum_identity_maps(const Type* t, const Instance* lit, TypeMap* yes, TypeMap* no, const std::string& key);

  // ---- overrides and Final (overrides.cpp)
  static bool is_final(Symbol* s);
  // Whether assigning `value` to the attribute `sym` breaks its Final.
  bool final_assignment(Symbol* sym, const ast::Node* value);
  void check_overrides(ClassInfo* c);
  void check_method_override(ClassInfo* c, const Instance* self, const FuncDef& f);
  void check_attribute_override(ClassInfo* c, const std::string& name, const ast::Expr* value, const ast::Stmt* st);

  // ---- TypedDicts (typeddicts.cpp)
  bool literal_key(const ast::Expr* e, std::string* key);
  // A display or constructor call of a TypedDict: its keys and values checked.
  const Type* typeddict_value(const Instance* td, const std::vector<std::pair<std::string, const ast::Expr*>>& items,
                              const ast::Node* at);
  // The item `index` names (null after reporting a bad key).
  const TDItem* typeddict_lookup(const Instance* td, const ast::Expr* index, const ast::Node* at);

  // ---- annotations (annotations.cpp): errors in an annotation itself;
  // `class_assignment` allows ClassVar, `at` is where a string annotation is.
  void validate_annotation(const ast::Expr* e, bool class_assignment, const ast::Node* at = nullptr);
  bool check_type_arg_count(ClassInfo* cls, size_t given, const ast::Node* where);

  // ---- redefinitions (redefinitions.cpp)
  struct Binding {
    int line = 0;
    bool import = false;
    bool overloadable = false;  // an @overload or property accessor may follow
    std::string module;         // what an import binds
  };
  void check_redefinitions(const std::vector<ast::Stmt*>& body);
  void check_redefinitions_in(const std::vector<ast::Stmt*>& body, bool top, std::map<std::string, Binding>* names);

  // ---- statements (stmt_checker.cpp)
  void check_block(const std::vector<ast::Stmt*>& body);
  void check_stmt(const ast::Stmt* s);
  void check_function(const ast::Stmt* s, ClassInfo* owner);
  void check_missing_annotations(const FuncDef& f, const CallableType* ft, ClassInfo* owner);
  void check_class(const ast::ClassDef* d);
  void check_assign(const ast::Expr* target, const ast::Expr* value, const Type* value_type, bool declaration);
  void assign_name(const ast::Name* n, const ast::Expr* value, const Type* value_type, const ast::Node* at);
  void assign_to(const ast::Expr* target, const Type* t, const ast::Node* at);
  void check_return(const ast::Return* r);
  void check_if(const ast::If* s);
  void check_loop(const ast::Expr* target, const ast::Expr* iter, bool is_async, const std::vector<ast::Stmt*>& body,
                  const std::vector<ast::Stmt*>& orelse, const ast::Expr* test);
  void check_try(const std::vector<ast::Stmt*>& body, const std::vector<ast::ExceptHandler*>& handlers,
                 const std::vector<ast::Stmt*>& orelse, const std::vector<ast::Stmt*>& finalbody);
  void check_import(const ast::Stmt* s);
  bool body_is_trivial(const std::vector<ast::Stmt*>& body) const;
  // Partial types (x = [] ...): completing one, and the error for those
  // left open when their scope ends.
  void complete_partial(Symbol* s, std::vector<const Type*> args);
  Symbol* partial_symbol(const ast::Expr* e);
  void close_partials(Scope* scope);
  void close_partial(Symbol* s);

  // ---- expressions (expr_checker.cpp)
  const Type* infer(const ast::Expr* e, const Type* ctx = nullptr);
  const Type* infer_name(const ast::Name* n);
  // Whether `name` is a variable of the function being checked that no
  // assignment reached yet (mypy's has-type).
  bool reads_unbound_local(const std::string& name);
  const Type* infer_constant(const ast::Constant* c);
  const Type* infer_display(const ast::Expr* e, const Type* ctx);
  const Type* infer_dict(const ast::Dict* d, const Type* ctx);
  const Type* infer_comprehension(const ast::Expr* e, const Type* ctx);
  std::vector<const Type*> display_context(ClassInfo* cls, const Type* ctx);
  const Type* infer_lambda(const ast::Lambda* l, const Type* ctx);
  const Type* infer_boolop(const ast::BoolOp* b, const Type* ctx);
  const Type* infer_ifexp(const ast::IfExp* e, const Type* ctx);
  const Type* infer_compare(const ast::Compare* c);
  const Type* infer_unary(const ast::UnaryOp* u);
  const Type* infer_subscript(const ast::Subscript* s);
  const Type* infer_await(const ast::Await* a);
  const Type* member(const Type* t, const std::string& name, const ast::Node* at, bool report = true);
  const Type* member_of_union_item(const Type* item, const std::string& name);
  static std::string module_suggestion(ModuleInfo* m, const std::string& name);
  const Type* iter_item(const Type* t, const ast::Node* at, bool is_async = false);
  const Type* binary_op(const Type* l, ast::Operator op, const Type* r, const ast::Node* at, bool inplace = false);
  const Type* compare_op(const Type* l, ast::CmpOp op, const Type* r, const ast::Node* at);
  const Type* index_type(const Type* base, const ast::Expr* index, const ast::Node* at);

  // ---- calls (call_checker.cpp)
  // Whether `e` names a class itself (C, mod.C), not a type[C] value.
  void reveal_locals(const ast::Call* c);
  bool names_class(const ast::Expr* e);
  const Type* typeddict_call(const Type* callee, const ast::Call* c);
  // mypy's errors for calling an abstract or protocol class.
  void check_instantiation(const Type* callee, const ast::Call* c);
  const Type* infer_call(const ast::Call* c, const Type* ctx);
  const Type* check_call(const Type* callee, std::vector<Actual>& actuals, const ast::Node* at, const Type* ctx,
                         bool* ok = nullptr);
  const Type* check_callable(const CallableType* f, std::vector<Actual>& actuals, const ast::Node* at,
                             const Type* ctx, bool report, bool* ok);
  bool map_actuals(const CallableType* f, std::vector<Actual>& actuals, std::vector<std::vector<int>>* formal_of,
                   const ast::Node* at, bool report);
  const Type* actual_type(Actual& a, const Type* ctx);
  std::vector<Actual> actuals_of(const ast::Call* c);
  const Type* call_method(const Type* obj, const std::string& name, std::vector<const Type*> args, const ast::Node* at,
                          bool* ok);
  std::string callee_name(const CallableType* f) const;
  // mypy's "No overload variant of ... matches argument types ..." error.
  void no_variant(const Overloaded* o, std::vector<Actual>& actuals, const ast::Node* at);
  static std::string pretty_callable(const CallableType* c);
  // mypy's arg_approximate_similarity (the overload variant reported when
  // none matches).
  static bool approximately_similar(const Type* actual, const Type* formal);

  ModuleInfo* mod_;
  Reporter* rep_;
  std::vector<Scope*> scopes_;
  std::vector<std::unique_ptr<Scope>> scope_store_;
  std::vector<Frame> frames_;
  int silent_ = 0;
  int errors_seen_ = 0;  // errors found, reported or not (a variant with any does not match)
  bool untyped_ = false;
  int loop_depth_ = 0;
  int depth_ = 0;  // nesting of infer()
  std::vector<std::vector<Frame>> break_frames_;
  // Expression statements typed NoReturn (they end their branch).
  std::set<const ast::Expr*> noreturn_exprs_;
};

// mypy's used-before-def and possibly-undefined pass over a checked module
// (undefined_names.cpp), after the module is checked: `noreturn` are its
// expression statements the checker typed NoReturn.
void check_undefined_names(ModuleInfo* m, const std::set<const ast::Expr*>& noreturn, Reporter* rep);

}  // namespace taipan::check
