#!/usr/bin/env python3
"""Converts the shared synthetic corpus (gen_corpus.py's TSV: id, district, year, title, body with
paragraphs joined by the two characters \\n) into the indexer's bulk .jsonl format, so both engines
index exactly the same articles.

    bench/tsv-to-jsonl.py corpus-10000.tsv corpus/10000/corpus.jsonl
"""
import json
import os
import sys

source, target = sys.argv[1], sys.argv[2]
os.makedirs(os.path.dirname(os.path.abspath(target)), exist_ok=True)
with open(source, encoding="utf-8") as tsv, open(target, "w", encoding="utf-8") as out:
    for line in tsv:
        doc_id, district, year, title, body = line.rstrip("\n").split("\t")
        record = {"id": doc_id, "title": title, "body": body.replace("\\n", "\n"),
                  "districts": [district], "year": int(year), "source": os.path.basename(source)}
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
