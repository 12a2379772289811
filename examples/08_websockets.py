"""WebSockets: a chat room that broadcasts every message to everyone connected.

A websocket connection is one ASGI scope that lives as long as the socket:
`accept()` answers the handshake, then `receive_text()` and `send_text()`
move messages until the client leaves, which raises WebSocketDisconnect. The
ConnectionManager keeps the open sockets so one message can go to all of
them. The page connects to ws://localhost:8000/ws, so serve it on port 8000
(uvicorn's default).

Run it from the repository root, then open http://localhost:8000 in two tabs:

    uvicorn examples.08_websockets:app
    python -m examples.08_websockets      # or: two in-process clients chat
"""

from typing import List  # noqa: UP035 (older code spells list this way)

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse
from starlette.routing import Route, WebSocketRoute
from starlette.websockets import WebSocket, WebSocketDisconnect


class ConnectionManager:
    """The open connections, so a message can reach all of them."""

    def __init__(self) -> None:
        self.active_connections: List[WebSocket] = []  # noqa: UP006

    async def connect(self, websocket: WebSocket) -> None:
        await websocket.accept()
        self.active_connections.append(websocket)

    def disconnect(self, websocket: WebSocket) -> None:
        self.active_connections.remove(websocket)

    async def send_personal_message(self, message: str, websocket: WebSocket) -> None:
        await websocket.send_text(message)

    async def broadcast(self, message: str) -> None:
        for connection in self.active_connections:
            await connection.send_text(message)


manager = ConnectionManager()


async def websocket_endpoint(websocket: WebSocket) -> None:
    await manager.connect(websocket)
    try:
        while True:
            data = await websocket.receive_text()
            await manager.send_personal_message(f"You wrote: {data}", websocket)
            await manager.broadcast(f"Someone says: {data}")
    except WebSocketDisconnect:
        manager.disconnect(websocket)
        await manager.broadcast("Someone left the chat")


async def websocket_user(websocket: WebSocket) -> None:
    client_id = websocket.path_params["client_id"]
    await websocket.accept()
    try:
        while True:
            data = await websocket.receive_text()
            await websocket.send_text(f"Client {client_id}: {data}")
    except WebSocketDisconnect:
        print(f"Client {client_id} disconnected")


async def homepage(request: Request) -> HTMLResponse:
    return HTMLResponse("""
    <!DOCTYPE html>
    <html>
        <head>
            <title>WebSocket Test</title>
        </head>
        <body>
            <h1>WebSocket Test</h1>
            <div id="messages"></div>
            <input type="text" id="messageText" placeholder="Type a message...">
            <button onclick="sendMessage()">Send</button>
            <script>
                const ws = new WebSocket("ws://localhost:8000/ws");
                ws.onmessage = function(event) {
                    const messages = document.getElementById('messages');
                    messages.innerHTML += '<div>' + event.data + '</div>';
                };
                function sendMessage() {
                    const messageText = document.getElementById('messageText');
                    ws.send(messageText.value);
                    messageText.value = '';
                }
            </script>
        </body>
    </html>
    """)


routes = [
    Route("/", endpoint=homepage),
    WebSocketRoute("/ws", endpoint=websocket_endpoint),
    WebSocketRoute("/ws/{client_id}", endpoint=websocket_user),
]

app = Starlette(debug=True, routes=routes)


if __name__ == "__main__":
    from starlette.testclient import TestClient

    client = TestClient(app)
    with client.websocket_connect("/ws") as alice, client.websocket_connect("/ws") as bob:
        alice.send_text("hello")
        print("alice got:", alice.receive_text(), "|", alice.receive_text())
        print("bob got:  ", bob.receive_text())
    with client.websocket_connect("/ws/42") as ws:
        ws.send_text("ping")
        print("client 42 got:", ws.receive_text())
