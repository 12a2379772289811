"""Middleware: layers around the whole app that see every request and response.

One stack of Starlette's ready-made layers: CORS, signed cookie sessions,
trusted hosts, GZip, and a BaseHTTPMiddleware subclass added with
`app.add_middleware`. Each is an ASGI app wrapping the next, as in
05_asgi_middleware.py. The `middleware` list runs outermost first;
`add_middleware` adds a layer outside all of them.

Run it from the repository root:

    python -m examples.06_middleware      # in-process, prints the exchange
    uvicorn examples.06_middleware:app    # then browse http://localhost:8000 ...
                                          # ... which TrustedHost refuses: see allowed_hosts
"""

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route


async def homepage(request: Request) -> Response:
    # Session usage example: the session is a dict kept in a signed cookie.
    request.session["visits"] = request.session.get("visits", 0) + 1
    return JSONResponse({"message": "Hello, world!", "visits": request.session["visits"]})


async def big(request: Request) -> Response:
    return PlainTextResponse("compress me " * 200)  # over minimum_size: gzipped


middleware = [
    Middleware(
        CORSMiddleware,
        allow_origins=["*"],
        allow_credentials=True,
        allow_methods=["*"],
        allow_headers=["*"],
    ),
    Middleware(SessionMiddleware, secret_key="your-secret-key"),
    Middleware(TrustedHostMiddleware, allowed_hosts=["example.com", "*.example.com"]),
    Middleware(GZipMiddleware, minimum_size=1000),
]

app = Starlette(
    debug=True, routes=[Route("/", endpoint=homepage), Route("/big", big)], middleware=middleware
)


class SimpleMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        response = await call_next(request)
        response.headers["X-Custom-Header"] = "Value"
        return response


app.add_middleware(SimpleMiddleware)


if __name__ == "__main__":
    from starlette.testclient import TestClient

    client = TestClient(app, base_url="http://example.com")
    for _ in range(2):
        response = client.get("/", headers={"Origin": "https://elsewhere.org"})
        print(
            response.json(),
            response.headers["x-custom-header"],
            response.headers["access-control-allow-origin"],
        )
    print("gzip:", client.get("/big").headers.get("content-encoding"))
    print("unknown host:", client.get("http://evil.org/").status_code)
