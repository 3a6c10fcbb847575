// The _datetime module: readies the types, IsoCalendarDate (a named tuple
// whose pickle is a plain tuple), and the module's names, which CPython's
// datetime.py imports over its pure-Python definitions.
#include "modules/datetime/datetime.h"
#include "objects/int.h"
#include "modules/modules.h"
#include "objects/descriptors.h"
#include "objects/dict.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/protocol.h"
#include "runtime/struct_sequence.h"

namespace taipan {

namespace dt {

Type isocalendar_type;

namespace {

Ref isocalendar_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"year", "week", "weekday"};
  static const ArgParse kSpec{"IsoCalendarDate", kNames, "iii", 3, 3, 3};
  Value a[3];
  int f[3] = {0, 0, 0};
  if (!parse_args(kSpec, args, nargs, kwnames, a, f)) return nullptr;
  Value items[3] = {Value::small_int(f[0]), Value::small_int(f[1]), Value::small_int(f[2])};
  return struct_sequence_new(type, items);
}

// Pickled as the plain tuple it is.
Ref isocalendar_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("IsoCalendarDate.__reduce__", nargs, kwnames)) return nullptr;
  Ref items = tuple_pack({struct_sequence_item(self, 0), struct_sequence_item(self, 1), struct_sequence_item(self, 2)});
  if (!items) return nullptr;
  Ref args = tuple_pack({*items});
  if (!args) return nullptr;
  return tuple_pack({Value::object(&tuple_type), *args});
}

const MethodDef kReduce = {"__reduce__", isocalendar_reduce, kMethodInstance, nullptr};

int init_isocalendar_type() {
  static const char* const kFields[] = {"year", "week", "weekday"};
  static const StructSequenceDesc kDesc{"datetime.IsoCalendarDate", kFields, 3, -1, true, isocalendar_new};
  if (struct_sequence_init_type(&isocalendar_type, &kDesc) < 0) return -1;
  Ref reduce = method_descriptor_new(&isocalendar_type, &kReduce);
  if (!reduce || dict_set_str(isocalendar_type.dict, "__reduce__", *reduce) < 0) return -1;
  type_modified(&isocalendar_type);
  return 0;
}

int init_types() {
  if (type_has_flag(&date_type, kTypeReady)) return 0;
  if (init_delta_type() < 0 || init_date_type() < 0 || init_time_type() < 0 || init_timezone_types() < 0 ||
      init_datetime_type() < 0 || init_isocalendar_type() < 0) {
    return -1;
  }
  return 0;
}

}  // namespace

}  // namespace dt

Ref make_datetime_module() {
  if (dt::init_types() < 0) return nullptr;
  Ref module = module_new("_datetime", true);
  Ref doc = str_from_utf8("Fast implementation of the datetime type.");
  if (!module || !doc) return nullptr;
  struct Entry {
    const char* name;
    Value value;
  };
  const Entry entries[] = {
      {"__doc__", *doc},
      {"date", Value::object(&dt::date_type)},
      {"datetime", Value::object(&dt::datetime_type)},
      {"time", Value::object(&dt::time_type)},
      {"timedelta", Value::object(&dt::delta_type)},
      {"tzinfo", Value::object(&dt::tzinfo_type)},
      {"timezone", Value::object(&dt::timezone_type)},
      {"MINYEAR", Value::small_int(dt::kMinYear)},
      {"MAXYEAR", Value::small_int(dt::kMaxYear)},
      {"UTC", dt::utc},
  };
  for (const Entry& e : entries) {
    if (module_add(*module, e.name, e.value) < 0) return nullptr;
  }
  return module;
}

}  // namespace taipan
