"""Where GUI-thread stalls come from: a sampler thread that records every thread's stack.

Used by ``gui_stall_bench.py --profile``. A thread samples ``sys._current_frames()`` every
few milliseconds. The sampler needs the GIL like any thread, so a gap in its own samples
means some thread held the GIL without letting go (a long C call); the stacks just before
and after such a gap, and the GUI thread's stacks during a stall, say who and where.
"""

from __future__ import annotations

import gc
import os
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from types import FrameType

Stack = tuple[str, ...]


def _stack(frame: FrameType | None, depth: int) -> Stack:
    """The innermost ``depth`` frames, innermost first, as "file:line function"."""
    out: list[str] = []
    while frame is not None and len(out) < depth:
        code = frame.f_code
        path = code.co_filename
        short = path.split("site-packages/")[-1].split("/work/main/")[-1]
        out.append(f"{short}:{frame.f_lineno} {code.co_name}")
        frame = frame.f_back
    return tuple(out)


@dataclass
class Sample:
    at: float
    stacks: dict[str, Stack]
    cpu: dict[str, float]  # each thread's CPU seconds so far (Linux schedstat)


def _thread_cpu(names: dict[int, str], gui_native: int) -> dict[str, float]:
    """CPU seconds each thread of this process has run (threads of Qt's pools too)."""
    found: dict[str, float] = {}
    try:
        tasks = os.listdir("/proc/self/task")
    except OSError:
        return found
    for task in tasks:
        try:
            with open(f"/proc/self/task/{task}/schedstat") as stats:
                ran = int(stats.read().split()[0]) / 1e9
        except (OSError, ValueError, IndexError):
            continue
        native = int(task)
        name = "GUI" if native == gui_native else names.get(native, f"native-{native}")
        found[name] = ran
    return found


@dataclass
class StackSampler:
    """Samples all threads' stacks every ``interval`` seconds until stopped."""

    gui_ident: int
    gui_native: int = 0
    interval: float = 0.002
    depth: int = 14
    samples: list[Sample] = field(default_factory=list)
    collections: list[tuple[float, float, int]] = field(default_factory=list)  # gc runs
    _gc_started: float = 0.0
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    def start(self) -> None:
        gc.callbacks.append(self._on_gc)
        self._thread = threading.Thread(target=self._run, name="stall-sampler", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        gc.callbacks.remove(self._on_gc)
        if self._thread is not None:
            self._thread.join()

    def _on_gc(self, phase: str, info: dict[str, int]) -> None:
        """A collection stops every thread: record when and which generation."""
        if phase == "start":
            self._gc_started = time.perf_counter()
        else:
            self.collections.append(
                (self._gc_started, time.perf_counter(), info.get("generation", -1))
            )

    def _name(self, ident: int, names: dict[int, str]) -> str:
        if ident == self.gui_ident:
            return "GUI"
        return names.get(ident, f"thread-{ident % 10_000}")

    def _run(self) -> None:
        me = threading.get_ident()
        while not self._stop.is_set():
            threads = threading.enumerate()
            names = {t.ident: t.name for t in threads if t.ident is not None}
            natives = {t.native_id: t.name for t in threads if t.native_id is not None}
            frames = sys._current_frames()
            now = time.perf_counter()
            self.samples.append(
                Sample(
                    now,
                    {
                        self._name(ident, names): _stack(frame, self.depth)
                        for ident, frame in frames.items()
                        if ident != me
                    },
                    _thread_cpu(natives, self.gui_native),
                )
            )
            del frames
            time.sleep(self.interval)


def _project_frames(stack: Stack, count: int = 4) -> str:
    """The innermost frame, then the innermost frames of our own code (what called it)."""
    if not stack:
        return "(no Python frame)"
    ours = [f for f in stack if f.startswith(("investigator_app/", "bench/"))][:count]
    return " <- ".join([stack[0], *[f for f in ours if f != stack[0]]])


def collections(sampler: StackSampler) -> str:
    """How long the garbage collections of each generation stopped every thread."""
    lines = []
    for generation in (0, 1, 2):
        took = sorted(
            (end - start) * 1000 for start, end, gen in sampler.collections if gen == generation
        )
        if took:
            lines.append(
                f"gc generation {generation}: {len(took)} collections, longest {took[-1]:.0f} ms, "
                f"median {took[len(took) // 2]:.1f} ms"
            )
    return "\n".join(lines)


def report(sampler: StackSampler, stalls: list[tuple[float, float]], top: int = 4) -> str:
    """For each stall (start, end): garbage collections inside it, the sampler's own
    longest gap inside it (a GIL hold), the stacks around that gap, and the most frequent
    stacks of every thread."""
    lines: list[str] = []
    samples = sampler.samples
    times = [s.at for s in samples]
    for start, end in stalls:
        inside = [i for i, t in enumerate(times) if start <= t <= end + 0.003]
        lines.append(f"--- stall of {(end - start) * 1000:.0f} ms ---")
        for began, ended, generation in sampler.collections:
            if began < end and ended > start:
                lines.append(f"  gc of generation {generation}: {(ended - began) * 1000:.0f} ms")
        if inside:
            gaps = [(times[i] - times[i - 1], i) for i in inside if i > 0]
            if gaps:
                gap, i = max(gaps)
                lines.append(f"  sampler's longest gap inside: {gap * 1000:.0f} ms")
                for label, sample in (("before", samples[i - 1]), ("after", samples[i])):
                    for name, stack in sorted(sample.stacks.items()):
                        lines.append(f"    {label} {name}: {_project_frames(stack)}")
        # The samples just before and after the stall: who ran while the GUI thread waited.
        around = [i for i in range(len(times)) if times[i] < start][-1:] + [
            i for i in range(len(times)) if times[i] > end
        ][:1]
        if len(around) == 2:
            first, last = samples[around[0]].cpu, samples[around[1]].cpu
            ran = {name: (last[name] - first.get(name, last[name])) * 1000 for name in last}
            busy = ", ".join(
                f"{name} {ms:.0f}"
                for name, ms in sorted(ran.items(), key=lambda kv: -kv[1])
                if ms >= 1
            )
            lines.append(f"  CPU ms per thread around it: {busy}")
        per_thread: dict[str, Counter[str]] = {}
        for i in inside:
            for name, stack in samples[i].stacks.items():
                per_thread.setdefault(name, Counter())[_project_frames(stack)] += 1
        for name, counter in sorted(per_thread.items()):
            for where, n in counter.most_common(top):
                lines.append(f"  {name} x{n}: {where}")
    return "\n".join(lines)
