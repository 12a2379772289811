"""Hello, world: the smallest Starlette app.

A Route maps a path to an endpoint: an async function that takes a Request
and returns a Response. The Starlette object that holds the routes is itself
an ASGI app, the same kind of callable as the one in 00_raw_asgi.py: a
server calls it with (scope, receive, send) once per request.

Run it from the repository root:

    python -m examples.01_hello               # in-process, prints the exchange
    uvicorn examples.01_hello:app --reload    # served; --reload restarts on edits
"""

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route


async def homepage(request: Request) -> JSONResponse:
    return JSONResponse({"hello": "world"})


app = Starlette(
    debug=True,
    routes=[
        Route("/", homepage),
    ],
)


if __name__ == "__main__":
    from starlette.testclient import TestClient

    response = TestClient(app).get("/")
    print("GET / ->", response.status_code, response.headers["content-type"], response.json())
