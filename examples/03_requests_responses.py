"""Requests in, responses out: reading a request, choosing a response class, HTTP errors.

A Request wraps the ASGI scope and the receive channel: `request.method`,
`.headers`, `.query_params` and `.path_params` come straight from the scope,
while `await request.json()` reads the body from `receive`, message by
message. An endpoint answers with any Response class (JSON, a redirect, plain
bytes); raising HTTPException becomes an error response with that status.
URL, Headers and QueryParams, the data structures behind all this, also work
on their own.

Run it from the repository root:

    python -m examples.03_requests_responses    # in-process, prints the exchange
    uvicorn examples.03_requests_responses:app
"""

from typing import Any

from starlette.applications import Starlette
from starlette.datastructures import URL, Headers, QueryParams
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from starlette import status


async def endpoint(request: Request) -> Response:
    # Access request data
    method = request.method  # noqa: F841 (read here to show how)
    headers = request.headers  # noqa: F841
    body = await request.json()  # noqa: F841

    # Return various response types
    return JSONResponse({"message": "success"})


async def typed_endpoint(request: Request) -> Response:
    data: dict[str, Any] = await request.json()
    return JSONResponse(data)


ITEMS = {"1": "a teapot"}


async def item(request: Request) -> Response:
    item_id = request.path_params["item_id"]
    if item_id not in ITEMS:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="Resource not found")
    return JSONResponse({"id": item_id, "name": ITEMS[item_id]})


async def old_home(request: Request) -> Response:
    return RedirectResponse(url=request.url_for("item", item_id="1"))


app = Starlette(
    routes=[
        Route("/endpoint", endpoint, methods=["POST"]),
        Route("/typed", typed_endpoint, methods=["POST"]),
        Route("/items/{item_id}", item, name="item"),
        Route("/old", old_home),
    ]
)

# The data structures work on their own too:
url = URL("https://example.com/path?param=value")
headers = Headers({"content-type": "application/json"})
params = QueryParams("name=john&age=30")


if __name__ == "__main__":
    from starlette.testclient import TestClient

    print(url.hostname, url.path, url.query, url.replace(scheme="http"))
    print(headers["Content-Type"], dict(params), params["age"])
    client = TestClient(app)
    print(client.post("/endpoint", json={"hello": "world"}).json())
    print(client.post("/typed", json={"typed": True}).json())
    for path in ("/items/1", "/items/2", "/old"):
        response = client.get(path)
        print(f"GET {path} -> {response.status_code} {response.text}")
