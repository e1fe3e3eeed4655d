#!/usr/bin/env python3
"""Writes the query mix typed in pinyin, for the query unit's pinyin figures.

  pinyin-queries.py QUERIES_FILE Unihan_Readings.txt OUT_FILE

Each query of Han characters (and spaces) becomes its pinyin, spaces kept between terms: 崂山区
人均可支配收入 → laoshanqu renjunkezhipeishouru. Each character takes its customary reading
(Unihan's kMandarin, tones dropped), which is not always the one a word has (行长 → xingzhang):
such queries spell other words, or none, as a reader's slips would. Unihan_Readings.txt is in
Debian's unicode-data (tools/tables/tables.sh fetches it).
"""
import sys
import unicodedata
from pathlib import Path

queries, unihan, out = sys.argv[1:4]
reading = {}
for line in Path(unihan).read_text(encoding="utf-8").splitlines():
    if line.startswith("U+") and "\tkMandarin\t" in line:
        code, _, value = line.split("\t")
        plain = "".join(c for c in unicodedata.normalize("NFD", value.split(" ")[0]) if not unicodedata.combining(c) or c == "\u0308")
        reading[chr(int(code[2:], 16))] = unicodedata.normalize("NFC", plain).replace("ü", "v")

typed = []
for query in Path(queries).read_text(encoding="utf-8").splitlines():
    terms = query.split()
    if terms and all(all(c in reading for c in term) for term in terms):
        typed.append(" ".join("".join(reading[c] for c in term) for term in terms))
Path(out).write_text("\n".join(typed) + "\n", encoding="utf-8")
print(f"{len(typed)} of the queries written in pinyin to {out}", file=sys.stderr)
