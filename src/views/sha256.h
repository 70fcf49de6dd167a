// SHA-256 (FIPS 180-4) and Base64 (RFC 4648), for the HTML report's
// Content-Security-Policy, which allows its one inline script by hash
// ('sha256-<base64 of the digest>'). Small and dependency-free: the build
// takes no crypto library for one hash of a constant string.
#ifndef STARBANK_SRC_VIEWS_SHA256_H_
#define STARBANK_SRC_VIEWS_SHA256_H_

#include <string>
#include <string_view>

namespace starbank {

/// The 32-byte SHA-256 digest of `data`, as raw bytes.
std::string Sha256(std::string_view data);

/// Standard Base64 with '=' padding.
std::string Base64(std::string_view data);

}  // namespace starbank

#endif  // STARBANK_SRC_VIEWS_SHA256_H_
