"""Middleware as plain ASGI: wrap the app, and wrap `send` to change the response.

From seed 000 ("Custom Middleware"). A pure ASGI middleware is an ASGI app
holding the next app. To touch the request it edits `scope` before passing it
on; to touch the response it passes its own `send`, which sees each message on
the way out, here adding a header to "http.response.start". It costs less
than BaseHTTPMiddleware (05_middleware.py) and streams untouched.

The code is the seed's, as written. One caution for your own middleware: the
seed rebuilds the headers with `dict(message["headers"])`, which keeps only
one of repeated headers such as Set-Cookie (harmless for this app);
`MutableHeaders(scope=message).append(name, value)` edits the list in place.

Run it from the repository root:

    python -m examples.12_asgi_middleware     # in-process, prints the exchange
    uvicorn examples.12_asgi_middleware:app
"""

import time
import uuid

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send


# Custom middleware: Request time measurement
class TimingMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        start_time = time.time()

        async def send_wrapper(message: Message) -> None:
            if message["type"] == "http.response.start":
                process_time = time.time() - start_time
                headers = dict(message["headers"])
                headers[b"x-process-time"] = str(process_time).encode()
                message["headers"] = list(headers.items())
            await send(message)

        await self.app(scope, receive, send_wrapper)


# Request ID middleware
class RequestIDMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        scope["request_id"] = str(uuid.uuid4())
        await self.app(scope, receive, send)


async def homepage(request: Request) -> JSONResponse:
    request_id = request.scope.get("request_id", "unknown")
    return JSONResponse({"message": "Hello, world!", "request_id": request_id})


middleware = [Middleware(TimingMiddleware), Middleware(RequestIDMiddleware)]

app = Starlette(routes=[Route("/", endpoint=homepage)], middleware=middleware)


if __name__ == "__main__":
    from starlette.testclient import TestClient

    response = TestClient(app).get("/")
    print(response.json(), "x-process-time:", response.headers["x-process-time"])
