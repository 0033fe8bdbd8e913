#!/bin/sh
# The first window on a real X screen (Xvfb) of each small size fits its available area,
# frame and status bar included. Usage: fits-real-screen.sh PROGRAM
set -eu
program=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for size in 1366x768 1280x720; do
    said=$(XDG_CONFIG_HOME="$work/config" CSTRACKER_EXIT_AFTER_FIRST_PAINT=1 QT_QPA_PLATFORM=xcb \
        timeout 120 xvfb-run -a -s "-screen 0 ${size}x24" \
        "$program" --database "$work/$size.sqlite" --demo 2>/dev/null | grep '^first paint')
    # "first paint; peak memory N kB; window WxH+X+Y; screen WxH+X+Y"
    window=$(echo "$said" | sed -n 's/.*window \([0-9x+-]*\);.*/\1/p')
    screen=$(echo "$said" | sed -n 's/.*screen \([0-9x+-]*\)$/\1/p')
    if [ -z "$window" ] || [ -z "$screen" ]; then
        echo "$size: the program said no geometry: $said"
        status=1
        continue
    fi
    set -- $(echo "$window $screen" | tr 'x+' '  ')
    if [ "$3" -lt "$7" ] || [ "$4" -lt "$8" ] || [ $(($3 + $1)) -gt $(($7 + $5)) ] ||
        [ $(($4 + $2)) -gt $(($8 + $6)) ]; then
        echo "$size: the window ($window) does not fit the screen's available area ($screen)"
        status=1
    else
        echo "$size: the window ($window) fits the screen's available area ($screen)"
    fi
done
exit $status
