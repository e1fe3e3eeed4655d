#!/usr/bin/env python3
"""Converts the shared synthetic corpus (gen_corpus.py's TSV: id, district, year, title, body with
paragraphs joined by the two characters \\n) into the indexer's bulk .jsonl format, so both engines
index exactly the same articles.

    bench/tsv-to-jsonl.py corpus-10000.tsv corpus/10000/corpus.jsonl
    bench/tsv-to-jsonl.py corpus-10000.tsv places/10000/corpus.jsonl --places src/Search.Places/Places.txt

With --places, each article reports on places drawn from China's whole table instead of Qingdao's ten
districts: one place of any level (province, city or county), and every tenth article a roundup of
three, drawn by a generator seeded with the article's id, so the same TSV always gives the same
places. At 10,000 articles that is about 3,200 distinct places: what the place facet costs when
nothing limits the number of places.
"""
import argparse
import json
import os
import random

parser = argparse.ArgumentParser()
parser.add_argument("source")
parser.add_argument("target")
parser.add_argument("--places", help="Places.txt: draw each article's places from this table")
args = parser.parse_args()

codes = []
if args.places:
    with open(args.places, encoding="utf-8") as table:
        codes = [line.split("\t")[0] for line in table if line.strip() and not line.startswith("#")]

os.makedirs(os.path.dirname(os.path.abspath(args.target)), exist_ok=True)
with open(args.source, encoding="utf-8") as tsv, open(args.target, "w", encoding="utf-8") as out:
    for line in tsv:
        doc_id, district, year, title, body = line.rstrip("\n").split("\t")
        if codes:
            draw = random.Random(doc_id)
            places = draw.sample(codes, 3 if draw.randrange(10) == 0 else 1)
            record = {"id": doc_id, "title": title, "body": body.replace("\\n", "\n"),
                      "places": places, "year": int(year), "source": os.path.basename(args.source)}
        else:
            record = {"id": doc_id, "title": title, "body": body.replace("\\n", "\n"),
                      "districts": [district], "year": int(year), "source": os.path.basename(args.source)}
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
