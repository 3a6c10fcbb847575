// The `_locale` module under CPython's locale.py: setlocale, localeconv,
// nl_langinfo and its constants, getencoding, strcoll / strxfrm, the
// message-catalogue functions of libintl, the LC_* categories and
// locale.Error. On first import it takes LC_CTYPE from the environment, as
// CPython does at start-up (a plain C / POSIX locale is coerced to C.UTF-8,
// PEP 538).
#include <langinfo.h>
#include <libintl.h>
#include <locale.h>

#include <climits>
#include <cwchar>
#include <string>
#include <vector>

#include "modules/modules.h"
#include "objects/codecs.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"

namespace taipan {
namespace {

Type* locale_error = nullptr;

// Text from the C library, in the locale's encoding (UTF-8 or ASCII here;
// undecodable bytes escape as surrogates).
Ref c_text(const char* s) {
  if (s == nullptr) s = "";
  return decode(s, "utf-8", "surrogateescape");
}

bool int_argument(const char* function, Value v, int* out) {
  int64_t n;
  if (!is_int(v)) {
    raise(exc::TypeError, std::string("'") + type_name_of(v) + "' object cannot be interpreted as an integer");
    return false;
  }
  if (!int_to_int64(v, &n)) return false;
  if (n < INT_MIN || n > INT_MAX) {
    raise(exc::OverflowError, std::string(function) + "() signed integer is greater than maximum");
    return false;
  }
  *out = static_cast<int>(n);
  return true;
}

// A str argument as wide characters for wcscoll / wcsxfrm.
bool wide_argument(const char* function, const Value* args, size_t index, std::wstring* out) {
  Value v = args[index];
  if (!is_str(v)) {
    raise(exc::TypeError, std::string(function) + "() argument " + std::to_string(index + 1) + " must be str, not " +
                              arg_type_name(v));
    return false;
  }
  Str* s = v.as<Str>();
  out->clear();
  for (int64_t i = 0; i < s->length; ++i) {
    uint32_t c = str_char_at(s, i);
    if (c == 0) {
      raise(exc::ValueError, "embedded null character");
      return false;
    }
    out->push_back(static_cast<wchar_t>(c));
  }
  return true;
}

Ref locale_setlocale(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"category", "locale"};
  static const ArgSpec spec = {"setlocale", names, 2, 0, 1};
  Value a[2];
  if (!bind_args(spec, args, nargs, kwnames, a)) return nullptr;
  int category;
  if (!int_argument("setlocale", a[0], &category)) return nullptr;
  const char* result;
  if (a[1].is_null() || a[1].is_none()) {
    result = setlocale(category, nullptr);
    if (result == nullptr) return raise(locale_error, "locale query failed");
  } else {
    if (!is_str(a[1])) {
      return raise(exc::TypeError, std::string("setlocale() argument 2 must be str or None, not ") + arg_type_name(a[1]));
    }
    std::string wanted = str_to_std(a[1].as<Str>());
    result = setlocale(category, wanted.c_str());
    if (result == nullptr) return raise(locale_error, "unsupported locale setting");
  }
  return c_text(result);
}

// CPython's grouping lists: each group size, then the 0 or CHAR_MAX that ends them.
Ref grouping_list(const char* s) {
  List* list = list_new(0);
  if (list == nullptr) return nullptr;
  Ref result = Ref::steal(list);
  if (s[0] == '\0') return result;
  size_t i = 0;
  for (; s[i] != '\0' && s[i] != CHAR_MAX; ++i) {
    if (list_append(list, Value::small_int(s[i])) < 0) return nullptr;
  }
  if (list_append(list, Value::small_int(s[i])) < 0) return nullptr;
  return result;
}

Ref locale_localeconv(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("localeconv", kwnames) || !check_arg_count("localeconv", nargs, 0, 0)) return nullptr;
  const struct lconv* lc = localeconv();
  Dict* d = dict_new();
  if (d == nullptr) return nullptr;
  Ref result = Ref::steal(d);
  auto put = [&](const char* key, Ref v) { return v && dict_set_str(d, key, v.get()) == 0; };
  auto num = [](char c) { return Ref::small_int(static_cast<unsigned char>(c)); };
  bool ok = put("int_curr_symbol", c_text(lc->int_curr_symbol)) && put("currency_symbol", c_text(lc->currency_symbol)) &&
            put("mon_decimal_point", c_text(lc->mon_decimal_point)) &&
            put("mon_thousands_sep", c_text(lc->mon_thousands_sep)) && put("mon_grouping", grouping_list(lc->mon_grouping)) &&
            put("positive_sign", c_text(lc->positive_sign)) && put("negative_sign", c_text(lc->negative_sign)) &&
            put("int_frac_digits", num(lc->int_frac_digits)) && put("frac_digits", num(lc->frac_digits)) &&
            put("p_cs_precedes", num(lc->p_cs_precedes)) && put("p_sep_by_space", num(lc->p_sep_by_space)) &&
            put("n_cs_precedes", num(lc->n_cs_precedes)) && put("n_sep_by_space", num(lc->n_sep_by_space)) &&
            put("p_sign_posn", num(lc->p_sign_posn)) && put("n_sign_posn", num(lc->n_sign_posn)) &&
            put("decimal_point", c_text(lc->decimal_point)) && put("thousands_sep", c_text(lc->thousands_sep)) &&
            put("grouping", grouping_list(lc->grouping));
  return ok ? result : nullptr;
}

