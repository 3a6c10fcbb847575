// _curses_panel, the C layer of curses.panel, on ncurses' panel library:
// panels stacked over windows (new_panel, top_panel, bottom_panel,
// update_panels) and the panel type (above, below, top, bottom, hide, show,
// move, replace, window, userptr).
#include <algorithm>
#include <string>
#include <vector>

#include "modules/module_exception.h"
#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "modules/curses/curses.h"
#include <panel.h>

namespace taipan::curses {

namespace {

Type panel_type;
Type* panel_error = nullptr;  // _curses_panel.error

struct Panel : Object {
  PANEL* pan;
  Value window;   // the _curses.window shown (owned)
  Value userptr;  // set_userptr's object (owned), null until set
};

// The live panel objects, to find the object of a PANEL* (above, top_panel ...).
std::vector<Panel*>& live_panels() {
  static std::vector<Panel*> panels;
  return panels;
}

Ref panel_object(PANEL* pan) {
  if (pan == nullptr) return Ref::none();
  for (Panel* p : live_panels()) {
    if (p->pan == pan) return Ref::borrow(Value::object(p));
  }
  return raise(panel_error, "panel_above: can't find Panel Object");
}

Panel* as_panel(Value v) { return v.as<Panel>(); }

Ref check_panel(int code, const char* name) {
  if (code != ERR) return Ref::none();
  return raise(panel_error, std::string(name) + "() returned ERR");
}

bool no_args(const char* name, size_t nargs, Tuple* kwnames) {
  if (kwnames != nullptr && kwnames->size > 0) {
    raise(exc::TypeError, std::string("panel.") + name + "() takes no keyword arguments");
    return false;
  }
  if (nargs == 0) return true;
  raise(exc::TypeError, std::string("panel.") + name + "() takes no arguments (" + std::to_string(nargs) + " given)");
  return false;
}

bool window_arg(const char* prefix, Value v) {
  if (type_of(v) == &window_type) return true;
  raise(exc::TypeError, std::string(prefix) + " must be _curses.window, not " + type_name_of(v));
  return false;
}

template <int (*F)(PANEL*), const char* kName, const char* kErrName>
Ref method_call(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_args(kName, nargs, kwnames)) return nullptr;
  return check_panel(F(as_panel(self)->pan), kErrName);
}
constexpr char k_hide[] = "hide";
constexpr char k_show[] = "show";
constexpr char k_top[] = "top";
constexpr char k_bottom[] = "bottom";
constexpr char k_hide_err[] = "hide_panel";
constexpr char k_show_err[] = "show_panel";
constexpr char k_top_err[] = "top_panel";
constexpr char k_bottom_err[] = "bottom_panel";

Ref method_above(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_args("above", nargs, kwnames)) return nullptr;
  return panel_object(panel_above(as_panel(self)->pan));
}

Ref method_below(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_args("below", nargs, kwnames)) return nullptr;
  return panel_object(panel_below(as_panel(self)->pan));
}

Ref method_hidden(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_args("hidden", nargs, kwnames)) return nullptr;
  return Ref::boolean(panel_hidden(as_panel(self)->pan));
}

Ref method_move(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames != nullptr && kwnames->size > 0) return raise(exc::TypeError, "move() takes no keyword arguments");
  if (nargs != 2) return raise(exc::TypeError, "move expected 2 arguments, got " + std::to_string(nargs));
  int y, x;
  if (!int_arg(args[0], &y) || !int_arg(args[1], &x)) return nullptr;
  return check_panel(move_panel(as_panel(self)->pan, y, x), "move_panel");
}

Ref method_window(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_args("window", nargs, kwnames)) return nullptr;
  return Ref::borrow(as_panel(self)->window);
}

Ref method_replace(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames != nullptr && kwnames->size > 0) return raise(exc::TypeError, "replace() takes no keyword arguments");
  if (nargs != 1) {
    return raise(exc::TypeError, "panel.replace() takes exactly one argument (" + std::to_string(nargs) + " given)");
  }
  if (!window_arg("replace() argument 1", args[0])) return nullptr;
  Panel* p = as_panel(self);
  if (replace_panel(p->pan, args[0].as<Window>()->win) == ERR) return check_panel(ERR, "replace_panel");
  Value old = p->window;
  p->window = Ref::borrow(args[0]).release();
  decref(old);
  return Ref::none();
}

Ref method_set_userptr(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames != nullptr && kwnames->size > 0) return raise(exc::TypeError, "set_userptr() takes no keyword arguments");
  if (nargs != 1) {
    return raise(exc::TypeError, "panel.set_userptr() takes exactly one argument (" + std::to_string(nargs) + " given)");
  }
  Panel* p = as_panel(self);
  Value old = p->userptr;
  p->userptr = Ref::borrow(args[0]).release();
  if (!old.is_null()) decref(old);
  return Ref::none();
}

Ref method_userptr(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_args("userptr", nargs, kwnames)) return nullptr;
  Panel* p = as_panel(self);
  if (p->userptr.is_null()) return raise(panel_error, "no userptr set");
  return Ref::borrow(p->userptr);
}

