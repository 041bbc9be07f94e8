#!/usr/bin/env bash
# Writes, to standard output, a POSIX shell launcher equivalent to a jpackage launcher configuration
# (lib/app/NAME.cfg): the runtime's java, the .cfg's java-options, class path and main class, and the
# user's arguments. Run by build.sh on Linux; the script finds its app image from its own path, so
# the image works wherever it is copied or installed, and through a symbolic link.
set -euo pipefail
cfg=${1:?launcher .cfg file}

quote() { printf "'%s'" "${1//\'/\'\\\'\'}"; }

main_class=
options=()
class_path=()
while IFS= read -r line; do
  case "$line" in
    app.mainclass=*) main_class=${line#app.mainclass=} ;;
    app.classpath=*) class_path+=("${line#app.classpath=}") ;;
    java-options=*) options+=("${line#java-options=}") ;;
  esac
done < "$cfg"
[ -n "$main_class" ] || { echo "posix-launcher.sh: no app.mainclass in $cfg" >&2; exit 1; }

# $APPDIR in the .cfg is the image's lib/app; it stays a variable of the generated script.
expand() { local value; value=$(quote "$1"); printf '%s' "${value//\$APPDIR/\'\"\$app_dir\"\'}"; }

echo '#!/bin/sh'
echo "# Generated from $(basename "$cfg") by installer/posix-launcher.sh."
echo 'self=$(readlink -f "$0")'
echo 'image=$(dirname "$(dirname "$self")")'
echo 'app_dir="$image/lib/app"'
joined=$(IFS=:; echo "${class_path[*]}")
printf 'exec "$image/lib/runtime/bin/java"'
for option in "${options[@]}"; do printf ' %s' "$(expand "$option")"; done
printf ' -cp %s %s "$@"\n' "$(expand "$joined")" "$(quote "$main_class")"
