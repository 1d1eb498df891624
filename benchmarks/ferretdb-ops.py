#!/usr/bin/env python3
"""Single-document operations against a MongoDB-compatible server, by collection size.

What each service write costs on the store, measured with the MongoDB wire protocol (pymongo) and no
service in between: inserts, finds by _id (as findOne sends them: limit 1; and as a plain find), and
replaces by _id (what Spring Data's save of an existing document sends). String ids, 300-byte documents.

    pip install pymongo
    python3 benchmarks/ferretdb-ops.py mongodb://127.0.0.1:27017/ 1000 5000 50000

Prints a Markdown table, one row per collection size. Uses (and drops) the collection bench_ops.ops.
"""
import sys
import time

from pymongo import MongoClient

OPERATIONS = 200


def rate(operation):
    start = time.perf_counter()
    for i in range(OPERATIONS):
        operation(i)
    return OPERATIONS / (time.perf_counter() - start)


def measure(collection, size):
    collection.drop()
    start = time.perf_counter()
    collection.insert_many([{"_id": "k%06d" % i, "x": "y" * 300} for i in range(size)])
    load = time.perf_counter() - start
    # Spread the probed ids over the whole collection: a scan that stops at the first match would
    # otherwise look fast for ids stored early.
    step = max(1, size // OPERATIONS)
    ids = ["k%06d" % ((i * step) % size) for i in range(OPERATIONS)]
    return {
        "size": size,
        "bulk load (docs/s)": size / load,
        "insert (ops/s)": rate(lambda i: collection.insert_one({"_id": "new-%d-%d" % (size, i), "x": "y" * 300})),
        "findOne by _id (ops/s)": rate(lambda i: collection.find_one({"_id": ids[i]})),
        "find by _id (ops/s)": rate(lambda i: list(collection.find({"_id": ids[i]}))),
        "replace by _id (ops/s)": rate(lambda i: collection.replace_one({"_id": ids[i]}, {"_id": ids[i], "x": "z" * 300})),
    }


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    collection = MongoClient(sys.argv[1])["bench_ops"]["ops"]
    rows = [measure(collection, int(size)) for size in sys.argv[2:]]
    collection.drop()
    columns = list(rows[0].keys())
    print("| " + " | ".join(columns) + " |")
    print("|" + "---|" * len(columns))
    for row in rows:
        print("| " + " | ".join("%d" % row[c] if c == "size" else "%.0f" % row[c] for c in columns) + " |")


if __name__ == "__main__":
    main()
