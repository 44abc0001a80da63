"""Hand-written Python for the same work: json.loads of the same document."""
import json

from jsondoc import document, stats

doc = document()
for _ in range(20):
    v = json.loads(doc)
print("%d\t%d\t%s" % (len(doc), len(v), stats(v)))
