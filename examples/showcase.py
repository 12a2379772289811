"""The showcase: one small app using each piece a web app needs, served for real.

    GET  /                   a page linking everything below
    GET  /plain  /json       plain-text and JSON responses (JSON shows lifespan state)
    GET  /stream?n=5         a streamed response, one line every 0.1 seconds
    GET  /static/hello.txt   a static file (ask for a Range: bytes=0-4)
    POST /upload             a multipart form upload; answers with what arrived
    GET  /cookies            shows the cookies you sent, and sets one
    GET  /session            counts your visits in a signed cookie session
    WS   /ws                 a websocket that echoes text back

Run it from the repository root (needs uvicorn, python-multipart):

    python -m examples.showcase                       # http://127.0.0.1:8000, Ctrl-C stops
    uvicorn examples.showcase:app --workers 2         # sessions work across processes
    hypercorn examples.showcase:app                   # any ASGI server will do

The session secret comes from SHOWCASE_SECRET_KEY; the default is fine for a demo only.
"""

import contextlib
import os
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import anyio
from starlette.applications import Starlette
from starlette.datastructures import UploadFile
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import (
    HTMLResponse,
    JSONResponse,
    PlainTextResponse,
    Response,
    StreamingResponse,
)
from starlette.routing import Mount, Route, WebSocketRoute
from starlette.staticfiles import StaticFiles
from starlette.websockets import WebSocket

HERE = Path(__file__).parent
SECRET_KEY = os.environ.get("SHOWCASE_SECRET_KEY", "showcase-demo-secret")


@contextlib.asynccontextmanager
async def lifespan(app: Starlette) -> AsyncIterator[dict[str, Any]]:
    # Runs once per server process: before the first request, after the last.
    print(f"showcase: startup (pid {os.getpid()})", flush=True)
    yield {"started_at": time.time()}  # copied into every request.state
    print(f"showcase: shutdown (pid {os.getpid()})", flush=True)


async def index(request: Request) -> Response:
    return HTMLResponse((HERE / "templates" / "showcase.html").read_text())


async def plain(request: Request) -> Response:
    return PlainTextResponse("Hello, world!")


async def json(request: Request) -> Response:
    uptime = time.time() - request.state.started_at
    return JSONResponse({"hello": "world", "uptime_seconds": round(uptime, 3)})


async def stream(request: Request) -> Response:
    n = request.query_params.get("n", "5")
    if not n.isdigit() or not 0 < int(n) <= 100:
        return PlainTextResponse("n must be a whole number from 1 to 100", status_code=400)

    async def lines(count: int) -> AsyncIterator[str]:
        for i in range(1, count + 1):
            yield f"line {i} of {count}\n"
            await anyio.sleep(0.1)

    return StreamingResponse(lines(int(n)), media_type="text/plain")


async def upload(request: Request) -> Response:
    files, fields = [], {}
    async with request.form(max_files=10, max_fields=20) as form:
        for name, value in form.multi_items():
            if isinstance(value, UploadFile):
                data = await value.read()
                files.append(
                    {
                        "field": name,
                        "filename": value.filename,
                        "size": len(data),
                        "content_type": value.content_type,
                    }
                )
            else:
                fields[name] = value
    return JSONResponse({"fields": fields, "files": files})


async def cookies(request: Request) -> Response:
    response = JSONResponse({"you_sent": request.cookies})
    response.set_cookie("flavour", "ginger", max_age=3600, httponly=True, samesite="lax")
    return response


async def session(request: Request) -> Response:
    visits = request.session.get("visits", 0) + 1
    request.session["visits"] = visits
    # The process id shows which worker answered: the count survives a change.
    return JSONResponse({"visits": visits, "pid": os.getpid()})


async def echo(websocket: WebSocket) -> None:
    await websocket.accept()
    async for text in websocket.iter_text():  # ends when the client closes
        await websocket.send_text(text)


app = Starlette(
    routes=[
        Route("/", index),
        Route("/plain", plain),
        Route("/json", json),
        Route("/stream", stream),
        Route("/upload", upload, methods=["POST"]),
        Route("/cookies", cookies),
        Route("/session", session),
        WebSocketRoute("/ws", echo),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ],
    middleware=[Middleware(SessionMiddleware, secret_key=SECRET_KEY)],
    lifespan=lifespan,
)


if __name__ == "__main__":
    import uvicorn

    uvicorn.run(
        app, host=os.environ.get("HOST", "127.0.0.1"), port=int(os.environ.get("PORT", "8000"))
    )
