"""The server side of ASGI: from bytes on a socket to `scope`, `receive`, `send`.

Every other example is the application side. This one plays the server, by
hand, in four steps: split the bytes a browser sends into a request line and
headers, build the `scope` dict from them, call the app with a `receive` that
hands over the body and a `send` that collects the response messages, and
turn those messages back into bytes. Then it sends the same bytes to
starlette.py's built-in development server (an extra: `app.serve(server=
"builtin")`, needing nothing but anyio) over a real socket, to show that a
real server does just this. (That last step is a starlette.py extra: it does not
run on Starlette itself.)

Run it from the repository root:

    python -m examples.17_server_walkthrough     # prints each step
    python -m starlette examples.17_server_walkthrough:app --server builtin
"""

import asyncio
import socket
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route

RAW = b"POST /greet?name=Ada HTTP/1.1\r\nHost: example.com\r\nContent-Length: 5\r\n\r\nhello"


async def greet(request: Request) -> PlainTextResponse:
    body = await request.body()
    return PlainTextResponse(f"Hi {request.query_params['name']}, you said {body.decode()!r}")


app = Starlette(routes=[Route("/greet", greet, methods=["POST"])])


def parse(raw: bytes) -> tuple[dict[str, Any], bytes]:
    """Step 1 and 2: bytes -> scope. The head ends at the first empty line."""
    head, _, body = raw.partition(b"\r\n\r\n")
    request_line, *field_lines = head.split(b"\r\n")
    method, target, version = request_line.split(b" ")  # RFC 9112 section 3
    path, _, query = target.partition(b"?")
    headers = [
        (name.strip().lower(), value.strip())  # ASGI: lowercased byte names
        for name, _, value in (line.partition(b":") for line in field_lines)
    ]
    scope = {
        "type": "http",
        "asgi": {"version": "3.0", "spec_version": "2.4"},
        "http_version": version.decode()[5:],
        "method": method.decode(),
        "scheme": "http",
        "path": path.decode(),
        "raw_path": path,
        "query_string": query,
        "root_path": "",
        "headers": headers,
        "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 8000),
    }
    return scope, body


async def walk(raw: bytes) -> bytes:
    scope, body = parse(raw)
    print("scope:", {k: scope[k] for k in ("method", "path", "query_string", "headers")})
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:  # step 3: the body, in one message here
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        print("app sent:", message)
        sent.append(message)

    await app(scope, receive, send)
    start, *bodies = sent  # step 4: messages -> bytes
    lines = [b"HTTP/1.1 %d OK" % start["status"]]
    lines += [name + b": " + value for name, value in start["headers"]]
    return b"\r\n".join(lines) + b"\r\n\r\n" + b"".join(m.get("body", b"") for m in bodies)


if __name__ == "__main__":
    print("by hand:", asyncio.run(walk(RAW)).decode(), sep="\n")
    with app.serve(port=0, server="builtin", log_level="warning") as server:
        with socket.create_connection(("127.0.0.1", server.port)) as sock:
            sock.sendall(RAW.replace(b"HTTP/1.1\r\n", b"HTTP/1.1\r\nConnection: close\r\n", 1))
            reply = b"".join(iter(lambda: sock.recv(65536), b""))
    print("the built-in server:", reply.decode(), sep="\n")
