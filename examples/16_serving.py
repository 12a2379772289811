"""Serving from Python: `app.serve()`, `app.run()` and `python -m starlette`.

These are starlette.py extras, so this one example does not run on Starlette
itself. Starlette leaves serving to a server's command line (`uvicorn
main:app`); starlette.py adds three shortcuts, served by uvicorn when it is
installed and by the built-in development server otherwise (`server="builtin"`
or `server="uvicorn"` picks one):

    server = app.serve(port=0)   serve from a background thread and return at once,
                                 with `server.url`; `server.stop()` (or a `with`
                                 block) shuts down, running the lifespan shutdown.
                                 Works in scripts, inside asyncio.run(), in notebooks.
    app.run(port=8000)           block until Ctrl-C, like `uvicorn main:app`.
    python -m starlette examples.16_serving:app --reload
                                 the command line; --reload restarts on edits and
                                 --workers 4 starts processes (both need uvicorn).

Run it from the repository root:

    python -m examples.16_serving         # serve on a free port, fetch over a socket, stop
    python -m examples.16_serving run     # app.run(): serve on :8000 until Ctrl-C
"""

import contextlib
import sys
from collections.abc import AsyncIterator

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route


@contextlib.asynccontextmanager
async def lifespan(app: Starlette) -> AsyncIterator[None]:
    print("lifespan: startup")
    yield
    print("lifespan: shutdown")


async def homepage(request: Request) -> PlainTextResponse:
    client = request.client.host if request.client else "?"
    return PlainTextResponse(f"Hello over a real socket, {client}!")


app = Starlette(routes=[Route("/", homepage)], lifespan=lifespan)


def demo() -> None:
    with app.serve(port=0, log_level="warning") as server:  # port=0: any free port
        print("serving at", server.url)
        print(httpx.get(server.url + "/").text)
    print("stopped:", server)


if __name__ == "__main__":
    if sys.argv[1:] == ["run"]:
        app.run(host="127.0.0.1", port=8000)
    else:
        demo()
