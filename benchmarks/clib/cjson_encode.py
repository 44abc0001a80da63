"""Hand-written Python for the same work: json.dumps of the decoded document."""
import json

from jsondoc import document

v = json.loads(document())
for _ in range(100):
    s = json.dumps(v, separators=(",", ":"))
print("%s\t%d" % ("true" if len(s) > 0 else "false", len(json.loads(s))))
