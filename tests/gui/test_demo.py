"""The README's first command: the desktop on its embedded demo service."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtGui import QImage
from sqlalchemy import func, select

from investigator_app.desktop.demo import DemoEnvironment
from investigator_app.domain.vocabulary import Status
from investigator_app.intake.models import Case, CaseMatchState


def test_demo_screenshot_mode_syncs_saves_the_window_and_exits_0(tmp_path: Path) -> None:
    target = tmp_path / "shots" / "main.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "investigator_app", "--demo", "--screenshot", str(target)],
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    image = QImage(str(target))
    assert not image.isNull()
    assert image.width() >= 1000 and image.height() >= 600


def test_demo_seeds_every_status_over_several_departments_and_keeps_forwarding(qtbot) -> None:
    demo = DemoEnvironment()
    demo.start()
    try:
        with demo.service.session() as session:
            statuses = set(session.scalars(select(Case.status).distinct()))
            departments = session.scalar(select(func.count(func.distinct(Case.department_id))))
            before = session.scalar(select(func.count(Case.id)))
        assert statuses >= {s for s in Status if s is not Status.REGISTERED}
        assert departments is not None and departments >= 3
        assert before is not None and 30 <= before <= 60

        demo.on_forward_tick()  # what the one-minute timer does
        qtbot.waitUntil(lambda: not demo.forward_in_progress, timeout=10_000)
        with demo.service.session() as session:
            newest = session.scalars(select(Case).order_by(Case.forwarded_at.desc())).first()
            after = session.scalar(select(func.count(Case.id)))
        assert after == before + 1
        assert newest is not None and newest.status is Status.FORWARDED
        assert newest.forwarded_at is not None
        assert (datetime.now(UTC) - newest.forwarded_at).total_seconds() < 60
        with demo.service.session() as session:  # compared with others (related cases)
            hashed = session.get(CaseMatchState, newest.id)
        assert hashed is not None
    finally:
        demo.stop()
    assert not demo.root.exists()  # nothing of the demo is kept
