// Certificates as CPython's _ssl shows them: the dict of getpeercert() and
// _test_decode_cert() (subject, issuer, version, serialNumber, notBefore,
// notAfter, subjectAltName, OCSP, caIssuers, crlDistributionPoints) and the
// DER form.
#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/objects.h>
#include <openssl/x509v3.h>

#include <cstdio>
#include <string>

#include "modules/ssl/ssl.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"

namespace taipan::ssl {

namespace {

// What a memory BIO collected from print(bio).
template <class Print>
std::string print_to_string(Print print) {
  BIO* bio = BIO_new(BIO_s_mem());
  if (bio == nullptr) return {};
  print(bio);
  char* data = nullptr;
  long n = BIO_get_mem_data(bio, &data);
  std::string out(data != nullptr && n > 0 ? data : "", n > 0 ? static_cast<size_t>(n) : 0);
  BIO_free(bio);
  return out;
}

Ref asn1_string_text(const ASN1_STRING* s) {
  unsigned char* utf8 = nullptr;
  int n = ASN1_STRING_to_UTF8(&utf8, s);
  if (n < 0) return raise(ssl_error, "failed to decode an ASN.1 string");
  Ref out = str_from_utf8(std::string_view(reinterpret_cast<char*>(utf8), static_cast<size_t>(n)));
  OPENSSL_free(utf8);
  return out;
}

std::string object_text(const ASN1_OBJECT* obj) {
  char buf[256];
  int n = OBJ_obj2txt(buf, sizeof buf, obj, 0);
  return n > 0 ? std::string(buf, static_cast<size_t>(n) < sizeof buf ? static_cast<size_t>(n) : sizeof buf - 1)
               : std::string();
}

Ref pair(const char* kind, Value text) {
  Ref k = str_from_utf8(kind);
  return k ? tuple_pack({*k, text}) : Ref();
}

Ref pair_text(const char* kind, const std::string& text) {
  Ref v = str_from_utf8(text);
  return v ? pair(kind, *v) : Ref();
}

// The text of an IP address in a certificate: dotted IPv4, or eight
// uppercase hex groups for IPv6 (CPython's form).
std::string ip_text(const ASN1_OCTET_STRING* ip) {
  const unsigned char* p = ASN1_STRING_get0_data(ip);
  int len = ASN1_STRING_length(ip);
  char buf[64];
  if (len == 4) {
    std::snprintf(buf, sizeof buf, "%d.%d.%d.%d", p[0], p[1], p[2], p[3]);
    return buf;
  }
  if (len == 16) {
    std::string out;
    for (int i = 0; i < 16; i += 2) {
      std::snprintf(buf, sizeof buf, "%X", (p[i] << 8) | p[i + 1]);
      if (i > 0) out += ':';
      out += buf;
    }
    return out;
  }
  return "<invalid>";
}

Ref general_name(const GENERAL_NAME* name) {
  switch (name->type) {
    case GEN_DIRNAME: {
      Ref dn = tuple_for_name(name->d.directoryName);
      return dn ? pair("DirName", *dn) : Ref();
    }
    case GEN_EMAIL:
    case GEN_DNS:
    case GEN_URI: {
      Ref text = asn1_string_text(name->d.ia5);
      const char* kind = name->type == GEN_EMAIL ? "email" : name->type == GEN_DNS ? "DNS" : "URI";
      return text ? pair(kind, *text) : Ref();
    }
    case GEN_RID:
      return pair_text("Registered ID", object_text(name->d.registeredID));
    case GEN_IPADD:
      return pair_text("IP Address", ip_text(name->d.iPAddress));
    default:
      return pair_text(name->type == GEN_OTHERNAME ? "othername" : name->type == GEN_X400 ? "X400Name" : "EdiPartyName",
                       "<unsupported>");
  }
}

// subjectAltName as a tuple of (kind, value) pairs; None when absent.
Ref alt_names(X509* cert) {
  auto* names = static_cast<GENERAL_NAMES*>(X509_get_ext_d2i(cert, NID_subject_alt_name, nullptr, nullptr));
  if (names == nullptr) return Ref::none();
  int n = sk_GENERAL_NAME_num(names);
  Tuple* out = tuple_new(n);
  Ref result = Ref::steal(out);
  for (int i = 0; result && i < n; ++i) {
    Ref item = general_name(sk_GENERAL_NAME_value(names, i));
    if (!item) {
      result = Ref();
      break;
    }
    out->items[i] = item.release();
  }
  GENERAL_NAMES_free(names);
  return result;
}

// The URIs of the Authority Information Access entries of kind `nid`; None when none.
Ref aia_uris(X509* cert, int nid) {
  auto* info = static_cast<AUTHORITY_INFO_ACCESS*>(X509_get_ext_d2i(cert, NID_info_access, nullptr, nullptr));
  if (info == nullptr) return Ref::none();
  Ref list = Ref::steal(list_new(0));
  for (int i = 0; list && i < sk_ACCESS_DESCRIPTION_num(info); ++i) {
    ACCESS_DESCRIPTION* ad = sk_ACCESS_DESCRIPTION_value(info, i);
    if (OBJ_obj2nid(ad->method) != nid || ad->location->type != GEN_URI) continue;
    Ref uri = asn1_string_text(ad->location->d.uniformResourceIdentifier);
    if (!uri || list_append(list.as<List>(), *uri) < 0) list = Ref();
  }
  AUTHORITY_INFO_ACCESS_free(info);
  if (!list) return nullptr;
  if (list.as<List>()->size == 0) return Ref::none();
  return list_as_tuple(list.as<List>());
}

Ref crl_points(X509* cert) {
  auto* dps = static_cast<CRL_DIST_POINTS*>(X509_get_ext_d2i(cert, NID_crl_distribution_points, nullptr, nullptr));
  if (dps == nullptr) return Ref::none();
  Ref list = Ref::steal(list_new(0));
  for (int i = 0; list && i < sk_DIST_POINT_num(dps); ++i) {
    DIST_POINT* dp = sk_DIST_POINT_value(dps, i);
    if (dp->distpoint == nullptr || dp->distpoint->type != 0) continue;
    GENERAL_NAMES* names = dp->distpoint->name.fullname;
    for (int j = 0; list && j < sk_GENERAL_NAME_num(names); ++j) {
      GENERAL_NAME* gn = sk_GENERAL_NAME_value(names, j);
      if (gn->type != GEN_URI) continue;
      Ref uri = asn1_string_text(gn->d.uniformResourceIdentifier);
      if (!uri || list_append(list.as<List>(), *uri) < 0) list = Ref();
    }
  }
  CRL_DIST_POINTS_free(dps);
  if (!list) return nullptr;
  if (list.as<List>()->size == 0) return Ref::none();
  return list_as_tuple(list.as<List>());
}

int put_text(Dict* d, const char* key, const std::string& text) {
  Ref v = str_from_utf8(text);
  return v ? dict_set_str(d, key, *v) : -1;
}

// Adds key: v unless v is None.
int put_optional(Dict* d, const char* key, const Ref& v) {
  if (!v) return -1;
  return (*v).is_none() ? 0 : dict_set_str(d, key, *v);
}

}  // namespace

Ref tuple_for_name(const X509_NAME* name) {
  Ref dn = Ref::steal(list_new(0));
  Ref rdn;
  int last_set = -1;
  int count = X509_NAME_entry_count(name);
  for (int i = 0; dn && i < count; ++i) {
    const X509_NAME_ENTRY* entry = X509_NAME_get_entry(name, i);
    int set = X509_NAME_ENTRY_set(entry);
    if (rdn && set != last_set) {
      Ref t = list_as_tuple(rdn.as<List>());
      if (!t || list_append(dn.as<List>(), *t) < 0) return nullptr;
      rdn = Ref();
    }
    if (!rdn) rdn = Ref::steal(list_new(0));
    last_set = set;
    Ref key = str_from_utf8(object_text(X509_NAME_ENTRY_get_object(entry)));
    Ref value = key ? asn1_string_text(X509_NAME_ENTRY_get_data(entry)) : Ref();
    Ref attr = value ? tuple_pack({*key, *value}) : Ref();
    if (!rdn || !attr || list_append(rdn.as<List>(), *attr) < 0) return nullptr;
  }
  if (!dn) return nullptr;
  if (rdn) {
    Ref t = list_as_tuple(rdn.as<List>());
    if (!t || list_append(dn.as<List>(), *t) < 0) return nullptr;
  }
  return list_as_tuple(dn.as<List>());
}

Ref decode_certificate(X509* cert) {
  Ref result = Ref::steal(dict_new());
  if (!result) return nullptr;
  Dict* d = result.as<Dict>();
  Ref subject = tuple_for_name(X509_get_subject_name(cert));
  Ref issuer = subject ? tuple_for_name(X509_get_issuer_name(cert)) : Ref();
  Ref version = int_from_int64(X509_get_version(cert) + 1);
  if (!subject || !issuer || !version || dict_set_str(d, "subject", *subject) < 0 ||
      dict_set_str(d, "issuer", *issuer) < 0 || dict_set_str(d, "version", *version) < 0) {
    return nullptr;
  }
  std::string serial = print_to_string([&](BIO* b) { i2a_ASN1_INTEGER(b, X509_get0_serialNumber(cert)); });
  std::string not_before = print_to_string([&](BIO* b) { ASN1_TIME_print(b, X509_get0_notBefore(cert)); });
  std::string not_after = print_to_string([&](BIO* b) { ASN1_TIME_print(b, X509_get0_notAfter(cert)); });
  if (put_text(d, "serialNumber", serial) < 0 || put_text(d, "notBefore", not_before) < 0 ||
      put_text(d, "notAfter", not_after) < 0 || put_optional(d, "subjectAltName", alt_names(cert)) < 0 ||
      put_optional(d, "OCSP", aia_uris(cert, NID_ad_OCSP)) < 0 ||
      put_optional(d, "caIssuers", aia_uris(cert, NID_ad_ca_issuers)) < 0 ||
      put_optional(d, "crlDistributionPoints", crl_points(cert)) < 0) {
    return nullptr;
  }
  return result;
}

Ref certificate_der(X509* cert) {
  unsigned char* der = nullptr;
  int n = i2d_X509(cert, &der);
  if (n < 0) return raise_ssl(ssl_error, kErrSsl, nullptr);
  Ref out = bytes_from_string(std::string_view(reinterpret_cast<char*>(der), static_cast<size_t>(n)));
  OPENSSL_free(der);
  return out;
}

}  // namespace taipan::ssl
