// _curses's constants: attributes (A_*), colours, mouse events and key
// codes at import, and the line-drawing characters (ACS_*), whose values
// the terminal decides, after initscr.
#include <string>

#include "objects/int.h"
#include "objects/module.h"
#include "modules/curses/curses.h"

namespace taipan::curses {

namespace {

struct Constant {
  const char* name;
  int64_t value;
};

const Constant kConstants[] = {
    {"ALL_MOUSE_EVENTS", ALL_MOUSE_EVENTS}, {"A_ALTCHARSET", A_ALTCHARSET}, {"A_ATTRIBUTES", A_ATTRIBUTES},
    {"A_BLINK", A_BLINK}, {"A_BOLD", A_BOLD}, {"A_CHARTEXT", A_CHARTEXT}, {"A_COLOR", A_COLOR}, {"A_DIM", A_DIM},
    {"A_HORIZONTAL", A_HORIZONTAL}, {"A_INVIS", A_INVIS}, {"A_ITALIC", A_ITALIC}, {"A_LEFT", A_LEFT},
    {"A_LOW", A_LOW}, {"A_NORMAL", A_NORMAL}, {"A_PROTECT", A_PROTECT}, {"A_REVERSE", A_REVERSE},
    {"A_RIGHT", A_RIGHT}, {"A_STANDOUT", A_STANDOUT}, {"A_TOP", A_TOP}, {"A_UNDERLINE", A_UNDERLINE},
    {"A_VERTICAL", A_VERTICAL}, {"BUTTON1_CLICKED", BUTTON1_CLICKED},
    {"BUTTON1_DOUBLE_CLICKED", BUTTON1_DOUBLE_CLICKED}, {"BUTTON1_PRESSED", BUTTON1_PRESSED},
    {"BUTTON1_RELEASED", BUTTON1_RELEASED}, {"BUTTON1_TRIPLE_CLICKED", BUTTON1_TRIPLE_CLICKED},
    {"BUTTON2_CLICKED", BUTTON2_CLICKED}, {"BUTTON2_DOUBLE_CLICKED", BUTTON2_DOUBLE_CLICKED},
    {"BUTTON2_PRESSED", BUTTON2_PRESSED}, {"BUTTON2_RELEASED", BUTTON2_RELEASED},
    {"BUTTON2_TRIPLE_CLICKED", BUTTON2_TRIPLE_CLICKED}, {"BUTTON3_CLICKED", BUTTON3_CLICKED},
    {"BUTTON3_DOUBLE_CLICKED", BUTTON3_DOUBLE_CLICKED}, {"BUTTON3_PRESSED", BUTTON3_PRESSED},
    {"BUTTON3_RELEASED", BUTTON3_RELEASED}, {"BUTTON3_TRIPLE_CLICKED", BUTTON3_TRIPLE_CLICKED},
    {"BUTTON4_CLICKED", BUTTON4_CLICKED}, {"BUTTON4_DOUBLE_CLICKED", BUTTON4_DOUBLE_CLICKED},
    {"BUTTON4_PRESSED", BUTTON4_PRESSED}, {"BUTTON4_RELEASED", BUTTON4_RELEASED},
    {"BUTTON4_TRIPLE_CLICKED", BUTTON4_TRIPLE_CLICKED}, {"BUTTON5_CLICKED", BUTTON5_CLICKED},
    {"BUTTON5_DOUBLE_CLICKED", BUTTON5_DOUBLE_CLICKED}, {"BUTTON5_PRESSED", BUTTON5_PRESSED},
    {"BUTTON5_RELEASED", BUTTON5_RELEASED}, {"BUTTON5_TRIPLE_CLICKED", BUTTON5_TRIPLE_CLICKED},
    {"BUTTON_ALT", BUTTON_ALT}, {"BUTTON_CTRL", BUTTON_CTRL}, {"BUTTON_SHIFT", BUTTON_SHIFT},
    {"COLOR_BLACK", COLOR_BLACK}, {"COLOR_BLUE", COLOR_BLUE}, {"COLOR_CYAN", COLOR_CYAN},
    {"COLOR_GREEN", COLOR_GREEN}, {"COLOR_MAGENTA", COLOR_MAGENTA}, {"COLOR_RED", COLOR_RED},
    {"COLOR_WHITE", COLOR_WHITE}, {"COLOR_YELLOW", COLOR_YELLOW}, {"ERR", ERR}, {"OK", OK},
    {"REPORT_MOUSE_POSITION", REPORT_MOUSE_POSITION},
};

int add_table(Value module, const Constant* table, size_t count) {
  for (size_t i = 0; i < count; ++i) {
    Ref v = int_from_int64(table[i].value);
    if (!v || module_add(module, table[i].name, *v) < 0) return -1;
  }
  return 0;
}

// The name of a key code as CPython spells it: keyname's "KEY_F(5)" becomes KEY_F5.
std::string key_constant_name(const char* name) {
  std::string s(name);
  if (s.rfind("KEY_F(", 0) != 0) return s;
  std::string digits;
  for (char c : s.substr(6)) {
    if (c >= '0' && c <= '9') digits += c;
  }
  return "KEY_F" + digits;
}

}  // namespace

int add_constants(Value module) {
  if (add_table(module, kConstants, sizeof(kConstants) / sizeof(kConstants[0])) < 0) return -1;
  for (int key = KEY_MIN; key < KEY_MAX; ++key) {
    const char* name = keyname(key);
    if (name == nullptr || std::string(name) == "UNKNOWN KEY") continue;
    Ref v = int_from_int64(key);
    if (!v || module_add(module, key_constant_name(name), *v) < 0) return -1;
  }
  Ref min = int_from_int64(KEY_MIN), max = int_from_int64(KEY_MAX);
  if (!min || !max || module_add(module, "KEY_MIN", *min) < 0 || module_add(module, "KEY_MAX", *max) < 0) return -1;
  return 0;
}

int add_acs_constants(Value module) {
  // Macros reading acs_map, which initscr fills.
  const Constant table[] = {
      {"ACS_BBSS", ACS_BBSS}, {"ACS_BLOCK", ACS_BLOCK}, {"ACS_BOARD", ACS_BOARD}, {"ACS_BSBS", ACS_BSBS},
      {"ACS_BSSB", ACS_BSSB}, {"ACS_BSSS", ACS_BSSS}, {"ACS_BTEE", ACS_BTEE}, {"ACS_BULLET", ACS_BULLET},
      {"ACS_CKBOARD", ACS_CKBOARD}, {"ACS_DARROW", ACS_DARROW}, {"ACS_DEGREE", ACS_DEGREE},
      {"ACS_DIAMOND", ACS_DIAMOND}, {"ACS_GEQUAL", ACS_GEQUAL}, {"ACS_HLINE", ACS_HLINE},
      {"ACS_LANTERN", ACS_LANTERN}, {"ACS_LARROW", ACS_LARROW}, {"ACS_LEQUAL", ACS_LEQUAL},
      {"ACS_LLCORNER", ACS_LLCORNER}, {"ACS_LRCORNER", ACS_LRCORNER}, {"ACS_LTEE", ACS_LTEE},
      {"ACS_NEQUAL", ACS_NEQUAL}, {"ACS_PI", ACS_PI}, {"ACS_PLMINUS", ACS_PLMINUS}, {"ACS_PLUS", ACS_PLUS},
      {"ACS_RARROW", ACS_RARROW}, {"ACS_RTEE", ACS_RTEE}, {"ACS_S1", ACS_S1}, {"ACS_S3", ACS_S3}, {"ACS_S7", ACS_S7},
      {"ACS_S9", ACS_S9}, {"ACS_SBBS", ACS_SBBS}, {"ACS_SBSB", ACS_SBSB}, {"ACS_SBSS", ACS_SBSS},
      {"ACS_SSBB", ACS_SSBB}, {"ACS_SSBS", ACS_SSBS}, {"ACS_SSSB", ACS_SSSB}, {"ACS_SSSS", ACS_SSSS},
      {"ACS_STERLING", ACS_STERLING}, {"ACS_TTEE", ACS_TTEE}, {"ACS_UARROW", ACS_UARROW},
      {"ACS_ULCORNER", ACS_ULCORNER}, {"ACS_URCORNER", ACS_URCORNER}, {"ACS_VLINE", ACS_VLINE},
  };
  return add_table(module, table, sizeof(table) / sizeof(table[0]));
}

}  // namespace taipan::curses
