#!/bin/sh
# Rebuilds the fonts the exporters ship from Debian's packages (run once; the results are committed):
#   apt-get install -y fonts-noto-core fonts-dejavu-core fonttools
#
# Why subsets: resvg reads a font file again for every glyph it draws, so a 27 KB Latin font renders a
# study sheet several times faster than the 513 KB original. Noto Sans covers Latin text; DejaVu Sans
# supplies what Noto lacks (arrows, ≈ ≤ ≥, shapes) and Greek, Cyrillic, Hebrew and Arabic, split in two so
# the common symbols stay cheap. The width tables in shared/export/sheet/fontMetrics.ts come from these
# files: run `npm run export:font-metrics` after changing them.
set -eu
cd "$(dirname "$0")"
NOTO=/usr/share/fonts/truetype/noto
DEJAVU=/usr/share/fonts/truetype/dejavu
LATIN="U+0020-007E,U+00A0-017F,U+0192,U+02C6,U+02C7,U+02D8-02DD,U+2010-2027,U+2030-203A,U+2044,U+20AC,U+2122,U+FFFD"
SYMBOLS="U+0020,U+00A0,U+2190-21FF,U+2200-22FF,U+2300-23FF,U+25A0-25FF,U+2605,U+2606,U+26A0,U+2713-2718"
SCRIPTS="U+0020,U+00A0,U+060C,U+0180-024F,U+0250-02AF,U+0300-036F,U+0370-03FF,U+0400-04FF,U+0590-05FF,U+0600-06FF,U+2500-257F,U+2600-2604,U+2607-269F,U+26A1-26FF,U+2700-2712,U+2719-27BF,U+FB1D-FB4F,U+FB50-FDFF,U+FE70-FEFF"
subset() { pyftsubset "$1" --unicodes="$2" --layout-features="$3" --no-hinting --name-IDs='*' --output-file="$4"; }
subset "$NOTO/NotoSans-Regular.ttf" "$LATIN" kern NotoSans-Regular.subset.ttf
subset "$NOTO/NotoSans-Bold.ttf" "$LATIN" kern NotoSans-Bold.subset.ttf
subset "$DEJAVU/DejaVuSans.ttf" "$SYMBOLS" '' DejaVuSans-Symbols.subset.ttf
subset "$DEJAVU/DejaVuSans-Bold.ttf" "$SYMBOLS" '' DejaVuSans-Bold-Symbols.subset.ttf
subset "$DEJAVU/DejaVuSans.ttf" "$SCRIPTS" '*' DejaVuSans-Scripts.subset.ttf
subset "$DEJAVU/DejaVuSans-Bold.ttf" "$SCRIPTS" '*' DejaVuSans-Bold-Scripts.subset.ttf
