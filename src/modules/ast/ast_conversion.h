// ast_conversion.h — what the rest of Taipan asks of `_ast`: turning a parsed
// tree into Python's ast objects (compile() with PyCF_ONLY_AST, ast.parse),
// and Python's ast objects back into a tree the compiler takes (compile() of
// an ast.Module / Expression / Interactive).
#pragma once

#include <memory>
#include <vector>

#include "objects/value.h"
#include "parser/arena.h"
#include "parser/ast.h"

namespace taipan::ast_module {

// compile()'s flag bits that concern the tree (CPython's values).
constexpr int kPyCFOnlyAst = 0x400;
constexpr int kPyCFTypeComments = 0x1000;
constexpr int kPyCFAllowTopLevelAwait = 0x2000;

// The Python objects of a parsed tree; null with an exception set on failure.
Ref tree_to_python(const ast::Mod* mod);

// A tree made from Python objects: the nodes, and the constants they point to.
struct TreeFromPython {
  std::unique_ptr<ast::Arena> arena;
  std::vector<Ref> constants;
  ast::Mod* mod = nullptr;
};

// True when obj is an instance of ast.AST (compile() then takes it as a tree).
bool is_ast_object(Value obj);

// Converts obj, which must be an instance of `expected` (Module, Expression,
// Interactive or FunctionType; CPython's TypeError "expected Module node,
// got Expression" otherwise), and validates it as CPython's compiler does.
// False with TypeError / ValueError set on a malformed tree.
bool tree_from_python(Value obj, ast::ModKind expected, TreeFromPython* out);

}  // namespace taipan::ast_module
