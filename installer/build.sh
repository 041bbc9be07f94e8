#!/usr/bin/env bash
# Builds the native packages from the jars Maven prepared; run by `mvn -B -Pinstaller package`
# (the `installer` profile in pom.xml), not by hand. Arguments: the project's version, its
# build directory (target), the file name of the project's own (unshaded) jar.
#
# One script for every system, chosen by `uname`: Linux builds the app image and the .deb; Windows
# (Git Bash, as Maven runs it there) the .msi; macOS the .dmg. Only the Linux branch is run here and
# in CI; README.md in this folder says how the others are run.
set -euo pipefail

version=${1:?version}
target=$(cd "${2:?build directory}" && pwd)
app_jar=${3:?the project jar}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
jdk_bin="${JAVA_HOME:?JAVA_HOME}/bin"
work="$target/installer"
dist="$target/dist"
name=cosell-studio

# jpackage wants 1 to 3 numbers: 0.1.0-SNAPSHOT becomes 0.1.0.
numeric_version=$(sed -E 's/^([0-9]+(\.[0-9]+){0,2}).*/\1/' <<<"$version")

case "$(uname -s)" in
  Linux*) platform=linux ;;
  Darwin*) platform=mac ;;
  MINGW*|MSYS*|CYGWIN*) platform=win ;;
  *) echo "installer/build.sh: no installer for $(uname -s)" >&2; exit 1 ;;
esac
case "$(uname -m)" in
  aarch64|arm64) fx_classifier="$platform-aarch64" ;;
  *) fx_classifier="$platform" ;;
esac

rm -rf "$work/runtime" "$dist"
mkdir -p "$dist"
cp "$target/$app_jar" "$work/input/"

# The JDK modules the app and its libraries use (jdeps on the shaded jar, which holds them all),
# JavaFX's modules from Maven Central's jars for this platform, and locale data and the extra
# charsets, which jdeps cannot see are wanted (dates in the user's language, legacy encodings).
jdk_modules=$("$jdk_bin/jdeps" --multi-release 17 --ignore-missing-deps --print-module-deps "$target/$name.jar")
fx_jars=()
for module in base graphics controls; do
  # The platform jars' build has copied each platform's JavaFX already (pom.xml, javafx-for-each-platform).
  fx_jars+=("$target/platform-jars/$fx_classifier/javafx-$module-$fx_classifier.jar")
done
fx_path=$(IFS=:; echo "${fx_jars[*]}")
cds=()
if "$jdk_bin/jlink" --list-plugins | grep -q -- --generate-cds-archive && [ "${COSELL_CDS:-1}" != 0 ]; then
  cds=(--generate-cds-archive)
fi
"$jdk_bin/jlink" --module-path "$fx_path:$JAVA_HOME/jmods" \
  --add-modules "$jdk_modules,javafx.controls,jdk.localedata,jdk.charsets" \
  --strip-debug --no-header-files --no-man-pages "${cds[@]}" \
  --output "$work/runtime"

# JavaFX's Maven jars carry their native libraries beside the classes; a linked module keeps them
# only as resources, which JavaFX would unpack into ~/.openjfx at every new version. The runtime's
# own library folder is where it looks first.
native_dir="$work/runtime/lib"
[ "$platform" = win ] && native_dir="$work/runtime/bin"
for jar in "${fx_jars[@]}"; do
  (cd "$native_dir" && "$jdk_bin/jar" xf "$jar" $("$jdk_bin/jar" tf "$jar" | grep -E '\.(so|dylib|dll)$' || true))
done

# The window's and the command line's JVM options (see README.md here); ControlsFX reaches into
# JavaFX internals, which the linked runtime holds as real modules.
read -r -a window_options < "$here/window.options"
cli_properties="$here/cli-launcher.properties"
if [ "$platform" = win ]; then
  # A Windows launcher is a console program only when asked, and the command line writes to one.
  cli_properties="$work/cli-launcher.properties"
  { cat "$here/cli-launcher.properties"; echo "win-console=true"; } > "$cli_properties"
