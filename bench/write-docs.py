#!/usr/bin/env python3
"""Puts a suite run's tables (bench/report.py's output) into docs/benchmarks.md, between the two
marker lines, under a line saying when, on which commit and with which command they were measured.
Everything outside the markers — the per-change history, the profile, the prose — is left alone.

    bench/write-docs.py REPORT_MD DOCS_MD COMMIT COMMAND
"""
import datetime
import sys

BEGIN = "<!-- suite tables: bench/run.sh writes from here -->"
END = "<!-- suite tables: to here -->"


def main(report_path, docs_path, commit, command):
    docs = open(docs_path, encoding="utf-8").read()
    if BEGIN not in docs or END not in docs:
        sys.exit(f"{docs_path} has no suite markers ({BEGIN} … {END}); nothing written")
    before, rest = docs.split(BEGIN, 1)
    _, after = rest.split(END, 1)
    today = datetime.date.today().isoformat()
    tables = open(report_path, encoding="utf-8").read().strip()
    block = f"{BEGIN}\n\nMeasured {today} on code `{commit}` with `{command}`.\n\n{tables}\n\n{END}"
    open(docs_path, "w", encoding="utf-8").write(before + block + after)
    print(f"{docs_path}: suite tables replaced ({today}, {commit})")


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    main(*sys.argv[1:])
