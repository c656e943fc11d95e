#!/usr/bin/env bash
# Regenerates the ladder-vs-baseline table in every sample's README from a real `compare` run,
# and each sample's index.txt (the files bundled into the jar). Run from the repository root
# after `mvn -B -q package -DskipTests`.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/ladderbench.jar
[ -f "$jar" ] || { echo "build the jar first: mvn -B -q package -DskipTests" >&2; exit 2; }
for dir in sample-backtests/*/; do
  dir=${dir%/}
  [ -f "$dir/plan.json" ] || continue
  args=(--plan "$dir/plan.json")
  for csv in "$dir"/*.csv; do args+=(--data "$csv"); done
  [ -f "$dir/config.json" ] && args+=(--config "$dir/config.json")
  out=$(mktemp -d)
  table=$(java -jar "$jar" compare "${args[@]}" --out "$out/cmp" | grep -v '^written to ')
  rm -rf "$out"
  TABLE="$table" awk '/<!-- table:begin -->/ { print; print ENVIRON["TABLE"]; skip = 1; next }
                      /<!-- table:end -->/ { skip = 0 }
                      !skip' "$dir/README.md" > "$dir/README.md.tmp"
  mv "$dir/README.md.tmp" "$dir/README.md"
  (cd "$dir" && ls | grep -v '^index.txt$' > index.txt)
  echo "updated $dir"
done
