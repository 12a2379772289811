"""A complete application: routes, middleware, startup and shutdown, exception handlers, state.

Everything `Starlette(...)` takes, in one app. Startup and shutdown work is
the ASGI lifespan: the server sends "lifespan.startup" before the first
request and "lifespan.shutdown" after the last. Two ways to hook it are
shown: `on_startup=[...]`/`on_shutdown=[...]` lists (Starlette 0.47's way,
still accepted with a DeprecationWarning, in `core_app` and `app`), and
`lifespan=`, an async context manager doing the same work around a `yield`
(Starlette 1.x's way, in `lifespan_app`), which can also hand state to every
request.

Run it from the repository root:

    python -m examples.13_complete_app    # in-process, prints the exchange
    uvicorn examples.13_complete_app:app
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


# HTTP endpoints
async def homepage(request: Request) -> PlainTextResponse:
    return PlainTextResponse("Hello, world!")


async def user_profile(request: Request) -> JSONResponse:
    user_id = request.path_params["user_id"]
    return JSONResponse({"user_id": user_id, "name": f"User {user_id}"})


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
    on_startup=[startup],
    on_shutdown=[shutdown],
)


# --- "Core Application": startup/shutdown handlers and app.state -------------


class Database:
    """Stands in for a real connection pool."""

    def __init__(self) -> None:
        self.connected = False


def startup_handler() -> None:  # plain functions work too
    core_app.state.database.connected = True


def shutdown_handler() -> None:
    core_app.state.database.connected = False


async def not_found(request: Request, exc: HTTPException) -> Response:
    return JSONResponse({"error": exc.detail}, status_code=exc.status_code)


# Application instance with startup/shutdown events
core_app = Starlette(
    exception_handlers={404: not_found},
    on_startup=[startup_handler],
    on_shutdown=[shutdown_handler],
)

# Application state for sharing data
core_app.state.database = Database()


# --- The same with a lifespan: Starlette 1.x's only way ----------------------


@contextlib.asynccontextmanager
async def lifespan_context(app: Starlette) -> AsyncIterator[None]:
    app.state.database = Database()
    app.state.database.connected = True  # before the first request
    yield
    app.state.database.connected = False  # after the last one


lifespan_app = Starlette(lifespan=lifespan_context)


if __name__ == "__main__":
    from starlette.testclient import TestClient

    with TestClient(app) as client:  # entering runs startup, leaving runs shutdown
        print(client.get("/").text, client.get("/users/7").json())
        with client.websocket_connect("/ws") as websocket:
            print(websocket.receive_text())
    for application in (core_app, lifespan_app):
        with TestClient(application) as client:
            response = client.get("/nope")
            connected = application.state.database.connected
            print(f"connected = {connected}, GET /nope -> {response.status_code} {response.text}")
        print("after shutdown, connected =", application.state.database.connected)
