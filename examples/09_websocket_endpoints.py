"""WebSocket endpoints as classes, and JSON messages.

WebSocketEndpoint runs the receive loop for you: on_connect, then on_receive
for each message (decoded as the class attribute `encoding` says: "text",
"bytes", "json", or None for either text or bytes as sent), then
on_disconnect with the close code. A plain function endpoint does the same by
hand, here with `receive_json` and `send_json`.

`app.add_websocket_route("/ws", Echo)` is the Starlette 0.47 way to add a route
after the app is built; Starlette 1.x moved it to `app.router.add_websocket_route`.
starlette.py keeps both, so older code runs unchanged.

Run it from the repository root:

    python -m examples.09_websocket_endpoints    # in-process, prints the exchange
    uvicorn examples.09_websocket_endpoints:app
"""

from typing import Any

from starlette.applications import Starlette
from starlette.endpoints import WebSocketEndpoint
from starlette.routing import WebSocketRoute
from starlette.websockets import WebSocket


class Echo(WebSocketEndpoint):
    async def on_connect(self, websocket: WebSocket) -> None:
        await websocket.accept()

    async def on_receive(self, websocket: WebSocket, data: Any) -> None:
        await websocket.send_text(f"Received: {data}")

    async def on_disconnect(self, websocket: WebSocket, close_code: int) -> None:
        pass


async def websocket_endpoint(websocket: WebSocket) -> None:
    await websocket.accept()
    data = await websocket.receive_json()
    await websocket.send_json({"response": data})
    await websocket.close()


app = Starlette(routes=[WebSocketRoute("/json", websocket_endpoint)])
app.add_websocket_route("/ws", Echo)


if __name__ == "__main__":
    from starlette.testclient import TestClient

    client = TestClient(app)
    with client.websocket_connect("/ws") as websocket:
        for text in ("hello", "again"):
            websocket.send_text(text)
            print(websocket.receive_text())
    with client.websocket_connect("/json") as websocket:
        websocket.send_json({"question": 42})
        print(websocket.receive_json())
