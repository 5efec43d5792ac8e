#!/usr/bin/env bash
# Builds the trimmed runtime (jlink, modules from jlink.conf) and a native package with jpackage.
#   packaging/package.sh [TYPE...]   TYPE: app-image (default), deb, rpm (Linux) · msi, exe (Windows) · dmg, pkg (macOS)
# Output in target/installer/. Same recipe on every OS: only the per-OS argument files differ (packaging/<os>/jpackage.args for every type, installer.args for installers).
# Needs a full JDK 17+ (jlink, jpackage); .deb needs dpkg-deb and fakeroot; .msi/.exe need the WiX toolset.
set -euo pipefail
cd "$(dirname "$0")/.."
types=("$@"); [ ${#types[@]} -gt 0 ] || types=(app-image)
case "$(uname -s)" in
  Linux*) os=linux; natives=linux-x86_64 ;;
  Darwin*) os=macos; natives=$([ "$(uname -m)" = arm64 ] && echo macosx-arm64 || echo macosx-x86_64) ;;
  MINGW*|MSYS*|CYGWIN*) os=windows; natives=windows-x86_64 ;;
  *) echo "package.sh: unsupported OS $(uname -s)" >&2; exit 2 ;;
esac
jdk=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
[ -d "$jdk/jmods" ] || { echo "package.sh: $jdk has no jmods/ folder; set JAVA_HOME to a full JDK 17+" >&2; exit 2; }

[ -f target/activemat.jar ] || mvn -q -B package -DskipTests
# jpackage refuses -SNAPSHOT-style versions: take the numeric part of the Maven version.
version=$(sed -n "s/^version=\([0-9.]*\).*/\1/p" target/classes/org/activemat/version.properties)

out=target/installer
rm -rf "$out/input" "$out/runtime" "$out/ActiveMat" 2>/dev/null || true
mkdir -p "$out/input/lib" "$out/fx"
cp target/activemat.jar "$out/input/"
for jar in target/lib/*.jar; do
  name=$(basename "$jar")
  case "$name" in
    javafx-*-linux.jar|javafx-*-win.jar|javafx-*-mac*.jar) cp "$jar" "$out/fx/" ;;  # linked into the runtime as modules
    javafx-*) ;;                                                                      # empty platform-neutral stubs
    *-linux-*.jar|*-windows-*.jar|*-macosx-*.jar)
      case "$name" in *-"$natives".jar) cp "$jar" "$out/input/lib/" ;; esac ;;       # only this platform's natives
    *) cp "$jar" "$out/input/lib/" ;;
  esac
done
# Bundled sample datasets travel with the app (the workbench looks next to its jar).
if ls sample-data/*.extxyz >/dev/null 2>&1; then mkdir -p "$out/input/sample-data"; cp sample-data/*.extxyz sample-data/*.md "$out/input/sample-data/" 2>/dev/null || true; fi

sep=':'; [ "$os" = windows ] && sep=';'
jlink @jlink.conf --module-path "$jdk/jmods$sep$out/fx" --output "$out/runtime"

for type in "${types[@]}"; do
  extra=(); [ "$type" = app-image ] || extra=(@packaging/$os/installer.args)
  rm -f "$out"/*."$type"
  jpackage @packaging/common.args @packaging/$os/jpackage.args "${extra[@]}" \
    --type "$type" --app-version "$version" --input "$out/input" --runtime-image "$out/runtime" --dest "$out"
  echo "package.sh: built $type in $out (version $version)"
done
du -sh "$out"/ActiveMat* "$out"/*.deb "$out"/*.rpm 2>/dev/null || true
