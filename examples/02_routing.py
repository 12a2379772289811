"""Routing: paths, path parameters with convertors, methods, mounts and url_path_for.

A path parameter like {username} arrives in `request.path_params`; a
convertor such as {user_id:int} checks and converts it, so /users/abc does not
match (404). `methods` limits a route (other methods get 405), and Mount
serves a whole sub-application, here a folder of static files, under a
prefix. Routes have names, and `url_path_for` builds a path back from a name
and its parameters, so links never hard-code URLs.

Run it from the repository root:

    python -m examples.02_routing         # in-process, prints the exchange
    uvicorn examples.02_routing:app
"""

from pathlib import Path

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse
from starlette.routing import Mount, Route, WebSocketRoute
from starlette.staticfiles import StaticFiles
from starlette.websockets import WebSocket

HERE = Path(__file__).parent


async def homepage(request: Request) -> PlainTextResponse:
    return PlainTextResponse("Homepage")


async def about(request: Request) -> PlainTextResponse:
    return PlainTextResponse("About")


async def user_profile(request: Request) -> JSONResponse:
    username = request.path_params["username"]
    return JSONResponse({"username": username, "message": f"Hello, {username}!"})


async def search(request: Request) -> JSONResponse:
    query = request.query_params.get("q", "")
    return JSONResponse({"query": query, "results": f"Search results for: {query}"})


async def user_detail(request: Request) -> JSONResponse:
    user_id = request.path_params["user_id"]  # already an int, thanks to {user_id:int}
    return JSONResponse({"user_id": user_id, "method": request.method})


async def websocket_endpoint(websocket: WebSocket) -> None:
    await websocket.accept()
    await websocket.send_text("Hello from /ws")
    await websocket.close()


routes = [
    Route("/", endpoint=homepage),
    Route("/about", endpoint=about),
    Route("/user/{username}", endpoint=user_profile),
    Route("/search", endpoint=search),
    Route("/users/{user_id:int}", user_detail, methods=["GET", "POST"]),
    WebSocketRoute("/ws", websocket_endpoint),
    Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
]

app = Starlette(routes=routes)


if __name__ == "__main__":
    from starlette.testclient import TestClient

    client = TestClient(app)
    for method, path in [
        ("GET", "/user/ada"),
        ("GET", "/search?q=asgi"),
        ("POST", "/users/7"),
        ("GET", "/users/abc"),
        ("DELETE", "/users/7"),
    ]:
        response = client.request(method, path)
        print(f"{method} {path} -> {response.status_code} {response.text}")
    print("url_path_for:", app.url_path_for("user_detail", user_id=7))
    print("static file at:", app.url_path_for("static", path="/hello.txt"))