struct LangInfoName {
  const char* name;
  nl_item item;
};

const LangInfoName kLangInfo[] = {
    {"CODESET", CODESET}, {"D_T_FMT", D_T_FMT}, {"D_FMT", D_FMT}, {"T_FMT", T_FMT}, {"T_FMT_AMPM", T_FMT_AMPM},
    {"AM_STR", AM_STR}, {"PM_STR", PM_STR},
    {"DAY_1", DAY_1}, {"DAY_2", DAY_2}, {"DAY_3", DAY_3}, {"DAY_4", DAY_4}, {"DAY_5", DAY_5}, {"DAY_6", DAY_6},
    {"DAY_7", DAY_7},
    {"ABDAY_1", ABDAY_1}, {"ABDAY_2", ABDAY_2}, {"ABDAY_3", ABDAY_3}, {"ABDAY_4", ABDAY_4}, {"ABDAY_5", ABDAY_5},
    {"ABDAY_6", ABDAY_6}, {"ABDAY_7", ABDAY_7},
    {"MON_1", MON_1}, {"MON_2", MON_2}, {"MON_3", MON_3}, {"MON_4", MON_4}, {"MON_5", MON_5}, {"MON_6", MON_6},
    {"MON_7", MON_7}, {"MON_8", MON_8}, {"MON_9", MON_9}, {"MON_10", MON_10}, {"MON_11", MON_11},
    {"MON_12", MON_12},
    {"ABMON_1", ABMON_1}, {"ABMON_2", ABMON_2}, {"ABMON_3", ABMON_3}, {"ABMON_4", ABMON_4}, {"ABMON_5", ABMON_5},
    {"ABMON_6", ABMON_6}, {"ABMON_7", ABMON_7}, {"ABMON_8", ABMON_8}, {"ABMON_9", ABMON_9},
    {"ABMON_10", ABMON_10}, {"ABMON_11", ABMON_11}, {"ABMON_12", ABMON_12},
    {"RADIXCHAR", RADIXCHAR}, {"THOUSEP", THOUSEP}, {"YESEXPR", YESEXPR}, {"NOEXPR", NOEXPR},
    {"CRNCYSTR", CRNCYSTR}, {"ERA", ERA}, {"ERA_D_FMT", ERA_D_FMT}, {"ERA_D_T_FMT", ERA_D_T_FMT},
    {"ERA_T_FMT", ERA_T_FMT}, {"ALT_DIGITS", ALT_DIGITS}, {"_DATE_FMT", _DATE_FMT},
};

Ref locale_nl_langinfo(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("nl_langinfo", kwnames) || !check_arg_count("nl_langinfo", nargs, 1, 1)) return nullptr;
  int key;
  if (!int_argument("nl_langinfo", args[0], &key)) return nullptr;
  for (const LangInfoName& entry : kLangInfo) {
    if (entry.item == key) return c_text(nl_langinfo(entry.item));
  }
  return raise(exc::ValueError, "unsupported langinfo constant");
}

Ref locale_getencoding(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("getencoding", kwnames) || !check_arg_count("getencoding", nargs, 0, 0)) return nullptr;
  const char* codeset = nl_langinfo(CODESET);
  return c_text(codeset == nullptr || codeset[0] == '\0' ? "utf-8" : codeset);
}

