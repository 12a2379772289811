"""Import paths: every module path a Starlette app imports from, and what serves it.

With Starlette these are two dozen modules; with starlette.py they are views
onto one file's namespace, so `from starlette.routing import Route` and
`from starlette import Route` give the same object. The code below runs on
both; what it prints differs.

Run it from the repository root:

    python -m examples.15_import_paths
"""

import sys

# Core application class
from starlette.applications import Starlette

# Authentication
from starlette.authentication import (
    AuthenticationBackend,
    BaseUser,
    SimpleUser,
    UnauthenticatedUser,
    requires,
)

# Background tasks
from starlette.background import BackgroundTask, BackgroundTasks

# Configuration
from starlette.config import Config

# Data structures
from starlette.datastructures import URL, FormData, Headers, QueryParams

# Exceptions
from starlette.exceptions import HTTPException, WebSocketException

# Middleware system
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.middleware.sessions import SessionMiddleware

# Request and response handling
from starlette.requests import Request
from starlette.responses import (
    FileResponse,
    HTMLResponse,
    JSONResponse,
    PlainTextResponse,
    RedirectResponse,
    Response,
    StreamingResponse,
)

# Routing components
from starlette.routing import Mount, Route, Router, WebSocketRoute

# Static files
from starlette.staticfiles import StaticFiles

# Templating (requires Jinja2)
from starlette.templating import Jinja2Templates

# Testing
from starlette.testclient import TestClient

# WebSocket support
from starlette.websockets import WebSocket

NAMES = [
    Starlette,
    Route,
    WebSocketRoute,
    Mount,
    Router,
    Request,
    Response,
    JSONResponse,
    HTMLResponse,
    PlainTextResponse,
    RedirectResponse,
    StreamingResponse,
    FileResponse,
    WebSocket,
    Middleware,
    CORSMiddleware,
    GZipMiddleware,
    SessionMiddleware,
    BackgroundTask,
    BackgroundTasks,
    requires,
    AuthenticationBackend,
    BaseUser,
    SimpleUser,
    UnauthenticatedUser,
    URL,
    Headers,
    QueryParams,
    FormData,
    Config,
    TestClient,
    HTTPException,
    WebSocketException,
    StaticFiles,
    Jinja2Templates,
]

app = Starlette()


if __name__ == "__main__":
    # Status codes
    from starlette import status

    print("status.HTTP_404_NOT_FOUND =", status.HTTP_404_NOT_FOUND)
    for obj in NAMES:
        module = sys.modules[obj.__module__]
        print(f"{obj.__name__:<22} defined in {module.__name__} ({module.__file__})")
