"""Authentication: a backend turns credentials into a user; `requires` guards endpoints.

AuthenticationMiddleware calls the backend once per request and sets
`request.user` and `request.auth`; `@requires("authenticated")` refuses
anyone whose credentials lack that scope (403, or the status you choose).
Try it with HTTP Basic auth as admin / secret.

Run it from the repository root:

    python -m examples.07_auth            # in-process, prints the exchange
    uvicorn examples.07_auth:app          # then: curl -u admin:secret localhost:8000/protected
"""

import base64
import binascii

from starlette.applications import Starlette
from starlette.authentication import (
    AuthCredentials,
    AuthenticationBackend,
    AuthenticationError,
    SimpleUser,
    requires,
)
from starlette.middleware import Middleware
from starlette.middleware.authentication import AuthenticationMiddleware
from starlette.requests import HTTPConnection, Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route


class BasicAuthBackend(AuthenticationBackend):
    async def authenticate(self, conn: HTTPConnection) -> tuple[AuthCredentials, SimpleUser] | None:
        if "Authorization" not in conn.headers:
            return

        auth = conn.headers["Authorization"]
        try:
            scheme, credentials = auth.split()
            if scheme.lower() != "basic":
                return
            decoded = base64.b64decode(credentials).decode("ascii")
        except (ValueError, UnicodeDecodeError, binascii.Error):
            raise AuthenticationError("Invalid basic auth credentials")  # noqa: B904

        username, _, password = decoded.partition(":")
        # In actual implementation, verify user with database
        if username == "admin" and password == "secret":
            return AuthCredentials(["authenticated"]), SimpleUser(username)

        raise AuthenticationError("Invalid credentials")


async def homepage(request: Request) -> Response:
    if request.user.is_authenticated:
        return PlainTextResponse(f"Hello, {request.user.display_name}")
    return PlainTextResponse("Hello, anonymous user")


@requires("authenticated")
async def protected(request: Request) -> Response:
    return JSONResponse(
        {
            "message": f"Hello {request.user.display_name}, this is protected!",
            "user": request.user.display_name,
        }
    )


@requires("authenticated")
async def protected_endpoint(request: Request) -> Response:  # a second guarded page
    user = request.user
    return JSONResponse({"user": user.display_name})


def on_auth_error(request: HTTPConnection, exc: AuthenticationError) -> Response:
    return JSONResponse({"error": str(exc)}, status_code=401)


middleware = [
    Middleware(AuthenticationMiddleware, backend=BasicAuthBackend(), on_error=on_auth_error),
]

routes = [
    Route("/", endpoint=homepage),
    Route("/protected", endpoint=protected),
    Route("/me", endpoint=protected_endpoint),
]

app = Starlette(routes=routes, middleware=middleware)


if __name__ == "__main__":
    from starlette.testclient import TestClient

    client = TestClient(app)
    for auth in (None, ("admin", "secret"), ("admin", "wrong")):
        for path in ("/", "/protected", "/me"):
            response = client.get(path, auth=auth)
            print(f"{path:<10} as {auth} -> {response.status_code} {response.text}")
