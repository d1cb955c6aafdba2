"""GUI responsiveness during a big sync: the real desktop composition root, offscreen.

    uv run python bench/gui_stall_bench.py [--cases 10000] [--runs 10] [--profile]

A 5 ms timer on the GUI thread records the gaps between its ticks while the desktop syncs
10,000 cases (5 events each) from a service in another process into an empty store and
shows them in the list. Prints, per run, the longest stall, the 99th percentile gap, how
many gaps exceeded 100 ms, the time until every case is in the list, and the time to open
the window again on the filled store; then how many runs stayed within the target.
Target: no stall over 100 ms during the sync, in every run. The service's database is
built once; each run syncs into a new, empty desktop store.

``--profile`` samples every thread's stack during the sync (stall_profile.py) and prints,
for each stall over ``--profile-over`` ms, what the threads were doing.
"""

# The bench runs in gui_stall.py. This module stays light on purpose: the desktop's
# bulk-pull helper process is started with "spawn", which imports the main module again;
# the bench's own imports (the service, the demo) must not slow that helper down where
# the app's would not.

if __name__ == "__main__":
    from gui_stall import main

    raise SystemExit(main())
