// validate.h — CPython's checks of a tree built from Python objects before
// it is compiled (contexts, empty bodies, counts that must agree, constant
// types, pattern shapes), with its ValueError / TypeError messages.
#pragma once

#include "parser/ast.h"

namespace taipan::ast_module {

// True if the tree may be compiled; false with the exception set.
bool validate_tree(const ast::Mod* mod);

}  // namespace taipan::ast_module
