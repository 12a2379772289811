"""A notebook session: serve an app in the background, test it with AsyncTestClient.

Paste the cells (`# %%`) into Jupyter one by one: `app.serve()` runs the
app in a background thread (the notebook stays usable), and AsyncTestClient
calls it on the notebook's own event loop with its lifespan running, where
a top-level `await` works. Both are starlette.py extras.

    python -m examples.20_notebook    # runs the cells in order, as a script
"""

# %% The app, built cell by cell
import contextlib
from collections.abc import AsyncIterator

import anyio
import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.websockets import WebSocket

from starlette import AsyncTestClient


@contextlib.asynccontextmanager
async def lifespan(app: Starlette) -> AsyncIterator[dict[str, list[str]]]:
    yield {"notes": ["the lifespan ran"]}  # request.state.notes in every request


app = Starlette(lifespan=lifespan)


@app.get("/notes")
async def notes(request: Request) -> list[str]:
    return request.state.notes


@app.websocket("/shout")
async def shout(websocket: WebSocket) -> None:
    await websocket.accept()
    async for text in websocket.iter_text():
        await websocket.send_text(text.upper())


# %% Serve it for real, in the background
def try_the_server() -> None:
    with app.serve(port=0, log_level="warning") as server:
        print("served at a free port:", httpx.get(server.url + "/notes").json())


# %% Test it in-process (in a notebook: `async with ...` directly, no function)
async def try_the_client() -> None:
    async with AsyncTestClient(app) as client:
        print("AsyncTestClient:", (await client.get("/notes")).json())
        async with client.websocket_connect("/shout") as ws:
            await ws.send_text("hello")
            print("websocket:", await ws.receive_text())


if __name__ == "__main__":
    try_the_server()
    anyio.run(try_the_client)
