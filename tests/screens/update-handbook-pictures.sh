#!/bin/bash
# Takes the handbook's pictures again from the program itself, after a window has changed:
# runs the screens and handbook tests with CSTRACKER_SCREENSHOTS set, then copies each
# picture a handbook page names into resources/handbook/images. The package build runs no
# tests, so the pictures are kept in the repository; tst_handbook fails if one is missing.
#   tests/screens/update-handbook-pictures.sh [BUILD_DIR]
set -euo pipefail
source=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$source/build}
shots=$(mktemp -d)
trap 'rm -rf "$shots"' EXIT
export QT_QPA_PLATFORM=offscreen TZ=UTC LC_ALL=C.UTF-8 CSTRACKER_SCREENSHOTS=$shots
"$build/tests/tst_screens" >/dev/null
"$build/tests/tst_handbook" f1InEveryPanelOpensItsChapter refusedReportLinksToWhatToDo >/dev/null
handbook=$source/resources/handbook
for name in $(grep -oh 'src="images/[^"]*"' "$handbook"/*.html | sed 's/^src="images\///; s/"$//' | sort -u); do
    if [ ! -f "$shots/$name" ]; then
        echo "no test takes $name: name a picture the screens or handbook test saves" >&2
        exit 1
    fi
    cp "$shots/$name" "$handbook/images/$name"
    echo "images/$name"
done