Ref locale_strcoll(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("strcoll", kwnames) || !check_arg_count("strcoll", nargs, 2, 2)) return nullptr;
  std::wstring a, b;
  if (!wide_argument("strcoll", args, 0, &a) || !wide_argument("strcoll", args, 1, &b)) return nullptr;
  return Ref::small_int(wcscoll(a.c_str(), b.c_str()));
}

Ref locale_strxfrm(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("strxfrm", kwnames) || !check_arg_count("strxfrm", nargs, 1, 1)) return nullptr;
  std::wstring s;
  if (!wide_argument("strxfrm", args, 0, &s)) return nullptr;
  size_t need = wcsxfrm(nullptr, s.c_str(), 0);
  std::vector<wchar_t> buf(need + 1);
  wcsxfrm(buf.data(), s.c_str(), buf.size());
  std::vector<uint32_t> cps(buf.begin(), buf.begin() + static_cast<std::ptrdiff_t>(need));
  return str_from_code_points(cps.data(), static_cast<int64_t>(cps.size()));
}

// The message-catalogue functions: optional str arguments (None allowed
// where libintl takes a null pointer).
bool optional_text(const char* function, Value v, bool none_ok, std::string* out, bool* present) {
  *present = !(v.is_null() || v.is_none());
  if (!*present) {
    if (none_ok || v.is_null()) return true;
  }
  if (!is_str(v)) {
    raise(exc::TypeError, std::string(function) + "() argument must be str" + (none_ok ? " or None" : "") +
                              ", not " + arg_type_name(v));
    return false;
  }
  *out = str_to_std(v.as<Str>());
  return true;
}

Ref text_or_none(const char* s) { return s == nullptr ? Ref::none() : c_text(s); }

Ref locale_gettext(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("gettext", kwnames) || !check_arg_count("gettext", nargs, 1, 1)) return nullptr;
  std::string msg;
  bool present;
  if (!optional_text("gettext", args[0], false, &msg, &present)) return nullptr;
  return c_text(gettext(msg.c_str()));
}

Ref locale_dgettext(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("dgettext", kwnames) || !check_arg_count("dgettext", nargs, 2, 2)) return nullptr;
  std::string domain, msg;
  bool has_domain, present;
  if (!optional_text("dgettext", args[0], true, &domain, &has_domain) ||
      !optional_text("dgettext", args[1], false, &msg, &present)) {
    return nullptr;
  }
  return c_text(dgettext(has_domain ? domain.c_str() : nullptr, msg.c_str()));
}

Ref locale_dcgettext(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("dcgettext", kwnames) || !check_arg_count("dcgettext", nargs, 3, 3)) return nullptr;
  std::string domain, msg;
  bool has_domain, present;
  int category;
  if (!optional_text("dcgettext", args[0], true, &domain, &has_domain) ||
      !optional_text("dcgettext", args[1], false, &msg, &present) || !int_argument("dcgettext", args[2], &category)) {
    return nullptr;
  }
  return c_text(dcgettext(has_domain ? domain.c_str() : nullptr, msg.c_str(), category));
}

Ref locale_textdomain(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("textdomain", kwnames) || !check_arg_count("textdomain", nargs, 1, 1)) return nullptr;
  std::string domain;
  bool present;
  if (!optional_text("textdomain", args[0], true, &domain, &present)) return nullptr;
  const char* result = textdomain(present ? domain.c_str() : nullptr);
  if (result == nullptr) return raise(exc::OSError, "textdomain failed");
  return c_text(result);
}

Ref locale_bindtextdomain(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("bindtextdomain", kwnames) || !check_arg_count("bindtextdomain", nargs, 2, 2)) return nullptr;
  std::string domain, dir;
  bool has_domain, has_dir;
  if (!optional_text("bindtextdomain", args[0], false, &domain, &has_domain) ||
      !optional_text("bindtextdomain", args[1], true, &dir, &has_dir)) {
    return nullptr;
  }
  if (domain.empty()) return raise(exc::ValueError, "domain must be a non-empty string");
  const char* result = bindtextdomain(domain.c_str(), has_dir ? dir.c_str() : nullptr);
  if (result == nullptr) return raise(exc::OSError, "bindtextdomain failed");
  return c_text(result);
}

