"""mark_generic.py SNAPSHOT.json OPNAME: prints the snapshot with every
instruction named OPNAME marked "generic", as the runtime marks a site
whose specialization kept deoptimizing."""
import json
import sys

snapshot = json.load(open(sys.argv[1]))
for instruction in snapshot["instructions"]:
    if instruction["opname"] == sys.argv[2]:
        instruction["generic"] = True
json.dump(snapshot, sys.stdout)
