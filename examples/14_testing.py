"""Testing: an app and its tests, run by pytest.

TestClient drives the app in-process over httpx, websockets included, playing
the server's part: it builds the scope, feeds `receive`, collects what the
app `send`s. `with TestClient(app)` also runs the lifespan. An async test can
use httpx's AsyncClient over `httpx.ASGITransport(app=app)` instead.

Run it from the repository root:

    python -m pytest examples/14_testing.py -v
    python -m examples.14_testing             # the same, through pytest.main()
"""

import base64
from pathlib import Path

import anyio
import pytest
from starlette.applications import Starlette
from starlette.authentication import AuthCredentials, AuthenticationBackend, SimpleUser, requires
from starlette.middleware import Middleware
from starlette.middleware.authentication import AuthenticationMiddleware
from starlette.requests import HTTPConnection, Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route, WebSocketRoute
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates
from starlette.testclient import TestClient
from starlette.websockets import WebSocket

HERE = Path(__file__).parent
templates = Jinja2Templates(directory=HERE / "templates")
ADMIN_TOKEN = base64.b64encode(b"admin:secret").decode()  # HTTP Basic: base64 of user:password


# --- the app: every route the tests below visit ------------------------------


class BasicAuth(AuthenticationBackend):
    async def authenticate(self, conn: HTTPConnection) -> tuple[AuthCredentials, SimpleUser] | None:
        scheme, _, token = conn.headers.get("Authorization", "").partition(" ")
        if scheme.lower() == "basic" and token == ADMIN_TOKEN:
            return AuthCredentials(["authenticated"]), SimpleUser("admin")
        return None


async def homepage(request: Request) -> Response:
    return PlainTextResponse("Hello, world!")


async def api(request: Request) -> Response:
    return JSONResponse({"message": "Hello from the API"})


async def echo(websocket: WebSocket) -> None:
    await websocket.accept()
    await websocket.send_text(f"You said: {await websocket.receive_text()}")
    await websocket.close()


@requires("authenticated", status_code=401)
async def protected(request: Request) -> Response:
    return JSONResponse({"user": request.user.display_name})


async def user_profile(request: Request) -> HTMLResponse:
    user = {"username": request.path_params["username"], "email": "", "created_at": "today"}
    return templates.TemplateResponse(request, "profile.html", {"user": user})


async def slow(request: Request) -> Response:
    await anyio.sleep(0.01)
    return PlainTextResponse("finally")


app = Starlette(
    routes=[
        Route("/", homepage),
        Route("/api", api),
        WebSocketRoute("/ws", echo),
        Route("/protected", protected),
        Route("/user/{username}", user_profile, name="user_profile"),
        Route("/slow", slow),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ],
    middleware=[Middleware(AuthenticationMiddleware, backend=BasicAuth())],
)


# --- the tests ----------------------------------------------------------------


@pytest.fixture
def client() -> TestClient:
    return TestClient(app)


def test_homepage(client: TestClient) -> None:
    response = client.get("/")
    assert response.status_code == 200
    assert "Hello" in response.text


def test_json_endpoint(client: TestClient) -> None:
    response = client.get("/api")
    assert response.status_code == 200
    data = response.json()
    assert "message" in data


def test_websocket(client: TestClient) -> None:
    with client.websocket_connect("/ws") as websocket:
        websocket.send_text("Hello WebSocket")
        data = websocket.receive_text()
        assert "Hello WebSocket" in data


def test_authenticated_endpoint(client: TestClient) -> None:
    # Access without authentication
    response = client.get("/protected")
    assert response.status_code == 401

    # Access with Basic authentication
    response = client.get("/protected", auth=("admin", "secret"))
    assert response.status_code == 200


def test_static_files(client: TestClient) -> None:
    # Static file test (if file exists)
    response = client.get("/static/test.txt")  # noqa: F841 (checked below)
    # 200 or 404 depending on file existence


def test_static_files_served(client: TestClient) -> None:
    assert client.get("/static/test.txt").status_code == 200
    assert client.get("/static/no-such-file.txt").status_code == 404


def test_template_response(client: TestClient) -> None:
    response = client.get("/user/testuser")
    assert response.status_code == 200
    assert "testuser" in response.text


# Asynchronous test example
@pytest.mark.anyio
async def test_async_endpoint() -> None:
    from httpx import ASGITransport, AsyncClient

    async with AsyncClient(transport=ASGITransport(app=app), base_url="http://test") as ac:
        response = await ac.get("/slow")
        assert response.status_code == 200


# The same idea in three lines, without a fixture:
def test_client_without_fixture() -> None:
    client = TestClient(app)
    response = client.get("/")
    assert response.status_code == 200


if __name__ == "__main__":
    raise SystemExit(pytest.main([__file__, "-v", "-p", "no:cacheprovider"]))
