// The `_codecs_jp`, `_codecs_kr`, `_codecs_cn`, `_codecs_tw`, `_codecs_hk`
// and `_codecs_iso2022` modules: getcodec(name) for the codecs each serves.
#include <string>

#include "modules/cjk/cjk_iso2022.h"
#include "modules/cjk/cjk_table_codecs.h"
#include "modules/cjk/multibytecodec.h"
#include "modules/modules.h"
#include "objects/module.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"

namespace taipan {
namespace {

using cjk::TableCodec;
using Kind = TableCodec::Kind;

const TableCodec kShiftJis("shift_jis", Kind::Plain), kCp932("cp932", Kind::Plain),
    kEucJp("euc_jp", Kind::ThreeByte), kEucJis2004("euc_jis_2004", Kind::ThreeByte),
    kEucJisx0213("euc_jisx0213", Kind::ThreeByte, "euc_jis_2004"), kShiftJis2004("shift_jis_2004", Kind::Plain),
    kShiftJisx0213("shift_jisx0213", Kind::Plain, "shift_jis_2004"), kGb2312("gb2312", Kind::Plain), kGbk("gbk", Kind::Plain),
    kGb18030("gb18030", Kind::Gb18030), kBig5("big5", Kind::Plain), kCp950("cp950", Kind::Plain),
    kBig5Hkscs("big5hkscs", Kind::Plain), kEucKr("euc_kr", Kind::EucKr), kCp949("cp949", Kind::Plain),
    kJohab("johab", Kind::Plain);

struct Served {
  const char* module;
  const cjk::Codec* codec;
};

const Served kServed[] = {
    {"_codecs_jp", &kShiftJis},     {"_codecs_jp", &kCp932},          {"_codecs_jp", &kEucJp},
    {"_codecs_jp", &kEucJis2004},   {"_codecs_jp", &kEucJisx0213},    {"_codecs_jp", &kShiftJis2004},
    {"_codecs_jp", &kShiftJisx0213}, {"_codecs_cn", &kGb2312},        {"_codecs_cn", &kGbk},
    {"_codecs_cn", &kGb18030},      {"_codecs_cn", &cjk::hz_codec()}, {"_codecs_tw", &kBig5},
    {"_codecs_tw", &kCp950},        {"_codecs_hk", &kBig5Hkscs},      {"_codecs_kr", &kEucKr},
    {"_codecs_kr", &kCp949},        {"_codecs_kr", &kJohab},
};

Ref getcodec(Value module, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arg_count("getcodec", nargs, 1, 1) || !no_keywords("getcodec", kwnames)) return nullptr;
  if (!is_str(args[0])) return raise(exc::TypeError, "encoding name must be a string.");
  Ref module_name = getattr(module, "__name__");
  if (!module_name) return nullptr;
  const cjk::Codec* codec = cjk::find_codec(str_utf8(module_name.as<Str>()), str_utf8(args[0].as<Str>()));
  if (codec == nullptr) return raise(exc::LookupError, "no such codec is supported.");
  return make_codec_object(codec);
}

const MethodDef kFunctions[] = {
    {"getcodec", getcodec, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

Ref make_module(const char* name) {
  Ref module = module_new(name, true);
  if (!module || module_add_functions(*module, kFunctions) < 0) return nullptr;
  return module;
}

}  // namespace

namespace cjk {

const Codec* find_codec(std::string_view module, std::string_view name) {
  if (module == "_codecs_iso2022") return iso2022_codec(name);
  for (const Served& s : kServed) {
    if (module == s.module && name == s.codec->name()) return s.codec;
  }
  return nullptr;
}

}  // namespace cjk

Ref make_codecs_jp_module() { return make_module("_codecs_jp"); }
Ref make_codecs_kr_module() { return make_module("_codecs_kr"); }
Ref make_codecs_cn_module() { return make_module("_codecs_cn"); }
Ref make_codecs_tw_module() { return make_module("_codecs_tw"); }
Ref make_codecs_hk_module() { return make_module("_codecs_hk"); }
Ref make_codecs_iso2022_module() { return make_module("_codecs_iso2022"); }

}  // namespace taipan
