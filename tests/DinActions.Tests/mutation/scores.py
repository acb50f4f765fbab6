"""Prints the mutation score per folder of src/DinActions from a Stryker JSON report, as README's table."""
import json
import posixpath
import sys
from collections import Counter

report = json.load(open(sys.argv[1], encoding="utf-8"))
counts: dict[str, Counter] = {}
for path, entry in report["files"].items():
    path = path.replace("\\", "/")
    relative = path.split("/src/DinActions/", 1)[-1]
    folder = posixpath.dirname(relative) or "(root)"
    for mutant in entry["mutants"]:
        counts.setdefault(folder, Counter())[mutant["status"]] += 1


def row(name: str, c: Counter) -> str:
    detected = c["Killed"] + c["Timeout"]
    valid = detected + c["Survived"] + c["NoCoverage"]
    score = f"{100 * detected / valid:.1f}%" if valid else "n/a"
    return f"| `{name}` | {c['Killed']} | {c['Survived']} | {c['Timeout']} | {c['NoCoverage']} | {score} |"


print("| folder | killed | survived | timeout | no coverage | score |")
print("|---|---:|---:|---:|---:|---:|")
for folder in sorted(counts):
    # A folder whose mutants were all filtered out or failed to compile was not tested.
    if any(counts[folder][status] for status in ("Killed", "Timeout", "Survived", "NoCoverage")):
        print(row(folder, counts[folder]))