Ref locale_bind_textdomain_codeset(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("bind_textdomain_codeset", kwnames) || !check_arg_count("bind_textdomain_codeset", nargs, 2, 2)) {
    return nullptr;
  }
  std::string domain, codeset;
  bool has_domain, has_codeset;
  if (!optional_text("bind_textdomain_codeset", args[0], false, &domain, &has_domain) ||
      !optional_text("bind_textdomain_codeset", args[1], true, &codeset, &has_codeset)) {
    return nullptr;
  }
  return text_or_none(bind_textdomain_codeset(domain.c_str(), has_codeset ? codeset.c_str() : nullptr));
}

const MethodDef kLocaleFunctions[] = {
    {"setlocale", locale_setlocale, kMethodInstance, "Activates/queries locale processing."},
    {"localeconv", locale_localeconv, kMethodInstance, "Returns numeric and monetary locale-specific parameters."},
    {"nl_langinfo", locale_nl_langinfo, kMethodInstance, "Return the value for the locale information associated with key."},
    {"getencoding", locale_getencoding, kMethodInstance, "Get the current locale encoding."},
    {"strcoll", locale_strcoll, kMethodInstance, "Compares two strings according to the locale."},
    {"strxfrm", locale_strxfrm, kMethodInstance, "Return a string that can be used as a key for locale-aware comparisons."},
    {"gettext", locale_gettext, kMethodInstance, "gettext(msg) -> string"},
    {"dgettext", locale_dgettext, kMethodInstance, "dgettext(domain, msg) -> string"},
    {"dcgettext", locale_dcgettext, kMethodInstance, "Return translation of msg in domain and category."},
    {"textdomain", locale_textdomain, kMethodInstance, "Set the C library's textdmain to domain, returning the new domain."},
    {"bindtextdomain", locale_bindtextdomain, kMethodInstance, "Bind the C library's domain to dir."},
    {"bind_textdomain_codeset", locale_bind_textdomain_codeset, kMethodInstance, "Bind the C library's domain to codeset."},
    {nullptr, nullptr, 0, nullptr},
};

// LC_CTYPE from the environment, as CPython sets it at start-up.
void adopt_environment_ctype() {
  const char* chosen = setlocale(LC_CTYPE, "");
  if (chosen == nullptr || std::string_view(chosen) == "C" || std::string_view(chosen) == "POSIX") {
    if (setlocale(LC_CTYPE, "C.UTF-8") == nullptr) setlocale(LC_CTYPE, "C");
  }
}

bool make_locale_error() {
  if (locale_error != nullptr) return true;
  Ref name = str_from_utf8("Error");
  Ref module = str_from_utf8("locale");
  Ref bases = tuple_pack({Value::object(exc::Exception)});
  Dict* ns = dict_new();
  if (ns == nullptr) return false;
  Ref ns_ref = Ref::steal(ns);
  if (!name || !module || !bases || dict_set_str(ns, "__module__", module.get()) < 0) return false;
  Ref cls = call(Value::object(&type_type), {name.get(), bases.get(), ns_ref.get()});
  if (!cls) return false;
  locale_error = cls.release().as<Type>();
  return true;
}

}  // namespace

Ref make_locale_module() {
  adopt_environment_ctype();
  if (!make_locale_error()) return nullptr;
  Ref module = module_new("_locale", true);
  if (!module || module_add_functions(module.get(), kLocaleFunctions) < 0) return nullptr;
  struct Constant {
    const char* name;
    int value;
  };
  const Constant categories[] = {{"LC_CTYPE", LC_CTYPE},       {"LC_COLLATE", LC_COLLATE},
                                 {"LC_TIME", LC_TIME},         {"LC_MONETARY", LC_MONETARY},
                                 {"LC_NUMERIC", LC_NUMERIC},   {"LC_ALL", LC_ALL},
                                 {"LC_MESSAGES", LC_MESSAGES}, {"CHAR_MAX", CHAR_MAX}};
  for (const Constant& c : categories) {
    if (module_add(module.get(), c.name, Value::small_int(c.value)) < 0) return nullptr;
  }
  for (const LangInfoName& entry : kLangInfo) {
    if (module_add(module.get(), entry.name, Value::small_int(entry.item)) < 0) return nullptr;
  }
  if (module_add(module.get(), "Error", Value::object(locale_error)) < 0) return nullptr;
  return module;
}

}  // namespace taipan
