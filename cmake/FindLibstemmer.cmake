# Snowball's stemmers (Debian: libstemmer-dev), as the imported target
# Libstemmer::Libstemmer. Debian ships no pkg-config file for it, so this
# looks for the library and its header directly.
find_library(LIBSTEMMER_LIBRARY NAMES stemmer)
find_path(LIBSTEMMER_INCLUDE_DIR NAMES libstemmer.h)

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(Libstemmer
  REQUIRED_VARS LIBSTEMMER_LIBRARY LIBSTEMMER_INCLUDE_DIR
  REASON_FAILURE_MESSAGE
    "starbank stems words with Snowball: install it (Debian: apt-get install libstemmer-dev), or set LIBSTEMMER_LIBRARY and LIBSTEMMER_INCLUDE_DIR")

if(Libstemmer_FOUND AND NOT TARGET Libstemmer::Libstemmer)
  add_library(Libstemmer::Libstemmer UNKNOWN IMPORTED)
  set_target_properties(Libstemmer::Libstemmer PROPERTIES
    IMPORTED_LOCATION "${LIBSTEMMER_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${LIBSTEMMER_INCLUDE_DIR}")
endif()
mark_as_advanced(LIBSTEMMER_LIBRARY LIBSTEMMER_INCLUDE_DIR)
