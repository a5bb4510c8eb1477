#!/usr/bin/env bash
# Every figure khabar reports, from the official scorers in ../shared/tools on the dev data
# in ../shared/data (never the tests: they run without ../shared).
# usage: npm run eval [-- sample|ner-ar|ner-en|articles-ar|articles-en|te3 …]
set -uo pipefail
cd "$(dirname "$0")/.."
shared=../shared
[ -d "$shared/tools" ] || { echo "eval: $shared/tools not found (the evaluation data lives beside the checkout)" >&2; exit 2; }
want=("$@")
[ ${#want[@]} -gt 0 ] || want=(sample articles-ar ner-ar te3 articles-en ner-en)
for w in "${want[@]}"; do
  echo "== $w"
  case "$w" in
    sample) python3 "$shared/tools/score_gold.py" "$shared/gold/ar-talks-belarus.gold.json" --articles "$shared/samples" -v ;;
    articles-ar) python3 "$shared/tools/score_gold.py" "$shared/gold/articles/ar" --articles "$shared/data/articles" -v ;;
    articles-en) python3 "$shared/tools/score_gold.py" "$shared/gold/articles/en" --articles "$shared/data/articles" -v ;;
    ner-ar) python3 "$shared/tools/score_ner.py" "$shared/data/ner-ar/dev.conll" --lang ar ;;
    ner-en) python3 "$shared/tools/score_ner.py" "$shared/data/ner-en/dev.conll" --lang en ;;
    te3)
      node dist/scripts/timeml-to-gold.js "$shared/data/timex/te3-platinum/gold" .eval/te3 &&
        python3 "$shared/tools/score_gold.py" .eval/te3/gold --articles .eval/te3/articles -v ;;
    *) echo "eval: unknown part $w" >&2 ;;
  esac
done
