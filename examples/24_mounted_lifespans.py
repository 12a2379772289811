"""Lifespans of mounted apps: `Starlette(..., mount_lifespans=True)`.

A server sends the lifespan events to the app it runs, and Starlette does not
pass them on, so a mounted app's startup never runs. The starlette.py extra
`mount_lifespans=True` runs each mounted app's lifespan inside the parent's,
in order, and shuts them down in reverse. What a mounted lifespan yields is
that app's request.state.

Run it from the repository root:

    python -m examples.24_mounted_lifespans
    uvicorn examples.24_mounted_lifespans:app
"""

import contextlib
from collections.abc import AsyncIterator

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Mount, Route


@contextlib.asynccontextmanager
async def admin_lifespan(app: Starlette) -> AsyncIterator[dict[str, str]]:
    print("admin: open the audit log")
    yield {"audit": "audit log"}
    print("admin: close the audit log")


async def admin_home(request: Request) -> PlainTextResponse:
    return PlainTextResponse(f"admin, writing to the {request.state.audit}")


admin = Starlette(routes=[Route("/", admin_home)], lifespan=admin_lifespan)


@contextlib.asynccontextmanager
async def lifespan(app: Starlette) -> AsyncIterator[None]:
    print("main: startup")
    yield
    print("main: shutdown")


app = Starlette(routes=[Mount("/admin", app=admin)], lifespan=lifespan, mount_lifespans=True)


if __name__ == "__main__":
    from starlette.testclient import TestClient

    with TestClient(app) as client:  # `with` runs the lifespan, as a server does
        print(client.get("/admin/").text)
