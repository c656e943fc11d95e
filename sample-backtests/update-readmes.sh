#!/usr/bin/env bash
# Regenerates the ladder-vs-baseline table in every sample's README from a real `compare` run,
# and each sample's index.txt (the files bundled into the jar). Run from the repository root
# after `mvn -B -q package -DskipTests`.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/ladderbench.jar
[ -f "$jar" ] || { echo "build the jar first: mvn -B -q package -DskipTests" >&2; exit 2; }

# The real-data samples' CSVs are derived from files shipped in org.ta4j:ta4j-examples:0.18 (MIT);
# rebuild them with the project's importer when the artifact is in the local Maven repository
# (RealSampleDataTest checks in every build that the committed bytes are what this makes).
ta4j_jar=${M2_REPO:-$HOME/.m2/repository}/org/ta4j/ta4j-examples/0.18/ta4j-examples-0.18.jar
if [ -f "$ta4j_jar" ]; then
  src=$(mktemp -d)
  (cd "$src" && unzip -q "$ta4j_jar" bitstamp_trades_from_20131125_usd.csv ETH-USD-PT5M-2023-3-13_2023-3-15.json)
  java -jar "$jar" bars --trades "$src/bitstamp_trades_from_20131125_usd.csv" --timeframe 5m --fill-gaps \
    --out sample-backtests/bitstamp-2013/BTC-USD_5m.csv
  java -jar "$jar" bars --ta4j-json "$src/ETH-USD-PT5M-2023-3-13_2023-3-15.json" --timeframe 5m \
    --out sample-backtests/eth-2023-depeg/ETH-USD_5m.csv
  rm -rf "$src"
else
  echo "note: $ta4j_jar not found (mvn -B test-compile fetches it); real-data CSVs left as they are" >&2
fi
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
