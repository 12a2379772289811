"""Middleware as plain ASGI: wrap the app, and wrap `send` to change the response.

A middleware is an ASGI app holding the next app. To touch the request it
edits `scope` before passing it on (RequestIDMiddleware); to touch the
response it passes on its own `send`, which sees each message on the way out
(TimingMiddleware adds a header to "http.response.start"). Nothing is
buffered, so streamed responses pass straight through; the next example
shows the ready-made middleware and BaseHTTPMiddleware, a request/response
style built on top of this.

A caution for your own middleware: `dict(message["headers"])` keeps only one
of repeated headers such as Set-Cookie (harmless for this app);
`MutableHeaders(scope=message).append(name, value)` edits the list in place.

Run it from the repository root:

    python -m examples.05_asgi_middleware     # in-process, prints the exchange
    uvicorn examples.05_asgi_middleware:app
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
