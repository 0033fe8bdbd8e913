#!/bin/sh
# Installs the Debian packages needed to build and test the program, if any are missing.
# Run as root on Debian 12 (bookworm). The list is in build-depends.txt beside this file.
set -eu
here=$(dirname "$0")
missing=""
for pkg in $(cat "$here/build-depends.txt"); do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $pkg"
    fi
done
if [ -n "$missing" ]; then
    echo "Installing:$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $missing
fi
