"""``python -m mlirrl.worker worker [ARGS...]``: an mlirrl worker process
(the same arguments as ``mlirrl worker``). Environments and measurements of
the Python package run here, isolated from the interpreter that asked."""

import sys

from mlirrl import _native


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] != "worker":
        print("usage: python -m mlirrl.worker worker [--cache DIR] [--measure URL]", file=sys.stderr)
        return 2
    return _native.worker_main(sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