void panel_dealloc(Object* self) {
  auto* p = static_cast<Panel*>(self);
  auto& panels = live_panels();
  panels.erase(std::remove(panels.begin(), panels.end(), p), panels.end());
  if (p->pan != nullptr) del_panel(p->pan);
  decref(p->window);
  if (!p->userptr.is_null()) decref(p->userptr);
  free_object(self);
}

const MethodDef kPanelMethods[] = {
    {"above", method_above, kMethodInstance, "Return the panel above the current panel."},
    {"below", method_below, kMethodInstance, "Return the panel below the current panel."},
    {"bottom", method_call<bottom_panel, k_bottom, k_bottom_err>, kMethodInstance, "Push the panel to the bottom of the stack."},
    {"hidden", method_hidden, kMethodInstance, "Return True if the panel is hidden (not visible), False otherwise."},
    {"hide", method_call<hide_panel, k_hide, k_hide_err>, kMethodInstance, "Hide the panel."},
    {"move", method_move, kMethodInstance, "Move the panel to the screen coordinates (y, x)."},
    {"replace", method_replace, kMethodInstance, "Change the window associated with the panel to the window win."},
    {"set_userptr", method_set_userptr, kMethodInstance, "Set the panel's user pointer to obj."},
    {"show", method_call<show_panel, k_show, k_show_err>, kMethodInstance, "Display the panel (which might have been hidden)."},
    {"top", method_call<top_panel, k_top, k_top_err>, kMethodInstance, "Push panel to the top of the stack."},
    {"userptr", method_userptr, kMethodInstance, "Return the user pointer for the panel."},
    {"window", method_window, kMethodInstance, "Return the window object associated with the panel."},
    {nullptr, nullptr, 0, nullptr},
};

// ---- Module functions ----

Ref module_new_panel(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames != nullptr && kwnames->size > 0) return raise(exc::TypeError, "new_panel() takes no keyword arguments");
  if (nargs != 1) {
    return raise(exc::TypeError, "_curses_panel.new_panel() takes exactly one argument (" + std::to_string(nargs) +
                                     " given)");
  }
  if (!window_arg("new_panel() argument", args[0])) return nullptr;
  PANEL* pan = new_panel(args[0].as<Window>()->win);
  if (pan == nullptr) return raise(panel_error, "curses function returned NULL");
  auto* p = new_object<Panel>(&panel_type, sizeof(Panel));
  if (p == nullptr) {
    del_panel(pan);
    return nullptr;
  }
  p->pan = pan;
  p->window = Ref::borrow(args[0]).release();
  live_panels().push_back(p);
  return Ref::steal(p);
}

Ref module_top_panel(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_args("top_panel", nargs, kwnames)) return nullptr;
  return panel_object(panel_below(nullptr));
}

Ref module_bottom_panel(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_args("bottom_panel", nargs, kwnames)) return nullptr;
  return panel_object(panel_above(nullptr));
}

Ref module_update_panels(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_args("update_panels", nargs, kwnames)) return nullptr;
  update_panels();
  return Ref::none();
}

const MethodDef kFunctions[] = {
    {"new_panel", module_new_panel, kMethodInstance, "Return a panel object, associating it with the given window win."},
    {"top_panel", module_top_panel, kMethodInstance, "Return the top panel in the panel stack."},
    {"bottom_panel", module_bottom_panel, kMethodInstance, "Return the bottom panel in the panel stack."},
    {"update_panels", module_update_panels, kMethodInstance,
     "Updates the virtual screen after changes in the panel stack.\n\nThis does not call curses.doupdate(), so "
     "you'll have to do this yourself."},
    {nullptr, nullptr, 0, nullptr},
};

int init_panel_type() {
  if (type_has_flag(&panel_type, kTypeReady)) return 0;
  panel_type.refcnt = kImmortalRefcnt;
  panel_type.type = &type_type;
  panel_type.name = "_curses_panel.panel";
  panel_type.basic_size = sizeof(Panel);
  panel_type.base = &object_type;
  panel_type.dealloc = panel_dealloc;
  panel_type.methods = kPanelMethods;
  return type_ready(&panel_type);
}

}  // namespace

}  // namespace taipan::curses

namespace taipan {

Ref make_curses_panel_module() {
  using namespace curses;
  // The window type comes from _curses, which CPython's module imports first.
  if (init_window_type() < 0 || init_panel_type() < 0) return nullptr;
  if (panel_error == nullptr) {
    panel_error = new_exception_class("_curses_panel", "error", {exc::Exception});
    if (panel_error == nullptr) return nullptr;
  }
  Ref module = module_new("_curses_panel", true);
  Ref version = str_from_utf8("2.1");
  if (!module || !version || module_add_functions(*module, kFunctions) < 0 ||
      module_add(*module, "error", Value::object(panel_error)) < 0 ||
      module_add(*module, "panel", Value::object(&panel_type)) < 0 || module_add(*module, "version", *version) < 0 ||
      module_add(*module, "__version__", *version) < 0) {
    return nullptr;
  }
  return module;
}

}  // namespace taipan
