"""The floor the service-load bench holds the no-change feed request to: a bare FastAPI
endpoint that checks a bearer token's sha256 against the service's table and reads that
one row, on the same database with the service's engine settings.

    uvicorn service_floor:create --factory --app-dir bench   (FLOOR_DATABASE_URL=...)

``bench/service_load.py`` serves it as it serves the service: uvicorn, the same workers
and log level.
"""

from __future__ import annotations

import gc
import hashlib
import os
from typing import Annotated

from fastapi import FastAPI, Header, HTTPException
from sqlalchemy import select

from investigator_app.intake.db import make_engine
from investigator_app.intake.models import DeviceToken

ENV_DATABASE_URL = "FLOOR_DATABASE_URL"
ENV_FREEZE = "FLOOR_FREEZE"  # "1": gc.freeze() after building, as `serve` does


def create() -> FastAPI:
    engine = make_engine(os.environ[ENV_DATABASE_URL])
    app = FastAPI()

    @app.get("/floor")
    def floor(authorization: Annotated[str, Header()]) -> dict[str, str]:
        digest = hashlib.sha256(authorization.removeprefix("Bearer ").encode()).hexdigest()
        with engine.connect() as connection:
            row = connection.execute(
                select(DeviceToken.user_id).where(DeviceToken.token_hash == digest)
            ).one_or_none()
        if row is None:
            raise HTTPException(401, "unknown token")
        return {"user_id": row.user_id}

    if os.environ.get(ENV_FREEZE) == "1":
        gc.collect()
        gc.freeze()
    return app
