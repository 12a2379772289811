"""starlette.py: the whole of the Starlette ASGI framework in one file.

Copy this file into a project (or next to a script, or into a notebook's
folder) and code written for Starlette runs unchanged::

    from starlette.applications import Starlette
    from starlette.responses import PlainTextResponse
    from starlette.routing import Route

    async def hello(request):
        return PlainTextResponse("Hello, world!")

    app = Starlette(routes=[Route("/", hello)])

Importing it registers every Starlette module path (`starlette.routing`, ...)
as a view of this one namespace, keyed on `__name__`: a copy vendored as
`mypkg/_vendor/starlette.py` serves `mypkg._vendor.starlette.routing` and
leaves an installed Starlette alone. Type checkers need `from starlette import Route`.

How to read it: top to bottom. Each section is one Starlette module, in
dependency order, and opens with a few lines on the piece of ASGI it
implements; sections marked `extra:` are what Starlette lacks, and a first
reading can skip them. `grep -n '^# starlette\\.\\|^# extra' starlette.py`
prints this table:

    starlette.types               ASGI vocabulary: Scope, Message, Receive, Send, ASGIApp
    starlette._utils              helpers used by later sections
    starlette.exceptions          HTTPException, WebSocketException
    starlette.status              HTTP_* and WS_* constants
    starlette.concurrency         thread-pool bridges over anyio
    starlette.config              Config, Environ
    starlette.convertors          path-parameter convertors
    starlette.datastructures      URL, Headers, QueryParams, FormData, UploadFile, State
    starlette.background          BackgroundTask, BackgroundTasks
    starlette.formparsers         urlencoded and multipart bodies (python-multipart, lazy)
    starlette.requests            HTTPConnection, Request
    starlette.responses           Response family, FileResponse with ranges
    extra: server-sent events     EventSourceResponse, ServerSentEvent, parse_event_stream
    starlette.websockets          WebSocket, WebSocketDisconnect
    starlette._exception_handler  handler lookup and wrapping
    starlette.authentication      requires, users, credentials
    starlette.middleware          the Middleware spec
    starlette.middleware.*        base, errors, exceptions, cors, gzip, sessions,
                                  trustedhost, httpsredirect, authentication, body_limit,
                                  wsgi, opentelemetry (lazy)
    extra: plain return values    dicts, strings, None... returned from endpoints
    extra: route decorators       @app.get(path), @app.post(path), ... @app.websocket(path)
    starlette.routing             Route, WebSocketRoute, Mount, Host, Router, lifespan
    extra: route index            the 1000th route costs about what the first does
    extra: debug pages            404 and 405 pages that list the routes and allowed methods
    starlette.endpoints           HTTPEndpoint, WebSocketEndpoint
    starlette.staticfiles         StaticFiles
    extra: static files for production  cache_control=, precompressed=, fallback=
    starlette.templating          Jinja2Templates (jinja2, lazy)
    starlette.schemas             SchemaGenerator (pyyaml, lazy)
    starlette.applications        Starlette
    starlette.testclient          TestClient (httpx)
    extra: development server     HTTP/1.1 and WebSocket on anyio, no uvicorn needed
    extra: serving                app.run(), app.serve(), python -m starlette
    extra: mounted lifespans      Starlette(mount_lifespans=True)
    extra: csrf                   CSRFMiddleware, csrf_token(), csrf_input()
    extra: request id             RequestIDMiddleware, RequestIDFilter, request_id_var
    extra: graphql                GraphQLApp (graphql-core, lazy)
    extra: async test client      AsyncTestClient (httpx), lifespan and websockets on your loop
    submodule aliases             the views, __all__

A first reading can follow one request through the file: starlette.types
(the three callables every layer shares), starlette.requests (scope and
receive become a Request), starlette.responses (a Response is an ASGI app
that sends itself), starlette.middleware.errors and .exceptions (the two
layers every app has), starlette.routing (the Router picks a Route, whose
adapter calls the endpoint), then starlette.applications, whose diagram
follows the same request from Starlette.__call__ down and back up.
starlette.middleware.base shows two tasks relaying one request, and
starlette.testclient plays the server's part in-process.

Required: anyio. Optional, imported the first time a feature needs them:
httpx (TestClient), jinja2 (Jinja2Templates), python-multipart (forms),
pyyaml (SchemaGenerator), uvicorn (serving), opentelemetry
(OpenTelemetryMiddleware), graphql-core (GraphQLApp). A missing one raises
ModuleNotFoundError naming the feature and the `pip install` line.
"""

from __future__ import annotations

import atexit
import base64
import codecs
import contextlib
import contextvars
import enum
import errno
import functools
import html
import http.cookies
import importlib
import importlib.util
import inspect
import io
import json
import logging
import math
import os
import re
import shlex
import signal
import socket
import stat
import sys
import threading
import time
import traceback
import uuid
import warnings
import zlib
from collections import deque
from collections.abc import (
    AsyncGenerator,
    AsyncIterable,
    AsyncIterator,
    Awaitable,
    Callable,
    Collection,
    Generator,
    ItemsView,
    Iterable,
    Iterator,
    KeysView,
    Mapping,
    MutableMapping,
    Sequence,
    ValuesView,
)
from contextlib import (
    AbstractAsyncContextManager,
    AbstractContextManager,
    aclosing,
    asynccontextmanager,
    contextmanager,
)
from dataclasses import asdict, dataclass, field, is_dataclass
from datetime import datetime
from enum import Enum, EnumMeta
from functools import partial
from http import HTTPStatus
from importlib.machinery import ModuleSpec
from ipaddress import AddressValueError, IPv6Address
from operator import itemgetter
from re import Pattern
from tempfile import SpooledTemporaryFile
from types import ModuleType, TracebackType
from typing import (
    IO,
    TYPE_CHECKING,
    Any,
    ClassVar,
    Final,
    Generic,
    Literal,
    NamedTuple,
    NoReturn,
    ParamSpec,
    Protocol,
    Self,
    TypedDict,
    TypeGuard,
    TypeVar,
    cast,
    overload,
)
from urllib.parse import (
    SplitResult,
    parse_qsl,
    quote,
    quote_from_bytes,
    unquote,
    unquote_plus,
    urlencode,
    urljoin,
    urlsplit,
)

import anyio
import anyio.abc
import anyio.lowlevel
import anyio.to_thread

if TYPE_CHECKING:
    import graphql
    import jinja2
    from opentelemetry import metrics, trace
    from typing_extensions import TypeVar as _TypeVarWithDefault  # PEP 696: see StateT

__version__ = "1.10.0"  # the Starlette release whose API this file serves


def _require(module: str, *, needed_by: str, pip_name: str = "") -> None:
    """Import an optional package now, or say exactly how to get it."""
    try:
        importlib.import_module(module)
    except ModuleNotFoundError as exc:
        missing = exc.name or module
        if module != missing and not module.startswith(missing + "."):
            raise  # the package is there but something it imports is not
        pip_name = pip_name or module
        raise ModuleNotFoundError(
            f"{needed_by} needs the optional package {pip_name!r}; "
            f"install it with: pip install {pip_name}",
            name=module,
        ) from None


# =============================================================================
# starlette.types: ASGI vocabulary: Scope, Message, Receive, Send, ASGIApp
# =============================================================================
# ASGI (the Asynchronous Server Gateway Interface) is one call signature:
#
#     async def app(scope, receive, send) -> None
#
# `scope` is a dict describing the connection, fixed for its lifetime:
#
#     {"type": "http", "method": "GET", "path": "/users/1", "root_path": "",
#      "query_string": b"page=2", "headers": [(b"host", b"example.org")], ...}
#
# `receive()` awaits the next event from the client, and `send(message)` emits
# one to it. Every event is a dict keyed by "type", such as
# {"type": "http.request", "body": b"...", "more_body": False} or
# {"type": "http.response.start", "status": 200, "headers": [...]}.
#
# compat: the aliases stay exactly as loose as Starlette's (plain mappings of
# str to Any), because user code annotates with them; the message shapes are
# taught in comments beside the code that reads or writes them.
#
# This primer is why the section is about twice the size of Starlette's module.

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]

Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

# Request, Response and WebSocket come later in this file: named as strings.
HTTPExceptionHandler = Callable[["Request", Exception], "Response | Awaitable[Response]"]
WebSocketExceptionHandler = Callable[["WebSocket", Exception], Awaitable[None]]
ExceptionHandler = HTTPExceptionHandler | WebSocketExceptionHandler

# Type variables shared by every section (one namespace, so declared once).
T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
P = ParamSpec("P")
# The application type, so `lifespan(app)` sees the user's own Starlette subclass.
AppType = TypeVar("AppType", bound="Starlette")

# ASGI: a "lifespan" scope brackets the server's life with startup/shutdown
# events. Starlette lets apps write it as an async context manager factory;
# a stateful one yields a mapping that is copied into each request's scope["state"].
StatelessLifespan = Callable[[AppType], AbstractAsyncContextManager[None]]
StatefulLifespan = Callable[[AppType], AbstractAsyncContextManager[Mapping[str, Any]]]
Lifespan = StatelessLifespan[AppType] | StatefulLifespan[AppType]


# =============================================================================
# starlette._utils: helpers used by later sections
# =============================================================================
# Small tools the rest of the file leans on: telling async callables from
# sync ones (sync endpoints run in a worker thread), unwrapping the exception
# groups that anyio task groups raise, reading the route path out of a scope,
# and parsing the Host header safely.
#
# ASGI: `scope["root_path"]` is the prefix the app is mounted under (set by a
# proxy or by Mount) and `scope["path"]` is the full path including it.
# Bigger than Starlette's: strict Host parsing, and the shared header checks.

if sys.version_info >= (3, 13):  # pragma: no cover - one branch per Python version
    from inspect import iscoroutinefunction as _utils_iscoroutinefunction
else:  # like asyncio's version, which also recognises mocks of async functions on 3.11/3.12
    _utils_no_marker = object()

    def _utils_iscoroutinefunction(obj: Any) -> bool:
        # Mocks carry asyncio's `_is_coroutine` marker; read it only if asyncio is
        # loaded (without asyncio there are no such mocks), so that importing
        # asyncio is left to whoever runs an event loop on it.
        coroutines = sys.modules.get("asyncio.coroutines")
        marker = getattr(coroutines, "_is_coroutine", _utils_no_marker)
        return inspect.iscoroutinefunction(obj) or getattr(obj, "_is_coroutine", None) is marker


def _unwrap_partial(obj: Any) -> Any:
    """The function inside any number of `functools.partial` layers."""
    while isinstance(obj, functools.partial):
        obj = obj.func
    return obj


@overload
def is_async_callable(
    obj: Callable[..., Awaitable[T]],
) -> TypeGuard[Callable[..., Awaitable[T]]]: ...
@overload
def is_async_callable(obj: Any) -> TypeGuard[Callable[..., Awaitable[Any]]]: ...
def is_async_callable(obj: Any) -> Any:
    """Tell whether calling `obj` returns an awaitable coroutine.

    Sees through `functools.partial` and objects with an `async def __call__`:

        >>> async def handler(request): ...
        >>> is_async_callable(functools.partial(handler, None)), is_async_callable(print)
        (True, False)
    """
    obj = _unwrap_partial(obj)
    if _utils_iscoroutinefunction(obj):
        return True
    return callable(obj) and _utils_iscoroutinefunction(obj.__call__)


class AwaitableOrContextManager(Awaitable[T_co], AbstractAsyncContextManager[T_co], Protocol[T_co]):
    """Something to `await` or to use in `async with` (like `request.form()`)."""


class SupportsAsyncClose(Protocol):
    """Anything with an `async def close()`."""

    async def close(self) -> None: ...


SupportsAsyncCloseType = TypeVar("SupportsAsyncCloseType", bound=SupportsAsyncClose)


class AwaitableOrContextManagerWrapper(Generic[SupportsAsyncCloseType]):
    """Let one awaitable be awaited directly or used as `async with`.

    In `async with`, the awaited result is closed on the way out, which is how
    `async with request.form() as form:` removes the uploaded temp files.
    """

    __slots__ = ("aw", "entered")

    def __init__(self, aw: Awaitable[SupportsAsyncCloseType]) -> None:
        self.aw = aw

    async def __aenter__(self) -> SupportsAsyncCloseType:
        result = self.entered = await self.aw
        return result

    async def __aexit__(self, *args: Any) -> None | bool:
        await self.entered.close()  # exceptions from the body propagate unchanged
        return None

    # `await wrapper` is simply `await aw`: hand over its iterator.
    def __await__(self) -> Generator[Any, None, SupportsAsyncCloseType]:
        return self.aw.__await__()


# compat: Starlette 0.47 kept these for Pythons without exception groups.
has_exceptiongroups = True


@contextmanager
def collapse_excgroups() -> Generator[None, None, None]:
    """Re-raise the lone exception inside (nested) one-member exception groups."""
    try:
        yield
    except BaseException as exc:
        while isinstance(exc, BaseExceptionGroup) and len(exc.exceptions) == 1:
            exc = exc.exceptions[0]
        raise exc


@asynccontextmanager
async def create_collapsing_task_group() -> AsyncGenerator[anyio.abc.TaskGroup, None]:
    """An anyio task group that raises a single failure as itself, not as a group.

    A task group wraps whatever its tasks raise in an ExceptionGroup. When only
    one thing failed, callers (and users' `except` clauses) want that exception,
    with its original cause or context kept.
    """
    try:
        async with anyio.create_task_group() as task_group:
            yield task_group
    except BaseExceptionGroup as group:
        if len(group.exceptions) > 1:
            raise
        (inner,) = group.exceptions
        cause = inner.__cause__
        if cause is None and not inner.__suppress_context__:
            cause = inner.__context__
        raise inner from cause


def get_route_path(scope: Scope) -> str:
    """The part of `scope["path"]` below `scope["root_path"]`, for route matching.

    The root path only counts when it ends at a path segment boundary:

        >>> get_route_path({"path": "/api/users", "root_path": "/api"})
        '/users'
        >>> get_route_path({"path": "/apiary", "root_path": "/api"})
        '/apiary'
    """
    path: str = scope["path"]
    root_path: str = scope.get("root_path", "")
    if not root_path or not path.startswith(root_path):
        return path
    rest = path[len(root_path) :]
    if not rest or rest[0] == "/":
        return rest
    return path


def _scope_header(scope: Scope, name: bytes) -> bytes | None:
    """The first value of header `name` (lower-case) in a scope, or None.

    ASGI: header names arrive lower-cased, as (name, value) byte pairs.

        >>> _scope_header({"headers": [(b"host", b"example.org")]}, b"host")
        b'example.org'
    """
    for key, value in scope.get("headers", ()):
        if key == name:
            return value  # type: ignore[no-any-return]  # ASGI: bytes
    return None


def _compat_assert(ok: bool, message: str) -> None:
    """Raise AssertionError(message) unless `ok`.

    compat: Starlette checks these arguments with `assert`; raising explicitly
    keeps the error type and still checks under `python -O`.
    """
    if not ok:
        raise AssertionError(message)


@dataclass(frozen=True, slots=True)
class ParsedHost:
    """A Host header split into its host (IP literals keep their brackets) and port."""

    host: str
    port: str | None

    @property
    def is_valid_port(self) -> bool:
        """True when there is no port, or it is a number in 0..65535 (zero-padding allowed)."""
        # Compared as text: no int() of a 40,000-digit port, which Python refuses anyway.
        digits = (self.port or "").lstrip("0")
        return len(digits) < 5 or (len(digits) == 5 and digits <= "65535")

    @property
    def authority(self) -> str:
        """host[:port], ready to put in a URL."""
        if self.port is None:
            return self.host
        return f"{self.host}:{self.port}"


# RFC 3986 section 3.2.2: a reg-name is unreserved, pct-encoded and sub-delims
# characters only, so it can never carry "/", "?", "#", "@" or ":" into a URL.
_HOST_REG_NAME = re.compile(r"[A-Za-z0-9._~%!$&'()*+,;=-]+")
_HOST_IPV6 = re.compile(r"[A-Fa-f0-9]*:[A-Fa-f0-9.:]+")
_HOST_IPVFUTURE = re.compile(r"v[A-Fa-f0-9]+\.[A-Za-z0-9._~!$&'()*+,;=:-]+")


def _host_literal_ok(inner: str) -> bool:
    """Check the text between the brackets of an IP literal (RFC 3986 section 3.2.2)."""
    if _HOST_IPVFUTURE.fullmatch(inner):
        return True
    if not _HOST_IPV6.fullmatch(inner):
        return False
    try:
        IPv6Address(inner)
    except AddressValueError:
        return False
    return True


def parse_host_header(host_header: str | None) -> ParsedHost | None:
    """Parse a Host header into host and port; anything malformed gives None.

    >>> parse_host_header("[::1]:8000")
    ParsedHost(host='[::1]', port='8000')
    >>> parse_host_header("evil.com/path") is None
    True
    """
    if not host_header:
        return None
    if host_header[0] == "[":
        end = host_header.find("]")
        if end < 0 or not _host_literal_ok(host_header[1:end]):
            return None
        host, rest = host_header[: end + 1], host_header[end + 1 :]
    else:
        host, colon, port = host_header.partition(":")
        if not _HOST_REG_NAME.fullmatch(host):
            return None
        rest = colon + port
    if not rest:
        return ParsedHost(host, None)
    port = rest[1:]
    if rest[0] != ":" or not (port.isascii() and port.isdigit()):
        return None
    return ParsedHost(host, port)


# =============================================================================
# starlette.exceptions: HTTPException, WebSocketException
# =============================================================================
# Raising HTTPException anywhere below the ExceptionMiddleware turns into an
# HTTP response with that status; WebSocketException closes the socket with
# {"type": "websocket.close", "code": code, "reason": reason}.

# Reason phrases from the standard library's registry (RFC 9110 section 15).
_HTTP_PHRASES: dict[int, str] = {code.value: code.phrase for code in http.HTTPStatus}


class HTTPException(Exception):
    """An error that becomes an HTTP response with `status_code`.

    >>> HTTPException(404)
    HTTPException(status_code=404, detail='Not Found')
    >>> str(HTTPException(418, "short and stout"))
    '418: short and stout'
    """

    def __init__(
        self, status_code: int, detail: str | None = None, headers: Mapping[str, str] | None = None
    ) -> None:
        self.status_code = status_code
        self.detail = _HTTP_PHRASES.get(status_code, "") if detail is None else detail
        self.headers = headers

    def __str__(self) -> str:
        return f"{self.status_code}: {self.detail}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status_code={self.status_code!r}, detail={self.detail!r})"


class WebSocketException(Exception):
    """An error that closes the websocket with `code` (see the WS_* constants).

    >>> WebSocketException(1008)
    WebSocketException(code=1008, reason='')
    """

    def __init__(self, code: int, reason: str | None = None) -> None:
        self.code, self.reason = code, reason or ""

    def __repr__(self) -> str:
        return f"{type(self).__name__}(code={self.code!r}, reason={self.reason!r})"

    def __str__(self) -> str:
        return f"{self.code}: {self.reason}"


# compat: a UserWarning, not a DeprecationWarning, as in Starlette: shown by default.
class StarletteDeprecationWarning(UserWarning):
    """Warns about deprecated Starlette APIs."""


# compat: 0.47 warned with DeprecationWarning where 1.x warns with the class above;
# being both keeps `pytest.deprecated_call()` and filters for either generation matching.
class _LegacyDeprecationWarning(StarletteDeprecationWarning, DeprecationWarning):
    """A deprecation both generations announce, in different classes."""


# =============================================================================
# starlette.status: HTTP_* and WS_* constants
# =============================================================================
# Named status codes, so code reads `status_code=HTTP_404_NOT_FOUND`. HTTP
# codes travel in {"type": "http.response.start", "status": 404, ...}; the
# registry is IANA's, the meanings are RFC 9110 section 15.

# 1xx informational: interim answers before the final one.
HTTP_100_CONTINUE: Final = 100
HTTP_101_SWITCHING_PROTOCOLS: Final = 101
HTTP_102_PROCESSING: Final = 102
HTTP_103_EARLY_HINTS: Final = 103
# 2xx successful.
HTTP_200_OK: Final = 200
HTTP_201_CREATED: Final = 201
HTTP_202_ACCEPTED: Final = 202
HTTP_203_NON_AUTHORITATIVE_INFORMATION: Final = 203
HTTP_204_NO_CONTENT: Final = 204
HTTP_205_RESET_CONTENT: Final = 205
HTTP_206_PARTIAL_CONTENT: Final = 206
HTTP_207_MULTI_STATUS: Final = 207
HTTP_208_ALREADY_REPORTED: Final = 208
HTTP_226_IM_USED: Final = 226
# 3xx redirection: the Location header says where.
HTTP_300_MULTIPLE_CHOICES: Final = 300
HTTP_301_MOVED_PERMANENTLY: Final = 301
HTTP_302_FOUND: Final = 302
HTTP_303_SEE_OTHER: Final = 303
HTTP_304_NOT_MODIFIED: Final = 304
HTTP_305_USE_PROXY: Final = 305
HTTP_306_RESERVED: Final = 306
HTTP_307_TEMPORARY_REDIRECT: Final = 307
HTTP_308_PERMANENT_REDIRECT: Final = 308
# 4xx client error: the request was at fault.
HTTP_400_BAD_REQUEST: Final = 400
HTTP_401_UNAUTHORIZED: Final = 401
HTTP_402_PAYMENT_REQUIRED: Final = 402
HTTP_403_FORBIDDEN: Final = 403
HTTP_404_NOT_FOUND: Final = 404
HTTP_405_METHOD_NOT_ALLOWED: Final = 405
HTTP_406_NOT_ACCEPTABLE: Final = 406
HTTP_407_PROXY_AUTHENTICATION_REQUIRED: Final = 407
HTTP_408_REQUEST_TIMEOUT: Final = 408
HTTP_409_CONFLICT: Final = 409
HTTP_410_GONE: Final = 410
HTTP_411_LENGTH_REQUIRED: Final = 411
HTTP_412_PRECONDITION_FAILED: Final = 412
HTTP_413_CONTENT_TOO_LARGE: Final = 413
HTTP_414_URI_TOO_LONG: Final = 414
HTTP_415_UNSUPPORTED_MEDIA_TYPE: Final = 415
HTTP_416_RANGE_NOT_SATISFIABLE: Final = 416
HTTP_417_EXPECTATION_FAILED: Final = 417
HTTP_418_IM_A_TEAPOT: Final = 418
HTTP_421_MISDIRECTED_REQUEST: Final = 421
HTTP_422_UNPROCESSABLE_CONTENT: Final = 422
HTTP_423_LOCKED: Final = 423
HTTP_424_FAILED_DEPENDENCY: Final = 424
HTTP_425_TOO_EARLY: Final = 425
HTTP_426_UPGRADE_REQUIRED: Final = 426
HTTP_428_PRECONDITION_REQUIRED: Final = 428
HTTP_429_TOO_MANY_REQUESTS: Final = 429
HTTP_431_REQUEST_HEADER_FIELDS_TOO_LARGE: Final = 431
HTTP_451_UNAVAILABLE_FOR_LEGAL_REASONS: Final = 451
# 5xx server error: the request may have been fine.
HTTP_500_INTERNAL_SERVER_ERROR: Final = 500
HTTP_501_NOT_IMPLEMENTED: Final = 501
HTTP_502_BAD_GATEWAY: Final = 502
HTTP_503_SERVICE_UNAVAILABLE: Final = 503
HTTP_504_GATEWAY_TIMEOUT: Final = 504
HTTP_505_HTTP_VERSION_NOT_SUPPORTED: Final = 505
HTTP_506_VARIANT_ALSO_NEGOTIATES: Final = 506
HTTP_507_INSUFFICIENT_STORAGE: Final = 507
HTTP_508_LOOP_DETECTED: Final = 508
HTTP_510_NOT_EXTENDED: Final = 510
HTTP_511_NETWORK_AUTHENTICATION_REQUIRED: Final = 511

# WebSocket close codes (RFC 6455 section 7.4), sent as
# {"type": "websocket.close", "code": 1008}. 1005, 1006 and 1015 are never sent
# on the wire; they only report what happened.
WS_1000_NORMAL_CLOSURE: Final = 1000
WS_1001_GOING_AWAY: Final = 1001
WS_1002_PROTOCOL_ERROR: Final = 1002
WS_1003_UNSUPPORTED_DATA: Final = 1003
WS_1005_NO_STATUS_RCVD: Final = 1005
WS_1006_ABNORMAL_CLOSURE: Final = 1006
WS_1007_INVALID_FRAME_PAYLOAD_DATA: Final = 1007
WS_1008_POLICY_VIOLATION: Final = 1008
WS_1009_MESSAGE_TOO_BIG: Final = 1009
WS_1010_MANDATORY_EXT: Final = 1010
WS_1011_INTERNAL_ERROR: Final = 1011
WS_1012_SERVICE_RESTART: Final = 1012
WS_1013_TRY_AGAIN_LATER: Final = 1013
WS_1014_BAD_GATEWAY: Final = 1014
WS_1015_TLS_HANDSHAKE: Final = 1015

# compat: names from older RFCs (RFC 7231 and friends), renamed by RFC 9110.
# Plain constants here; read through `starlette.status` they warn, as in Starlette 1.10.
HTTP_413_REQUEST_ENTITY_TOO_LARGE: Final = 413
HTTP_414_REQUEST_URI_TOO_LONG: Final = 414
HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE: Final = 416
HTTP_422_UNPROCESSABLE_ENTITY: Final = 422

# Old name -> the RFC 9110 name that replaces it.
_STATUS_RENAMED: dict[str, str] = {
    "HTTP_413_REQUEST_ENTITY_TOO_LARGE": "HTTP_413_CONTENT_TOO_LARGE",
    "HTTP_414_REQUEST_URI_TOO_LONG": "HTTP_414_URI_TOO_LONG",
    "HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE": "HTTP_416_RANGE_NOT_SATISFIABLE",
    "HTTP_422_UNPROCESSABLE_ENTITY": "HTTP_422_UNPROCESSABLE_CONTENT",
}


def _status_renamed(name: str) -> int:
    """The value of a key of _STATUS_RENAMED, warning the code that read it."""
    new_name = _STATUS_RENAMED[name]
    warnings.warn(
        f"'{name}' is deprecated. Use '{new_name}' instead.",
        StarletteDeprecationWarning,
        stacklevel=3,
    )
    value: int = globals()[new_name]
    return value


# =============================================================================
# starlette.concurrency: thread-pool bridges over anyio
# =============================================================================
# An ASGI app runs on one event loop thread; a blocking call there stalls every
# connection. Sync endpoints, sync background tasks and sync iterators handed
# to StreamingResponse therefore run in anyio's worker threads (40 by default).
# Context variables are copied into the worker, so they read the same values.


async def run_in_threadpool(func: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """Call a blocking function in a worker thread and await its result.

    >>> anyio.run(run_in_threadpool, sum, [1, 2, 3])
    6
    """
    # anyio's run_sync takes positional arguments only, hence the partial.
    return await anyio.to_thread.run_sync(functools.partial(func, *args, **kwargs))


# compat: Starlette's private name.
class _StopIteration(Exception):
    """StopIteration cannot cross a thread boundary (or a coroutine), so this does."""


# compat: Starlette's private name.
def _next(iterator: Iterator[T]) -> T:
    """`next(iterator)`, signalling the end with _StopIteration instead."""
    try:
        return next(iterator)
    except StopIteration:
        raise _StopIteration from None


async def iterate_in_threadpool(iterator: Iterable[T]) -> AsyncIterator[T]:
    """Iterate a blocking iterable from async code, one `next()` per worker call."""
    items = iter(iterator)
    while True:
        try:
            yield await anyio.to_thread.run_sync(_next, items)
        except _StopIteration:
            return


# The ignore below: compat: Starlette's exact signature.
async def run_until_first_complete(*args: tuple[Callable, dict]) -> None:  # type: ignore[type-arg]
    """Run `func(**kwargs)` for each pair at once; cancel the rest when one returns.

    Deprecated: write an anyio task group instead.
    """
    warnings.warn(
        "run_until_first_complete is deprecated and will be removed in a future version.",
        _LegacyDeprecationWarning,
        stacklevel=2,
    )
    async with anyio.create_task_group() as task_group:

        async def run(func: Callable[..., Awaitable[Any]], kwargs: dict[str, Any]) -> None:
            await func(**kwargs)
            task_group.cancel_scope.cancel()  # the first to finish cancels the rest

        for func, kwargs in args:
            task_group.start_soon(run, func, kwargs)


# =============================================================================
# starlette.config: Config, Environ
# =============================================================================
# Not ASGI at all: twelve-factor settings. Values come from the process
# environment first, then from an optional `.env` file, then from a default,
# and are cast on the way out (`config("DEBUG", cast=bool)`).


class undefined:
    """Marker for "no default given" (None is a valid default)."""


class EnvironError(Exception):
    """Raised when code changes an environment variable that was already read."""


class Environ(MutableMapping[str, str]):
    """os.environ that refuses to change a key after someone has read it.

    Settings are read at import time, so changing a variable later (say, in a
    test) would silently not apply; this makes that mistake loud instead.
    """

    def __init__(self, environ: MutableMapping[str, str] = os.environ):
        self._environ = environ
        self._has_been_read: set[str] = set()

    def __getitem__(self, key: str) -> str:
        self._has_been_read.add(key)
        return self._environ[key]

    def _refuse(self, verb: str, key: str) -> None:
        if key in self._has_been_read:
            raise EnvironError(
                f"Attempting to {verb} environ['{key}'], but the value has already been read."
            )

    def __setitem__(self, key: str, value: str) -> None:
        self._refuse("set", key)
        self._environ[key] = value

    def __delitem__(self, key: str) -> None:
        self._refuse("delete", key)
        del self._environ[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._environ)

    def __len__(self) -> int:
        return len(self._environ)


environ = Environ()

# .env booleans: the only spellings accepted, compared lower-cased.
_CONFIG_BOOLS = {"true": True, "1": True, "false": False, "0": False}


class Config:
    """Read settings from the environment, then a `.env` file, then defaults.

    >>> config = Config(environ={"APP_DEBUG": "true", "APP_PORT": "80"}, env_prefix="APP_")
    >>> config("DEBUG", cast=bool), config("PORT", cast=int), config("HOST", default=None)
    (True, 80, None)
    """

    def __init__(
        self,
        env_file: str | os.PathLike[str] | None = None,
        environ: Mapping[str, str] = environ,
        env_prefix: str = "",
        encoding: str = "utf-8",
    ) -> None:
        self.environ, self.env_prefix = environ, env_prefix
        self.file_values: dict[str, str] = {}
        if env_file is None:
            return
        if os.path.isfile(env_file):
            self.file_values = self._read_file(env_file, encoding)
        else:
            warnings.warn(f"Config file '{env_file}' not found.", stacklevel=2)

    # The overloads give `config("PORT", cast=int)` the type int,
    # `config("NAME")` str and `config("X", default=None)` str | None.
    @overload
    def get(self, key: str, cast: None = None, *, default: None) -> str | None: ...
    @overload
    def get(self, key: str, cast: None = None, default: str = ...) -> str: ...
    @overload
    def get(self, key: str, cast: Callable[[Any], T], default: T = ...) -> T: ...
    @overload
    def get(self, key: str, cast: None = None, default: T = ...) -> T | str: ...
    @overload
    def get(self, key: str, cast: Callable[[Any], T], default: Any = ...) -> T: ...
    def get(
        self, key: str, cast: Callable[[Any], Any] | None = None, default: Any = undefined
    ) -> Any:
        """The value of `env_prefix + key`, cast; KeyError if unset with no default."""
        key = self.env_prefix + key
        # Precedence: the real environment, then the .env file, then the default.
        if key in self.environ:
            return self._perform_cast(key, self.environ[key], cast)
        if key in self.file_values:
            return self._perform_cast(key, self.file_values[key], cast)
        if default is undefined:
            raise KeyError(f"Config '{key}' is missing, and has no default.")
        return self._perform_cast(key, default, cast)

    __call__ = get  # config("KEY") is config.get("KEY")

    def _read_file(self, file_name: str | os.PathLike[str], encoding: str) -> dict[str, str]:
        """Parse KEY=VALUE lines; `#` starts a comment line; matching outer quotes go."""
        values: dict[str, str] = {}
        with open(file_name, encoding=encoding) as env_file:
            for line in env_file:
                key, eq, value = line.strip().partition("=")
                if key.startswith("#") or not eq:  # a comment, or no assignment
                    continue
                value = value.strip()
                if len(value) > 1 and value[0] == value[-1] and value[0] in "'\"":
                    value = value[1:-1]
                values[key.strip()] = value
        return values

    def _perform_cast(self, key: str, value: Any, cast: Callable[[Any], Any] | None = None) -> Any:
        if cast is None or value is None:
            return value
        # bool("false") is True, so booleans get their own parser.
        if cast is bool and isinstance(value, str):
            lowered = value.lower()
            if lowered not in _CONFIG_BOOLS:
                raise ValueError(f"Config '{key}' has value '{lowered}'. Not a valid bool.")
            return _CONFIG_BOOLS[lowered]
        try:
            return cast(value)
        except (TypeError, ValueError) as exc:
            name = getattr(cast, "__name__", repr(cast))
            raise ValueError(f"Config '{key}' has value '{value}'. Not a valid {name}.") from exc


# =============================================================================
# starlette.convertors: path-parameter convertors
# =============================================================================
# A route path like "/users/{id:int}" compiles to a regex; each `{name:type}`
# becomes a named group matching the convertor's `regex`. `convert` turns the
# matched text into the value put in scope["path_params"], and `to_string`
# goes back the other way for `url_path_for`.
#
# compat: bad values for `to_string` raise AssertionError, as in Starlette
# (raised explicitly here so that `python -O` keeps the checks).


class Convertor(Generic[T]):
    """Base class: set `regex` and implement `convert` and `to_string`."""

    regex: ClassVar[str] = ""

    def convert(self, value: str) -> T:
        raise NotImplementedError()

    def to_string(self, value: T) -> str:
        raise NotImplementedError()


class StringConvertor(Convertor[str]):
    """One non-empty path segment (no "/")."""

    regex = "[^/]+"

    def convert(self, value: str) -> str:
        return value

    def to_string(self, value: str) -> str:
        text = str(value)
        _compat_assert("/" not in text, "May not contain path separators")
        _compat_assert(bool(text), "Must not be empty")
        return text


class PathConvertor(Convertor[str]):
    """The rest of the path, slashes included."""

    regex = ".*"

    def to_string(self, value: str) -> str:
        return str(value)

    def convert(self, value: str) -> str:
        return value  # the regex match is already text


class IntegerConvertor(Convertor[int]):
    """A non-negative decimal integer.

    >>> IntegerConvertor().convert("0042"), IntegerConvertor().to_string(7)
    (42, '7')
    """

    regex = "[0-9]+"

    def convert(self, value: str) -> int:
        return int(value)

    def to_string(self, value: int) -> str:
        number = int(value)
        _compat_assert(number >= 0, "Negative integers are not supported")
        return str(number)


class FloatConvertor(Convertor[float]):
    """A non-negative decimal number, written without exponent.

    >>> FloatConvertor().to_string(0.5), FloatConvertor().to_string(3.0)
    ('0.5', '3')
    """

    regex = r"[0-9]+(\.[0-9]+)?"

    def convert(self, value: str) -> float:
        return float(value)

    def to_string(self, value: float) -> str:
        number = float(value)
        _compat_assert(not math.isnan(number), "NaN values are not supported")
        _compat_assert(not math.isinf(number), "Infinite values are not supported")
        _compat_assert(number >= 0.0, "Negative floats are not supported")
        # Fixed-point with 20 decimals, then trim: never "1e-05" in a URL.
        return f"{number:.20f}".rstrip("0").rstrip(".")


class UUIDConvertor(Convertor[uuid.UUID]):
    """A UUID, hyphens optional, either case."""

    regex = "[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}"

    def to_string(self, value: uuid.UUID) -> str:
        return str(value)

    def convert(self, value: str) -> uuid.UUID:
        return uuid.UUID(hex=value)


# compat: a module-level dict, so register_url_convertor (and tests that swap
# the whole dict through `starlette.convertors`) change what routes compile.
CONVERTOR_TYPES: dict[str, Convertor[Any]] = dict(
    str=StringConvertor(),
    path=PathConvertor(),
    int=IntegerConvertor(),
    float=FloatConvertor(),
    uuid=UUIDConvertor(),
)


def register_url_convertor(key: str, convertor: Convertor[Any]) -> None:
    """Make `{name:key}` available in route paths (register before building routes)."""
    CONVERTOR_TYPES[key] = convertor


# =============================================================================
# starlette.datastructures: URL, Headers, QueryParams, FormData, UploadFile, State
# =============================================================================
# The values an ASGI scope carries, given friendly shapes. An HTTP scope holds
#
#     "scheme": "https", "server": ("example.org", 443), "root_path": "",
#     "path": "/a b", "query_string": b"q=1&q=2",
#     "headers": [(b"host", b"example.org"), (b"accept", b"*/*")]
#
# ASGI: "path" is already percent-decoded text; "query_string" is the raw,
# still-encoded bytes after "?"; header names arrive lower-cased and both names
# and values are bytes (latin-1 is the lossless way to turn them into text).
# Hostile input never raises or leaks: a malformed Host header is ignored, and
# odd bytes and bad percent escapes decode leniently.


class Address(NamedTuple):
    """A (host, port) pair, as in scope["client"] and scope["server"]."""

    host: str
    port: int


_KeyType = TypeVar("_KeyType")
# Mapping values are covariant (read-only), keys are not.
_CovariantValueType = TypeVar("_CovariantValueType", covariant=True)

_URL_DEFAULT_PORTS = {"http": 80, "https": 443, "ws": 80, "wss": 443}
# Printable ASCII kept as-is when re-encoding a query string that was not UTF-8.
_URL_QUERY_SAFE = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"


def _url_from_scope(scope: Scope) -> str:
    """Rebuild the request URL from an HTTP or WebSocket scope."""
    scheme: str = scope.get("scheme", "http")
    # A path may not carry its own query, fragment or (via "\\") authority.
    path: str = scope["path"].replace("?", "%3F").replace("#", "%23").replace("\\", "%5C")
    query_bytes: bytes = scope.get("query_string", b"")
    try:
        query = query_bytes.decode()
    except UnicodeDecodeError:  # not UTF-8: keep the bytes, percent-encoded
        query = quote_from_bytes(query_bytes, safe=_URL_QUERY_SAFE)
    netloc = _url_netloc_from_scope(scope, scheme)
    if path and path[0] != "/":
        path = "/" + path  # "@evil.com" or "http://x" must stay in the path
    elif netloc is None and path.startswith("//"):
        path = "/%2F" + path[2:]  # with no authority, "//x" would become one
    url = path if netloc is None else f"{scheme}://{netloc}{path}"
    return f"{url}?{query}" if query else url


def _url_netloc_from_scope(scope: Scope, scheme: str) -> str | None:
    """The authority: a well-formed Host header, else scope["server"], else None."""
    host_header = _scope_header(scope, b"host")
    if host_header is not None:
        parsed = parse_host_header(host_header.decode("latin-1"))
        if parsed is not None and parsed.is_valid_port:
            return parsed.authority
    server = scope.get("server")
    if server is None:
        return None
    host, port = server
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"  # an IPv6 address needs brackets in a URL
    if port == _URL_DEFAULT_PORTS.get(scheme):
        return str(host)
    return f"{host}:{port}"


class URL:
    """A URL string with its parts as properties.

        >>> url = URL("https://user:pw@example.org:8443/docs?page=2#top")
        >>> url.hostname, url.port, url.path, url.query
        ('example.org', 8443, '/docs', 'page=2')
        >>> url
        URL('https://user:********@example.org:8443/docs?page=2#top')
        >>> url.replace(scheme="http", port=None).include_query_params(q="x")
        URL('http://user:********@example.org/docs?page=2&q=x#top')

    Built from a scope it is the URL the client asked for (see `_url_from_scope`).
    """

    def __init__(self, url: str = "", scope: Scope | None = None, **components: Any) -> None:
        if scope is not None:
            if url or components:
                raise TypeError('Cannot set both "url" and "scope", or "scope" and "**components".')
            url = _url_from_scope(scope)
        elif components:
            if url:
                raise TypeError('Cannot set both "url" and "**components".')
            url = str(URL().replace(**components))
        self._url = url
        self._components: SplitResult | None = None

    @property
    def components(self) -> SplitResult:
        # Split on first use: many requests never look at the URL at all.
        if self._components is None:
            self._components = urlsplit(self._url)
        return self._components

    # A SplitResult is the 5-tuple (scheme, netloc, path, query, fragment).
    @property
    def scheme(self) -> str:
        """ "http", "https", "ws", "wss", ... (lower case); "" for a relative URL."""
        return self.components[0]

    @property
    def username(self) -> None | str:
        return self.components.username

    @property
    def netloc(self) -> str:
        """The whole authority as written: "user:pw@host:port"."""
        return self.components[1]

    @property
    def password(self) -> None | str:
        """The password from the userinfo, if any (repr() masks it)."""
        return self.components.password

    @property
    def path(self) -> str:
        return self.components[2]

    @property
    def hostname(self) -> None | str:
        """The host, lower-cased, IPv6 brackets removed."""
        return self.components.hostname

    @property
    def query(self) -> str:
        """The text after "?", still percent-encoded."""
        return self.components[3]

    @property
    def port(self) -> int | None:
        """The port as a number, or None when the URL has none (defaults are not filled in)."""
        return self.components.port

    @property
    def fragment(self) -> str:
        """The text after "#" (browsers never send it; it only appears in built URLs)."""
        return self.components[4]

    @property
    def is_secure(self) -> bool:
        """True for https and wss."""
        return self.scheme in ("https", "wss")

    def replace(self, **kwargs: Any) -> URL:
        """A copy with some of scheme, netloc, path, query, fragment, username,
        password, hostname or port changed (port=None drops the port)."""
        if kwargs.keys() & {"username", "password", "hostname", "port"}:
            kwargs["netloc"] = self._new_netloc(kwargs)
        return type(self)(self.components._replace(**kwargs).geturl())

    def _new_netloc(self, kwargs: dict[str, Any]) -> str:
        """Pop the authority parts out of `kwargs` and join them into a netloc."""
        hostname: str | None = kwargs.pop("hostname", None)
        port = kwargs.pop("port", self.port)
        username = kwargs.pop("username", self.username)
        password = kwargs.pop("password", self.password)
        if hostname is None:  # keep the current host (brackets and all)
            hostname = self.netloc.rpartition("@")[2]
            if hostname and not hostname.endswith("]"):
                hostname = hostname.rsplit(":", 1)[0]
        elif ":" in hostname and not hostname.startswith("["):
            try:
                IPv6Address(hostname)
            except ValueError:
                pass  # compat: passed through, e.g. "example.org:8080"
            else:
                hostname = f"[{hostname}]"
        netloc = hostname if port is None else f"{hostname}:{port}"
        if username is None:
            return netloc
        userinfo = username if password is None else f"{username}:{password}"
        return f"{userinfo}@{netloc}"

    def include_query_params(self, **kwargs: Any) -> URL:
        """Add or overwrite query parameters, keeping the others."""
        # The query is re-encoded, so "a b" comes back as "a+b" (form encoding).
        params = MultiDict(parse_qsl(self.query, keep_blank_values=True))
        params.update({str(key): str(value) for key, value in kwargs.items()})
        return self.replace(query=urlencode(params.multi_items()))

    def replace_query_params(self, **kwargs: Any) -> URL:
        """Replace the whole query string with these parameters."""
        query = urlencode([(str(key), str(value)) for key, value in kwargs.items()])
        return self.replace(query=query)

    def remove_query_params(self, keys: str | Sequence[str]) -> URL:
        """Drop every value of the named query parameters."""
        doomed = {keys} if isinstance(keys, str) else set(keys)
        pairs = parse_qsl(self.query, keep_blank_values=True)
        return self.replace(query=urlencode([(k, v) for k, v in pairs if k not in doomed]))

    def __eq__(self, other: Any) -> bool:
        # compat: equal to any object with the same str(), plain strings included.
        return str(self) == str(other)

    __hash__ = None  # type: ignore[assignment]  # compat: mutable-looking, unhashable

    def __str__(self) -> str:
        return self._url

    def __repr__(self) -> str:
        url = self._url
        if self.password:
            url = str(self.replace(password="********"))
        return f"{type(self).__name__}({url!r})"


class URLPath(str):
    """A path from `url_path_for`, remembering the protocol and host of its route.

    >>> URLPath("/ws", protocol="websocket").make_absolute_url("https://example.org/app/")
    URL('wss://example.org/app/ws')
    """

    protocol: Literal["http", "websocket", ""]
    host: str

    def __new__(
        cls, path: str, protocol: Literal["http", "websocket", ""] = "", host: str = ""
    ) -> URLPath:
        if protocol not in ("http", "websocket", ""):
            raise AssertionError(f"Invalid protocol {protocol!r}")  # compat: Starlette asserts
        path = path.replace("\\", "%5C")
        if path.startswith("//"):
            path = "/%2F" + path[2:]  # a leading "//" would read as an authority
        self = str.__new__(cls, path)
        self.protocol, self.host = protocol, host
        return self

    def make_absolute_url(self, base_url: str | URL) -> URL:
        """Join onto `base_url`, switching to https/wss when the base is secure."""
        base = URL(base_url) if isinstance(base_url, str) else base_url
        # A route knows only its protocol; the base URL says whether it is secure.
        if self.protocol == "http":
            scheme = "https" if base.is_secure else "http"
        elif self.protocol == "websocket":
            scheme = "wss" if base.is_secure else "ws"
        else:
            scheme = base.scheme
        # The base path is the app's root_path (a Mount prefix, a proxy prefix).
        path = base.path.rstrip("/") + str(self)
        return URL(scheme=scheme, netloc=self.host or base.netloc, path=path)


class Secret:
    """A string kept out of reprs and tracebacks; call `str()` where it is needed.

    >>> key = Secret("hunter2")
    >>> key, str(key)
    (Secret('**********'), 'hunter2')
    """

    def __init__(self, value: str):
        self._value = value

    def __repr__(self) -> str:
        return f"{type(self).__name__}('**********')"

    def __str__(self) -> str:
        return self._value

    def __bool__(self) -> bool:
        return bool(self._value)


class CommaSeparatedStrings(Sequence[str]):
    """A comma-separated setting, shell-style quotes allowed.

    >>> list(CommaSeparatedStrings('localhost, "my host", 127.0.0.1'))
    ['localhost', 'my host', '127.0.0.1']
    """

    def __init__(self, value: str | Sequence[str]):
        if not isinstance(value, str):
            self._items = list(value)
            return
        # shlex in posix mode removes the quotes; commas are its only separator,
        # so spaces stay inside items and are trimmed afterwards.
        lexer = shlex.shlex(value, posix=True)
        lexer.whitespace, lexer.whitespace_split = ",", True
        self._items = [token.strip() for token in lexer]

    def __str__(self) -> str:
        return ", ".join(map(repr, self._items))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._items!r})"

    def __getitem__(self, index: int | slice) -> Any:
        return self._items[index]

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)


class ImmutableMultiDict(Mapping[_KeyType, _CovariantValueType]):
    """A read-only mapping that remembers every value given for a key.

    Indexing gives the last value; `getlist` gives them all, in order:

        >>> d = ImmutableMultiDict([("a", "1"), ("b", "2"), ("a", "3")])
        >>> d["a"], d.getlist("a"), list(d)
        ('3', ['1', '3'], ['a', 'b'])
    """

    _dict: dict[_KeyType, _CovariantValueType]
    _list: list[tuple[_KeyType, _CovariantValueType]]

    def __init__(
        self,
        *args: ImmutableMultiDict[_KeyType, _CovariantValueType]
        | Mapping[_KeyType, _CovariantValueType]
        | Iterable[tuple[_KeyType, _CovariantValueType]],
        **kwargs: Any,
    ) -> None:
        if len(args) > 1:
            raise TypeError("Too many arguments.")
        # Two views of one content: `_list` keeps every pair in order, `_dict`
        # maps each key to its last value for O(1) lookups.
        value: Any = args[0] if args else ()  # a multidict, a mapping or (key, value) pairs
        if hasattr(value, "multi_items"):
            value = value.multi_items()
        items = list(value.items() if hasattr(value, "items") else value or ())
        if kwargs:
            items += kwargs.items()
        self._list = items
        self._dict = dict(items)

    # Mapping access sees the last value of each key; the views are the dict's own.
    def __getitem__(self, key: _KeyType) -> _CovariantValueType:
        return self._dict[key]

    def __iter__(self) -> Iterator[_KeyType]:
        return iter(self._dict)

    def __contains__(self, key: Any) -> bool:
        return key in self._dict

    def __len__(self) -> int:
        return len(self._dict)

    def keys(self) -> KeysView[_KeyType]:
        return self._dict.keys()

    def items(self) -> ItemsView[_KeyType, _CovariantValueType]:
        return self._dict.items()

    def values(self) -> ValuesView[_CovariantValueType]:
        return self._dict.values()

    # Multi-value access sees every pair.
    def getlist(self, key: Any) -> list[_CovariantValueType]:
        """All values of `key`, oldest first ([] when absent)."""
        return [value for item_key, value in self._list if item_key == key]

    def multi_items(self) -> list[tuple[_KeyType, _CovariantValueType]]:
        """Every (key, value) pair, duplicates included, in order."""
        return list(self._list)

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, type(self)):
            return False
        # compat: order between keys is ignored, order of one key's values is not.
        return sorted(self._list, key=itemgetter(0)) == sorted(other._list, key=itemgetter(0))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._list!r})"


class MultiDict(ImmutableMultiDict[Any, Any]):
    """An ImmutableMultiDict that can be changed."""

    def _drop(self, key: Any) -> None:
        """Forget every pair of `key` in the ordered list (the dict is the caller's job)."""
        self._list = [pair for pair in self._list if pair[0] != key]

    def __setitem__(self, key: Any, value: Any) -> None:
        self.setlist(key, [value])

    def __delitem__(self, key: Any) -> None:
        del self._dict[key]  # KeyError first, as for a dict
        self._drop(key)

    def pop(self, key: Any, default: Any = None) -> Any:
        self._drop(key)
        return self._dict.pop(key, default)

    def poplist(self, key: Any) -> list[Any]:
        """Remove `key` and return all of its values."""
        values = self.getlist(key)
        self.pop(key)
        return values

    def popitem(self) -> tuple[Any, Any]:
        pair = self._dict.popitem()
        self._drop(pair[0])
        return pair

    def clear(self) -> None:
        self._list.clear()
        self._dict.clear()

    def setdefault(self, key: Any, default: Any = None) -> Any:
        if key in self._dict:
            return self._dict[key]
        self._dict[key] = default
        self._list.append((key, default))
        return default

    def setlist(self, key: Any, values: list[Any]) -> None:
        """Replace all values of `key` (an empty list removes the key)."""
        if not values:
            self.pop(key, None)
            return
        # compat: the key moves to the end, as in Starlette.
        self._list = [item for item in self._list if item[0] != key]
        self._list += [(key, value) for value in values]
        self._dict[key] = values[-1]

    def append(self, key: Any, value: Any) -> None:
        """Add one more value for `key` (it becomes the one `d[key]` returns)."""
        self._dict[key] = value
        self._list.append((key, value))

    def update(
        self,
        *args: MultiDict | Mapping[Any, Any] | list[tuple[Any, Any]],
        **kwargs: Any,
    ) -> None:
        """Replace the values of every key that `args`/`kwargs` mention."""
        if not (args or kwargs):
            return
        incoming = MultiDict(*args, **kwargs)
        # Keys being replaced leave their old positions and go to the end.
        kept = [item for item in self._list if item[0] not in incoming._dict]
        self._list = kept + incoming._list
        self._dict.update(incoming._dict)


def _query_parse(query: str) -> list[tuple[str, str]]:
    """Split a query string into (name, value) pairs, as parse_qsl(keep_blank_values=True).

    Fields without "%" or "+" (most of them) skip unquoting. Never raises: a bad
    escape stays literal and bytes that are not UTF-8 become U+FFFD.
    """
    pairs: list[tuple[str, str]] = []
    for chunk in query.split("&"):
        if not chunk:
            continue
        name, _, value = chunk.partition("=")
        if "%" in chunk or "+" in chunk:
            name, value = unquote_plus(name), unquote_plus(value)
        pairs.append((name, value))
    return pairs


_QueryInput = ImmutableMultiDict[Any, Any] | Mapping[Any, Any] | list[tuple[Any, Any]] | str | bytes


class QueryParams(ImmutableMultiDict[str, str]):
    """The parsed query string: an immutable multidict of str to str.

    Blank values are kept, and malformed escapes are left as they are:

        >>> q = QueryParams(b"tag=a&tag=b&empty&bad=%zz")
        >>> q.getlist("tag"), q["empty"], q["bad"]
        (['a', 'b'], '', '%zz')
        >>> str(QueryParams({"q": "a b"}))
        'q=a+b'
    """

    def __init__(self, *args: _QueryInput, **kwargs: Any) -> None:
        value = args[0] if len(args) == 1 else None
        if isinstance(value, bytes):
            # ASGI: query_string is raw bytes; latin-1 maps each byte to one char.
            value = value.decode("latin-1")
        if isinstance(value, str) and not kwargs:  # request.query_params: the hot path
            self._list = _query_parse(value)
            self._dict = dict(self._list)
            return
        if isinstance(value, str):
            args = (_query_parse(value),)
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]  # mypy: covariance
        self._list = [(str(key), str(item)) for key, item in self._list]
        self._dict = {str(key): str(item) for key, item in self._dict.items()}

    def __str__(self) -> str:
        # Re-encoded from the pairs: equal to the original only if that was canonical.
        return urlencode(self._list)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"


class UploadFile:
    """A file sent in a multipart form, spooled to memory or disk.

    The async methods touch the disk in a worker thread only once the file has
    rolled over from memory (SpooledTemporaryFile), so small uploads never pay
    for a thread hop.
    """

    def __init__(
        self,
        file: IO[bytes],
        *,
        size: int | None = None,
        filename: str | None = None,
        headers: Headers | None = None,
    ) -> None:
        # SpooledTemporaryFile's rollover size (0 means never), read once.
        self._max_mem_size: int = getattr(file, "_max_size", 0)
        self.file, self.filename, self.size = file, filename, size
        self.headers = Headers() if headers is None else headers

    @property
    def content_type(self) -> str | None:
        return self.headers.get("content-type", None)

    @property
    def _in_memory(self) -> bool:
        # A SpooledTemporaryFile sets `_rolled` once it moved to disk; any
        # other file object is treated as on disk.
        return not getattr(self.file, "_rolled", True)

    def _will_roll(self, size_to_add: int) -> bool:
        """Will writing this many more bytes touch the disk?"""
        if not self._in_memory:
            return True
        return bool(self._max_mem_size) and self.file.tell() + size_to_add > self._max_mem_size

    async def write(self, data: bytes) -> None:
        # The size is tracked only if the creator started it (the form parser does).
        if self.size is not None:
            self.size += len(data)
        if self._will_roll(len(data)):
            # The write that crosses the limit copies memory to a new temp file: disk I/O.
            await run_in_threadpool(self.file.write, data)
        else:
            self.file.write(data)

    async def _io(self, method: Callable[..., T], *args: Any) -> T:
        """Call a file method inline while in memory, in a worker thread once on disk."""
        if self._in_memory:
            return method(*args)
        return await run_in_threadpool(method, *args)

    async def read(self, size: int = -1) -> bytes:
        return await self._io(self.file.read, size)

    async def seek(self, offset: int) -> None:
        await self._io(self.file.seek, offset)

    async def close(self) -> None:
        await self._io(self.file.close)

    def __repr__(self) -> str:
        name = type(self).__name__
        return f"{name}(filename={self.filename!r}, size={self.size!r}, headers={self.headers!r})"


class FormData(ImmutableMultiDict[str, UploadFile | str]):
    """A parsed form: an immutable multidict of field names to text or UploadFile."""

    async def close(self) -> None:
        """Close every uploaded file (deleting its temporary file)."""
        uploads = [value for _, value in self._list if isinstance(value, UploadFile)]
        for upload in uploads:
            await upload.close()


# RFC 9110 section 5.1: a field name is a token (letters, digits and
# !#$%&'*+-.^_`|~), so no space, colon or control character can end it early.
# Section 5.5: a field line ends at CR LF, so a value holding CR, LF or NUL
# could smuggle in a header of its own ("response splitting"). Both are
# refused before they reach the wire.
_HEADERS_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_HEADERS_FORBIDDEN = re.compile("[\r\n\x00]")


def _headers_validate(name: str | bytes, value: str | bytes) -> None:
    """Raise ValueError unless `name` is a token and `value` has no CR, LF or NUL.

    >>> _headers_validate("x-ok", "fine")
    >>> _headers_validate("X-A: injected", "1")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: Invalid header name 'X-A: injected': a header name is an RFC 9110 token...
    """
    if isinstance(name, bytes):  # raw pairs are bytes; latin-1 keeps every byte
        name = name.decode("latin-1")
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    if _HEADERS_TOKEN.fullmatch(name) is None:
        raise ValueError(
            f"Invalid header name {name!r}: a header name is an RFC 9110 token (letters,"
            " digits and !#$%&'*+-.^_`|~); a space, colon, line break or NUL could forge a header"
        )
    # isprintable() is one quick C scan; CR, LF and NUL are never printable.
    if not value.isprintable() and _HEADERS_FORBIDDEN.search(value) is not None:
        raise ValueError(
            f"Invalid header value for {name!r}: CR, LF and NUL are not allowed"
            " (a line break or NUL could forge a header)"
        )


def _media_type(value: str) -> str:
    """The media type of a Content-Type value: no parameters, lower-cased.

    >>> _media_type("Text/HTML; x=1")
    'text/html'
    """
    return value.partition(";")[0].strip().lower()


def _headers_key(key: str) -> bytes | None:
    """The lower-cased wire form of a header name, or None if it cannot be one."""
    try:
        return key.lower().encode("latin-1")
    except (AttributeError, UnicodeEncodeError):
        return None


class Headers(Mapping[str, str]):
    """Read-only, case-insensitive view of HTTP headers.

    ASGI delivers headers as (name, value) byte pairs. Duplicates are kept:

        >>> h = Headers(raw=[(b"set-cookie", b"a=1"), (b"set-cookie", b"b=2")])
        >>> h["Set-Cookie"], h.getlist("set-cookie")
        ('a=1', ['a=1', 'b=2'])
    """

    def __init__(
        self,
        headers: Mapping[str, str] | None = None,
        raw: list[tuple[bytes, bytes]] | None = None,
        scope: Scope | None = None,
    ) -> None:
        self._list: list[tuple[bytes, bytes]]
        if headers is not None:
            if raw is not None or scope is not None:
                raise TypeError('Cannot set "headers" together with "raw" or "scope".')
            for key, value in headers.items():
                _headers_validate(key, value)
            self._list = [
                (k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()
            ]
        elif raw is not None:
            if scope is not None:
                raise TypeError('Cannot set both "raw" and "scope".')
            self._list = raw  # shared on purpose: MutableHeaders edits the caller's list
        elif scope is not None:
            # ASGI: scope["headers"] is any iterable of pairs. A new list, stored
            # back: MutableHeaders(scope=...) edits this scope's headers only.
            self._list = scope["headers"] = list(scope["headers"])
        else:
            self._list = []

    @property
    def raw(self) -> list[tuple[bytes, bytes]]:
        return list(self._list)

    def keys(self) -> list[str]:  # type: ignore[override]  # compat: lists, duplicates kept
        return [key.decode("latin-1") for key, _ in self._list]

    def values(self) -> list[str]:  # type: ignore[override]  # compat: lists, duplicates kept
        return [value.decode("latin-1") for _, value in self._list]

    def items(self) -> list[tuple[str, str]]:  # type: ignore[override]  # compat: as above
        return [(key.decode("latin-1"), value.decode("latin-1")) for key, value in self._list]

    # ASGI: names arrive lower-cased, so every lookup lower-cases the key and
    # compares bytes; nothing is decoded until a value is returned.
    def getlist(self, key: str) -> list[str]:
        """Every value of header `key`, in order."""
        wanted = _headers_key(key)
        return [value.decode("latin-1") for name, value in self._list if name == wanted]

    def mutablecopy(self) -> MutableHeaders:
        return MutableHeaders(raw=self._list[:])

    def __getitem__(self, key: str) -> str:
        wanted = _headers_key(key)
        for name, value in self._list:
            if name == wanted:
                return value.decode("latin-1")
        raise KeyError(key)

    def __contains__(self, key: Any) -> bool:
        wanted = _headers_key(key)
        return any(name == wanted for name, _ in self._list)

    def __iter__(self) -> Iterator[Any]:
        return iter(self.keys())

    def __len__(self) -> int:
        return len(self._list)  # compat: counts duplicate names

    def __eq__(self, other: Any) -> bool:
        # Order-insensitive; a MutableHeaders can equal a Headers.
        if not isinstance(other, Headers):
            return False
        return sorted(self._list) == sorted(other._list)

    def __repr__(self) -> str:
        # The short dict form only when it loses nothing (no repeated names).
        as_dict = dict(self.items())
        if len(as_dict) == len(self._list):
            return f"{type(self).__name__}({as_dict!r})"
        return f"{type(self).__name__}(raw={self.raw!r})"


def _message_headers(message: Message) -> list[tuple[bytes, bytes]]:
    """The message's raw headers as a list that can be edited in place."""
    raw = message.get("headers")
    if not isinstance(raw, list):  # ASGI allows any iterable of pairs
        raw = message["headers"] = list(raw or ())
    return raw


def _raw_headers_set(raw: list[tuple[bytes, bytes]], name: bytes, value: bytes) -> None:
    """Set header `name` (lower-case) in a raw header list: replace the first,
    drop the others, or append."""
    found = [index for index, (key, _) in enumerate(raw) if key.lower() == name]
    if not found:
        raw.append((name, value))
        return
    raw[found[0]] = (name, value)
    for index in reversed(found[1:]):
        del raw[index]


def _raw_headers_add_vary(raw: list[tuple[bytes, bytes]], value: bytes) -> None:
    """Fold every Vary header into one and append `value` to it."""
    values = [v for k, v in raw if k.lower() == b"vary"]
    _raw_headers_set(raw, b"vary", b", ".join([*values, value]))


class MutableHeaders(Headers):
    """Headers that can be changed in place (response headers, mostly).

    Setting a header replaces every earlier value; `append` keeps them:

        >>> h = MutableHeaders({"Content-Type": "text/plain"})
        >>> h["content-type"] = "text/html"; h.append("vary", "Accept")
        >>> h.add_vary_header("Origin"); h.raw
        [(b'content-type', b'text/html'), (b'vary', b'Accept, Origin')]
    """

    def __setitem__(self, key: str, value: str) -> None:
        _headers_validate(key, value)
        _raw_headers_set(self._list, key.lower().encode("latin-1"), value.encode("latin-1"))

    def __delitem__(self, key: str) -> None:
        # compat: deleting a missing header is not an error.
        name = _headers_key(key)
        self._list[:] = [item for item in self._list if item[0] != name]

    def __ior__(self, other: Mapping[str, str]) -> MutableHeaders:
        if not isinstance(other, Mapping):
            raise TypeError(f"Expected a mapping but got {type(other).__name__}")
        self.update(other)
        return self

    def __or__(self, other: Mapping[str, str]) -> MutableHeaders:
        return self.mutablecopy().__ior__(other)

    @property
    def raw(self) -> list[tuple[bytes, bytes]]:
        return self._list

    # Every mutator refuses bad names and values (see _headers_validate).
    def setdefault(self, key: str, value: str) -> str:
        """Set `key` only if absent; return its value either way."""
        _headers_validate(key, value)
        name = key.lower().encode("latin-1")
        for item_name, item_value in self._list:
            if item_name == name:
                return item_value.decode("latin-1")
        self._list.append((name, value.encode("latin-1")))
        return value

    def update(self, other: Mapping[str, str]) -> None:
        for key, value in other.items():
            self[key] = value

    def append(self, key: str, value: str) -> None:
        """Add a header line, keeping existing ones with the same name."""
        _headers_validate(key, value)
        self._list.append((key.lower().encode("latin-1"), value.encode("latin-1")))

    def add_vary_header(self, vary: str) -> None:
        """Add to the Vary header (RFC 9110 section 12.5.5), merged into one line."""
        self["vary"] = ", ".join([*self.getlist("vary"), vary])


class State:
    """An attribute bag over a dict: `request.state`, `app.state`.

    >>> state = State({"db": "pool"})
    >>> state.db, state["db"]
    ('pool', 'pool')
    >>> state.missing
    Traceback (most recent call last):
    ...
    AttributeError: 'State' object has no attribute 'missing'
    """

    _state: dict[str, Any]

    def __init__(self, state: dict[str, Any] | None = None):
        # Written past our own __setattr__, which stores into the dict.
        object.__setattr__(self, "_state", {} if state is None else state)

    # Each operation in both spellings: state.key and state["key"].
    def __getattr__(self, key: Any) -> Any:
        if key == "_state":  # not set yet (copy/pickle probing a bare instance)
            raise AttributeError(key)
        if key in self._state:
            return self._state[key]
        raise self._state_missing(key)

    def __getitem__(self, key: str) -> Any:
        return self._state[key]

    def __setattr__(self, key: Any, value: Any) -> None:
        self._state[key] = value

    __setitem__ = __setattr__

    def __delattr__(self, key: Any) -> None:
        if key not in self._state:
            raise self._state_missing(key)
        del self._state[key]

    def __delitem__(self, key: str) -> None:
        del self._state[key]

    def _state_missing(self, key: Any) -> AttributeError:
        return AttributeError(f"'{type(self).__name__}' object has no attribute '{key}'")

    def __iter__(self) -> Iterator[str]:
        return iter(self._state)

    def __len__(self) -> int:
        return len(self._state)


# =============================================================================
# starlette.background: BackgroundTask, BackgroundTasks
# =============================================================================
# Work to do after the response has gone out. A Response sends
#
#     {"type": "http.response.start", "status": 200, "headers": [...]}
#     {"type": "http.response.body", "body": b"...", "more_body": False}
#
# and only then awaits its `background` task, so the client already has its
# answer while the task (an email, a cache refresh) runs. The connection stays
# open until it finishes, and a failing task is raised like any other error.


class BackgroundTask:
    """A function and its arguments, to be called once the response is sent.

    Sync functions run in the thread pool, so they may block:

        >>> calls = []
        >>> task = BackgroundTask(calls.append, "sent")
        >>> anyio.run(task); calls
        ['sent']
    """

    def __init__(self, func: Callable[P, Any], *args: P.args, **kwargs: P.kwargs) -> None:
        self.func, self.args, self.kwargs = func, args, kwargs
        self.is_async = is_async_callable(func)  # decided once, not per call

    async def __call__(self) -> None:
        if not self.is_async:  # a blocking function: keep it off the event loop
            await run_in_threadpool(self.func, *self.args, **self.kwargs)
            return
        await self.func(*self.args, **self.kwargs)


class BackgroundTasks(BackgroundTask):
    """Several background tasks, run in the order added; one that raises stops the rest."""

    def __init__(self, tasks: Sequence[BackgroundTask] | None = None):
        self.tasks = list(tasks) if tasks else []

    def add_task(self, func: Callable[P, Any], *args: P.args, **kwargs: P.kwargs) -> None:
        self.tasks.append(BackgroundTask(func, *args, **kwargs))

    async def __call__(self) -> None:
        for task in self.tasks:
            await task()


# =============================================================================
# starlette.formparsers: urlencoded and multipart bodies (python-multipart, lazy)
# =============================================================================
# An HTML form reaches the app as an ordinary request body, delivered in
# pieces by `receive()`:
#
#     {"type": "http.request", "body": b"name=ada&lang=py", "more_body": False}
#
# The Content-Type header says how to read it. `application/x-www-form-urlencoded`
# is `name=value` pairs joined by `&`, with `+` for a space and `%XX` escapes;
# it is parsed here by a small streaming scanner. `multipart/form-data` (needed
# for file uploads) is a MIME body: parts separated by `--boundary` lines, each
# with its own headers, ending with `--boundary--`. Its byte-level parsing is
# left to python-multipart; this section turns the parser's callbacks into
# FormData, spooling uploaded files to disk once they grow large.
#
# Both parsers read the body as it streams in and count their limits as they
# go (max_fields, max_files, max_part_size), so a hostile body is refused after
# at most one chunk's worth of work. A refusal is a MultiPartException, which
# Request.form() turns into a 400 response.


# A limit on a number of parts; float("inf") means no limit.
_FormCount = int | float


class _FormMessageType(EnumMeta):
    """Metaclass that flags every FormMessage(...) call as deprecated."""

    def __call__(cls, *args: Any, **kwargs: Any) -> Any:
        warnings.warn(
            "`FormMessage` is deprecated and will be removed in a future version.",
            StarletteDeprecationWarning,
            stacklevel=2,
        )
        return super().__call__(*args, **kwargs)


class FormMessage(Enum, metaclass=_FormMessageType):
    """Deprecated: the event names Starlette's old urlencoded parser queued."""

    FIELD_START, FIELD_NAME, FIELD_DATA, FIELD_END, END = range(1, 6)


@dataclass
class MultipartPart:
    """One part of a multipart body while it is being parsed.

    The raw Content-Disposition value, the field name decoded from it, the
    bytes of a plain field (or the UploadFile of a file), and every header
    of the part as lowercased (name, value) pairs.
    """

    content_disposition: bytes | None = None
    field_name: str = ""
    data: bytearray = field(default_factory=bytearray)  # plain fields only
    file: UploadFile | None = None  # file parts only
    item_headers: list[tuple[bytes, bytes]] = field(default_factory=list)


# compat: Starlette's private name.
def _user_safe_decode(src: bytes | bytearray, codec: str) -> str:
    """Decode with `codec`, or as latin-1 when the bytes or the codec are bad.

    >>> _user_safe_decode(b"caf\\xc3\\xa9", "utf-8") == _user_safe_decode(b"caf\\xe9", "utf-8")
    True
    """
    try:
        text = src.decode(codec)
    except (UnicodeDecodeError, LookupError):
        text = src.decode("latin-1")  # every byte is some latin-1 character
    return text


class MultiPartException(Exception):
    """A form body the parser refuses; `message` is the text of the 400 reply."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


# In a header like Content-Disposition, `;` separates parameters unless it
# sits inside a quoted string: after an odd number of `"` (a `\"` does not
# count) since the parameter began.
_FORM_PARAMETER_MARKS = re.compile(r'\\"|"|;')


def _form_too_many(kind: str, limit: float) -> MultiPartException:
    """The error for one field (or file) over the limit; `kind` is "fields" or "files"."""
    return MultiPartException(f"Too many {kind}. Maximum number of {kind} is {limit}.")


def _form_options_header(value: str | bytes | None) -> tuple[str, dict[str, str]]:
    """Split a header like Content-Type into its lowercased value and parameters.

    compat: read as Starlette reads it (python-multipart's parse_options_header).
    A value in matching quotes loses them and its `\\\\` and `\\"` escapes; any
    other value, an unterminated `name="` included, is kept as it is. RFC 7578
    section 4.2 forbids the RFC 2231 `name*=` forms in multipart/form-data, so
    parameters with a `*` are ignored and can never override the plain ones:

        >>> _form_options_header('form-data; name="a;b"; filename*=UTF-8\\'\\'x; filename=f')
        ('form-data', {'name': 'a;b', 'filename': 'f'})
        >>> _form_options_header('form-data; name="')
        ('form-data', {'name': '"'})
    """
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    if not value or ";" not in value:
        return (value or "").strip(" \t").lower(), {}
    segments, start, quoted = [], 0, False
    for mark in _FORM_PARAMETER_MARKS.finditer(value):
        if mark.group() == '"':
            quoted = not quoted
        elif mark.group() == ";" and not quoted:
            segments.append(value[start : mark.start()])
            start = mark.end()
    segments.append(value[start:])
    params: dict[str, str] = {}
    for index, segment in enumerate(segments):
        key, equals, text = segment.strip(" \t").partition("=")
        key, text = key.rstrip(" \t").lower() if equals else key, text.lstrip(" \t")
        if index == 0:  # the value itself, such as "form-data"
            head = (key + equals + text).lower()
        elif "*" not in key:
            if len(text) > 1 and text[0] == text[-1] == '"':
                text = text[1:-1].replace("\\\\", "\\").replace('\\"', '"')
            params[key] = text
    return head, params


def _form_decode(raw: bytes | bytearray) -> str:
    """Decode one urlencoded name or value: `+` is a space, `%XX` a byte.

    Raw bytes are read as UTF-8 (latin-1 if they are not UTF-8), so a stray
    byte never makes the form fail. compat: escaped bytes are UTF-8, and those
    that are not become U+FFFD, as in Starlette (urllib's unquote_plus).

        >>> _form_decode(b"tea+%26+cake"), _form_decode(b"100%"), _form_decode(b"%A0")
        ('tea & cake', '100%', '\ufffd')
    """
    try:
        text = raw.decode()
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    return unquote_plus(text) if "%" in text or "+" in text else text


def _form_basename(filename: str) -> str:
    # compat: old Internet Explorer sent the whole Windows path as the filename.
    if filename[1:3] == ":\\" or filename.startswith("\\\\"):
        return filename.rpartition("\\")[2]
    return filename


class FormParser:
    """Parse an `application/x-www-form-urlencoded` body into FormData.

    The body is scanned as it streams in, `&` separating fields (`;` does not),
    and each field is handed to the `on_field_*` callbacks, which enforce the
    limits before keeping any bytes.
    """

    def __init__(
        self,
        headers: Headers,
        stream: AsyncGenerator[bytes, None],
        *,
        max_fields: _FormCount = 1000,
        max_part_size: int = 1024 * 1024,
    ) -> None:
        self.headers, self.stream = headers, stream
        self.max_fields, self.max_part_size = max_fields, max_part_size
        self._items: list[tuple[str, str | UploadFile]] = []
        self._current_fields = 0  # fields completed so far
        self.on_field_start()  # sets the per-field state

    def on_field_start(self) -> None:
        self._field_name, self._field_value = bytearray(), bytearray()
        self._current_field_size = 0  # name and value bytes of this field

    def _grow_field(self, size: int) -> None:
        # Count before keeping, so one huge chunk is refused without being copied.
        self._current_field_size += size
        if self._current_field_size > self.max_part_size:
            kb = int(self.max_part_size / 1024)
            raise MultiPartException(f"Field exceeded maximum size of {kb}KB.")

    def on_field_name(self, data: bytes, start: int, end: int) -> None:
        self._grow_field(end - start)
        self._field_name += data[start:end]

    def on_field_data(self, data: bytes, start: int, end: int) -> None:
        self._grow_field(end - start)
        self._field_value += data[start:end]

    def on_field_end(self) -> None:
        self._current_fields += 1
        if self._current_fields > self.max_fields:
            raise _form_too_many("fields", self.max_fields)
        self._items.append((_form_decode(self._field_name), _form_decode(self._field_value)))

    def _scan(self, chunk: bytes, in_field: bool, in_value: bool) -> tuple[bool, bool]:
        """Feed one chunk to the callbacks; return the state left at its end.

        `in_field`: a field has started and not ended; `in_value`: its `=` has
        been seen. Empty fields (`a=1&&b=2`, a trailing `&`) are skipped.
        """
        pos, size = 0, len(chunk)
        while pos < size:
            amp = chunk.find(b"&", pos)
            stop = size if amp < 0 else amp
            if pos < stop:
                if not in_field:
                    self.on_field_start()
                    in_field, in_value = True, False
                if in_value:
                    self.on_field_data(chunk, pos, stop)
                else:
                    equals = chunk.find(b"=", pos, stop)
                    if equals < 0:
                        self.on_field_name(chunk, pos, stop)
                    else:
                        self.on_field_name(chunk, pos, equals)
                        self.on_field_data(chunk, equals + 1, stop)
                        in_value = True
            if amp < 0:
                break
            if in_field:
                self.on_field_end()
                in_field = False
            pos = amp + 1
        return in_field, in_value

    async def parse(self) -> FormData:
        """Read the whole stream and return its fields, in body order."""
        in_field = in_value = False
        async for chunk in self.stream:
            if chunk:
                in_field, in_value = self._scan(chunk, in_field, in_value)
        if in_field:  # the last field has no `&` after it
            self.on_field_end()
        return FormData(self._items)


class MultiPartParser:
    """Parse a `multipart/form-data` body into FormData, files as UploadFile.

    python-multipart calls the `on_*` methods as it recognises each piece.
    Those run synchronously inside `parser.write(chunk)`, so file data is only
    queued there; `parse()` then writes it with UploadFile's async methods,
    which move disk work to a thread once a file has rolled over to disk.
    """

    spool_max_size = 1024 * 1024
    """Bytes an uploaded file keeps in memory before it moves to a temporary file."""
    max_part_size = 1024 * 1024
    """The largest non-file part, in bytes."""

    def __init__(
        self,
        headers: Headers,
        stream: AsyncGenerator[bytes, None],
        *,
        max_files: _FormCount = 1000,
        max_fields: _FormCount = 1000,
        max_part_size: int = 1024 * 1024,
    ) -> None:
        _require("python_multipart", needed_by="Request.form()", pip_name="python-multipart")
        self.headers, self.stream = headers, stream
        self.max_files, self.max_fields = max_files, max_fields
        self.max_part_size = max_part_size  # for non-file parts; files spool to disk
        self.items: list[tuple[str, str | UploadFile]] = []
        self._current_files = self._current_fields = 0  # parts seen so far, by kind
        self._current_partial_header_name = bytearray()
        self._current_partial_header_value = bytearray()
        self._current_part = MultipartPart()
        self._charset = "utf-8"
        self._ended = False
        # File work queued by the callbacks: (file, data), or (file, None) to rewind.
        self._file_work: list[tuple[UploadFile, bytes | None]] = []
        self._files_to_close_on_error: list[SpooledTemporaryFile[bytes]] = []

    def on_part_begin(self) -> None:
        self._current_part = MultipartPart()

    def on_part_data(self, data: bytes, start: int, end: int) -> None:
        part = self._current_part
        if part.file is None:
            if len(part.data) + (end - start) > self.max_part_size:
                kb = int(self.max_part_size / 1024)
                raise MultiPartException(f"Part exceeded maximum size of {kb}KB.")
            part.data += data[start:end]
        else:
            self._file_work.append((part.file, data[start:end]))

    def on_part_end(self) -> None:
        part = self._current_part
        if part.file is None:
            self.items.append((part.field_name, _user_safe_decode(part.data, self._charset)))
        else:
            # Listed now, in body order; parse() rewinds it before returning.
            self._file_work.append((part.file, None))
            self.items.append((part.field_name, part.file))

    def on_header_field(self, data: bytes, start: int, end: int) -> None:
        self._current_partial_header_name.extend(data[start:end])

    def on_header_value(self, data: bytes, start: int, end: int) -> None:
        self._current_partial_header_value.extend(data[start:end])

    def on_header_end(self) -> None:
        name = bytes(self._current_partial_header_name).lower()
        value = bytes(self._current_partial_header_value)
        self._current_part.item_headers.append((name, value))
        if name == b"content-disposition":
            self._current_part.content_disposition = value
        self._current_partial_header_name.clear()
        self._current_partial_header_value.clear()

    def on_headers_finished(self) -> None:
        part = self._current_part
        _, options = _form_options_header(part.content_disposition)
        if "name" not in options:
            raise MultiPartException(
                'The Content-Disposition header field "name" must be provided.'
            )
        part.field_name = self._decode_option(options["name"])
        if "filename" not in options:
            self._current_fields += 1
            if self._current_fields > self.max_fields:
                raise _form_too_many("fields", self.max_fields)
            return
        self._current_files += 1
        if self._current_files > self.max_files:
            raise _form_too_many("files", self.max_files)
        spool = SpooledTemporaryFile(max_size=self.spool_max_size)
        self._files_to_close_on_error.append(spool)
        part.file = UploadFile(
            file=spool,
            size=0,
            filename=self._decode_option(_form_basename(options["filename"])),
            headers=Headers(raw=part.item_headers),
        )

    def _decode_option(self, value: str) -> str:
        # Parameters were read as latin-1; re-read their bytes in the body's charset.
        if value.isascii():
            return value
        return _user_safe_decode(value.encode("latin-1"), self._charset)

    def on_end(self) -> None:
        self._ended = True

    async def _run_file_work(self) -> None:
        for upload, data in self._file_work:
            if data is None:
                await upload.seek(0)
            else:
                await upload.write(data)
        self._file_work.clear()

    async def parse(self) -> FormData:
        """Read the whole stream; return fields and files in body order."""
        import python_multipart
        from python_multipart.exceptions import FormParserError

        _, params = _form_options_header(self.headers.get("content-type"))
        try:  # the body's charset, by its canonical codec name (latin-1 if unknown)
            self._charset = codecs.lookup(params.get("charset", "utf-8")).name
        except LookupError:
            self._charset = "latin-1"
        boundary = params.get("boundary")
        if not boundary:
            raise MultiPartException("Missing boundary in multipart.")
        # python-multipart's callbacks are this class's on_* methods, by name.
        callbacks: Any = {name: getattr(self, name) for name in dir(self) if name[:3] == "on_"}
        try:
            parser = python_multipart.MultipartParser(boundary.encode("latin-1"), callbacks)
            empty = True
            async for chunk in self.stream:
                empty = empty and not chunk
                parser.write(chunk)
                await self._run_file_work()
            parser.finalize()
            # compat: an empty body is an empty form, as in Starlette; one that
            # stops part-way is refused (Starlette keeps what it parsed).
            if not (self._ended or empty):
                raise MultiPartException("Multipart body ended before its closing boundary.")
        except BaseException as exc:  # bad data, a limit, a full disk, the client gone...
            for spool in self._files_to_close_on_error:
                spool.close()
            if isinstance(exc, FormParserError):
                raise MultiPartException("Invalid multipart data.") from exc
            raise
        return FormData(self.items)


# =============================================================================
# starlette.requests: HTTPConnection, Request
# =============================================================================
# An HTTP request reaches an ASGI app as a `scope` dict (method, path, raw
# headers as (bytes, bytes) pairs, query string as bytes) and a `receive`
# callable. The body arrives in pieces:
#
#     {"type": "http.request", "body": b"...", "more_body": True}
#     {"type": "http.request", "body": b"", "more_body": False}
#
# or, if the client leaves, {"type": "http.disconnect"}. Request wraps all of
# that so a handler can simply `await request.json()`. Everything (URL,
# headers, cookies, ...) is computed on first use: building a Request costs
# three attribute stores, so middleware may make one freely.

# Request headers an HTTP/2 push copies from the request that triggered it.
SERVER_PUSH_HEADERS_TO_COPY = set(
    "accept accept-encoding accept-language cache-control user-agent".split()
)
_REQUESTS_PUSH_HEADERS = frozenset(name.encode("latin-1") for name in SERVER_PUSH_HEADERS_TO_COPY)

# A quoted cookie value may hold `\ooo` octal escapes and `\x` escapes for any
# other character (RFC 2109's quoted-string, as Python's http.cookies reads
# it). One regex pass keeps unquoting linear however many backslashes arrive;
# the octal form wins where both could apply, and a backslash before a line
# break or at the very end stays as it is.
_REQUESTS_COOKIE_ESCAPE = re.compile(r"\\(?:([0-3][0-7][0-7])|(.))")


def _requests_unescape(match: re.Match[str]) -> str:
    octal, char = match.groups()
    return chr(int(octal, 8)) if octal else char


def _requests_unquote_cookie(value: str) -> str:
    if len(value) < 2 or value[0] != '"' or value[-1] != '"':
        return value
    value = value[1:-1]
    if "\\" not in value:
        return value
    return _REQUESTS_COOKIE_ESCAPE.sub(_requests_unescape, value)


def cookie_parser(cookie_string: str) -> dict[str, str]:
    """Parse a `Cookie` request header into a dict, leniently, as browsers send it.

    Every `;` separates cookies (even inside quotes), a chunk without `=` is a
    value with an empty name, the last cookie of a name wins, and nothing here
    ever raises:

        >>> cookie_parser('a=1; b="x\\\\"y"; flag; a=2')
        {'a': '2', 'b': 'x"y', '': 'flag'}
    """
    cookies: dict[str, str] = {}
    for chunk in cookie_string.split(";"):
        key, sep, value = chunk.partition("=")
        if not sep:  # compat: as in browsers, a chunk with no "=" is a nameless value
            key, value = "", key
        key, value = key.strip(), value.strip()
        if key or value:
            cookies[key] = _requests_unquote_cookie(value)
    return cookies


class ClientDisconnect(Exception):
    """The client went away (`http.disconnect`) before the body was read."""


async def empty_receive() -> NoReturn:
    """The `receive` of a Request built without one: reading the body fails loudly."""
    raise RuntimeError("Receive channel has not been made available")


async def empty_send(message: Message) -> NoReturn:
    """The `send` of a Request built without one: pushes and hints fail loudly."""
    raise RuntimeError("Send channel has not been made available")


# `Request[MyState]` types `request.state` as the mapping a lifespan yields.
# The default (plain `Request` means `Request[State]`) needs PEP 696, which
# the typing module has from Python 3.13; type checkers read typing_extensions.
if TYPE_CHECKING:
    StateT = _TypeVarWithDefault("StateT", bound=Mapping[str, Any] | State, default=State)
else:
    StateT = TypeVar(
        "StateT",
        bound=Mapping[str, Any] | State,
        **({"default": State} if sys.version_info >= (3, 13) else {}),
    )


class HTTPConnection(Mapping[str, Any], Generic[StateT]):
    """What HTTP requests and WebSocket sessions share: a read-only view of the scope.

    The scope keys are also readable directly (`conn["path"]`). Attributes are
    computed from the scope the first time they are read and then kept.

        >>> scope = {"type": "http", "path": "/", "headers": [], "query_string": b"a=1"}
        >>> conn = HTTPConnection(scope)
        >>> conn["path"], conn.query_params["a"], conn.client
        ('/', '1', None)
    """

    # compat: the caches (_url, _base_url, _headers, _query_params, _cookies,
    # _state) exist only once computed, as in Starlette, for subclasses that
    # test them with hasattr().
    _url: URL
    _base_url: URL
    _headers: Headers
    _query_params: QueryParams
    _cookies: dict[str, str]
    _state: State

    # compat: two connections are equal only if they are the same object, even
    # when their scopes compare equal (Mapping would compare contents).
    __eq__ = object.__eq__
    __hash__ = object.__hash__

    def __init__(self, scope: Scope, receive: Receive | None = None) -> None:
        if scope["type"] not in ("http", "websocket"):
            raise AssertionError(
                f"HTTPConnection needs an http or websocket scope: {scope['type']!r}"
            )
        self.scope = scope

    def __getitem__(self, key: str) -> Any:
        return self.scope[key]

    def __contains__(self, key: object) -> bool:
        return key in self.scope

    def __len__(self) -> int:
        return len(self.scope)

    def __iter__(self) -> Iterator[str]:
        return iter(self.scope)

    @property
    def app(self) -> Any:
        return self.scope["app"]

    @property
    def url(self) -> URL:
        url: URL | None = getattr(self, "_url", None)
        if url is None:
            url = self._url = URL(scope=self.scope)
        return url

    @property
    def base_url(self) -> URL:
        """The URL of the application root: what `url_for` builds on."""
        if not hasattr(self, "_base_url"):
            scope = self.scope
            # Inside a Mount, "root_path" is the mount's; url_for must still
            # start from the top-level app, which Router records as app_root_path.
            root = scope.get("app_root_path", scope.get("root_path", ""))
            path = root if root.endswith("/") else root + "/"
            base_scope = {**scope, "path": path, "query_string": b"", "root_path": root}
            self._base_url = URL(scope=base_scope)
        return self._base_url

    @property
    def headers(self) -> Headers:
        headers: Headers | None = getattr(self, "_headers", None)
        if headers is None:
            headers = self._headers = Headers(scope=self.scope)
        return headers

    @property
    def query_params(self) -> QueryParams:
        params: QueryParams | None = getattr(self, "_query_params", None)
        if params is None:  # parsed on first use, from ASGI's raw query bytes
            params = self._query_params = QueryParams(self.scope["query_string"])
        return params

    @property
    def path_params(self) -> dict[str, Any]:
        """What the matched route captured from the path, such as {"id": 3}."""
        params: dict[str, Any] = self.scope.get("path_params", {})
        return params

    @property
    def cookies(self) -> dict[str, str]:
        """Cookies from every `Cookie` header; later headers win on a repeated name."""
        if not hasattr(self, "_cookies"):
            cookies: dict[str, str] = {}
            for name, value in self.scope.get("headers", ()):
                if name == b"cookie":  # ASGI: header names arrive lower-cased
                    cookies.update(cookie_parser(value.decode("latin-1")))
            self._cookies = cookies
        return self._cookies

    @property
    def client(self) -> Address | None:
        # ASGI: "client" is a [host, port] pair, or None/absent (a Unix socket).
        host_port = self.scope.get("client")
        return None if host_port is None else Address(*host_port)

    @property
    def session(self) -> dict[str, Any]:
        if "session" not in self.scope:
            raise AssertionError("SessionMiddleware must be installed to access request.session")
        session: dict[str, Any] = self.scope["session"]
        # Let the session middleware know the session was looked at (a
        # home-made middleware may store a plain dict, without this hook).
        mark_accessed = getattr(session, "mark_accessed", None)
        if mark_accessed is not None:
            mark_accessed()
        return session

    @property
    def auth(self) -> Any:
        if "auth" not in self.scope:
            raise AssertionError(
                "AuthenticationMiddleware must be installed to access request.auth"
            )
        return self.scope["auth"]

    @property
    def user(self) -> Any:
        if "user" not in self.scope:
            raise AssertionError(
                "AuthenticationMiddleware must be installed to access request.user"
            )
        return self.scope["user"]

    @property
    def state(self) -> StateT:
        """Per-request state, seeded from the lifespan's state (`scope["state"]`)."""
        if not hasattr(self, "_state"):
            # The State object writes through to scope["state"], so what one
            # middleware stores there, the endpoint's Request sees too.
            self._state = State(self.scope.setdefault("state", {}))
        return cast(StateT, self._state)

    def url_for(self, name: str, /, **path_params: Any) -> URL:
        """The absolute URL of the route called `name`, e.g. `request.url_for("user", id=1)`."""
        provider = self.scope.get("router") or self.scope.get("app")
        if provider is None:
            raise RuntimeError(
                "The `url_for` method can only be used inside a Starlette application "
                "or with a router."
            )
        url_path: URLPath = provider.url_path_for(name, **path_params)
        return url_path.make_absolute_url(base_url=self.base_url)


class Request(HTTPConnection[StateT]):
    """An incoming HTTP request: the scope plus the body, read on demand.

    The body can be read once as a stream, or in full with `body()` (then it
    is kept, and `stream()`, `json()` and `form()` replay it):

        >>> import anyio
        >>> async def receive():
        ...     return {"type": "http.request", "body": b'{"a": 1}', "more_body": False}
        >>> request = Request({"type": "http", "method": "POST", "headers": []}, receive)
        >>> anyio.run(request.json)
        {'a': 1}
    """

    # Body state, shared by every stream() and body() call (and read by
    # BaseHTTPMiddleware's _CachedRequest). compat: `_body` and `_json` exist only
    # once read, as in Starlette, so a subclass caching its body() with
    # `hasattr(self, "_body")` (FastAPI's GzipRequest) is what json() sees.
    _body: bytes
    _json: Any
    _stream_consumed = False
    _is_disconnected = False
    _form: FormData | None = None

    def __init__(self, scope: Scope, receive: Receive = empty_receive, send: Send = empty_send):
        if scope["type"] != "http":
            raise AssertionError(f"Request needs an http scope, not {scope['type']!r}")
        self.scope, self._receive, self._send = scope, receive, send

    @property
    def receive(self) -> Receive:
        return self._receive

    @property
    def method(self) -> str:
        return cast(str, self.scope["method"])

    async def _receive_chunk(self) -> bytes:
        """Await the next piece of the body (maybe empty); mark the last one."""
        while True:
            message = await self._receive()
            kind = message["type"]
            if kind == "http.request":
                # ASGI: a missing "more_body" means False: this is the last piece.
                if not message.get("more_body", False):
                    self._stream_consumed = True
                chunk: bytes = message.get("body", b"")
                return chunk
            if kind == "http.disconnect":
                self._is_disconnected = True
                raise ClientDisconnect()
            # Anything else is not meant for us (a server extension): skip it.

    async def stream(self) -> AsyncGenerator[bytes, None]:
        """Yield the body piece by piece as it arrives, then a final b"".

        Raises ClientDisconnect if the client leaves first, and RuntimeError
        if an earlier stream already consumed the body without keeping it.
        """
        if hasattr(self, "_body"):  # body() kept it: replay
            yield self._body
        elif self._stream_consumed:
            raise RuntimeError("Stream consumed")
        else:
            while not self._stream_consumed:
                chunk = await self._receive_chunk()
                if chunk:
                    yield chunk
        yield b""

    async def body(self) -> bytes:
        """The whole body, read once and kept."""
        if not hasattr(self, "_body"):
            if self._stream_consumed:
                raise RuntimeError("Stream consumed")
            chunks = []
            while not self._stream_consumed:
                chunks.append(await self._receive_chunk())
            self._body = b"".join(chunks)
        return self._body

    async def json(self) -> Any:
        """The body decoded as JSON (kept after the first call).

        Invalid JSON raises json.JSONDecodeError (a ValueError), and so does
        JSON nested too deeply for the decoder, such as 100,000 `[`.
        """
        if not hasattr(self, "_json"):
            body = await self.body()
            try:
                self._json = json.loads(body)
            except RecursionError:
                doc = body.decode("utf-8", "replace")
                raise json.JSONDecodeError("JSON nested too deeply", doc, 0) from None
        return self._json

    async def _get_form(
        self, max_files: int | float, max_fields: int | float, max_part_size: int
    ) -> FormData:
        if self._form is not None:
            return self._form
        content_type = _media_type(self.headers.get("content-type", ""))
        if content_type not in ("multipart/form-data", "application/x-www-form-urlencoded"):
            self._form = FormData()
            return self._form
        try:
            # aclosing: a parser that stops early still closes the body stream.
            async with aclosing(self.stream()) as stream:
                limits: dict[str, Any] = {"max_fields": max_fields, "max_part_size": max_part_size}
                parser: FormParser | MultiPartParser
                if content_type == "multipart/form-data":
                    parser = MultiPartParser(self.headers, stream, max_files=max_files, **limits)
                else:
                    parser = FormParser(self.headers, stream, **limits)
                self._form = await parser.parse()
        except MultiPartException as exc:
            # Inside an app, a bad form is the client's fault: answer 400.
            if "app" in self.scope:
                raise HTTPException(status_code=400, detail=exc.message) from None
            raise
        return self._form

    def form(
        self,
        *,
        max_part_size: int = 1024 * 1024,
        max_files: int | float = 1000,
        max_fields: int | float = 1000,
    ) -> AwaitableOrContextManager[FormData]:
        """Parse a urlencoded or multipart body into FormData.

        Await it (`form = await request.form()`), or use it as a context
        manager so uploaded files are closed at the end:

            async with request.form(max_files=10) as form:
                upload = form["file"]

        Any other content type gives an empty FormData.
        """
        return AwaitableOrContextManagerWrapper(
            self._get_form(max_files, max_fields, max_part_size)
        )

    async def close(self) -> None:
        """Close the files of a parsed form, if any."""
        if self._form is not None:
            await self._form.close()

    async def is_disconnected(self) -> bool:
        """Whether the client has gone, checked without waiting.

        compat: a message that is ready is taken from `receive` to look at it;
        if it is body rather than a disconnect, it is gone for stream().
        """
        if self._is_disconnected:
            return True
        # Peek: in a scope cancelled before the call, receive() can only hand
        # back a message that is already waiting.
        message: Message = {}
        with anyio.CancelScope() as peek:
            peek.cancel()
            message = await self._receive()
        self._is_disconnected = message.get("type") == "http.disconnect"
        return self._is_disconnected

    async def send_push_promise(self, path: str) -> None:
        """Ask an HTTP/2 server to push `path`; a no-op if the server cannot.

        ASGI: {"type": "http.response.push", "path": "/style.css", "headers": [...]}
        """
        if "http.response.push" in self.scope.get("extensions", {}):
            headers = [
                (name, value)
                for name, value in self.scope.get("headers", ())
                if name in _REQUESTS_PUSH_HEADERS
            ]
            await self._send({"type": "http.response.push", "path": path, "headers": headers})

    async def send_early_hints(self, link: str, /, *additional_links: str) -> None:
        """Send `103 Early Hints` with these `Link` values; a no-op if unsupported.

        ASGI: {"type": "http.response.early_hint", "links": [b"</app.css>; rel=preload"]}
        """
        if "http.response.early_hint" in self.scope.get("extensions", {}):
            links = []
            for value in (link, *additional_links):
                _headers_validate("link", value)
                links.append(value.encode("latin-1"))
            await self._send({"type": "http.response.early_hint", "links": links})


# =============================================================================
# starlette.responses: Response family, FileResponse with ranges
# =============================================================================
# An ASGI app answers an HTTP request by sending two kinds of message:
#
#     {"type": "http.response.start", "status": 200,
#      "headers": [(b"content-type", b"text/plain; charset=utf-8"), ...]}
#     {"type": "http.response.body", "body": b"Hello", "more_body": False}
#
# exactly one start, then one or more body messages; "more_body": True means
# another body message follows (a missing "more_body" means False). Header
# names go out as lower-case bytes. A Response object is itself an ASGI app:
# build it, then `await response(scope, receive, send)`.
#
# Everything the two messages need is computed once, in __init__, so calling
# the response is just two sends.


class _ResponseHeaderError(ValueError):
    """A cookie attribute that would smuggle a line break, NUL or `;` into the response."""


class _ResponseCookieError(http.cookies.CookieError, ValueError):
    """A cookie name Python's http.cookies would refuse (and so any ValueError handler)."""


@functools.lru_cache(maxsize=256)  # bounded: media types may come from data
def _responses_content_type(media_type: str, charset: str) -> tuple[bytes, bytes]:
    """The Content-Type pair; text gets a charset unless the media type names one."""
    if media_type.startswith("text/") and "charset=" not in media_type.lower():
        media_type += "; charset=" + charset
    _headers_validate("content-type", media_type)
    return b"content-type", media_type.encode("latin-1")


_responses_lengths: dict[int, tuple[bytes, bytes]] = {}  # Content-Length pairs under 4 KiB


def _responses_length(size: int) -> tuple[bytes, bytes]:
    pair = (b"content-length", b"%d" % size)  # formatting bytes is slow: small sizes are kept
    if size < 4096:
        _responses_lengths[size] = pair
    return pair


# Annotations shared by the Response constructors and the cookie methods.
_ResponseHeaderMap = Mapping[str, str] | None
_ResponseTask = BackgroundTask | None
_CookieExpiry = datetime | str | int | None  # a datetime, an HTTP date, or seconds from now
_CookieDomain = str | None
_CookieSameSite = Literal["lax", "strict", "none"] | None


class _ResponseStartTracker:
    """A `send` that remembers whether the response has started.

    A layer handed a tracker as its `send` shares it: it sees exactly the
    layer's messages. ServerErrorMiddleware, ExceptionMiddleware and the route
    share one per request, each with `if type(send) is not _ResponseStartTracker`
    (a helper method instead costs 0.4 us per request: 7% of a hello world).
    """

    __slots__ = ("send", "started")

    def __init__(self, send: Send) -> None:
        self.send = send
        self.started = False

    def __call__(self, message: Message) -> Awaitable[None]:
        # ASGI: "http.response.start" carries the status and headers; once it is
        # sent, nothing can replace the response.
        if message["type"] == "http.response.start":
            self.started = True
        # A plain function handing back the inner send's awaitable: the caller
        # awaits that directly, with no coroutine of this wrapper's own (every
        # message of every response passes here; 16% of a streamed body's cost).
        return self.send(message)


class Response:
    """An HTTP response with the whole body in memory; also an ASGI app.

    Content-Length and Content-Type are added unless given in `headers`:

        >>> response = Response("Hi", media_type="text/plain")
        >>> response.body, response.raw_headers
        (b'Hi', [(b'content-length', b'2'), (b'content-type', b'text/plain; charset=utf-8')])
    """

    media_type: str | None = None
    charset = "utf-8"
    _headers: MutableHeaders | None = None  # the `headers` view, made on first use

    def __init__(
        self,
        content: Any = None,
        status_code: int = 200,
        headers: _ResponseHeaderMap = None,
        media_type: str | None = None,
        background: _ResponseTask = None,
    ) -> None:
        self.status_code, self.background = status_code, background
        if media_type is not None:  # else the class default (None, "text/html", ...)
            self.media_type = media_type
        self.body = self.render(content)
        self.init_headers(headers)

    def render(self, content: Any) -> bytes | memoryview:
        """Turn `content` into the body bytes (str is encoded with `charset`)."""
        if type(content) is str:  # the usual case first
            return content.encode(self.charset)
        if isinstance(content, bytes):
            return content
        if content is None:
            return b""
        if isinstance(content, memoryview):
            # ASGI servers want a flat run of bytes: view typed or strided
            # memory as unsigned bytes, copying only when it is not contiguous.
            return content.cast("B") if content.c_contiguous else content.tobytes()
        return content.encode(self.charset)  # type: ignore[no-any-return]  # str-like

    def init_headers(self, headers: _ResponseHeaderMap = None) -> None:
        """Build `raw_headers` from `headers` plus Content-Length and Content-Type."""
        raw_headers: list[tuple[bytes, bytes]] = []
        add_length = add_type = True
        if headers:
            for name, value in headers.items():
                _headers_validate(name, value)
                key = name.lower().encode("latin-1")
                raw_headers.append((key, value.encode("latin-1")))
                if key == b"content-length":
                    add_length = False
                elif key == b"content-type":
                    add_type = False
        if add_length:
            body = getattr(self, "body", None)  # streaming responses have no body yet
            # RFC 9110 section 8.6: no Content-Length on 1xx, 204 or 304 responses.
            status_code = self.status_code
            if body is not None and status_code >= 200 and status_code not in (204, 304):
                size = len(body)
                raw_headers.append(_responses_lengths.get(size) or _responses_length(size))
        if add_type and self.media_type is not None:
            raw_headers.append(_responses_content_type(self.media_type, self.charset))
        self.raw_headers = raw_headers

    def set_cookie(
        self,
        key: str,
        value: str = "",
        max_age: int | None = None,
        expires: _CookieExpiry = None,
        path: str | None = "/",
        domain: _CookieDomain = None,
        secure: bool = False,
        httponly: bool = False,
        samesite: _CookieSameSite = "lax",
        partitioned: bool = False,
    ) -> None:
        """Add a `Set-Cookie` header, in the exact format of Python's http.cookies.

        `expires` is a datetime, an HTTP date string, or seconds from now.

            >>> response = Response()
            >>> response.set_cookie("theme", "dark", max_age=3600, httponly=True)
            >>> response.headers["set-cookie"]
            'theme=dark; HttpOnly; Max-Age=3600; Path=/; SameSite=lax'
        """
        if samesite is not None and samesite.lower() not in ("strict", "lax", "none"):
            raise AssertionError("samesite must be either 'strict', 'lax' or 'none'")
        if partitioned and sys.version_info < (3, 14):
            # compat: Starlette relies on http.cookies, which learnt Partitioned in 3.14.
            raise ValueError("Partitioned cookies are only supported in Python 3.14 and above.")
        if isinstance(expires, datetime):
            from email.utils import format_datetime  # deferred: keeps `import starlette` light

            expires = format_datetime(expires, usegmt=True)
        self.raw_headers.append(
            _responses_format_cookie(
                key, value, max_age, expires, path, domain, secure, httponly, samesite, partitioned
            )
        )

    def delete_cookie(
        self,
        key: str,
        path: str = "/",
        domain: _CookieDomain = None,
        secure: bool = False,
        httponly: bool = False,
        samesite: _CookieSameSite = "lax",
        partitioned: bool = False,
    ) -> None:
        """Tell the browser to drop a cookie (an empty one that expired now).

        Path and domain must match the ones the cookie was set with.
        """
        expired_now = 0  # as `expires`: seconds from now; as Max-Age: "drop it"
        self.set_cookie(
            key, "", expired_now, expired_now, path, domain, secure, httponly, samesite, partitioned
        )

    @property
    def headers(self) -> MutableHeaders:
        """The headers as an editable, case-insensitive mapping over `raw_headers`."""
        view = self._headers
        if view is None:  # made on first use; it edits raw_headers in place
            view = self._headers = MutableHeaders(raw=self.raw_headers)
        return view

    def _wrap_websocket_denial_send(self, send: Send) -> Send:
        # ASGI (websocket denial response extension): a WebSocket handshake may
        # be refused with a full HTTP response, sent as the same two messages
        # with a "websocket." prefix on their types.
        async def denial_send(message: Message) -> None:
            if message["type"] in ("http.response.start", "http.response.body"):
                message = {**message, "type": "websocket." + message["type"]}
            await send(message)

        return denial_send

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "websocket":
            send = self._wrap_websocket_denial_send(send)
        elif type(send) is _ResponseStartTracker:
            # The layers above only want to know that the response has started:
            # say so here and spare each message the tracker's extra await.
            send.started = True
            send = send.send
        await send(
            {"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers}
        )
        await send({"type": "http.response.body", "body": self.body})
        if self.background is not None:
            await self.background()


def _responses_format_cookie(
    key: str,
    value: str,
    max_age: int | None,
    expires: str | int | None,
    path: str | None,
    domain: str | None,
    secure: bool,
    httponly: bool,
    samesite: str | None,
    partitioned: bool,
) -> tuple[bytes, bytes]:
    """The `Set-Cookie` header pair, written by Python's http.cookies as in Starlette.

    http.cookies quotes the value (RFC 6265 section 4.1) but writes attributes
    as given, so an attribute holding CR, LF, NUL or `;` is refused here: it
    could end the header or add attributes of its own.
    """
    cookie: http.cookies.BaseCookie[str] = http.cookies.SimpleCookie()
    try:
        cookie[key] = value
    except http.cookies.CookieError as exc:
        raise _ResponseCookieError(*exc.args) from None
    morsel = cookie[key]
    options = {"max-age": max_age, "expires": expires, "path": path, "domain": domain}
    options.update(samesite=samesite, secure=secure, httponly=httponly, partitioned=partitioned)
    for name, option in options.items():
        if option is None or option is False:
            continue
        if any(char in str(option) for char in "\r\n\0;"):
            raise _ResponseHeaderError(f"Cookie {name} with a line break, NUL or ';': {option!r}")
        morsel[name] = option
    return b"set-cookie", cookie.output(header="").strip().encode("latin-1")


class HTMLResponse(Response):
    """A `text/html; charset=utf-8` response."""

    media_type = "text/html"


class PlainTextResponse(Response):
    """A `text/plain; charset=utf-8` response."""

    media_type = "text/plain"


class JSONResponse(Response):
    """An `application/json` response, compact and UTF-8.

    >>> JSONResponse({"name": "Zo\\u00eb", "ok": True}).body
    b'{"name":"Zo\\xc3\\xab","ok":true}'
    """

    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        # compat: json.dumps, looked up on each call, so a patch or wrapper of it
        # sees every response; compact, UTF-8 kept, NaN and Infinity refused.
        if json.dumps is _JSON_DUMPS:
            return _json_dumps_unpatched(content).encode("utf-8")  # fast path: see below
        return json.dumps(
            content, ensure_ascii=False, allow_nan=False, indent=None, separators=(",", ":")
        ).encode("utf-8")

    # compat: the same signature as Response's, but `content` is required.
    def __init__(
        self,
        content: Any,
        status_code: int = 200,
        headers: _ResponseHeaderMap = None,
        media_type: str | None = None,
        background: _ResponseTask = None,
    ) -> None:
        super().__init__(content, status_code, headers, media_type, background)


# Fast path for JSONResponse.render: json.dumps with these arguments builds a
# JSONEncoder, which builds the C encoder. While json.dumps is unpatched, that C
# encoder is built here directly: same bytes and errors, 1.0 us less per response.
_JSON_DUMPS = json.dumps
_JSON_C_MAKE_ENCODER = getattr(json.encoder, "c_make_encoder", None)  # None on some Pythons
_JSON_DEFAULT = json.JSONEncoder().default  # raises TypeError for what JSON cannot hold


def _json_dumps_unpatched(content: Any) -> str:
    """`json.dumps(content, ensure_ascii=False, allow_nan=False, separators=(",", ":"))`."""
    if _JSON_C_MAKE_ENCODER is None:  # pragma: no cover - CPython has the C encoder
        return _JSON_DUMPS(content, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    encode = _JSON_C_MAKE_ENCODER(  # {}: the circular-reference markers, fresh as in json
        {}, _JSON_DEFAULT, json.encoder.encode_basestring, None, ":", ",", False, False, False
    )
    return "".join(encode(content, 0))


class RedirectResponse(Response):
    """A redirect (307 by default) to `url`, percent-encoding what a Location may not hold.

    >>> RedirectResponse("/caf\\u00e9?q=a b").headers["location"]
    '/caf%C3%A9?q=a%20b'
    """

    def __init__(
        self,
        url: str | URL,
        status_code: int = 307,
        headers: _ResponseHeaderMap = None,
        background: _ResponseTask = None,
    ) -> None:
        super().__init__(b"", status_code, headers, background=background)
        # Characters a URL may carry are kept; spaces, CR/LF and non-ASCII are escaped.
        location = quote(str(url), safe=":/%#?=@[]!$&'()*+,;").encode("latin-1")
        raw_headers = self.raw_headers
        if headers is not None:  # a "location" given in headers is replaced
            raw_headers[:] = [item for item in raw_headers if item[0] != b"location"]
        raw_headers.append((b"location", location))


Content = str | bytes | memoryview
SyncContentStream = Iterable[Content]
AsyncContentStream = AsyncIterable[Content]
ContentStream = AsyncContentStream | SyncContentStream


def _responses_spec_version(scope: Scope) -> tuple[int, ...]:
    # ASGI: scope["asgi"]["spec_version"] is the spec the server follows ("2.0" if absent).
    version: str = scope.get("asgi", {}).get("spec_version", "2.0")
    return tuple(map(int, version.split(".")))


async def _responses_wait_for_disconnect(receive: Receive) -> None:
    while (await receive())["type"] != "http.disconnect":
        pass


async def _responses_until_disconnect(
    job: Callable[[], Awaitable[None]], listen: Callable[[], Awaitable[None]]
) -> None:
    """Run `job` (sending a response) and `listen` (for a disconnect) side by side.

    ASGI: before spec 2.4 a server reports a vanished client only through
    receive() returning {"type": "http.disconnect"}; send() may keep quietly
    accepting messages. So while the body streams, a second task watches
    receive(). Whichever finishes first cancels the other: a finished body
    stops the watch, a disconnect stops the (maybe endless) body.
    """
    async with create_collapsing_task_group() as task_group:

        async def job_then_cancel() -> None:
            await job()
            task_group.cancel_scope.cancel()

        task_group.start_soon(job_then_cancel)
        await listen()
        task_group.cancel_scope.cancel()


class StreamingResponse(Response):
    """A response whose body comes from an iterator, sent as it is produced.

    Async iterables are read on the event loop; plain iterables (say, a file
    or a generator doing blocking work) are advanced in a worker thread.
    Chunks may be str (encoded with `charset`), bytes or memoryview.

        async def numbers():
            for n in range(3):
                yield f"{n}\\n"

        response = StreamingResponse(numbers(), media_type="text/plain")
    """

    body_iterator: AsyncContentStream

    def __init__(
        self,
        content: ContentStream,
        status_code: int = 200,
        headers: _ResponseHeaderMap = None,
        media_type: str | None = None,
        background: _ResponseTask = None,
    ) -> None:
        self.status_code, self.background = status_code, background
        if media_type is not None:
            self.media_type = media_type
        # No body yet, so init_headers() adds no Content-Length (unless given).
        self.init_headers(headers)
        self.body_iterator = (
            content if isinstance(content, AsyncIterable) else iterate_in_threadpool(content)
        )

    async def listen_for_disconnect(self, receive: Receive) -> None:
        """Return once the client has disconnected."""
        await _responses_wait_for_disconnect(receive)

    async def stream_response(self, send: Send) -> None:
        """Send the start message, then one body message per chunk, then the end."""
        await send(
            {"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers}
        )
        charset = self.charset
        async for chunk in self.body_iterator:
            if not isinstance(chunk, (bytes, memoryview)):
                chunk = chunk.encode(charset)
            await send({"type": "http.response.body", "body": chunk, "more_body": True})
        await send({"type": "http.response.body", "body": b"", "more_body": False})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "websocket":
            await self.stream_response(self._wrap_websocket_denial_send(send))
        elif _responses_spec_version(scope) >= (2, 4):
            # ASGI 2.4: send() raises OSError once the client is gone (and
            # receive() is left alone, for the app to read the body).
            try:
                await self.stream_response(send)
            except OSError as exc:
                raise ClientDisconnect() from exc
        else:
            await _responses_until_disconnect(
                partial(self.stream_response, send), partial(self.listen_for_disconnect, receive)
            )
        if self.background is not None:
            await self.background()


@asynccontextmanager
async def _responses_open_file(
    path: str | os.PathLike[str],
) -> AsyncIterator[anyio.AsyncFile[bytes]]:
    """Open a file for reading in worker threads (disks block)."""
    file = await anyio.open_file(path, mode="rb")
    try:
        yield file
    finally:
        # A send cancelled half-way (say, by a disconnect) must still close
        # the file, so the close is shielded from that cancellation.
        with anyio.CancelScope(shield=True):
            await file.aclose()


class RangeNotSatisfiable(Exception):
    """A Range starting past the end of the file (answered with 416)."""

    def __init__(self, max_size: int) -> None:
        self.max_size = max_size  # the file size, for `Content-Range: bytes */size`


class MalformedRangeHeader(Exception):
    """A Range header FileResponse cannot read (answered with 400 and this text)."""

    def __init__(self, content: str = "Malformed range header.") -> None:
        self.content = content


# --- Range requests (RFC 9110 section 14) ------------------------------------
# A client may ask for parts of a file: `Range: bytes=0-99` (the first 100
# bytes), `bytes=500-` (from byte 500 on), `bytes=-500` (the last 500), or a
# comma-separated list of these. The answer is 206 Partial Content:
#
#   * one range: the bytes themselves, with `Content-Range: bytes 0-99/1234`;
#   * several: a `multipart/byteranges` body, each part with its own
#     Content-Type and Content-Range headers, between `--boundary` lines.
#
# A range starting past the end gets 416 with `Content-Range: bytes */1234`.
# `If-Range: <etag or date>` says "only if the file is still that version",
# otherwise the whole file comes back with 200. Parsing must stay linear in
# the header's length: FileResponse gives up on more than `max_ranges`
# ranges (sending the whole file), merges overlapping ones, and ignores
# pieces it cannot read, exactly as Starlette does.


class FileResponse(Response):
    """Send a file from disk, streamed in chunks read off the event loop.

    Adds Content-Length, Last-Modified and ETag from the file's stat, answers
    HEAD with headers only, and serves Range requests (206 / 416).
    `filename` sets Content-Disposition (RFC 6266; non-ASCII names use the
    RFC 5987 `filename*=utf-8''...` form):

        response = FileResponse("report.pdf", filename="Q3 report.pdf")
    """

    max_ranges = 100  # more ranges than this in one request: the whole file instead
    chunk_size = 64 * 1024

    def __init__(
        self,
        path: str | os.PathLike[str],
        status_code: int = 200,
        headers: _ResponseHeaderMap = None,
        media_type: str | None = None,
        background: _ResponseTask = None,
        filename: str | None = None,
        stat_result: os.stat_result | None = None,
        content_disposition_type: str = "attachment",
        method: str | None = None,
    ) -> None:
        if method is not None:
            # compat: 0.47 took (and ignored) `method`, warning; 1.x dropped it.
            warnings.warn(
                "The 'method' parameter is not used, and it will be removed.",
                _LegacyDeprecationWarning,
                stacklevel=2,
            )
        if media_type is None:  # guessed from the download name, else from the path
            from mimetypes import guess_type  # deferred: keeps `import starlette` light

            media_type = guess_type(filename or path)[0] or "application/octet-stream"
        self.path, self.filename, self.media_type = path, filename, media_type
        self.status_code, self.background = status_code, background
        self.init_headers(headers)
        headers_ = self.headers
        headers_.setdefault("accept-ranges", "bytes")
        if filename is not None:
            quoted = quote(filename)
            if quoted != filename:  # RFC 5987: non-ASCII (or odd) names are percent-encoded
                disposition = f"{content_disposition_type}; filename*=utf-8''{quoted}"
            else:
                disposition = f'{content_disposition_type}; filename="{filename}"'
            headers_.setdefault("content-disposition", disposition)
        self.stat_result = stat_result
        if stat_result is not None:
            self.set_stat_headers(stat_result)

    def set_stat_headers(self, stat_result: os.stat_result) -> None:
        """Add Content-Length, Last-Modified and ETag (unless already set)."""
        import hashlib  # deferred, like the other imports only some features need
        from email.utils import formatdate

        mtime, size = stat_result.st_mtime, stat_result.st_size
        # compat: the same ETag recipe as Starlette, so caches stay valid across the two.
        digest = hashlib.md5(f"{mtime}-{size}".encode(), usedforsecurity=False).hexdigest()
        headers = self.headers
        headers.setdefault("content-length", str(size))
        headers.setdefault("last-modified", formatdate(mtime, usegmt=True))
        headers.setdefault("etag", f'"{digest}"')

    async def _stat(self) -> os.stat_result:
        if self.stat_result is not None:
            return self.stat_result
        try:
            stat_result = await anyio.to_thread.run_sync(os.stat, self.path)
        except FileNotFoundError:
            raise RuntimeError(f"File at path {self.path} does not exist.") from None
        if not stat.S_ISREG(stat_result.st_mode):
            raise RuntimeError(f"File at path {self.path} is not a file.")
        self.set_stat_headers(stat_result)
        return stat_result

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        is_http = scope["type"] == "http"
        method = scope["method"].upper() if is_http else "GET"
        header_only = method == "HEAD"
        size = (await self._stat()).st_size
        try:
            ranges = self._requested_ranges(scope, method, size)
        except MalformedRangeHeader as exc:
            return await PlainTextResponse(exc.content, status_code=400)(scope, receive, send)
        except RangeNotSatisfiable as exc:
            content_range = {"content-range": f"bytes */{exc.max_size}"}
            error = PlainTextResponse(status_code=416, headers=content_range)
            return await error(scope, receive, send)

        if not is_http:
            send = self._wrap_websocket_denial_send(send)
        job: Callable[[], Awaitable[None]]
        pathsend = False
        if not ranges:
            # ASGI (path send extension): the server can send the file itself.
            pathsend = is_http and "http.response.pathsend" in scope.get("extensions", {})
            job = partial(self._handle_simple, send, header_only, pathsend)
        elif len(ranges) == 1:
            job = partial(self._handle_single_range, send, *ranges[0], size, header_only)
        else:
            job = partial(self._handle_multiple_ranges, send, ranges, size, header_only)

        if not is_http or header_only or pathsend or _responses_spec_version(scope) >= (2, 4):
            await job()
        else:
            await _responses_until_disconnect(job, partial(_responses_wait_for_disconnect, receive))
        if self.background is not None:
            await self.background()

    def _requested_ranges(self, scope: Scope, method: str, file_size: int) -> list[tuple[int, int]]:
        """The byte ranges to send, or [] for the whole file."""
        if self.status_code != 200 or method not in ("GET", "HEAD"):
            return []  # ranges only make sense for a successful GET
        http_range = if_range = None
        for name, value in scope.get("headers", ()):
            if name == b"range" and http_range is None:
                http_range = value.decode("latin-1")
            elif name == b"if-range" and if_range is None:
                if_range = value.decode("latin-1")
        if http_range is None or (if_range is not None and not self._should_use_range(if_range)):
            return []
        return self._parse_range_header(http_range, file_size)

    async def _handle_simple(self, send: Send, send_header_only: bool, send_pathsend: bool) -> None:
        await send(
            {"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers}
        )
        if send_header_only:
            await send({"type": "http.response.body", "body": b"", "more_body": False})
        elif send_pathsend:
            await send({"type": "http.response.pathsend", "path": str(self.path)})
        else:
            chunk_size = self.chunk_size
            async with _responses_open_file(self.path) as file:
                more = True
                while more:
                    chunk = await file.read(chunk_size)
                    more = len(chunk) == chunk_size  # a short read means end of file
                    await send({"type": "http.response.body", "body": chunk, "more_body": more})

    async def _start_partial(self, send: Send, replace: Mapping[bytes, str], head: bool) -> bool:
        """Send the 206 start: our headers with `replace` put in. False for HEAD (no body)."""
        raw = [item for item in self.raw_headers if item[0] not in replace]
        raw.extend((name, value.encode("latin-1")) for name, value in replace.items())
        await send({"type": "http.response.start", "status": 206, "headers": raw})
        if head:
            await send({"type": "http.response.body", "body": b"", "more_body": False})
        return not head

    async def _handle_single_range(
        self, send: Send, start: int, end: int, file_size: int, send_header_only: bool
    ) -> None:
        content_range = f"bytes {start}-{end - 1}/{file_size}"
        replace = {b"content-range": content_range, b"content-length": str(end - start)}
        if not await self._start_partial(send, replace, send_header_only):
            return
        async with _responses_open_file(self.path) as file:
            await file.seek(start)
            remaining = end - start
            more_body = True
            while more_body:
                chunk = await file.read(min(self.chunk_size, remaining))
                remaining -= len(chunk)
                more_body = remaining > 0 and len(chunk) > 0
                await send({"type": "http.response.body", "body": chunk, "more_body": more_body})

    async def _handle_multiple_ranges(
        self, send: Send, ranges: list[tuple[int, int]], file_size: int, send_header_only: bool
    ) -> None:
        # 13 random bytes, as browsers use for their own boundaries: no one
        # can plant the boundary line in the file's bytes ahead of time.
        from secrets import token_hex  # deferred: keeps `import starlette` light

        boundary = token_hex(13)
        content_length, part_header = self.generate_multipart(
            ranges, boundary, file_size, self.headers["content-type"]
        )
        content_type = f"multipart/byteranges; boundary={boundary}"
        replace = {b"content-type": content_type, b"content-length": str(content_length)}
        if not await self._start_partial(send, replace, send_header_only):
            return
        async with _responses_open_file(self.path) as file:
            for start, end in ranges:
                header = part_header(start, end)
                await send({"type": "http.response.body", "body": header, "more_body": True})
                await file.seek(start)
                while start < end:
                    chunk = await file.read(min(self.chunk_size, end - start))
                    if not chunk:  # the file shrank since its size was taken
                        raise RuntimeError(f"File at path {self.path} is shorter than expected.")
                    start += len(chunk)
                    await send({"type": "http.response.body", "body": chunk, "more_body": True})
                await send({"type": "http.response.body", "body": b"\r\n", "more_body": True})
            closing = f"--{boundary}--".encode("latin-1")
            await send({"type": "http.response.body", "body": closing, "more_body": False})

    def _should_use_range(self, http_if_range: str) -> bool:
        # RFC 9110 section 13.1.5: If-Range needs a strong validator; a weak
        # ETag (W/"...") never matches, so the whole file is sent.
        if http_if_range.startswith("W/"):
            return False
        headers = self.headers
        return http_if_range == headers["last-modified"] or http_if_range == headers["etag"]

    @classmethod
    def _parse_ranges(cls, range_: str, file_size: int) -> list[tuple[int, int]]:
        # compat: pieces that are empty, lack a "-" or are not numbers are
        # skipped rather than refused; an end past the file means "to the end".
        ranges: list[tuple[int, int]] = []
        for part in range_.split(","):
            first, dash, last = part.partition("-")
            first, last = first.strip(), last.strip()
            if not dash or not (first or last):
                continue
            try:
                if not first:  # "-N": the last N bytes
                    ranges.append((max(file_size - int(last), 0), file_size))
                elif not last:  # "N-": from N to the end
                    ranges.append((int(first), file_size))
                else:
                    ranges.append((int(first), min(int(last) + 1, file_size)))
            except ValueError:  # not a number (or one of over 4300 digits)
                continue
        return ranges

    @classmethod
    def _parse_range_header(cls, http_range: str, file_size: int) -> list[tuple[int, int]]:
        """Parse `bytes=...` into sorted, merged (start, end-exclusive) pairs.

        [] means "send the whole file" (more than `max_ranges` ranges).

            >>> FileResponse._parse_range_header("bytes=0-9, 5-14, -5", 100)
            [(0, 15), (95, 100)]
        """
        units, sep, spec = http_range.partition("=")
        if not sep:
            raise MalformedRangeHeader()
        if units.strip().lower() != "bytes":
            raise MalformedRangeHeader("Only support bytes range")
        # Counted before parsing, so a header of thousands of ranges costs one scan.
        if spec.count(",") >= cls.max_ranges:
            return []
        ranges = cls._parse_ranges(spec, file_size)
        if not ranges:
            raise MalformedRangeHeader("Range header: range must be requested")
        # compat: every start is checked (416) before any order (400).
        if not all(0 <= start < file_size for start, _ in ranges):
            raise RangeNotSatisfiable(file_size)
        if not all(end > start for start, end in ranges):
            raise MalformedRangeHeader("Range header: start must be less than end")
        ranges.sort()
        merged: list[tuple[int, int]] = []
        for start, end in ranges:
            if merged and start <= merged[-1][1]:  # overlapping or touching: one part
                merged[-1] = (merged[-1][0], max(merged[-1][1], end))
            else:
                merged.append((start, end))
        return merged

    def generate_multipart(
        self, ranges: Sequence[tuple[int, int]], boundary: str, max_size: int, content_type: str
    ) -> tuple[int, Callable[[int, int], bytes]]:
        r"""The multipart/byteranges body's length, and a maker of its part headers.

        The body is, for each range, a part header, the bytes and a line
        break, then a closing line:

            --{boundary}\r\n
            Content-Type: {content_type}\r\n
            Content-Range: bytes {start}-{end-1}/{max_size}\r\n
            \r\n
            ...the bytes...\r\n
            --{boundary}--
        """

        def part_header(start: int, end: int) -> bytes:
            return (
                f"--{boundary}\r\nContent-Type: {content_type}\r\n"
                f"Content-Range: bytes {start}-{end - 1}/{max_size}\r\n\r\n"
            ).encode("latin-1")

        body_length = sum(len(part_header(start, end)) + (end - start) + 2 for start, end in ranges)
        return body_length + len(boundary) + 4, part_header


# =============================================================================
# extra: server-sent events: EventSourceResponse, ServerSentEvent, parse_event_stream
# =============================================================================
# Server-sent events (HTML Living Standard, section 9.2) are one long HTTP
# response of type text/event-stream that the browser's EventSource reads as
# it arrives. Each event is a block of "field: value" lines ended by a blank
# line; "data" lines are joined with "\n", a line opening with ":" is a
# comment (used as a keep-alive), and a reconnecting browser sends the last
# "id" it saw back as the Last-Event-ID request header:
#
#     event: price            <- the listener: addEventListener("price", ...)
#     id: 42                  <- remembered, sent back as Last-Event-ID
#     retry: 5000             <- wait 5 s before reconnecting
#     data: {"eur": 1.09}     <- one "data:" line per line of the payload
#                             <- a blank line dispatches the event
#
# Over ASGI each event is one body message, sent the moment it is ready:
#
#     {"type": "http.response.body", "body": b"data: hi\n\n", "more_body": True}
#
# The stream has no natural end, so the response watches receive() for
# {"type": "http.disconnect"} and sends a comment every `ping` seconds: an
# ASGI 2.4 server raises OSError from send() once the client is gone, so the
# ping notices a silent departure within one interval. Either way the
# generator is cancelled and closed, and its `finally:` blocks run.

# HTML section 9.2.5: a line ends at CRLF, LF or CR, whichever comes first.
_SSE_LINE_END = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True, slots=True)
class ServerSentEvent:
    """One event of a text/event-stream; fields left None are not sent.

    `data` may be str, bytes (UTF-8), or anything else JSON can encode; it is
    kept as the text sent. `event` and `id` must fit on one line and `retry`
    (milliseconds) must be an int, or building the event raises ValueError.

        >>> ServerSentEvent({"n": 1}, event="tick", id="1").encode()
        b'event: tick\\nid: 1\\ndata: {"n":1}\\n\\n'
        >>> ServerSentEvent("two\\nlines").encode()
        b'data: two\\ndata: lines\\n\\n'
    """

    data: Any = None
    event: str | None = None
    id: str | None = None
    retry: int | None = None
    comment: str | None = None

    def __post_init__(self) -> None:
        given_id: object = self.id
        if type(given_id) is int:  # ids are text on the wire; allow the common int
            object.__setattr__(self, "id", str(given_id))
        for name in ("event", "id"):
            value = getattr(self, name)
            # A line break would end the field early and the rest would be
            # read as another field; HTML ignores an id containing NUL.
            if value is not None and not (isinstance(value, str) and _sse_one_line(value)):
                raise ValueError(f"ServerSentEvent {name} must be one line of text: {value!r}")
        if self.retry is not None and (type(self.retry) is not int or self.retry < 0):
            raise ValueError(f"ServerSentEvent retry must be an int >= 0 (ms): {self.retry!r}")
        if self.data is not None and not isinstance(self.data, str):
            # Stored as the text that goes on the wire, so parse_event_stream()
            # gives back an equal event.
            object.__setattr__(self, "data", _sse_text(self.data))

    def encode(self) -> bytes:
        """This event in the event-stream format, blank line included."""
        lines = []
        if self.comment is not None:
            lines += [": " + line for line in _SSE_LINE_END.split(self.comment)]
        for name in ("event", "id", "retry"):
            value = getattr(self, name)
            if value is not None:
                lines.append(f"{name}: {value}")
        if self.data is not None:
            lines += ["data: " + line for line in _SSE_LINE_END.split(self.data)]
        return ("\n".join(lines) + "\n\n").encode("utf-8")


def _sse_one_line(value: str) -> bool:
    return "\n" not in value and "\r" not in value and "\0" not in value


def _sse_json(data: Any) -> str:
    """Compact JSON, as JSONResponse writes it (one line: JSON escapes line breaks)."""
    return json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def _sse_text(data: Any) -> str:
    if isinstance(data, bytes):
        return data.decode("utf-8")  # the event stream is UTF-8 (HTML 9.2.5)
    return _sse_json(data)


def _sse_encode(item: Any) -> bytes:
    """One stream item as wire bytes: str, bytes, dict or list (JSON), or an event."""
    if isinstance(item, str):
        if "\n" in item or "\r" in item:  # rare: one "data:" line per line
            return ServerSentEvent(item).encode()
        return f"data: {item}\n\n".encode()
    if isinstance(item, dict | list):
        return f"data: {_sse_json(item)}\n\n".encode()
    if isinstance(item, ServerSentEvent):
        return item.encode()
    if isinstance(item, bytes):
        return _sse_encode(item.decode("utf-8"))
    raise TypeError(
        f"An event stream item must be str, bytes, dict, list or ServerSentEvent, "
        f"not {type(item).__name__!r}"
    )


class _SSEStream:
    """One event stream in flight: the items, the pings and the disconnect watch.

    Items and pings share `send`; ASGI wants one message at a time, so a ping
    is skipped while an item is being sent, and an item waits for a ping.
    """

    __slots__ = ("send", "scope", "busy", "pinging", "gone")

    def __init__(self, send: Send, scope: anyio.CancelScope) -> None:
        self.send, self.scope = send, scope
        self.busy = False  # an item is being sent: no ping needed
        self.pinging: anyio.Event | None = None  # set while a ping is being sent
        self.gone = False  # the client left: send nothing more

    async def items(self, body: AsyncIterable[Any]) -> None:
        send = self.send
        try:
            async for item in body:
                chunk = _sse_encode(item)
                if self.pinging is not None:
                    await self.pinging.wait()
                self.busy = True
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
                self.busy = False
            await send({"type": "http.response.body", "body": b"", "more_body": False})
        except OSError:  # ASGI 2.4: the client is gone
            self.leave()

    async def keep_alive(self, interval: float) -> None:
        while True:
            await anyio.sleep(interval)
            if self.busy:
                continue
            self.pinging = done = anyio.Event()
            try:
                await self.send(
                    {"type": "http.response.body", "body": b": ping\n\n", "more_body": True}
                )
            except OSError:  # ASGI 2.4: the client is gone
                self.leave()
            finally:
                self.pinging = None
                done.set()

    async def watch(self, receive: Receive) -> None:
        await _responses_wait_for_disconnect(receive)
        self.leave()

    def leave(self) -> None:
        self.gone = True
        self.scope.cancel()


# An event stream never ends by itself, and a server that stops gracefully
# waits for its open responses to end: uvicorn would wait forever. So open
# streams are listed here, and the servers this file starts (run(), serve(),
# and the built-in server) end them when asked to stop, from whatever thread.
_SSE_OPEN: dict[anyio.CancelScope, Callable[[Callable[[], object]], object]] = {}


@contextmanager
def _sse_open_stream() -> Iterator[anyio.CancelScope]:
    """A cancel scope around one stream's items, listed in _SSE_OPEN while open."""
    token = anyio.lowlevel.current_token()
    loop: Any = getattr(token, "native_token", token)  # an asyncio loop, or a TrioToken
    with anyio.CancelScope() as scope:
        # It schedules a call in that loop, safely from any thread (its own too).
        _SSE_OPEN[scope] = getattr(loop, "call_soon_threadsafe", None) or loop.run_sync_soon
        try:
            yield scope
        finally:
            del _SSE_OPEN[scope]


def _sse_end_streams() -> None:
    """End every open event stream cleanly: the server is stopping."""
    for scope, call_soon in list(_SSE_OPEN.items()):
        call_soon(scope.cancel)


class EventSourceResponse(StreamingResponse):
    """A text/event-stream response: each item of `content` is sent as an event.

    Items may be str (the data), bytes (UTF-8 data), dict or list (sent as
    JSON data) or ServerSentEvent (all fields). A sync iterable is advanced in
    a worker thread. Every `ping` seconds a ": ping" comment keeps proxies
    from closing an idle connection (None: no pings). When the client leaves,
    the generator is cancelled and closed. A browser that reconnects sends the
    last id it received, for the endpoint to resume from:

        async def events(request):
            start = int(request.headers.get("last-event-id", "0"))

            async def numbers():
                for n in range(start + 1, start + 100):
                    yield ServerSentEvent(n, id=str(n))
                    await anyio.sleep(1)

            return EventSourceResponse(numbers())

    GZipMiddleware leaves it alone (X-Accel-Buffering: no): compression would hold
    events back until a buffer fills.
    """

    media_type = "text/event-stream"

    def __init__(
        self,
        content: Iterable[Any] | AsyncIterable[Any],
        status_code: int = 200,
        headers: _ResponseHeaderMap = None,
        media_type: str | None = None,
        background: _ResponseTask = None,
        *,
        ping: float | None = 15,
    ) -> None:
        super().__init__(content, status_code, headers, media_type, background)
        self.ping = ping
        self.source = content
        self.headers.setdefault("cache-control", "no-cache")
        # nginx buffers responses by default; this header turns it off.
        self.headers.setdefault("x-accel-buffering", "no")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        start = {"type": "http.response.start", "status": self.status_code}
        await send({**start, "headers": self.raw_headers})
        try:
            async with create_collapsing_task_group() as task_group:
                stream = _SSEStream(send, task_group.cancel_scope)
                task_group.start_soon(stream.watch, receive)
                if self.ping is not None:
                    task_group.start_soon(stream.keep_alive, self.ping)
                with _sse_open_stream() as stopping:
                    await stream.items(self.body_iterator)
                if stopping.cancelled_caught:  # the server is stopping: end the stream cleanly
                    await send({"type": "http.response.body", "body": b"", "more_body": False})
                task_group.cancel_scope.cancel()
        finally:
            await self._close_source()
        if self.background is not None:
            await self.background()

    async def _close_source(self) -> None:
        # Cancelled between items, a generator still waits at its `yield`:
        # closing it runs its `finally:` blocks now, not at garbage collection.
        # Anything else with aclose() (a memory stream's receiving end) is closed too.
        aclose = getattr(self.body_iterator, "aclose", None)
        if aclose is not None:
            await aclose()
        if isinstance(self.source, Generator):
            self.source.close()


def parse_event_stream(stream: str | bytes | Iterable[str]) -> list[ServerSentEvent]:
    """The events in an event stream (text, bytes, or lines), for tests.

    Follows HTML section 9.2.6, except that each event keeps the fields of its
    own block (no id carried over) and blocks without data count too. A block
    of comments only (a ping) is skipped; comments on an event are kept.

        >>> stream = "event: tick\\ndata: 1\\n\\n: ping\\n\\ndata: a\\ndata: b\\n\\n"
        >>> [(event.event, event.data) for event in parse_event_stream(stream)]
        [('tick', '1'), (None, 'a\\nb')]
    """
    if isinstance(stream, bytes):
        stream = stream.decode("utf-8")
    if isinstance(stream, str):
        stream = _SSE_LINE_END.split(stream.removeprefix("\ufeff"))
    events: list[ServerSentEvent] = []
    fields: dict[str, Any] = {}
    for line in stream:
        if not line:  # a blank line ends the block
            if set(fields) - {"comment"}:
                events.append(ServerSentEvent(**fields))
            fields = {}
            continue
        name, colon, value = line.partition(":")
        value = value.removeprefix(" ") if colon else ""
        if name in ("data", ""):  # a line opening with ":" is a comment
            key = "data" if name else "comment"
            fields[key] = f"{fields[key]}\n{value}" if key in fields else value
        elif name == "event" or (name == "id" and "\0" not in value):
            fields[name] = value
        elif name == "retry" and value.isascii() and value.isdigit():
            fields["retry"] = int(value)
        # HTML 9.2.6: any other field name is ignored.
    return events


# =============================================================================
# starlette.websockets: WebSocket, WebSocketDisconnect
# =============================================================================
# A websocket reaches an ASGI app as a scope with "type": "websocket" (path,
# headers, "subprotocols": [...]) and a conversation of messages. Two state
# machines run side by side, one per direction.
#
# What the server (the client's side) sends, read with `receive()`:
#
#     {"type": "websocket.connect"}                          CONNECTING -> CONNECTED
#     {"type": "websocket.receive", "text": "hi"}             (or "bytes": b"...")
#     {"type": "websocket.disconnect", "code": 1000, "reason": ""}   -> DISCONNECTED
#
# What the application sends back with `send()`:
#
#     {"type": "websocket.accept", "subprotocol": None, "headers": []}
#                                                            CONNECTING -> CONNECTED
#     {"type": "websocket.send", "text": "hi"}                (or "bytes": b"...")
#     {"type": "websocket.close", "code": 1000, "reason": ""}  -> DISCONNECTED
#
# A close before accept refuses the handshake (the server answers HTTP 403).
# Servers offering the "websocket.http.response" extension also let the app
# refuse with a full HTTP response instead, sent as
#
#     {"type": "websocket.http.response.start", "status": 403, "headers": [...]}
#                                                            CONNECTING -> RESPONSE
#     {"type": "websocket.http.response.body", "body": b"...", "more_body": False}
#                                                            RESPONSE -> DISCONNECTED
#
# Close codes are RFC 6455 section 7.4.1's (see the WS_* constants above).
# (Bigger than Starlette's module: it quotes these, and handles malformed input.)


class WebSocketState(enum.Enum):
    """Where one direction of a websocket conversation stands.

    The values are Starlette's, numbered from 0 in the order listed.

    >>> [state.value for state in WebSocketState]
    [0, 1, 2, 3]
    """

    CONNECTING, CONNECTED, DISCONNECTED, RESPONSE = range(4)

    # Members are singletons compared by identity, so identity can hash them.
    # Enum's own __hash__ is Python code (hash of the name), and the state
    # tables below look a state up on every message: 1.9 us of an echo's 21.
    __hash__ = object.__hash__


# The members as plain globals, as routing does for Match: Python 3.11 looks
# `WebSocketState.CONNECTED` up through a descriptor (60 ns, several per message).
_WS_CONNECTING, _WS_CONNECTED, _WS_DISCONNECTED, _WS_RESPONSE = WebSocketState


class WebSocketDisconnect(Exception):
    """The peer closed the websocket, with an RFC 6455 close `code` and a `reason`.

    >>> exc = WebSocketDisconnect(1001, "going away")
    >>> exc.code, exc.reason
    (1001, 'going away')
    """

    def __init__(self, code: int = 1000, reason: str | None = None) -> None:
        self.code = code
        self.reason = reason or ""
        super().__init__(code, self.reason)


class WebSocketDisconnected(RuntimeError):
    """Raised when using a websocket that is already closed or not yet accepted."""


class _WebSocketDataError(ValueError):
    """A message the application cannot use, and the close `code` that says so.

    receive_text/receive_bytes/receive_json raise it (never UnicodeDecodeError
    or RecursionError) so an endpoint can answer `await websocket.close(exc.code)`:
    1003 (unsupported data) for the wrong frame type or malformed JSON, 1007
    (invalid payload) for bytes that are not UTF-8. The subclasses are also
    what Starlette raises: _WebSocketFrameError a KeyError, _WebSocketJSONError
    a json.JSONDecodeError.
    """

    def __init__(self, message: str, code: int = WS_1003_UNSUPPORTED_DATA) -> None:
        super().__init__(message)
        self.code = code


class _WebSocketFrameError(_WebSocketDataError, KeyError):
    """A text frame where bytes were expected, or the reverse (compat: a KeyError,
    as Starlette's lookup of the missing "text" or "bytes" key raises)."""

    __str__ = ValueError.__str__  # the plain message, not KeyError's repr() of it


class _WebSocketJSONError(_WebSocketDataError, json.JSONDecodeError):
    """A websocket message that is not the JSON document it should be."""

    def __init__(self, message: str, doc: str, pos: int, code: int = WS_1003_UNSUPPORTED_DATA):
        json.JSONDecodeError.__init__(self, message, doc, pos)
        self.code = code


def _websocket_json_loads(data: str | bytes) -> Any:
    """Decode a websocket message as JSON, or raise _WebSocketJSONError with its close code.

    Binary messages must be UTF-8 (RFC 8259 section 8.1). The JSON parser
    recurses once per nesting level, so a deep document is refused, not a crash:

        >>> _websocket_json_loads(b'{"a": [1]}')
        {'a': [1]}
        >>> try:
        ...     _websocket_json_loads("[" * 100_000)
        ... except ValueError as exc:
        ...     print(exc.code, exc.msg)
        1003 JSON nested too deeply
    """
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            code = WS_1007_INVALID_FRAME_PAYLOAD_DATA
            raise _WebSocketJSONError("Binary message is not UTF-8", "", exc.start, code) from None
    try:
        return json.loads(data)
    except json.JSONDecodeError as exc:
        raise _WebSocketJSONError(exc.msg, exc.doc, exc.pos) from None
    except RecursionError:
        raise _WebSocketJSONError("JSON nested too deeply", data, 0) from None


# The two state machines of the preamble: for each state, the message types
# allowed next and the state each one leads to. A state missing here is final.
_WS_FROM_CLIENT: dict[WebSocketState, dict[str, WebSocketState]] = {
    _WS_CONNECTING: {"websocket.connect": _WS_CONNECTED},
    _WS_CONNECTED: {"websocket.receive": _WS_CONNECTED, "websocket.disconnect": _WS_DISCONNECTED},
}
_WS_FROM_APP: dict[WebSocketState, dict[str, WebSocketState]] = {
    _WS_CONNECTING: {
        "websocket.accept": _WS_CONNECTED,
        "websocket.close": _WS_DISCONNECTED,
        "websocket.http.response.start": _WS_RESPONSE,
    },
    _WS_CONNECTED: {"websocket.send": _WS_CONNECTED, "websocket.close": _WS_DISCONNECTED},
    # the last body chunk ("more_body" False) moves on to DISCONNECTED
    _WS_RESPONSE: {"websocket.http.response.body": _WS_RESPONSE},
}


def _websocket_json_encode(data: Any) -> str:
    """send_json's encoding, shared with the TestClient (compat: Starlette's json.dumps
    call, so a patch sees it; NaN and Infinity pass, unlike JSONResponse)."""
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False)


_WS_NOT_ACCEPTED = 'WebSocket is not connected. Need to call "accept" first.'


def _ws_not_data(message: Message, wrong_frame: str) -> Exception:
    """The error for a received message that carries no data of the kind asked for."""
    if message["type"] == "websocket.disconnect":
        # ASGI: 1005 ("no status received") when the close frame carried no code.
        code = message.get("code", WS_1005_NO_STATUS_RCVD)
        return WebSocketDisconnect(code, message.get("reason"))
    return _WebSocketFrameError(wrong_frame)


def _ws_unexpected(allowed: Iterable[str], got: str) -> RuntimeError:
    """The error for a message the state machine does not allow, naming what would be."""
    names = [f'"{name}"' for name in allowed]
    expected = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]
    return RuntimeError(f"Expected ASGI message {expected}, but got {got!r}")


class WebSocket(HTTPConnection[StateT]):
    """One websocket connection: the scope as a mapping, plus typed send/receive.

    A typical endpoint:

        async def echo(websocket: WebSocket) -> None:
            await websocket.accept()
            async for text in websocket.iter_text():
                await websocket.send_text(text)

    `client_state` and `application_state` follow the two state machines of
    this section; a message out of order raises RuntimeError, and using the
    socket after it closed raises WebSocketDisconnected.
    """

    def __init__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "websocket":
            raise AssertionError(f"WebSocket needs a websocket scope, not {scope['type']!r}")
        super().__init__(scope)
        self._receive = receive
        self._send = send
        self.client_state = _WS_CONNECTING
        self.application_state = _WS_CONNECTING

    async def receive(self) -> Message:
        """Receive the next ASGI message, checking it against the client's state machine."""
        allowed = _WS_FROM_CLIENT.get(self.client_state)
        if allowed is None:
            raise WebSocketDisconnected(
                'Cannot call "receive" once a disconnect message has been received.'
            )
        message = await self._receive()
        state = allowed.get(message["type"])
        if state is None:
            raise _ws_unexpected(allowed, message["type"])
        self.client_state = state
        return message

    async def send(self, message: Message) -> None:
        """Send an ASGI message, checking it against the application's state machine."""
        current = self.application_state
        allowed = _WS_FROM_APP.get(current)
        if allowed is None:
            raise WebSocketDisconnected('Cannot call "send" once a close message has been sent.')
        state = allowed.get(message["type"])
        if state is None:
            raise _ws_unexpected(allowed, message["type"])
        if current is _WS_RESPONSE and not message.get("more_body", False):
            state = _WS_DISCONNECTED
        self.application_state = state
        if current is not _WS_CONNECTED:
            await self._send(message)
            return
        try:
            await self._send(message)
        except OSError:
            # ASGI: servers raise OSError (or a subclass) from send() once the
            # client has gone; report it as an abnormal closure.
            self.application_state = _WS_DISCONNECTED
            raise WebSocketDisconnect(code=WS_1006_ABNORMAL_CLOSURE) from None

    async def accept(
        self,
        subprotocol: str | None = None,
        headers: Iterable[tuple[bytes, bytes]] | None = None,
    ) -> None:
        """Complete the handshake, first reading "websocket.connect" if still due."""
        if self.client_state is _WS_CONNECTING:
            await self.receive()
        accept = {"type": "websocket.accept", "subprotocol": subprotocol}
        await self.send({**accept, "headers": list(headers or ())})

    # Only the common case is checked inline; any other message goes to _ws_not_data.

    async def receive_text(self) -> str:
        if self.application_state is not _WS_CONNECTED:
            raise WebSocketDisconnected(_WS_NOT_ACCEPTED)
        message = await self.receive()
        text: str | None = message.get("text")
        if text is None:
            raise _ws_not_data(message, "Expected a text websocket message, but got bytes")
        return text

    async def receive_bytes(self) -> bytes:
        if self.application_state is not _WS_CONNECTED:
            raise WebSocketDisconnected(_WS_NOT_ACCEPTED)
        message = await self.receive()
        data: bytes | None = message.get("bytes")
        if data is None:
            raise _ws_not_data(message, "Expected a bytes websocket message, but got text")
        return data

    async def receive_json(self, mode: str = "text") -> Any:
        """Receive one message and decode it as JSON (see _websocket_json_loads)."""
        if mode not in ("text", "binary"):
            raise RuntimeError('The "mode" argument should be "text" or "binary".')
        if mode == "text":
            return _websocket_json_loads(await self.receive_text())
        return _websocket_json_loads(await self.receive_bytes())

    async def _iterate(self, receive: Callable[[], Awaitable[T]]) -> AsyncIterator[T]:
        while True:
            try:
                item = await receive()
            except WebSocketDisconnect:
                return  # the client left: the loop simply ends
            yield item

    def iter_text(self) -> AsyncIterator[str]:
        """Yield text messages until the client disconnects: `async for text in ws.iter_text()`."""
        return self._iterate(self.receive_text)

    def iter_bytes(self) -> AsyncIterator[bytes]:
        """Yield binary messages until the client disconnects."""
        return self._iterate(self.receive_bytes)

    def iter_json(self) -> AsyncIterator[Any]:
        """Yield JSON text messages until the client disconnects."""
        return self._iterate(self.receive_json)

    async def send_text(self, data: str) -> None:
        await self.send({"type": "websocket.send", "text": data})

    async def send_bytes(self, data: bytes) -> None:
        await self.send({"type": "websocket.send", "bytes": data})

    async def send_json(self, data: Any, mode: str = "text") -> None:
        """Send `data` as compact JSON, in a text frame or (mode="binary") a UTF-8 bytes one."""
        if mode not in ("text", "binary"):
            raise RuntimeError('The "mode" argument should be "text" or "binary".')
        encoded = _websocket_json_encode(data)
        if mode == "binary":
            await self.send_bytes(encoded.encode("utf-8"))
        else:
            await self.send_text(encoded)

    async def close(self, code: int = 1000, reason: str | None = None) -> None:
        await self.send({"type": "websocket.close", "code": code, "reason": reason or ""})

    async def send_denial_response(self, response: Response) -> None:
        """Refuse the handshake with an HTTP response (the websocket.http.response extension)."""
        if "websocket.http.response" not in self.scope.get("extensions", {}):
            raise RuntimeError(
                "The server doesn't support the Websocket Denial Response extension."
            )
        await response(self.scope, self.receive, self.send)


class WebSocketClose:
    """An ASGI app that refuses (or ends) a websocket with a close code.

    Routers use it when no route matches a websocket: `WebSocketClose()` sends
    {"type": "websocket.close", "code": 1000, "reason": ""}.
    """

    def __init__(self, code: int = 1000, reason: str | None = None) -> None:
        self.code = code
        self.reason = reason or ""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "websocket.close", "code": self.code, "reason": self.reason})


# =============================================================================
# starlette._exception_handler: handler lookup and wrapping
# =============================================================================
# An ASGI app reports failure by raising. Starlette lets an application map
# exception classes (and, for HTTPException, status codes) to handlers that
# turn the exception into a response. ExceptionMiddleware publishes the two
# tables in the scope, where every route can find them:
#
#     scope["starlette.exception_handlers"] = (handlers_by_class, handlers_by_status)
#
# ExceptionMiddleware (for what the router or a middleware raises) and each
# route's endpoint adapter (so a handler gets the Request the endpoint read)
# both hand what they catch to `_send_handled_response`: the one place where a
# handler is found, run and its response sent. One rule shapes it. ASGI: once
# {"type": "http.response.start", ...} is sent, the status line and headers
# are on the wire; a handler can no longer reply, so the exception goes on.

ExceptionHandlers = dict[Any, ExceptionHandler]
StatusHandlers = dict[int, ExceptionHandler]
_HandlerTables = tuple[ExceptionHandlers, StatusHandlers]


def _lookup_exception_handler(
    exc_handlers: ExceptionHandlers, exc: Exception
) -> ExceptionHandler | None:
    """Find the handler registered for the exception's class or its nearest base.

    >>> class Missing(KeyError): ...
    >>> handlers = {LookupError: "lookup", Exception: "any"}
    >>> _lookup_exception_handler(handlers, Missing())
    'lookup'
    """
    for cls in type(exc).__mro__:  # most specific class first
        handler = exc_handlers.get(cls)
        if handler is not None:
            return handler
    return None


async def _call_exception_handler(
    handler: ExceptionHandler, conn: Request | WebSocket, exc: Exception
) -> Response | None:
    """Call a handler: awaited if async, else run in a worker thread."""
    if is_async_callable(handler):
        return await handler(conn, exc)  # type: ignore[no-any-return]  # union of handler types
    # A global lookup on purpose (tests patch run_in_threadpool); mypy cannot narrow the union.
    return await run_in_threadpool(handler, conn, exc)  # type: ignore[arg-type]


async def _send_handled_response(
    tables: _HandlerTables | None,
    exc: Exception,
    conn: Request | WebSocket,
    scope: Scope,
    receive: Receive,
    send: _ResponseStartTracker,
) -> None:
    """Answer `exc` with its handler's response (status code first, then class MRO), or re-raise."""
    by_class, by_status = tables or ({}, {})
    handler = by_status.get(exc.status_code) if isinstance(exc, HTTPException) else None
    if handler is None:
        handler = _lookup_exception_handler(by_class, exc)
        if handler is None:
            raise exc
    if send.started:
        raise RuntimeError("Caught handled exception, but response already started.") from exc
    response = await _call_exception_handler(handler, conn, exc)
    if response is not None:  # websocket handlers reply by closing, and return None
        await response(scope, receive, send)
    # A handled exception object may be raised again on later requests (a module
    # level constant, say); its traceback would keep this request's frames alive.
    exc.__traceback__ = None


def wrap_app_handling_exceptions(app: ASGIApp, conn: Request | WebSocket) -> ASGIApp:
    """Wrap `app` so exceptions it raises reach the handlers found in `conn.scope`.

    Handlers get `conn` (the same Request or WebSocket the endpoint saw) and the
    exception. An exception with no handler propagates unchanged.
    """
    tables = conn.scope.get("starlette.exception_handlers")  # None: no ExceptionMiddleware

    async def handling_exceptions(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":  # only an HTTP response can have "started"
            send = _ResponseStartTracker(send)
        try:
            await app(scope, receive, send)
        except Exception as exc:
            tracker = send if type(send) is _ResponseStartTracker else _ResponseStartTracker(send)
            await _send_handled_response(tables, exc, conn, scope, receive, tracker)

    return handling_exceptions


# =============================================================================
# starlette.authentication: requires, users, credentials
# =============================================================================
# ASGI has no notion of a user. AuthenticationMiddleware (further down) asks a
# backend who is calling and stores the answer in the connection scope:
#
#     scope["auth"] = AuthCredentials(["authenticated", "admin"])
#     scope["user"] = SimpleUser("ada")      # or UnauthenticatedUser()
#
# so every Request and WebSocket built from that scope has `.auth` and `.user`.
# This section holds those value classes and the `requires` decorator, which
# checks `.auth.scopes` before an endpoint runs: a refused HTTP request gets a
# 403 (or a redirect to a login page), a refused websocket is closed.


def has_required_scope(conn: HTTPConnection, scopes: Sequence[str]) -> bool:
    """True if the connection's credentials include every one of `scopes`."""
    return all(scope in conn.auth.scopes for scope in scopes)


def _auth_pick(args: Sequence[Any], kwargs: dict[str, Any], name: str, index: int) -> Any:
    """The connection object an endpoint was called with, by keyword or position."""
    conn = kwargs[name] if name in kwargs else args[index] if index < len(args) else None
    expected = WebSocket if name == "websocket" else Request
    if not isinstance(conn, expected):
        raise TypeError(
            f"Parameter with name {name!r} is required to be of type "
            f"{expected.__name__!r} not {type(conn).__name__!r}"
        )
    return conn


def _auth_refuse(request: Request, status_code: int, redirect: str | None) -> Response:
    """Answer a request that lacks a scope: redirect to `redirect`, or raise."""
    if redirect is None:
        raise HTTPException(status_code=status_code)
    # Redirect with a path only: url_for builds absolute URLs from the Host
    # header, which the client controls, so an absolute Location could be
    # pointed at any site. Browsers resolve a path against the page's origin.
    target = request.url_for(redirect)
    location = "/" + target.path.lstrip("/")  # never `//host`, a scheme-relative URL
    # compat: `next` carries the full URL of the refused page, as in Starlette.
    query = urlencode({"next": str(request.url)})
    return RedirectResponse(url=f"{location}?{query}", status_code=303)


def requires(
    scopes: str | Sequence[str], status_code: int = 403, redirect: str | None = None
) -> Callable[[Callable[P, Any]], Callable[P, Any]]:
    """Let an endpoint run only if the connection has all of `scopes`.

    Works on sync and async functions and methods whose signature names a
    `request` or `websocket` parameter. A refused request raises
    HTTPException(status_code), or with `redirect` (a route name) answers 303
    to that route with `?next=<this URL>`. A refused websocket is closed.

        @requires("authenticated", redirect="login")
        async def dashboard(request):
            ...
    """
    required = [scopes] if isinstance(scopes, str) else list(scopes)

    def decorator(func: Callable[P, Any]) -> Callable[P, Any]:
        # The endpoint's `request` or `websocket` parameter: its name and position.
        names = list(inspect.signature(func).parameters)
        name = next((n for n in names if n in ("request", "websocket")), None)
        if name is None:  # compat: Starlette raises a bare Exception here.
            raise Exception(f'No "request" or "websocket" argument on function "{func}"')
        index = names.index(name)

        if name == "websocket" or is_async_callable(func):

            async def async_wrapper(*args: P.args, **kwargs: P.kwargs) -> Any:
                conn = _auth_pick(args, kwargs, name, index)
                if has_required_scope(conn, required):
                    return await func(*args, **kwargs)
                if name == "websocket":
                    return await conn.close()
                return _auth_refuse(conn, status_code, redirect)

            return functools.wraps(func)(async_wrapper)

        def sync_wrapper(*args: P.args, **kwargs: P.kwargs) -> Any:
            request = _auth_pick(args, kwargs, name, index)
            if has_required_scope(request, required):
                return func(*args, **kwargs)
            return _auth_refuse(request, status_code, redirect)

        return functools.wraps(func)(sync_wrapper)

    return decorator


class AuthenticationError(Exception):
    """Raised by a backend for bad credentials; the middleware answers 400 (or on_error)."""


class AuthenticationBackend:
    """Decides who is calling. Subclass it and implement `authenticate`."""

    async def authenticate(self, conn: HTTPConnection) -> tuple[AuthCredentials, BaseUser] | None:
        """Return (credentials, user), None for anonymous, or raise AuthenticationError."""
        raise NotImplementedError()  # pragma: no cover - abstract


class AuthCredentials:
    """The scopes (permission names) a connection was granted.

    >>> AuthCredentials(["authenticated", "admin"]).scopes
    ['authenticated', 'admin']
    """

    def __init__(self, scopes: Sequence[str] | None = None):
        self.scopes = list(scopes) if scopes is not None else []


class BaseUser:
    """The interface every user object offers to endpoints and templates."""

    @property
    def is_authenticated(self) -> bool:
        raise NotImplementedError()  # pragma: no cover - abstract

    @property
    def display_name(self) -> str:
        raise NotImplementedError()  # pragma: no cover - abstract

    @property
    def identity(self) -> str:
        raise NotImplementedError()  # pragma: no cover - abstract


class SimpleUser(BaseUser):
    """A signed-in user known only by a username.

    >>> user = SimpleUser("ada")
    >>> user.is_authenticated, user.display_name, user.identity
    (True, 'ada', 'ada')
    """

    is_authenticated = True

    def __init__(self, username: str) -> None:
        self.username = username

    @property
    def display_name(self) -> str:
        return self.username

    identity = display_name  # the same property: the username is the identity


class UnauthenticatedUser(BaseUser):
    """The anonymous caller: not signed in, with an empty name and identity.

    >>> UnauthenticatedUser().is_authenticated
    False
    """

    is_authenticated = False
    display_name = ""
    identity = ""


# =============================================================================
# starlette.middleware: the Middleware spec
# =============================================================================
# ASGI middleware is just an ASGI app that holds another one:
#
#     class Timing:
#         def __init__(self, app): self.app = app
#         async def __call__(self, scope, receive, send):
#             ...                                  # before
#             await self.app(scope, receive, send)
#             ...                                  # after
#
# An application does not build the chain itself at import time: it records a
# `Middleware(cls, *args, **kwargs)` for each layer and calls
# `cls(app, *args, **kwargs)` when the first request (or lifespan) arrives.
# (This lesson, and the typing below, make the section longer than Starlette's module.)

# compat: Starlette's ASGIApp differs from asgiref's, so factories are typed
# against these looser shapes to accept both without complaint.
_MwScope = Any
_MwReceive = Callable[[], Awaitable[Any]]
_MwSend = Callable[[Any], Awaitable[None]]
_MwASGIApp = Callable[[_MwScope, _MwReceive, _MwSend], Awaitable[None]]


class _MiddlewareFactory(Protocol[P]):
    """Anything called as `factory(app, *args, **kwargs)` that returns an ASGI app."""

    def __call__(
        self, app: _MwASGIApp, /, *args: P.args, **kwargs: P.kwargs
    ) -> _MwASGIApp: ...  # pragma: no cover - a Protocol method is never called


class Middleware:
    """One middleware layer, waiting to be built around an app.

    It unpacks like a tuple, which is how the application builds the stack:

        >>> class Tag:
        ...     def __init__(self, app, name, *, loud=False): ...
        >>> spec = Middleware(Tag, "a", loud=True)
        >>> spec
        Middleware(Tag, 'a', loud=True)
        >>> cls, args, kwargs = spec
        >>> cls is Tag, args, kwargs
        (True, ('a',), {'loud': True})
    """

    __slots__ = ("cls", "args", "kwargs")

    def __init__(self, cls: _MiddlewareFactory[P], *args: P.args, **kwargs: P.kwargs) -> None:
        self.cls, self.args, self.kwargs = cls, args, kwargs

    def __iter__(self) -> Iterator[Any]:
        return iter((self.cls, self.args, self.kwargs))

    def __repr__(self) -> str:
        parts = [getattr(self.cls, "__name__", "")]
        parts += [repr(arg) for arg in self.args]
        parts += [f"{key}={value!r}" for key, value in self.kwargs.items()]
        return f"{type(self).__name__}({', '.join(parts)})"


# =============================================================================
# starlette.middleware.base: BaseHTTPMiddleware
# =============================================================================
# BaseHTTPMiddleware turns the ASGI message protocol back into a function call:
#
#     async def dispatch(request, call_next):
#         response = await call_next(request)   # run the rest of the app
#         response.headers["X-Time"] = "..."
#         return response
#
# `call_next` cannot simply await the inner app, because an app does not
# *return* a response: it *sends* one, as a series of messages,
#
#     {"type": "http.response.start", "status": 200, "headers": [...]}
#     {"type": "http.response.body", "body": b"...", "more_body": True}
#     {"type": "http.response.body", "body": b"", "more_body": False}
#
# and then may keep running (background tasks). So the inner app runs in a
# task of its own, beside `dispatch`, and the two meet at a relay:
#
#     the inner app's task                    dispatch's task
#     send(start)  ---> _Channel ---------->  call_next returns a Response
#     send(body)   ---> (no buffer) ------->  that Response's body, sent on
#     receive()    <--- the client's messages, then http.disconnect
#
# The channel holds no message: the app's send() returns once dispatch has
# taken it, so each chunk goes out as soon as it is made, and a slow client
# slows the app down instead of filling memory. As each side in turn waits
# for the other, a cancellation (a timeout around the request) gets through
# even when the server's send() never waits. A task group holds the app's
# task: if dispatch fails, or the request is cancelled, so is the app.
# Four rules keep Starlette's semantics:
#   * the app's last body message is held until the outer response has been
#     sent, so its background tasks run after the client has the response;
#   * once the outer response is sent, the relay closes: the app's further
#     sends are dropped, and its receive() (even one already waiting for the
#     client: that wait is cancelled) answers {"type": "http.disconnect"}, so
#     an app waiting for the client to leave finishes: none is left hanging;
#   * an exception from the app is raised by `call_next` if the app had not
#     started its response, else once the outer response has been sent;
#   * but if the app fails while its body is being relayed, the outer
#     response breaks too: its final body message is never sent, the error
#     reaches the server, and the client sees a truncated body, as without
#     the middleware. (Starlette sends it: the client thinks it has it all.)
# The relay is written once, over two primitives: a task group, and _Channel
# on anyio Events; on asyncio a labelled fast path makes both cheaper (it and
# this opening make the section 1.8 times Starlette's module). The request
# body can be read in both `dispatch` and the app: see _CachedRequest.

RequestResponseEndpoint = Callable[[Request], Awaitable[Response]]
DispatchFunction = Callable[[Request, RequestResponseEndpoint], Awaitable[Response]]


class _CachedRequest(Request):
    """The Request handed to `dispatch`, which also feeds the inner app's body.

    If `dispatch` read the body with `await request.body()`, the inner app
    receives that cached body as one message; if `dispatch` consumed
    `request.stream()`, the inner app receives an empty final chunk (the
    bytes are gone); otherwise the inner app reads the client directly.
    After the body, the only thing left to receive is the disconnect.
    """

    _wrapped_rcv_consumed = False  # the inner app has had the whole body
    _wrapped_rcv_disconnected = False  # ... and then the disconnect

    def _answer_from_cache(self) -> Message | None:
        """What the inner app can be told without asking the client, else None."""
        if self._wrapped_rcv_consumed and self._is_disconnected:
            self._wrapped_rcv_disconnected = True  # dispatch has seen the client leave
        if self._wrapped_rcv_disconnected:
            # compat: the disconnect is repeated without asking again, as servers do.
            return {"type": "http.disconnect"}
        body = getattr(self, "_body", None)  # a Request has `_body` once it was read
        if not self._wrapped_rcv_consumed and (body is not None or self._stream_consumed):
            self._wrapped_rcv_consumed = True
            return {"type": "http.request", "body": body or b"", "more_body": False}
        return None  # ask the client: for the body, or once it is consumed, the disconnect

    async def _ask_client(self) -> Message:
        """Receive the next message from the client, keeping this request's flags."""
        message = await self._receive()
        kind = message["type"]
        if self._wrapped_rcv_consumed:
            if kind != "http.disconnect":
                raise RuntimeError(f"Unexpected message received: {kind}")
            self._wrapped_rcv_disconnected = True
        elif kind == "http.request":
            # ASGI: a missing "more_body" means False, so this is the last chunk.
            if not message.get("more_body", False):
                self._stream_consumed = True
                self._wrapped_rcv_consumed = True
        elif kind == "http.disconnect":
            self._is_disconnected = True
            self._wrapped_rcv_disconnected = True
        return message

    async def wrapped_receive(self) -> Message:
        """The `receive` of the outer response (the app's is the relay's `app_receive`)."""
        return self._answer_from_cache() or await self._ask_client()


class _StreamingResponse(Response):
    """The response `call_next` returns: status and headers from the inner app,
    body pulled from it chunk by chunk while this response is being sent."""

    def __init__(
        self,
        content: AsyncIterator[Any],
        status_code: int = 200,
        headers: Mapping[str, str] | None = None,
        media_type: str | None = None,
        info: Mapping[str, Any] | None = None,
    ) -> None:
        self.status_code, self.media_type, self.background = status_code, media_type, None
        self.init_headers(headers)  # call_next then puts the app's own header list in place
        self.body_iterator, self.info = content, info

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        info = self.info
        if info is not None:  # re-send the TestClient's template details
            await send({"type": "http.response.debug", "info": info})
        start: Message = {
            "type": "http.response.start",
            "status": self.status_code,
            "headers": self.raw_headers,
        }
        if getattr(self.body_iterator, "trailers", False):  # the app announced trailers
            start["trailers"] = True
        await send(start)
        body_open = True
        async for chunk in self.body_iterator:
            if isinstance(chunk, dict):
                # An ASGI message that is not body bytes: pathsend or trailers.
                if chunk["type"] == "http.response.pathsend":
                    body_open = False
                elif body_open:  # ASGI: trailers follow the final body message
                    await send({"type": "http.response.body", "body": b"", "more_body": False})
                    body_open = False
                await send(chunk)
            else:
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
        if body_open:
            await send({"type": "http.response.body", "body": b"", "more_body": False})
        if self.background is not None:
            await self.background()


class _Event(Protocol):
    """The one-shot event _Channel sleeps on: anyio.Event, or _FutureEvent."""

    def set(self) -> None: ...
    def is_set(self) -> bool: ...
    async def wait(self) -> None: ...


class _Channel:
    """A hand-over of one message at a time, from the app's task to dispatch's.

    put() returns True once take() has the message, or False if close() (the
    response is out) came first; take() raises anyio.EndOfStream after end()
    (the app has finished); wait_closed() returns after close(). A message
    goes straight to a take() already waiting for it, or else waits beside
    its put() for the next take(). A waiting side sleeps on a fresh event.
    """

    def __init__(self, new_event: Callable[[], _Event]) -> None:
        self.new_event, self.ended, self.closed = new_event, False, False
        self.offered: Message | None = None  # a put() waits beside it
        self.handed: Message | None = None  # given straight to a take() that was waiting
        self.taker, self.putter, self.closer = new_event(), new_event(), new_event()
        self.taker.set()  # set: no take() waits; else setting it wakes that take()

    async def put(self, message: Message) -> bool:
        if self.closed:
            return False
        if not self.taker.is_set():  # take() waits: hand the message over
            self.handed = message
            self.taker.set()
            return True
        self.offered, self.putter = message, self.new_event()
        await self.putter.wait()  # until take() or close()
        return self.offered is None  # else close() came first: dropped

    async def take(self) -> Message:
        message, self.offered = self.offered, None
        if message is not None:  # a put() waits beside it
            self.putter.set()
            return message
        if not self.ended:
            self.handed, self.taker = None, self.new_event()
            await self.taker.wait()  # until put() or end()
            if self.handed is not None:
                return self.handed
        raise anyio.EndOfStream

    def end(self) -> None:
        self.ended = True
        self.taker.set()

    def close(self) -> None:
        self.closed = True
        self.putter.set()
        self.closer.set()

    async def wait_closed(self) -> None:
        await self.closer.wait()


# -- fast path (asyncio): the same two primitives, cheaper -------------------
# An anyio task group costs three cancel scopes and three loop turns, and an
# anyio.Event a backend lookup: on asyncio the relay runs the app in a bare
# task, and its _Channel on bare futures, for a third of the whole cost
# (bench.py's middleware stack: 0.9x -> 0.35x of Starlette's time). Trio runs
# the plain primitives above. A reader may skip to _BaseHTTPRelay.


class _FutureEvent:
    """anyio.Event's three methods on one asyncio future (a cancelled wait sets it)."""

    def __init__(self) -> None:
        import asyncio  # already loaded: this runs on asyncio

        self.future: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    def set(self) -> None:
        if not self.future.done():  # done: set already, or its wait() was cancelled
            self.future.set_result(None)

    def is_set(self) -> bool:
        return self.future.done()

    async def wait(self) -> None:
        await self.future


class _AsyncioTaskGroup:
    """create_collapsing_task_group() for the relay's one child: a bare asyncio
    task in a cancel scope of its own, cancelled if the block fails or is
    cancelled, and awaited on the way out, so that it never outlives the block."""

    def __init__(self) -> None:
        import asyncio  # already loaded: this runs on asyncio

        self.loop, self.finished = asyncio.get_running_loop(), _FutureEvent()
        self.scope = anyio.CancelScope()
        self.task: asyncio.Task[None] | None = None

    async def __aenter__(self) -> _AsyncioTaskGroup:
        return self

    def start_soon(self, func: Callable[[], Awaitable[None]]) -> None:
        self.task = self.loop.create_task(self._run(func))

    async def _run(self, func: Callable[[], Awaitable[None]]) -> None:
        try:
            with self.scope:
                await func()
        finally:
            self.finished.set()

    async def __aexit__(self, exc_type: type[BaseException] | None, *_: object) -> None:
        if self.task is None:  # the app never started
            return
        if exc_type is not None:
            self.scope.cancel()  # dispatch failed or was cancelled: so is the app
        try:
            await self.finished.wait()  # unlike `await task`, a cancelled wait spares the task
        except BaseException:  # cancelled: cancel the app too, and let it finish first
            import asyncio

            self.scope.cancel()
            with anyio.CancelScope(shield=True):
                await asyncio.wait((self.task,))
            raise
        self.task.result()  # a BaseException that the app let through goes on up


def _relay_primitives() -> tuple[
    AbstractAsyncContextManager[anyio.abc.TaskGroup | _AsyncioTaskGroup], _Channel
]:
    """The relay's task group and channel: for asyncio the fast ones, else plain anyio."""
    asyncio = sys.modules.get("asyncio")  # never imported here: trio runs do without it
    if asyncio is None or asyncio._get_running_loop() is None:
        return create_collapsing_task_group(), _Channel(anyio.Event)
    return _AsyncioTaskGroup(), _Channel(_FutureEvent)


class _BaseHTTPRelay:
    """One request's relay: the app has `app_receive` and `app_send`; dispatch has
    `call_next` and the body iterator its response pulls from; `close` ends it."""

    task_group: anyio.abc.TaskGroup | _AsyncioTaskGroup  # set by BaseHTTPMiddleware.__call__

    def __init__(
        self, app: ASGIApp, scope: Scope, request: _CachedRequest, send: Send, channel: _Channel
    ) -> None:
        self.app, self.scope, self.request, self.send = app, scope, request, send
        self.channel = channel  # the app's messages; closed once the response is out
        self.waiting_receives: set[anyio.CancelScope] = set()
        self.trailers = self.body_done = False  # trailers: the app's start announced them
        self.app_exc: Exception | None = None
        self.exc_raised = False  # app_exc has already been raised to dispatch's side

    def _is_last(self, message: Message) -> bool:
        """Whether `message` completes the app's response."""
        kind: str = message["type"]
        # ASGI: a missing "more_body" or "more_trailers" means False.
        if kind == "http.response.body":
            return not self.trailers and not message.get("more_body", False)
        if kind == "http.response.trailers":
            return not message.get("more_trailers", False)
        return kind == "http.response.pathsend"

    # -- the inner app's side ------------------------------------------------

    async def run_app(self) -> None:
        try:
            await self.app(self.scope, self.app_receive, self.app_send)
        except Exception as exc:
            self.app_exc = exc
        finally:
            self.channel.end()  # tells dispatch's side the app has ended

    async def app_receive(self) -> Message:
        if not self.channel.closed:
            message = self.request._answer_from_cache()
            if message is not None:
                return message
            # Waiting on the client: close() cancels the wait if the response goes out.
            with anyio.CancelScope() as waiting:
                self.waiting_receives.add(waiting)
                try:
                    message = await self.request._ask_client()
                finally:
                    self.waiting_receives.discard(waiting)
            if message is not None and not self.channel.closed:
                return message
        # compat: once the response is out, the app is told the client has left
        # (a message that raced the end of the response is dropped).
        return {"type": "http.disconnect"}

    async def app_send(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            self.trailers = bool(message.get("trailers", False))
        if not await self.channel.put(message):  # returns once dispatch has taken it
            # compat: the outer response is out, so later messages are dropped.
            # Still a checkpoint, so an app sending in a loop can be cancelled.
            await anyio.lowlevel.checkpoint()
        elif self._is_last(message):
            # Hold the app here until the client has the whole response: what
            # it does next (background tasks) must not delay the response.
            await self.channel.wait_closed()

    # -- dispatch's side -----------------------------------------------------

    async def call_next(self, request: Request) -> Response:
        """Start the inner app and return its response once it has started."""
        self.task_group.start_soon(self.run_app)
        info = None  # the TestClient's template details, if the app sends them
        try:
            while True:
                message = await self.channel.take()
                kind = message["type"]
                if kind == "http.response.start":
                    response = _StreamingResponse(self, message["status"], info=info)
                    response.raw_headers = message.get("headers", [])
                    return response
                if kind == "http.response.debug":
                    info = message["info"]
                elif kind == "http.response.early_hint":
                    await self.send(message)
                else:
                    raise RuntimeError(f"Unexpected message: {kind}")
        except anyio.EndOfStream:  # the app ended without starting a response
            if self.app_exc is None:
                raise RuntimeError("No response returned.") from None
            self._raise_app_exc(self.app_exc)

    def _raise_app_exc(self, exc: Exception) -> NoReturn:
        self.exc_raised = True
        # compat: keep the app's own cause or context as the cause, as Starlette does
        # (raised here, the EndOfStream being handled would replace its context).
        raise exc from exc.__cause__ or exc.__context__

    def __aiter__(self) -> _BaseHTTPRelay:
        return self

    async def __anext__(self) -> bytes | Message:
        """The next body chunk (bytes), or a pathsend/trailers message, in order."""
        while not self.body_done:
            try:
                message = await self.channel.take()
            except anyio.EndOfStream:  # the app ended before completing its response
                self.body_done = True
                if self.app_exc is not None:
                    self._raise_app_exc(self.app_exc)  # break the outer response too
                break  # compat: an app that just stops gets its response closed
            kind = message["type"]
            self.body_done = self._is_last(message)
            if kind == "http.response.body":
                body: bytes = message.get("body", b"")
                if body:
                    return body
            elif kind in ("http.response.pathsend", "http.response.trailers"):
                return message
            else:
                raise RuntimeError(f"Unexpected message: {message}")
        raise StopAsyncIteration

    async def aclose(self) -> None:
        """Stop reading the body; the app is released when the response is sent."""
        self.body_done = True

    def close(self) -> None:
        """The outer response is sent (or dispatch failed): release the app."""
        self.channel.close()  # the app's pending and later sends are dropped
        for waiting in self.waiting_receives:
            waiting.cancel()  # that receive() answers http.disconnect


class BaseHTTPMiddleware:
    """Write middleware as one `dispatch(request, call_next)` coroutine.

    Subclass and override `dispatch`, or pass `dispatch=` a function:

        async def add_header(request, call_next):
            response = await call_next(request)
            response.headers["X-Served-By"] = "starlette.py"
            return response

        app = BaseHTTPMiddleware(inner_app, dispatch=add_header)

    Only HTTP requests go through `dispatch`; websocket and lifespan scopes
    pass straight to the app.
    """

    def __init__(self, app: ASGIApp, dispatch: DispatchFunction | None = None) -> None:
        self.dispatch_func = self.dispatch if dispatch is None else dispatch
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = _CachedRequest(scope, receive, send)
        task_group, channel = _relay_primitives()
        relay = _BaseHTTPRelay(self.app, scope, request, send, channel)
        async with task_group as relay.task_group:
            try:
                response = await self.dispatch_func(request, relay.call_next)
                await response(scope, request.wrapped_receive, send)
            finally:
                relay.close()
        if relay.app_exc is not None and not relay.exc_raised:
            raise relay.app_exc  # the app failed after its response was complete, or discarded

    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        """Override this: handle `request`, usually by awaiting `call_next(request)`."""
        raise NotImplementedError()  # pragma: no cover - subclasses override dispatch


# =============================================================================
# starlette.middleware.errors: ServerErrorMiddleware
# =============================================================================
# The outermost layer of every application. When anything below raises, the
# client must still get an answer, so this sends a 500 response:
#
#     {"type": "http.response.start", "status": 500, "headers": [...]}
#     {"type": "http.response.body", "body": b"Internal Server Error"}
#
# and raises the exception again, for the server to log (and the TestClient to
# raise in a test). ASGI: after "http.response.start" a second start is a
# protocol error, so then nothing is sent: the server closes the connection.
#
# With debug=True the 500 carries the traceback, HTML for browsers and plain
# text otherwise, built in a worker thread (reading source files blocks).

STYLES = """
body { margin: 0; padding: 2rem 3rem; font: 15px/1.5 system-ui, sans-serif; color: #1d2330; }
h1 { margin: 0 0 .25rem; font-size: 1.1rem; color: #687083; font-weight: 500; }
.error { margin: 0 0 1.5rem; font: 600 1.1rem monospace; color: #b3261e; white-space: pre-wrap; }
button { font: inherit; font-size: .85rem; padding: .2rem .7rem; cursor: pointer; }
details { border: 1px solid #d5dae3; border-radius: 6px; margin: 0 0 .6rem; }
summary { padding: .45rem .8rem; cursor: pointer; background: #f6f7f9; font-size: .9rem; }
pre { margin: 0; padding: .4rem 0; overflow-x: auto; font: 13px/1.55 monospace; }
.line { display: block; padding: 0 .8rem; } .current { background: #fff4cc; }
.num { display: inline-block; min-width: 3.5em; color: #687083; user-select: none; }
"""

JS = """
function starletteToggleFrames(open) {
    for (const frame of document.querySelectorAll("details.frame")) frame.open = open;
}
"""

TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>500 Internal Server Error</title>
<style>{styles}</style><script>{js}</script></head>
<body>
<h1>500 Server Error (debug mode)</h1>
<p class="error">{error}</p>
<p><button type="button" onclick="starletteToggleFrames(true)">Expand all</button>
<button type="button" onclick="starletteToggleFrames(false)">Collapse all</button></p>
<p>Traceback, innermost call first:</p>
{exc_html}
</body>
</html>
"""

FRAME_TEMPLATE = """<details class="frame"{open_attr}>
<summary><code>{frame_filename}</code>, line {frame_lineno}, in <b>{frame_name}</b></summary>
<pre class="source">{code_context}</pre>
</details>
"""

LINE = """<span class="line"><span class="num">{lineno}</span>{line}</span>"""

CENTER_LINE = """<span class="line current"><span class="num">{lineno}</span>{line}</span>"""


class ServerErrorMiddleware:
    """Turn any unhandled exception into a 500 response, then re-raise it.

    `handler(request, exc)` (sync or async), if given, builds the response;
    with `debug=True` a traceback page is sent instead.
    """

    def __init__(
        self, app: ASGIApp, handler: ExceptionHandler | None = None, debug: bool = False
    ) -> None:
        self.app, self.handler, self.debug = app, handler, debug

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            # A websocket or lifespan failure has no HTTP response to send:
            # the server handles it (closing the socket, failing startup).
            return await self.app(scope, receive, send)
        if type(send) is not _ResponseStartTracker:
            send = _ResponseStartTracker(send)  # (else share the one a layer above made)
        try:
            await self.app(scope, receive, send)
        except Exception as exc:
            # compat: the handler runs even when the response has started (it
            # may be there to record the error), but its response is dropped.
            response = await self._error_page(Request(scope), exc)
            if not send.started:
                await response(scope, receive, send)
            # The exception always goes on: servers log it, and the TestClient
            # raises it in the test unless raise_server_exceptions=False.
            raise

    async def _error_page(self, request: Request, exc: Exception) -> Response:
        if self.debug:
            return await run_in_threadpool(self.debug_response, request, exc)
        response = None
        if self.handler is not None:
            response = await _call_exception_handler(self.handler, request, exc)
        # No handler, or one that only records the error (returns None): still a 500.
        return self.error_response(request, exc) if response is None else response

    def format_line(self, index: int, line: str, frame_lineno: int, frame_index: int) -> str:
        """One escaped source line; `frame_index` is the position of the running line."""
        lineno = frame_lineno - frame_index + index
        template = CENTER_LINE if index == frame_index else LINE
        return template.format(lineno=lineno, line=html.escape(line.rstrip("\r\n")))

    def generate_frame_html(self, frame: inspect.FrameInfo, is_collapsed: bool) -> str:
        """One traceback frame: where it is, and the source lines around it."""
        index = -1 if frame.index is None else frame.index
        lines = enumerate(frame.code_context or [])
        code = "".join(self.format_line(i, line, frame.lineno, index) for i, line in lines)
        return FRAME_TEMPLATE.format(
            open_attr="" if is_collapsed else " open",
            frame_filename=html.escape(frame.filename),
            frame_lineno=frame.lineno,
            frame_name=html.escape(frame.function),
            code_context=code,
        )

    def generate_html(self, exc: Exception, limit: int = 7) -> str:
        """The whole debug page; `limit` is how many source lines to show per frame."""
        # getinnerframes lists outermost first; the failing line is most useful first.
        frames = inspect.getinnerframes(exc.__traceback__, limit) if exc.__traceback__ else []
        frames_html = [self.generate_frame_html(f, i > 0) for i, f in enumerate(reversed(frames))]
        # format_exception_only copes with a __str__ that raises, and adds any notes.
        error = "".join(traceback.format_exception_only(exc)).strip()
        return TEMPLATE.format(
            styles=STYLES, js=JS, error=html.escape(error), exc_html="".join(frames_html)
        )

    def generate_plain_text(self, exc: Exception) -> str:
        """The traceback as Python prints it, chained exceptions included."""
        return "".join(traceback.format_exception(exc))

    def debug_response(self, request: Request, exc: Exception) -> Response:
        """HTML for browsers (their Accept names text/html), plain text otherwise."""
        if "text/html" in request.headers.get("accept", ""):
            return HTMLResponse(self.generate_html(exc), status_code=500)
        return PlainTextResponse(self.generate_plain_text(exc), status_code=500)

    def error_response(self, request: Request, exc: Exception) -> Response:
        """The production answer: no details leak to the client."""
        return PlainTextResponse("Internal Server Error", status_code=500)


# =============================================================================
# starlette.middleware.exceptions: ExceptionMiddleware
# =============================================================================
# The innermost layer, just above the router. It publishes the application's
# exception handlers for the routes,
#
#     scope["starlette.exception_handlers"] = (handlers_by_class, handlers_by_status)
#
# and awaits the router; what reaches it was raised outside any endpoint (the
# router's 404 or 405, a middleware below). Built in: HTTPException becomes a
# plain-text response, and WebSocketException closes the socket:
#
#     {"type": "websocket.close", "code": 1008, "reason": "..."}

# The hook of `# extra: debug pages` (defined there, after the router): with
# debug=True, a page for the router's own 404 or 405, or None.
_debug_page: Callable[[Request, HTTPException], Response | None]
_ExcHandlerMap = Mapping[Any, ExceptionHandler]  # the `handlers` argument


class ExceptionMiddleware:
    """Run the application's exception handlers for errors raised below it."""

    def __init__(
        self, app: ASGIApp, handlers: _ExcHandlerMap | None = None, debug: bool = False
    ) -> None:
        self.app, self.debug = app, debug
        self._status_handlers: StatusHandlers = {}
        # The built-ins go in first, so an entry of `handlers` can replace either one.
        self._exception_handlers: ExceptionHandlers = dict(
            [(HTTPException, self.http_exception), (WebSocketException, self.websocket_exception)]
        )
        # Published as they are: add_exception_handler mutates these same two dicts.
        self._handler_tables = (self._exception_handlers, self._status_handlers)
        for key, handler in (handlers or {}).items():
            self.add_exception_handler(key, handler)

    def add_exception_handler(
        self, exc_class_or_status_code: int | type[Exception], handler: ExceptionHandler
    ) -> None:
        """Register `handler` for a status code (HTTPException only) or an exception class."""
        if isinstance(exc_class_or_status_code, int):
            self._status_handlers[exc_class_or_status_code] = handler
        elif isinstance(exc_class_or_status_code, type) and issubclass(
            exc_class_or_status_code, Exception
        ):
            self._exception_handlers[exc_class_or_status_code] = handler
        else:
            raise TypeError(
                "exception handlers are keyed by a status code or an Exception subclass, "
                f"not {exc_class_or_status_code!r}"
            )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        kind = scope["type"]
        if kind != "http" and kind != "websocket":  # lifespan passes straight through
            return await self.app(scope, receive, send)
        scope["starlette.exception_handlers"] = self._handler_tables
        # Only an HTTP response can have "started" (a websocket handler replies
        # by closing), so only HTTP sends are watched.
        if kind == "http" and type(send) is not _ResponseStartTracker:
            send = _ResponseStartTracker(send)  # (else share the one a layer above made)
        try:
            await self.app(scope, receive, send)
        except Exception as exc:
            # The handler's Request (or WebSocket) is made only on this rare path.
            conn = (Request if kind == "http" else WebSocket)(scope, receive, send)
            tracker = send if type(send) is _ResponseStartTracker else _ResponseStartTracker(send)
            await _send_handled_response(self._handler_tables, exc, conn, scope, receive, tracker)

    async def http_exception(self, request: Request, exc: Exception) -> Response:
        """HTTPException as plain text, with the exception's headers."""
        if not isinstance(exc, HTTPException):
            raise TypeError(f"http_exception handles HTTPException, not {type(exc).__name__}")
        # RFC 9110 sections 15.3.5 and 15.4.5: 204 and 304 responses have no body.
        if exc.status_code in (204, 304):
            return Response(status_code=exc.status_code, headers=exc.headers)
        if self.debug and request.scope["type"] == "http":
            page = _debug_page(request, exc)  # extra: debug pages
            if page is not None:
                return page
        return PlainTextResponse(exc.detail, status_code=exc.status_code, headers=exc.headers)

    async def websocket_exception(self, websocket: WebSocket, exc: Exception) -> None:
        """WebSocketException closes the socket with its code and reason."""
        if not isinstance(exc, WebSocketException):
            raise TypeError(
                f"websocket_exception handles WebSocketException, not {type(exc).__name__}"
            )
        await websocket.close(code=exc.code, reason=exc.reason)


# =============================================================================
# starlette.middleware.cors: CORSMiddleware
# =============================================================================
# Cross-Origin Resource Sharing (the Fetch standard, section 3.2) lets a page
# from one origin call an API on another. Two kinds of request reach us:
#
#   * a preflight: OPTIONS with `Origin` and `Access-Control-Request-Method`
#     (maybe `Access-Control-Request-Headers`), which the browser sends to
#     ask first; we answer it ourselves, 200 "OK" or 400 "Disallowed CORS ...";
#   * an ordinary request with an `Origin`: the app answers it and we add
#     `Access-Control-Allow-Origin` (and friends) to its
#     "http.response.start" message on the way out.
#
# Every response passing through also gets `Vary: Origin`, because what we
# add depends on the request's Origin and caches must know that.

ALL_METHODS = ("DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT", "QUERY")
SAFELISTED_HEADERS = {"Accept", "Accept-Language", "Content-Language", "Content-Type"}
# Origins, methods or header names: what an Access-Control-* header lists.
_CorsValues = Collection[str]


class CORSMiddleware:
    """Answer CORS preflights and label cross-origin responses.

        app = CORSMiddleware(app, allow_origins=["https://example.org"],
                             allow_methods=["GET", "POST"], allow_credentials=True)

    `allow_origin_regex` must match the whole Origin. With credentials
    allowed, the response names the request's origin, never `*`.
    """

    def __init__(
        self,
        app: ASGIApp,
        allow_origins: _CorsValues = (),
        allow_methods: _CorsValues = ("GET",),
        allow_headers: _CorsValues = (),
        allow_credentials: bool = False,
        allow_origin_regex: str | None = None,
        allow_private_network: bool = False,
        expose_headers: _CorsValues = (),
        max_age: int = 10 * 60,  # seconds a browser may reuse a preflight answer
    ) -> None:
        if "*" in allow_methods:
            allow_methods = ALL_METHODS
        allow_all_origins = "*" in allow_origins
        allow_all_headers = "*" in allow_headers
        # compat: a credentialed response may not say `*`, so the origin is echoed.
        explicit_origin = allow_credentials or not allow_all_origins
        header_names = sorted(SAFELISTED_HEADERS | set(allow_headers))

        # The headers every labelled response gets, and every preflight answer
        # gets, worked out once here: (header, value, wanted?).
        simple_rules = [
            ("Access-Control-Allow-Origin", "*", allow_all_origins),
            ("Access-Control-Allow-Credentials", "true", allow_credentials),
            ("Access-Control-Expose-Headers", ", ".join(expose_headers), bool(expose_headers)),
        ]
        simple = {name: value for name, value, wanted in simple_rules if wanted}
        vary = (
            "Origin, Access-Control-Request-Method, Access-Control-Request-Headers, "
            "Access-Control-Request-Private-Network"
        )
        preflight_rules = [
            ("Vary", vary, True),
            ("Access-Control-Allow-Origin", "*", not explicit_origin),
            ("Access-Control-Allow-Methods", ", ".join(allow_methods), True),
            ("Access-Control-Max-Age", str(max_age), True),
            ("Access-Control-Allow-Headers", ", ".join(header_names), not allow_all_headers),
            ("Access-Control-Allow-Credentials", "true", allow_credentials),
        ]
        preflight = {name: value for name, value, wanted in preflight_rules if wanted}

        self.app = app
        # The configuration, under Starlette's attribute names.
        self.simple_headers, self.preflight_headers = simple, preflight
        self.allow_origins, self.allow_all_origins = allow_origins, allow_all_origins
        self.allow_origin_regex = (
            None if allow_origin_regex is None else re.compile(allow_origin_regex)
        )
        self.preflight_explicit_allow_origin = explicit_origin
        self.allow_methods, self.allow_credentials = allow_methods, allow_credentials
        self.allow_headers = [name.lower() for name in header_names]
        self.allow_all_headers = allow_all_headers
        self.allow_private_network = allow_private_network
        self._raw_simple = [
            (k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in simple.items()
        ]
        # With `*` and no credentials, an allowed origin needs no echo.
        self._echo_all = allow_all_origins and allow_credentials

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        origin = _scope_header(scope, b"origin")
        if origin is not None and scope["method"] == "OPTIONS":
            headers = Headers(scope=scope)
            if "access-control-request-method" in headers:
                await self.preflight_response(request_headers=headers)(scope, receive, send)
                return
        await self.app(scope, receive, functools.partial(self._send, send, origin))

    def is_allowed_origin(self, origin: str) -> bool:
        """True if `origin` may use this site: `*`, the full regex, or the list."""
        pattern = self.allow_origin_regex
        return (
            self.allow_all_origins
            or origin in self.allow_origins
            or (pattern is not None and pattern.fullmatch(origin) is not None)
        )

    def preflight_response(self, request_headers: Headers) -> Response:
        """Answer an OPTIONS preflight: 200 "OK", or 400 naming what is refused."""
        origin = request_headers["origin"]
        headers = dict(self.preflight_headers)
        failures: list[str] = []
        if not self.is_allowed_origin(origin=origin):
            failures.append("origin")
        elif self.preflight_explicit_allow_origin:
            headers["Access-Control-Allow-Origin"] = origin
        if request_headers["access-control-request-method"] not in self.allow_methods:
            failures.append("method")
        requested = request_headers.get("access-control-request-headers")
        if requested is not None:
            if self.allow_all_headers:
                # Allowing any header means echoing the ones asked for.
                headers["Access-Control-Allow-Headers"] = requested
            elif any(h.strip().lower() not in self.allow_headers for h in requested.split(",")):
                failures.append("headers")
        if request_headers.get("access-control-request-private-network") is not None:
            if self.allow_private_network:
                headers["Access-Control-Allow-Private-Network"] = "true"
            else:
                failures.append("private-network")
        if failures:
            # The browser enforces CORS; a 400 just makes the refusal readable.
            return PlainTextResponse("Disallowed CORS " + ", ".join(failures), 400, headers)
        return PlainTextResponse("OK", status_code=200, headers=headers)

    # compat: simple_response, send and allow_explicit_origin are Starlette's
    # API, kept for subclasses and callers; __call__ itself goes through _send.
    async def simple_response(
        self, scope: Scope, receive: Receive, send: Send, request_headers: Headers
    ) -> None:
        """Run the app, labelling its response for the request's Origin."""
        send = functools.partial(self.send, send=send, request_headers=request_headers)
        await self.app(scope, receive, send)

    async def send(self, message: Message, send: Send, request_headers: Headers) -> None:
        """Add the CORS headers to "http.response.start", then pass it on."""
        origin = request_headers.get("origin")
        await self._send(send, None if origin is None else origin.encode("latin-1"), message)

    async def _send(self, send: Send, origin: bytes | None, message: Message) -> None:
        if message["type"] == "http.response.start":
            raw = _message_headers(message)
            if origin is not None:
                for name, value in self._raw_simple:
                    _raw_headers_set(raw, name, value)
                if self._echo_all or (
                    not self.allow_all_origins and self.is_allowed_origin(origin.decode("latin-1"))
                ):
                    _raw_headers_set(raw, b"access-control-allow-origin", origin)
            _raw_headers_add_vary(raw, b"Origin")
        await send(message)

    @staticmethod
    def allow_explicit_origin(headers: MutableHeaders, origin: str) -> None:
        """Name `origin` as allowed and note that the response varies by Origin."""
        headers["Access-Control-Allow-Origin"] = origin
        headers.add_vary_header("Origin")


# =============================================================================
# starlette.middleware.gzip: GZipMiddleware
# =============================================================================
# Content coding (RFC 9110 section 8.4): when the request says
# `Accept-Encoding: gzip`, the response body may be sent compressed with
# `Content-Encoding: gzip`. The middleware sits on the app's `send`:
#
#   * it holds "http.response.start" until the first body message, because
#     the headers (Content-Encoding, Content-Length, Vary) depend on the body;
#   * a single small body (under `minimum_size`) goes out untouched;
#   * a single large body is compressed whole, Content-Length recomputed;
#   * a streamed body ("more_body": True) is compressed chunk by chunk, each
#     chunk flushed (Z_SYNC_FLUSH) so the client can decode it at once, and
#     Content-Length dropped.
#
# Bodies that are already encoded, partial (206) or of a type that does not
# shrink (images, archives, event streams...) pass through, their start
# message sent at once. Chunks of `thread_minimum_size` bytes or more are
# compressed in a worker thread, so the event loop keeps serving others.

# Media types as "type/subtype" or "type/*"; a tuple, so normalizing can be cached.
_GzipMediaTypes = tuple[str, ...]

DEFAULT_EXCLUDED_CONTENT_TYPES: _GzipMediaTypes = (
    # Archives and RPC frames: compressed already.
    *("application/grpc", "application/gzip", "application/x-gzip", "application/zip"),
    # Media formats that carry compression of their own.
    *("audio/*", "font/woff", "font/woff2"),
    *("image/avif", "image/gif", "image/jpeg", "image/png", "image/webp"),
    "text/event-stream",  # must reach the client event by event
    "video/*",
)

_gzip_capacity_limiter: anyio.lowlevel.RunVar[anyio.CapacityLimiter] = anyio.lowlevel.RunVar(
    "_gzip_capacity_limiter"
)


# compat: Starlette's private name.
def _get_gzip_capacity_limiter() -> anyio.CapacityLimiter:
    """The per-event-loop limiter for compression threads (40, as anyio's default)."""
    limiter = _gzip_capacity_limiter.get(None)
    if limiter is None:
        # A limiter of our own, so compression never starves run_in_threadpool.
        limiter = anyio.CapacityLimiter(40)
        _gzip_capacity_limiter.set(limiter)
    return limiter


# compat: Starlette's private name.
@functools.lru_cache(maxsize=32)  # each responder re-normalizes the same tuple
def _normalize_content_types(content_types: _GzipMediaTypes) -> _GzipMediaTypes:
    """Media types without parameters, lower-cased: "Text/HTML; x=1" -> "text/html"."""
    return tuple(_media_type(item) for item in content_types)


# compat: Starlette's private name.
async def unattached_send(message: Message) -> NoReturn:
    """The placeholder `send` of a responder not yet called."""
    raise RuntimeError("send awaitable not set")  # pragma: no cover - a misuse guard


class GZipMiddleware:
    """Compress response bodies for clients that accept gzip.

        app = GZipMiddleware(app, minimum_size=1000, compresslevel=6)

    Each response gets its own responder: GZipResponder or IdentityResponder.
    """

    def __init__(
        self,
        app: ASGIApp,
        minimum_size: int = 500,
        compresslevel: int = zlib.Z_BEST_COMPRESSION,  # 9
        thread_minimum_size: int = 128 * 1024,
        *,
        exclude_content_types: _GzipMediaTypes = DEFAULT_EXCLUDED_CONTENT_TYPES,
    ) -> None:
        self.exclude_content_types = _normalize_content_types(exclude_content_types)
        self.compresslevel, self.thread_minimum_size = compresslevel, thread_minimum_size
        self.app, self.minimum_size = app, minimum_size

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        accept = _scope_header(scope, b"accept-encoding") or b""
        responder: IdentityResponder
        # compat: a plain substring test, as Starlette does ("gzip;q=0" counts).
        # Already normalized, so the responder's own normalizing is a cache hit.
        excluded = self.exclude_content_types
        if b"gzip" in accept:
            responder = GZipResponder(
                self.app,
                self.minimum_size,
                self.compresslevel,
                exclude_content_types=excluded,
                thread_minimum_size=self.thread_minimum_size,
            )
        else:
            responder = IdentityResponder(
                self.app, self.minimum_size, exclude_content_types=excluded
            )
        await responder(scope, receive, send)


class IdentityResponder:
    """One response, passed through uncompressed (the client did not ask for gzip).

    It still adds `Vary: Accept-Encoding` to bodies big enough that another
    client would have got them compressed. Subclasses override
    `apply_compression` and set `content_encoding`.
    """

    content_encoding: ClassVar[str]  # the Content-Encoding a subclass produces

    def __init__(
        self,
        app: ASGIApp,
        minimum_size: int,
        *,
        exclude_content_types: _GzipMediaTypes = DEFAULT_EXCLUDED_CONTENT_TYPES,
    ) -> None:
        self.app, self.minimum_size = app, minimum_size
        self.exclude_content_types = _normalize_content_types(exclude_content_types)
        self.send: Send = unattached_send  # the real one arrives with the call
        self.initial_message: Message = {}  # the held-back "http.response.start"
        # What the start message told us; any of the three means "pass through".
        self.content_encoding_set = self.partial_response = self.content_type_is_excluded = False
        self.started = self._passthrough = False

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        self.send = send
        await self.app(scope, receive, self.send_with_compression)

    def _excluded(self, content_type: str) -> bool:
        media_type = _media_type(content_type)
        candidates = {media_type, media_type.partition("/")[0] + "/*"}
        if media_type.startswith("application/grpc+"):  # grpc+proto, grpc+json...
            candidates.add("application/grpc")
        return not candidates.isdisjoint(self.exclude_content_types)

    async def send_with_compression(self, message: Message) -> None:
        """The `send` given to the app: decide, rewrite headers, compress."""
        kind = message["type"]
        if kind == "http.response.start":
            self.initial_message = message
            headers = Headers(raw=message.setdefault("headers", []))
            self.content_encoding_set = "content-encoding" in headers
            self.partial_response = message["status"] == 206
            # A response that asks proxies not to buffer it (EventSourceResponse
            # does) is not compressed either: a compressor holds bytes back too.
            self.content_type_is_excluded = self._excluded(headers.get("content-type", "")) or (
                headers.get("x-accel-buffering", "").lower() == "no"
            )
            self._passthrough = (
                self.content_encoding_set or self.partial_response or self.content_type_is_excluded
            )
            if self._passthrough:
                await self.send(message)
        elif self._passthrough or kind not in ("http.response.body", "http.response.pathsend"):
            # Passed-through bodies, early hints and trailers go out as they are.
            await self.send(message)
        elif kind == "http.response.pathsend":
            # The server sends the file itself: nothing for us to compress.
            await self.send(self.initial_message)
            await self.send(message)
        elif not self.started:
            self.started = True
            await self._first_body(message)
        else:
            message["body"] = await self.apply_compression(
                message.get("body", b""), more_body=message.get("more_body", False)
            )
            await self.send(message)

    async def _first_body(self, message: Message) -> None:
        body: bytes = message.get("body", b"")
        more_body = message.get("more_body", False)
        if more_body or len(body) >= self.minimum_size:  # else too small to be worth it
            compressed = await self.apply_compression(body, more_body=more_body)
            headers = MutableHeaders(raw=self.initial_message["headers"])
            headers.add_vary_header("Accept-Encoding")
            if compressed != body:
                message["body"] = compressed
                headers["Content-Encoding"] = self.content_encoding
                # The new length is known only for a whole body without trailers.
                if more_body or self.initial_message.get("trailers", False):
                    del headers["Content-Length"]
                else:
                    headers["Content-Length"] = str(len(compressed))
        await self.send(self.initial_message)
        await self.send(message)

    async def apply_compression(self, body: bytes, *, more_body: bool) -> bytes:
        """Encode one chunk; `more_body=False` ends the stream. Identity: unchanged."""
        return body


class GZipResponder(IdentityResponder):
    """One response, gzip-compressed; the compressor is made on first use."""

    content_encoding: ClassVar[str] = "gzip"

    def __init__(
        self,
        app: ASGIApp,
        minimum_size: int,
        compresslevel: int = zlib.Z_BEST_COMPRESSION,
        *,
        exclude_content_types: _GzipMediaTypes = DEFAULT_EXCLUDED_CONTENT_TYPES,
        thread_minimum_size: int = 128 * 1024,
    ) -> None:
        self._compressor: zlib._Compress | None = None  # made on first use
        self.compresslevel, self.thread_minimum_size = compresslevel, thread_minimum_size
        super().__init__(app, minimum_size, exclude_content_types=exclude_content_types)

    @property
    def compressor(self) -> zlib._Compress:
        if self._compressor is None:
            # wbits 16 + MAX_WBITS: the gzip container (header and CRC), not raw zlib.
            self._compressor = zlib.compressobj(
                self.compresslevel, zlib.DEFLATED, 16 + zlib.MAX_WBITS
            )
        return self._compressor

    async def apply_compression(self, body: bytes, *, more_body: bool) -> bytes:
        if len(body) >= self.thread_minimum_size:
            limiter = _get_gzip_capacity_limiter()
            return await anyio.to_thread.run_sync(self._compress, body, more_body, limiter=limiter)
        return self._compress(body, more_body)

    def _compress(self, body: bytes, more_body: bool) -> bytes:
        compressor = self.compressor
        mode = zlib.Z_SYNC_FLUSH if more_body else zlib.Z_FINISH
        return compressor.compress(body) + compressor.flush(mode)


# =============================================================================
# starlette.middleware.sessions: SessionMiddleware
# =============================================================================
# A signed-cookie session: the whole session dict travels in a cookie,
#
#     session=<base64 JSON>.<timestamp>.<signature>; path=/; Max-Age=1209600; httponly; samesite=lax
#
# readable by the client but not forgeable, since the signature is an
# HMAC-SHA1 over "payload.timestamp" with a key derived from the secret.
# This is exactly the format of itsdangerous' TimestampSigner (key derivation
# "django-concat" with salt "itsdangerous.Signer", URL-safe base64 without
# padding for timestamp and signature), so cookies issued by Starlette stay
# valid here and the reverse. Signing with hmac here, not with itsdangerous, is
# why this section is bigger than Starlette's; only the standard library is needed.
#
# On the way in, a valid cookie becomes `scope["session"]`; a missing,
# tampered, expired or foreign cookie becomes an empty session, never an
# error. On the way out ("http.response.start"), a changed session is
# written back (or deleted when emptied), and a session that was looked at
# adds `Vary: Cookie`, since the response depends on it.

_SESSION_SALT = b"itsdangerous.Signer"


def _session_b64encode(data: bytes) -> bytes:
    return base64.urlsafe_b64encode(data).rstrip(b"=")


def _session_b64decode(data: bytes) -> bytes:
    return base64.urlsafe_b64decode(data + b"=" * (-len(data) % 4))


class Session(dict[str, Any]):
    """The session dict, remembering whether it was read (`accessed`) and
    changed (`modified`); only changed sessions are written back.

        >>> session = Session({"user": "ada"})
        >>> session.modified
        False
        >>> session.setdefault("theme", "dark")
        'dark'
        >>> session.modified, session.accessed
        (True, True)
    """

    # Class-level defaults: a fresh session is neither read nor changed.
    accessed = modified = False

    def mark_modified(self) -> None:
        self.accessed = self.modified = True  # a write is also a read

    def mark_accessed(self) -> None:
        self.accessed = True

    def __setitem__(self, key: str, value: Any) -> None:
        self.mark_modified()
        super().__setitem__(key, value)

    def __delitem__(self, key: str) -> None:
        self.mark_modified()
        super().__delitem__(key)

    # The ignore below: dict's own __ior__ overloads are narrower.
    def __ior__(self, other: Any, /) -> Session:  # type: ignore[override,misc]
        self.mark_modified()
        super().update(other)
        return self

    def clear(self) -> None:
        self.mark_modified()
        super().clear()

    def pop(self, key: str, *args: Any) -> Any:
        if key in self:
            self.mark_modified()
        return super().pop(key, *args)

    def popitem(self) -> tuple[str, Any]:
        item = super().popitem()  # KeyError on an empty session: nothing changed
        self.mark_modified()
        return item

    def setdefault(self, key: str, default: Any = None) -> Any:
        if key not in self:
            self.mark_modified()
        return super().setdefault(key, default)

    def update(self, *args: Any, **kwargs: Any) -> None:
        self.mark_modified()
        super().update(*args, **kwargs)


class SessionMiddleware:
    """Keep `request.session` in a signed cookie.

        app = SessionMiddleware(app, secret_key="change me", https_only=True)

    `max_age` (seconds, or None for a browser-session cookie) limits both the
    cookie and how old a signature may be when it comes back.
    """

    def __init__(
        self,
        app: ASGIApp,
        secret_key: str | Secret,
        session_cookie: str = "session",
        max_age: int | None = 14 * 24 * 3600,  # two weeks, in seconds
        path: str = "/",
        same_site: Literal["lax", "strict", "none"] = "lax",  # lax: sent on top-level navigation
        https_only: bool = False,
        domain: str | None = None,
        partitioned: bool = False,
    ) -> None:
        self.app = app
        # itsdangerous' "django-concat" key derivation: sha1(salt + "signer" + secret).
        import hashlib  # deferred (like hmac below): keeps `import starlette` light

        secret = str(secret_key).encode("utf-8")
        self._signing_key = hashlib.sha1(_SESSION_SALT + b"signer" + secret).digest()
        self.session_cookie, self.max_age, self.path = session_cookie, max_age, path
        flags = "httponly; samesite=" + same_site
        if https_only:  # the browser returns it over HTTPS only
            flags += "; secure"
        if domain is not None:
            flags += f"; domain={domain}"
        if partitioned:
            flags += "; partitioned"
        self.security_flags = flags

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        cookie: str | None = None
        for key, value in scope["headers"]:
            if key == b"cookie":  # ASGI: header names arrive lower-cased
                header = value.decode("latin-1")
                if self.session_cookie in header:  # skip parsing others' cookies
                    # As HTTPConnection.cookies: a later Cookie header wins.
                    cookie = cookie_parser(header).get(self.session_cookie, cookie)
        data = None if cookie is None else self._unsign(cookie)
        scope["session"] = Session() if data is None else Session(data)
        await self.app(scope, receive, functools.partial(self._send, send, scope, data is not None))

    def _sign(self, payload: bytes) -> bytes:
        import hmac  # deferred, like hashlib; a dict lookup once loaded

        timestamp = int(time.time()).to_bytes(8, "big").lstrip(b"\x00")
        value = payload + b"." + _session_b64encode(timestamp)
        mac = hmac.digest(self._signing_key, value, "sha1")
        return value + b"." + _session_b64encode(mac)

    def _unsign(self, cookie: str) -> dict[str, Any] | None:
        import hmac  # a dict lookup once loaded

        try:
            value, _, signature = cookie.encode("ascii").rpartition(b".")
            payload, _, stamp = value.rpartition(b".")
            expected = hmac.digest(self._signing_key, value, "sha1")
            if not payload or not hmac.compare_digest(_session_b64decode(signature), expected):
                return None
            timestamp = _session_b64decode(stamp)
            if len(timestamp) > 8:
                return None
            age = int(time.time()) - int.from_bytes(timestamp, "big")
            if self.max_age is not None and not 0 <= age <= self.max_age:
                return None  # expired, or signed in the future
            data = json.loads(base64.b64decode(payload))
        except ValueError:  # not ASCII, bad base64 or bad JSON: a foreign cookie
            return None
        return data if isinstance(data, dict) else None

    async def _send(self, send: Send, scope: Scope, had_cookie: bool, message: Message) -> None:
        if message["type"] == "http.response.start":
            session = scope["session"]
            # A plain dict put in place of the Session counts as read and changed.
            accessed = getattr(session, "accessed", True)
            modified = getattr(session, "modified", True)
            if accessed or modified:
                raw = _message_headers(message)
                if accessed:
                    _raw_headers_add_vary(raw, b"Cookie")
                if modified and (session or had_cookie):
                    raw.append((b"set-cookie", self._cookie(session)))
        await send(message)

    def _cookie(self, session: dict[str, Any]) -> bytes:
        """The Set-Cookie value: the signed session, or an expired cookie once emptied."""
        if session:
            payload = base64.b64encode(json.dumps(session).encode("utf-8"))
            value = self._sign(payload).decode("ascii")
            expiry = "" if self.max_age is None else f"Max-Age={self.max_age}; "
        else:  # tell the browser to drop the cookie
            value, expiry = "null", "expires=Thu, 01 Jan 1970 00:00:00 GMT; "
        cookie = f"{self.session_cookie}={value}; path={self.path}; {expiry}{self.security_flags}"
        return cookie.encode("latin-1")


# =============================================================================
# starlette.middleware.trustedhost: TrustedHostMiddleware
# =============================================================================
# The Host header (RFC 9110 section 7.2) is chosen by the client, and apps
# build absolute URLs (redirects, password-reset links) from it. This
# middleware answers 400 "Invalid host header" to any request, HTTP or
# websocket, whose Host is malformed or not in `allowed_hosts`. Patterns are
# exact names ("example.com", "[::1]") or subdomain wildcards
# ("*.example.com", which does not match "example.com" itself); "*" allows
# any host. With `www_redirect`, a request for "example.com" when only
# "www.example.com" is allowed is redirected there instead.

ENFORCE_DOMAIN_WILDCARD = "Domain wildcard patterns must be like '*.example.com'."


class TrustedHostMiddleware:
    """Refuse requests whose Host header is not one of `allowed_hosts`.

        app = TrustedHostMiddleware(app, allowed_hosts=["example.com", "*.example.com"])

    Host names compare case-insensitively; the port is not checked.
    """

    def __init__(
        self, app: ASGIApp, allowed_hosts: Sequence[str] | None = None, www_redirect: bool = True
    ) -> None:
        if allowed_hosts is None:
            allowed_hosts = ["*"]
        for pattern in allowed_hosts:
            if "*" in pattern[1:] or (
                pattern.startswith("*") and pattern != "*" and not pattern.startswith("*.")
            ):
                # compat: Starlette asserts here; raised explicitly so -O keeps the check.
                raise AssertionError(ENFORCE_DOMAIN_WILDCARD)
        self.app = app
        self.allowed_hosts = [pattern.lower() for pattern in allowed_hosts]
        self.allow_any = "*" in allowed_hosts
        self.www_redirect = www_redirect
        self._exact = frozenset(p for p in self.allowed_hosts if not p.startswith("*"))
        self._suffixes = tuple(p[1:] for p in self.allowed_hosts if p.startswith("*."))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.allow_any or scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        raw_host = _scope_header(scope, b"host")
        parsed = None if raw_host is None else parse_host_header(raw_host.decode("latin-1"))
        if parsed is not None:
            host = parsed.host.lower()
            if host in self._exact or host.endswith(self._suffixes):
                await self.app(scope, receive, send)
                return
        response: Response
        if parsed is not None and self.www_redirect and "www." + host in self._exact:
            url = URL(scope=scope)
            response = RedirectResponse(url=str(url.replace(netloc="www." + url.netloc)))
        else:
            response = PlainTextResponse("Invalid host header", status_code=400)
        await response(scope, receive, send)


# =============================================================================
# starlette.middleware.httpsredirect: HTTPSRedirectMiddleware
# =============================================================================
# Send every plain "http" or "ws" request to the same URL on "https" or
# "wss", with a 307 redirect (the method and body are kept). The scheme's
# default port is dropped from the new URL ("example.com:80" becomes
# "https://example.com/..."); an IPv6 host keeps its brackets. Without a
# usable Host header or server address there is no URL to redirect to: 400.

_HTTPS_SCHEMES = {"http": "https", "ws": "wss"}


class HTTPSRedirectMiddleware:
    """Redirect insecure requests to https:// (or wss://); the rest pass through."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket") or scope["scheme"] not in _HTTPS_SCHEMES:
            await self.app(scope, receive, send)
            return
        url = URL(scope=scope)
        response: Response
        if url.netloc:
            # Drop a default port, keeping the host as written ("[::1]:80" -> "[::1]").
            netloc = url.netloc.rpartition(":")[0] if url.port in (80, 443) else url.netloc
            url = url.replace(scheme=_HTTPS_SCHEMES[url.scheme], netloc=netloc)
            response = RedirectResponse(url, status_code=307)
        else:
            response = PlainTextResponse("Invalid host header", status_code=400)
        await response(scope, receive, send)


# =============================================================================
# starlette.middleware.authentication: AuthenticationMiddleware
# =============================================================================
# Authentication happens once, before the app: the backend looks at the
# connection (headers, cookies, session) and returns (credentials, user) or
# None. The middleware stores them in the scope as `scope["auth"]` and
# `scope["user"]`, where `request.auth` and `request.user` find them; None
# becomes (AuthCredentials(), UnauthenticatedUser()). If the backend raises
# AuthenticationError, an HTTP request gets `on_error`'s response (400 with
# the message by default) and a websocket is closed:
#
#     {"type": "websocket.close", "code": 1000}

# What `on_error` is: it turns a failed authentication into the HTTP answer.
_AuthErrorHandler = Callable[[HTTPConnection, AuthenticationError], Response]


class AuthenticationMiddleware:
    """Authenticate every HTTP and websocket connection with `backend`.

        app = AuthenticationMiddleware(app, backend=TokenBackend())

    `on_error(conn, exc)` builds the response for a failed HTTP authentication.
    """

    def __init__(
        self,
        app: ASGIApp,
        backend: AuthenticationBackend,
        on_error: _AuthErrorHandler | None = None,
    ) -> None:
        self.app, self.backend = app, backend
        self.on_error: _AuthErrorHandler
        self.on_error = self.default_on_error if on_error is None else on_error

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        conn = HTTPConnection(scope)
        try:
            result = await self.backend.authenticate(conn)
        except AuthenticationError as exc:
            response = self.on_error(conn, exc)  # built for websockets too, as in Starlette
            if scope["type"] == "http":
                await response(scope, receive, send)
            else:
                # compat: the handshake is refused with a normal close, as Starlette does.
                await send({"type": "websocket.close", "code": 1000})
            return
        if result is None:
            result = AuthCredentials(), UnauthenticatedUser()
        scope["auth"], scope["user"] = result
        await self.app(scope, receive, send)

    @staticmethod
    def default_on_error(conn: HTTPConnection, exc: Exception) -> Response:
        """The default error response: 400 with the error's message."""
        return PlainTextResponse(str(exc), status_code=400)


# =============================================================================
# starlette.middleware.body_limit: RequestBodyLimitMiddleware
# =============================================================================
# A request body arrives as "http.request" messages; the limit counts the
# bytes actually received, since Content-Length can lie or be absent
# (chunked uploads). A Content-Length already over the limit is refused
# before any body is read. Either way the answer is 413 "Content Too Large",
# unless the response has already started, in which case the error is
# raised (as an HTTPException subclass) for the server to end the request.
#
# Limits nest: Starlette(max_body_size=...), Mount/Router(...) and
# Route(..., max_body_size=...) each wrap their app in this middleware. The
# outermost one does the counting and leaves itself in the scope under
# _BODY_LIMIT_RESPONDER_SCOPE_KEY; an inner one (closer to the endpoint, so
# more specific) only replaces the limit, which may raise or lower it, and
# re-checks what was already received. The limit in force is also published
# as `scope[MAX_BODY_SIZE_SCOPE_KEY]`, and restored on the way out.


class _RequestBodyTooLarge(HTTPException):
    """Raised by the app's `receive` past the limit; an app's handlers render it as a 413."""

    def __init__(self) -> None:
        super().__init__(413, "Content Too Large")


class _RequestBodyLimitResponseSent(Exception):
    """The 413 went out in place of the app's response: stop the app."""


class _Missing:
    """The type of _MISSING, "no limit was in the scope before us"."""


# compat: Starlette's private name.
_MISSING = _Missing()
MAX_BODY_SIZE_SCOPE_KEY = "starlette.max_body_size"  # the limit in force, for anyone to read
_BODY_LIMIT_RESPONDER_SCOPE_KEY = "starlette._body_limit_responder"  # the one that counts


# compat: Starlette's private name.
def _get_content_length(scope: Scope) -> int | None:
    """The request's Content-Length as an int, or None if absent or not a number."""
    value = _scope_header(scope, b"content-length")
    try:
        return None if value is None else int(value)
    except ValueError:
        return None


class RequestBodyLimitMiddleware:
    """Limit the total size of an HTTP request body to `max_body_size` bytes.

        app = RequestBodyLimitMiddleware(app, max_body_size=10 * 1024 * 1024)

    Starlette, Router, Mount and Route take `max_body_size=` and add it for you.
    """

    def __init__(self, app: ASGIApp, max_body_size: int) -> None:
        self.app, self.max_body_size = app, max_body_size

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        await RequestBodyLimitResponder(self.app, self.max_body_size)(scope, receive, send)


class RequestBodyLimitResponder:
    """One request under a body limit: counts on `receive`, watches `send`."""

    def __init__(self, app: ASGIApp, max_body_size: int) -> None:
        self.app, self.max_body_size = app, max_body_size
        self.total_size = 0  # body bytes received so far
        self.content_length: int | None = None  # as announced, if it is a number
        self.response_started = False
        self._scope: Scope | None = None
        self._receive: Receive | None = None
        self._send: Send | None = None

    @property
    def scope(self) -> Scope:
        if self._scope is None:
            raise RuntimeError("The responder has not been called yet.")
        return self._scope

    @property
    def receive(self) -> Receive:
        if self._receive is None:
            raise RuntimeError("The responder has not been called yet.")
        return self._receive

    @property
    def send(self) -> Send:
        if self._send is None:
            raise RuntimeError("The responder has not been called yet.")
        return self._send

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        previous = cast(int | _Missing, scope.get(MAX_BODY_SIZE_SCOPE_KEY, _MISSING))
        scope[MAX_BODY_SIZE_SCOPE_KEY] = self.max_body_size
        active = cast(
            "RequestBodyLimitResponder | None", scope.get(_BODY_LIMIT_RESPONDER_SCOPE_KEY)
        )
        if active is not None:
            # An outer limit already counts this body: the inner one overrides it.
            active.max_body_size = self.max_body_size
            if active.total_size > self.max_body_size:
                raise _RequestBodyTooLarge
            await self.app(scope, receive, send)
            return
        self._scope, self._receive, self._send = scope, receive, send
        self.content_length = _get_content_length(scope)
        scope[_BODY_LIMIT_RESPONDER_SCOPE_KEY] = self
        too_large = False
        try:
            await self.app(scope, self.receive_with_limit, self.send_with_limit)
        except _RequestBodyTooLarge:
            if self.response_started:
                raise  # too late for a 413: let the server end the request
            too_large = True
        except _RequestBodyLimitResponseSent:
            pass  # send_with_limit already answered
        finally:
            # Leave the scope as we found it, for whoever handles it next.
            del scope[_BODY_LIMIT_RESPONDER_SCOPE_KEY]
            if isinstance(previous, int):
                scope[MAX_BODY_SIZE_SCOPE_KEY] = previous
            else:
                scope.pop(MAX_BODY_SIZE_SCOPE_KEY, None)
        if too_large:  # answered outside the except block, so no error context leaks
            await PlainTextResponse("Content Too Large", status_code=413)(scope, receive, send)

    async def receive_with_limit(self) -> Message:
        """The app's `receive`: refuses to deliver more than the limit."""
        if self.content_length is not None and self.content_length > self.max_body_size:
            raise _RequestBodyTooLarge  # announced too large: do not read it at all
        message = await self.receive()
        # ASGI: only "http.request" messages carry body bytes.
        self.total_size += len(message.get("body", b"")) if message["type"] == "http.request" else 0
        if self.total_size > self.max_body_size:
            raise _RequestBodyTooLarge
        return message

    async def send_with_limit(self, message: Message) -> None:
        """The app's `send`: an app that answers without reading a too-large
        body still gets its response replaced by the 413."""
        if message["type"] == "http.response.start":
            self.response_started = True
            if self.content_length is not None and self.content_length > self.max_body_size:
                await PlainTextResponse("Content Too Large", status_code=413)(
                    self.scope, self.receive, self.send
                )
                raise _RequestBodyLimitResponseSent
        await self.send(message)


# =============================================================================
# starlette.middleware.wsgi: WSGIMiddleware
# =============================================================================
# WSGI (PEP 3333) is the synchronous ancestor of ASGI: an app is called as
# `app(environ, start_response)` and returns an iterable of byte strings.
# To serve one from ASGI we read the whole request body, build the CGI-style
# `environ` dict (strings are "bytes as latin-1", PEP 3333's native
# strings), and run the app in a worker thread. `start_response` becomes
# the "http.response.start" message, each item of the iterable an
# "http.response.body" message, sent from the thread through the event
# loop as it is produced, so WSGI streaming stays streaming.
#
# Deprecated in Starlette (a2wsgi is the suggested replacement); creating a
# WSGIMiddleware warns with a StarletteDeprecationWarning that is also a
# DeprecationWarning, as 0.47's was.


def build_environ(scope: Scope, body: bytes) -> dict[str, Any]:
    """Build the WSGI `environ` for an HTTP scope and its complete body."""
    script_name = scope.get("root_path", "").encode("utf-8").decode("latin-1")
    path_info = scope["path"].encode("utf-8").decode("latin-1")
    # Strip the mount point only at a segment boundary: "/app" is not a prefix of "/apple".
    if path_info == script_name or path_info.startswith(script_name.rstrip("/") + "/"):
        path_info = path_info[len(script_name) :]
    # ASGI may omit the server address; WSGI requires one.
    server_name, server_port = scope.get("server") or ("localhost", 80)
    environ: dict[str, Any] = {
        # The CGI variables (PEP 3333 after CGI, RFC 3875 section 4.1).
        "REQUEST_METHOD": scope["method"],
        "SCRIPT_NAME": script_name,
        "PATH_INFO": path_info,
        "QUERY_STRING": scope["query_string"].decode("ascii"),
        "SERVER_NAME": server_name,
        "SERVER_PORT": server_port,  # compat: Starlette passes an int (PEP 3333 says str)
        "SERVER_PROTOCOL": "HTTP/" + scope["http_version"],
    }
    # The WSGI variables: one in-memory input, threads (not processes), a long-lived app.
    environ["wsgi.version"] = (1, 0)
    environ["wsgi.url_scheme"] = scope.get("scheme", "http")
    environ["wsgi.input"] = io.BytesIO(body)
    environ["wsgi.errors"] = sys.stdout
    environ["wsgi.multithread"], environ["wsgi.multiprocess"] = True, True
    environ["wsgi.run_once"] = False
    client = scope.get("client")
    if client:
        environ["REMOTE_ADDR"] = client[0]
    for raw_name, raw_value in scope.get("headers", []):
        # CGI names: "x-forwarded-for" -> HTTP_X_FORWARDED_FOR, but the two
        # body headers have names of their own (PEP 3333, "environ Variables").
        name = raw_name.decode("latin-1").upper().replace("-", "_")
        key = name if name in ("CONTENT_LENGTH", "CONTENT_TYPE") else "HTTP_" + name
        value = raw_value.decode("latin-1")
        previous = environ.get(key)
        # RFC 9110 section 5.3: repeated fields combine with commas.
        environ[key] = value if previous is None else previous + "," + value
    return environ


class WSGIMiddleware:
    """Serve a WSGI application (Flask, Django...) from ASGI. Deprecated.

        app = WSGIMiddleware(flask_app)

    Each request runs the WSGI app once, in a worker thread.
    """

    def __init__(self, app: Callable[..., Any]) -> None:
        warnings.warn(
            "starlette.middleware.wsgi is deprecated and will be removed in a future release. "
            "Please refer to https://github.com/abersheeran/a2wsgi as a replacement.",
            _LegacyDeprecationWarning,
            stacklevel=2,
        )
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            raise RuntimeError(f"WSGIMiddleware serves HTTP only, not {scope['type']!r}")
        await WSGIResponder(self.app, scope)(receive, send)


class WSGIResponder:
    """One WSGI request: the app runs in a thread, messages flow back to the loop."""

    stream_send: anyio.abc.ObjectSendStream[Message]
    stream_receive: anyio.abc.ObjectReceiveStream[Message]

    def __init__(self, app: Callable[..., Any], scope: Scope) -> None:
        self.app, self.scope = app, scope
        self.status: str | None = None
        self.response_headers: list[tuple[str, str]] | None = None
        self.response_started = False
        self.exc_info: Any = None
        self._send_error: Exception | None = None

    async def __call__(self, receive: Receive, send: Send) -> None:
        chunks: list[bytes] = []
        more_body = True
        while more_body:
            message = await receive()
            if message["type"] == "http.disconnect":
                return  # the client left before sending the whole body
            chunks.append(message.get("body", b""))
            more_body = message.get("more_body", False)
        environ = build_environ(self.scope, b"".join(chunks))
        # Bounded: a fast app waits for a slow client instead of filling memory.
        self.stream_send, self.stream_receive = anyio.create_memory_object_stream[Message](16)
        async with create_collapsing_task_group() as task_group:
            task_group.start_soon(self.sender, send)
            async with self.stream_send:
                await anyio.to_thread.run_sync(self.wsgi, environ, self.start_response)
        if self._send_error is not None:
            raise self._send_error
        if self.exc_info is not None:
            raise self.exc_info[1].with_traceback(self.exc_info[2])

    async def sender(self, send: Send) -> None:
        """Forward the messages the WSGI thread produces to `send`."""
        async with self.stream_receive:
            async for message in self.stream_receive:
                try:
                    await send(message)
                except Exception as exc:
                    # The client is gone. Closing the stream stops the WSGI
                    # thread at its next message; the error is raised after.
                    self._send_error = exc
                    return

    def _put(self, message: Message) -> None:
        import anyio.from_thread  # deferred: keeps `import starlette` light

        try:
            anyio.from_thread.run(self.stream_send.send, message)
        except anyio.BrokenResourceError:
            raise self._send_error or RuntimeError("The response was abandoned.") from None

    def start_response(
        self, status: str, response_headers: list[tuple[str, str]], exc_info: Any = None
    ) -> Callable[[bytes], None]:
        """PEP 3333's start_response; returns the legacy `write` callable."""
        self.exc_info = exc_info
        if not self.response_started:
            self.response_started = True
            self.status, self.response_headers = status, response_headers
            headers = [
                (name.strip().encode("latin-1").lower(), value.strip().encode("latin-1"))
                for name, value in response_headers
            ]
            status_code = int(status.split(" ", 1)[0])
            self._put({"type": "http.response.start", "status": status_code, "headers": headers})
        elif exc_info is not None:
            # PEP 3333: an error after the headers went out cannot change them.
            raise exc_info[1].with_traceback(exc_info[2])
        return self._write

    def _write(self, data: bytes) -> None:
        self._put({"type": "http.response.body", "body": data, "more_body": True})

    def wsgi(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> None:
        """Run the WSGI app (in the worker thread) and send its body."""
        result: Iterable[bytes] = self.app(environ, start_response)
        try:
            for chunk in result:
                self._write(chunk)
        finally:
            close = getattr(result, "close", None)
            if close is not None:  # PEP 3333: always close what the app returned
                close()
        self._put({"type": "http.response.body", "body": b""})


# =============================================================================
# starlette.middleware.opentelemetry: OpenTelemetryMiddleware
# =============================================================================
# Experimental, as in Starlette: API and telemetry may change. One server
# span per HTTP request, following OpenTelemetry's HTTP semantic conventions:
# named "GET /users/{username}" after the matched route template (known only
# once routing has run, so the name is set when the app returns), with the
# remote parent taken from the request headers (traceparent), the status
# code from "http.response.start", and an error status for 5xx responses or
# exceptions. Only the opentelemetry-api package is needed (imported on
# first use); the application configures the SDK and exporters. Nested
# instances (a mounted Starlette app with its own middleware) share the outer
# span: `scope["starlette.opentelemetry"]` marks a request being traced.

_OTEL_SCOPE_KEY = "starlette.opentelemetry"


class OpenTelemetryMiddleware:
    """Trace HTTP requests as OpenTelemetry server spans (experimental).

        app = OpenTelemetryMiddleware(app, excluded_urls=r"/health$,/ready$")

    `excluded_urls` are regular expressions searched in the full request URL
    (a comma-separated string or a sequence); `tracer_provider` defaults to
    the global provider, looked up now but resolved lazily by OpenTelemetry.
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        tracer_provider: trace.TracerProvider | None = None,
        meter_provider: metrics.MeterProvider | None = None,
        excluded_urls: str | Sequence[str] = (),
    ) -> None:
        _require("opentelemetry", needed_by="OpenTelemetryMiddleware", pip_name="opentelemetry-api")
        from opentelemetry import propagate, trace
        from opentelemetry.trace import SpanKind, Status, StatusCode

        self.app = app
        # Looked up once: the API modules and the two constants each request needs.
        self._trace, self._propagate = trace, propagate
        self._server_kind, self._error_status = SpanKind.SERVER, Status(StatusCode.ERROR)
        self._tracer_provider = tracer_provider or trace.get_tracer_provider()
        self._meter_provider = meter_provider  # accepted for the future; no metrics yet
        patterns = excluded_urls
        if isinstance(patterns, str):  # "a$, b$" means two patterns; "" means none
            patterns = [item.strip() for item in patterns.split(",")] if patterns else []
        self._excluded_urls = tuple(map(re.compile, patterns))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get(_OTEL_SCOPE_KEY):
            await self.app(scope, receive, send)
            return
        scope[_OTEL_SCOPE_KEY] = True
        try:
            if isinstance(self._tracer_provider, self._trace.NoOpTracerProvider):
                await self.app(scope, receive, send)
                return
            url = URL(scope=scope)
            if any(pattern.search(str(url)) for pattern in self._excluded_urls):
                await self.app(scope, receive, send)
                return
            await self._traced(scope, receive, send, url)
        finally:
            del scope[_OTEL_SCOPE_KEY]

    def _attributes(
        self, scope: Scope, url: URL, headers: dict[str, list[str]]
    ) -> dict[str, str | int]:
        """The span's attributes, named as in OpenTelemetry's HTTP server conventions."""
        raw_method = scope.get("method", "")
        method = raw_method.upper()
        client = scope.get("client")
        server = scope.get("server")
        port = url.port if url.port is not None else None if server is None else server[1]
        agents = headers.get("user-agent")
        candidates: dict[str, str | int | None] = {
            "http.request.method": method,
            "http.request.method_original": raw_method if raw_method != method else None,
            "url.path": scope.get("path", ""),
            "url.scheme": scope.get("scheme", "http"),
            "url.query": url.query or None,
            "server.address": url.hostname,
            # A port only means something next to an address.
            "server.port": port if url.hostname is not None else None,
            "network.protocol.version": scope.get("http_version") or None,
            "client.address": None if client is None else client[0],
            "user_agent.original": agents[0] if agents else None,
        }
        return {key: value for key, value in candidates.items() if value is not None}

    async def _traced(self, scope: Scope, receive: Receive, send: Send, url: URL) -> None:
        headers: dict[str, list[str]] = {}
        for name, value in scope.get("headers", []):
            headers.setdefault(name.decode("latin-1").lower(), []).append(value.decode("latin-1"))
        attributes = self._attributes(scope, url, headers)
        method = str(attributes["http.request.method"])
        tracer = self._tracer_provider.get_tracer("starlette", __version__)
        parent = self._propagate.extract(headers)  # traceparent & co from the client
        with tracer.start_as_current_span(
            method, context=parent, kind=self._server_kind, attributes=attributes
        ) as span:

            async def send_with_status(message: Message) -> None:
                if message["type"] == "http.response.start":
                    code = message["status"]
                    span.set_attribute("http.response.status_code", code)
                    if code >= 500:  # a server error, even when nothing was raised
                        span.set_attribute("error.type", str(code))
                        span.set_status(self._error_status)
                await send(message)

            failure: Exception | None = None
            try:
                await self.app(scope, receive, send_with_status)
            except Exception as exc:
                failure = exc
                raise
            finally:  # note the error that escaped, if any; name the span after the route
                if failure is not None:
                    span.set_attribute("error.type", type(failure).__qualname__)
                route_path = _otel_route_path(scope)
                if route_path is not None:
                    span.update_name(f"{method} {route_path}")
                    span.set_attribute("http.route", route_path)


def _otel_route_path(scope: Scope) -> str | None:
    """The matched route's template, as seen from the app root; None if unknown."""
    route = scope.get("route")
    if isinstance(route, Mount):  # nothing inside matched: name the mount point
        return scope.get("root_path") or "/"
    path_format = getattr(route, "path_format", None)
    if not isinstance(path_format, str):
        return None  # no route, a Host, or a custom route without a template
    return scope.get("root_path", "").rstrip("/") + path_format or "/"


# =============================================================================
# extra: plain return values: dicts, strings, None... returned from endpoints
# =============================================================================
# An ASGI response is two kinds of message, "http.response.start" (status and
# headers) and "http.response.body" (bytes). A Response object is the usual
# way to say what they hold; for quick apps the return value can say it too:
#
#     return {"id": 1}             -> 200, application/json
#     return "hello"               -> 200, text/plain; charset=utf-8
#     return b"\x00\x01"           -> 200, application/octet-stream
#     return None                  -> 204, no body
#     return {"error": "x"}, 404   -> the body as above, with that status
#     return "hi", 200, {"X-A": "1"}
#     return Point(1, 2)           -> a dataclass instance, as JSON
#     yield "chunk"                -> a generator (sync or async): streamed
#
# A Response (or any other ASGI app, as Starlette allows) is used as it is, so
# Starlette code pays one isinstance() check.


def _plain_endpoint_name(endpoint: Callable[..., Any]) -> str:
    function = _unwrap_partial(endpoint)
    return getattr(function, "__qualname__", None) or repr(function)


def _plain_unsupported(endpoint: Callable[..., Any], value: Any, part: str) -> TypeError:
    return TypeError(
        f"Endpoint {_plain_endpoint_name(endpoint)} returned {part} of type "
        f"{type(value).__name__!r}; return a Response, a dict, list, str, bytes, None, a "
        "dataclass instance, a generator, or a (body, status) or (body, status, headers) tuple."
    )


def _plain_response(endpoint: Callable[..., Any], value: Any) -> ASGIApp:
    """The Response an endpoint's return value stands for (a Response: itself).

    >>> _plain_response(print, ({"ok": True}, 201)).body
    b'{"ok":true}'
    """
    if isinstance(value, Response):
        return value
    status: int | None = None
    headers: Mapping[str, str] | None = None
    if type(value) is tuple and len(value) in (2, 3):
        value, status, *rest = value
        headers = rest[0] if rest else None
        if type(status) is not int:
            raise _plain_unsupported(endpoint, status, "a tuple with a status")
    if isinstance(value, dict | list):
        return JSONResponse(value, status or 200, headers)
    if isinstance(value, str):
        return PlainTextResponse(value, status or 200, headers)
    if isinstance(value, bytes):
        return Response(value, status or 200, headers, "application/octet-stream")
    if value is None:
        return Response(None, status or 204, headers)
    if is_dataclass(value) and not isinstance(value, type):
        return JSONResponse(asdict(value), status or 200, headers)
    if isinstance(value, Generator | AsyncGenerator):
        return StreamingResponse(value, status or 200, headers, "text/plain")
    if status is None and callable(value):
        # compat: Starlette awaits whatever the endpoint returns as an ASGI app.
        return value  # type: ignore[no-any-return]  # any ASGI app, as in Starlette
    raise _plain_unsupported(
        endpoint, value, "a value" if status is None else "a tuple with a body"
    )


# =============================================================================
# extra: route decorators: @app.get(path), @app.post(path), ... @app.websocket(path)
# =============================================================================
# Registering a route is appending a Route to the router's list; these
# decorators do it where the function is written, as Bottle and FastAPI do:
#
#     @app.get("/users/{user_id:int}")
#     async def user(request):
#         return {"id": request.path_params["user_id"]}
#
# Each returns the function unchanged, so it can still be called and tested
# directly. Route and WebSocketRoute are defined in starlette.routing below;
# these methods look them up when they run, long after this file has loaded.


class _HasRoutes(Protocol):
    """What the decorators need of their owner (a Router, or a Starlette app)."""

    @property
    def routes(self) -> list[BaseRoute]: ...


def _route_decorator(
    owner: _HasRoutes,
    path: str,
    method: str,
    name: str | None,
    include_in_schema: bool,
    middleware: Sequence[Middleware] | None,
) -> Callable[[T], T]:
    # _routing_decorator (the 0.47 @app.route's) hands the endpoint over and
    # returns it unchanged; it is looked up when a decorator runs.
    return _routing_decorator(
        lambda endpoint: owner.routes.append(
            Route(
                path,
                endpoint,
                methods=[method],
                name=name,
                include_in_schema=include_in_schema,
                middleware=middleware,
            )
        )
    )


class _RouteDecorators:
    """`@app.get(path)` and friends, for Router and Starlette.

    Each takes what Route takes besides the methods; GET serves HEAD too.

        >>> router = Router()
        >>> @router.get("/")
        ... async def home(request):
        ...     return {"hello": "world"}
        >>> router.routes
        [Route(path='/', name='home', methods=['GET', 'HEAD'])]
    """

    def get(
        self: _HasRoutes,
        path: str,
        *,
        name: str | None = None,
        include_in_schema: bool = True,
        middleware: Sequence[Middleware] | None = None,
    ) -> Callable[[T], T]:
        return _route_decorator(self, path, "GET", name, include_in_schema, middleware)

    def post(
        self: _HasRoutes,
        path: str,
        *,
        name: str | None = None,
        include_in_schema: bool = True,
        middleware: Sequence[Middleware] | None = None,
    ) -> Callable[[T], T]:
        return _route_decorator(self, path, "POST", name, include_in_schema, middleware)

    def put(
        self: _HasRoutes,
        path: str,
        *,
        name: str | None = None,
        include_in_schema: bool = True,
        middleware: Sequence[Middleware] | None = None,
    ) -> Callable[[T], T]:
        return _route_decorator(self, path, "PUT", name, include_in_schema, middleware)

    def patch(
        self: _HasRoutes,
        path: str,
        *,
        name: str | None = None,
        include_in_schema: bool = True,
        middleware: Sequence[Middleware] | None = None,
    ) -> Callable[[T], T]:
        return _route_decorator(self, path, "PATCH", name, include_in_schema, middleware)

    def delete(
        self: _HasRoutes,
        path: str,
        *,
        name: str | None = None,
        include_in_schema: bool = True,
        middleware: Sequence[Middleware] | None = None,
    ) -> Callable[[T], T]:
        return _route_decorator(self, path, "DELETE", name, include_in_schema, middleware)

    def head(
        self: _HasRoutes,
        path: str,
        *,
        name: str | None = None,
        include_in_schema: bool = True,
        middleware: Sequence[Middleware] | None = None,
    ) -> Callable[[T], T]:
        return _route_decorator(self, path, "HEAD", name, include_in_schema, middleware)

    def options(
        self: _HasRoutes,
        path: str,
        *,
        name: str | None = None,
        include_in_schema: bool = True,
        middleware: Sequence[Middleware] | None = None,
    ) -> Callable[[T], T]:
        return _route_decorator(self, path, "OPTIONS", name, include_in_schema, middleware)

    def websocket(
        self: _HasRoutes,
        path: str,
        *,
        name: str | None = None,
        middleware: Sequence[Middleware] | None = None,
    ) -> Callable[[T], T]:
        """`@app.websocket(path)`: register `async def endpoint(websocket)`."""
        return _routing_decorator(
            lambda endpoint: self.routes.append(
                WebSocketRoute(path, endpoint, name=name, middleware=middleware)
            )
        )


# =============================================================================
# starlette.routing: Route, WebSocketRoute, Mount, Host, Router, lifespan
# =============================================================================
# A router is an ASGI app that picks another ASGI app by looking at the scope:
#
#     {"type": "http", "method": "GET", "path": "/users/42", "root_path": "", ...}
#
# Each route answers `matches(scope)` with Match.NONE, Match.PARTIAL (the path
# fits but the method does not: a 405 candidate) or Match.FULL, plus a
# "child scope" to merge in: the converted path parameters, the endpoint, and
# for a Mount the new root_path. Routes are tried in declaration order; the
# first FULL match wins, and the first PARTIAL one is used only if no later
# route matches fully.
#
# Following a request down (the diagram is in starlette.applications):
# ExceptionMiddleware awaits the Router; Router._pick chooses a route and the
# router awaits `route.handle`, which awaits `route.app`. For a function
# endpoint that app is the request_response adapter ("endpoints as ASGI apps"
# below): it makes the Request, awaits the endpoint, then the Response it got,
# an ASGI app that sends itself up through the layers' shared `send`. The
# section reads bottom-up: adapters, path templates, routes, lifespan, Router.
# It is larger than Starlette's module by the 0.47 API (on_startup, the route
# decorators) and the change-counting route list; `# extra: route index`, just
# after it, keeps the 1000th route about as cheap as the first.


class NoMatchFound(Exception):
    """Raised by `url_path_for()` / `url_for()` when no route has that name and params."""

    def __init__(self, name: str, path_params: dict[str, Any]) -> None:
        params = ", ".join(path_params)
        super().__init__(f'No route exists for name "{name}" and params "{params}".')


class Match(Enum):
    """How well a route fits a scope: not at all, path only (405), or fully."""

    NONE = 0
    PARTIAL = 1
    FULL = 2


# The members as plain globals: on Python 3.11 `Match.FULL` is a descriptor
# lookup that costs as much as a dict lookup, and routing asks it per route.
_ROUTING_NONE, _ROUTING_PARTIAL, _ROUTING_FULL = Match.NONE, Match.PARTIAL, Match.FULL


def _routing_warn(message: str, category: type[Warning]) -> None:
    """Warn as Starlette does, from its starlette.routing module: warning filters
    written against that module path (`...:starlette.routing`) keep working."""
    caller = sys._getframe(1)
    warnings.warn_explicit(
        message,
        category,
        caller.f_code.co_filename,
        caller.f_lineno,
        module=f"{__name__}.routing",
        registry=caller.f_globals.setdefault("__warningregistry__", {}),
    )


def iscoroutinefunction_or_partial(obj: Any) -> bool:
    """Deprecated since Starlette 0.47: tell whether `obj` (maybe a partial) is `async def`."""
    _routing_warn(
        "iscoroutinefunction_or_partial is deprecated, and will be removed in a future release.",
        DeprecationWarning,
    )
    return inspect.iscoroutinefunction(_unwrap_partial(obj))


# --- endpoints as ASGI apps --------------------------------------------------
# A function endpoint takes a Request and returns a Response; a websocket one
# takes a WebSocket. These adapters turn either into `app(scope, receive, send)`
# and let the exception handlers in the scope see the very Request (or
# WebSocket) the endpoint received.


# What a route's `endpoint` may be: a function (or method, or partial) taking
# a Request, or an ASGI app such as an HTTPEndpoint class; and the function kind.
_RoutingEndpoint = Callable[..., Any]
_RoutingHTTPEndpoint = Callable[[Request], Awaitable[Response] | Response]


class _RoutingRequestApp:
    """The ASGI app request_response() makes of `func(request) -> response`."""

    __slots__ = ("func", "run_sync", "__wrapped__")

    def __init__(self, func: Callable[[Request], Any]) -> None:
        self.func = func
        # compat: like Starlette, bind the thread-pool runner when the route is
        # made, so patching it later (as tests do) leaves existing routes alone.
        self.run_sync = None if is_async_callable(func) else run_in_threadpool
        self.__wrapped__ = func

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive, send)
        tables = scope.get("starlette.exception_handlers")
        if type(send) is not _ResponseStartTracker:
            send = _ResponseStartTracker(send)  # (else share the one a layer above made)
        try:
            if self.run_sync is None:
                response = await self.func(request)
            else:  # a plain `def` endpoint blocks: run it in a worker thread
                response = await self.run_sync(self.func, request)
            # The endpoint has answered: its response is an ASGI app that sends itself.
            if not isinstance(response, Response):  # extra: plain return values
                response = _plain_response(self.func, response)
            await response(scope, receive, send)
        except Exception as exc:  # the handler gets the Request the endpoint read
            await _send_handled_response(tables, exc, request, scope, receive, send)


class _RoutingSessionApp:
    """The ASGI app websocket_session() makes of `async def func(websocket)`."""

    __slots__ = ("func", "__wrapped__")

    def __init__(self, func: Callable[[WebSocket], Awaitable[None]]) -> None:
        self.func = func
        self.__wrapped__ = func

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        websocket = WebSocket(scope, receive=receive, send=send)
        tables = scope.get("starlette.exception_handlers")
        try:
            await self.func(websocket)
        except Exception as exc:
            # ASGI: no "http.response.start" passes here (a denial response is
            # "websocket.http.response.start"), so a handler may always answer.
            tracker = _ResponseStartTracker(send)
            await _send_handled_response(tables, exc, websocket, scope, receive, tracker)


def request_response(func: _RoutingHTTPEndpoint) -> ASGIApp:
    """Turn `func(request) -> response` (async, or sync run in a thread) into an ASGI app."""
    return _RoutingRequestApp(func)


def websocket_session(func: Callable[[WebSocket], Awaitable[None]]) -> ASGIApp:
    """Turn an `async def func(websocket)` into an ASGI app."""
    return _RoutingSessionApp(func)


def get_name(endpoint: Callable[..., Any]) -> str:
    """The default route name: the function's `__name__`, else the class name."""
    return getattr(endpoint, "__name__", endpoint.__class__.__name__)


# --- path templates -----------------------------------------------------------
# "/users/{user_id:int}" is a template: literal text plus parameters, each with
# a convertor (str when not given) that owns a regex and the str<->value rules.

_ROUTING_PARAM = re.compile(r"\{([a-zA-Z_][a-zA-Z0-9_]*)(?::([a-zA-Z_][a-zA-Z0-9_]*))?\}")
_ROUTING_FORMAT_PARAM = re.compile(r"\{([a-zA-Z_][a-zA-Z0-9_]*)\}")


def replace_params(
    path: str, param_convertors: dict[str, Convertor[Any]], path_params: dict[str, str]
) -> tuple[str, dict[str, str]]:
    """Fill `{name}` slots of a path format; return it and the params left over.

    One pass, so a value that looks like a placeholder stays as it is:

        >>> replace_params("/{a}/{b}", dict.fromkeys("ab", CONVERTOR_TYPES["str"]), {"a": "{b}"})
        ('/{b}/{b}', {})
    """
    if not path_params:
        return path, path_params

    def fill(slot: re.Match[str]) -> str:
        key = slot.group(1)
        if key not in path_params:
            return slot.group(0)  # left for an outer Mount or Host to fill
        return param_convertors[key].to_string(path_params.pop(key))

    return _ROUTING_FORMAT_PARAM.sub(fill, path), path_params


def compile_path(path: str) -> tuple[Pattern[str], str, dict[str, Convertor[Any]]]:
    """Compile a path (or, without a leading "/", a host) template.

    Returns the matching regex, the format used to build URLs, and the convertors:

        >>> regex, fmt, convertors = compile_path("/users/{id:int}")
        >>> fmt, regex.match("/users/7")["id"], regex.match("/users/7\\n")
        ('/users/{id}', '7', None)
    """
    pieces = _ROUTING_PARAM.split(path)  # literal, name, kind, literal, ..., literal
    literals, names, kinds = pieces[0::3], pieces[1::3], pieces[2::3]
    convertors: dict[str, Convertor[Any]] = {}
    regex = ["^"]
    for literal, name, kind in zip(literals, names, kinds, strict=False):
        convertor = CONVERTOR_TYPES.get(kind or "str")
        if convertor is None:  # compat: Starlette reports this with an assert
            raise AssertionError(f"Unknown path convertor '{kind}'")
        regex.append(f"{re.escape(literal)}(?P<{name}>{convertor.regex})")
        convertors[name] = convertor
    repeated = sorted({name for name in names if names.count(name) > 1})
    if repeated:
        plural = "s" if len(repeated) > 1 else ""
        raise ValueError(f"Duplicated param name{plural} {', '.join(repeated)} at path {path}")
    tail = literals[-1]
    is_host = not path.startswith("/")
    if is_host and not tail.endswith("]"):
        tail = tail.rsplit(":", 1)[0]  # the port never takes part in host matching
    # \Z, not $: "$" also matches before a final newline, so "/admin\n" would
    # route to "/admin" (Starlette does that; this file refuses it).
    regex.append(re.escape(tail) + r"\Z")
    path_format = "".join(
        lit + "{" + name + "}" for lit, name in zip(literals, names, strict=False)
    )
    # Host names are case-insensitive (RFC 9110 section 4.2.3); paths are not.
    flags = re.IGNORECASE if is_host else 0
    return re.compile("".join(regex), flags), path_format + literals[-1], convertors


def _routing_params(route: Any, scope: Scope, params: dict[str, Any]) -> dict[str, Any] | None:
    """Convert matched params in place and lay them over the scope's; None if one is refused."""
    if params:
        convertors = route.param_convertors
        try:
            for key, value in params.items():
                params[key] = convertors[key].convert(value)
        except ValueError:
            # Bad input, e.g. an int of 5000 digits (past Python's limit): no match, not a 500.
            return None
    parent = scope.get("path_params")
    return {**parent, **params} if parent else params


def _routing_not_found_app(scope: Scope) -> ASGIApp:
    """The stand-alone answer when nothing matches: 404 text, or closing the websocket."""
    if scope["type"] == "websocket":
        return WebSocketClose()
    return PlainTextResponse("Not Found", status_code=404)


def _routing_wrap(app: ASGIApp, middleware: Sequence[Middleware] | None) -> ASGIApp:
    """Build middleware around `app`; the first in the list ends up outermost."""
    for cls, args, kwargs in reversed(middleware or ()):
        app = cls(app, *args, **kwargs)
    return app


def _routing_is_function(endpoint: Any) -> bool:
    """True for functions and methods (also inside partials): `func(request)` endpoints."""
    endpoint = _unwrap_partial(endpoint)
    return inspect.isfunction(endpoint) or inspect.ismethod(endpoint)


def _routing_url_path(
    route: Route | WebSocketRoute,
    name: str,
    path_params: dict[str, Any],
    protocol: Literal["http", "websocket"],
) -> URLPath:
    """url_path_for of a Route or WebSocketRoute: its name, with exactly its parameters."""
    if name != route.name or path_params.keys() != route.param_convertors.keys():
        raise NoMatchFound(name, path_params)
    path, _ = replace_params(route.path_format, route.param_convertors, path_params)
    return URLPath(path=path, protocol=protocol)


def _routing_child_name(route_name: str | None, name: str) -> str | None:
    """The name to look up inside a named Mount or Host ("api:users" in "api"
    is "users"; an unnamed one passes every name on), or None if not inside.

    >>> _routing_child_name("api", "api:users"), _routing_child_name("api", "users")
    ('users', None)
    """
    if route_name is None:
        return name
    if name.startswith(route_name + ":"):
        return name[len(route_name) + 1 :]
    return None


def _routing_reverse(
    routes: Iterable[BaseRoute], name: str, path_params: dict[str, Any]
) -> URLPath | None:
    """The URL path of the first route that knows `name` with these params, else None."""
    for route in routes:
        try:
            return route.url_path_for(name, **path_params)
        except NoMatchFound:
            continue
    return None


class BaseRoute:
    """The route interface: matches(), url_path_for(), handle()."""

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        raise NotImplementedError()  # pragma: no cover - abstract

    def url_path_for(self, name: str, /, **path_params: Any) -> URLPath:
        raise NotImplementedError()  # pragma: no cover - abstract

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        raise NotImplementedError()  # pragma: no cover - abstract

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve as a stand-alone ASGI app: handle a match, else 404 / close."""
        match, child_scope = self.matches(scope)
        if match is _ROUTING_NONE:
            if scope["type"] in ("http", "websocket"):
                await _routing_not_found_app(scope)(scope, receive, send)
            return
        scope.update(child_scope)
        await self.handle(scope, receive, send)


# A list of routes, as Route, Mount and Router take it (None: no routes).
_RoutingRoutes = Sequence[BaseRoute] | None


class Route(BaseRoute):
    """An HTTP route: a path template, an endpoint and the methods it accepts.

    A function endpoint gets a Request and returns a Response (GET by default,
    HEAD added whenever GET is allowed); anything else, such as an HTTPEndpoint
    class, is called as an ASGI app and sees every method.

        >>> async def home(request): ...
        >>> Route("/", home)
        Route(path='/', name='home', methods=['GET', 'HEAD'])
    """

    def __init__(
        self,
        path: str,
        endpoint: _RoutingEndpoint,
        *,
        name: str | None = None,
        methods: Collection[str] | None = None,
        middleware: Sequence[Middleware] | None = None,
        max_body_size: int | None = None,
        include_in_schema: bool = True,
    ) -> None:
        _compat_assert(path.startswith("/"), "Routed paths must start with '/'")
        self.path = path
        self.endpoint = endpoint
        self.name = get_name(endpoint) if name is None else name
        self.include_in_schema = include_in_schema
        if _routing_is_function(endpoint):
            self.app = request_response(endpoint)
            if methods is None:
                methods = ["GET"]
        else:  # a class or an instance: it speaks ASGI itself
            self.app = endpoint
        self.app = _routing_wrap(self.app, middleware)
        if max_body_size is not None:
            self.app = RequestBodyLimitMiddleware(self.app, max_body_size=max_body_size)
        self.methods: set[str] | None = None
        if methods is not None:
            self.methods = {method.upper() for method in methods}
            if "GET" in self.methods:
                self.methods.add("HEAD")  # RFC 9110 section 9.3.2: HEAD is GET minus the body
        self.path_regex, self.path_format, self.param_convertors = compile_path(path)
        self._routing_compiled = (self.path_regex, self.path_format, {**self.param_convertors})

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        if scope["type"] != "http":
            return _ROUTING_NONE, {}
        # get_route_path only when there is a root path to strip: the usual case is cheaper.
        path = get_route_path(scope) if scope.get("root_path") else scope["path"]
        matched = self.path_regex.match(path)
        params = None if matched is None else _routing_params(self, scope, matched.groupdict())
        if params is None:
            return _ROUTING_NONE, {}
        child_scope = {"endpoint": self.endpoint, "path_params": params}
        if self.methods and scope["method"] not in self.methods:
            return _ROUTING_PARTIAL, child_scope  # right path, wrong method: maybe a 405
        return _ROUTING_FULL, child_scope

    def url_path_for(self, name: str, /, **path_params: Any) -> URLPath:
        return _routing_url_path(self, name, path_params, "http")

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        methods = self.methods
        if not methods or scope["method"] in methods:
            await self.app(scope, receive, send)
            return
        allow = {"Allow": ", ".join(sorted(methods))}
        if "app" in scope:  # inside an application: let its 405 handler answer
            raise HTTPException(status_code=405, headers=allow)
        await PlainTextResponse("Method Not Allowed", 405, allow)(scope, receive, send)

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, Route):
            return False
        mine = (self.path, self.endpoint, self.methods)
        return mine == (other.path, other.endpoint, other.methods)

    def __repr__(self) -> str:
        methods = sorted(self.methods or ())
        return f"{type(self).__name__}(path={self.path!r}, name={self.name!r}, methods={methods!r})"


class WebSocketRoute(BaseRoute):
    """A websocket route: a path template and an `async def endpoint(websocket)` (or ASGI app)."""

    def __init__(
        self,
        path: str,
        endpoint: _RoutingEndpoint,
        *,
        name: str | None = None,
        middleware: Sequence[Middleware] | None = None,
    ) -> None:
        _compat_assert(path.startswith("/"), "Routed paths must start with '/'")
        self.path = path
        self.endpoint = endpoint
        self.name = get_name(endpoint) if name is None else name
        app = websocket_session(endpoint) if _routing_is_function(endpoint) else endpoint
        self.app = _routing_wrap(app, middleware)
        self.path_regex, self.path_format, self.param_convertors = compile_path(path)
        self._routing_compiled = (self.path_regex, self.path_format, {**self.param_convertors})

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        if scope["type"] != "websocket":
            return _ROUTING_NONE, {}
        matched = self.path_regex.match(get_route_path(scope))
        params = None if matched is None else _routing_params(self, scope, matched.groupdict())
        if params is None:
            return _ROUTING_NONE, {}
        return _ROUTING_FULL, {"endpoint": self.endpoint, "path_params": params}

    def url_path_for(self, name: str, /, **path_params: Any) -> URLPath:
        return _routing_url_path(self, name, path_params, "websocket")

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.app(scope, receive, send)

    def __eq__(self, other: Any) -> bool:
        same_kind = isinstance(other, WebSocketRoute)
        return same_kind and (self.path, self.endpoint) == (other.path, other.endpoint)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(path={self.path!r}, name={self.name!r})"


class Mount(BaseRoute):
    """Serve a sub-application (or a list of routes) under a path prefix.

    ASGI: the mounted app sees the same "path" and a "root_path" extended by the
    matched prefix, which is how it knows where it lives (and how get_route_path
    finds the part it should route on).
    """

    def __init__(
        self,
        path: str,
        app: ASGIApp | None = None,
        routes: _RoutingRoutes = None,
        name: str | None = None,
        *,
        max_body_size: int | None = None,
        middleware: Sequence[Middleware] | None = None,
    ) -> None:
        _compat_assert(path == "" or path.startswith("/"), "Routed paths must start with '/'")
        _compat_assert(
            app is not None or routes is not None,
            "Either 'app=...', or 'routes=' must be specified",
        )
        self.path = path.rstrip("/")
        self._base_app: ASGIApp = app if app is not None else Router(routes=routes)
        self.app = _routing_wrap(self._base_app, middleware)
        if max_body_size is not None:
            self.app = RequestBodyLimitMiddleware(self.app, max_body_size=max_body_size)
        self.name = name
        self.path_regex, self.path_format, self.param_convertors = compile_path(
            self.path + "/{path:path}"
        )
        self._routing_compiled = (self.path_regex, self.path_format, {**self.param_convertors})

    @property
    def routes(self) -> list[BaseRoute]:
        """The mounted app's routes, if it has any: a Router's list, live."""
        return getattr(self._base_app, "routes", [])

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        if scope["type"] not in ("http", "websocket"):
            return _ROUTING_NONE, {}
        route_path = get_route_path(scope)
        matched = self.path_regex.match(route_path)
        if matched is None:
            return _ROUTING_NONE, {}
        found = matched.groupdict()
        remaining = "/" + found.pop("path")  # what the mounted app routes on
        params = _routing_params(self, scope, found)
        if params is None:
            return _ROUTING_NONE, {}
        root_path = scope.get("root_path", "")
        return _ROUTING_FULL, {
            "path_params": params,
            # Set once, by the outermost mount, so url_for() inside nested
            # mounts still builds paths from the application's own root.
            "app_root_path": scope.get("app_root_path", root_path),
            "root_path": root_path + route_path[: -len(remaining)],
            "endpoint": self.app,
        }

    def url_path_for(self, name: str, /, **path_params: Any) -> URLPath:
        if self.name is not None and name == self.name and "path" in path_params:
            # The mount itself, e.g. url_path_for("static", path="/css/site.css").
            path_params["path"] = path_params["path"].lstrip("/")
            path, remaining = replace_params(self.path_format, self.param_convertors, path_params)
            if not remaining:
                return URLPath(path=path)
        elif (child_name := _routing_child_name(self.name, name)) is not None:
            # A route inside: "<mount name>:<child name>", or any name if unnamed.
            path_kwarg = path_params.get("path")
            path_params["path"] = ""
            prefix, remaining = replace_params(self.path_format, self.param_convertors, path_params)
            if path_kwarg is not None:
                remaining["path"] = path_kwarg
            url = _routing_reverse(self.routes or (), child_name, remaining)
            if url is not None:
                return URLPath(path=prefix.rstrip("/") + str(url), protocol=url.protocol)
        raise NoMatchFound(name, path_params)

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.app(scope, receive, send)

    def __eq__(self, other: Any) -> bool:
        return isinstance(other, Mount) and (self.path, self.app) == (other.path, other.app)

    def __repr__(self) -> str:
        name, kind = self.name or "", type(self).__name__
        return f"{kind}(path={self.path!r}, name={name!r}, app={self.app!r})"


class Host(BaseRoute):
    """Route on the Host header: "api.example.org" or "{subdomain}.example.org"."""

    def __init__(self, host: str, app: ASGIApp, name: str | None = None) -> None:
        _compat_assert(not host.startswith("/"), "Host must not start with '/'")
        self.host_regex, self.host_format, self.param_convertors = compile_path(host)
        self.host, self.app, self.name = host, app, name

    @property
    def routes(self) -> list[BaseRoute]:
        """The routes of the app behind this host, if it has any (for url_path_for)."""
        return getattr(self.app, "routes", [])

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        if scope["type"] not in ("http", "websocket"):
            return _ROUTING_NONE, {}
        host_header = _scope_header(scope, b"host")
        parsed = None if host_header is None else parse_host_header(host_header.decode("latin-1"))
        if parsed is None:  # missing or malformed Host: no host route can claim it
            return _ROUTING_NONE, {}
        matched = self.host_regex.match(parsed.host.lower())
        params = None if matched is None else _routing_params(self, scope, matched.groupdict())
        if params is None:
            return _ROUTING_NONE, {}
        return _ROUTING_FULL, {"path_params": params, "endpoint": self.app}

    def url_path_for(self, name: str, /, **path_params: Any) -> URLPath:
        if self.name is not None and name == self.name and "path" in path_params:
            path = path_params.pop("path")
            host, remaining = replace_params(self.host_format, self.param_convertors, path_params)
            if not remaining:
                return URLPath(path=path, host=host)
        elif (child_name := _routing_child_name(self.name, name)) is not None:
            host, remaining = replace_params(self.host_format, self.param_convertors, path_params)
            url = _routing_reverse(self.routes or (), child_name, remaining)
            if url is not None:
                return URLPath(path=str(url), protocol=url.protocol, host=host)
        raise NoMatchFound(name, path_params)

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.app(scope, receive, send)

    def __eq__(self, other: Any) -> bool:
        return isinstance(other, Host) and (self.host, self.app) == (other.host, other.app)

    def __repr__(self) -> str:
        name, kind = self.name or "", type(self).__name__
        return f"{kind}(host={self.host!r}, name={name!r}, app={self.app!r})"


# --- lifespan -----------------------------------------------------------------
# ASGI: besides "http" and "websocket", a server opens one "lifespan" scope for
# the whole life of the process, and talks to the app through it:
#
#     receive -> {"type": "lifespan.startup"}
#     send    -> {"type": "lifespan.startup.complete"}
#                or {"type": "lifespan.startup.failed", "message": "..."}
#     ...the server now serves requests...
#     receive -> {"type": "lifespan.shutdown"}
#     send    -> {"type": "lifespan.shutdown.complete"}
#                or {"type": "lifespan.shutdown.failed", "message": "..."}
#
# Starlette spells the pair as one async context manager: code before `yield`
# is startup, code after it is shutdown. Whatever mapping it yields is copied
# into scope["state"], a dict the server creates for the lifespan scope and
# then hands (shallow-copied) to every request, where it shows up as
# `request.state`. A server that gives no "state" cannot carry it, which is
# an error only if the lifespan actually yields something.


class _AsyncLiftContextManager(AbstractAsyncContextManager[T]):
    """Use a synchronous context manager with `async with`."""

    def __init__(self, cm: AbstractContextManager[T]):
        self._cm = cm

    async def __aenter__(self) -> T:
        return self._cm.__enter__()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc_value: BaseException | None,
        traceback: TracebackType | None,
    ) -> bool | None:
        return self._cm.__exit__(exc_type, exc_value, traceback)


def _wrap_gen_lifespan_context(
    lifespan_context: Callable[[Any], Generator[Any, Any, Any]],
) -> Callable[[Any], AbstractAsyncContextManager[Any]]:
    """Turn a plain generator lifespan (deprecated) into an async context manager factory."""
    as_context_manager = contextmanager(lifespan_context)
    return functools.wraps(as_context_manager)(
        lambda app: _AsyncLiftContextManager(as_context_manager(app))
    )


class _DefaultLifespan:
    """The lifespan of a Router given none: runs the legacy on_startup/on_shutdown lists."""

    def __init__(self, router: Router):
        self._router = router

    async def __aenter__(self) -> None:
        await self._router.startup()

    async def __aexit__(self, *exc_info: object) -> None:
        await self._router.shutdown()

    def __call__(self: T, app: object) -> T:
        return self


def _routing_lifespan_context(router: Router, lifespan: Any) -> Any:
    """Pick the context manager factory for the `lifespan=` a Router was given."""
    if lifespan is None:
        return _DefaultLifespan(router)
    kind = "async generator" if inspect.isasyncgenfunction(lifespan) else "generator"
    if kind == "generator" and not inspect.isgeneratorfunction(lifespan):
        return lifespan
    _routing_warn(
        f"{kind} function lifespans are deprecated, "
        "use an @contextlib.asynccontextmanager function instead",
        _LegacyDeprecationWarning,
    )
    if kind == "generator":
        return _wrap_gen_lifespan_context(lifespan)
    return asynccontextmanager(lifespan)


# --- the route list -------------------------------------------------------------
# Router.routes is a live list: routes appended after startup serve the next
# request, as in Starlette. `# extra: route index` (after the route classes it
# files) is reached through one hook and caches its index per state of the list,
# so the list counts its changes. A router of this few routes asks them all:
_ROUTING_SCAN_LIMIT = 4

# The hook: the routes worth asking for (scope type, route path), in order.
_route_candidates: Callable[[Router, str, str], Sequence[BaseRoute]]


class _RouteList(list):  # type: ignore[type-arg]  # compat: Router.routes is a plain list
    """Router.routes: a list that counts its changes, so the index knows when to rebuild."""

    __slots__ = ("_routing_version",)

    def __init__(self, routes: Iterable[BaseRoute] = ()) -> None:
        super().__init__(routes)
        self._routing_version = 0


def _routing_counting(name: str) -> Callable[..., Any]:
    """Wrap the list method `name` so every call bumps the version counter."""
    original = getattr(list, name)

    @functools.wraps(original)
    def counted(self: _RouteList, *args: Any, **kwargs: Any) -> Any:
        self._routing_version += 1
        return original(self, *args, **kwargs)

    return counted


for _routing_method in (
    "append extend insert remove pop clear sort reverse __setitem__ __delitem__ __iadd__ __imul__"
).split():
    setattr(_RouteList, _routing_method, _routing_counting(_routing_method))
del _routing_method


def _routing_decorator(register: Callable[[Any], object]) -> Callable[[T], T]:
    """A decorator that hands the function to `register` and returns it (the 0.47 API)."""

    def decorator(func: T) -> T:
        register(func)
        return func

    return decorator


async def _routing_run_handlers(handlers: Sequence[Callable[[], Any]]) -> None:
    """Call each legacy event handler in order, awaiting the async ones."""
    for handler in handlers:
        result = handler()
        if is_async_callable(handler):
            await result


class Router(_RouteDecorators):
    """Dispatch connections to routes, and run the application's lifespan.

    >>> async def home(request): ...
    >>> router = Router([Route("/", home), Mount("/api", routes=[Route("/users", home)])])
    >>> router.url_path_for("home")
    '/'
    """

    _index: _RoutingIndex | None = None

    def __init__(
        self,
        routes: _RoutingRoutes = None,
        redirect_slashes: bool = True,
        default: ASGIApp | None = None,
        # The lifespan receives the top-level application, of a type the
        # router cannot know; hence Any.
        lifespan: Lifespan[Any] | None = None,
        *,
        max_body_size: int | None = None,
        middleware: Sequence[Middleware] | None = None,
        on_startup: Sequence[Callable[[], Any]] | None = None,
        on_shutdown: Sequence[Callable[[], Any]] | None = None,
    ) -> None:
        self.routes: list[BaseRoute] = _RouteList(routes or ())
        self.redirect_slashes = redirect_slashes
        self.default: ASGIApp = self.not_found if default is None else default
        self.on_startup = list(on_startup or ())
        self.on_shutdown = list(on_shutdown or ())
        if on_startup or on_shutdown:
            _routing_warn(
                "The on_startup and on_shutdown parameters are deprecated, and they "
                "will be removed on version 1.0. Use the lifespan parameter instead. "
                "See more about it on https://www.starlette.io/lifespan/.",
                DeprecationWarning,
            )
            if lifespan:
                _routing_warn(
                    "The `lifespan` parameter cannot be used with `on_startup` or "
                    "`on_shutdown`. Both `on_startup` and `on_shutdown` will be ignored.",
                    UserWarning,
                )
        self.lifespan_context: Lifespan[Any] = _routing_lifespan_context(self, lifespan)
        self.middleware_stack: ASGIApp = _routing_wrap(self.app, middleware)
        if max_body_size is not None:
            self.middleware_stack = RequestBodyLimitMiddleware(
                self.middleware_stack, max_body_size=max_body_size
            )

    async def not_found(self, scope: Scope, receive: Receive, send: Send) -> None:
        """The default app for unmatched connections: 404, or close the websocket."""
        if scope["type"] != "websocket" and "app" in scope:
            # Inside an application, raise: its 404 handler (or debug page) answers.
            raise HTTPException(status_code=404)
        await _routing_not_found_app(scope)(scope, receive, send)

    def url_path_for(self, name: str, /, **path_params: Any) -> URLPath:
        url = _routing_reverse(self.routes, name, path_params)
        if url is None:
            raise NoMatchFound(name, path_params)
        return url

    async def lifespan(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Speak the ASGI lifespan protocol around `self.lifespan_context`."""
        phase = "startup"
        await receive()  # {"type": "lifespan.startup"}
        try:
            async with self.lifespan_context(scope.get("app")) as state:
                if state is not None:
                    if "state" not in scope:
                        raise RuntimeError(
                            'The server does not support "state" in the lifespan scope.'
                        )
                    scope["state"].update(state)
                await send({"type": "lifespan.startup.complete"})
                phase = "shutdown"
                await receive()  # {"type": "lifespan.shutdown"}: leave the context
        except BaseException:
            # ASGI: report the failure of the phase we were in, with the
            # traceback as the message, then let the server see the exception.
            await send({"type": f"lifespan.{phase}.failed", "message": traceback.format_exc()})
            raise
        await send({"type": "lifespan.shutdown.complete"})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """The ASGI entry point: the middleware stack, which ends in `self.app`."""
        await self.middleware_stack(scope, receive, send)

    async def app(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Route one connection: the first FULL match, else the first PARTIAL, else
        a trailing-slash redirect, else `self.default`."""
        await self._pick(scope)(scope, receive, send)

    def _pick(self, scope: Scope) -> ASGIApp:
        """Choose the ASGI app that serves `scope`, updating the scope as Starlette
        does; choosing is synchronous, only running the choice is awaited."""
        scope_type = scope["type"]
        if scope_type != "http" and scope_type != "websocket":
            _compat_assert(scope_type == "lifespan", f"Unsupported scope type {scope_type!r}")
        if "router" not in scope:
            scope["router"] = self
        if scope_type == "lifespan":
            return self.lifespan
        routes: Sequence[BaseRoute] = self.routes
        if len(routes) > _ROUTING_SCAN_LIMIT:  # extra: route index, skipping routes that cannot fit
            routes = _route_candidates(self, scope_type, get_route_path(scope))
        partial: BaseRoute | None = None
        for route in routes:
            match, child_scope = route.matches(scope)
            if match is _ROUTING_FULL:
                scope["route"] = route
                scope.update(child_scope)
                return route.handle
            if match is _ROUTING_PARTIAL and partial is None:
                # The path fits, the method does not: this route answers 405,
                # unless a later one fits fully.
                partial, partial_scope = route, child_scope
        if partial is not None:
            scope["route"] = partial
            scope.update(partial_scope)
            return partial.handle
        if scope_type == "http" and self.redirect_slashes:
            route_path = get_route_path(scope)
            if route_path != "/":
                redirect = self._slash_redirect(scope, route_path)
                if redirect is not None:
                    return redirect
        return self.default

    def _slash_redirect(self, scope: Scope, route_path: str) -> Response | None:
        """A redirect to the same path with its trailing slash added or removed,
        if some route would take that one."""
        other = dict(scope)
        if route_path.endswith("/"):
            other["path"] = other["path"].rstrip("/")
        else:
            other["path"] = other["path"] + "/"
        routes: Sequence[BaseRoute] = self.routes
        if len(routes) > _ROUTING_SCAN_LIMIT:  # extra: route index
            routes = _route_candidates(self, "http", get_route_path(other))
        for route in routes:
            if route.matches(other)[0] is not _ROUTING_NONE:
                return RedirectResponse(url=str(URL(scope=other)))
        return None

    def __eq__(self, other: Any) -> bool:
        return isinstance(other, Router) and self.routes == other.routes

    # --- the imperative API (kept by Starlette 1.x, not documented) --------------

    def mount(self, path: str, app: ASGIApp, name: str | None = None) -> None:
        self.routes.append(Mount(path, app=app, name=name))

    def host(self, host: str, app: ASGIApp, name: str | None = None) -> None:
        self.routes.append(Host(host, app=app, name=name))

    def add_route(
        self,
        path: str,
        endpoint: _RoutingHTTPEndpoint,
        methods: Collection[str] | None = None,
        name: str | None = None,
        include_in_schema: bool = True,
    ) -> None:
        schema = include_in_schema
        self.routes.append(
            Route(path, endpoint, methods=methods, name=name, include_in_schema=schema)
        )

    def add_websocket_route(
        self, path: str, endpoint: Callable[[WebSocket], Awaitable[None]], name: str | None = None
    ) -> None:
        self.routes.append(WebSocketRoute(path, endpoint, name=name))

    # --- the 0.47 legacy API: works, and warns as 0.47 did -----------------------

    async def startup(self) -> None:
        """Run the legacy `on_startup` handlers, in order."""
        await _routing_run_handlers(self.on_startup)

    async def shutdown(self) -> None:
        """Run the legacy `on_shutdown` handlers, in order."""
        await _routing_run_handlers(self.on_shutdown)

    def add_event_handler(self, event_type: str, func: Callable[[], Any]) -> None:
        _compat_assert(event_type in ("startup", "shutdown"), "event_type must be startup/shutdown")
        (self.on_startup if event_type == "startup" else self.on_shutdown).append(func)

    def on_event(self, event_type: str) -> Callable:  # type: ignore[type-arg]  # 0.47's signature
        _routing_warn(
            "The `on_event` decorator is deprecated, and will be removed in version 1.0.0. "
            "Refer to https://www.starlette.io/lifespan/ for recommended approach.",
            DeprecationWarning,
        )
        return _routing_decorator(lambda func: self.add_event_handler(event_type, func))

    def route(
        self,
        path: str,
        methods: Collection[str] | None = None,
        name: str | None = None,
        include_in_schema: bool = True,
    ) -> Callable:  # type: ignore[type-arg]  # 0.47's signature
        """Deprecated decorator: prefer `Router(routes=[Route(path, endpoint), ...])`."""
        # compat: 0.47's exact text, the missing space after "1.0.0." included.
        _routing_warn(
            "The `route` decorator is deprecated, and will be removed in version 1.0.0."
            "Refer to https://www.starlette.io/routing/#http-routing for the recommended approach.",
            DeprecationWarning,
        )
        return _routing_decorator(
            lambda func: self.add_route(path, func, methods, name, include_in_schema)
        )

    def websocket_route(self, path: str, name: str | None = None) -> Callable[..., Any]:
        """Deprecated decorator: prefer `Router(routes=[WebSocketRoute(path, endpoint)])`."""
        _routing_warn(
            "The `websocket_route` decorator is deprecated, and will be removed in version 1.0.0. "
            "Refer to https://www.starlette.io/routing/#websocket-routing for the recommended "
            "approach.",
            DeprecationWarning,
        )
        return _routing_decorator(lambda func: self.add_websocket_route(path, func, name))


# =============================================================================
# extra: route index: the 1000th route costs about what the first does
# =============================================================================
# Starlette asks every route in turn, so its 1000th route costs 1000 times its
# first. This router keeps the rule (declaration order, the first FULL match
# wins, a PARTIAL one only if none does) but asks only the routes that could
# fit the path, found in an index of their templates, one per scope type:
#
#   trie    templates, one level per path segment. A segment is a literal
#           ("users"), a wildcard when its parameters cannot span a "/"
#           ("{id}", "{id:int}.json"), or open when one can ("{rest:path}"):
#           an open route is a candidate for every path passing through it;
#   always  everything else (Host routes, custom matches() or convertors, a
#           pattern edited after construction): asked every time.
#
# Only a route whose class keeps Starlette's own matches() and whose pattern is
# still the one compile_path() made goes into the trie: its segments are then a
# true precondition of matching, so skipping a route that cannot fit never
# changes the route Starlette would have picked. Candidates keep their
# positions in the list, so they are still tried in declaration order.


# The matches() the index understands, kept as defined here: a subclass that
# overrides them, or a patch of the class attribute, makes routes plain candidates.
_ROUTING_OWN_MATCHES = (Route.matches, WebSocketRoute.matches, Mount.matches)
# What Route, WebSocketRoute and Mount keep of compile_path()'s answer, in
# `_routing_compiled`, to tell later whether their pattern is still its own.
_ROUTING_COMPILED = ("path_regex", "path_format", "param_convertors")

# Regexes of the built-in str, int, float and uuid convertors: none matches "/".
_ROUTING_SEGMENT_REGEXES = frozenset(
    c.regex for c in (StringConvertor, IntegerConvertor, FloatConvertor, UUIDConvertor)
)


# A route's trie key: its segments (None for a wildcard) and whether it ends open.
_RoutingKey = tuple[tuple[str | None, ...], bool] | None


def _routing_segments(route: BaseRoute) -> _RoutingKey:
    """A route's trie key, or None if the route must be asked every time."""
    compiled = getattr(route, "_routing_compiled", None)
    current = [getattr(route, name, None) for name in _ROUTING_COMPILED]
    if compiled is None or list(compiled) != current:
        return None
    segments: list[str | None] = []
    for segment in compiled[1].split("/")[1:]:
        regexes = {compiled[2][name].regex for name in _ROUTING_FORMAT_PARAM.findall(segment)}
        if not regexes:
            segments.append(segment)
        elif regexes <= _ROUTING_SEGMENT_REGEXES:
            segments.append(None)
        elif regexes <= _ROUTING_SEGMENT_REGEXES | {PathConvertor.regex}:
            return tuple(segments), True
        else:  # a custom convertor's regex: the index cannot tell what it spans
            return None
    return tuple(segments), False


class _RoutingNode:
    """A trie node: the routes ending here, the open routes waiting here, and children."""

    __slots__ = ("children", "wild", "ends", "opens")

    def __init__(self) -> None:
        self.children: dict[str, _RoutingNode] = {}
        self.wild: _RoutingNode | None = None
        self.ends: list[BaseRoute] = []
        self.opens: list[BaseRoute] = []


class _RoutingTable:
    """One scope type's routes, filed by template; `order` keeps their list positions."""

    __slots__ = ("root", "always", "depth", "order")

    def __init__(self) -> None:
        self.root = _RoutingNode()
        self.always: list[BaseRoute] = []
        self.depth = 0  # the most segments of any template: how far a lookup splits
        self.order: dict[int, int] = {}  # id(route) -> position, to merge in list order

    def add(self, position: int, route: BaseRoute, key: _RoutingKey) -> None:
        self.order.setdefault(id(route), position)
        if key is None:
            self.always.append(route)
            return
        segments, is_open = key
        node = self.root
        for segment in segments:
            if segment is None:
                node.wild = node = node.wild or _RoutingNode()
            else:
                node = node.children.setdefault(segment, _RoutingNode())
        (node.opens if is_open else node.ends).append(route)
        self.depth = max(self.depth, len(segments) + 1)

    def candidates(self, path: str) -> list[BaseRoute]:
        """The routes that may match `path`, in declaration order."""
        found = [self.always] if self.always else []
        segments = path.split("/", self.depth)  # bounded: "/////..." splits no further
        nodes = [] if segments[0] else [self.root]  # every template starts with "/"
        for segment in segments[1:]:
            reached = []
            for node in nodes:
                if node.opens:
                    found.append(node.opens)
                child = node.children.get(segment)
                if child is not None:
                    reached.append(child)
                if node.wild is not None:
                    reached.append(node.wild)
            nodes = reached
        for node in nodes:
            if node.opens:
                found.append(node.opens)
            if node.ends:
                found.append(node.ends)
        if len(found) == 1:
            return found[0]
        order = self.order
        return sorted((route for group in found for route in group), key=lambda r: order[id(r)])


class _RoutingIndex:
    """The route index of one state of a Router's `routes` list."""

    __slots__ = ("source", "version", "routes", "http", "websocket")

    def __init__(self, source: Sequence[BaseRoute]) -> None:
        self.source = source
        self.version: int | None = getattr(source, "_routing_version", None)
        self.routes = tuple(source)
        self.http, self.websocket = _RoutingTable(), _RoutingTable()
        for position, route in enumerate(self.routes):
            matches = type(route).matches
            key = _routing_segments(route) if matches in _ROUTING_OWN_MATCHES else None
            if matches is not _ROUTING_OWN_MATCHES[1]:  # all but WebSocketRoute serve http
                self.http.add(position, route, key)
            if matches is not _ROUTING_OWN_MATCHES[0]:  # all but Route serve websockets
                self.websocket.add(position, route, key)


def _route_candidates_of(router: Router, scope_type: str, path: str) -> list[BaseRoute]:
    """The hook: the routes of `router` that may match `path`, in declaration order."""
    index, routes = router._index, router.routes
    if (  # rebuilt when `routes` changed: a _RouteList counts its changes
        index is None
        or index.source is not routes
        or index.version != getattr(routes, "_routing_version", None)
        or (index.version is None and index.routes != tuple(routes))  # another list
    ):
        index = router._index = _RoutingIndex(routes)
    return (index.http if scope_type == "http" else index.websocket).candidates(path)


_route_candidates = _route_candidates_of  # the hook declared in starlette.routing


# =============================================================================
# extra: debug pages: 404 and 405 pages that list the routes and allowed methods
# =============================================================================
# Starlette answers an unmatched path with a bare "Not Found". With debug=True
# this file answers the router's own 404 with the application's routes, and a
# 405 with the methods the path accepts (its Allow header), as HTML for a
# browser and plain text otherwise; status code and headers stay those of the
# exception. ExceptionMiddleware.http_exception reaches this section through
# one hook, `_debug_page`; with debug=False nothing here runs.

# One row of the debug route listing: (nesting depth, kind, path or host).
_DebugRouteRow = tuple[int, str, str]

_DEBUG_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title}</title>
<style>
body {{ font: 15px/1.5 system-ui, sans-serif; color: #1d1d1f; max-width: 48em; margin: 2em auto; }}
h1 {{ font-size: 1.4em; border-bottom: 2px solid #c33; padding-bottom: 0.2em; }}
code, table {{ font-family: ui-monospace, Menlo, monospace; font-size: 0.95em; }}
td {{ padding: 0.15em 1.5em 0.15em 0; vertical-align: top; }}
td.kind {{ color: #666; }}
footer {{ color: #777; font-size: 0.85em; margin-top: 2em; }}
</style>
</head>
<body>
<h1>{title}</h1>
<p>{summary}</p>
{details}
<footer>Shown because the application runs with debug=True.</footer>
</body>
</html>
"""


def _debug_raised_by_router(exc: BaseException) -> bool:
    """True when the innermost frame of the traceback is Router.not_found's own."""
    frames = exc.__traceback__
    if frames is None:
        return False
    while frames.tb_next is not None:
        frames = frames.tb_next
    return frames.tb_frame.f_code is vars(Router)["not_found"].__code__


def _debug_route_rows(
    routes: Iterable[Any], prefix: str = "", depth: int = 0
) -> list[_DebugRouteRow]:
    """Flatten a route tree; mounts and hosts are followed by their own routes, one level in."""
    rows: list[_DebugRouteRow] = []
    for route in routes:
        if isinstance(route, Route):
            kind = ", ".join(sorted(route.methods)) if route.methods else "any method"
            rows.append((depth, kind, prefix + route.path))
        elif isinstance(route, WebSocketRoute):
            rows.append((depth, "websocket", prefix + route.path))
        elif isinstance(route, Mount):
            # A mount's own path is a prefix: its children's paths are spelled in full.
            mounted_at = prefix + route.path
            rows.append((depth, "mount", mounted_at + "/"))
            rows += _debug_route_rows(route.routes, mounted_at, depth + 1)
        elif isinstance(route, Host):
            rows.append((depth, "host", route.host))
            rows += _debug_route_rows(route.routes, "", depth + 1)
        else:  # a user's own BaseRoute subclass: name what we can
            rows.append((depth, type(route).__name__, prefix + str(getattr(route, "path", ""))))
    return rows


def _debug_known_routes(scope: Scope) -> list[_DebugRouteRow] | None:
    """The application's routes as rows, from scope["app"] or else scope["router"]."""
    for key in ("app", "router"):
        routes = getattr(scope.get(key), "routes", None)
        if routes is not None:
            return _debug_route_rows(routes)
    return None


def _debug_rows_text(rows: list[_DebugRouteRow]) -> list[str]:
    """Rows as aligned text lines, children indented under their mount or host."""
    labels = ["  " * (depth + 1) + kind for depth, kind, _ in rows]
    width = max(map(len, labels), default=0) + 2
    return [label.ljust(width) + where for label, (_, _, where) in zip(labels, rows, strict=True)]


def _debug_rows_html(rows: list[_DebugRouteRow]) -> str:
    """Rows as an HTML table (empty string for no rows); every text is escaped."""
    if not rows:
        return ""
    cells = [
        f'<tr><td class="kind" style="padding-left: {depth * 1.5:g}em">{html.escape(kind)}</td>'
        f"<td>{html.escape(where)}</td></tr>"
        for depth, kind, where in rows
    ]
    return "<table>\n" + "\n".join(cells) + "\n</table>"


def _debug_response(request: Request, exc: HTTPException) -> Response:
    """The teaching 404/405 page: HTML when the client accepts it, plain text otherwise."""
    asked = f"{request.method} {request.url.path}"
    rows: list[_DebugRouteRow] | None = None
    if exc.status_code == 405:
        # HTTP header names are case-insensitive; exc.headers is whatever the raiser wrote.
        headers = {name.lower(): value for name, value in (exc.headers or {}).items()}
        accepted = headers.get("allow") or "no method it announces"
        summary = f"{asked}: this path accepts {accepted}."
    else:
        rows = _debug_known_routes(request.scope)
        if rows is None:
            summary = f"{asked} matches no route (the application's routes are not in the scope)."
        elif rows:
            summary = f"{asked} matches none of the application's routes:"
        else:
            summary = f"{asked} matches no route: the application has none yet."
    title = f"{exc.status_code} {exc.detail}"
    if "text/html" in request.headers.get("accept", ""):
        page = _DEBUG_PAGE.format(
            title=html.escape(title),
            summary=html.escape(summary),
            details=_debug_rows_html(rows or []),
        )
        return HTMLResponse(page, status_code=exc.status_code, headers=exc.headers)
    lines = [
        title,
        "",
        summary,
        *_debug_rows_text(rows or []),
        "",
        "(Shown because the application runs with debug=True.)",
    ]
    return PlainTextResponse(
        "\n".join(lines) + "\n", status_code=exc.status_code, headers=exc.headers
    )


def _debug_pages_answer(request: Request, exc: HTTPException) -> Response | None:
    """The teaching page for a 405, or for a 404 raised by the router; else None."""
    if exc.status_code == 405 or (exc.status_code == 404 and _debug_raised_by_router(exc)):
        return _debug_response(request, exc)
    return None


_debug_page = _debug_pages_answer  # the hook declared in starlette.middleware.exceptions


# =============================================================================
# starlette.endpoints: HTTPEndpoint, WebSocketEndpoint
# =============================================================================
# Class-based endpoints. Each class is itself an ASGI app: `Route("/", Cls)`
# calls `Cls(scope, receive, send)` and awaits the instance, so one instance
# serves exactly one connection.
#
# HTTPEndpoint dispatches on the request method to `get`, `post`, ... (only
# the standard method names, never other attributes). WebSocketEndpoint runs
# the receive loop of a websocket session:
#
#     {"type": "websocket.receive", "text": "hi"}      -> on_receive(ws, "hi")
#     {"type": "websocket.receive", "bytes": b"\x00"}  -> on_receive(ws, b"\x00")
#     {"type": "websocket.disconnect", "code": 1001}   -> on_disconnect(ws, 1001)

# The methods an HTTPEndpoint may serve, in the order its Allow header lists them.
_ENDPOINT_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "QUERY")


class HTTPEndpoint:
    """An ASGI app that dispatches each request to the method named after its verb.

    Handlers may be `async def` or plain `def` (run in a worker thread). HEAD
    falls back to `get`; any other method gets 405 with an Allow header.

        >>> class Hello(HTTPEndpoint):
        ...     async def get(self, request):
        ...         return PlainTextResponse("hello")
        >>> Hello({"type": "http", "method": "GET"}, None, None)._allowed_methods
        ['GET', 'HEAD']
    """

    def __init__(self, scope: Scope, receive: Receive, send: Send) -> None:
        _compat_assert(scope["type"] == "http", "HTTPEndpoint serves only HTTP scopes")
        self.scope, self.receive, self.send = scope, receive, send
        has_get = getattr(self, "get", None) is not None
        self._allowed_methods = [
            method
            for method in _ENDPOINT_METHODS
            if getattr(self, method.lower(), None) is not None or (method == "HEAD" and has_get)
        ]

    def __await__(self) -> Generator[Any, None, None]:
        return self.dispatch().__await__()

    async def dispatch(self) -> None:
        request = Request(self.scope, receive=self.receive, send=self.send)
        method = request.method
        handler: Callable[[Request], Any]
        if method not in self._allowed_methods:
            handler = self.method_not_allowed
        elif method == "HEAD" and getattr(self, "head", None) is None:
            handler = self.get  # type: ignore[attr-defined]  # listed only when get exists
        else:
            handler = getattr(self, method.lower())
        if is_async_callable(handler):
            response = await handler(request)
        else:  # a plain `def` handler blocks: give it a worker thread
            response = await run_in_threadpool(handler, request)
        if not isinstance(response, Response):  # extra: plain return values
            response = _plain_response(handler, response)
        await response(self.scope, self.receive, self.send)

    async def method_not_allowed(self, request: Request) -> Response:
        allow = {"Allow": ", ".join(self._allowed_methods)}
        if "app" not in self.scope:
            return PlainTextResponse("Method Not Allowed", status_code=405, headers=allow)
        raise HTTPException(status_code=405, headers=allow)  # the app's 405 handler answers


class WebSocketEndpoint:
    """An ASGI app for one websocket session: on_connect, on_receive, on_disconnect.

    `encoding` decides what on_receive gets: "text" (str), "bytes", "json" (the
    decoded value) or None (whatever arrived). A frame of the wrong kind closes
    the socket with 1003, and so does malformed (or too deeply nested) JSON;
    bytes that are not UTF-8 close it with 1007. Either way RuntimeError is
    raised, as in Starlette.
    """

    encoding: Literal["text", "bytes", "json"] | None = None

    def __init__(self, scope: Scope, receive: Receive, send: Send) -> None:
        _compat_assert(scope["type"] == "websocket", "WebSocketEndpoint serves only websockets")
        self.scope, self.receive, self.send = scope, receive, send

    def __await__(self) -> Generator[Any, None, None]:
        return self.dispatch().__await__()

    async def dispatch(self) -> None:
        websocket = WebSocket(self.scope, receive=self.receive, send=self.send)
        await self.on_connect(websocket)
        close_code = WS_1000_NORMAL_CLOSURE
        try:
            message = await websocket.receive()
            while message["type"] == "websocket.receive":
                await self.on_receive(websocket, await self.decode(websocket, message))
                message = await websocket.receive()
            # ASGI: {"type": "websocket.disconnect", "code": 1001}; the code is
            # optional, and a missing one means a normal closure.
            close_code = int(message.get("code") or WS_1000_NORMAL_CLOSURE)
        except Exception:
            close_code = WS_1011_INTERNAL_ERROR
            raise
        finally:
            await self.on_disconnect(websocket, close_code)

    async def _endpoint_reject(self, websocket: WebSocket, code: int, problem: str) -> RuntimeError:
        """Close the socket with `code` and build the error to raise."""
        await websocket.close(code=code)
        return RuntimeError(problem)

    async def decode(self, websocket: WebSocket, message: Message) -> Any:
        # ASGI: a receive event carries "text" or "bytes"; either key may be
        # present with None, so test the values, not the keys.
        text: str | None = message.get("text")
        data: bytes | None = message.get("bytes")
        if self.encoding == "text":
            if text is None:
                msg = "Expected text websocket messages, but got bytes"
                raise await self._endpoint_reject(websocket, WS_1003_UNSUPPORTED_DATA, msg)
            return text
        if self.encoding == "bytes":
            if data is None:
                msg = "Expected bytes websocket messages, but got text"
                raise await self._endpoint_reject(websocket, WS_1003_UNSUPPORTED_DATA, msg)
            return data
        if self.encoding == "json":
            payload = text if text is not None else data
            if payload is None:
                msg = "Expected text or bytes websocket messages, but got neither"
                raise await self._endpoint_reject(websocket, WS_1003_UNSUPPORTED_DATA, msg)
            try:  # 1003 for malformed JSON, as Starlette; 1007 for bytes not UTF-8
                return _websocket_json_loads(payload)
            except _WebSocketDataError as exc:
                msg = "Malformed JSON data received."
                raise await self._endpoint_reject(websocket, exc.code, msg) from exc
        _compat_assert(self.encoding is None, f"Unsupported 'encoding' attribute {self.encoding}")
        return text if text is not None else data

    async def on_connect(self, websocket: WebSocket) -> None:
        """Override to handle an incoming websocket connection (default: accept it)."""
        await websocket.accept()

    async def on_receive(self, websocket: WebSocket, data: Any) -> None:
        """Override to handle an incoming websocket message."""

    async def on_disconnect(self, websocket: WebSocket, close_code: int) -> None:
        """Override to handle a disconnecting websocket."""


# =============================================================================
# starlette.staticfiles: StaticFiles
# =============================================================================
# StaticFiles is a plain ASGI app, usually mounted: Mount("/static",
# app=StaticFiles(directory="static")). It reads two things from the scope:
#
#     scope["method"]                         only GET and HEAD are served
#     scope["path"] below scope["root_path"]  the file to look up
#
# and answers with FileResponse (Content-Length, Last-Modified, ETag), or with
# 304 Not Modified when the client's copy is current (RFC 9110 section 13.1).
#
# The path comes from the client, so it is treated as hostile: `..` segments,
# absolute paths, NUL bytes and symlinks pointing elsewhere must never reach a
# file outside the served directories. The rule enforced below is simple: join
# the path to a directory, resolve it, and serve it only if the result is still
# inside that directory. All file system calls run in a worker thread.


class NotModifiedResponse(Response):
    """304 Not Modified, keeping only the headers RFC 9110 section 15.4.5 allows."""

    NOT_MODIFIED_HEADERS = tuple("cache-control content-location date etag expires vary".split())

    def __init__(self, headers: Headers):
        kept = {name: headers[name] for name in self.NOT_MODIFIED_HEADERS if name in headers}
        super().__init__(status_code=304, headers=kept)


def _static_is_file(result: os.stat_result | None) -> bool:
    return result is not None and stat.S_ISREG(result.st_mode)


def _static_stat(path: str) -> os.stat_result | None:
    """os.stat, or None where the path cannot name a file we could serve."""
    try:
        return os.stat(path)
    except OSError as exc:
        # Missing, a file used as a folder, a symlink loop, a name too long.
        if exc.errno in (errno.ENOENT, errno.ENOTDIR, errno.ELOOP, errno.ENAMETOOLONG):
            return None
        raise


def _static_inside(path: str, root: str) -> bool:
    # Compare whole path components, so `/srv/static` does not contain `/srv/static_secret`.
    return os.path.commonpath([path, root]) == root


def _static_slash_location(scope: Scope) -> str:
    """A same-origin Location for `scope["path"] + "/"`, keeping the query string.

    A path, not a full URL: the Host header is the client's to choose, so it
    must not decide where the redirect goes. Leading slashes are collapsed, as
    `//name/` would be read as another host.
    """
    location = "/" + quote(scope["path"]).lstrip("/") + "/"
    query = scope.get("query_string", b"")
    return f"{location}?{query.decode('latin-1')}" if query else location


class StaticFiles:
    """Serve files from a directory and/or from packages' `statics` folders.

    `html=True` serves `index.html` for directory URLs (redirecting `/dir` to
    `/dir/`) and `404.html`, if present, for missing files. Symlinks leading
    out of the directory are not followed unless `follow_symlink=True`.

        app = Starlette(routes=[Mount("/static", StaticFiles(directory="static"))])

    Extras Starlette lacks (see `# extra: static files for production`):
    `cache_control=`, `precompressed=True` and `fallback="index.html"`.
    """

    # extra: static files for production (class defaults: off, as in Starlette).
    # Private names, so a subclass's own `fallback` or `cache_control` (FastAPI's
    # frontend files set `self.fallback` before calling this __init__) is left alone.
    _cache_control: str | Callable[[str], str | None] | None = None
    _precompressed: bool = False
    _spa_fallback: str | None = None

    def __init__(
        self,
        *,
        directory: str | os.PathLike[str] | None = None,
        packages: list[str | tuple[str, str]] | None = None,
        html: bool = False,
        check_dir: bool = True,
        follow_symlink: bool = False,
        cache_control: str | Callable[[str], str | None] | None = None,
        precompressed: bool = False,
        fallback: str | None = None,
    ) -> None:
        if directory is not None and check_dir and not os.path.isdir(directory):
            raise RuntimeError(f"Directory '{directory}' does not exist")
        self.directory, self.packages = directory, packages
        self.html, self.follow_symlink = html, follow_symlink
        self.all_directories = self.get_directories(directory, packages)
        self.config_checked = False  # check_config() runs on the first request
        self._cache_control = cache_control  # extra: static files for production
        self._precompressed, self._spa_fallback = precompressed, fallback

    def get_directories(
        self,
        directory: str | os.PathLike[str] | None = None,
        packages: list[str | tuple[str, str]] | None = None,
    ) -> list[str | os.PathLike[str]]:
        """The directories to serve from: `directory`, then each package's folder.

        A package is a name (its `statics` folder) or a (name, folder) pair.
        """
        found: list[str | os.PathLike[str]] = [] if directory is None else [directory]
        for entry in packages or []:
            package, folder = entry if isinstance(entry, tuple) else (entry, "statics")
            spec = importlib.util.find_spec(package)
            # compat: Starlette reports these with AssertionError.
            if spec is None or not (spec.origin or spec.submodule_search_locations):
                raise AssertionError(f"Package {package!r} could not be found.")
            if spec.origin is not None:
                base = os.path.dirname(spec.origin)
            else:  # a namespace package: use its first folder
                base = list(spec.submodule_search_locations or [""])[0]
            path = os.path.normpath(os.path.join(base, folder))
            if not os.path.isdir(path):
                raise AssertionError(
                    f"Directory '{folder!r}' in package {package!r} could not be found."
                )
            found.append(path)
        return found

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """The ASGI entry point."""
        if scope["type"] != "http":
            if scope["type"] == "websocket":
                # ASGI: closing before accepting refuses the handshake (403 to the client).
                await WebSocketClose()(scope, receive, send)
                return
            raise RuntimeError(f"StaticFiles cannot serve a {scope['type']!r} scope")
        if not self.config_checked:
            await self.check_config()
            self.config_checked = True
        response = await self.get_response(self.get_path(scope), scope)
        await response(scope, receive, send)

    def get_path(self, scope: Scope) -> str:
        """The route path as a relative OS path, with `.` and `..` folded.

        `..` can survive at the start ("../x"); lookup_path refuses such paths.
        """
        parts = [part for part in get_route_path(scope).split("/") if part]
        return os.path.normpath(os.path.join(*parts)) if parts else "."

    async def get_response(self, path: str, scope: Scope) -> Response:
        """The response for `path`: a file, a redirect, a 304, or HTTPException."""
        if scope["method"] not in ("GET", "HEAD"):
            raise HTTPException(status_code=405, headers={"Allow": "GET, HEAD"})
        try:
            kind, full_path, stat_result = await anyio.to_thread.run_sync(self._find, path)
        except PermissionError:
            # compat: Starlette answers an unreadable directory with 401.
            raise HTTPException(status_code=401) from None
        except OSError as exc:
            if exc.errno == errno.ENAMETOOLONG:  # too long to be a file we serve
                raise HTTPException(status_code=404) from None
            raise
        except ValueError:  # e.g. paths on different Windows drives
            raise HTTPException(status_code=404) from None
        if stat_result is None:
            raise HTTPException(status_code=404)
        if kind == "404.html":
            return FileResponse(full_path, stat_result=stat_result, status_code=404)
        if kind == "index.html" and not scope["path"].endswith("/"):
            # Relative links in the page only work from a URL ending in "/".
            return RedirectResponse(url=_static_slash_location(scope))
        if self._precompressed:  # extra: static files for production
            return await _static_precompressed_response(self, full_path, stat_result, scope)
        return self.file_response(full_path, stat_result, scope)

    def _find(self, path: str) -> tuple[str, str, os.stat_result | None]:
        """Every lookup one request needs, in one worker-thread trip.

        Returns (kind, full path, stat): kind is "file", "index.html" or
        "404.html"; stat is None when nothing is to be served.
        """
        full_path, stat_result = self.lookup_path(path)
        if _static_is_file(stat_result):
            return "file", full_path, stat_result
        if self.html and stat_result is not None and stat.S_ISDIR(stat_result.st_mode):
            full_path, stat_result = self.lookup_path(os.path.join(path, "index.html"))
            if _static_is_file(stat_result):
                return "index.html", full_path, stat_result
        if self._spa_fallback is not None and not os.path.splitext(path)[1]:  # extra: see below
            full_path, stat_result = self.lookup_path(self._spa_fallback)
            if _static_is_file(stat_result):
                return "file", full_path, stat_result
        if self.html:
            full_path, stat_result = self.lookup_path("404.html")
            if _static_is_file(stat_result):
                return "404.html", full_path, stat_result
        return "", "", None

    def lookup_path(self, path: str) -> tuple[str, os.stat_result | None]:
        """Find `path` in the served directories: (full path, stat), or ("", None).

        Runs in a worker thread. Refuses absolute paths and NUL bytes outright,
        then anything that, once resolved, lies outside the directory it was
        joined to. Resolving follows symlinks (realpath), so a link pointing out
        of the directory is refused; with follow_symlink the check runs on the
        unresolved path (abspath) instead, so such links are served.
        """
        if "\x00" in path or path.startswith(("/", "\\")) or os.path.isabs(path):
            return "", None
        if os.path.splitdrive(path)[0]:  # pragma: no cover - drive letters exist on Windows only
            return "", None
        resolve = os.path.abspath if self.follow_symlink else os.path.realpath
        for directory in self.all_directories:
            root = resolve(directory)
            full_path = resolve(os.path.join(root, path))
            if _static_inside(full_path, root):
                found = _static_stat(full_path)
                if found is not None:
                    return full_path, found
        return "", None

    def file_response(
        self,
        full_path: str | os.PathLike[str],
        stat_result: os.stat_result,
        scope: Scope,
        status_code: int = 200,
    ) -> Response:
        """A FileResponse for the file, or NotModifiedResponse if the client's copy is current."""
        response = FileResponse(full_path, status_code=status_code, stat_result=stat_result)
        if self._cache_control is not None:  # extra: static files for production
            _static_set_cache_control(self, response, os.fspath(full_path))
        if self.is_not_modified(response.headers, Headers(scope=scope)):
            return NotModifiedResponse(response.headers)
        return response

    async def check_config(self) -> None:
        """Fail loudly, once, if `directory` is missing or not a directory."""
        if self.directory is None:
            return
        try:
            result = await anyio.to_thread.run_sync(os.stat, self.directory)
        except FileNotFoundError:
            raise RuntimeError(
                f"StaticFiles directory '{self.directory}' does not exist."
            ) from None
        if not stat.S_ISDIR(result.st_mode):
            raise RuntimeError(f"StaticFiles path '{self.directory}' is not a directory.")

    def is_not_modified(self, response_headers: Headers, request_headers: Headers) -> bool:
        """True if the request's validators show the client already has this file.

        RFC 9110 section 13.1.2: If-None-Match (an ETag list, or `*`) decides
        when present, and If-Modified-Since is then ignored.
        """
        if_none_match = request_headers.get("if-none-match")
        if if_none_match:
            if if_none_match.strip() == "*":
                return True
            # Weak comparison (section 8.8.3.2): a W/ prefix does not matter.
            etag = response_headers.get("etag", "").removeprefix("W/")
            tags = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
            return bool(etag) and etag in tags
        from email.utils import mktime_tz, parsedate_tz  # deferred: keeps `import starlette` light

        try:
            since = parsedate_tz(request_headers.get("if-modified-since", ""))
            modified = parsedate_tz(response_headers.get("last-modified", ""))
            if since is None or modified is None:
                return False
            return mktime_tz(modified) <= mktime_tz(since)
        except (
            TypeError,
            ValueError,
            IndexError,
            OverflowError,
        ):  # a date too odd to compare
            return False


# =============================================================================
# extra: static files for production: cache headers, precompressed files, SPA fallback
# =============================================================================
# Three StaticFiles keywords Starlette lacks; without them StaticFiles behaves
# exactly as above (each hook is one `if` on an attribute that defaults off).
#
#     StaticFiles(directory="dist",
#                 cache_control="public, max-age=31536000, immutable",
#                 precompressed=True,          # serve app.js.br / .zst / .gz
#                 fallback="index.html")       # single-page apps: /about -> index.html
#
# Precompressed files are built once, at deploy time (`brotli -k app.js`), so
# nothing is compressed per request. The client says what it can decode, with
# preferences (RFC 9110 section 12.5.3):
#
#     Accept-Encoding: gzip;q=0.8, br, zstd;q=0      -> br (q=1), never zstd (q=0)
#
# and the response names what it got and that the choice depended on that header:
#
#     Content-Encoding: br
#     Vary: Accept-Encoding                 (a shared cache must key on it)
#     ETag: "<the original's tag>-br"       (different bytes, so a tag of its own)
#
# Content-Type stays that of the original file: the body is still JavaScript,
# only encoded. Ranges and conditional requests apply to the encoded bytes, as
# FileResponse serves them (RFC 9110 section 14: a range selects representation
# bytes, and the representation here is the encoded one).
#
# A single-page app routes in the browser: `/about/team` names no file, and the
# server must answer with the app's index.html for the script to take over.
# A path whose last segment has an extension asks for a file, so a missing
# `/logo.png` stays a 404 rather than becoming an HTML page.

# (Content-Encoding token, file suffix), in the order that breaks q-value ties.
_STATIC_CODINGS = (("br", ".br"), ("zstd", ".zst"), ("gzip", ".gz"))


def _static_accepted_codings(accept_encoding: str) -> list[str]:
    """The codings we have, best first, that an Accept-Encoding value allows.

    >>> _static_accepted_codings("gzip;q=0.8, br, zstd;q=0")
    ['br', 'gzip']
    >>> _static_accepted_codings("*;q=0.5, gzip;q=0.9")
    ['gzip', 'br', 'zstd']
    """
    weights: dict[str, float] = {}
    for item in accept_encoding.split(","):
        name, _, params = item.partition(";")
        weight = 1.0
        for param in params.split(";"):
            key, _, value = param.strip().partition("=")
            if key.strip().lower() == "q":
                try:
                    weight = float(value)
                except ValueError:
                    weight = 0.0  # an unreadable weight: do not rely on it
        if name.strip():
            weights[name.strip().lower()] = weight
    default = weights.get("*", 0.0)  # codings not listed get the wildcard's weight
    ranked = [
        (weights.get(coding, default), -rank, coding)
        for rank, (coding, _) in enumerate(_STATIC_CODINGS)
    ]
    return [coding for weight, _, coding in sorted(ranked, reverse=True) if weight > 0]


def _static_sibling(
    static: StaticFiles, full_path: str, codings: list[str]
) -> tuple[str, str, os.stat_result] | None:
    """The best precompressed sibling of `full_path`: (coding, path, stat), or None.

    Runs in a worker thread. A sibling passes the same containment check as any
    served path, so `app.js.br` symlinked to a file outside the directory is
    ignored, not served.
    """
    resolve = os.path.abspath if static.follow_symlink else os.path.realpath
    roots = [resolve(directory) for directory in static.all_directories]
    suffixes = dict(_STATIC_CODINGS)
    for coding in codings:
        candidate = resolve(full_path + suffixes[coding])
        if any(_static_inside(candidate, root) for root in roots):
            found = _static_stat(candidate)
            if _static_is_file(found):
                return coding, candidate, cast(os.stat_result, found)
    return None


async def _static_precompressed_response(
    static: StaticFiles, full_path: str, stat_result: os.stat_result, scope: Scope
) -> Response:
    """Serve `full_path` through its best precompressed sibling, if the client accepts one."""
    request_headers = Headers(scope=scope)
    codings = _static_accepted_codings(request_headers.get("accept-encoding", ""))
    found = await anyio.to_thread.run_sync(_static_sibling, static, full_path, codings)
    if found is None:
        response = static.file_response(full_path, stat_result, scope)
        response.headers.add_vary_header("Accept-Encoding")
        return response
    coding, path, sibling_stat = found
    original = FileResponse(full_path, stat_result=stat_result)  # no I/O: the stat is given
    response = FileResponse(path, stat_result=sibling_stat, media_type=original.media_type)
    headers = response.headers
    headers["content-encoding"] = coding
    headers["etag"] = headers["etag"][:-1] + f'-{coding}"'
    headers.add_vary_header("Accept-Encoding")
    if static._cache_control is not None:
        _static_set_cache_control(static, response, full_path)
    if static.is_not_modified(headers, request_headers):
        return NotModifiedResponse(headers)
    return response


def _static_set_cache_control(static: StaticFiles, response: Response, full_path: str) -> None:
    """Add Cache-Control: the configured value, or what the callable says for this file."""
    value = static._cache_control
    if callable(value):
        value = value(full_path)
    if value:
        response.headers["cache-control"] = value


# =============================================================================
# starlette.templating: Jinja2Templates (jinja2, lazy)
# =============================================================================
# A rendered template is an ordinary HTMLResponse. One ASGI extension is
# involved: a server that lists "http.response.debug" in scope["extensions"]
# (the TestClient does) wants to see what was rendered, so before the response
# starts the app sends it
#
#     {"type": "http.response.debug", "info": {"template": <Template>, "context": {...}}}
#
# and the test can then read `response.template` and `response.context`.
# Servers that do not list the extension never receive the message.

# What templates render with: "request" plus the caller's and processors' values.
_TemplateContext = dict[str, Any]

_TEMPLATING_LEGACY_NAME_FIRST = (
    "The `name` is not the first parameter anymore. "
    "The first parameter should be the `Request` instance.\n"
    'Replace `TemplateResponse(name, {"request": request})` by `TemplateResponse(request, name)`.'
)
_TEMPLATING_LEGACY_NO_REQUEST = (
    "The `TemplateResponse` now requires the `request` argument.\n"
    'Replace `TemplateResponse(name, {"context": context})` by `TemplateResponse(request, name)`.'
)


class _TemplateResponse(HTMLResponse):
    """An HTMLResponse that remembers the template and context it was rendered from."""

    def __init__(self, template: Any, context: _TemplateContext, *args: Any, **kwargs: Any):
        super().__init__(template.render(context), *args, **kwargs)
        self.template, self.context = template, context

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if "http.response.debug" in (scope.get("extensions") or {}):
            info = {"template": self.template, "context": self.context}
            await send({"type": "http.response.debug", "info": info})
        await super().__call__(scope, receive, send)


def _templating_args(
    request: Request,
    name: str,
    context: _TemplateContext | None = None,
    status_code: int = 200,
    headers: Mapping[str, str] | None = None,
    media_type: str | None = None,
    background: BackgroundTask | None = None,
) -> tuple[Any, ...]:
    """Bind TemplateResponse's arguments (1.x order); Python reports any misuse."""
    return request, name, context, status_code, headers, media_type, background


def _templating_legacy_args(
    name: str, context: _TemplateContext | None = None, *args: Any, **kwargs: Any
) -> tuple[Any, ...]:
    """Bind TemplateResponse's arguments in the 0.x order (no request argument)."""
    context = {} if context is None else context
    if "request" not in context:
        raise ValueError(
            'context must include a "request" key. Better, pass the request first: '
            "TemplateResponse(request, name, context)."
        )
    return _templating_args(context["request"], name, context, *args, **kwargs)


class Jinja2Templates:
    """Render Jinja2 templates into HTML responses.

    Templates get `request` and `url_for(name, **path_params)`; autoescaping
    is on for templates loaded from `directory`.

        templates = Jinja2Templates(directory="templates")

        async def homepage(request):
            return templates.TemplateResponse(request, "index.html", {"title": "Hi"})
    """

    def __init__(
        self,
        directory: str | os.PathLike[str] | Sequence[str | os.PathLike[str]] | None = None,
        *,
        context_processors: list[Callable[[Request], dict[str, Any]]] | None = None,
        env: jinja2.Environment | None = None,
        **env_options: Any,
    ) -> None:
        _require("jinja2", needed_by="Jinja2Templates")
        import jinja2

        if env_options:  # 0.x API: still works, warns as Starlette 0.47 did
            warnings.warn(
                "Extra environment options are deprecated. "
                "Use a preconfigured jinja2.Environment instead.",
                DeprecationWarning,
                stacklevel=2,
            )
        if bool(directory) == bool(env):
            # compat: Starlette reports this with AssertionError.
            raise AssertionError("either 'directory' or 'env' arguments must be passed")
        self.context_processors = context_processors or []
        if env is None:
            # The ignore: directory is not None when env is (checked above).
            loader = jinja2.FileSystemLoader(directory)  # type: ignore[arg-type]
            env = jinja2.Environment(**{"autoescape": True, "loader": loader, **env_options})
        self.env = env
        self._setup_env_defaults(env)

    def _setup_env_defaults(self, env: jinja2.Environment) -> None:
        import jinja2

        @jinja2.pass_context
        def url_for(context: Any, name: str, /, **path_params: Any) -> URL:
            request: Request = context["request"]
            return request.url_for(name, **path_params)

        env.globals.setdefault("url_for", url_for)

    def get_template(self, name: str) -> jinja2.Template:
        return self.env.get_template(name)

    @overload
    def TemplateResponse(
        self,
        request: Request,
        name: str,
        context: _TemplateContext | None = None,
        status_code: int = 200,
        headers: Mapping[str, str] | None = None,
        media_type: str | None = None,
        background: BackgroundTask | None = None,
    ) -> _TemplateResponse: ...

    @overload
    def TemplateResponse(
        self,
        name: str,
        context: _TemplateContext | None = None,
        status_code: int = 200,
        headers: Mapping[str, str] | None = None,
        media_type: str | None = None,
        background: BackgroundTask | None = None,
    ) -> _TemplateResponse: ...

    def TemplateResponse(self, *args: Any, **kwargs: Any) -> _TemplateResponse:
        """Render template `name` with `context` (plus `request`) into a response.

        Context processors run last and may add keys. The 0.x call,
        TemplateResponse(name, {"request": request}), still works and warns.
        """
        if args and isinstance(args[0], str):
            warnings.warn(_TEMPLATING_LEGACY_NAME_FIRST, DeprecationWarning, stacklevel=2)
            bound = _templating_legacy_args(*args, **kwargs)
        elif not args and "request" not in kwargs:
            warnings.warn(_TEMPLATING_LEGACY_NO_REQUEST, DeprecationWarning, stacklevel=2)
            bound = _templating_legacy_args(*args, **kwargs)
        else:
            bound = _templating_args(*args, **kwargs)
        request, name, context, status_code, headers, media_type, background = bound
        context = {} if context is None else context
        context.setdefault("request", request)
        for processor in self.context_processors:
            context.update(processor(request))
        template = self.get_template(name)
        return _TemplateResponse(template, context, status_code, headers, media_type, background)


# =============================================================================
# starlette.schemas: SchemaGenerator (pyyaml, lazy)
# =============================================================================
# Nothing in ASGI describes an API; this section builds an OpenAPI document
# from the routing table. Each HTTP endpoint's docstring may end with a YAML
# block after a `---` line; that block becomes the operation object for its
# path and method:
#
#     def list_users(request):
#         """List users.
#         ---
#         responses:
#           200:
#             description: A list of users.
#         """
#
# OpenAPIResponse serves the result as YAML (application/vnd.oai.openapi).

# `{id:int}` in a route path is `{id}` in OpenAPI.
_SCHEMAS_CONVERTOR = re.compile(r":\w+}")
# Methods looked up on class-based endpoints, in the order they are listed.
_SCHEMAS_METHODS = ("get", "post", "put", "patch", "delete", "options", "query")


class OpenAPIResponse(Response):
    """A response whose content, a dict, is sent as an OpenAPI YAML document."""

    media_type = "application/vnd.oai.openapi"

    def render(self, content: Any) -> bytes:
        _require("yaml", needed_by="OpenAPIResponse", pip_name="pyyaml")
        import yaml

        if not isinstance(content, dict):
            raise TypeError("The schema passed to OpenAPIResponse should be a dictionary.")
        return yaml.dump(content, default_flow_style=False).encode("utf-8")


class EndpointInfo(NamedTuple):
    """One documented operation: path, lowercase HTTP method, and the function."""

    path: str
    http_method: str
    func: Callable[..., Any]


class BaseSchemaGenerator:
    """Collects endpoints from routes and reads their docstrings; subclass for get_schema."""

    def get_schema(self, routes: list[BaseRoute]) -> dict[str, Any]:
        raise NotImplementedError()  # pragma: no cover - abstract

    def get_endpoints(self, routes: list[BaseRoute]) -> list[EndpointInfo]:
        """Every (path, method, function) under `routes`, Mount and Host included.

        Function endpoints give one entry per method (HEAD left out, GET if
        none are listed); class endpoints (HTTPEndpoint) one per handler
        method they define. Routes with include_in_schema=False are skipped.
        """
        found: list[EndpointInfo] = []
        for route in routes:
            if isinstance(route, Mount | Host):
                prefix = self._remove_converter(route.path) if isinstance(route, Mount) else ""
                for sub in self.get_endpoints(list(route.routes or [])):
                    found.append(EndpointInfo(prefix + sub.path, sub.http_method, sub.func))
            elif isinstance(route, Route) and route.include_in_schema:
                found.extend(self._route_endpoints(route))
        return found

    def _route_endpoints(self, route: Route) -> list[EndpointInfo]:
        path = self._remove_converter(route.path)
        endpoint = route.endpoint
        if inspect.isfunction(endpoint) or inspect.ismethod(endpoint):
            methods = [m.lower() for m in sorted(route.methods or ["GET"]) if m != "HEAD"]
            return [EndpointInfo(path, method, endpoint) for method in methods]
        return [
            EndpointInfo(path, method, getattr(endpoint, method))
            for method in _SCHEMAS_METHODS
            if hasattr(endpoint, method)
        ]

    def _remove_converter(self, path: str) -> str:
        """Drop convertor names from a route path.

        >>> BaseSchemaGenerator()._remove_converter("/users/{id:int}/posts/{slug}")
        '/users/{id}/posts/{slug}'
        """
        return _SCHEMAS_CONVERTOR.sub("}", path)

    def parse_docstring(self, func_or_method: Callable[..., Any]) -> dict[str, Any]:
        """The YAML mapping after the docstring's last `---` (or all of it), else {}."""
        docstring = func_or_method.__doc__
        if not docstring:
            return {}
        _require("yaml", needed_by="SchemaGenerator", pip_name="pyyaml")
        import yaml

        parsed = yaml.safe_load(docstring.rpartition("---")[2])
        # Plain prose parses as a YAML string; only a mapping is a schema.
        return parsed if isinstance(parsed, dict) else {}

    def OpenAPIResponse(self, request: Request) -> Response:
        """Serve the schema of the app handling `request`."""
        return OpenAPIResponse(self.get_schema(routes=request.app.routes))


class SchemaGenerator(BaseSchemaGenerator):
    """Builds an OpenAPI document: `base_schema` plus one entry per documented endpoint.

    schemas = SchemaGenerator({"openapi": "3.0.0", "info": {"title": "API", "version": "1"}})
    Route("/schema", schemas.OpenAPIResponse, include_in_schema=False)
    """

    def __init__(self, base_schema: dict[str, Any]) -> None:
        self.base_schema = base_schema

    def get_schema(self, routes: list[BaseRoute]) -> dict[str, Any]:
        schema = dict(self.base_schema)
        # Copy the paths too, so repeated calls never grow the base schema.
        paths = {path: dict(ops) for path, ops in schema.get("paths", {}).items()}
        schema["paths"] = paths
        version = re.match(r"(\d+)\.(\d+)", str(schema.get("openapi", "")))
        # The QUERY method is only described from OpenAPI 3.2 on.
        with_query = version is not None and (int(version[1]), int(version[2])) >= (3, 2)
        for endpoint in self.get_endpoints(routes):
            if endpoint.http_method == "query" and not with_query:
                continue
            operation = self.parse_docstring(endpoint.func)
            if operation:
                paths.setdefault(endpoint.path, {})[endpoint.http_method] = operation
        return schema


# =============================================================================
# starlette.applications: Starlette
# =============================================================================
# The application object is the ASGI app a server runs. It sees "http" and
# "websocket" scopes for connections, and one "lifespan" scope per process
# (its messages are in starlette.routing, whose Router speaks it). Beyond
# Starlette's module: the 0.47 API (decorators, event handlers) and run/serve.
#
# Every scope goes down one stack, built on first use (so `app.debug = True`
# and add_middleware() after construction count), each layer an ASGI app that
# awaits the next; the response comes back up as calls to the shared `send`.
# To follow a request from the server's call to the endpoint, read:
#
#     Starlette.__call__               scope["app"] = self         (below)
#       ServerErrorMiddleware          500 for the unhandled       (middleware.errors)
#         RequestBodyLimitMiddleware   only with max_body_size     (middleware.body_limit)
#           user middleware...         in the order given
#             ExceptionMiddleware      the exception handlers      (middleware.exceptions)
#               Router, route.handle   the route for the path      (routing)
#                 request_response     Request -> endpoint -> Response, sent back up


def _app_deprecated(decorator: str, docs: str, article: str = "the ") -> None:
    """Warn as the 0.47 decorator API did (removed in 1.0), in its exact words."""
    message = f"The `{decorator}` decorator is deprecated, and will be removed in version 1.0.0. "
    message += f"Refer to https://www.starlette.io/{docs} for {article}recommended approach."
    warnings.warn(message, DeprecationWarning, stacklevel=3)


class Starlette(_RouteDecorators):
    """An ASGI application: routes, middleware, exception handlers and lifespan.

    >>> async def hello(request):
    ...     return PlainTextResponse("hi")
    >>> app = Starlette(routes=[Route("/", hello)])
    >>> app.url_path_for("hello")
    '/'
    """

    def __init__(
        self: AppType,
        debug: bool = False,
        routes: _RoutingRoutes = None,
        middleware: Sequence[Middleware] | None = None,
        exception_handlers: Mapping[Any, ExceptionHandler] | None = None,
        lifespan: Lifespan[AppType] | None = None,
        *,
        max_body_size: int | None = None,
        on_startup: Sequence[Callable[[], Any]] | None = None,
        on_shutdown: Sequence[Callable[[], Any]] | None = None,
        mount_lifespans: bool = False,
    ) -> None:
        # compat: 0.47's on_startup/on_shutdown, run by the Router; never with a lifespan.
        if lifespan is not None and (on_startup is not None or on_shutdown is not None):
            raise ValueError("Use either 'lifespan' or 'on_startup'/'on_shutdown', not both.")
        self.debug = debug
        self.state = State()
        self.router = Router(
            routes, lifespan=lifespan, on_startup=on_startup, on_shutdown=on_shutdown
        )
        if mount_lifespans:  # extra: mounted lifespans
            _mounted_lifespans_install(self.router)
        self.max_body_size = max_body_size
        self.exception_handlers: dict[Any, ExceptionHandler] = dict(exception_handlers or {})
        self.user_middleware: list[Middleware] = list(middleware or ())
        self.middleware_stack: ASGIApp | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        scope["app"] = self  # Request.app, url_for() and friends find the app here
        stack = self.middleware_stack
        if stack is None:
            stack = self.middleware_stack = self.build_middleware_stack()
        await stack(scope, receive, send)

    def build_middleware_stack(self) -> ASGIApp:
        """Wrap the router in every middleware layer; the first layer listed is outermost."""
        # A 500 or Exception handler answers for crashes, so it belongs to
        # ServerErrorMiddleware, outside all user middleware; the rest go inside.
        crash_handler, inner_handlers = None, {}
        for key, handler in self.exception_handlers.items():
            if key in (500, Exception):
                crash_handler = handler  # compat: with both keys, the later registration wins
            else:
                inner_handlers[key] = handler
        layers = [Middleware(ServerErrorMiddleware, handler=crash_handler, debug=self.debug)]
        if self.max_body_size is not None:
            layers.append(Middleware(RequestBodyLimitMiddleware, max_body_size=self.max_body_size))
        layers += self.user_middleware
        layers.append(Middleware(ExceptionMiddleware, handlers=inner_handlers, debug=self.debug))
        return _routing_wrap(self.router, layers)

    def mount(self, path: str, app: ASGIApp, name: str | None = None) -> None:
        self.router.mount(path, app=app, name=name)

    def host(self, host: str, app: ASGIApp, name: str | None = None) -> None:
        self.router.host(host, app=app, name=name)

    @property
    def routes(self) -> list[BaseRoute]:
        """The router's route list (live: changes show up on the next request)."""
        return self.router.routes

    def url_path_for(self, name: str, /, **path_params: Any) -> URLPath:
        """The path of the route called `name`, filled with `path_params`."""
        return self.router.url_path_for(name, **path_params)

    def add_middleware(
        self, middleware_class: _MiddlewareFactory[P], *args: P.args, **kwargs: P.kwargs
    ) -> None:
        """Add a layer outside those already added (so the last added runs first)."""
        if self.middleware_stack is not None:
            raise RuntimeError("Cannot add middleware after an application has started")
        self.user_middleware.insert(0, Middleware(middleware_class, *args, **kwargs))

    def add_exception_handler(
        self, exc_class_or_status_code: int | type[Exception], handler: ExceptionHandler
    ) -> None:
        # compat: like Starlette, this takes effect only before the stack is built.
        self.exception_handlers[exc_class_or_status_code] = handler

    def add_route(
        self,
        path: str,
        route: _RoutingHTTPEndpoint,
        methods: list[str] | None = None,
        name: str | None = None,
        include_in_schema: bool = True,
    ) -> None:
        self.router.add_route(path, route, methods, name, include_in_schema)

    # --- the 0.47 API, removed from Starlette 1.0 -------------------------------

    def add_websocket_route(
        self, path: str, route: Callable[[WebSocket], Awaitable[None]], name: str | None = None
    ) -> None:
        self.router.add_websocket_route(path, route, name=name)

    def add_event_handler(self, event_type: str, func: Callable[[], Any]) -> None:
        self.router.add_event_handler(event_type, func)

    def on_event(self, event_type: str) -> Callable[[T], T]:
        return self.router.on_event(event_type)

    def exception_handler(
        self, exc_class_or_status_code: int | type[Exception]
    ) -> Callable[[T], T]:
        _app_deprecated("exception_handler", "exceptions/")
        return _routing_decorator(
            lambda func: self.add_exception_handler(exc_class_or_status_code, func)
        )

    def route(
        self,
        path: str,
        methods: list[str] | None = None,
        name: str | None = None,
        include_in_schema: bool = True,
    ) -> Callable[[T], T]:
        _app_deprecated("route", "routing/")
        return _routing_decorator(
            lambda func: self.add_route(path, func, methods, name, include_in_schema)
        )

    def websocket_route(self, path: str, name: str | None = None) -> Callable[[T], T]:
        _app_deprecated("websocket_route", "routing/#websocket-routing")
        return _routing_decorator(lambda func: self.add_websocket_route(path, func, name))

    def middleware(self, middleware_type: str) -> Callable[[T], T]:
        """`@app.middleware("http")` adds a BaseHTTPMiddleware; deprecated since 0.47."""
        _app_deprecated("middleware", "middleware/#using-middleware", article="")
        if middleware_type != "http":
            raise ValueError('Currently only middleware("http") is supported.')
        return _routing_decorator(
            lambda func: self.add_middleware(BaseHTTPMiddleware, dispatch=func)
        )

    # extra: serving (Starlette leaves this to the server; see `# extra: serving`)

    def run(self, host: str = "127.0.0.1", port: int = 8000, **options: Any) -> None:
        """Serve this app until Ctrl-C: uvicorn if installed, else the built-in server.

        `server="uvicorn"` or `server="builtin"` picks one (an extra Starlette lacks).
        """
        _serving_run(self, host, port, **options)

    def serve(self, host: str = "127.0.0.1", port: int = 8000, **options: Any) -> BackgroundServer:
        """Serve this app from a background thread; returns a handle with .url and .stop()."""
        return _serving_serve(self, host, port, **options)


# =============================================================================
# starlette.testclient: TestClient (httpx)
# =============================================================================
# A TestClient plays the server's part of ASGI, in-process, for synchronous
# test code. For each request it does what uvicorn does over a socket: it
# builds the scope, answers the app's receive() with the request body, and
# collects what the app passes to send() into an httpx.Response. Inside
# `with TestClient(app):` it also runs the app's lifespan. The app runs on an
# event loop in a helper thread (an anyio "blocking portal"):
#
#     test thread                         portal thread (event loop)
#     client.get("/")  -- scope -->        await app(scope, receive, send)
#                      <-- chunks --       send({"type": "http.response.body", ...})
#
# Bodies flow through a zero-size memory stream, so a streamed response is
# returned at "http.response.start" and the app runs one chunk ahead at most.
#
# TestClient subclasses httpx.Client, yet `import starlette` must not import
# httpx. So the code of each class built on an httpx class is a plain mixin
# here, and _build_testclient(), called on first access by the module's PEP
# 562 `__getattr__`, imports httpx and joins each mixin to its base:
#
#     class TestClient(_TestClientMixin, httpx.Client): ...
#
# What needs no httpx (the websocket session, the HTTP exchange) is ordinary
# code. That joining, and the ASGI order checks, make this section bigger than
# Starlette's module.

if TYPE_CHECKING:
    from concurrent.futures import Future

    import anyio.from_thread
    import httpx

    _HttpxClient = httpx.Client  # _TestClientMixin is written against it
else:
    _HttpxClient = object  # httpx.Client joins it in _build_testclient()

# Quoted, so that the alias needs no anyio.from_thread (threads) at import.
_PortalFactoryType = Callable[[], AbstractContextManager["anyio.from_thread.BlockingPortal"]]
_TestClientAddress = tuple[str, int]  # what scopes report as scope["client"]

ASGIInstance = Callable[[Receive, Send], Awaitable[None]]
ASGI2App = Callable[[Scope], ASGIInstance]
ASGI3App = Callable[[Scope, Receive, Send], Awaitable[None]]


def _is_asgi3(app: ASGI2App | ASGI3App) -> TypeGuard[ASGI3App]:
    """Tell `app(scope, receive, send)` (ASGI 3) from `app(scope)(receive, send)` (ASGI 2)."""
    if inspect.isclass(app):
        return hasattr(app, "__await__")  # ASGI 3 only if its instances are awaitable
    return is_async_callable(app)


class _WrapASGI2:
    """Present an ASGI 2 (double-callable) app as an ASGI 3 one."""

    def __init__(self, app: ASGI2App) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.app(scope)(receive, send)  # ASGI 2: app(scope)(receive, send)


class _AsyncBackend(TypedDict):
    backend: str
    backend_options: dict[str, Any]


# --- WebSockets: the client side of the conversation -------------------------
# The session plays the browser: it sends the messages the websockets section
# lists as the server's ("websocket.connect", "websocket.receive" and
# "websocket.disconnect"), and turns the app's "websocket.close", or its HTTP
# denial ("websocket.http.response.start", then ".body"), into an exception.

# After the test leaves the session, the app gets the disconnect and this
# many scheduler turns to finish on its own before it is cancelled.
_TESTCLIENT_WS_GRACE_TURNS = 20


class WebSocketTestSession:
    """A websocket connection to the app, driven from synchronous test code.

    Use it as a context manager: entering performs the handshake (raising
    WebSocketDisconnect or WebSocketDenialResponse if the app refuses),
    leaving disconnects, waits for the app and re-raises its exception.
    """

    def __init__(self, app: ASGI3App, scope: Scope, portal_factory: _PortalFactoryType) -> None:
        self.app, self.scope, self.portal_factory = app, scope, portal_factory
        self.accepted_subprotocol: str | None = None
        self.extra_headers: list[tuple[bytes, bytes]] | None = None
        self._app_error: Exception | None = None
        self._app_done = self._error_delivered = self._disconnect_sent = False

    def __enter__(self) -> Self:
        with contextlib.ExitStack() as stack:
            self.portal = portal = stack.enter_context(self.portal_factory())
            # Two unbounded queues: test -> app and app -> test.
            self._to_app = anyio.create_memory_object_stream[Message](math.inf)
            self._from_app = anyio.create_memory_object_stream[Message](math.inf)
            self._task, self._cancel_scope = portal.start_task(self._run)
            stack.push(self._finish)
            self.send({"type": "websocket.connect"})
            message = self.receive()
            self._raise_on_close(message)
            self.accepted_subprotocol = message.get("subprotocol")
            self.extra_headers = message.get("headers")
            self.exit_stack = stack.pop_all()
        return self

    def __exit__(self, *args: Any) -> bool | None:
        return self.exit_stack.__exit__(*args)

    async def _run(self, *, task_status: anyio.abc.TaskStatus[anyio.CancelScope]) -> None:
        """The app's side, in the portal; its exception is kept for the test."""
        with anyio.CancelScope() as scope:
            task_status.started(scope)
            try:
                await self.app(self.scope, self._to_app[1].receive, self._from_app[0].send)
            except Exception as exc:
                self._app_error = exc
            finally:
                self._app_done = True
                self._from_app[0].close()  # the test's receive() now ends, once drained

    async def _stop_app(self) -> None:
        if not self._app_done and not self._disconnect_sent:
            self._disconnect_sent = True
            await self._to_app[0].send({"type": "websocket.disconnect", "code": 1000})
        for _ in range(_TESTCLIENT_WS_GRACE_TURNS):
            if self._app_done:
                break
            await anyio.lowlevel.checkpoint()
        self._cancel_scope.cancel()
        for stream in (*self._to_app, *self._from_app):
            stream.close()

    def _finish(self, exc_type: type[BaseException] | None, *_: Any) -> None:
        self.portal.call(self._stop_app)
        self._task.result()
        error = self._app_error
        if exc_type is None and error is not None and not self._error_delivered:
            self._error_delivered = True
            raise error

    def _raise_on_close(self, message: Message) -> None:
        """Turn a refusal or a close from the app into the matching exception."""
        if message["type"] == "websocket.close":
            raise WebSocketDisconnect(message.get("code", 1000), message.get("reason", ""))
        if message["type"] == "websocket.http.response.start":
            body = []
            more_body = True
            while more_body:
                part = self.receive()
                if part["type"] != "websocket.http.response.body":
                    raise AssertionError(f"Expected a response body message, got {part!r}")
                body.append(part.get("body", b""))
                more_body = part.get("more_body", False)
            raise WebSocketDenialResponse(  # built with the TestClient that opened us
                status_code=message["status"],
                headers=message.get("headers", []),
                content=b"".join(body),
            )

    def send(self, message: Message) -> None:
        """Send a raw ASGI message to the app."""
        if message["type"] == "websocket.disconnect":
            self._disconnect_sent = True
        self.portal.call(self._to_app[0].send, message)

    def send_text(self, data: str) -> None:
        self.send({"type": "websocket.receive", "text": data})

    def send_bytes(self, data: bytes) -> None:
        self.send({"type": "websocket.receive", "bytes": data})

    def send_json(self, data: Any, mode: Literal["text", "binary"] = "text") -> None:
        """Send `data` as compact JSON, in a text frame or (mode="binary") a bytes one."""
        encoded = _websocket_json_encode(data)
        if mode == "binary":
            self.send_bytes(encoded.encode("utf-8"))
        else:
            self.send_text(encoded)

    def close(self, code: int = 1000, reason: str | None = None) -> None:
        """Disconnect from the client side, as a browser closing the socket."""
        self.send({"type": "websocket.disconnect", "code": code, "reason": reason})

    def receive(self) -> Message:
        """Wait for the app's next raw ASGI message.

        Raises the app's exception if it failed, or WebSocketDisconnect(1006)
        if it returned without closing the socket.
        """
        try:
            return self.portal.call(self._from_app[1].receive)
        except anyio.EndOfStream:
            pass
        if self._app_error is not None:
            self._error_delivered = True
            raise self._app_error
        raise WebSocketDisconnect(1006, "The application returned without closing")

    def _receive_payload(self, key: str) -> Any:
        """The "text" or "bytes" of the app's next "websocket.send"."""
        message = self.receive()
        self._raise_on_close(message)
        return message[key]

    def receive_text(self) -> str:
        return cast(str, self._receive_payload("text"))

    def receive_bytes(self) -> bytes:
        return cast(bytes, self._receive_payload("bytes"))

    def receive_json(self, mode: Literal["text", "binary"] = "text") -> Any:
        text = self.receive_bytes().decode("utf-8") if mode == "binary" else self.receive_text()
        return json.loads(text)


class _Upgrade(Exception):
    """Raised by the transport to hand a websocket session back to `websocket_connect`."""

    def __init__(self, session: WebSocketTestSession) -> None:
        self.session = session


# --- HTTP: one request/response exchange -------------------------------------
# The exchange feeds the request body to the app as "http.request" messages
# and, once the response is complete, answers receive() with
# {"type": "http.disconnect"}. It checks the app's messages against the order
# ASGI requires: one "http.response.start", the "http.response.body" messages,
# then, if the start announced "trailers": True, messages like
#
#     {"type": "http.response.trailers", "headers": [...], "more_trailers": False}
#
# A broken order fails the test with AssertionError, as an assert would.


class _TestClientExchange:
    """One HTTP request: run/receive/send work in the portal, the rest in the test."""

    portal: anyio.from_thread.BlockingPortal
    task: Future[None]
    exit_stack: contextlib.ExitStack
    started: anyio.Event
    complete: anyio.Event
    cancel_scope: anyio.CancelScope

    def __init__(self, transport: _TestClientTransportMixin, scope: Scope, body: deque[bytes]):
        self.transport, self.scope = transport, scope
        self.body = body  # request body chunks still to deliver
        self.status: int | None = None
        self.headers: list[tuple[bytes, bytes]] = []
        self.extensions: dict[str, Any] = {}
        self.trailers: list[tuple[bytes, bytes]] = []
        self.trailers_expected = self.body_complete = False
        # (chunk, response_complete) pairs; size 0, so the app waits for the reader.
        self.chunks = anyio.create_memory_object_stream[tuple[bytes, bool]](0)

    async def run(self, app: ASGI3App, *, task_status: anyio.abc.TaskStatus[None]) -> None:
        self.started, self.complete = anyio.Event(), anyio.Event()
        with anyio.CancelScope() as self.cancel_scope:
            task_status.started()
            try:
                async with self.chunks[0]:
                    await app(self.scope, self.receive, self.send)
            finally:
                self.started.set()

    async def receive(self) -> Message:
        if self.body:
            chunk = self.body.popleft()
            return {"type": "http.request", "body": chunk, "more_body": bool(self.body)}
        # ASGI: the client "disconnects" once the response is complete. No
        # checkpoint when it already is: `Request.is_disconnected()` polls
        # receive() inside a cancelled scope.
        if not self.complete.is_set():
            await self.complete.wait()
        return {"type": "http.disconnect"}

    async def send(self, message: Message) -> None:
        kind = message["type"]
        if kind == "http.response.body":
            await self._send_body(message)
        elif kind == "http.response.start":
            if self.status is not None:
                raise AssertionError('Received multiple "http.response.start" messages.')
            self.status = message["status"]
            self.headers = message.get("headers", [])
            self.trailers_expected = message.get("trailers", False)
            if self.trailers_expected:
                self.extensions["http.response.trailers"] = self.trailers
            self.started.set()
        elif kind == "http.response.trailers":
            self._send_trailers(message)
        elif kind == "http.response.debug":
            self.extensions["http.response.debug"] = message["info"]

    async def _send_body(self, message: Message) -> None:
        if self.status is None:
            raise AssertionError('Received "http.response.body" without "http.response.start".')
        if self.complete.is_set():
            raise AssertionError('Received "http.response.body" after response completed.')
        if self.body_complete:
            raise AssertionError('Received "http.response.body" after body completed.')
        more_body = message.get("more_body", False)
        self.body_complete = not more_body
        # Copy: the app may reuse a mutable buffer once send() returns.
        chunk = bytes(message.get("body", b""))
        await self.chunks[0].send((chunk, not more_body and not self.trailers_expected))

    def _send_trailers(self, message: Message) -> None:
        if not self.trailers_expected:
            raise AssertionError('Received "http.response.trailers" without declaring trailers.')
        if not self.body_complete:
            raise AssertionError('Received "http.response.trailers" before body completed.')
        if self.complete.is_set():
            raise AssertionError('Received "http.response.trailers" after response completed.')
        self.trailers.extend(message.get("headers", []))
        if not message.get("more_trailers", False):
            self.complete.set()

    async def next_chunk(self) -> bytes:
        chunk, complete = await self.chunks[1].receive()  # EndOfStream once the app returns
        if complete:
            self.complete.set()
        return chunk

    def iter_body(self) -> Generator[bytes, None, None]:
        """Yield the body in the test's thread, one portal call per chunk."""
        head = self.scope["method"] == "HEAD"
        while True:
            try:
                chunk = self.portal.call(self.next_chunk)
            except anyio.EndOfStream:
                break
            if chunk and not head:
                yield chunk
        self.exit_stack.close()

    def _cancel_if_incomplete(self) -> None:
        if not self.complete.is_set():
            self.cancel_scope.cancel()

    def finish(self) -> None:
        """Wait for the app (cancelling it if the response was cut short), then report."""
        if not self.task.done():
            self.portal.call(self._cancel_if_incomplete)
        error = self.task.exception()  # waits for the app's task to end
        self.chunks[1].close()
        self.transport._open_requests.discard(self)
        if error is not None and self.transport.raise_server_exceptions:
            raise error

    def abort(self) -> None:
        """Cancel the app and release the portal (the client is closing)."""
        self.portal.call(self.cancel_scope.cancel)
        self.exit_stack.close()


class _TestClientStreamMixin:
    """The body of _TestClientResponseStream: httpx reads the response from it."""

    def __init__(self, body: Generator[bytes, None, None], exit_stack: contextlib.ExitStack):
        self.chunks, self.finish = body, exit_stack.close

    def __iter__(self) -> Generator[bytes, None, None]:
        yield from self.chunks

    def close(self) -> None:
        self.finish()  # read, or closed early: the exchange ends here


def _testclient_request_body(request: httpx.Request) -> deque[bytes]:
    """Read the request body in the test's thread (never block the event loop)."""
    if isinstance(request.stream, httpx.ByteStream):
        return deque([request.read()])
    chunks = deque(bytes(chunk) for chunk in cast(Iterable[bytes], request.stream) if chunk)
    return chunks or deque([b""])


_TESTCLIENT_DEFAULT_PORTS = {"http": 80, "ws": 80, "https": 443, "wss": 443}
_TESTCLIENT_WS_HANDSHAKE = (
    ("connection", "upgrade"),
    ("sec-websocket-key", "testserver=="),
    ("sec-websocket-version", "13"),
)


class _TestClientTransportMixin:
    """The body of _TestClientTransport: an httpx transport that calls the ASGI app."""

    def __init__(
        self,
        app: ASGI3App,
        portal_factory: Callable[[], AbstractContextManager[anyio.from_thread.BlockingPortal]],
        raise_server_exceptions: bool = True,
        root_path: str = "",
        *,
        client: _TestClientAddress,
        app_state: dict[str, Any],
    ) -> None:
        self.app, self.portal_factory = app, portal_factory
        self.raise_server_exceptions, self.root_path = raise_server_exceptions, root_path
        self.client, self.app_state = client, app_state  # every scope gets a copy of the state
        self._open_requests: set[_TestClientExchange] = set()

    def close(self) -> None:
        """Cancel responses the test never closed."""
        with contextlib.ExitStack() as stack:
            while self._open_requests:
                stack.callback(self._open_requests.pop().abort)

    def _scope(self, request: httpx.Request) -> Scope:
        url = request.url
        raw_path, _, _ = url.raw_path.partition(b"?")
        port = _TESTCLIENT_DEFAULT_PORTS[url.scheme] if url.port is None else url.port
        return {
            "path": unquote(raw_path.decode("ascii")),
            "raw_path": raw_path,
            "root_path": self.root_path,
            "scheme": url.scheme,
            "query_string": url.query,
            "headers": [(name.lower(), value) for name, value in request.headers.raw],
            "client": self.client,
            "server": [url.raw_host.decode("ascii"), port],
            "state": self.app_state.copy(),
        }

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        scope = self._scope(request)
        if scope["scheme"] in ("ws", "wss"):
            protocols = request.headers.get("sec-websocket-protocol")
            scope["type"] = "websocket"
            scope["subprotocols"] = [p.strip() for p in protocols.split(",")] if protocols else []
            scope["extensions"] = {"websocket.http.response": {}}
            raise _Upgrade(WebSocketTestSession(self.app, scope, self.portal_factory))
        scope.update(type="http", http_version="1.1", method=request.method)
        scope["extensions"] = {"http.response.debug": {}, "http.response.trailers": {}}
        exchange = _TestClientExchange(self, scope, _testclient_request_body(request))
        with contextlib.ExitStack() as stack:
            exchange.portal = portal = stack.enter_context(self.portal_factory())
            stack.callback(exchange.finish)
            exchange.task, _ = portal.start_task(exchange.run, self.app)
            portal.call(exchange.started.wait)
            if exchange.status is not None:
                exchange.exit_stack = stack.pop_all()
                self._open_requests.add(exchange)
                return self._response(request, exchange)
        # The app returned (or failed) without starting a response.
        if self.raise_server_exceptions:
            raise AssertionError("TestClient did not receive any response.")
        return httpx.Response(500, request=request)

    def _response(self, request: httpx.Request, exchange: _TestClientExchange) -> httpx.Response:
        stream = _TestClientResponseStream(exchange.iter_body(), exchange.exit_stack)
        response = httpx.Response(
            cast(int, exchange.status),
            headers=exchange.headers,
            stream=stream,
            request=request,
            extensions=exchange.extensions,
        )
        debug_info = exchange.extensions.get("http.response.debug", {})
        # compat: template responses expose what they rendered for assertions.
        for name in ("template", "context"):
            if name in debug_info:
                setattr(response, name, debug_info[name])
        return response


# --- The client, and lifespan ------------------------------------------------
# `with TestClient(app) as client:` runs the app's lifespan (the messages the
# routing section quotes) in one task of a portal that all requests inside
# the block share; a "lifespan.startup.failed" raises RuntimeError in the test.
# ASGI: an app that returns from a lifespan scope without answering does not
# support lifespan, and the client carries on without it.


class _TestClientMixin(_HttpxClient):
    """The body of TestClient, written against httpx.Client (see _build_testclient)."""

    __test__ = False  # not a pytest test class, despite the name
    task: Future[None]
    portal: anyio.from_thread.BlockingPortal | None = None
    _lifespan_error: Exception | None  # what the app's lifespan raised, if anything

    def __init__(
        self,
        app: ASGIApp | ASGI2App,
        base_url: str = "http://testserver",
        raise_server_exceptions: bool = True,
        root_path: str = "",
        backend: Literal["asyncio", "trio"] = "asyncio",  # where the app's event loop runs
        backend_options: dict[str, Any] | None = None,
        cookies: httpx._types.CookieTypes | None = None,
        headers: dict[str, str] | None = None,
        follow_redirects: bool = True,
        client: _TestClientAddress = ("testclient", 50000),
    ) -> None:
        default_headers = httpx.Headers(headers)
        default_headers.setdefault("user-agent", "testclient")
        # ASGI 2 apps are double callables, `app(scope)(receive, send)`.
        self.app: ASGI3App = app if _is_asgi3(app) else _WrapASGI2(cast(ASGI2App, app))
        self.app_state: dict[str, Any] = {}  # filled by the lifespan, copied into each scope
        self.async_backend = _AsyncBackend(backend=backend, backend_options=backend_options or {})
        super().__init__(
            base_url=base_url,
            cookies=cookies,
            headers=default_headers,
            follow_redirects=follow_redirects,
            transport=_TestClientTransport(
                self.app,
                self._portal_factory,
                raise_server_exceptions,
                root_path,
                client=client,
                app_state=self.app_state,
            ),
        )

    def _portal_factory(self) -> AbstractContextManager[anyio.from_thread.BlockingPortal]:
        """The lifespan's portal inside `with client:`, else a fresh one per use."""
        if self.portal is not None:
            return contextlib.nullcontext(self.portal)
        return anyio.from_thread.start_blocking_portal(**self.async_backend)

    def build_request(
        self, method: str, url: httpx._types.URLTypes, **kwargs: Any
    ) -> httpx.Request:
        """Build a request as httpx does; a per-request timeout only earns a warning."""
        if kwargs.get("timeout", httpx.USE_CLIENT_DEFAULT) is not httpx.USE_CLIENT_DEFAULT:
            # compat: the app runs in-process, so there is nothing to time out.
            warnings.warn(
                "You should not use the 'timeout' argument with the TestClient. "
                "See https://github.com/Kludex/starlette/issues/1108 for more information.",
                _LegacyDeprecationWarning,
                stacklevel=3,
            )
        return super().build_request(method, url, **kwargs)

    def websocket_connect(
        self, url: str, subprotocols: Sequence[str] | None = None, **kwargs: Any
    ) -> WebSocketTestSession:
        """Open a websocket session: `with client.websocket_connect("/ws") as ws:`."""
        # compat: always ws://testserver, whatever base_url says.
        handshake = httpx.Headers(kwargs.get("headers"))
        for name, value in _TESTCLIENT_WS_HANDSHAKE:
            handshake.setdefault(name, value)
        if subprotocols is not None:
            handshake.setdefault("sec-websocket-protocol", ", ".join(subprotocols))
        kwargs["headers"] = handshake
        try:
            self.request("GET", urljoin("ws://testserver", url), **kwargs)
        except _Upgrade as upgrade:
            return upgrade.session
        raise RuntimeError("Expected WebSocket upgrade")  # pragma: no cover - never returns

    async def lifespan(self) -> None:
        """Run the app's lifespan scope; its error is kept for wait_startup/shutdown."""
        scope = {"type": "lifespan", "state": self.app_state}
        try:
            await self.app(scope, self._lifespan_in[1].receive, self._lifespan_out[0].send)
        except Exception as exc:
            self._lifespan_error = exc
        finally:
            self._lifespan_out[0].close()

    def _lifespan_close(self) -> None:
        for stream in (*self._lifespan_in, *self._lifespan_out):
            stream.close()

    async def _lifespan_reply(self) -> Message | None:
        """The app's next lifespan message; None once it returned, or its error."""
        try:
            return await self._lifespan_out[1].receive()
        except anyio.EndOfStream:
            pass
        self._lifespan_supported = False
        if self._lifespan_error is not None:
            raise self._lifespan_error
        return None

    async def _lifespan_step(self, step: str) -> None:
        await self._lifespan_in[0].send({"type": f"lifespan.{step}"})
        message = await self._lifespan_reply()
        if message is None:
            return
        if message["type"] == f"lifespan.{step}.failed":
            while await self._lifespan_reply() is not None:  # the app's own error wins
                pass
            raise RuntimeError(message.get("message") or f"Lifespan {step} failed")
        if message["type"] != f"lifespan.{step}.complete":
            raise AssertionError(f"Unexpected lifespan message during {step}: {message!r}")

    async def wait_startup(self) -> None:
        await self._lifespan_step("startup")

    async def wait_shutdown(self) -> None:
        if self._lifespan_supported:
            await self._lifespan_step("shutdown")

    def __enter__(self) -> Self:
        with contextlib.ExitStack() as stack:
            self.portal = portal = stack.enter_context(
                anyio.from_thread.start_blocking_portal(**self.async_backend)
            )
            stack.callback(setattr, self, "portal", None)
            self._lifespan_in = anyio.create_memory_object_stream[Message](math.inf)
            self._lifespan_out = anyio.create_memory_object_stream[Message](math.inf)
            self._lifespan_error = None
            self._lifespan_supported = True
            stack.callback(portal.call, self._lifespan_close)
            self.task = portal.start_task_soon(self.lifespan)
            portal.call(self.wait_startup)
            stack.callback(portal.call, self.wait_shutdown)
            stack.callback(self._transport.close)
            self.exit_stack = stack.pop_all()
        return self

    def __exit__(self, *args: Any) -> None:
        self.exit_stack.close()


# --- Joining the mixins to httpx, on first access ----------------------------

if TYPE_CHECKING:  # the classes _build_testclient() makes, as type checkers see them

    class WebSocketDenialResponse(httpx.Response, WebSocketDisconnect): ...  # type: ignore[misc]

    class _TestClientResponseStream(_TestClientStreamMixin, httpx.SyncByteStream): ...

    class _TestClientTransport(_TestClientTransportMixin, httpx.BaseTransport): ...

    class TestClient(_TestClientMixin, httpx.Client): ...


def _build_testclient() -> dict[str, Any]:
    """Import httpx and make the classes that extend its types; returns the new names."""
    global httpx  # a global, as in Starlette's testclient module: the mixins use it
    try:  # compat: Starlette 1.10 prefers httpx2, a drop-in successor of httpx
        httpx = importlib.import_module("httpx2")
    except ModuleNotFoundError:
        _require("httpx", needed_by="TestClient")
        httpx = importlib.import_module("httpx")
    importlib.import_module("anyio.from_thread")  # the portal: threads, for tests only

    class WebSocketDenialResponse(  # type: ignore[misc]  # httpx.Response and Exception bases
        httpx.Response, WebSocketDisconnect
    ):
        """The HTTP response an app sent instead of accepting a websocket.

        Raised by `websocket_connect` when the app used the "websocket.http.response"
        extension (`await websocket.send_denial_response(response)`): it is both
        the httpx.Response (status, headers, body) and a WebSocketDisconnect.
        """

    class _TestClientResponseStream(_TestClientStreamMixin, httpx.SyncByteStream): ...

    class _TestClientTransport(_TestClientTransportMixin, httpx.BaseTransport): ...

    class TestClient(_TestClientMixin, httpx.Client):
        """An httpx.Client that sends its requests straight to an ASGI app.

        `raise_server_exceptions` re-raises the app's errors in the test (else a
        500 response); `backend` picks "asyncio" or "trio" for the app's loop.
        """

    built = (WebSocketDenialResponse, _TestClientResponseStream, _TestClientTransport, TestClient)
    for cls in built:
        cls.__qualname__ = cls.__name__  # module-level names, not "<locals>"
    return {"httpx": httpx} | {cls.__name__: cls for cls in built}


# What _build_testclient() returns (a test checks it).
_TESTCLIENT_LAZY_NAMES = frozenset({"httpx", "TestClient", "WebSocketDenialResponse"})
_TESTCLIENT_LAZY_NAMES |= {"_TestClientResponseStream", "_TestClientTransport"}
# Each name built on first access, and its builder; the async test client adds one.
_LAZY_BUILDERS = dict.fromkeys(_TESTCLIENT_LAZY_NAMES, _build_testclient)
_TESTCLIENT_LOCK = threading.Lock()


def _testclient_attr(name: str) -> Any:
    """The module's PEP 562 `__getattr__`, also used by the `testclient` view: builds
    a name of _LAZY_BUILDERS on first access (once, under a lock) and binds it."""
    namespace = globals()
    if name in namespace:
        return namespace[name]
    build = _LAZY_BUILDERS.get(name)
    if build is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    with _TESTCLIENT_LOCK:
        if name not in namespace:  # pragma: no branch - False only if a thread raced us
            for built_name, value in build().items():
                namespace.setdefault(built_name, value)  # siblings already bound stay
    return namespace[name]


if not TYPE_CHECKING:
    __getattr__ = _testclient_attr


# =============================================================================
# extra: development server: HTTP/1.1 and WebSocket on anyio, no uvicorn needed
# =============================================================================
# Everything above is the application side of ASGI. This section is the other
# side: a small server, so `app.run()` works with nothing but anyio installed.
# It is a development server; production stays on uvicorn, hypercorn or granian.
#
# A server's whole job is translation. A client opens a TCP connection and
# writes bytes (RFC 9112 section 2.1):
#
#     GET /items?page=2 HTTP/1.1\r\n          <- request line: method, target, version
#     Host: example.com\r\n                    <- header field lines
#     \r\n                                     <- an empty line ends the head
#
# The server parses that head into a `scope` dict, the request's identity:
#
#     {"type": "http", "method": "GET", "path": "/items", "query_string": b"page=2",
#      "headers": [(b"host", b"example.com")], "client": ("127.0.0.1", 51234), ...}
#
# then calls `await app(scope, receive, send)`. `receive()` hands the app the
# body, read from the socket only when the app asks for it (Content-Length says
# how much; `Transfer-Encoding: chunked` frames it in pieces), then
# {"type": "http.disconnect"} once the client has gone. `send()` turns the
# app's messages back into bytes: "http.response.start" becomes the status line
# and headers, each "http.response.body" a piece of the body. When the response
# is complete, the same connection may carry the next request (keep-alive).
#
# A WebSocket starts as an HTTP request asking to switch protocols (RFC 6455
# section 4); after the 101 answer both sides exchange small binary frames,
# which the server turns into "websocket.receive" messages and back.
#
# Around all the connections runs one "lifespan" scope: startup before the
# first connection is accepted, shutdown after the last one has finished.

_DEV_LOG = logging.getLogger("starlette.server")
_DEV_ASGI = {"version": "3.0", "spec_version": "2.4"}
_DEV_TOKEN = rb"[-!#$%&'*+.^_`|~0-9A-Za-z]+"
# RFC 9112 section 3: request-line = method SP request-target SP HTTP-version
_DEV_REQUEST_LINE = re.compile(rb"(%s) ([!-~]+) HTTP/(\d)\.(\d)" % _DEV_TOKEN)
# RFC 9112 section 5: field-line = field-name ":" OWS field-value OWS
_DEV_FIELD_LINE = re.compile(rb"(%s):[ \t]*([^\x00\r\n]*?)[ \t]*" % _DEV_TOKEN)
# RFC 6455 section 1.3: the server proves it read the key by hashing it with this GUID.
_DEV_WS_GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
_DEV_CHUNK = 65536  # the most body bytes handed to the app in one message
_DEV_REASONS = frozenset(HTTPStatus)
# RFC 6455 section 7.4: the close codes a peer may send (1004-1006 and 1015 are reserved).
_DEV_WS_CODES = frozenset({1000, 1001, 1002, 1003, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014})


class _DevHTTPError(Exception):
    """Input the server refuses: answered with `status`, then the connection closes."""

    def __init__(
        self, status: int, detail: str, headers: Sequence[tuple[bytes, bytes]] = ()
    ) -> None:
        super().__init__(detail)
        self.status, self.headers = status, headers


class _DevWebSocketError(Exception):
    """A WebSocket protocol failure: the server closes with `code` (RFC 6455 section 7.4.1)."""

    def __init__(self, code: int, reason: str) -> None:
        super().__init__(reason)
        self.code = code


class _DevClientGone(OSError):
    """ASGI 2.4: send() raises an OSError once the client has left."""


class _DevStartupFailed(RuntimeError):
    """The app answered lifespan.startup with lifespan.startup.failed."""


def _dev_header(headers: list[tuple[bytes, bytes]], name: bytes) -> bytes:
    return next((value for key, value in headers if key == name), b"")


def _dev_tokens(headers: list[tuple[bytes, bytes]], name: bytes) -> set[bytes]:
    """The comma-separated, case-insensitive tokens of every `name` header."""
    values = b",".join(value for key, value in headers if key == name)
    return {token.strip().lower() for token in values.split(b",")}


def _dev_head(status: int, headers: list[tuple[bytes, bytes]]) -> bytes:
    """A response head: status line, Date (RFC 9110 section 6.6.1), the headers, an empty line."""
    from email.utils import formatdate  # deferred: keeps `import starlette` light

    reason = HTTPStatus(status).phrase if status in _DEV_REASONS else ""
    lines = [
        b"HTTP/1.1 %d %s" % (status, reason.encode()),
        b"date: " + formatdate(usegmt=True).encode(),
    ]
    lines += [name + b": " + value for name, value in headers]
    return b"\r\n".join(lines) + b"\r\n\r\n"


def _dev_refusal(status: int, detail: str, headers: Sequence[tuple[bytes, bytes]] = ()) -> bytes:
    """A complete plain-text response, for errors the server answers itself."""
    body = f"{detail}\n".encode()
    fixed = [
        (b"content-type", b"text/plain; charset=utf-8"),
        (b"content-length", b"%d" % len(body)),
    ]
    return _dev_head(status, [*fixed, (b"connection", b"close"), *headers]) + body


class _DevReader:
    """A receive buffer over a byte stream: whole lines, exact sizes, or what is there."""

    def __init__(self, stream: anyio.abc.ByteStream) -> None:
        self.stream = stream
        self.buffer = bytearray()

    async def fill(self) -> None:
        self.buffer += await self.stream.receive()  # raises anyio.EndOfStream at EOF

    async def line(self, limit: int, too_long: _DevHTTPError) -> bytes:
        """The next CRLF-terminated line of at most `limit` bytes, without its CRLF."""
        while (end := self.buffer.find(b"\r\n")) < 0 and len(self.buffer) <= limit:
            await self.fill()
        if not 0 <= end <= limit:
            raise too_long
        line = bytes(self.buffer[:end])
        del self.buffer[: end + 2]
        return line

    async def exactly(self, size: int) -> bytes:
        while len(self.buffer) < size:
            await self.fill()
        data = bytes(self.buffer[:size])
        del self.buffer[:size]
        return data

    async def some(self, most: int) -> bytes:
        if not self.buffer:
            await self.fill()
        data = bytes(self.buffer[:most])
        del self.buffer[:most]
        return data


class _DevLifespan:
    """The app's one lifespan scope, running in a task beside the server."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.state: dict[str, Any] = {}
        self.supported = True
        self.said = ""  # the type of the last message the app sent

    def __enter__(self) -> _DevLifespan:
        # Two one-way channels: server -> app (receive) and app -> server (send).
        self._to_app, self._app_inbox = anyio.create_memory_object_stream[Message](math.inf)
        self._from_app, self._inbox = anyio.create_memory_object_stream[Message](math.inf)
        return self

    def __exit__(self, *exc_info: object) -> None:
        for stream in (self._to_app, self._app_inbox, self._from_app, self._inbox):
            stream.close()

    async def run(self) -> None:
        scope = {"type": "lifespan", "asgi": _DEV_ASGI, "state": self.state}
        try:
            await self.app(scope, self._app_inbox.receive, self._send)
        except Exception:
            if not self.said:
                # ASGI: an app that raises before answering may just not speak
                # lifespan (a plain HTTP app): serve without it.
                _DEV_LOG.info("the app does not support lifespan", exc_info=True)
            elif not self.said.endswith(".failed"):  # a failure message says it already
                _DEV_LOG.error("the lifespan raised", exc_info=True)
        finally:
            self._from_app.send_nowait({"type": "lifespan.ended"})

    async def _send(self, message: Message) -> None:
        self.said = message["type"]
        await self._from_app.send(message)

    async def call(self, event: str) -> str | None:
        """Send lifespan.<event> and wait: None on success, else the app's failure message."""
        if not self.supported:
            return None
        await self._to_app.send({"type": f"lifespan.{event}"})
        reply = await self._inbox.receive()
        if reply["type"] == "lifespan.ended":  # returned or raised without an answer
            self.supported = False
        elif reply["type"] == f"lifespan.{event}.failed":
            return str(reply.get("message", ""))
        return None


class DevServer:
    """A small HTTP/1.1 and WebSocket server on anyio, for development (asyncio or trio).

    `app.run()`, `app.serve()` and `python -m starlette module:app` use it when
    uvicorn is not installed, or when given `server="builtin"`. In async code,
    start it in a task group; `serve` reports the URL once it accepts:

        async with anyio.create_task_group() as tg:
            url = await tg.start(DevServer(app, port=0).serve)
            ...

    Timeouts are in seconds; limits in bytes.
    """

    def __init__(
        self,
        app: ASGIApp,
        host: str = "127.0.0.1",
        port: int = 8000,
        *,
        root_path: str = "",
        timeout_keep_alive: float = 5.0,
        timeout_headers: float = 10.0,
        timeout_graceful_shutdown: float = 5.0,
        limit_request_line: int = 8190,
        limit_request_headers: int = 16384,
        ws_max_size: int = 16 * 1024 * 1024,
        handle_signals: bool = False,
    ) -> None:
        self.app, self.host, self.port, self.root_path = app, host, port, root_path
        self.timeout_keep_alive, self.timeout_headers = timeout_keep_alive, timeout_headers
        self.timeout_graceful_shutdown = timeout_graceful_shutdown
        self.limit_request_line = limit_request_line
        self.limit_request_headers = limit_request_headers
        self.ws_max_size, self.handle_signals = ws_max_size, handle_signals
        self.url = _serving_url(host, port)
        self.stopping = False
        self.lifespan = _DevLifespan(app)  # its channels open while serve() runs
        self._idle: dict[object, anyio.CancelScope] = {}  # connections between requests
        self._stop: anyio.Event | None = None  # made by serve(), in its event loop

    def shutdown(self) -> None:
        """Ask a running server to stop; call it in the server's event loop (thread)."""
        _sse_end_streams()  # open event streams never end by themselves
        self.stopping = True
        if self._stop is not None:
            self._stop.set()

    async def serve(
        self, *, task_status: anyio.abc.TaskStatus[str] = anyio.TASK_STATUS_IGNORED
    ) -> None:
        """Bind, run the lifespan startup, serve until shutdown(), run the lifespan shutdown."""
        listener = await anyio.create_tcp_listener(local_host=self.host, local_port=self.port)
        self._stop = stop = anyio.Event()
        with self.lifespan:
            async with listener, anyio.create_task_group() as tg:
                tg.start_soon(self.lifespan.run)
                failed = await self.lifespan.call("startup")
                if failed is None:
                    self.port = listener.extra(anyio.abc.SocketAttribute.local_port)
                    self.url = _serving_url(self.host, self.port)
                    if self.handle_signals:
                        await tg.start(self._watch_signals, tg.cancel_scope)
                    _DEV_LOG.info("Serving on %s (development server; Ctrl-C stops it)", self.url)
                    task_status.started(self.url)
                    await self._accept(listener, stop)
                    if (message := await self.lifespan.call("shutdown")) is not None:
                        _DEV_LOG.error("lifespan shutdown failed: %s", message)
                tg.cancel_scope.cancel()  # the lifespan task, if the app still waits in it
        if failed is not None:
            _DEV_LOG.error("lifespan startup failed: %s", failed)
            raise _DevStartupFailed(f"the app failed to start: {failed}")

    async def _watch_signals(
        self, everything: anyio.CancelScope, *, task_status: anyio.abc.TaskStatus[None]
    ) -> None:
        # The first Ctrl-C (SIGINT) or SIGTERM stops gracefully; a second one
        # cancels whatever is still running, lifespan shutdown included.
        if sys.platform == "win32":  # pragma: no cover - no loop signal handlers on Windows
            return task_status.started()  # Ctrl-C raises KeyboardInterrupt there instead
        with anyio.open_signal_receiver(signal.SIGINT, signal.SIGTERM) as signals:
            task_status.started()
            async for _ in signals:
                if self.stopping:
                    _DEV_LOG.warning("Stopping now")
                    everything.cancel()
                else:
                    _DEV_LOG.info("Shutting down (press Ctrl-C again to force)")
                    self.shutdown()

    async def _accept(
        self, listener: anyio.abc.Listener[anyio.abc.SocketStream], stop: anyio.Event
    ) -> None:
        async with anyio.create_task_group() as connections:
            with anyio.CancelScope() as accepting:
                connections.start_soon(self._cancel_on, stop, accepting)
                await listener.serve(self._connection, connections)
            # Stopping: no new connections; idle keep-alive ones close now, busy
            # ones finish their request, for at most timeout_graceful_shutdown.
            await listener.aclose()
            for idle in self._idle.values():
                idle.cancel()
            connections.cancel_scope.deadline = (
                anyio.current_time() + self.timeout_graceful_shutdown
            )

    async def _cancel_on(self, event: anyio.Event, scope: anyio.CancelScope) -> None:
        await event.wait()
        scope.cancel()

    async def _connection(self, stream: anyio.abc.SocketStream) -> None:
        async with stream:
            try:
                await _DevConnection(self, stream).run()
            except (anyio.EndOfStream, anyio.BrokenResourceError, _DevClientGone):
                pass  # the client left: nobody to answer


class _DevConnection:
    """One TCP connection: requests one after another until either side closes."""

    def __init__(self, server: DevServer, stream: anyio.abc.SocketStream) -> None:
        self.server, self.stream = server, stream
        self.reader = _DevReader(stream)
        self.client = tuple(stream.extra(anyio.abc.SocketAttribute.remote_address))[:2]
        self.local = tuple(stream.extra(anyio.abc.SocketAttribute.local_address))[:2]
        self.request_line = "-"

    async def run(self) -> None:
        while not self.server.stopping:
            try:
                head = await self.read_head()
                if head is None:
                    return  # idle too long, or the server is stopping
                if b"websocket" in _dev_tokens(head[3], b"upgrade"):
                    await _DevWebSocket(self, *head).run()
                    return  # RFC 6455: the connection belongs to the WebSocket now
                if not await _DevHTTPCycle(self, *head).run():
                    return
            except _DevHTTPError as exc:
                await self.write(_dev_refusal(exc.status, str(exc), exc.headers))
                self.log(exc.status)
                return

    async def write(self, data: bytes) -> None:
        try:
            await self.stream.send(data)
        except (anyio.BrokenResourceError, anyio.ClosedResourceError) as exc:
            raise _DevClientGone("the client has disconnected") from exc

    def log(self, status: int) -> None:
        """The access log: one line per request."""
        _DEV_LOG.info('%s:%s - "%s" %d', *self.client, self.request_line, status)

    async def read_head(self) -> tuple[str, bytes, str, list[tuple[bytes, bytes]]] | None:
        """Read and check a request head: (method, target, version, headers)."""
        server, self.request_line = self.server, "-"
        too_long = _DevHTTPError(414, "the request line is too long")
        # Between requests the connection is idle: the keep-alive timeout
        # applies, and a stopping server closes it.
        with anyio.move_on_after(server.timeout_keep_alive) as idle:
            server._idle[self] = idle
            try:
                # RFC 9112 section 2.2: ignore at least one empty line before a request-line.
                line = await self.reader.line(server.limit_request_line, too_long)
                line = line or await self.reader.line(server.limit_request_line, too_long)
            finally:
                del server._idle[self]
        if idle.cancelled_caught:
            return None
        self.request_line = line.decode("latin-1")
        try:
            with anyio.fail_after(server.timeout_headers):
                headers = await self.read_fields()
        except TimeoutError:
            raise _DevHTTPError(408, "the request head took too long") from None
        if (match := _DEV_REQUEST_LINE.fullmatch(line)) is None:
            raise _DevHTTPError(400, "malformed request line")
        method, target, major, minor = match.groups()
        if major != b"1":  # RFC 9110 section 15.6.6
            raise _DevHTTPError(505, "only HTTP/1.0 and HTTP/1.1 are supported")
        # RFC 9112 section 3.2: an HTTP/1.1 request has exactly one Host; none has two.
        hosts = sum(name == b"host" for name, _ in headers)
        if hosts > 1 or (minor == b"1" and not hosts):
            raise _DevHTTPError(400, "a request needs exactly one Host header")
        return method.decode(), target, f"1.{minor.decode()}", headers

    async def read_fields(self) -> list[tuple[bytes, bytes]]:
        """Header field lines up to the empty line, names lowercased, within the size limit."""
        too_large = _DevHTTPError(431, "the request header fields are too large")
        budget = self.server.limit_request_headers
        headers: list[tuple[bytes, bytes]] = []
        while line := await self.reader.line(budget, too_large):
            budget -= len(line) + 2
            # RFC 9112 section 5.1: no whitespace between name and colon;
            # section 5.2: obsolete line folding (leading whitespace) is refused.
            if (match := _DEV_FIELD_LINE.fullmatch(line)) is None:
                raise _DevHTTPError(400, "malformed header field line")
            if len(headers) == 100:
                raise too_large
            headers.append((match[1].lower(), match[2]))
        return headers

    def scope(
        self, kind: str, target: bytes, version: str, headers: list[tuple[bytes, bytes]]
    ) -> Scope:
        """The ASGI scope of a request: what the app knows about it."""
        if target.startswith(b"/"):  # RFC 9112 section 3.2.1: origin-form
            raw = target
        elif b"://" in target:  # section 3.2.2: absolute-form, which servers must accept
            raw = b"/" + target.partition(b"://")[2].partition(b"/")[2]
        elif target == b"*":  # section 3.2.4: asterisk-form, for OPTIONS
            raw = target
        else:
            raise _DevHTTPError(400, "malformed request target")
        raw_path, _, query = raw.partition(b"?")
        root_path = self.server.root_path
        return {
            "type": kind,
            "asgi": _DEV_ASGI,
            "http_version": version,
            "scheme": "http" if kind == "http" else "ws",
            # ASGI: path includes root_path; raw_path is what the client sent.
            "path": root_path + unquote(raw_path.decode("ascii")),
            "raw_path": raw_path,
            "query_string": query,
            "root_path": root_path,
            "headers": headers,
            "client": self.client,
            "server": self.local,
            # ASGI: each request gets a shallow copy of the lifespan's state.
            "state": dict(self.server.lifespan.state),
        }


class _DevHTTPCycle:
    """One request and its response: the ASGI "http" scope's receive and send."""

    def __init__(
        self,
        conn: _DevConnection,
        method: str,
        target: bytes,
        version: str,
        headers: list[tuple[bytes, bytes]],
    ) -> None:
        self.conn, self.method, self.version = conn, method, version
        self.scope = conn.scope("http", target, version, headers)
        self.scope["method"] = method
        # RFC 9112 section 9.3: HTTP/1.1 keeps the connection open unless told
        # "close"; HTTP/1.0 closes it unless told "keep-alive".
        tokens = _dev_tokens(headers, b"connection")
        self.keep_alive = b"close" not in tokens and (version == "1.1" or b"keep-alive" in tokens)
        self.body_left: int | None = self._body_length(headers)  # None: chunked, not known yet
        self.chunk_left = 0
        # RFC 9110 section 10.1.1: a client that sent "Expect: 100-continue" waits
        # for an interim 100 before sending the body.
        self.expect_continue = self.body_left != 0 and b"100-continue" in _dev_tokens(
            headers, b"expect"
        )
        self.request_done = False  # the last http.request message went to the app
        self.head_sent = self.complete = self.gone = self.chunked = self.no_body = False
        self.status = 0
        self.headers: list[tuple[bytes, bytes]] = []

    @staticmethod
    def _body_length(headers: list[tuple[bytes, bytes]]) -> int | None:
        # RFC 9112 section 6.3: how the end of the request body is found.
        lengths = [value for name, value in headers if name == b"content-length"]
        if b"" not in (codings := _dev_tokens(headers, b"transfer-encoding")) or len(codings) > 1:
            if lengths:  # section 6.1: both at once smells of request smuggling
                raise _DevHTTPError(400, "Transfer-Encoding and Content-Length together")
            if codings != {b"chunked"}:  # section 6.1: an unknown coding is a 501
                raise _DevHTTPError(501, "only the chunked transfer coding is supported")
            return None
        if len(lengths) > 1:
            raise _DevHTTPError(400, "more than one Content-Length")
        if lengths and not (lengths[0].isdigit() and len(lengths[0]) < 19):
            raise _DevHTTPError(400, "invalid Content-Length")
        return int(lengths[0]) if lengths else 0

    async def run(self) -> bool:
        """Run the app on this request; True if the connection can carry another."""
        try:
            await self.conn.server.app(self.scope, self.receive, self.send)
        except Exception:
            if not self.gone:  # the app failing after the client left is no news
                _DEV_LOG.exception("Exception in ASGI application")
            await self._refuse(_DevHTTPError(500, "Internal Server Error"))
        if not self.complete:
            if not self.gone:
                _DEV_LOG.error("the app returned without completing its response")
            await self._refuse(_DevHTTPError(500, "Internal Server Error"))
        self.conn.log(self.status)
        # A body the app left unread would be taken for the next request: close.
        return self.keep_alive and self.body_left == 0

    async def _refuse(self, exc: _DevHTTPError) -> None:
        """Answer with an error if nothing was sent yet; the connection closes either way."""
        self.keep_alive = False
        if not self.head_sent and not self.gone:
            self.status = exc.status
            await self.conn.write(_dev_refusal(exc.status, str(exc)))
        self.head_sent = self.complete = self.gone = True  # later sends raise _DevClientGone

    async def receive(self) -> Message:
        if self.request_done or self.complete:
            # ASGI: once the body is read, receive() waits for the client to
            # leave, so a streaming app can stop early; once the response is
            # complete, there is nothing left but http.disconnect.
            if not self.complete:
                await self._wait_for_disconnect()
            return {"type": "http.disconnect"}
        if self.expect_continue:
            self.expect_continue = False
            if not self.head_sent:  # reading the body means the app wants it
                await self.conn.write(b"HTTP/1.1 100 Continue\r\n\r\n")
        try:
            body = await self._read_body()
        except (anyio.EndOfStream, anyio.BrokenResourceError):
            self.gone = self.request_done = True
            return {"type": "http.disconnect"}
        except _DevHTTPError as exc:  # bad framing mid-body: answer now; the app sees a disconnect
            self.request_done = True
            await self._refuse(exc)
            return {"type": "http.disconnect"}
        self.request_done = self.body_left == 0
        return {"type": "http.request", "body": body, "more_body": not self.request_done}

    async def _wait_for_disconnect(self) -> None:
        try:
            await self.conn.reader.fill()  # a pipelined next request waits in the buffer
        except (anyio.EndOfStream, anyio.BrokenResourceError):
            self.gone = True
            return
        await anyio.sleep_forever()  # the client stays; the app cancels us when done

    async def _read_body(self) -> bytes:
        reader = self.conn.reader
        if self.body_left is not None:  # Content-Length (0 when there is no body)
            data = await reader.some(min(self.body_left, _DEV_CHUNK)) if self.body_left else b""
            self.body_left -= len(data)
            return data
        # RFC 9112 section 7.1: chunk = chunk-size [chunk-ext] CRLF chunk-data CRLF;
        # the last chunk has size 0 and is followed by optional trailer fields.
        if self.chunk_left == 0:
            bad = _DevHTTPError(400, "invalid chunk size")
            size = (await reader.line(1024, bad)).partition(b";")[0].strip()  # 7.1.1: ext ignored
            if not re.fullmatch(rb"[0-9A-Fa-f]{1,15}", size):
                raise bad
            if (chunk_left := int(size, 16)) == 0:
                await self.conn.read_fields()  # section 7.1.2: trailer fields, dropped
                self.body_left = 0
                return b""
            self.chunk_left = chunk_left
        data = await reader.some(min(self.chunk_left, _DEV_CHUNK))
        self.chunk_left -= len(data)
        if self.chunk_left == 0 and await reader.exactly(2) != b"\r\n":
            raise _DevHTTPError(400, "chunk data does not match its size")
        return data

    async def send(self, message: Message) -> None:
        if self.gone:
            raise _DevClientGone("the client has disconnected")
        kind = message["type"]
        if kind == "http.response.start" and not self.status:
            self.status, self.headers = message["status"], list(message.get("headers", ()))
        elif kind == "http.response.body" and self.status and not self.complete:
            try:
                await self._send_body(message.get("body", b""), message.get("more_body", False))
            except _DevClientGone:
                self.gone = True
                raise
        else:
            raise RuntimeError(f"unexpected ASGI message {kind!r} at this point of the response")

    async def _send_body(self, body: bytes, more_body: bool) -> None:
        head = b"" if self.head_sent else self._head(len(body), more_body)
        self.head_sent, self.complete = True, not more_body
        if self.no_body:
            body = b""
        elif self.chunked:
            # RFC 9112 section 7.1: each chunk is its size in hex, CRLF, the data,
            # CRLF; a chunk of size 0 ends the body.
            body = (b"%x\r\n%s\r\n" % (len(body), body) if body else b"") + (
                b"" if more_body else b"0\r\n\r\n"
            )
        await self.conn.write(head + body)

    def _head(self, size: int, more_body: bool) -> bytes:
        """The response head, choosing how the body is framed (RFC 9112 section 6.3)."""
        status, headers = self.status, self.headers
        names = {name.lower() for name, _ in headers}
        # RFC 9110 section 6.4.1: no body after HEAD, nor in a 1xx, 204 or 304.
        self.no_body = self.method == "HEAD" or status < 200 or status in (204, 304)
        if b"content-length" in names or self.no_body:
            pass
        elif not more_body:  # the whole body is here: its length is known
            headers.append((b"content-length", b"%d" % size))
        elif self.version == "1.1":
            self.chunked = True
            headers.append((b"transfer-encoding", b"chunked"))
        else:  # HTTP/1.0 has no chunks: the body ends when the connection closes
            self.keep_alive = False
        if b"close" in _dev_tokens(headers, b"connection"):
            self.keep_alive = False
        elif not self.keep_alive:
            headers.append((b"connection", b"close"))
        return _dev_head(status, headers)


class _DevWebSocket:
    """One WebSocket (RFC 6455), from the opening handshake to the closing one."""

    def __init__(
        self,
        conn: _DevConnection,
        method: str,
        target: bytes,
        version: str,
        headers: list[tuple[bytes, bytes]],
    ) -> None:
        self.conn = conn
        self.key = _dev_header(headers, b"sec-websocket-key")
        # RFC 6455 section 4.2.1: a GET over HTTP/1.1, "Connection: Upgrade" and a
        # base64 key of 16 bytes; section 4.4: otherwise say which version we speak.
        try:
            key_ok = len(base64.b64decode(self.key, validate=True)) == 16
        except ValueError:
            key_ok = False
        if method != "GET" or version != "1.1" or not key_ok:
            raise _DevHTTPError(400, "invalid WebSocket handshake")
        if b"upgrade" not in _dev_tokens(headers, b"connection"):
            raise _DevHTTPError(400, "invalid WebSocket handshake")
        if _dev_header(headers, b"sec-websocket-version") != b"13":
            raise _DevHTTPError(
                426, "WebSocket version 13 only", [(b"sec-websocket-version", b"13")]
            )
        self.scope = conn.scope("websocket", target, version, headers)
        offered = b",".join(value for name, value in headers if name == b"sec-websocket-protocol")
        self.scope["subprotocols"] = [
            p.strip() for p in offered.decode("latin-1").split(",") if p.strip()
        ]
        # ASGI: this extension lets the app refuse with a full HTTP response.
        self.scope["extensions"] = {"websocket.http.response": {}}
        self.connected = self.accepted = self.responded = self.close_sent = False
        self.close_code: int | None = None  # set once the client closed, or vanished
        self.close_reason = ""
        self.denial: Message | None = None
        self.denial_body = b""

    async def run(self) -> None:
        failed = False
        try:
            await self.conn.server.app(self.scope, self.receive, self.send)
        except Exception:
            failed = True
            if self.close_code is None:
                _DEV_LOG.exception("Exception in ASGI application")
        if not self.accepted and not self.responded:
            if not failed:
                _DEV_LOG.error("the app returned without accepting or refusing the WebSocket")
            await self.conn.write(_dev_refusal(500, "Internal Server Error"))
            self.conn.log(500)
            return
        if self.accepted and self.close_code is None:
            # RFC 6455 section 7.1.2: the side that closes sends a close frame,
            # then waits a while for the peer's before dropping the connection.
            with anyio.move_on_after(self.conn.server.timeout_keep_alive):
                if not self.close_sent:
                    await self._send_close(1011 if failed else 1000, "")
                while self.close_code is None:
                    await self.receive()

    async def receive(self) -> Message:
        if not self.connected:
            self.connected = True
            return {"type": "websocket.connect"}
        if self.close_code is None:
            try:
                return await self._read_message()
            except (anyio.EndOfStream, anyio.BrokenResourceError, _DevClientGone):
                self.close_code = 1006  # section 7.1.5: closed without a close frame
            except _DevWebSocketError as exc:  # the client broke the protocol
                self.close_code, self.close_reason = exc.code, str(exc)
                with contextlib.suppress(_DevClientGone):
                    await self._send_close(exc.code, str(exc))
        return {
            "type": "websocket.disconnect",
            "code": self.close_code,
            "reason": self.close_reason,
        }

    async def _read_message(self) -> Message:
        """Read frames until one whole data message; answer control frames on the way."""
        parts: list[bytes] = []
        opcode = size = 0
        while True:
            fin, frame_opcode, payload = await self._read_frame(self.conn.server.ws_max_size - size)
            if frame_opcode == 0x8:
                return await self._closed_by_client(payload)
            if frame_opcode == 0x9:  # section 5.5.2: a ping is answered by a pong with its data
                await self._write_frame(0xA, payload)
            if frame_opcode >= 0x8:  # section 5.5.3: a pong needs nothing
                continue
            # Section 5.4: a message is a first frame (text or binary) then
            # continuation frames (opcode 0) up to the one with FIN set.
            if (frame_opcode == 0) != bool(parts):
                raise _DevWebSocketError(1002, "unexpected frame in a fragmented message")
            opcode = opcode or frame_opcode
            parts.append(payload)
            size += len(payload)
            if fin:
                break
        data = b"".join(parts)
        if opcode == 0x2:
            return {"type": "websocket.receive", "bytes": data}
        try:
            return {"type": "websocket.receive", "text": data.decode()}
        except UnicodeDecodeError:  # section 8.1: text must be UTF-8
            raise _DevWebSocketError(1007, "text message is not UTF-8") from None

    async def _read_frame(self, budget: int) -> tuple[bool, int, bytes]:
        """One frame (RFC 6455 section 5.2): (fin, opcode, unmasked payload)."""
        reader = self.conn.reader
        first, second = await reader.exactly(2)
        opcode, length = first & 0x0F, second & 0x7F
        if first & 0x70:  # RSV1-3 mean an extension, and none was negotiated
            raise _DevWebSocketError(1002, "reserved bits are set")
        if opcode not in (0x0, 0x1, 0x2, 0x8, 0x9, 0xA):
            raise _DevWebSocketError(1002, "unknown opcode")
        if not second & 0x80:  # section 5.1: a client masks every frame
            raise _DevWebSocketError(1002, "client frames must be masked")
        if opcode >= 0x8 and (length > 125 or not first & 0x80):  # section 5.5
            raise _DevWebSocketError(1002, "control frames are short and never fragmented")
        if length >= 126:  # 126: a 16-bit length follows; 127: a 64-bit one
            length = int.from_bytes(await reader.exactly(2 if length == 126 else 8), "big")
        if opcode < 0x8 and length > budget:
            raise _DevWebSocketError(1009, "message too big")
        mask = await reader.exactly(4)
        payload = await reader.exactly(length)
        # Section 5.3: unmask by XOR with the 4-byte key, repeated over the payload.
        key = int.from_bytes((mask * (length // 4 + 1))[:length], "big")
        data = (int.from_bytes(payload, "big") ^ key).to_bytes(length, "big")
        return bool(first & 0x80), opcode, data

    async def _closed_by_client(self, payload: bytes) -> Message:
        # Section 5.5.1: an optional 2-byte code, then a UTF-8 reason; the
        # server answers with a close frame of its own, echoing the code.
        code = int.from_bytes(payload[:2], "big") if payload else 1005
        if payload and (len(payload) == 1 or not (code in _DEV_WS_CODES or 3000 <= code < 5000)):
            raise _DevWebSocketError(1002, "invalid close code")
        try:
            reason = payload[2:].decode()
        except UnicodeDecodeError:
            raise _DevWebSocketError(1007, "close reason is not UTF-8") from None
        if not self.close_sent:
            await self._send_close(None if code == 1005 else code, "")
        self.close_code, self.close_reason = code, reason
        return {"type": "websocket.disconnect", "code": code, "reason": reason}

    async def send(self, message: Message) -> None:
        kind = message["type"]
        if self.close_sent or self.close_code is not None or self.responded:
            raise _DevClientGone("the WebSocket is closed")
        if self.accepted and kind == "websocket.send":
            if (text := message.get("text")) is not None:
                await self._write_frame(0x1, text.encode())
            else:
                await self._write_frame(0x2, message.get("bytes") or b"")
        elif kind == "websocket.close" and self.denial is None:
            if self.accepted:
                await self._send_close(message.get("code", 1000), message.get("reason") or "")
            else:  # ASGI: closing before accepting refuses the handshake with a 403
                await self._respond(403, [], b"")
        elif kind == "websocket.accept" and not self.accepted and self.denial is None:
            await self._accept(message)
        elif kind == "websocket.http.response.start" and not self.accepted and self.denial is None:
            self.denial = message
        elif kind == "websocket.http.response.body" and self.denial is not None:
            self.denial_body += message.get("body", b"")
            if not message.get("more_body", False):
                await self._respond(
                    self.denial["status"], self.denial.get("headers", []), self.denial_body
                )
        else:
            raise RuntimeError(f"unexpected ASGI message {kind!r} at this point of the WebSocket")

    async def _accept(self, message: Message) -> None:
        import hashlib  # deferred: keeps `import starlette` light

        # RFC 6455 section 4.2.2: 101, and the key hashed with the GUID as proof.
        accept = base64.b64encode(hashlib.sha1(self.key + _DEV_WS_GUID).digest())
        headers = [
            (b"upgrade", b"websocket"),
            (b"connection", b"Upgrade"),
            (b"sec-websocket-accept", accept),
        ]
        if (subprotocol := message.get("subprotocol")) is not None:
            headers.append((b"sec-websocket-protocol", subprotocol.encode()))
        await self.conn.write(_dev_head(101, [*headers, *message.get("headers", [])]))
        self.accepted = True
        self.conn.log(101)

    async def _respond(
        self, status: int, headers: Iterable[tuple[bytes, bytes]], body: bytes
    ) -> None:
        """Refuse the handshake with a plain HTTP response."""
        kept = [(n, v) for n, v in headers if n.lower() not in (b"content-length", b"connection")]
        kept += [(b"content-length", b"%d" % len(body)), (b"connection", b"close")]
        self.responded = True
        await self.conn.write(_dev_head(status, kept) + body)
        self.conn.log(status)

    async def _send_close(self, code: int | None, reason: str) -> None:
        self.close_sent = True
        payload = b"" if code is None else code.to_bytes(2, "big") + reason.encode()[:123]
        await self._write_frame(0x8, payload)

    async def _write_frame(self, opcode: int, payload: bytes) -> None:
        # Section 5.2: FIN and the opcode, then the length in 7, 7+16 or 7+64
        # bits; a server never masks (section 5.1).
        size = len(payload)
        if size < 126:
            head = bytes([0x80 | opcode, size])
        elif size < 65536:
            head = bytes([0x80 | opcode, 126]) + size.to_bytes(2, "big")
        else:
            head = bytes([0x80 | opcode, 127]) + size.to_bytes(8, "big")
        await self.conn.write(head + payload)


def _devserver_logging(level: str) -> None:
    """Show the server's log on stderr, unless the program configured logging itself."""
    _DEV_LOG.setLevel(level.upper())
    if not _DEV_LOG.hasHandlers():
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
        _DEV_LOG.addHandler(handler)


def _devserver_run(
    app: ASGIApp,
    host: str,
    port: int,
    *,
    backend: str = "asyncio",
    log_level: str = "info",
    **options: Any,
) -> None:
    """Serve `app` with DevServer in this thread until Ctrl-C (see app.run())."""
    _devserver_logging(log_level)
    server = DevServer(app, host, port, handle_signals=True, **options)
    try:
        anyio.run(server.serve, backend=backend)
    except _DevStartupFailed:
        raise SystemExit(3) from None  # as uvicorn does; the log said why
    except KeyboardInterrupt:  # pragma: no cover - Windows only (see _watch_signals)
        _DEV_LOG.info("Stopped")


# =============================================================================
# extra: serving
# =============================================================================
# An ASGI app is only a callable. A *server* owns the sockets, speaks HTTP and
# WebSocket on the wire, turns bytes into scopes and messages, and brackets its
# whole run with the lifespan protocol, one scope {"type": "lifespan"} per run:
#
#     server -> {"type": "lifespan.startup"}
#     app    -> {"type": "lifespan.startup.complete"}    (or ".failed": no serving)
#     ... connections, each its own "http" or "websocket" scope ...
#     server -> {"type": "lifespan.shutdown"}            (after open requests end)
#     app    -> {"type": "lifespan.shutdown.complete"}
#
# Starlette leaves serving to you (`uvicorn module:app`). These extras, which
# Starlette lacks, serve in the three usual places, with uvicorn (imported
# lazily) when it is installed and the development server above otherwise;
# `server="uvicorn"` or `server="builtin"` (`--server`) picks one:
#
#     app.run()                      blocks in a script; Ctrl-C stops it cleanly
#     server = app.serve(port=0)     a background thread: notebooks, tests, REPLs
#     python -m starlette mod:app    the command line; --reload and --workers need uvicorn


def _serving_url(host: str, port: int, secure: bool = False) -> str:
    """The base URL a client uses to reach a server bound to (host, port).

    >>> _serving_url("127.0.0.1", 8000), _serving_url("::1", 443, secure=True)
    ('http://127.0.0.1:8000', 'https://[::1]:443')
    """
    scheme = "https" if secure else "http"
    # RFC 3986 section 3.2.2: an IPv6 literal goes in brackets inside a URL.
    return f"{scheme}://[{host}]:{port}" if ":" in host else f"{scheme}://{host}:{port}"


def _serving_pick(server: str | None) -> str:
    """ "uvicorn" or "builtin": the one asked for, else uvicorn if it is installed."""
    if server is None:
        try:
            _require("uvicorn", needed_by="serving")
        except ModuleNotFoundError:
            return "builtin"
        return "uvicorn"
    if server not in ("uvicorn", "builtin"):
        raise ValueError(f"server must be 'uvicorn' or 'builtin', not {server!r}")
    return server


def _serving_check_options(caller: str, options: dict[str, Any]) -> None:
    """Refuse options that need the app as an import string."""
    # uvicorn's reloader and worker processes re-import the app in fresh
    # processes, which is impossible for an app object handed over in memory.
    if options.get("reload") or (options.get("workers") or 1) > 1:
        raise ValueError(
            f"{caller} serves an app object, so it cannot reload or start workers; "
            "name the app instead: `python -m starlette module:app --reload` "
            "or `python -m starlette module:app --workers 4`"
        )


def _serving_run(
    app: ASGIApp,
    host: str = "127.0.0.1",
    port: int = 8000,
    *,
    server: str | None = None,
    **options: Any,
) -> None:
    """Serve `app` until Ctrl-C (SIGINT) or SIGTERM, then return.

    Startup runs the lifespan before the first connection; on a signal the
    server stops accepting, lets open requests finish, then runs the lifespan
    shutdown. Other keyword arguments go to `uvicorn.run()` or `DevServer`.
    """
    _serving_check_options("Starlette.run()", options)
    import asyncio

    try:
        asyncio.get_running_loop()
    except RuntimeError:
        pass  # the normal case: no event loop here, the server starts its own
    else:
        raise RuntimeError(
            "Starlette.run() blocks, but an event loop is already running here "
            "(a notebook?); use `server = app.serve()` to serve in a background "
            "thread, and `server.stop()` when done"
        )
    if _serving_pick(server) == "builtin":
        return _devserver_run(app, host, port, **options)
    _require("uvicorn", needed_by="Starlette.run()")
    import uvicorn

    # uvicorn.run(app, ...), but on a server whose graceful stop first ends the
    # open event streams (it would wait for them forever).
    runner = uvicorn.Server(uvicorn.Config(app, host=host, port=port, **options))
    graceful = runner.shutdown

    async def shutdown(sockets: Any = None) -> None:
        _sse_end_streams()
        await graceful(sockets)

    runner.shutdown = shutdown  # type: ignore[method-assign]  # one instance's hook
    with contextlib.suppress(KeyboardInterrupt):  # as uvicorn.run: Ctrl-C ends it quietly
        runner.run()
    if not runner.started:
        sys.exit(3)  # as uvicorn.run: the lifespan startup failed


class BackgroundServer:
    """A server running one app in a background thread (see `Starlette.serve()`).

    It has its own thread and event loop, so it works the same from a plain
    script, from inside `asyncio.run()`, or in a notebook whose loop is already
    running. Use it as a context manager, or call `stop()` when done:

        >>> with app.serve(port=0) as server:  # doctest: +SKIP
        ...     httpx.get(server.url + "/").text
        'Hello, world!'
    """

    server: Any  # a uvicorn.Server, or a DevServer

    def __init__(
        self,
        app: ASGIApp,
        host: str = "127.0.0.1",
        port: int = 8000,
        *,
        server: str | None = None,
        **options: Any,
    ) -> None:
        _serving_check_options("Starlette.serve()", options)
        self.app = app
        self.host = host
        if _serving_pick(server) == "builtin":
            self._start_builtin(app, host, port, **options)
        else:
            self._start_uvicorn(app, host, port, **options)
        atexit.register(self.stop)

    def _start_uvicorn(self, app: ASGIApp, host: str, port: int, **options: Any) -> None:
        _require("uvicorn", needed_by="Starlette.serve()")
        import uvicorn

        config = uvicorn.Config(app, host=host, port=port, **options)  # checks options
        # Bind here, not in the thread: port=0 becomes a real free port we can
        # report at once, and "address in use" is raised to the caller.
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self._socket = socket.create_server((host, port), family=family)
        self.port: int = self._socket.getsockname()[1]
        config.port = self.port
        self.url = _serving_url(host, self.port, bool(config.ssl_certfile))
        self.server = uvicorn.Server(config)
        # A daemon thread cannot keep the interpreter alive; the atexit hook
        # still stops it gracefully, so the lifespan shutdown runs at exit.
        self._thread = threading.Thread(target=self._serve, name=f"serve {self.url}", daemon=True)
        self._thread.start()
        while not self.server.started:
            # uvicorn has no "started" callback; poll briefly. A failed lifespan
            # startup ends the thread (uvicorn exits it) before `started` is set.
            self._thread.join(0.005)
            if not self._thread.is_alive() and not self.server.started:
                self._socket.close()
                raise RuntimeError(f"the server for {self.url} failed to start; see its log")

    def _serve(self) -> None:
        try:
            self.server.run([self._socket])
        except SystemExit:
            pass  # how uvicorn stops when the lifespan startup fails; __init__ reports it

    def _start_builtin(
        self,
        app: ASGIApp,
        host: str,
        port: int,
        *,
        backend: str = "asyncio",
        log_level: str | None = None,
        **options: Any,
    ) -> None:
        import anyio.from_thread  # deferred: keeps `import starlette` light

        if log_level is not None:
            _DEV_LOG.setLevel(log_level.upper())
        self.server = DevServer(app, host, port, **options)  # checks options
        # A blocking portal is an event loop in a thread of its own; the server
        # runs there as a task, and reports its URL once it accepts connections.
        self._portal_cm = anyio.from_thread.start_blocking_portal(backend)
        portal = _serving_blocking(self._portal_cm.__enter__)
        self._portal: anyio.from_thread.BlockingPortal | None = portal
        try:
            self._future, self.url = _serving_blocking(lambda: portal.start_task(self.server.serve))
        except BaseException:
            _serving_blocking(lambda: self._portal_cm.__exit__(None, None, None))
            raise
        self.port = self.server.port
        self._loop_thread = _serving_blocking(lambda: portal.call(threading.get_ident))

    @property
    def running(self) -> bool:
        """True until the server has finished."""
        if isinstance(self.server, DevServer):
            return not self._future.done()
        return self._thread.is_alive()

    def stop(self) -> None:
        """Stop accepting, let open requests finish, run the lifespan shutdown, wait.

        Calling it again does nothing. From inside a request of this same server
        it only asks the server to stop (the thread cannot wait for itself).
        """
        if isinstance(self.server, DevServer):
            return self._stop_builtin()
        _sse_end_streams()  # else uvicorn's graceful stop waits for them forever
        self.server.should_exit = True  # uvicorn's main loop checks it every 0.1s
        if threading.current_thread() is not self._thread:
            self._thread.join()
            atexit.unregister(self.stop)

    def _stop_builtin(self) -> None:
        if threading.get_ident() == self._loop_thread:
            self.server.shutdown()  # in the server's own loop: ask, do not wait
        elif self._portal is not None:
            portal, self._portal = self._portal, None
            _serving_blocking(lambda: portal.call(self.server.shutdown))
            self._future.result()
            _serving_blocking(lambda: self._portal_cm.__exit__(None, None, None))
            atexit.unregister(self.stop)

    def __enter__(self) -> BackgroundServer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def __repr__(self) -> str:
        state = "running" if self.running else "stopped"
        return f"<{type(self).__name__} {self.url} {state}>"


def _serving_blocking(func: Callable[[], T]) -> T:
    """Call `func` in a fresh thread and wait: anyio refuses blocking portal
    calls from a thread that runs an event loop (a notebook's, or trio's)."""
    from concurrent.futures import ThreadPoolExecutor  # deferred: keeps `import starlette` light

    with ThreadPoolExecutor(1, thread_name_prefix="starlette-serve") as pool:
        return pool.submit(func).result()


def _serving_serve(
    app: ASGIApp, host: str = "127.0.0.1", port: int = 8000, **options: Any
) -> BackgroundServer:
    """Start serving `app` in a background thread; return once it accepts connections."""
    return BackgroundServer(app, host, port, **options)


def _serving_import(name: str) -> ASGIApp:
    """The app named "module:attribute", imported as uvicorn would."""
    module_name, _, attribute = name.partition(":")
    app: Any = importlib.import_module(module_name)
    for part in (attribute or "app").split("."):
        app = getattr(app, part)
    return cast(ASGIApp, app)


def _serving_main(argv: Sequence[str] | None = None) -> int:
    """The command line: `python -m starlette module:app [options]` (see --help)."""
    import argparse  # only the command line needs it: keep `import starlette` light
    import asyncio  # noqa: F401  # loaded before uvicorn starts, as it was (--reload relies on it)

    parser = argparse.ArgumentParser(
        prog="python -m starlette",
        description="Serve an ASGI app: with uvicorn when it is installed, "
        "else with the built-in development server.",
    )
    add = parser.add_argument
    add("app", help="the app to serve as module:attribute, e.g. main:app")
    add("--server", choices=["uvicorn", "builtin"], help="default: uvicorn if installed")
    add("--host", default="127.0.0.1", help="address to bind (default: %(default)s)")
    add("--port", type=int, default=8000, help="0 picks a free port (default: 8000)")
    add("--root-path", default="", help="the path prefix a proxy mounts the app at")
    add("--log-level", choices=["critical", "error", "warning", "info", "debug"], default="info")
    add("--reload", action="store_true", default=None, help="restart when files change (uvicorn)")
    add("--workers", type=int, help="run this many worker processes (uvicorn)")
    add(
        "--proxy-headers",
        action=argparse.BooleanOptionalAction,
        help="trust X-Forwarded-* (uvicorn)",
    )
    add("--forwarded-allow-ips", help="proxies trusted for --proxy-headers (uvicorn)")
    args = parser.parse_args(argv)
    uvicorn_only = {
        name: value
        for name in ("reload", "workers", "proxy_headers", "forwarded_allow_ips")
        if (value := getattr(args, name)) is not None
    }
    common = {"root_path": args.root_path, "log_level": args.log_level}
    if _serving_pick(args.server) == "builtin":
        if uvicorn_only:
            flag = "--" + next(iter(uvicorn_only)).replace("_", "-")
            parser.error(
                f"{flag} needs uvicorn (pip install uvicorn); the built-in server runs one process"
            )
        try:
            app = _serving_import(args.app)
        except (ImportError, AttributeError) as exc:
            parser.error(f"cannot load {args.app!r}: {exc}")
        _devserver_run(app, args.host, args.port, **common)
        return 0
    _require("uvicorn", needed_by="python -m starlette")
    import uvicorn

    # uvicorn imports the app by name, so it runs against the importable
    # `starlette` module, never against this file's `__main__` copy; its
    # workers are processes of their own, each importing the app again.
    uvicorn.run(args.app, host=args.host, port=args.port, **common, **uvicorn_only)
    return 0


# =============================================================================
# extra: mounted lifespans: Starlette(mount_lifespans=True) starts mounted apps too
# =============================================================================
# A server sends the lifespan scope to the one app it runs. Starlette's Router
# answers it with its own lifespan and never passes it on, so in
#
#     Starlette(routes=[Mount("/admin", app=admin)])
#
# admin's startup never runs: its database pool is never opened. With
# `mount_lifespans=True`, the application's lifespan plays the server's part
# for every mounted app (Mount and Host, looking inside plain route groups):
#
#     parent startup
#       mounted app 1 startup      each with its own lifespan scope:
#       mounted app 2 startup        {"type": "lifespan", "state": {}}
#       ...serving...              and its own receive and send channels
#       mounted app 2 shutdown     in reverse order
#       mounted app 1 shutdown
#     parent shutdown
#
# A mounted app answers "lifespan.startup" in one of three ways:
#
#     {"type": "lifespan.startup.complete"}   started; gets "lifespan.shutdown" at the end
#     {"type": "lifespan.startup.failed", "message": ...}
#                                            the parent's startup fails with that message
#     raises or returns without replying      it does not speak lifespan; ASGI tells a
#                                            server to carry on without it, and so do we
#
# What a mounted lifespan yields lands in its own scope's "state"; while the
# app runs, its Mount adds that state to the requests it routes there, so
# `request.state.db` inside admin is admin's pool, and the parent's state is
# still visible underneath.


def _mounted_lifespans_install(router: Router) -> None:
    """Make `router`'s lifespan run its mounted apps' lifespans too (the Starlette hook)."""
    router.lifespan_context = _MountedLifespans(router, router.lifespan_context)


class _MountedLifespans:
    """A lifespan context factory: the parent's lifespan, then each mounted app's inside it."""

    def __init__(self, router: Router, inner: Lifespan[Any]) -> None:
        self.router, self.inner = router, inner

    def __call__(self, app: Any) -> AbstractAsyncContextManager[Any]:
        return self._run(app)

    @asynccontextmanager
    async def _run(self, app: Any) -> AsyncIterator[Mapping[str, Any] | None]:
        async with self.inner(app) as state, contextlib.AsyncExitStack() as stack:
            # Found now, not at construction: routes added later count too.
            for route in _mounted_routes(self.router.routes):
                where = (route.path or "/") if isinstance(route, Mount) else route.host
                mounted_state = await stack.enter_async_context(_mounted_lifespan(route.app, where))
                if mounted_state:
                    stack.enter_context(_mounted_state_overlay(route, mounted_state))
            yield state  # ASGI: the parent now reports "lifespan.startup.complete"


def _mounted_routes(routes: Iterable[BaseRoute]) -> Iterator[Mount | Host]:
    """The Mount and Host routes whose apps may have a lifespan, in declaration order.

    A Router with no lifespan of its own (Mount("/api", routes=[...])) is only
    a group of routes: the mounts inside it are looked at instead.
    """
    for route in routes:
        if not isinstance(route, Mount | Host):
            continue
        base = route._base_app if isinstance(route, Mount) else route.app
        if (
            isinstance(base, Router)
            and isinstance(base.lifespan_context, _DefaultLifespan)
            and not (base.on_startup or base.on_shutdown)
        ):
            yield from _mounted_routes(base.routes)
        else:
            yield route


class _MountedDriver:
    """The server's side of one mounted app's lifespan: two channels and a task."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.state: dict[str, Any] = {}
        self.error: Exception | None = None  # what the app raised, if it did
        self.to_app, self.app_inbox = anyio.create_memory_object_stream[Message](1)
        self.app_outbox, self.from_app = anyio.create_memory_object_stream[Message](1)

    async def run(self) -> None:
        scope = {"type": "lifespan", "asgi": {"version": "3.0"}, "state": self.state}
        with self.app_inbox, self.app_outbox:  # closing the outbox: "the app is gone"
            try:
                await self.app(scope, self.app_inbox.receive, self.app_outbox.send)
            except Exception as exc:  # ASGI: raising before any reply means "no lifespan"
                self.error = exc

    async def exchange(self, event: str) -> Message | None:
        """Send the app `event`; its reply, or None if it ended without one."""
        try:
            await self.to_app.send({"type": event})
            return await self.from_app.receive()
        except (anyio.BrokenResourceError, anyio.EndOfStream):
            if self.error is None:
                return None
            return {"type": "lifespan.failed", "message": repr(self.error)}  # for the report


@asynccontextmanager
async def _mounted_lifespan(app: ASGIApp, where: str) -> AsyncIterator[dict[str, Any] | None]:
    """Run one mounted app's lifespan around the block; yields its state, or None
    if the app has no lifespan."""
    driver = _MountedDriver(app)
    with driver.to_app, driver.from_app:
        async with create_collapsing_task_group() as group:
            group.start_soon(driver.run)
            started = await driver.exchange("lifespan.startup")
            if started is None or started["type"] == "lifespan.failed":
                yield None  # no lifespan here: the app returned or raised without a reply
                return
            if started["type"] != "lifespan.startup.complete":
                group.cancel_scope.cancel()
            _mounted_expect(
                started, "lifespan.startup.complete", f"mounted at {where!r} failed to start"
            )
            try:
                yield driver.state
            finally:
                stopped = await driver.exchange("lifespan.shutdown")
                group.cancel_scope.cancel()  # its part is over, whatever it does next
            _mounted_expect(
                stopped, "lifespan.shutdown.complete", f"mounted at {where!r} failed to stop"
            )


def _mounted_expect(reply: Message | None, expected: str, failure: str) -> None:
    """Raise RuntimeError("The app <failure>: <its message>") unless `reply` is `expected`."""
    if reply is None or reply["type"] != expected:
        message = "" if reply is None else reply.get("message", "")
        raise RuntimeError(f"The app {failure}: {message}")


class _MountedState:
    """An ASGI layer that adds a mounted app's lifespan state to its requests."""

    def __init__(self, app: ASGIApp, state: Mapping[str, Any]) -> None:
        self.app, self.state = app, state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        # ASGI: each request's "state" is already the server's shallow copy of
        # the lifespan state, so adding to it here touches only this request.
        scope.setdefault("state", {}).update(self.state)
        await self.app(scope, receive, send)


@contextmanager
def _mounted_state_overlay(route: Mount | Host, state: Mapping[str, Any]) -> Iterator[None]:
    """Put _MountedState in front of the route's app while the lifespan runs."""
    app = route.app
    route.app = _MountedState(app, state)
    try:
        yield
    finally:
        route.app = app


# =============================================================================
# extra: csrf: CSRFMiddleware, csrf_token(), csrf_input()
# =============================================================================
# Cross-site request forgery: a page on evil.example posts a form to your app,
# and the browser adds your user's cookies. Two independent checks stop it,
# both for "unsafe" methods only (POST, PUT, PATCH, DELETE: RFC 9110 section
# 9.2.1 says GET, HEAD, OPTIONS and TRACE must not change anything):
#
# 1. Origin. Browsers say which site a request comes from:
#        Origin: https://shop.example          (or, failing that, Referer)
#    It must be the request's own origin or one of `trusted_origins`.
# 2. Double submit. Every response carries a signed cookie,
#        Set-Cookie: csrftoken=<nonce>.<timestamp>.<signature>; SameSite=Lax
#    and an unsafe request must send the same value back a second way: the
#    `x-csrftoken` header (from JavaScript, which can read the cookie) or a
#    `csrftoken` field in a form (rendered with csrf_input(request)). Another
#    site can make the browser send the cookie, but cannot read it to copy it.
#    The signature (HMAC-SHA256 with your secret) rejects forged cookies, and
#    the timestamp expires old ones.
#
# A form field is in the body, which the endpoint reads too, and an ASGI body
# can be received only once. So the middleware receives the whole body (up to
# `max_body_size`), looks for the field, and hands the app a `receive` that
# replays the same bytes: {"type": "http.request", "body": ..., "more_body": False}.

_CSRF_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})
_CSRF_FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


class _ExtraRefusal(Exception):
    """A request an extra answers itself with a 4xx: a status and a plain message."""

    def __init__(self, status_code: int, message: str) -> None:
        super().__init__(message)
        self.status_code, self.message = status_code, message


async def _extra_receive_body(receive: Receive, headers: Headers, limit: int) -> bytes:
    """The whole request body, refusing more than `limit` bytes with a 413."""
    too_large = _ExtraRefusal(413, f"Request body exceeds {limit} bytes.")
    declared = headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise too_large  # say so before reading any of it
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":  # ASGI: "http.disconnect"
            raise _ExtraRefusal(400, "The client disconnected while sending the body.")
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise too_large
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


async def _extra_parse_form(headers: Headers, body: bytes) -> FormData:
    """Parse a urlencoded or multipart body already received; a bad one is a 400."""

    async def stream() -> AsyncGenerator[bytes, None]:
        yield body

    parser: FormParser | MultiPartParser
    if _media_type(headers.get("content-type", "")) == "multipart/form-data":
        parser = MultiPartParser(headers, stream())
    else:
        parser = FormParser(headers, stream())
    try:
        return await parser.parse()
    except MultiPartException as exc:
        raise _ExtraRefusal(400, exc.message) from None


def _csrf_origin(url: str) -> str:
    """scheme://host[:port] of a URL, lower-cased, default ports dropped.

    >>> _csrf_origin("HTTPS://Shop.Example:443/cart?x=1")
    'https://shop.example'
    """
    parts = urlsplit(url.strip())
    scheme, netloc = parts.scheme.lower(), parts.netloc.lower()
    default = {"http": ":80", "https": ":443"}.get(scheme)
    if default and netloc.endswith(default):
        netloc = netloc[: -len(default)]
    return f"{scheme}://{netloc}"


class _CSRFReplay:
    """A `receive` that first hands out a body already received, then defers to the real one."""

    def __init__(self, body: bytes, receive: Receive) -> None:
        self.body: bytes | None = body
        self.receive = receive

    async def __call__(self) -> Message:
        if self.body is None:
            return await self.receive()  # later calls: the client's disconnect, as usual
        body, self.body = self.body, None
        return {"type": "http.request", "body": body, "more_body": False}


class CSRFMiddleware:
    """Refuse cross-site form posts: an Origin check plus a double-submit token.

        app = Starlette(routes=routes, middleware=[Middleware(CSRFMiddleware, secret="...")])

    Templates put the token in forms with `{{ csrf_input(request) }}` (register
    it: `templates.env.globals["csrf_input"] = csrf_input`); JavaScript sends
    the `csrftoken` cookie's value in an `x-csrftoken` header. A failed check is
    a 403 with a plain message. `exempt` lists paths that skip the checks (a
    path ending in "/" covers everything below it), e.g. webhooks that sign
    their own requests.
    """

    def __init__(
        self,
        app: ASGIApp,
        secret: str | Secret,
        *,
        cookie_name: str = "csrftoken",
        header_name: str = "x-csrftoken",
        field_name: str = "csrftoken",
        trusted_origins: Sequence[str] = (),
        exempt: Sequence[str] = (),
        same_site: Literal["lax", "strict", "none"] = "lax",
        secure: bool = False,
        cookie_path: str = "/",
        cookie_domain: str | None = None,
        max_age: int = 14 * 24 * 3600,  # seconds a token stays valid
        max_body_size: int = 1024 * 1024,  # bytes of form body read to find the field
    ) -> None:
        self.app = app
        self._key = b"starlette.csrf:" + str(secret).encode("utf-8")
        self.cookie_name, self.header_name, self.field_name = cookie_name, header_name, field_name
        self.trusted_origins = frozenset(_csrf_origin(origin) for origin in trusted_origins)
        self.exempt = tuple(exempt)
        self.max_age, self.max_body_size = max_age, max_body_size
        flags = f"; Path={cookie_path}; Max-Age={max_age}; SameSite={same_site.capitalize()}"
        if secure:
            flags += "; Secure"
        if cookie_domain is not None:
            flags += f"; Domain={cookie_domain}"
        self._cookie_flags = flags  # not HttpOnly: JavaScript reads it for the header

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        cookie = self._valid_token(self._cookie(scope))
        token = cookie or self.new_token()
        scope.setdefault("state", {})["csrf_token"] = token
        scope["csrf_field_name"] = self.field_name  # for csrf_input()
        if cookie is None:  # a fresh token: the browser must get its cookie
            send = functools.partial(self._send_cookie, send, token)
        if scope["method"] not in _CSRF_SAFE_METHODS and not self._exempt(scope):
            try:
                receive = await self._check(scope, receive, cookie)
            except _ExtraRefusal as refusal:
                response = PlainTextResponse(refusal.message, status_code=refusal.status_code)
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)

    def new_token(self) -> str:
        """A fresh signed token: <random nonce>.<unix time>.<HMAC of both>."""
        nonce = base64.urlsafe_b64encode(os.urandom(18)).decode("ascii")
        value = f"{nonce}.{int(time.time())}"
        return f"{value}.{self._signature(value)}"

    def _signature(self, value: str) -> str:
        import hmac  # deferred, like SessionMiddleware's: a dict lookup once loaded

        mac = hmac.digest(self._key, value.encode("ascii"), "sha256")
        return base64.urlsafe_b64encode(mac).rstrip(b"=").decode("ascii")

    def _valid_token(self, token: str | None) -> str | None:
        """`token` if it is one of ours, unexpired; else None."""
        import hmac

        if token is None or not token.isascii() or token.count(".") != 2:
            return None
        value, _, signature = token.rpartition(".")
        if not hmac.compare_digest(signature, self._signature(value)):
            return None  # forged, or signed with another secret
        stamp = value.rpartition(".")[2]
        age = int(time.time()) - int(stamp) if stamp.isdigit() else -1
        return token if 0 <= age <= self.max_age else None

    def _cookie(self, scope: Scope) -> str | None:
        found = None
        for key, value in scope["headers"]:
            if key == b"cookie":  # as HTTPConnection.cookies: a later header wins
                found = cookie_parser(value.decode("latin-1")).get(self.cookie_name, found)
        return found

    def _exempt(self, scope: Scope) -> bool:
        path = get_route_path(scope)
        return any(path == e or (e.endswith("/") and path.startswith(e)) for e in self.exempt)

    async def _send_cookie(self, send: Send, token: str, message: Message) -> None:
        if message["type"] == "http.response.start":
            cookie = f"{self.cookie_name}={token}{self._cookie_flags}"
            _message_headers(message).append((b"set-cookie", cookie.encode("latin-1")))
        await send(message)

    async def _check(self, scope: Scope, receive: Receive, cookie: str | None) -> Receive:
        """Raise _ExtraRefusal unless the request passes; returns the `receive` the app gets."""
        import hmac

        headers = Headers(scope=scope)
        self._check_origin(scope, headers)
        if cookie is None:
            raise _ExtraRefusal(403, "CSRF check failed: the CSRF cookie is missing or expired.")
        sent = headers.get(self.header_name)
        if sent is None and _media_type(headers.get("content-type", "")) in _CSRF_FORM_TYPES:
            body = await _extra_receive_body(receive, headers, self.max_body_size)
            receive = _CSRFReplay(body, receive)
            form = await _extra_parse_form(headers, body)
            field = form.get(self.field_name)
            await form.close()
            sent = field if isinstance(field, str) else None
        if sent is None:
            raise _ExtraRefusal(403, "CSRF check failed: no CSRF token was sent.")
        if not hmac.compare_digest(sent.encode("utf-8"), cookie.encode("ascii")):
            raise _ExtraRefusal(403, "CSRF check failed: the CSRF token does not match.")
        return receive

    def _check_origin(self, scope: Scope, headers: Headers) -> None:
        origin = headers.get("origin") or headers.get("referer")
        if origin is None:
            return  # an old client, or a privacy setting: the token check still applies
        host = headers.get("host") or "{}:{}".format(*scope.get("server") or ("", 80))
        own = _csrf_origin(f"{scope.get('scheme', 'http')}://{host}")
        if _csrf_origin(origin) != own and _csrf_origin(origin) not in self.trusted_origins:
            raise _ExtraRefusal(403, "CSRF check failed: the request's origin is not trusted.")


def csrf_token(request: HTTPConnection) -> str:
    """The CSRF token for this request, to send back in a form field or header."""
    token = request.scope.get("state", {}).get("csrf_token")
    if not isinstance(token, str):
        raise RuntimeError("csrf_token() needs CSRFMiddleware in the application's middleware")
    return token


class _CSRFMarkup(str):
    """A str that Jinja2 (through markupsafe's `__html__` protocol) inserts unescaped."""

    def __html__(self) -> str:
        return str(self)


def csrf_input(request: HTTPConnection) -> str:
    """A hidden form field holding the CSRF token: `{{ csrf_input(request) }}` in a template."""
    token = csrf_token(request)
    name = request.scope.get("csrf_field_name", "csrftoken")
    field = f'<input type="hidden" name="{html.escape(name)}" value="{html.escape(token)}">'
    return _CSRFMarkup(field)


# =============================================================================
# extra: request id: RequestIDMiddleware, RequestIDFilter, request_id_var
# =============================================================================
# One id per request ties together every log line it causes, across services:
# a proxy or the calling service sends `X-Request-ID: 4bf92f35...`, this app
# logs with it and echoes it in the response, and passes it on to its own calls.
#
# The header comes from the client, so it is checked before it reaches a log
# file: at most 128 characters from a small safe set (letters, digits and
# `-_.:+/=@`). Anything else (CR/LF that would forge log lines, 10,000
# characters, spaces) is replaced by a fresh uuid4 hex.
#
# The id lives in a contextvars.ContextVar. Each ASGI connection runs in its
# own task, whose context is copied from where it was spawned, so setting the
# variable here is seen by everything the request runs: the endpoint, the
# BackgroundTasks run after the response (same task), and sync code sent to
# the thread pool (anyio.to_thread.run_sync runs it in a copy of the context).

request_id_var: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "request_id", default=None
)
_REQUEST_ID_VALID = re.compile(r"[A-Za-z0-9\-_.:+/=@]{1,128}")


class RequestIDMiddleware:
    """Give each request an id: the client's valid `X-Request-ID`, or a new one.

        middleware = [Middleware(RequestIDMiddleware, access_log=True)]
        handler.addFilter(RequestIDFilter())   # then log "%(request_id)s" in the format

    The id is in `request_id_var` (and `request.state.request_id`) while the
    request runs, and in the response's header. With `access_log=True`, one line
    per request goes to the "starlette.access" logger:
    `GET /items 200 1.2ms id=4bf92f35...`.
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        header_name: str = "X-Request-ID",
        access_log: bool = False,
        logger: logging.Logger | None = None,
    ) -> None:
        self.app = app
        self.header_name = header_name
        self._header_key = header_name.lower().encode("latin-1")
        self.access_log = access_log
        self.logger = logger or logging.getLogger("starlette.access")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        sent = _scope_header(scope, self._header_key)
        candidate = sent.decode("latin-1") if sent is not None else ""
        request_id = candidate if _REQUEST_ID_VALID.fullmatch(candidate) else uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = request_id
        status: list[int] = []  # the response's status, once it starts
        reset: contextvars.Token[str | None] | None = request_id_var.set(request_id)
        started = time.perf_counter()
        try:
            await self.app(scope, receive, functools.partial(self._send, send, request_id, status))
        except BaseException:
            # The id stays set: the server logs this exception next, in this
            # same context, and its log line should carry the id too.
            reset = None
            raise
        finally:
            if self.access_log and scope["type"] == "http":
                # An app that raised before answering: the server will send a 500.
                code = status[0] if status else 500
                elapsed = (time.perf_counter() - started) * 1000
                path = scope.get("path", "")
                self.logger.info(
                    "%s %s %d %.1fms id=%s", scope["method"], path, code, elapsed, request_id
                )
            if reset is not None:
                request_id_var.reset(reset)  # after the log line, which filters may stamp

    async def _send(self, send: Send, request_id: str, status: list[int], message: Message) -> None:
        if message["type"] == "http.response.start":
            status.append(message["status"])
            raw = _message_headers(message)
            _raw_headers_set(raw, self._header_key, request_id.encode("latin-1"))
        await send(message)


class RequestIDFilter(logging.Filter):
    """A logging filter that stamps each record with `record.request_id` ("-" outside requests).

    handler = logging.StreamHandler()
    handler.addFilter(RequestIDFilter())
    handler.setFormatter(logging.Formatter("%(request_id)s %(message)s"))
    """

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id_var.get() or "-"
        return True


# =============================================================================
# extra: graphql: GraphQLApp (graphql-core, lazy)
# =============================================================================
# GraphQL over HTTP (the graphql-over-http spec): one endpoint, one request
# shape, three ways to send it:
#
#     GET  /graphql?query={hello}&variables={"n":1}&operationName=Q
#     POST /graphql   Content-Type: application/json
#                     {"query": "...", "variables": {...}, "operationName": "..."}
#     POST /graphql   Content-Type: application/graphql   (the body is the query)
#     POST /graphql   a urlencoded or multipart form with the same fields
#
# The answer is JSON: {"data": ...} with "errors" beside it when something
# failed. Its media type and status follow the client's Accept header:
#
#     Accept: application/graphql-response+json   the new type: a query that
#             cannot run (syntax, validation, variables) gets a 4xx
#     anything else                               application/json, status 200
#                                                 for every well-formed request
#
# A request that is not well-formed (no query, variables that are not an
# object, a body that is not JSON) is a 400 either way. Mutations change
# things, so a GET (which links and prefetchers send) may not run one: 405.
# Subscriptions need a stream, so they are refused here.
#
# graphql-core's parser recurses on nesting and has no limits of its own
# here, so a hostile query is measured before it is parsed: its length, its
# token count and its bracket nesting, by the (non-recursive) lexer; then the
# selection depth, fragments included, before validation and execution. Each
# limit answers 400 with a message saying which one.

_GRAPHQL_RESPONSE_TYPE = "application/graphql-response+json"
_GRAPHQL_MAX_NESTING = 64  # brackets deep: far below where the parser's recursion breaks

_GRAPHIQL_PAGE = """<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>GraphiQL</title>
  <link rel="stylesheet" href="https://unpkg.com/graphiql@3/graphiql.min.css">
</head>
<body style="margin: 0">
  <div id="graphiql" style="height: 100vh"></div>
  <script crossorigin src="https://unpkg.com/react@18/umd/react.production.min.js"></script>
  <script crossorigin src="https://unpkg.com/react-dom@18/umd/react-dom.production.min.js"></script>
  <script crossorigin src="https://unpkg.com/graphiql@3/graphiql.min.js"></script>
  <script>
    const fetcher = GraphiQL.createFetcher({url: window.location.pathname});
    ReactDOM.createRoot(document.getElementById("graphiql"))
      .render(React.createElement(GraphiQL, {fetcher}));
  </script>
</body>
</html>
"""


class _GraphQLRequestError(Exception):
    """Errors that stop a query before it runs (syntax, validation): no "data" in the reply."""

    def __init__(self, errors: list[Any]) -> None:
        super().__init__(errors)
        self.errors = errors


class GraphQLApp:
    """Serve a graphql-core schema over HTTP, with GraphiQL for browsers.

        schema = graphql.build_schema("type Query { hello: String }")
        app = Starlette(routes=[Mount("/graphql", GraphQLApp(schema, root_value=...))])

    Resolvers get `info.context["request"]` and `info.context["background"]`
    (BackgroundTasks that run after the response). Resolvers may be async;
    sync ones run on the event loop, so keep them quick. graphql-core 3.3 runs
    async resolvers on asyncio and trio alike; 3.2 gathers them with asyncio
    only, so trio apps need 3.3.
    """

    def __init__(
        self,
        schema: graphql.GraphQLSchema,
        *,
        root_value: Any = None,
        graphiql: bool = True,
        max_depth: int = 15,  # fields nested in fields, fragments included
        max_tokens: int = 5000,
        max_query_length: int = 100_000,  # characters
        max_body_size: int = 1024 * 1024,  # bytes
    ) -> None:
        _require("graphql", needed_by="GraphQLApp", pip_name="graphql-core")
        self.schema, self.root_value, self.graphiql = schema, root_value, graphiql
        self.max_depth, self.max_tokens = max_depth, max_tokens
        self.max_query_length, self.max_body_size = max_query_length, max_body_size

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            if scope["type"] == "websocket":  # no subscriptions: refuse the handshake
                await WebSocketClose()(scope, receive, send)
            return  # ASGI: returning from a lifespan scope means "no lifespan here"
        request = Request(scope, receive)
        accept = request.headers.get("accept", "")
        media_type = "application/json"
        if _GRAPHQL_RESPONSE_TYPE in (_media_type(part) for part in accept.split(",")):
            media_type = _GRAPHQL_RESPONSE_TYPE
        background = BackgroundTasks()
        response: Response
        try:
            if request.method == "GET" and self.graphiql and "text/html" in accept:
                response = HTMLResponse(_GRAPHIQL_PAGE)
            else:
                payload, status_code = await self._run(request, background, media_type)
                response = JSONResponse(payload, status_code, media_type=media_type)
        except _ExtraRefusal as refusal:
            headers = {"Allow": "POST" if request.method == "GET" else "GET, POST"}
            response = JSONResponse(
                {"errors": [{"message": refusal.message}]},
                refusal.status_code,
                headers=headers if refusal.status_code == 405 else None,
                media_type=media_type,
            )
        response.background = background
        await response(scope, receive, send)

    async def _run(
        self, request: Request, background: BackgroundTasks, media_type: str
    ) -> tuple[dict[str, Any], int]:
        """Parse, check, validate and execute: the reply's JSON and its status."""
        import graphql

        query, variables, operation_name = await self._params(request)
        try:
            document = self._parse(query)
            self._check_depth(document)
            errors = graphql.validate(self.schema, document)
            if errors:
                raise _GraphQLRequestError(errors)
            operation = graphql.get_operation_ast(document, operation_name)
            if operation is not None:
                kind = operation.operation.value
                if kind == "subscription":
                    raise _ExtraRefusal(400, "Subscriptions are not supported over HTTP.")
                if kind == "mutation" and request.method == "GET":
                    raise _ExtraRefusal(405, "Mutations need POST.")
            context = {"request": request, "background": background}
            result = graphql.execute(
                self.schema,
                document,
                root_value=self.root_value,
                context_value=context,
                variable_values=variables,
                operation_name=operation_name,
            )
            if inspect.isawaitable(result):
                result = await result
            if result.data is None and all(error.path is None for error in result.errors or ()):
                # No field ran: variables that do not fit their types, a missing
                # operation. A request error, as a syntax error is.
                raise _GraphQLRequestError(list(result.errors or ()))
        except _GraphQLRequestError as failed:
            status_code = 400 if media_type == _GRAPHQL_RESPONSE_TYPE else 200
            return {"errors": [error.formatted for error in failed.errors]}, status_code
        except RecursionError:  # e.g. a long chain of fragments spreading each other
            raise _ExtraRefusal(400, "The query is too complex.") from None
        return dict(result.formatted), 200

    async def _params(self, request: Request) -> tuple[str, dict[str, Any] | None, str | None]:
        """query, variables and operationName from the URL or the body; 4xx if malformed."""
        params: dict[str, Any] = dict(request.query_params)
        if request.method == "POST":
            headers = request.headers
            content_type = _media_type(headers.get("content-type", ""))
            body = await _extra_receive_body(request.receive, headers, self.max_body_size)
            if content_type == "application/json":
                try:
                    params = json.loads(body)
                except (ValueError, RecursionError):  # RecursionError: nested too deeply
                    raise _ExtraRefusal(400, "The body is not valid JSON.") from None
                if not isinstance(params, dict):
                    raise _ExtraRefusal(400, "The JSON body must be an object.")
            elif content_type == "application/graphql":
                params["query"] = body.decode("utf-8", "replace")
            elif content_type in _CSRF_FORM_TYPES:
                form = await _extra_parse_form(headers, body)
                params = {key: value for key, value in form.items() if isinstance(value, str)}
                await form.close()
            else:
                raise _ExtraRefusal(415, "Send JSON, application/graphql or a form.")
            if isinstance(params.get("variables"), str):  # forms carry it as JSON text
                params["variables"] = _graphql_json_object(params["variables"])
        elif request.method == "GET":
            if "variables" in params:
                params["variables"] = _graphql_json_object(params["variables"])
        else:
            raise _ExtraRefusal(405, "GraphQL takes GET and POST.")
        query, variables, name = (params.get(k) for k in ("query", "variables", "operationName"))
        if not isinstance(query, str) or not query.strip():
            raise _ExtraRefusal(400, "The request has no query (a string).")
        if variables is not None and not isinstance(variables, dict):
            raise _ExtraRefusal(400, "The variables must be an object.")
        if name is not None and not isinstance(name, str):
            raise _ExtraRefusal(400, "The operationName must be a string.")
        return query, variables, name

    def _parse(self, query: str) -> graphql.DocumentNode:
        """Measure the query with the lexer, then parse it."""
        import graphql
        from graphql.language import Lexer, TokenKind

        if len(query) > self.max_query_length:
            raise _ExtraRefusal(
                400, f"The query is longer than {self.max_query_length} characters."
            )
        opening = {TokenKind.BRACE_L, TokenKind.PAREN_L, TokenKind.BRACKET_L}
        closing = {TokenKind.BRACE_R, TokenKind.PAREN_R, TokenKind.BRACKET_R}
        lexer, count, nesting = Lexer(graphql.Source(query)), 0, 0
        try:
            token = lexer.advance()
            while token.kind != TokenKind.EOF:
                count += 1
                nesting += (token.kind in opening) - (token.kind in closing)
                if count > self.max_tokens:
                    raise _ExtraRefusal(400, f"The query has more than {self.max_tokens} tokens.")
                if nesting > _GRAPHQL_MAX_NESTING:
                    raise _ExtraRefusal(400, "The query is nested too deeply.")
                token = lexer.advance()
        except graphql.GraphQLError:
            pass  # a syntax error: parse() below reports it, with its location
        try:
            return graphql.parse(query)
        except graphql.GraphQLError as error:
            raise _GraphQLRequestError([error]) from None

    def _check_depth(self, document: graphql.DocumentNode) -> None:
        """Refuse selections nested more than max_depth fields deep, through fragments too."""
        from graphql.language import FieldNode, FragmentDefinitionNode, FragmentSpreadNode

        fragments = {
            node.name.value: node
            for node in document.definitions
            if isinstance(node, FragmentDefinitionNode)
        }
        known: dict[str, int] = {}  # each fragment measured once: no exponential re-walks

        def depth(selection_set: graphql.SelectionSetNode, seen: frozenset[str]) -> int:
            deepest = 0
            for node in selection_set.selections:
                if isinstance(node, FieldNode):
                    inner = 1 + (depth(node.selection_set, seen) if node.selection_set else 0)
                elif isinstance(node, FragmentSpreadNode):
                    name = node.name.value
                    if name not in known:
                        fragment = fragments.get(name)
                        # Unknown fragments and cycles are validation's to report.
                        if fragment is None or name in seen:
                            continue
                        known[name] = depth(fragment.selection_set, seen | {name})
                    inner = known[name]
                else:  # an inline fragment: `... on User { name }`
                    inner = depth(cast("graphql.InlineFragmentNode", node).selection_set, seen)
                deepest = max(deepest, inner)
                if deepest > self.max_depth:
                    break  # deep enough to refuse; no need to measure the rest
            return deepest

        for node in document.definitions:
            selection_set = getattr(node, "selection_set", None)
            if not isinstance(node, FragmentDefinitionNode) and selection_set is not None:
                if depth(selection_set, frozenset()) > self.max_depth:
                    raise _ExtraRefusal(
                        400, f"The query is nested more than {self.max_depth} fields deep."
                    )


def _graphql_json_object(text: str) -> Any:
    """Decode `variables` sent as JSON text (in a URL or a form field); 400 if it is not JSON."""
    try:
        return json.loads(text)
    except (ValueError, RecursionError):  # RecursionError: nested too deeply
        raise _ExtraRefusal(400, "The variables are not valid JSON.") from None


# =============================================================================
# extra: async test client: AsyncTestClient (httpx), lifespan and websockets on your loop
# =============================================================================
# The TestClient runs the app on an event loop in a helper thread, so sync
# tests can call it. Async tests and notebooks already have a loop; there the
# app should run on it, as tasks beside the test:
#
#     async with AsyncTestClient(app) as client:     # lifespan.startup ... complete
#         response = await client.get("/")            # one task per request
#         async with client.websocket_connect("/ws") as ws:
#             await ws.send_text("hi")
#             print(await ws.receive_text())
#                                                      # lifespan.shutdown ... complete
#
# The client is an httpx.AsyncClient whose transport plays the server: it
# turns each httpx.Request into a scope, answers the app's receive() with the
# body and then {"type": "http.disconnect"}, and hands the response back as
# soon as "http.response.start" arrives, its body streaming through a
# zero-size channel (so the app runs ahead of the reader by one chunk). Like
# the TestClient's, the lifespan's scope["state"] is copied into every scope.
# httpx is imported on first use: `AsyncTestClient` is built by a function.

# After the test leaves a websocket session, the app gets the disconnect and
# this many scheduler turns to finish on its own before it is cancelled.
_ASYNC_WS_GRACE_TURNS = 20


def _async_scope(
    request: httpx.Request, root_path: str, client: tuple[str, int], state: dict[str, Any]
) -> Scope:
    """The ASGI scope a server would build for `request` (an HTTP one; websockets adapt it)."""
    url = request.url
    raw_path = url.raw_path.partition(b"?")[0]
    port = url.port or (443 if url.scheme in ("https", "wss") else 80)
    return {
        "type": "http",
        "http_version": "1.1",
        "method": request.method,
        "scheme": url.scheme,
        "path": unquote(raw_path.decode("ascii")),
        "raw_path": raw_path,
        "root_path": root_path,
        "query_string": url.query,
        "headers": [(name.lower(), value) for name, value in request.headers.raw],
        "client": client,
        "server": (url.host, port),
        "state": state.copy(),  # ASGI: each connection gets a shallow copy of the lifespan's
        # As the TestClient: template responses report what they rendered.
        "extensions": {"http.response.debug": {}},
    }


class _AsyncExchange:
    """One HTTP request, its app running as a task on the test's own loop."""

    def __init__(self, app: ASGIApp, scope: Scope, body: bytes) -> None:
        self.app, self.scope = app, scope
        self.body: bytes | None = body  # None once delivered
        self.status: int | None = None
        self.headers: list[tuple[bytes, bytes]] = []
        self.debug_info: dict[str, Any] = {}  # "http.response.debug": template and context
        self.error: Exception | None = None
        self.started = anyio.Event()  # "http.response.start" arrived, or the app ended
        self.complete = anyio.Event()  # the whole body was sent, or the reader left
        self.finished = anyio.Event()  # the app returned (background tasks done) or failed
        self.cancel_scope = anyio.CancelScope()
        self.chunks = anyio.create_memory_object_stream[bytes](0)

    async def run(self) -> None:
        with self.cancel_scope:
            try:
                async with self.chunks[0]:
                    await self.app(self.scope, self.receive, self.send)
            except Exception as exc:  # kept for the test, raised where it reads
                self.error = exc
            finally:
                self.started.set()
                self.finished.set()

    async def receive(self) -> Message:
        if self.body is not None:
            body, self.body = self.body, None
            return {"type": "http.request", "body": body, "more_body": False}
        # ASGI: the client "disconnects" once it has the whole response.
        await self.complete.wait()
        return {"type": "http.disconnect"}

    async def send(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            self.status, self.headers = message["status"], message.get("headers", [])
            self.started.set()
        elif message["type"] == "http.response.debug":
            self.debug_info = message["info"]
        elif message["type"] == "http.response.body":
            chunk = bytes(message.get("body", b""))  # a copy: the app may reuse its buffer
            # RFC 9110 section 9.3.2: a server sends no body for HEAD.
            if chunk and self.scope["method"] != "HEAD":
                await self.chunks[0].send(chunk)
            if not message.get("more_body", False):
                self.complete.set()

    async def close(self) -> Exception | None:
        """The reader is done: cancel the app if its response is cut short, else
        let it finish (background tasks included), as the TestClient does."""
        if not self.complete.is_set():
            self.cancel_scope.cancel()
        self.complete.set()
        await self.finished.wait()
        self.chunks[1].close()
        error, self.error = self.error, None  # raised once
        return error


class _AsyncLifespan:
    """The lifespan scope, run as a task beside the test (see starlette.routing)."""

    def __init__(self, app: ASGIApp, state: dict[str, Any]) -> None:
        self.app, self.state = app, state
        self.to_app = anyio.create_memory_object_stream[Message](math.inf)
        self.from_app = anyio.create_memory_object_stream[Message](math.inf)
        self.error: Exception | None = None
        self.running = True  # False once the app returned, or a step failed

    async def run(self) -> None:
        scope = {"type": "lifespan", "asgi": {"version": "3.0"}, "state": self.state}
        try:
            await self.app(scope, self.to_app[1].receive, self.from_app[0].send)
        except Exception as exc:
            self.error = exc
        finally:
            self.from_app[0].close()  # step() now sees EndOfStream, once drained
            self.to_app[1].close()

    def close(self) -> None:
        self.to_app[0].close()
        self.from_app[1].close()

    async def step(self, name: str) -> None:
        """Send lifespan.<name>; wait for .complete (or raise on .failed or an error)."""
        if not self.running:
            return
        try:
            await self.to_app[0].send({"type": f"lifespan.{name}"})
            message = await self.from_app[1].receive()
        except (anyio.BrokenResourceError, anyio.EndOfStream):
            message = {"type": "returned"}  # the app returned (or raised) instead of answering
        if message["type"] == f"lifespan.{name}.complete":
            return
        self.running = False
        with contextlib.suppress(anyio.EndOfStream):
            while True:  # wait for the app to end: its own exception says most
                await self.from_app[1].receive()
        if self.error is not None:
            raise self.error
        if message["type"] == f"lifespan.{name}.failed":
            raise RuntimeError(message.get("message") or f"Lifespan {name} failed")


class AsyncWebSocketTestSession:
    """A websocket connection to the app from async code (`AsyncTestClient.websocket_connect`).

    Entering performs the handshake (raising WebSocketDisconnect, or the
    TestClient's WebSocketDenialResponse, if the app refuses); leaving
    disconnects, lets the app finish, and raises its exception if it failed.
    """

    def __init__(self, app: ASGIApp, scope: Scope) -> None:
        self.app, self.scope = app, scope
        self.accepted_subprotocol: str | None = None
        self.extra_headers: list[tuple[bytes, bytes]] | None = None
        self._to_app = anyio.create_memory_object_stream[Message](math.inf)
        self._from_app = anyio.create_memory_object_stream[Message](math.inf)
        self._error: Exception | None = None
        self._done = self._disconnected = False
        self._stack = contextlib.AsyncExitStack()

    async def __aenter__(self) -> AsyncWebSocketTestSession:
        async with contextlib.AsyncExitStack() as stack:
            tasks = await stack.enter_async_context(create_collapsing_task_group())
            tasks.start_soon(self._run)
            stack.push_async_callback(self._stop, tasks.cancel_scope)
            await self.send({"type": "websocket.connect"})
            message = await self.receive()
            await self._refused(message)
            self.accepted_subprotocol = message.get("subprotocol")
            self.extra_headers = message.get("headers")
            self._stack = stack.pop_all()
        return self

    async def __aexit__(self, *exc_info: Any) -> None:
        await self._stack.aclose()
        if exc_info[0] is None and self._error is not None:
            raise self._error

    async def _run(self) -> None:
        try:
            await self.app(self.scope, self._to_app[1].receive, self._from_app[0].send)
        except Exception as exc:
            self._error = exc
        finally:
            self._done = True
            self._from_app[0].close()  # receive() now ends, once drained

    async def _stop(self, cancel_scope: anyio.CancelScope) -> None:
        if not self._done and not self._disconnected:
            await self.send({"type": "websocket.disconnect", "code": 1000})
        for _ in range(_ASYNC_WS_GRACE_TURNS):
            if self._done:
                break
            await anyio.lowlevel.checkpoint()
        cancel_scope.cancel()
        for stream in (*self._to_app, *self._from_app):
            stream.close()

    async def _refused(self, message: Message) -> None:
        """Raise if the app closed instead of accepting, or sent a denial response."""
        if message["type"] == "websocket.close":
            raise WebSocketDisconnect(message.get("code", 1000), message.get("reason", ""))
        if message["type"] == "websocket.http.response.start":
            body = b""
            part: Message = {"more_body": True}
            while part.get("more_body", False):
                part = await self.receive()
                body += part.get("body", b"")
            denial = _testclient_attr("WebSocketDenialResponse")
            headers = message.get("headers", [])
            raise denial(status_code=message["status"], headers=headers, content=body)

    async def send(self, message: Message) -> None:
        """Send a raw ASGI message to the app."""
        self._disconnected |= message["type"] == "websocket.disconnect"
        await self._to_app[0].send(message)

    async def receive(self) -> Message:
        """The app's next raw message; its exception if it failed, or
        WebSocketDisconnect(1006) if it returned without closing."""
        with contextlib.suppress(anyio.EndOfStream):
            return await self._from_app[1].receive()
        if self._error is not None:
            error, self._error = self._error, None
            raise error
        raise WebSocketDisconnect(1006, "The application returned without closing")

    async def send_text(self, data: str) -> None:
        await self.send({"type": "websocket.receive", "text": data})

    async def send_bytes(self, data: bytes) -> None:
        await self.send({"type": "websocket.receive", "bytes": data})

    async def send_json(self, data: Any, mode: Literal["text", "binary"] = "text") -> None:
        encoded = _websocket_json_encode(data)
        if mode == "binary":
            await self.send_bytes(encoded.encode("utf-8"))
        else:
            await self.send_text(encoded)

    async def close(self, code: int = 1000, reason: str | None = None) -> None:
        """Disconnect from the client side, as a browser closing the socket."""
        await self.send({"type": "websocket.disconnect", "code": code, "reason": reason})

    async def _payload(self, key: str) -> Any:
        message = await self.receive()
        if message["type"] == "websocket.close":
            raise WebSocketDisconnect(message.get("code", 1000), message.get("reason", ""))
        if message["type"] != "websocket.send" or message.get(key) is None:
            raise AssertionError(f"Expected a {key} message from the app, got {message!r}")
        return message[key]

    async def receive_text(self) -> str:
        return str(await self._payload("text"))

    async def receive_bytes(self) -> bytes:
        return bytes(await self._payload("bytes"))

    async def receive_json(self, mode: Literal["text", "binary"] = "text") -> Any:
        data = await (self.receive_text() if mode == "text" else self.receive_bytes())
        return json.loads(data)


def _async_testclient_body() -> type[Any]:
    """The httpx stream of a response body: chunks as the app sends them."""
    import httpx  # loaded by _async_testclient_build()

    class _AsyncTestBody(httpx.AsyncByteStream):
        def __init__(
            self, exchange: _AsyncExchange, raise_errors: bool, unclosed: set[_AsyncExchange]
        ) -> None:
            self.exchange, self.raise_errors, self.unclosed = exchange, raise_errors, unclosed
            unclosed.add(exchange)  # until closed (httpx closes it once read to the end)

        def __aiter__(self) -> AsyncIterator[bytes]:
            return self

        async def __anext__(self) -> bytes:
            try:  # the app's next chunk; EndOfStream once it returned
                return await self.exchange.chunks[1].receive()
            except anyio.EndOfStream:
                raise StopAsyncIteration from None

        async def aclose(self) -> None:
            self.unclosed.discard(self.exchange)
            error = await self.exchange.close()
            if error is not None and self.raise_errors:
                raise error

    return _AsyncTestBody


def _async_testclient_transport() -> type[Any]:
    """The httpx transport of AsyncTestClient: the server's side of ASGI."""
    import httpx  # loaded by _async_testclient_build()

    body_class = _async_testclient_body()

    class _AsyncTestTransport(httpx.AsyncBaseTransport):
        def __init__(self, app: ASGIApp, raise_errors: bool, root_path: str, client: Any) -> None:
            self.app, self.raise_errors = app, raise_errors
            self.root_path, self.client = root_path, client
            self.state: dict[str, Any] = {}
            self.tasks: anyio.abc.TaskGroup | None = None
            self.stack = contextlib.AsyncExitStack()
            self.unclosed: set[_AsyncExchange] = set()  # streamed responses left open

        def close_unclosed(self) -> None:
            while self.unclosed:  # their apps were cancelled with the task group
                self.unclosed.pop().chunks[1].close()

        async def __aenter__(self) -> Any:
            lifespan = _AsyncLifespan(self.app, self.state)
            async with contextlib.AsyncExitStack() as stack:
                self.tasks = await stack.enter_async_context(create_collapsing_task_group())
                stack.callback(self.close_unclosed)
                stack.callback(self.tasks.cancel_scope.cancel)  # responses never read to the end
                self.tasks.start_soon(lifespan.run)
                stack.callback(lifespan.close)
                await lifespan.step("startup")
                stack.push_async_callback(lifespan.step, "shutdown")
                self.stack = stack.pop_all()
            return self

        async def __aexit__(self, *exc_info: Any) -> None:
            self.tasks = None
            await self.stack.__aexit__(*exc_info)

        def scope(self, request: httpx.Request) -> Scope:
            return _async_scope(request, self.root_path, self.client, self.state)

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            if self.tasks is None:
                raise RuntimeError("Use it as `async with AsyncTestClient(app) as client:`")
            exchange = _AsyncExchange(self.app, self.scope(request), await request.aread())
            self.tasks.start_soon(exchange.run)
            await exchange.started.wait()
            if exchange.status is not None:
                body = body_class(exchange, self.raise_errors, self.unclosed)
                response = httpx.Response(exchange.status, headers=exchange.headers, stream=body)
                for name in ("template", "context"):  # compat: as the TestClient's responses
                    if name in exchange.debug_info:
                        setattr(response, name, exchange.debug_info[name])
                return response
            error = await exchange.close()  # the app ended without a response
            if self.raise_errors:
                raise error or AssertionError("AsyncTestClient did not receive any response.")
            return httpx.Response(500, request=request)

    return _AsyncTestTransport


def _async_testclient_build() -> type[Any]:
    """Build AsyncTestClient on first use: it subclasses httpx.AsyncClient."""
    _require("httpx", needed_by="AsyncTestClient")
    import httpx

    transport_class = _async_testclient_transport()

    class AsyncTestClient(httpx.AsyncClient):
        """An httpx.AsyncClient that calls an ASGI app on the running event loop.

        Use `async with AsyncTestClient(app) as client:`: the lifespan runs
        around the block, and `client.websocket_connect(path)` opens an
        AsyncWebSocketTestSession. Works on asyncio and trio.
        """

        # The TestClient's options (keyword-only here), then any of httpx's.
        def __init__(
            self,
            app: ASGIApp,
            *,
            base_url: str = "http://testserver",
            client: tuple[str, int] = ("testclient", 50000),
            root_path: str = "",
            raise_server_exceptions: bool = True,
            **httpx_options: Any,
        ) -> None:
            self.app = app
            transport = transport_class(app, raise_server_exceptions, root_path, client)
            httpx_options.setdefault("follow_redirects", True)
            super().__init__(base_url=base_url, transport=transport, **httpx_options)
            self.app_state: dict[str, Any] = transport.state

        def websocket_connect(
            self, url: str, subprotocols: Sequence[str] | None = None, **options: Any
        ) -> AsyncWebSocketTestSession:
            """Open a websocket to `url`: `async with client.websocket_connect("/ws") as ws:`."""
            transport: Any = self._transport  # the _AsyncTestTransport made in __init__
            scope = transport.scope(self.build_request("GET", url, **options))
            scope["scheme"] = {"http": "ws", "https": "wss"}.get(scope["scheme"], scope["scheme"])
            scope.update(type="websocket", subprotocols=list(subprotocols or ()))
            scope["extensions"] = {"websocket.http.response": {}}
            del scope["method"], scope["http_version"]
            return AsyncWebSocketTestSession(self.app, scope)

    return AsyncTestClient


# Built on first access, by the module's __getattr__ (see starlette.testclient).
_LAZY_BUILDERS["AsyncTestClient"] = lambda: {"AsyncTestClient": _async_testclient_build()}

if TYPE_CHECKING:
    import httpx  # the annotations above name its types

    AsyncTestClient: type[Any]  # built on first access, by _async_testclient_build()


# =============================================================================
# submodule aliases: one namespace, many doors
# =============================================================================
# Starlette code imports from `starlette.routing`, `starlette.middleware.cors`
# and thirty-odd other paths. Here each path is a view: a module in sys.modules
# holding in its own __dict__ the names the real module offers, taken from this
# module's one namespace, so `from starlette.routing import Route` is a plain
# dict lookup. One rule keeps the views and the namespace in step:
#
#     A name set or deleted through any path (`starlette.Route = X`,
#     `starlette.routing.Route = X`, mock.patch or monkeypatch on either, del)
#     is seen through every path that serves it, and by the code that uses it.
#
# This module and its views share one class, _Door, which applies it. Modules
# this namespace imports too are shared like any name: replacing
# `starlette.responses.json` replaces the json every section uses. Names it
# binds otherwise or not at all (routing's `types` is the stdlib module, while
# `starlette.types` is a view; `http_cookies`; the optional packages) are their
# view's own, as is a new name set on a view: a write changes that view only.
#
# The table: a module path, the names Starlette defines or re-exports there,
# then after `|` what it imports for its own use (ASGI aliases, TypeVars,
# modules such as json), served because outside code reaches for them
# (`mock.patch("starlette.responses.json.dumps")`) but never star-exported.
_SUBMODULE_TABLE = """
types AppType ASGIApp ExceptionHandler HTTPExceptionHandler Lifespan Message Receive Scope Send
    StatefulLifespan StatelessLifespan WebSocketExceptionHandler
_utils AwaitableOrContextManager AwaitableOrContextManagerWrapper collapse_excgroups
    create_collapsing_task_group get_route_path has_exceptiongroups is_async_callable
    parse_host_header ParsedHost SupportsAsyncClose | Scope SupportsAsyncCloseType T T_co anyio
    functools re sys
exceptions HTTPException StarletteDeprecationWarning WebSocketException | http
status StarletteDeprecationWarning | annotations warnings
concurrency iterate_in_threadpool run_in_threadpool run_until_first_complete
    StarletteDeprecationWarning _next _StopIteration | P T anyio functools warnings
config Config Environ environ EnvironError undefined | T os warnings
convertors Convertor CONVERTOR_TYPES FloatConvertor IntegerConvertor PathConvertor
    register_url_convertor StringConvertor UUIDConvertor | T math uuid
datastructures Address CommaSeparatedStrings FormData Headers ImmutableMultiDict MultiDict
    MutableHeaders parse_host_header QueryParams run_in_threadpool Secret State UploadFile URL
    URLPath | Scope _CovariantValueType _KeyType ipaddress
background BackgroundTask BackgroundTasks is_async_callable run_in_threadpool | P
formparsers FormData FormMessage FormParser Headers MultiPartException MultiPartParser MultipartPart
    SpooledTemporaryFile StarletteDeprecationWarning UploadFile _user_safe_decode | codecs multipart
    sys
requests Address AwaitableOrContextManager AwaitableOrContextManagerWrapper ClientDisconnect
    cookie_parser empty_receive empty_send FormData FormParser Headers HTTPConnection HTTPException
    MultiPartException MultiPartParser QueryParams Request SERVER_PUSH_HEADERS_TO_COPY State StateT
    URL | Message Receive Scope Send anyio http_cookies json sys
responses AsyncContentStream BackgroundTask ClientDisconnect Content ContentStream
    create_collapsing_task_group FileResponse Headers HTMLResponse iterate_in_threadpool
    JSONResponse MalformedRangeHeader MutableHeaders PlainTextResponse RangeNotSatisfiable
    RedirectResponse Response StreamingResponse SyncContentStream URL | Message Receive Scope Send
    anyio hashlib http json os stat sys
websockets HTTPConnection Response WebSocket WebSocketClose WebSocketDisconnect
    WebSocketDisconnected WebSocketState | Message Receive Scope Send StateT enum json
_exception_handler ExceptionHandlers HTTPException is_async_callable Request run_in_threadpool
    StatusHandlers WebSocket wrap_app_handling_exceptions _lookup_exception_handler | ASGIApp
    ExceptionHandler Message Receive Scope Send
authentication AuthCredentials AuthenticationBackend AuthenticationError BaseUser has_required_scope
    HTTPConnection HTTPException is_async_callable RedirectResponse Request requires SimpleUser
    UnauthenticatedUser WebSocket | _P functools inspect
middleware Middleware _MiddlewareFactory | P
middleware.base BaseHTTPMiddleware ClientDisconnect create_collapsing_task_group DispatchFunction
    Request RequestResponseEndpoint Response _CachedRequest _StreamingResponse | ASGIApp Message
    Receive Scope Send T anyio
middleware.errors CENTER_LINE FRAME_TEMPLATE HTMLResponse is_async_callable JS LINE
    PlainTextResponse Request Response run_in_threadpool ServerErrorMiddleware STYLES TEMPLATE |
    ASGIApp ExceptionHandler Message Receive Scope Send html inspect sys traceback
middleware.exceptions ExceptionMiddleware HTTPException PlainTextResponse Request Response WebSocket
    WebSocketException wrap_app_handling_exceptions | ASGIApp ExceptionHandler Receive Scope Send
middleware.cors ALL_METHODS CORSMiddleware Headers MutableHeaders PlainTextResponse Response
    SAFELISTED_HEADERS | ASGIApp Message Receive Scope Send functools re
middleware.gzip DEFAULT_EXCLUDED_CONTENT_TYPES GZipMiddleware GZipResponder Headers
    IdentityResponder MutableHeaders unattached_send _get_gzip_capacity_limiter
    _normalize_content_types | ASGIApp Message Receive Scope Send anyio zlib
middleware.sessions HTTPConnection MutableHeaders Secret Session SessionMiddleware | ASGIApp Message
    Receive Scope Send itsdangerous json typing
middleware.trustedhost ENFORCE_DOMAIN_WILDCARD Headers parse_host_header PlainTextResponse
    RedirectResponse Response TrustedHostMiddleware URL | ASGIApp Receive Scope Send
middleware.httpsredirect HTTPSRedirectMiddleware PlainTextResponse RedirectResponse URL | ASGIApp
    Receive Scope Send
middleware.authentication AuthCredentials AuthenticationBackend AuthenticationError
    AuthenticationMiddleware HTTPConnection PlainTextResponse Response UnauthenticatedUser | ASGIApp
    Receive Scope Send
middleware.body_limit Headers HTTPException MAX_BODY_SIZE_SCOPE_KEY PlainTextResponse
    RequestBodyLimitMiddleware RequestBodyLimitResponder _BODY_LIMIT_RESPONDER_SCOPE_KEY
    _get_content_length _MISSING _Missing _RequestBodyLimitResponseSent _RequestBodyTooLarge |
    ASGIApp Message Receive Scope Send
middleware.wsgi build_environ create_collapsing_task_group StarletteDeprecationWarning
    WSGIMiddleware WSGIResponder | Receive Scope Send anyio io math sys warnings
middleware.opentelemetry Mount OpenTelemetryMiddleware URL | ASGIApp Message Receive Scope Send
    metrics propagate re trace
routing BaseRoute compile_path Convertor CONVERTOR_TYPES get_name get_route_path Headers Host
    HTTPException is_async_callable iscoroutinefunction_or_partial Match Middleware Mount
    NoMatchFound parse_host_header PlainTextResponse RedirectResponse replace_params Request
    request_response RequestBodyLimitMiddleware Response Route Router run_in_threadpool
    StarletteDeprecationWarning URL URLPath WebSocket websocket_session WebSocketClose
    WebSocketRoute wrap_app_handling_exceptions _AsyncLiftContextManager _DefaultLifespan
    _wrap_gen_lifespan_context | ASGIApp Lifespan Receive Scope Send _T contextlib functools inspect
    re traceback types warnings
endpoints HTTPEndpoint HTTPException is_async_callable PlainTextResponse Request Response
    run_in_threadpool WebSocket WebSocketEndpoint | Message Receive Scope Send json status
staticfiles FileResponse get_route_path Headers HTTPException NotModifiedResponse RedirectResponse
    Response StaticFiles URL WebSocketClose | Receive Scope Send anyio errno importlib os stat
templating BackgroundTask HTMLResponse Jinja2Templates Request URL _TemplateResponse | Receive Scope
    Send jinja2
schemas BaseRoute BaseSchemaGenerator EndpointInfo Host Mount OpenAPIResponse Request Response Route
    SchemaGenerator | inspect re yaml
applications BaseRoute ExceptionMiddleware Middleware Request RequestBodyLimitMiddleware Response
    Router ServerErrorMiddleware Starlette State URLPath _MiddlewareFactory | ASGIApp AppType
    ExceptionHandler Lifespan P Receive Scope Send
testclient ASGI2App ASGI3App ASGIInstance is_async_callable StarletteDeprecationWarning TestClient
    WebSocketDenialResponse WebSocketDisconnect WebSocketTestSession _AsyncBackend _is_asgi3
    _TestClientResponseStream _TestClientTransport _Upgrade _WrapASGI2 | ASGIApp Message Receive
    Scope Send anyio contextlib httpx inspect json math warnings
"""

# Names a Starlette module imports that this namespace binds otherwise: the module
# each one names. Those in _DEFERRED are imported on a view's first access (never
# by `import starlette`): the optional packages, served as None when missing, as
# Starlette's templating does, and hashlib, which this file defers too.
_IMPORTED = {"types": "types", "typing": "typing", "http_cookies": "http.cookies"}
_IMPORTED |= {"ipaddress": "ipaddress", "status": f"{__name__}.status"}
_DEFERRED = {"hashlib": "hashlib", "jinja2": "jinja2", "yaml": "yaml", "httpx": "httpx2 httpx"}
_DEFERRED |= {"multipart": "python_multipart", "itsdangerous": "itsdangerous"}
_DEFERRED |= {name: f"opentelemetry.{name}" for name in ("trace", "metrics", "propagate")}
# compat: routing's and authentication's private TypeVars, served on those paths.
_T = TypeVar("_T")
_P = ParamSpec("_P")


def _parse_table() -> dict[str, tuple[list[str], list[str]]]:
    """Module path -> (the names it exports, the names it imports for its own use)."""
    rows = {}
    for row in re.sub(r"\n\s+", " ", _SUBMODULE_TABLE.strip()).splitlines():
        dotted, _, names = row.partition(" ")
        exported, _, imported = names.partition("|")
        rows[dotted] = (exported.split(), imported.split())
    codes = [n for n in globals() if n.startswith(("HTTP_", "WS_")) and n not in _STATUS_RENAMED]
    rows["status"][0].extend(codes)
    return rows


_SUBMODULES = _parse_table()
_PENDING: dict[str, set[str]] = {}  # module path -> names its view has yet to fetch
_SHARED_BY: dict[str, list[ModuleType]] = {}  # name -> the views sharing the root's
# The TestClient names (they need httpx) are built on first access.
_LAZY_NAMES = frozenset(name for name in _SUBMODULES["testclient"][0] if name not in globals())


class _Door(ModuleType):
    """The class of this module and of every view: it applies the one rule."""

    def __setattr__(self, name: str, value: Any) -> None:
        for door in _doors(self, name):
            ModuleType.__setattr__(door, name, value)

    def __delattr__(self, name: str) -> None:
        holders = [door for door in _doors(self, name) if name in vars(door)]
        if not holders:
            raise AttributeError(f"module {self.__name__!r} has no attribute {name!r}")
        for door in holders:
            ModuleType.__delattr__(door, name)


def _doors(door: ModuleType, name: str) -> list[ModuleType]:
    """The modules that a write of `name` through `door` must reach."""
    views = _SHARED_BY.get(name, [])
    doors = [_ROOT, *views] if door is _ROOT or door in views else [door]
    for view in doors:  # once written, a name is never fetched again behind its back
        _PENDING.get(view.__name__, set()).discard(name)
    return doors


class _LazyView(_Door):
    """A view with names imported or built on first access (and the status codes);
    only these views have a `__getattr__`, which makes a missed lookup cost a call."""

    def __getattr__(self, name: str) -> Any:
        # compat: Starlette 1.x warns on every read of a renamed status code.
        if name in _STATUS_RENAMED and self.__name__ == f"{__name__}.status":
            return _status_renamed(name)
        if name not in _PENDING.get(self.__name__, ()):
            raise AttributeError(f"module {self.__name__!r} has no attribute {name!r}")
        value = _testclient_attr(name) if name in _LAZY_NAMES else None
        for module in _DEFERRED.get(name, "").split():
            with contextlib.suppress(ModuleNotFoundError):
                value = importlib.import_module(module)
                break
        setattr(self, name, value)  # from now on an ordinary name (see _doors)
        return value


def _install_submodules() -> set[str]:
    """Register every view; return the public names they export, for `__all__`."""
    _ROOT.__class__ = _Door
    exports: set[str] = set()
    for dotted, (exported, imported) in _SUBMODULES.items():
        fullname, names = f"{__name__}.{dotted}", exported + imported
        lazy = dotted == "status" or not _LAZY_NAMES.union(_DEFERRED).isdisjoint(names)
        view = (_LazyView if lazy else _Door)(fullname, f"Starlette's {dotted}, from {__name__}.")
        spec = ModuleSpec(fullname, loader=None, origin=__file__)
        vars(view).update(__file__=__file__, __spec__=spec)
        vars(view)["__all__"] = [name for name in exported if not name.startswith("_")]
        for name in names:
            if name in _IMPORTED:
                vars(view)[name] = importlib.import_module(_IMPORTED[name])
            elif name not in _DEFERRED:
                _SHARED_BY.setdefault(name, []).append(view)
                if name not in _LAZY_NAMES:
                    vars(view)[name] = vars(_ROOT)[name]
        _PENDING[fullname] = {*_LAZY_NAMES, *_DEFERRED}.intersection(names)
        sys.modules[fullname] = view
        # `import starlette.middleware.cors` needs each parent to carry its
        # child: the parent's own name, never shared.
        parent, _, child = fullname.rpartition(".")
        vars(sys.modules[parent])[child] = view
        exports.update(view.__all__ if dotted[0] != "_" else ())
    return exports


_ROOT = sys.modules[__name__]
# The extras' public names: exported from this module only, with no view.
_EXTRAS = """BackgroundServer DevServer EventSourceResponse ServerSentEvent parse_event_stream
    AsyncWebSocketTestSession CSRFMiddleware csrf_token csrf_input RequestIDMiddleware
    RequestIDFilter request_id_var GraphQLApp""".split()
# `from starlette import *` stays light: the TestClient names (which need httpx,
# and AsyncTestClient too) are star-exported by `starlette.testclient` only.
__all__ = sorted((_install_submodules() - _LAZY_NAMES).union(_EXTRAS))

# Libraries ask the installed package's version, `importlib.metadata.version(
# "starlette")` (OpenTelemetry's instrumentation will not run without it). When
# this file is the top-level `starlette`, a finder appended to sys.meta_path
# answers for that one name. Being last, it answers only when no installed
# Starlette distribution does; a copy vendored under another name adds nothing.


class _MetadataFinder:
    """A meta path finder that finds no modules, only Starlette's metadata."""

    @staticmethod
    def find_spec(*args: object) -> None:
        return None

    @staticmethod
    def find_distributions(context: Any = None) -> list[Any]:
        name = getattr(context, "name", None) or ""  # None: a listing of them all
        if re.sub(r"[-_.]+", "_", name).lower() != "starlette":
            return []
        import importlib.metadata  # here, not at import: it costs milliseconds
        import pathlib  # (which importlib.metadata imports)

        class Distribution(importlib.metadata.Distribution):
            def read_text(self, filename: str) -> str | None:
                metadata = f"Metadata-Version: 2.1\nName: starlette\nVersion: {__version__}\n"
                return metadata if filename == "METADATA" else None

            def locate_file(self, path: str | os.PathLike[str]) -> pathlib.Path:
                return pathlib.Path(__file__).parent / path

        return [Distribution()]


def _register_metadata(module_name: str) -> None:
    if module_name == "starlette":
        sys.meta_path.append(_MetadataFinder())


_register_metadata(__name__)

# `-m` runs this file as `__main__`, a second copy of every class above. The
# command therefore serves through the importable module by name, so the app
# and the framework it imports share one set of classes.

if __name__ == "__main__":  # pragma: no cover - runs as `python -m starlette` (subprocess test)
    sys.exit(importlib.import_module(__spec__.name if __spec__ else "starlette")._serving_main())
