"""Write the held-out lists of benchmarks/review/SET.tsv into ../SET/.

Run: .venv/bin/python benchmarks/holdout.py [--set holdoutN] [--mirrors DIR]

The holdout is a third set of real lists, in neither ../shared/corpus nor corpus-wide:
nobody tuned a rule on them, so a blind review of the findings on them measures precision
the way a new user meets the tool. Each row pins a repository, a commit and the list's
path; the lists come out of local git mirrors (the search tool's `fetch` writes them under
/work/.mirror/OWNER+NAME/repo), so the files are the same for every run. A set is blind
once: when its review has prompted changes, the next measure needs the next set (holdout2
after holdout, holdout3 after holdout2, and so on to holdout33 after holdout32).
"""

from __future__ import annotations

import argparse
import csv
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REVIEW = ROOT / "benchmarks" / "review"


def extract(name: str, mirrors: Path) -> int:
    folder = ROOT.parent / name
    folder.mkdir(exist_ok=True)
    missing = 0
    with (REVIEW / f"{name}.tsv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            gitdir = mirrors / row["repo"].replace("/", "+") / "repo"
            shown = subprocess.run(
                ["git", "-C", str(gitdir), "show", f"{row['commit']}:{row['path']}"],
                capture_output=True, check=False,
            )
            if shown.returncode != 0:
                print(f"{row['repo']}: not in {gitdir} (fetch it first)", file=sys.stderr)
                missing += 1
                continue
            (folder / row["file"]).write_bytes(shown.stdout)
            print(f"{row['file']}: {len(shown.stdout) / 1024:.1f} KB")
    return missing


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sets = [
        "holdout", "holdout2", "holdout3", "holdout4",
        "holdout5", "holdout6", "holdout7", "holdout8", "holdout9", "holdout10",
        "holdout11", "holdout12", "holdout13", "holdout14", "holdout15", "holdout16",
        "holdout17", "holdout18", "holdout19", "holdout20", "holdout21", "holdout22",
        "holdout23", "holdout24", "holdout25", "holdout26", "holdout27", "holdout28",
        "holdout29", "holdout30", "holdout31", "holdout32", "holdout33",
    ]
    parser.add_argument("--set", default="holdout", choices=sets)
    parser.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    args = parser.parse_args()
    sys.exit(1 if extract(args.set, args.mirrors) else 0)


if __name__ == "__main__":
    main()
