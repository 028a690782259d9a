"""Which system libraries the one-folder build needs, and from which Debian packages.

PyInstaller copies most shared libraries into the bundle but leaves out the C library, OpenGL/EGL, libdrm,
libxcb and Wayland's client libraries (they must match the machine's drivers and display server). This
reads every ELF file in the bundle (``readelf -d``), follows what it needs, and:

- fails if a needed library is neither in the bundle nor in SYSTEM below (a new Qt plugin dependency, or a
  library dropped from the bundle that something still uses);
- prints the Debian ``Depends:`` line for the packages of the system libraries actually needed.

``python installer/linux/system_libs.py dist/carefield`` (exit 1 and a list when something is missing).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

# soname → Debian package (Debian 12 / Ubuntu 24.04 names); the libraries PyInstaller never bundles.
SYSTEM = {
    "libc.so.6": "libc6", "libm.so.6": "libc6", "libdl.so.2": "libc6", "libpthread.so.0": "libc6",
    "librt.so.1": "libc6", "libresolv.so.2": "libc6", "ld-linux-x86-64.so.2": "libc6",
    "libGL.so.1": "libgl1", "libGLX.so.0": "libglx0", "libGLdispatch.so.0": "libglvnd0",
    "libEGL.so.1": "libegl1", "libdrm.so.2": "libdrm2", "libxcb.so.1": "libxcb1",
    "libxcb-icccm.so.4": "libxcb-icccm4", "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libwayland-client.so.0": "libwayland-client0", "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}
# Not libraries, but needed to look right: fontconfig's configuration for the bundled libfontconfig.
EXTRA_DEPENDS = ("fontconfig-config",)
GLIBC_VERSION = re.compile(rb"GLIBC_(\d+)\.(\d+)")


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) == b"\x7fELF"
    except OSError:
        return False


def needed(path: Path) -> list[str]:
    out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True, check=True).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", out)


def bundle_elves(bundle: Path) -> list[Path]:
    return sorted(p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink() and is_elf(p))


def glibc_needed(elves: list[Path]) -> tuple[int, int]:
    """The newest GLIBC_x.y symbol version any file asks for (what the target's libc6 must provide)."""
    newest = (2, 17)
    for path in elves:
        for major, minor in GLIBC_VERSION.findall(path.read_bytes()):
            newest = max(newest, (int(major), int(minor)))
    return newest


def analyse(bundle: Path) -> tuple[set[str], dict[str, list[str]], tuple[int, int]]:
    """(system sonames needed, {unresolved soname: files needing it}, glibc version needed)."""
    elves = bundle_elves(bundle)
    bundled = {p.name for p in bundle.rglob("*.so*")}
    system: set[str] = set()
    missing: dict[str, list[str]] = {}
    for path in elves:
        for soname in needed(path):
            if soname in bundled:
                continue
            if soname in SYSTEM:
                system.add(soname)
            else:
                missing.setdefault(soname, []).append(str(path.relative_to(bundle)))
    return system, missing, glibc_needed(elves)


def depends(system: set[str], glibc: tuple[int, int]) -> str:
    packages = sorted({SYSTEM[s] for s in system} - {"libc6"})
    return ", ".join([f"libc6 (>= {glibc[0]}.{glibc[1]})", *packages, *EXTRA_DEPENDS])


def main(argv: list[str]) -> int:
    if len(argv) != 2 or not Path(argv[1]).is_dir():
        print("usage: system_libs.py BUNDLE_DIR", file=sys.stderr)
        return 2
    system, missing, glibc = analyse(Path(argv[1]))
    for soname, users in sorted(missing.items()):
        print(f"missing: {soname} (needed by {', '.join(users[:3])})", file=sys.stderr)
    if missing:
        return 1
    print(depends(system, glibc))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
