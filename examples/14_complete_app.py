"""A complete application: routes, middleware, exception handlers, lifespan and state.

From seed 002 ("Complete Application Example", "Core Application" and the
`Starlette(...)` signature under "Application Structure"). Startup and
shutdown work goes in a lifespan: an async context manager the server enters
before the first request (ASGI "lifespan.startup") and leaves after the last
("lifespan.shutdown"). What it sets on `app.state` is shared by every request.

Repairs to the seed: it passed `on_startup=[...]` and `on_shutdown=[...]`,
which Starlette 1.x removed (starlette.py still accepts them, with
DeprecationWarnings, as Starlette 0.47 did), and its "Core Application" snippet
passed those together with `lifespan=`, which was never allowed. The lifespan
below calls the seed's startup() and shutdown().

Run it from the repository root:

    python -m examples.14_complete_app    # in-process, prints the exchange
    uvicorn examples.14_complete_app:app
"""

import contextlib
from collections.abc import AsyncIterator

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route, WebSocketRoute
from starlette.websockets import WebSocket


class Database:
    """Stands in for a real connection pool."""

    def __init__(self) -> None:
        self.connected = False


# HTTP endpoints
async def homepage(request: Request) -> PlainTextResponse:
    return PlainTextResponse("Hello, world!")


async def user_profile(request: Request) -> JSONResponse:
    user_id = request.path_params["user_id"]
    database = request.app.state.database
    return JSONResponse({"user_id": user_id, "name": f"User {user_id}", "db": database.connected})


# WebSocket endpoint
async def websocket_endpoint(websocket: WebSocket) -> None:
    await websocket.accept()
    await websocket.send_text("Hello WebSocket!")
    await websocket.close()


# Application startup/shutdown
async def startup() -> None:
    print("Application starting up...")


async def shutdown() -> None:
    print("Application shutting down...")


@contextlib.asynccontextmanager
async def lifespan(app: Starlette) -> AsyncIterator[None]:
    await startup()
    app.state.database.connected = True
    yield
    app.state.database.connected = False
    await shutdown()


async def not_found(request: Request, exc: HTTPException) -> Response:
    return JSONResponse({"error": exc.detail}, status_code=exc.status_code)


# Application configuration
middleware = [
    Middleware(CORSMiddleware, allow_origins=["*"]),
    Middleware(SessionMiddleware, secret_key="secret-key"),
]

routes = [
    Route("/", homepage),
    Route("/users/{user_id:int}", user_profile),
    WebSocketRoute("/ws", websocket_endpoint),
]

app = Starlette(
    debug=True,
    routes=routes,
    middleware=middleware,
    exception_handlers={404: not_found},
    lifespan=lifespan,
)

# Application state for sharing data
app.state.database = Database()


if __name__ == "__main__":
    from starlette.testclient import TestClient

    with TestClient(app) as client:  # entering runs startup, leaving runs shutdown
        print(client.get("/").text, client.get("/users/7").json(), client.get("/nope").json())
        with client.websocket_connect("/ws") as websocket:
            print(websocket.receive_text())
    print("after shutdown, connected =", app.state.database.connected)
