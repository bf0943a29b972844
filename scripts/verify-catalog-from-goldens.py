#!/usr/bin/env python3
"""Marks built-in catalog rows as verified where a golden model typed from a real published document prints the code
with the same name in a year the row covers: source becomes 「核实:<document id>（<year>年公开文件）」. Rows already
verified, and rows whose name the document prints differently, are left as they are (a different name is either the
document's mistake, reported by R-CAT-03, or a name to check by hand). Run from the project root after adding goldens."""
import glob, json, re

BASE = 'core/src/main/resources/org/gongkai/core/classification/'


def plain(name):
    return re.sub(r'[\s（）()]', '', name)


printed = {}  # code -> list of (year, plain name, document id)
for path in sorted(glob.glob('io/src/test/resources/corpus/*/golden.json')):
    golden = json.load(open(path, encoding='utf-8'))
    document = path.split('/')[-2]
    for table in golden.get('tables', []):
        for row in table.get('rows', []):
            if row.get('code') and row.get('name'):
                printed.setdefault(row['code'], []).append((golden['year'], plain(row['name']), document))

for resource in ('function-codes.tsv', 'economic-codes.tsv'):
    lines = open(BASE + resource, encoding='utf-8').read().split('\n')
    header, changed = None, 0
    for i, line in enumerate(lines):
        if not line.strip() or line.startswith('#'):
            continue
        cells = line.split('\t')
        if header is None:
            header = cells
            continue
        row = dict(zip(header, cells))
        if row['source'].startswith('核实:'):
            continue
        low = int(row['from']) if row['from'] else 0
        high = int(row['to']) if row['to'] else 9999
        for year, name, document in printed.get(row['code'], []):
            if low <= year <= high and name == plain(row['name']):
                cells[header.index('source')] = '核实:%s（%d年公开文件）' % (document, year)
                lines[i] = '\t'.join(cells)
                changed += 1
                break
    open(BASE + resource, 'w', encoding='utf-8').write('\n'.join(lines))
    print(resource, changed, 'rows verified')
