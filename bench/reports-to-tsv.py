#!/usr/bin/env python3
"""Writes a folder of real work reports (one report a .txt file, as in shared/reports/pages) as the
peers' TSV (id, place, year, title, body with newlines as the two characters \\n), so that Java Lucene
and Lucene.Net index the same texts as ours, which reads the folder itself. The title is the first
line; the year the file name's first four digits, the place what stands between 年 and 政府工作报告
(the peers' facets refuse an empty value).

    bench/reports-to-tsv.py ../shared/reports/pages reports.tsv
"""
import os
import re
import sys

source, target = sys.argv[1], sys.argv[2]
with open(target, "w", encoding="utf-8") as out:
    for i, name in enumerate(sorted(n for n in os.listdir(source) if n.endswith(".txt"))):
        with open(os.path.join(source, name), encoding="utf-8") as report:
            lines = [line.strip().replace("\t", " ") for line in report if line.strip()]
        year = re.match(r"\d{4}", name)
        place = re.search(r"年(.+?)政府工作报告", name)
        title = lines[0] if lines else name[:-4]
        body = "\\n".join(lines[1:])
        out.write(f"report{i:04d}\t{place[1] if place else '未知'}\t{year[0] if year else '0'}\t{title}\t{body}\n")
