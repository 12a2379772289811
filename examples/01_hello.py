"""Hello, world: the smallest Starlette app.

All three seed documents open with this app, as written (seed 000 "Hello
World", seed 002 "Simple ASGI Application", and seed 001 with its routes in a
list and its own greeting; seed 001's app is kept below as `starlette_app`,
since both seeds call theirs `app`). A Route maps a path to an endpoint:
an async function that takes a Request and returns a Response. The Starlette
object is itself an ASGI app, like the one in 00_raw_asgi.py.

Run it from the repository root:

    python -m examples.01_hello               # in-process, prints the exchange
    uvicorn examples.01_hello:app --reload    # the seeds' `uvicorn main:app --reload`
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


# Seed 001 writes the routes as a list first; the app is the same shape. Its
# endpoint is also called homepage: `app` above keeps the first one.
async def homepage(request: Request) -> JSONResponse:
    return JSONResponse({"message": "Hello, Starlette!"})


routes = [Route("/", homepage)]

starlette_app = Starlette(debug=True, routes=routes)


if __name__ == "__main__":
    from starlette.testclient import TestClient

    for application in (app, starlette_app):
        response = TestClient(application).get("/")
        print("GET / ->", response.status_code, response.headers["content-type"], response.json())
