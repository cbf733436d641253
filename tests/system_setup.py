"""Install the system programs the tests drive, with apt-get, when they are missing:
Virtuoso Open Source (`virtuoso-t`, `isql-vt`) for the external-store tests, and Chromium with its
driver for the browser test.

Run by `make test` before pytest. It never fails the build by itself: where nothing can be installed
(no root, no apt) it says so; the browser test then skips, and the Virtuoso tests fail and say what is
missing (they are part of the acceptance, so they are not skipped).
"""
import os
import shutil
import subprocess
import sys

# programs -> the Debian packages that provide them
NEEDED = {
    ("virtuoso-t", "isql-vt"): ["virtuoso-opensource"],
    ("chromium", "chromedriver"): ["chromium", "chromium-driver"],
}


def main() -> int:
    packages = [p for programs, pkgs in NEEDED.items() if not all(map(shutil.which, programs)) for p in pkgs]
    if not packages:
        return 0
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        print(f"system setup: {', '.join(packages)} missing and cannot be installed here (needs root and "
              "apt-get)", file=sys.stderr)
        return 0
    print(f"system setup: installing {', '.join(packages)} with apt-get ...", file=sys.stderr)
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    for cmd in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", *packages]):
        try:
            done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=900)
        except subprocess.TimeoutExpired:
            print(f"system setup: {' '.join(cmd)} timed out", file=sys.stderr)
            return 0
        if done.returncode != 0:
            print(f"system setup: {' '.join(cmd)} failed: {done.stderr.strip()[-300:]}", file=sys.stderr)
            return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
