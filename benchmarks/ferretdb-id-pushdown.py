#!/usr/bin/env python3
"""Times _id lookups that our FerretDB build pushes down to the _id index, on 50,000 small documents.

    pip install pymongo
    python3 benchmarks/ferretdb-id-pushdown.py mongodb://127.0.0.1:<port>/

Writes (and drops first) the collection pushdown_probe.people of database t.
"""
import sys
import time

import pymongo

client = pymongo.MongoClient(sys.argv[1] if len(sys.argv) > 1 else "mongodb://127.0.0.1:27017/")
people = client.t.pushdown_probe_people
people.drop()
people.insert_many([{"_id": "p%05d" % i, "name": "n%d" % i, "kind": "a" if i % 2 else "b"} for i in range(50000)])


def median_ms(label, operation, runs=30):
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        operation()
        times.append((time.perf_counter() - started) * 1000)
    print("%-32s median %7.2f ms" % (label, sorted(times)[len(times) // 2]))


median_ms("findOne by _id", lambda: people.find_one({"_id": "p04242"}))
median_ms("_id $in of 20", lambda: list(people.find({"_id": {"$in": ["p%05d" % i for i in range(100, 120)]}})))
median_ms("_id and another field", lambda: list(people.find({"_id": "p00043", "kind": "a"})))
median_ms("replace by _id", lambda: people.replace_one({"_id": "p01234"}, {"name": "x", "kind": "a"}))
median_ms("_id prefix (10 matches)", lambda: list(people.find({"_id": {"$regex": "^p0424"}})))
median_ms("unanchored regex (a scan)", lambda: list(people.find({"_id": {"$regex": "0424"}})), 3)
