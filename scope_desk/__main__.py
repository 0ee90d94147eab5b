import multiprocessing

from scope_desk.cli import main

# The letter batch renders in worker processes ("spawn"): a worker imports this module as
# "__mp_main__" and must not start the program again; a frozen (PyInstaller) worker needs
# freeze_support() to become a worker instead of a second window.
if __name__ == "__main__":
    multiprocessing.freeze_support()
    raise SystemExit(main())
