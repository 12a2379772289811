"""An ASGI app with no framework at all: the protocol Starlette is built on.

An ASGI app is one async callable. The server calls it once per connection
with `scope`, a dict describing the connection, and two channels: `receive()`
returns the next event from the client, `send(message)` emits one to it.
A whole HTTP response is two messages:

    {"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"...")]}
    {"type": "http.response.body", "body": b"..."}

The annotations come from starlette.types, which names the pieces:

    Scope = MutableMapping[str, Any]          Message = MutableMapping[str, Any]
    Receive = Callable[[], Awaitable[Message]]
    Send = Callable[[Message], Awaitable[None]]
    ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

Run it from the repository root:

    python -m examples.00_raw_asgi        # drives the app in-process, prints the exchange
    uvicorn examples.00_raw_asgi:app      # serves it on http://127.0.0.1:8000
"""

from starlette.types import Receive, Scope, Send


async def app(scope: Scope, receive: Receive, send: Send) -> None:
    if scope["type"] == "lifespan":
        # Once per server run: agree to start, later agree to stop.
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            else:  # "lifespan.shutdown"
                await send({"type": "lifespan.shutdown.complete"})
                return
    if scope["type"] != "http":  # a websocket: refuse it before accepting
        await send({"type": "websocket.close", "code": 1000})
        return
    # The body may arrive in several "http.request" messages; "more_body"
    # says whether another follows. A client that hangs up sends "http.disconnect".
    body = b""
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return
        body += message.get("body", b"")
        if not message.get("more_body", False):
            break
    text = f"{scope['method']} {scope['path']} with {len(body)} bytes of body\n"
    headers = [(b"content-type", b"text/plain; charset=utf-8")]
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": text.encode()})


if __name__ == "__main__":
    from starlette.testclient import TestClient

    with TestClient(app) as client:  # `with` also runs the lifespan
        for response in (client.get("/"), client.post("/echo", content=b"hello")):
            print(response.request.method, response.request.url.path, "->", response.status_code)
            print("   ", response.text.strip())
