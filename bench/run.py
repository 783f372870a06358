"""`make bench`: run every benchmark under bench/ in turn; each prints its own figures."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SKIP = {"run.py", "support.py", "__init__.py"}


def main() -> int:
    failed = 0
    for script in sorted(HERE.glob("*.py")):
        if script.name in SKIP:
            continue
        print(f"\n== {script.stem} ==", flush=True)
        module = f"bench.{script.stem}"
        failed += subprocess.call([sys.executable, "-m", module], cwd=HERE.parent, timeout=900) != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
