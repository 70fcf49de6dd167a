#!/usr/bin/env bash
# Builds the Debian package from the CI build folder (`cpack -G DEB`), checks
# its metadata and files, unpacks it into a temporary root and runs it there,
# and asks dpkg whether it would install (dependencies met). With
# STARBANK_DEB_INSTALL=1 it really installs it with dpkg -i, runs
# /usr/bin/starbank, and removes it again.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${STARBANK_BUILD_DIR:-build}
fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB >/dev/null) || fail "cpack -G DEB failed"
deb=$(ls -t "$build"/starbank_*_*.deb | head -n 1)
info=$(dpkg-deb --info "$deb")
for want in "Package: starbank" "Section: utils"; do
  grep -qF "$want" <<<"$info" || fail "control lacks '$want': $info"
done
# A dynamic binary (Debug, STARBANK_STATIC=OFF) depends on the libraries
# dpkg-shlibdeps finds; a static one (the Release default) on none.
if readelf -d "$build/starbank" | grep -q NEEDED; then
  for want in "libyaml-cpp0.7" "libfmt9" "libcmark-gfm0" "libcmark-gfm-extensions0"; do
    grep -qF "$want" <<<"$info" || fail "control lacks '$want': $info"
  done
else
  ! grep -q "^ *Depends:" <<<"$info" || fail "a static binary needs no Depends: $info"
fi
contents=$(dpkg-deb --contents "$deb")
for f in ./usr/bin/starbank ./usr/share/man/man1/starbank.1 \
         ./usr/share/bash-completion/completions/starbank \
         ./usr/share/zsh/vendor-completions/_starbank ./usr/share/doc/starbank/LICENSE; do
  grep -qF " $f" <<<"$contents" || fail "package lacks $f"
done

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"
"$root/usr/bin/starbank" --version | grep -q '^starbank [0-9]' || fail "unpacked binary"
"$root/usr/bin/starbank" lint --isolated tests/testdata/integ/strong.yaml >/dev/null ||
  fail "unpacked binary cannot lint"
if [ "$(id -u)" -eq 0 ]; then
  dpkg --dry-run -i "$deb" >/dev/null || fail "dpkg would not install $deb"
fi
if [ "${STARBANK_DEB_INSTALL:-0}" = 1 ]; then
  was_installed=$(dpkg-query -W -f='${Status}' starbank 2>/dev/null || true)
  dpkg -i "$deb" >/dev/null
  /usr/bin/starbank lint --isolated tests/testdata/integ/strong.yaml >/dev/null ||
    fail "installed binary cannot lint"
  case $was_installed in *"ok installed"*) ;; *) dpkg -r starbank >/dev/null ;; esac
fi
echo "deb: $deb ($(du -k "$deb" | cut -f1) KiB) builds, unpacks and runs"
