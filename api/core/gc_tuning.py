"""Garbage collection tuned for a long-running API process that serves live streams.

A live fan-out allocates many short-lived objects per event (frames, dicts, coroutines) while holding a
large, stable heap (the schema, the app, every subscriber's state). With the default thresholds CPython
runs a young collection every 700 allocations and, every hundred of those, a full one that walks the whole
heap: with a thousand subscribers such a pass stalled the event loop for tens to hundreds of
milliseconds, which every event queued behind it waited for. Once the process has started, the heap built
so far is frozen (moved out of the collector's reach: it lives as long as the process) and the young
generation's threshold is raised, so collections are fewer and each walks only what was allocated since.
Reference cycles are still collected.
"""

from __future__ import annotations

import gc
import os

YOUNG_THRESHOLD = 50_000


def tune_after_startup() -> None:
    """Freeze what startup built and raise the young generation's threshold (`FORECOURT_GC_THRESHOLDS`,
    three integers, sets all three instead, for measuring)."""
    gc.collect()
    gc.freeze()
    wanted = os.environ.get("FORECOURT_GC_THRESHOLDS")
    if wanted:
        gc.set_threshold(*(int(part) for part in wanted.split(",")))
        return
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, middle, old)