fi
# What every installer shows and installs as its licence: ours, then every library the app ships
# with (the list Help > About shows) and the Java runtime, whose own notices are in lib/runtime/legal.
licence="$work/licence.txt"
{
  cat "$here/../LICENSE"
  printf '\n\nCo-sell Studio ships with these third-party components, under their own licences:\n\n'
  grep -v '^#' "$here/../src/main/resources/com/cosellstudio/app/third-party.txt"
  echo "OpenJDK runtime (linked with jlink; notices in lib/runtime/legal) | $("$jdk_bin/java" -version 2>&1 | head -1) | GPL-2.0 with the Classpath Exception"
} > "$licence"

# The app icon of icons/ in the form each system's packages take.
case "$platform" in
  win) icon="$here/../icons/cosell-studio.ico" ;;
  mac) icon="$here/../icons/cosell-studio.icns" ;;
  *) icon="$here/../icons/png/cosell-studio-256.png" ;;
esac
identity=(--name "$name" --icon "$icon" --app-version "$numeric_version" --vendor "Co-sell Studio"
  --description "Check and fix Microsoft Partner Center co-sell bulk files" --copyright "MIT licence")
common=("${identity[@]}" --input "$work/input" --main-jar "$app_jar"
  --main-class com.cosellstudio.Launcher --runtime-image "$work/runtime"
  --add-launcher "$name-cli=$cli_properties"
  --dest "$dist")
for option in "${window_options[@]}"; do
  common+=(--java-options "$option")
done

"$jdk_bin/jpackage" --type app-image "${common[@]}"

associations=(--file-associations "$here/csv.properties" --file-associations "$here/xlsx.properties")
case "$platform" in
  linux)
    # jpackage's Linux launcher asks rpm and dpkg which package owns it on every start, which takes
    # longer than checking an export (docs/performance.md); each launcher becomes a script that runs
    # the runtime's java with exactly what its .cfg says (posix-launcher.sh); the .deb packs that image.
    for launcher in "$name" "$name-cli"; do
      "$here/posix-launcher.sh" "$dist/$name/lib/app/$launcher.cfg" > "$dist/$name/bin/$launcher.tmp"
      chmod 755 "$dist/$name/bin/$launcher.tmp"
      mv "$dist/$name/bin/$launcher.tmp" "$dist/$name/bin/$launcher"
    done
    rm -f "$dist/$name/lib/libapplauncher.so"
    cp "$licence" "$dist/$name/lib/licence.txt"
    if command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
      "$jdk_bin/jpackage" --type deb --app-image "$dist/$name" "${identity[@]}" --dest "$dist" "${associations[@]}" \
        --license-file "$licence" --resource-dir "$here/linux" \
        --linux-package-deps "libgtk-3-0, libgl1" --linux-shortcut \
        --linux-menu-group "Office;Utility" --linux-app-category utils
      mv "$dist/${name}_${numeric_version}-1_amd64.deb" "$dist/${name}_${numeric_version}_amd64.deb" 2>/dev/null || true
    else
      echo "installer/build.sh: dpkg-deb or fakeroot missing, built the app image only" >&2
    fi
    ;;
  win)
    # WiX 3 (candle.exe, light.exe) on the PATH. The upgrade UUID stays the same for every version,
    # so a newer .msi replaces the installed one.
    "$jdk_bin/jpackage" --type msi "${common[@]}" "${associations[@]}" \
      --license-file "$licence" \
      --win-upgrade-uuid 8b21af98-31b5-4c4f-9e85-4eb32071a8e5 \
      --win-menu --win-menu-group "Co-sell Studio" --win-shortcut --win-dir-chooser
    ;;
  mac)
    "$jdk_bin/jpackage" --type dmg "${common[@]}" "${associations[@]}" \
      --license-file "$licence" \
      --mac-package-identifier com.cosellstudio.app --mac-package-name "Co-sell Studio"
    ;;
esac
