"""Request ids: one id per request, in every log line it causes.

A starlette.py extra. RequestIDMiddleware keeps the caller's valid
`X-Request-ID` (or makes a uuid4), echoes it in the response, and stores it in
the context variable `starlette.request_id_var`, which the endpoint, its
background tasks and the thread pool all see. `starlette.RequestIDFilter`
stamps it on log records, so a format can print `%(request_id)s`.
`access_log=True` adds one line per request to the "starlette.access" logger.

Run it from the repository root:

    python -m examples.22_request_id     # in-process; the log lines go to stdout
    uvicorn examples.22_request_id:app
"""

import logging
import sys

from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route

import starlette

log = logging.getLogger("example")


def send_receipt() -> None:  # a sync background task: it runs in the thread pool
    log.info("receipt sent")


async def checkout(request: Request) -> PlainTextResponse:
    log.info("checking out")
    return PlainTextResponse("ok", background=BackgroundTask(send_receipt))


app = Starlette(
    routes=[Route("/checkout", checkout, methods=["POST"])],
    middleware=[Middleware(starlette.RequestIDMiddleware, access_log=True)],
)


def demo() -> None:
    from starlette.testclient import TestClient

    handler = logging.StreamHandler(sys.stdout)
    handler.addFilter(starlette.RequestIDFilter())
    handler.setFormatter(logging.Formatter("[%(request_id)s] %(name)s: %(message)s"))
    loggers = [logging.getLogger(name) for name in ("example", "starlette.access")]
    for logger in loggers:
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
    try:
        client = TestClient(app)
        response = client.post("/checkout", headers={"X-Request-ID": "order-42"})
        print("response header:", response.headers["x-request-id"])
        forged = client.post("/checkout", headers={"X-Request-ID": "x" * 10_000})
        print("a 10,000-character id was replaced by:", forged.headers["x-request-id"])
    finally:
        for logger in loggers:
            logger.removeHandler(handler)
            logger.setLevel(logging.NOTSET)


if __name__ == "__main__":
    demo()
