"""Tests for starlette.py, in the same section order as the library.

Each test builds its own small app. Tests that use the TestClient run on
both anyio backends (asyncio and trio) through the `client` factory.
"""

from __future__ import annotations

import ast
import asyncio
import base64
import contextlib
import contextvars
import copy
import dataclasses
import datetime as dt
import doctest
import errno
import functools
import gzip
import http.cookies
import importlib
import importlib.util
import inspect
import io
import json
import logging
import math
import os
import pickle
import py_compile
import random
import re
import runpy
import signal
import socket
import subprocess
import sys
import threading
import time
import typing
import uuid
import warnings
import zipfile
import zlib
from collections.abc import (
    AsyncGenerator,
    AsyncIterator,
    Awaitable,
    Callable,
    Generator,
    Iterable,
    Iterator,
    Sequence,
)
from contextlib import aclosing
from pathlib import Path
from tempfile import SpooledTemporaryFile
from typing import Any, ParamSpec, TypeVar
from unittest import mock
from unittest.mock import create_autospec
from urllib.parse import parse_qsl, urlencode

import anyio
import anyio.lowlevel
import h11
import httpx
import jinja2
import pytest
import uvicorn
from websockets.exceptions import ConnectionClosed, InvalidStatus
from websockets.sync.client import connect as ws_connect

import starlette
from starlette import (
    ALL_METHODS,
    CENTER_LINE,
    CONVERTOR_TYPES,
    DEFAULT_EXCLUDED_CONTENT_TYPES,
    ENFORCE_DOMAIN_WILDCARD,
    FRAME_TEMPLATE,
    HTTP_200_OK,
    HTTP_413_CONTENT_TOO_LARGE,
    HTTP_422_UNPROCESSABLE_CONTENT,
    HTTP_422_UNPROCESSABLE_ENTITY,
    JS,
    LINE,
    MAX_BODY_SIZE_SCOPE_KEY,
    SAFELISTED_HEADERS,
    STYLES,
    TEMPLATE,
    URL,
    WS_1008_POLICY_VIOLATION,
    Address,
    ASGIApp,
    ASGIInstance,
    AuthCredentials,
    AuthenticationBackend,
    AuthenticationError,
    AuthenticationMiddleware,
    AwaitableOrContextManagerWrapper,
    BackgroundServer,
    BackgroundTask,
    BackgroundTasks,
    BaseHTTPMiddleware,
    BaseRoute,
    BaseSchemaGenerator,
    BaseUser,
    ClientDisconnect,
    CommaSeparatedStrings,
    Config,
    Convertor,
    CORSMiddleware,
    CSRFMiddleware,
    DevServer,
    EndpointInfo,
    Environ,
    EnvironError,
    EventSourceResponse,
    ExceptionMiddleware,
    FileResponse,
    FloatConvertor,
    FormData,
    FormMessage,
    FormParser,
    GraphQLApp,
    GZipMiddleware,
    GZipResponder,
    Headers,
    Host,
    HTMLResponse,
    HTTPConnection,
    HTTPEndpoint,
    HTTPException,
    HTTPSRedirectMiddleware,
    IdentityResponder,
    ImmutableMultiDict,
    IntegerConvertor,
    Jinja2Templates,
    JSONResponse,
    Lifespan,
    MalformedRangeHeader,
    Match,
    Message,
    Middleware,
    Mount,
    MultiDict,
    MultiPartException,
    MultiPartParser,
    MultipartPart,
    MutableHeaders,
    NoMatchFound,
    NotModifiedResponse,
    OpenAPIResponse,
    OpenTelemetryMiddleware,
    ParsedHost,
    PathConvertor,
    PlainTextResponse,
    QueryParams,
    RangeNotSatisfiable,
    Receive,
    RedirectResponse,
    Request,
    RequestBodyLimitMiddleware,
    RequestBodyLimitResponder,
    RequestIDFilter,
    RequestIDMiddleware,
    Response,
    Route,
    Router,
    SchemaGenerator,
    Scope,
    Secret,
    Send,
    ServerErrorMiddleware,
    ServerSentEvent,
    Session,
    SessionMiddleware,
    SimpleUser,
    Starlette,
    StarletteDeprecationWarning,
    State,
    StaticFiles,
    StreamingResponse,
    StringConvertor,
    TestClient,
    TrustedHostMiddleware,
    UnauthenticatedUser,
    UploadFile,
    URLPath,
    UUIDConvertor,
    WebSocket,
    WebSocketClose,
    WebSocketDenialResponse,
    WebSocketDisconnect,
    WebSocketDisconnected,
    WebSocketEndpoint,
    WebSocketException,
    WebSocketRoute,
    WebSocketState,
    WebSocketTestSession,
    WSGIMiddleware,
    WSGIResponder,
    _AsyncLiftContextManager,
    _CachedRequest,
    _DefaultLifespan,
    _devserver_logging,
    _get_content_length,
    _get_gzip_capacity_limiter,
    _lookup_exception_handler,
    _normalize_content_types,
    _plain_response,
    _RouteList,
    _RoutingIndex,
    _serving_main,
    _serving_url,
    _StreamingResponse,
    _testclient_attr,
    _TestClientTransport,
    _WebSocketDataError,
    build_environ,
    collapse_excgroups,
    compile_path,
    cookie_parser,
    create_collapsing_task_group,
    csrf_input,
    csrf_token,
    empty_receive,
    empty_send,
    environ,
    get_name,
    get_route_path,
    has_exceptiongroups,
    has_required_scope,
    is_async_callable,
    iscoroutinefunction_or_partial,
    iterate_in_threadpool,
    parse_event_stream,
    parse_host_header,
    register_url_convertor,
    replace_params,
    request_id_var,
    request_response,
    requires,
    run_in_threadpool,
    run_until_first_complete,
    websocket_session,
    wrap_app_handling_exceptions,
)


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    """Run every async test, and every TestClient, under asyncio and trio."""
    return str(request.param)


ClientFactory = Callable[..., TestClient]


@pytest.fixture
def client(anyio_backend: str) -> Iterator[ClientFactory]:
    """Build TestClients on the current backend: `client(app, **options)`."""

    def factory(app: Any, **options: Any) -> TestClient:
        options.setdefault("backend", anyio_backend)
        return TestClient(app, **options)

    yield factory


R = TypeVar("R")


def _finishes(work: Callable[[], R], guard: float = 120) -> R:
    """Run `work` and return its result; fail, instead of hanging, if it never ends.

    Tests of "linear time" feed inputs large enough that a quadratic algorithm
    would run for hours, while a linear one ends in well under a second. The
    guard is only there to turn such a regression into a failure rather than a
    hung suite: nothing here compares elapsed time with a budget.
    """
    results: list[R] = []
    worker = threading.Thread(target=lambda: results.append(work()), daemon=True)
    worker.start()
    worker.join(guard)
    assert results, f"{work!r} did not finish: is it quadratic again?"
    return results[0]


# =============================================================================
# starlette.types: ASGI vocabulary: Scope, Message, Receive, Send, ASGIApp
# =============================================================================


def test_types_aliases_are_starlettes_loose_shapes() -> None:
    assert typing.get_args(Scope) == (str, typing.Any)
    assert Message == Scope
    assert typing.get_args(ASGIApp)[0] == [Scope, Receive, Send]


@pytest.mark.anyio
async def test_types_annotated_raw_app_runs() -> None:
    sent: list[Message] = []

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        message = await receive()
        await send({"type": "echo", "body": message["body"]})

    async def receive() -> Message:
        return {"type": "http.request", "body": b"hi"}

    async def send(message: Message) -> None:
        sent.append(message)

    typed: ASGIApp = app
    await typed({"type": "http"}, receive, send)
    assert sent == [{"type": "echo", "body": b"hi"}]


def test_types_lifespan_alias_accepts_context_factories() -> None:
    @contextlib.asynccontextmanager
    async def lifespan(app: object) -> AsyncIterator[None]:
        yield

    hook: Lifespan[typing.Any] = lifespan
    assert callable(hook)
    assert len(typing.get_args(Lifespan)) == 2


# =============================================================================
# starlette._utils: helpers used by later sections
# =============================================================================


def test_utils_is_async_callable_sees_through_wrappers() -> None:
    async def coro(a: int, b: int) -> None: ...

    def plain(a: int, b: int) -> None: ...

    class AsyncCall:
        async def __call__(self, a: int) -> None: ...

        async def method(self) -> None: ...

    class SyncCall:
        def __call__(self, a: int) -> None: ...

    assert is_async_callable(coro)
    assert is_async_callable(functools.partial(functools.partial(coro, 1), b=2))
    assert is_async_callable(AsyncCall())
    assert is_async_callable(functools.partial(AsyncCall(), 1))
    assert is_async_callable(AsyncCall().method)
    assert is_async_callable(create_autospec(coro))
    assert not is_async_callable(plain)
    assert not is_async_callable(functools.partial(plain, 1))
    assert not is_async_callable(SyncCall())
    assert not is_async_callable("not callable")


@pytest.mark.parametrize(
    ("path", "root_path", "expected"),
    [
        ("/api/users", "/api", "/users"),
        ("/api", "/api", ""),
        ("/apiary", "/api", "/apiary"),
        ("/other/x", "/api", "/other/x"),
        ("/x", "", "/x"),
    ],
)
def test_utils_get_route_path(path: str, root_path: str, expected: str) -> None:
    assert get_route_path({"path": path, "root_path": root_path}) == expected


def test_utils_get_route_path_without_root_path_key() -> None:
    assert get_route_path({"path": "/a"}) == "/a"


@pytest.mark.anyio
async def test_utils_collapsing_task_group_unwraps_one_error() -> None:
    with pytest.raises(KeyError) as info:
        async with create_collapsing_task_group():
            try:
                raise ValueError("first")
            except ValueError:
                raise KeyError("second")  # noqa: B904 - the context is what we check
    assert isinstance(info.value.__cause__, ValueError)


@pytest.mark.anyio
async def test_utils_collapsing_task_group_keeps_explicit_cause() -> None:
    with pytest.raises(KeyError) as info:
        async with create_collapsing_task_group():
            raise KeyError("k") from OSError("cause")
    assert isinstance(info.value.__cause__, OSError)


@pytest.mark.anyio
async def test_utils_collapsing_task_group_respects_suppressed_context() -> None:
    with pytest.raises(KeyError) as info:
        async with create_collapsing_task_group():
            try:
                raise ValueError("hidden")
            except ValueError:
                raise KeyError("k") from None
    assert info.value.__cause__ is None


@pytest.mark.anyio
async def test_utils_collapsing_task_group_keeps_groups_of_many() -> None:
    async def fail() -> None:
        raise ValueError("task")

    with pytest.raises(ExceptionGroup) as info:
        async with create_collapsing_task_group() as task_group:
            task_group.start_soon(fail)
            raise KeyError("body")
    assert len(info.value.exceptions) == 2


def test_utils_collapse_excgroups_legacy() -> None:
    assert has_exceptiongroups is True
    nested = ExceptionGroup("outer", [ExceptionGroup("inner", [KeyError("x")])])
    with pytest.raises(KeyError), collapse_excgroups():
        raise nested
    with pytest.raises(ExceptionGroup), collapse_excgroups():
        raise ExceptionGroup("two", [KeyError("a"), KeyError("b")])
    with collapse_excgroups():
        pass


@pytest.mark.anyio
async def test_utils_awaitable_or_context_manager() -> None:
    class Closable:
        closed = False

        async def close(self) -> None:
            self.closed = True

    async def make() -> Closable:
        return Closable()

    direct = await AwaitableOrContextManagerWrapper(make())
    assert not direct.closed
    async with AwaitableOrContextManagerWrapper(make()) as entered:
        assert not entered.closed
    assert entered.closed


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("example.com", ParsedHost("example.com", None)),
        ("Example.COM:8080", ParsedHost("Example.COM", "8080")),
        ("[::1]", ParsedHost("[::1]", None)),
        ("[::1]:443", ParsedHost("[::1]", "443")),
        ("[v1.fe80::a+en1]", ParsedHost("[v1.fe80::a+en1]", None)),
        ("127.0.0.1:00080", ParsedHost("127.0.0.1", "00080")),
        (None, None),
        ("", None),
        ("evil.com/path", None),
        ("evil.com?x", None),
        ("evil.com#x", None),
        ("user@evil.com", None),
        ("host:", None),
        ("host:12a", None),
        ("host:\u0661\u0662", None),
        ("host:1:2", None),
        ("[::1", None),
        ("[::1]x", None),
        ("[not-ip]", None),
        ("[1:2:3]", None),
        ("[fe80::1%eth0]", None),
        ("ex ample.com", None),
    ],
)
def test_utils_parse_host_header(header: str | None, expected: ParsedHost | None) -> None:
    assert parse_host_header(header) == expected


def test_utils_parsed_host_port_checks() -> None:
    assert ParsedHost("h", None).is_valid_port
    assert ParsedHost("h", "65535").is_valid_port
    assert ParsedHost("h", "000000080").is_valid_port
    assert ParsedHost("h", "0").is_valid_port
    assert not ParsedHost("h", "65536").is_valid_port
    assert not ParsedHost("h", "123456").is_valid_port
    assert ParsedHost("h", "80").authority == "h:80"
    assert ParsedHost("[::1]", None).authority == "[::1]"


def test_utils_parse_host_header_is_fast_on_junk() -> None:
    junk = "a" * 40_000 + "/"
    assert parse_host_header(junk) is None
    assert parse_host_header("[" + ":" * 40_000) is None


# =============================================================================
# starlette.exceptions: HTTPException, WebSocketException
# =============================================================================


def test_exceptions_http_exception_defaults_and_text() -> None:
    exc = HTTPException(404)
    assert exc.detail == "Not Found"
    assert exc.headers is None
    assert str(exc) == "404: Not Found"
    assert repr(exc) == "HTTPException(status_code=404, detail='Not Found')"
    assert HTTPException(599).detail == ""
    custom = HTTPException(400, detail="bad", headers={"x-a": "1"})
    assert (custom.detail, custom.headers) == ("bad", {"x-a": "1"})
    assert HTTPException(500, detail="").detail == ""


def test_exceptions_http_exception_subclass_repr() -> None:
    class Teapot(HTTPException):
        pass

    assert repr(Teapot(418)) == 'Teapot(status_code=418, detail="I\'m a Teapot")'


def test_exceptions_websocket_exception() -> None:
    exc = WebSocketException(1008)
    assert exc.reason == ""
    assert str(exc) == "1008: "
    exc = WebSocketException(code=1011, reason="boom")
    assert repr(exc) == "WebSocketException(code=1011, reason='boom')"
    assert str(exc) == "1011: boom"


def test_exceptions_deprecation_warning_is_visible_by_default() -> None:
    assert issubclass(StarletteDeprecationWarning, UserWarning)
    assert not issubclass(StarletteDeprecationWarning, DeprecationWarning)


# =============================================================================
# starlette.status: HTTP_* and WS_* constants
# =============================================================================


def test_status_constants_match_their_names() -> None:
    assert (HTTP_200_OK, HTTP_413_CONTENT_TOO_LARGE, WS_1008_POLICY_VIOLATION) == (
        200,
        413,
        1008,
    )
    names = [n for n in vars(starlette) if n.startswith(("HTTP_", "WS_"))]
    assert len(names) >= 78
    for name in names:
        assert getattr(starlette, name) == int(name.split("_")[1])


def test_status_legacy_names_keep_values() -> None:
    assert HTTP_422_UNPROCESSABLE_ENTITY == HTTP_422_UNPROCESSABLE_CONTENT
    for old, new in starlette._STATUS_RENAMED.items():
        assert getattr(starlette, old) == getattr(starlette, new)


def test_status_renamed_warns() -> None:
    with pytest.warns(StarletteDeprecationWarning, match="Use 'HTTP_414_URI_TOO_LONG' instead"):
        assert starlette._status_renamed("HTTP_414_REQUEST_URI_TOO_LONG") == 414


def test_status_view_serves_constants() -> None:
    view = importlib.import_module("starlette.status")
    assert view.HTTP_404_NOT_FOUND == 404
    with pytest.raises(AttributeError, match="has no attribute 'HTTP_999_NOPE'"):
        view.HTTP_999_NOPE  # noqa: B018 - the attribute access is the test


# =============================================================================
# starlette.concurrency: thread-pool bridges over anyio
# =============================================================================


@pytest.mark.anyio
async def test_concurrency_run_in_threadpool_uses_a_worker() -> None:
    def where(prefix: str, *, suffix: str = "") -> str:
        return prefix + threading.current_thread().name + suffix

    main = threading.current_thread().name
    assert await run_in_threadpool(where, "") != main
    assert (await run_in_threadpool(where, "<", suffix=">")).endswith(">")


@pytest.mark.anyio
async def test_concurrency_context_variables_reach_the_worker() -> None:
    var: contextvars.ContextVar[str] = contextvars.ContextVar("var")
    var.set("value")
    assert await run_in_threadpool(var.get) == "value"


@pytest.mark.anyio
async def test_concurrency_iterate_in_threadpool() -> None:
    class Numbers:
        def __iter__(self) -> Iterator[int]:
            yield from range(3)

    assert [n async for n in iterate_in_threadpool(Numbers())] == [0, 1, 2]
    empty: list[int] = []
    assert [n async for n in iterate_in_threadpool(empty)] == []


@pytest.mark.anyio
async def test_concurrency_run_until_first_complete_cancels_others() -> None:
    done: list[str] = []

    async def quick(tag: str) -> None:
        done.append(tag)

    async def slow() -> None:
        await anyio.sleep(10)
        done.append("slow")  # pragma: no cover - cancelled before this

    with pytest.warns(StarletteDeprecationWarning, match="run_until_first_complete is deprecated"):
        await run_until_first_complete((slow, {}), (quick, {"tag": "quick"}))
    assert done == ["quick"]


# =============================================================================
# starlette.config: Config, Environ
# =============================================================================


def test_config_reads_environ_then_file_then_default(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text(
        "# a comment line\n"
        "DATABASE_URL=postgres://user:pass@localhost/db\n"
        "DEBUG=false\n"
        "  SPACED  =  padded value  \n"
        "NO_EQUALS_SIGN\n"
        "\n"
        "SINGLE='say \"hi\"'\n"
        'DOUBLE="it\'s"\n'
        "MISMATCHED=\"secret'\n"
        'LONE="\n'
        "EMPTY=\n"
    )
    config = Config(env_file, environ={"DEBUG": "true"})
    assert config("DEBUG", cast=bool) is True  # the environment wins
    url = config("DATABASE_URL", cast=URL)
    assert (url.username, url.password, url.path) == ("user", "pass", "/db")
    assert config("SPACED") == "padded value"
    assert config("SINGLE") == 'say "hi"'
    assert config("DOUBLE") == "it's"
    assert config("MISMATCHED") == "\"secret'"
    assert config("LONE") == '"'
    assert config("EMPTY") == ""
    assert "NO_EQUALS_SIGN" not in config.file_values
    assert config("TIMEOUT", cast=int, default=10) == 10
    assert config("TIMEOUT", cast=int, default="7") == 7
    assert config("MAIL", default=None) is None
    assert config("MAIL", cast=int, default=None) is None
    assert config.get("SPACED") == "padded value"
    with pytest.raises(KeyError, match="Config 'MISSING' is missing, and has no default."):
        config("MISSING")


def test_config_casts(tmp_path: Path) -> None:
    config = Config(environ={"A": "1", "B": "FALSE", "C": "maybe", "D": "x"})
    assert config("A", cast=bool) is True
    assert config("B", cast=bool) is False
    assert config("A", cast=int) == 1
    assert config("NOPE", cast=bool, default=True) is True
    with pytest.raises(ValueError, match="Config 'C' has value 'maybe'. Not a valid bool."):
        config("C", cast=bool)
    with pytest.raises(ValueError, match="Config 'D' has value 'x'. Not a valid int."):
        config("D", cast=int)
    secret = config("D", cast=Secret)
    assert repr(secret) == "Secret('**********')" and str(secret) == "x"
    hosts = config("HOSTS", cast=CommaSeparatedStrings, default="a, 'b c'")
    assert list(hosts) == ["a", "b c"]

    class NoName:
        def __call__(self, value: str) -> int:
            raise TypeError(value)

    with pytest.raises(ValueError, match="Not a valid <"):
        config("D", cast=NoName())


def test_config_prefix_encoding_and_path(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text("APP_GREETING=Hello world\n", encoding="utf-16")
    config = Config(
        env_file,
        environ={"APP_DEBUG": "on", "OTHER": "x"},
        env_prefix="APP_",
        encoding="utf-16",
    )
    assert config("DEBUG") == "on"
    assert config("GREETING") == "Hello world"
    with pytest.raises(KeyError):
        config("OTHER")
    assert Config(str(env_file), encoding="utf-16").file_values == {"APP_GREETING": "Hello world"}


def test_config_missing_file_warns(tmp_path: Path) -> None:
    missing = tmp_path / "nope.env"
    with pytest.warns(UserWarning, match=f"Config file '{missing}' not found."):
        config = Config(missing)
    assert config.file_values == {}


def test_config_default_environ_is_os_environ(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STARLETTE_PY_TEST_VALUE", "123")
    assert Config()("STARLETTE_PY_TEST_VALUE", cast=int) == 123
    assert isinstance(environ, Environ)


def test_config_environ_refuses_changes_after_read() -> None:
    backing: dict[str, str] = {"KEEP": "1"}
    env = Environ(backing)
    env["TESTING"] = "True"
    env["GONE"] = "x"
    del env["GONE"]
    assert env["TESTING"] == "True"
    assert "GONE" not in env  # reading a missing key marks it read too
    assert len(env) == 2 and sorted(env) == ["KEEP", "TESTING"]
    with pytest.raises(EnvironError, match=r"set environ\['TESTING'\], but the value has"):
        env["TESTING"] = "False"
    with pytest.raises(EnvironError, match=r"delete environ\['GONE'\]"):
        del env["GONE"]
    assert backing == {"KEEP": "1", "TESTING": "True"}
    assert len(Environ()) == len(os.environ)


def test_config_overloads_give_precise_types() -> None:
    config = Config(environ={"S": "text", "B": "true"})
    assert typing.assert_type(config("S"), str) == "text"
    assert typing.assert_type(config("S", default=""), str) == "text"
    assert typing.assert_type(config("NONE", default=None), str | None) is None
    assert typing.assert_type(config("B", cast=bool), bool) is True
    assert typing.assert_type(config("NONE", cast=bool, default=None), bool | None) is None
    assert typing.assert_type(config.get("NONE", cast=bool, default=False), bool) is False
    assert typing.assert_type(config("NONE", default=3), int | str) == 3
    with pytest.raises(ValueError):
        config("NONE", cast=int, default="not a number")


# =============================================================================
# starlette.convertors: path-parameter convertors
# =============================================================================


def test_convertors_round_trip() -> None:
    assert StringConvertor().convert("abc") == "abc"
    assert StringConvertor().to_string("abc") == "abc"
    assert PathConvertor().convert("a/b") == "a/b"
    assert PathConvertor().to_string("a/b") == "a/b"
    assert IntegerConvertor().convert("007") == 7
    assert IntegerConvertor().to_string(7) == "7"
    assert FloatConvertor().convert("1.5") == 1.5
    assert FloatConvertor().to_string(1.5) == "1.5"
    assert FloatConvertor().to_string(2.0) == "2"
    assert FloatConvertor().to_string(1e-5) == "0.00001"
    value = uuid.UUID("ec38df32-ceda-4cfa-9b4a-1aeb94ad551a")
    assert UUIDConvertor().convert("ec38df32ceda4cfa9b4a1aeb94ad551a") == value
    assert UUIDConvertor().to_string(value) == str(value)


@pytest.mark.parametrize(
    ("convertor", "value", "message"),
    [
        (StringConvertor(), "a/b", "May not contain path separators"),
        (StringConvertor(), "", "Must not be empty"),
        (IntegerConvertor(), -1, "Negative integers are not supported"),
        (FloatConvertor(), math.nan, "NaN values are not supported"),
        (FloatConvertor(), math.inf, "Infinite values are not supported"),
        (FloatConvertor(), -0.5, "Negative floats are not supported"),
    ],
)
def test_convertors_refuse_bad_values(convertor: Convertor[Any], value: Any, message: str) -> None:
    with pytest.raises(AssertionError, match=message):
        convertor.to_string(value)


def test_convertors_base_class_is_abstract() -> None:
    with pytest.raises(NotImplementedError):
        Convertor[int]().convert("1")
    with pytest.raises(NotImplementedError):
        Convertor[int]().to_string(1)


def test_convertors_register(monkeypatch: pytest.MonkeyPatch) -> None:
    class Hex(Convertor[int]):
        regex = "[0-9a-f]+"

        def convert(self, value: str) -> int:
            return int(value, 16)

        def to_string(self, value: int) -> str:
            return f"{value:x}"

    monkeypatch.setattr(starlette, "CONVERTOR_TYPES", dict(CONVERTOR_TYPES))
    register_url_convertor("hex", Hex())
    assert starlette.CONVERTOR_TYPES["hex"].convert("ff") == 255
    assert "hex" not in CONVERTOR_TYPES
    assert set(CONVERTOR_TYPES) == {"str", "path", "int", "float", "uuid"}


# =============================================================================
# starlette.datastructures: URL, Headers, QueryParams, FormData, UploadFile, State
# =============================================================================


def _datastructures_scope(**values: Any) -> dict[str, Any]:
    scope: dict[str, Any] = {
        "type": "http",
        "path": "/",
        "query_string": b"",
        "headers": [],
    }
    scope.update(values)
    return scope


def test_datastructures_url_components() -> None:
    url = URL("https://user:pw@example.org:8443/a/b?x=1#frag")
    assert (url.scheme, url.netloc, url.path) == (
        "https",
        "user:pw@example.org:8443",
        "/a/b",
    )
    assert (url.query, url.fragment) == ("x=1", "frag")
    assert (url.username, url.password, url.hostname, url.port) == (
        "user",
        "pw",
        "example.org",
        8443,
    )
    assert url.is_secure and not URL("http://a").is_secure and URL("wss://a").is_secure
    assert url.components is url.components  # parsed once
    assert repr(url) == "URL('https://user:********@example.org:8443/a/b?x=1#frag')"
    assert repr(URL("https://user@example.org/")) == "URL('https://user@example.org/')"
    assert url == str(url) and url != URL("https://example.org")


def test_datastructures_url_is_unhashable_like_starlette() -> None:
    with pytest.raises(TypeError):
        hash(URL("/"))


def test_datastructures_url_replace() -> None:
    url = URL("https://example.org:123/path?q=1#f")
    assert url.replace(scheme="http") == "http://example.org:123/path?q=1#f"
    assert url.replace(port=None) == "https://example.org/path?q=1#f"
    assert url.replace(hostname="example.com") == "https://example.com:123/path?q=1#f"
    assert url.replace(hostname="::1") == "https://[::1]:123/path?q=1#f"
    assert url.replace(hostname="a:b", port=None) == "https://a:b/path?q=1#f"
    assert url.replace(username="u") == "https://u@example.org:123/path?q=1#f"
    assert url.replace(username="u", password="p") == "https://u:p@example.org:123/path?q=1#f"
    ipv6 = URL("https://[fe::2]:12345")
    assert ipv6.replace(hostname=ipv6.hostname) == ipv6
    assert URL("https://[fe::2]").replace(port=1) == "https://[fe::2]:1"
    assert URL("http://u:p@host/").replace(hostname="bar") == "http://u:p@bar/"
    assert URL("/path?a=1").replace(port=8080) == "//:8080/path?a=1"
    assert URL(scheme="https", netloc="example.org", path="/x") == "https://example.org/x"


def test_datastructures_url_query_param_helpers() -> None:
    url = URL("https://example.org/path/?page=3&tag=a&tag=b&empty=")
    # compat: an updated key moves to the end, as in Starlette
    moved = "https://example.org/path/?tag=a&tag=b&empty=&page=4"
    assert url.include_query_params(page=4) == moved
    assert url.replace_query_params(order="name") == "https://example.org/path/?order=name"
    assert url.remove_query_params("tag") == "https://example.org/path/?page=3&empty="
    assert url.remove_query_params(["tag", "page", "empty"]) == "https://example.org/path/"


def test_datastructures_url_constructor_conflicts() -> None:
    with pytest.raises(TypeError):
        URL("/x", scope=_datastructures_scope())
    with pytest.raises(TypeError):
        URL("/x", path="/y")


def test_datastructures_url_from_scope() -> None:
    assert URL(scope=_datastructures_scope(path="/p", query_string=b"a=1")) == "/p?a=1"
    assert URL(scope=_datastructures_scope(path="")) == ""
    server = {"scheme": "https", "server": ("example.org", 443)}
    assert URL(scope=_datastructures_scope(path="/p", **server)) == "https://example.org/p"
    other = {"scheme": "https", "server": ("example.org", 8443)}
    assert URL(scope=_datastructures_scope(**other)) == "https://example.org:8443/"
    odd = {"scheme": "gopher", "server": ("example.org", 70)}
    assert URL(scope=_datastructures_scope(**odd)) == "gopher://example.org:70/"
    headers = [
        (b"accept", b"*/*"),
        (b"host", b"example.com:000080"),
        (b"host", b"other"),
    ]
    url = URL(scope=_datastructures_scope(headers=headers))
    assert url == "http://example.com:000080/" and url.port == 80
    v6 = URL(scope=_datastructures_scope(server=("::1", 8000)))
    assert (v6.hostname, v6.netloc) == ("::1", "[::1]:8000")
    # ASGI: headers may be a tuple of tuples.
    assert URL(scope=_datastructures_scope(headers=((b"host", b"h"),))) == "http://h/"


@pytest.mark.parametrize(
    "host",
    [
        b"evil.com/x?y=#",
        b"evil.com#",
        b"user@evil.com",
        b"a\\b",
        b"a b",
        b"h:65536",
        b"h:100000",
        b"[:::]",
        b"[::ffff:999.1.1.1]",
        b"[V1.x]",
        b"h\r\nx: y",
        b"\xff\xfe",
        b"",
    ],
)
def test_datastructures_url_bad_host_header_falls_back(host: bytes) -> None:
    scope = _datastructures_scope(
        path="/admin", server=("example.com", 80), headers=[(b"host", host)]
    )
    url = URL(scope=scope)
    assert (url.path, url.netloc, url.hostname) == (
        "/admin",
        "example.com",
        "example.com",
    )
    del scope["server"]
    assert URL(scope=scope) == "/admin"


@pytest.mark.parametrize("with_host", [True, False])
@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("@google.com", "/@google.com"),
        ("user:pass@google.com", "/user:pass@google.com"),
        ("//google.com/x", "//google.com/x"),
        ("http://google.com/x", "/http://google.com/x"),
        ("/a?b#c", "/a%3Fb%23c"),
        ("/\\evil.com", "/%5Cevil.com"),
    ],
)
def test_datastructures_url_path_cannot_become_authority(
    path: str, expected: str, with_host: bool
) -> None:
    headers = [(b"host", b"localhost")] if with_host else []
    scope = _datastructures_scope(
        path=path, server=("localhost", 80), query_string=b"a=b", headers=headers
    )
    url = URL(scope=scope)
    assert (url.hostname, url.path, url.query) == ("localhost", expected, "a=b")


def test_datastructures_url_without_authority_keeps_path_relative() -> None:
    assert URL(scope=_datastructures_scope(path="//evil.com/a")) == "/%2Fevil.com/a"
    assert URL(scope=_datastructures_scope(path="//evil.com/a")).netloc == ""
    assert URL(scope=_datastructures_scope(path="http://evil.com/a")).hostname is None


def test_datastructures_url_odd_query_bytes_do_not_raise() -> None:
    url = URL(scope=_datastructures_scope(query_string=b"a=\xff\xfe&b=%zz&c=\xc3\xa9"))
    assert url.query == "a=%FF%FE&b=%zz&c=%C3%A9"
    assert URL(scope=_datastructures_scope(query_string="\u00e9=1".encode())).query == "\u00e9=1"


def test_datastructures_urlpath() -> None:
    path = URLPath("/ws", protocol="websocket")
    assert path == "/ws" and path.protocol == "websocket" and path.host == ""
    assert path.make_absolute_url("https://example.org/app/") == "wss://example.org/app/ws"
    assert path.make_absolute_url(URL("http://example.org")) == "ws://example.org/ws"
    http = URLPath("/x", protocol="http", host="api.example.org")
    assert http.make_absolute_url("https://example.org") == "https://api.example.org/x"
    assert http.make_absolute_url("http://example.org") == "http://api.example.org/x"
    assert URLPath("/y").make_absolute_url("ftp://h/") == "ftp://h/y"
    assert URLPath("//evil.com\\x") == "/%2Fevil.com%5Cx"
    with pytest.raises(AssertionError):
        URLPath("/", protocol="ftp")  # type: ignore[arg-type]  # deliberately wrong type


def test_datastructures_secret_and_csv() -> None:
    assert not Secret("") and Secret("x")
    csv = CommaSeparatedStrings("'localhost', \"127.0.0.1\", 0.0.0.0")
    assert list(csv) == ["localhost", "127.0.0.1", "0.0.0.0"]
    assert repr(csv) == "CommaSeparatedStrings(['localhost', '127.0.0.1', '0.0.0.0'])"
    assert str(csv) == "'localhost', '127.0.0.1', '0.0.0.0'"
    assert csv[0] == "localhost" and csv[1:] == ["127.0.0.1", "0.0.0.0"] and len(csv) == 3
    assert list(CommaSeparatedStrings(["a", "b"])) == ["a", "b"]


def test_datastructures_address() -> None:
    host, port = Address("1.2.3.4", 80)
    assert (host, port) == ("1.2.3.4", 80) and Address("h", 1).port == 1


def test_datastructures_immutable_multidict() -> None:
    d = ImmutableMultiDict([("a", "1"), ("b", "2"), ("a", "3")], c="4")
    assert d["a"] == "3" and d.getlist("a") == ["1", "3"] and d.getlist("z") == []
    assert list(d.keys()) == ["a", "b", "c"] and list(d.values()) == ["3", "2", "4"]
    assert list(d.items()) == [("a", "3"), ("b", "2"), ("c", "4")]
    assert list(d) == ["a", "b", "c"] and len(d) == 3 and "a" in d and "z" not in d
    assert d.multi_items() == [("a", "1"), ("b", "2"), ("a", "3"), ("c", "4")]
    assert repr(d) == "ImmutableMultiDict([('a', '1'), ('b', '2'), ('a', '3'), ('c', '4')])"
    assert ImmutableMultiDict(d) == d
    assert ImmutableMultiDict({"x": 1}) == ImmutableMultiDict([("x", 1)])
    assert ImmutableMultiDict(iter([("x", 1)])) == ImmutableMultiDict(x=1)
    assert ImmutableMultiDict([("a", 1), ("a", 2)]) != ImmutableMultiDict([("a", 2), ("a", 1)])
    assert ImmutableMultiDict() != {}
    with pytest.raises(TypeError, match="Too many arguments."):
        ImmutableMultiDict([], [])


def test_datastructures_multidict_mutation() -> None:
    q = MultiDict([("a", "1"), ("a", "2"), ("b", "3")])
    q["a"] = "9"
    assert q.getlist("a") == ["9"] and q.multi_items() == [("b", "3"), ("a", "9")]
    del q["a"]
    assert "a" not in q and q.multi_items() == [("b", "3")]
    q = MultiDict([("a", "1"), ("a", "2"), ("b", "3")])
    assert q.pop("a") == "2" and q.pop("zz", "dflt") == "dflt"
    assert q.multi_items() == [("b", "3")]
    assert q.popitem() == ("b", "3") and len(q) == 0
    q = MultiDict([("a", "1"), ("a", "2"), ("b", "3")])
    assert q.poplist("a") == ["1", "2"] and "a" not in q
    q.clear()
    assert q == MultiDict() and repr(q) == "MultiDict([])"
    q = MultiDict([("a", "1")])
    q.setlist("a", ["4", "5"])
    assert q.getlist("a") == ["4", "5"] and q["a"] == "5"
    q.setlist("a", [])
    assert "a" not in q
    assert q.setdefault("s", "x") == "x" and q.setdefault("s", "y") == "x"
    q.append("s", "z")
    assert q.getlist("s") == ["x", "z"]
    q = MultiDict([("a", "1"), ("b", "2")])
    q.update([("a", "3")], a="4", c="5")
    assert q.multi_items() == [("b", "2"), ("a", "3"), ("a", "4"), ("c", "5")]
    q.update(q)
    q.update()
    assert q.multi_items() == [("b", "2"), ("a", "3"), ("a", "4"), ("c", "5")]


def test_datastructures_query_params() -> None:
    q = QueryParams("a=123&a=456&b=789&blank&c=")
    assert q["a"] == "456" and q.getlist("a") == ["123", "456"] and q["blank"] == ""
    assert str(q) == "a=123&a=456&b=789&blank=&c="
    assert repr(QueryParams("x=1")) == "QueryParams('x=1')"
    assert QueryParams(b"a=%C3%A9&b=\xe9") == QueryParams([("a", "\u00e9"), ("b", "\u00e9")])
    assert QueryParams({"a": 1, 2: "b"}).multi_items() == [("a", "1"), ("2", "b")]
    assert QueryParams("a=1", b=2).multi_items() == [("a", "1"), ("b", "2")]
    assert QueryParams() == QueryParams("") == QueryParams(b"") == QueryParams({})
    assert QueryParams(QueryParams("a=1&a=2")) == QueryParams([("a", "1"), ("a", "2")])
    assert QueryParams("a=1") != "a=1"


@pytest.mark.parametrize(
    "query",
    [b"a=%A0&%FF=1&b=%C3%A9", b"x=%e9%&y=%zz&=v&k", b"a+b=c+d&a=%2B&&", b"raw=caf\xe9&t=\xc3\xa9"],
)
def test_datastructures_query_params_decode_as_parse_qsl(query: bytes) -> None:
    # compat: Starlette reads the raw bytes as latin-1, then parse_qsl: an
    # escape that is not UTF-8 is U+FFFD, a bad escape stays as it is.
    expected = parse_qsl(query.decode("latin-1"), keep_blank_values=True)
    assert QueryParams(query).multi_items() == expected


def test_datastructures_query_params_survive_junk() -> None:
    junk = bytes(range(256)) * 16_000  # 4 MB of every byte value: hours if quadratic
    params = _finishes(lambda: QueryParams(junk + b"&%zz=%&%%=%e9%&x=%G1"))
    assert params["%zz"] == "%" and params["%%"] == "\ufffd%" and params["x"] == "%G1"
    assert str(params)  # re-encodes without error


@pytest.mark.anyio
async def test_datastructures_upload_file_in_memory() -> None:
    upload = UploadFile(io.BytesIO(b"data"), filename="f.txt", size=4)
    assert upload.content_type is None and not upload._in_memory
    assert await upload.read() == b"data"
    await upload.write(b" more")
    assert upload.size == 9
    await upload.seek(0)
    assert await upload.read() == b"data more"
    plain = UploadFile(io.BytesIO(), headers=Headers({"content-type": "text/plain"}))
    await plain.write(b"x")
    assert plain.size is None and plain.content_type == "text/plain"
    assert repr(upload) == "UploadFile(filename='f.txt', size=9, headers=Headers({}))"
    await upload.close()
    assert upload.file.closed


@pytest.mark.anyio
@pytest.mark.parametrize("max_size", [0, 3, 1024])
async def test_datastructures_upload_file_spooled(max_size: int) -> None:
    spooled = SpooledTemporaryFile(max_size=max_size)
    upload = UploadFile(spooled, filename="f", size=0)
    await upload.write(b"ab")
    assert upload._in_memory
    await upload.write(b"cd")
    assert upload._in_memory is (max_size != 3)
    await upload.seek(0)
    assert await upload.read() == b"abcd" and upload.size == 4
    await upload.close()
    assert spooled.closed


@pytest.mark.anyio
async def test_datastructures_form_data() -> None:
    upload = UploadFile(io.BytesIO(b"x"), filename="a.txt")
    form = FormData([("a", "1"), ("a", "2"), ("f", upload)])
    assert form["a"] == "2" and form.getlist("a") == ["1", "2"] and form["f"] is upload
    assert repr(form) == f"FormData([('a', '1'), ('a', '2'), ('f', {upload!r})])"
    assert FormData(form) == form and FormData(a="1") == FormData({"a": "1"})
    assert FormData({"a": "1"}) != {"a": "1"}
    await form.close()
    assert upload.file.closed


def test_datastructures_headers_read_only() -> None:
    h = Headers(raw=[(b"a", b"123"), (b"a", b"456"), (b"b", b"789")])
    not_a_name: Any = 3
    assert "A" in h and "c" not in h and not_a_name not in h and "\u20ac" not in h
    assert h["a"] == "123" and h.get("nope") is None and h.getlist("A") == ["123", "456"]
    assert h.getlist("\u20ac") == []
    with pytest.raises(KeyError):
        h["\u20ac"]
    assert h.keys() == ["a", "a", "b"] and h.values() == ["123", "456", "789"]
    assert h.items() == [("a", "123"), ("a", "456"), ("b", "789")]
    assert list(h) == ["a", "a", "b"] and len(h) == 3 and dict(h) == {"a": "123", "b": "789"}
    assert repr(h) == "Headers(raw=[(b'a', b'123'), (b'a', b'456'), (b'b', b'789')])"
    assert h == Headers(raw=[(b"b", b"789"), (b"a", b"123"), (b"a", b"456")]) and h != {}
    h2 = Headers({"A": "1", "B": "\xe9"})
    assert (
        h2.raw == [(b"a", b"1"), (b"b", b"\xe9")]
        and repr(h2) == "Headers({'a': '1', 'b': '\u00e9'})"
    )
    assert Headers().raw == [] and Headers(raw=[(b"x", b"\xff")])["x"] == "\u00ff"


def test_datastructures_headers_constructor_conflicts() -> None:
    with pytest.raises(TypeError):
        Headers({"a": "1"}, raw=[])
    with pytest.raises(TypeError):
        Headers(raw=[], scope={"headers": []})
    with pytest.raises(ValueError, match="CR, LF and NUL"):
        Headers({"x": "a\r\nb"})


def test_datastructures_mutable_headers() -> None:
    h = MutableHeaders(raw=[(b"a", b"1"), (b"b", b"2"), (b"a", b"3")])
    h["A"] = "9"
    assert h.raw == [(b"a", b"9"), (b"b", b"2")]
    h["c"] = "4"
    assert h.setdefault("c", "5") == "4" and h.setdefault("d", "6") == "6"
    del h["a"]
    del h["missing"]
    assert h.raw == [(b"b", b"2"), (b"c", b"4"), (b"d", b"6")]
    h.append("b", "7")
    assert h.getlist("b") == ["2", "7"]
    h.add_vary_header("Accept")
    h.add_vary_header("Origin")
    assert h["vary"] == "Accept, Origin"
    merged = h | {"e": "8"}
    assert isinstance(merged, MutableHeaders) and merged["e"] == "8" and "e" not in h
    h |= MutableHeaders({"f": "9"})
    assert h["f"] == "9"
    with pytest.raises(TypeError, match="Expected a mapping but got set"):
        h |= {"x"}  # type: ignore[arg-type]  # deliberately wrong type
    with pytest.raises(TypeError):
        h | {"x"}  # type: ignore[operator]  # deliberately wrong type
    copy = Headers(raw=[(b"a", b"1")]).mutablecopy()
    copy["a"] = "2"
    assert copy["a"] == "2"


def test_datastructures_mutable_headers_edit_the_scope() -> None:
    scope: dict[str, Any] = {"headers": ((b"a", b"1"),)}
    h = MutableHeaders(scope=scope)
    h.update({"b": "2"})
    del h["a"]
    assert scope["headers"] == [(b"b", b"2")] and h.raw is scope["headers"]


@pytest.mark.parametrize("bad", ["a\rb", "a\nb", "a\x00b"])
def test_datastructures_mutable_headers_refuse_line_breaks(bad: str) -> None:
    h = MutableHeaders()
    with pytest.raises(ValueError, match="Invalid header value for 'x'"):
        h["x"] = bad
    with pytest.raises(ValueError, match="Invalid header name"):
        h[bad] = "v"
    with pytest.raises(ValueError):
        h.append("x", bad)
    with pytest.raises(ValueError):
        h.setdefault("x", bad)
    with pytest.raises(ValueError):
        h.update({"x": bad})
    assert h.raw == []


def test_datastructures_headers_validate_bytes() -> None:
    validate = starlette._headers_validate
    validate(b"x-ok", b"value\twith tab")
    with pytest.raises(ValueError, match="Invalid header value for 'x-b'"):
        validate(b"x-b", b"a\r\nb")
    with pytest.raises(ValueError, match="Invalid header name"):
        validate(b"x\n", "v")


@pytest.mark.parametrize("name", ["X A", "X-A: injected", "x\ty", "", "caf\xe9", "a(b)", 'x"'])
def test_datastructures_header_names_must_be_tokens(name: str) -> None:
    # RFC 9110 section 5.1: a field name is a token; anything else is refused
    # on every path that builds headers, before anything is stored.
    h = MutableHeaders({"keep": "1"})
    attempts: list[Callable[[], object]] = [
        lambda: Headers({name: "1"}),
        lambda: h.__setitem__(name, "1"),
        lambda: h.append(name, "1"),
        lambda: h.setdefault(name, "1"),
        lambda: h.update({name: "1"}),
    ]
    for attempt in attempts:
        with pytest.raises(ValueError, match="Invalid header name .*RFC 9110 token"):
            attempt()
    assert h.raw == [(b"keep", b"1")]


def test_datastructures_header_names_accept_every_token_character() -> None:
    name = "!#$%&'*+-.^_`|~09AZaz"
    h = MutableHeaders({name: "1"})
    h.append(name, "2")
    assert h.setdefault(name, "3") == "1"
    assert h.getlist(name) == ["1", "2"]
    starlette._headers_validate(name.encode(), b"v")
    with pytest.raises(ValueError, match="Invalid header name 'a b'"):
        starlette._headers_validate(b"a b", b"v")


def test_datastructures_state() -> None:
    state = State()
    state.db = "pool"
    state["cache"] = 1
    assert state.db == "pool" and state["cache"] == 1 and len(state) == 2
    assert sorted(state) == ["cache", "db"]
    del state.db
    del state["cache"]
    assert len(state) == 0
    with pytest.raises(AttributeError, match="'State' object has no attribute 'db'"):
        state.db  # noqa: B018 - the lookup is the test
    with pytest.raises(AttributeError, match="'State' object has no attribute 'db'"):
        del state.db
    shared = {"k": "v"}
    assert State(shared).k == "v"
    clone = copy.copy(State(shared))
    assert clone.k == "v" and clone._state is shared
    assert pickle.loads(pickle.dumps(State({"n": 1}))).n == 1


def test_datastructures_query_parse_matches_parse_qsl() -> None:
    rng = random.Random(1234)
    alphabet = "ab=&+%2G0\u00e9;\x00 "
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(12)))
        expected = parse_qsl(text, keep_blank_values=True)
        assert QueryParams(text).multi_items() == expected, text


def test_datastructures_url_long_host_header_is_not_cached() -> None:
    long_host = ("a" * 300).encode()
    scope = _datastructures_scope(headers=[(b"host", long_host)])
    assert URL(scope=scope).hostname == "a" * 300
    scope = _datastructures_scope(headers=[(b"host", long_host + b"/x")], server=("s", 80))
    assert URL(scope=scope).hostname == "s"


def test_datastructures_headers_allow_tabs_and_latin1() -> None:
    h = MutableHeaders({"x-tab": "a\tb"})
    h["x-latin"] = "caf\xe9"
    h.append("x-tab2", "\t")
    assert h.raw == [(b"x-tab", b"a\tb"), (b"x-latin", b"caf\xe9"), (b"x-tab2", b"\t")]


def test_datastructures_mutable_headers_never_touch_a_parent_scope() -> None:
    parent: dict[str, Any] = {"headers": [(b"a", b"1")]}
    child = dict(parent)
    MutableHeaders(scope=child)["b"] = "2"
    assert parent["headers"] == [(b"a", b"1")]
    assert child["headers"] == [(b"a", b"1"), (b"b", b"2")]


# =============================================================================
# starlette.background: BackgroundTask, BackgroundTasks
# =============================================================================


@pytest.mark.anyio
async def test_background_task_sync_runs_in_a_thread() -> None:
    seen: list[str] = []

    def record(tag: str, *, suffix: str) -> None:
        seen.append(tag + suffix + threading.current_thread().name)

    task = BackgroundTask(record, "sync", suffix=":")
    assert not task.is_async
    await task()
    assert seen[0].startswith("sync:") and seen[0] != "sync:" + threading.current_thread().name


@pytest.mark.anyio
async def test_background_tasks_run_in_order_and_stop_on_error() -> None:
    seen: list[int] = []

    async def record(value: int) -> None:
        seen.append(value)
        if value == 2:
            raise RuntimeError("task failed")

    tasks = BackgroundTasks([BackgroundTask(record, 1)])
    tasks.add_task(record, value=2)
    tasks.add_task(record, 3)
    assert tasks.tasks[0].is_async
    with pytest.raises(RuntimeError, match="task failed"):
        await tasks()
    assert seen == [1, 2]
    await BackgroundTasks()()


@pytest.mark.anyio
async def test_background_runs_after_the_response() -> None:
    events: list[str] = []

    async def send(message: Message) -> None:
        events.append(message["type"])

    async def receive() -> Message:  # pragma: no cover - a plain Response never reads
        return {"type": "http.disconnect"}

    def after() -> None:
        events.append("task")

    response = Response("done", background=BackgroundTask(after))
    await response({"type": "http", "method": "GET", "path": "/", "headers": []}, receive, send)
    assert events == ["http.response.start", "http.response.body", "task"]


# =============================================================================
# starlette.formparsers: urlencoded and multipart bodies (python-multipart, lazy)
# =============================================================================

_FORM_URLENCODED = Headers({"content-type": "application/x-www-form-urlencoded"})


def _form_multipart_headers(boundary: str = "B", extra: str = "") -> Headers:
    return Headers({"content-type": f"multipart/form-data; boundary={boundary}{extra}"})


async def _form_chunks(*chunks: bytes) -> AsyncGenerator[bytes, None]:
    for chunk in chunks:
        yield chunk


def _form_part(name: str, value: str, filename: str | None = None, extra: str = "") -> bytes:
    disposition = f'form-data; name="{name}"'
    if filename is not None:
        disposition += f'; filename="{filename}"'
    return f"--B\r\nContent-Disposition: {disposition}\r\n{extra}\r\n{value}\r\n".encode()


async def _form_urlencoded(body: bytes, **limits: Any) -> list[tuple[str, Any]]:
    async with aclosing(_form_chunks(body)) as stream:
        form = await FormParser(_FORM_URLENCODED, stream, **limits).parse()
    return form.multi_items()


async def _form_multipart(*chunks: bytes, **options: Any) -> FormData:
    headers = options.pop("headers", _form_multipart_headers())
    # Request.form() closes the body stream the same way, even when parsing fails.
    async with aclosing(_form_chunks(*chunks)) as stream:
        return await MultiPartParser(headers, stream, **options).parse()


def _form_app(**limits: Any) -> Starlette:
    """An app that echoes its form as JSON (files as name/size/content)."""

    async def echo(request: Request) -> JSONResponse:
        out: dict[str, Any] = {}
        async with request.form(**limits) as form:
            for key, value in form.multi_items():
                if isinstance(value, UploadFile):
                    content = (await value.read()).decode()
                    entry = {
                        "filename": value.filename,
                        "size": value.size,
                        "content": content,
                    }
                    out.setdefault(key, []).append(entry)
                else:
                    out.setdefault(key, []).append(value)
        return JSONResponse(out)

    return Starlette(routes=[Route("/", echo, methods=["POST"])])


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (b"a=1&&b=2", [("a", "1"), ("b", "2")]),
        (b"a&b=2", [("a", ""), ("b", "2")]),
        (b"=x&y=", [("", "x"), ("y", "")]),
        (b"&", []),
        (b"", []),
        (b"a=1;b=2", [("a", "1;b=2")]),
        (b"a+b=c+d%20e%2B", [("a b", "c d e+")]),
        (b"a==b&c=1&", [("a", "=b"), ("c", "1")]),
        (b"x=%&y=%4&z=%zz", [("x", "%"), ("y", "%4"), ("z", "%zz")]),
        (
            b"e=%C3%A9&raw=\xc3\xa9&latin=%E9&%A0=caf\xe9",
            [("e", "\xe9"), ("raw", "\xe9"), ("latin", "\ufffd"), ("\ufffd", "caf\xe9")],
        ),
    ],
)
@pytest.mark.anyio
async def test_formparsers_urlencoded_fields(body: bytes, expected: list[tuple[str, str]]) -> None:
    assert await _form_urlencoded(body) == expected
    # Any split of the body into two chunks parses the same.
    for cut in range(len(body) + 1):
        stream = _form_chunks(body[:cut], b"", body[cut:])
        form = await FormParser(_FORM_URLENCODED, stream).parse()
        assert form.multi_items() == expected, cut


@pytest.mark.anyio
async def test_formparsers_urlencoded_callbacks_can_be_overridden() -> None:
    class Upper(FormParser):
        def on_field_data(self, data: bytes, start: int, end: int) -> None:
            super().on_field_data(data.upper(), start, end)

    stream = _form_chunks(b"a=x&b=y&c=z")
    form = await Upper(_FORM_URLENCODED, stream).parse()
    assert form.multi_items() == [("a", "X"), ("b", "Y"), ("c", "Z")]


@pytest.mark.anyio
async def test_formparsers_urlencoded_max_fields() -> None:
    assert len(await _form_urlencoded(b"a=1&b=2", max_fields=2)) == 2
    stream = _form_chunks(b"&".join(b"f%d=" % i for i in range(100_000)))
    parser = FormParser(_FORM_URLENCODED, stream, max_fields=10)
    with pytest.raises(MultiPartException) as info:
        await parser.parse()
    await stream.aclose()
    assert info.value.message == "Too many fields. Maximum number of fields is 10."
    # The limit stops the scan inside the single chunk.
    assert parser._current_fields == 11


@pytest.mark.parametrize(
    "body", [b"v=" + b"x" * 2048, b"x" * 2048 + b"=v", b"x" * 1000 + b"=" + b"y" * 100]
)
@pytest.mark.anyio
async def test_formparsers_urlencoded_max_part_size(body: bytes) -> None:
    stream = _form_chunks(body)
    parser = FormParser(_FORM_URLENCODED, stream, max_part_size=1024)
    with pytest.raises(MultiPartException) as info:
        await parser.parse()
    await stream.aclose()
    assert info.value.message == "Field exceeded maximum size of 1KB."
    # Refused before the bytes were kept.
    assert len(parser._field_name) + len(parser._field_value) <= 1024
    # A field of exactly the limit is fine, and the count restarts per field.
    exact = b"k=" + b"v" * 1022
    assert len(await _form_urlencoded(exact + b"&" + exact, max_part_size=1024)) == 2


@pytest.mark.anyio
async def test_formparsers_multipart_fields_and_files() -> None:
    form = await _form_multipart(
        _form_part("field", "value"),
        _form_part(
            "file",
            "<file content>",
            "a.txt",
            "Content-Type: text/plain\r\nX-Custom: 1\r\n",
        ),
        _form_part("field", "again") + b"--B--\r\n",
    )
    assert form.getlist("field") == ["value", "again"]
    upload = form["file"]
    assert isinstance(upload, UploadFile)
    assert (upload.filename, upload.size, upload.content_type) == (
        "a.txt",
        14,
        "text/plain",
    )
    assert await upload.read() == b"<file content>"
    assert upload.headers.items() == [
        ("content-disposition", 'form-data; name="file"; filename="a.txt"'),
        ("content-type", "text/plain"),
        ("x-custom", "1"),
    ]
    await form.close()


@pytest.mark.anyio
async def test_formparsers_multipart_any_chunking() -> None:
    body = _form_part("f", "one") + _form_part("u", "x" * 50 + "\r\n--Bx", "u.bin") + b"--B--\r\n"
    for size in (1, 3, 17, len(body)):
        chunks = [body[i : i + size] for i in range(0, len(body), size)]
        form = await _form_multipart(*chunks)
        upload = form["u"]
        assert isinstance(upload, UploadFile)
        assert (form["f"], await upload.read()) == ("one", b"x" * 50 + b"\r\n--Bx")
        await form.close()


@pytest.mark.parametrize(
    ("charset", "raw", "expected"),
    [
        ("", b"\xe6\x96\x87", "\u6587"),
        ("; charset=utf-8", b"\xc4\x99", "\u0119"),
        ("; charset=utf-8", b"\xe9", "\xe9"),
        ("; charset=no-such-codec", b"\xe9", "\xe9"),
        ("; charset=latin-1", b"\xe9", "\xe9"),
    ],
)
@pytest.mark.anyio
async def test_formparsers_multipart_charset(charset: str, raw: bytes, expected: str) -> None:
    body = (
        b'--B\r\nContent-Disposition: form-data; name="n' + raw + b'"\r\n\r\n' + raw + b"\r\n"
        b'--B\r\nContent-Disposition: form-data; name="f"; filename="' + raw + b'.txt"\r\n\r\n'
        b"x\r\n--B--\r\n"
    )
    form = await _form_multipart(body, headers=_form_multipart_headers(extra=charset))
    upload = form["f"]
    assert isinstance(upload, UploadFile)
    assert form["n" + expected] == expected
    assert upload.filename == expected + ".txt"
    await form.close()


@pytest.mark.anyio
async def test_formparsers_multipart_extended_parameters_do_not_override() -> None:
    body = (
        b"--B\r\nContent-Disposition: form-data; name*=UTF-8''evil; name=\"plain\"; "
        b"filename=\"C:\\\\Users\\\\me\\\\a.txt\"; filename*=UTF-8''..%2F..%2Fevil\r\n\r\n"
        b'x\r\n--B\r\nContent-Disposition: form-data; flag; name="a;b\\"c"; '
        b'filename="\\\\\\\\s\\\\d\\\\b.txt"\r\n\r\n'
        b"y\r\n--B--\r\n"
    )
    form = await _form_multipart(body)
    first, second = form["plain"], form['a;b"c']
    assert isinstance(first, UploadFile) and isinstance(second, UploadFile)
    # Old Internet Explorer sent full Windows paths; only the base name is kept.
    assert (first.filename, second.filename) == ("a.txt", "b.txt")
    await form.close()


@pytest.mark.parametrize(
    ("headers", "body", "message"),
    [
        (
            _form_multipart_headers(),
            _form_part("a", "1"),
            "ended before its closing boundary",
        ),
        (_form_multipart_headers(), b"--B\r\n", "ended before its closing boundary"),
        (
            Headers({"content-type": "multipart/form-data"}),
            b"--B--\r\n",
            "Missing boundary",
        ),
        (
            Headers({"content-type": "multipart/form-data; charset=utf-8"}),
            b"",
            "Missing boundary",
        ),
        (Headers(), b"--B--\r\n", "Missing boundary in multipart."),
        (
            _form_multipart_headers("X" * 300),
            b"--" + b"X" * 300 + b"--\r\n",
            "Invalid multipart",
        ),
        (_form_multipart_headers(), b"garbage\r\n--B--\r\n", "Invalid multipart data."),
        (
            _form_multipart_headers(),
            b"--B\r\nContent-Disposition: form-data\r\n\r\nv\r\n--B--\r\n",
            'The Content-Disposition header field "name" must be provided.',
        ),
        (
            _form_multipart_headers(),
            b"--B\r\nX: 1\r\n\r\nv\r\n--B--\r\n",
            'field "name"',
        ),
        (
            _form_multipart_headers(),
            b"--B\r\n" + b"".join(b"X-%d: v\r\n" % i for i in range(20)) + b"\r\nv\r\n--B--\r\n",
            "Invalid multipart data.",
        ),
    ],
)
@pytest.mark.anyio
async def test_formparsers_multipart_invalid(headers: Headers, body: bytes, message: str) -> None:
    with pytest.raises(MultiPartException) as info:
        await _form_multipart(body, headers=headers)
    assert message in info.value.message


@pytest.mark.anyio
async def test_formparsers_multipart_max_fields() -> None:
    body = _form_part("a", "1") + _form_part("b", "2") + _form_part("f", "x", "f.txt")
    form = await _form_multipart(body + b"--B--\r\n", max_fields=2, max_files=1)
    assert len(form) == 3
    await form.close()
    with pytest.raises(MultiPartException) as info:
        await _form_multipart(body + _form_part("c", "3"), max_fields=2)
    assert info.value.message == "Too many fields. Maximum number of fields is 2."


@pytest.mark.anyio
async def test_formparsers_multipart_max_files() -> None:
    created: list[SpooledTemporaryFile[bytes]] = []

    def spool(**kwargs: Any) -> SpooledTemporaryFile[bytes]:
        created.append(SpooledTemporaryFile(**kwargs))
        return created[-1]

    body = _form_part("a", "x", "a.txt") + _form_part("a", "y", "b.txt")
    with mock.patch("starlette.SpooledTemporaryFile", spool):
        with pytest.raises(MultiPartException) as info:
            await _form_multipart(body + _form_part("c", "z", "c.txt"), max_files=2)
    assert info.value.message == "Too many files. Maximum number of files is 2."
    # The files already made are closed, not left for the garbage collector.
    assert len(created) == 2 and all(f.closed for f in created)


@pytest.mark.anyio
async def test_formparsers_multipart_max_part_size() -> None:
    ok = _form_part("small", "x" * 1024) + _form_part("file", "y" * 5000, "big.bin")
    form = await _form_multipart(ok + b"--B--\r\n", max_part_size=1024)
    upload = form["file"]
    assert isinstance(upload, UploadFile)
    assert (form["small"], upload.size) == ("x" * 1024, 5000)  # files are not capped
    await form.close()
    with pytest.raises(MultiPartException) as info:
        await _form_multipart(_form_part("big", "x" * 1025), max_part_size=1024)
    assert info.value.message == "Part exceeded maximum size of 1KB."


class _FormRolloverSpool(SpooledTemporaryFile[bytes]):
    threads: set[int | None] = set()

    def rollover(self) -> None:
        _FormRolloverSpool.threads.add(threading.get_ident())
        super().rollover()


@pytest.mark.anyio
async def test_formparsers_multipart_spools_to_disk_off_the_event_loop() -> None:
    body = _form_part("f", "z" * 3000, "f.bin") + b"--B--\r\n"
    with (
        mock.patch("starlette.SpooledTemporaryFile", _FormRolloverSpool),
        mock.patch.object(MultiPartParser, "spool_max_size", 1000),
    ):
        form = await _form_multipart(body[:1500], body[1500:])
    upload = form["f"]
    assert isinstance(upload, UploadFile)
    assert upload.file._rolled  # type: ignore[attr-defined]  # on disk now
    assert _FormRolloverSpool.threads and threading.get_ident() not in _FormRolloverSpool.threads
    assert await upload.read() == b"z" * 3000
    await form.close()


@pytest.mark.anyio
async def test_formparsers_multipart_closes_files_on_stream_error() -> None:
    spool = SpooledTemporaryFile[bytes]()

    async def failing() -> AsyncGenerator[bytes, None]:
        yield _form_part("f", "partial", "f.txt")[:-2]
        raise RuntimeError("client went away")

    stream = failing()
    parser = MultiPartParser(_form_multipart_headers(), stream)
    with (
        mock.patch("starlette.SpooledTemporaryFile", return_value=spool),
        pytest.raises(RuntimeError, match="client went away"),
    ):
        await parser.parse()
    await stream.aclose()
    assert spool.closed


@pytest.mark.anyio
async def test_formparsers_multipart_closes_files_on_disk_error() -> None:
    closed: list[bool] = []

    class FullDisk(SpooledTemporaryFile[bytes]):
        def write(self, s: Any) -> int:
            raise OSError("disk full")

        def close(self) -> None:
            closed.append(True)
            super().close()

    with mock.patch("starlette.SpooledTemporaryFile", FullDisk), pytest.raises(OSError):
        await _form_multipart(_form_part("f", "data", "f.txt") + b"--B--\r\n")
    assert closed == [True]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, ("", {})),
        (b"", ("", {})),
        ("Text/HTML", ("text/html", {})),
        (b'a/b; Charset = "x\\"y"; q', ("a/b", {"charset": 'x"y', "q": ""})),
        # compat: an unterminated quote keeps its `"`, as python-multipart reads it.
        ('a; x="open; y=1', ("a", {"x": '"open; y=1'})),
        ('a; x="tail\\', ("a", {"x": '"tail\\'})),
        ('form-data; name="', ("form-data", {"name": '"'})),
        ("a; =v; k*=bad; k=good; flag", ("a", {"": "v", "k": "good", "flag": ""})),
        ('a; x="\\\\"; y="\\z"', ("a", {"x": '"; y="\\z'})),  # `\"` never closes a quote
    ],
)
def test_formparsers_options_header(value: Any, expected: tuple[str, dict[str, str]]) -> None:
    assert starlette._form_options_header(value) == expected


def test_formparsers_user_safe_decode() -> None:
    assert starlette._user_safe_decode(b"\xc3\xa9", "utf-8") == "\xe9"
    assert starlette._user_safe_decode(b"\xe9", "utf-8") == "\xe9"
    assert starlette._user_safe_decode(b"\xe9", "no-such-codec") == "\xe9"


def test_formparsers_multipart_part_record() -> None:
    part = MultipartPart()
    assert (part.field_name, part.data, part.file, part.item_headers) == (
        "",
        bytearray(),
        None,
        [],
    )
    assert part.content_disposition is None


def test_formparsers_form_message_is_deprecated() -> None:
    with pytest.warns(StarletteDeprecationWarning, match="`FormMessage` is deprecated"):
        assert FormMessage(5) is FormMessage.END


def test_formparsers_limits_answer_400(client: Any) -> None:
    """Through Request.form() in an app, every refusal is a 400 with its message."""
    cases: Sequence[tuple[dict[str, Any], dict[str, Any], str]] = [
        ({"max_fields": 1}, {"data": {"a": "1", "b": "2"}}, "Too many fields"),
        ({"max_part_size": 1024}, {"data": {"a": "x" * 1025}}, "Field exceeded"),
        ({"max_files": 1}, {"files": [("a", b"1"), ("b", b"2")]}, "Too many files"),
        (
            {"max_part_size": 1024},
            {"data": {"a": "x" * 1025}, "files": [("f", b"1")]},
            "Part exceeded maximum size of 1KB.",
        ),
        (
            {},
            {
                "content": _form_part("a", "1"),
                "headers": {"content-type": "multipart/form-data; boundary=B"},
            },
            "closing boundary",
        ),
    ]
    for limits, request_options, message in cases:
        response = client(_form_app(**limits)).post("/", **request_options)
        assert response.status_code == 400, message
        assert message in response.text


def test_formparsers_forms_through_the_app(client: Any) -> None:
    test_client = client(_form_app())
    response = test_client.post("/", data={"a": "1 2", "b": ["x", "y"]})
    assert response.json() == {"a": ["1 2"], "b": ["x", "y"]}
    response = test_client.post("/", data={"a": "1"}, files=[("f", ("f.txt", b"hello"))])
    assert response.json() == {
        "a": ["1"],
        "f": [{"filename": "f.txt", "size": 5, "content": "hello"}],
    }


@pytest.mark.anyio
async def test_formparsers_scope_without_app_raises() -> None:
    """Outside an app (no scope["app"]), Request.form() lets MultiPartException through."""
    messages = [{"type": "http.request", "body": b"a=1&b=2", "more_body": False}]

    async def receive() -> Any:
        return messages.pop(0)

    async def send(message: Any) -> None:  # pragma: no cover - nothing is sent
        raise AssertionError(message)

    scope: Scope = {
        "type": "http",
        "method": "POST",
        "path": "/",
        "headers": [(b"content-type", b"application/x-www-form-urlencoded")],
    }
    with pytest.raises(MultiPartException):
        await Request(scope, receive, send).form(max_fields=1)


def test_formparsers_empty_multipart_body_is_an_empty_form(client: Any) -> None:
    # compat: as in Starlette, no bytes at all is an empty form (FastAPI turns
    # that into its own 422), while a body cut off inside a part stays a 400.
    test_client = client(_form_app())
    multipart = {"content-type": "multipart/form-data; boundary=B"}
    response = test_client.post("/", content=b"", headers=multipart)
    assert (response.status_code, response.json()) == (200, {})
    cut = test_client.post("/", content=b"--B\r\nContent-Disposition: form-da", headers=multipart)
    assert cut.status_code == 400 and "closing boundary" in cut.text


def test_formparsers_read_like_starlette_through_the_app(client: Any) -> None:
    test_client = client(_form_app())
    # An escape that is not UTF-8 is U+FFFD, in names and values alike.
    urlencoded = {"content-type": "application/x-www-form-urlencoded"}
    response = test_client.post("/", content=b"a=%A0&%A0=b&c=%C3%A9", headers=urlencoded)
    assert response.json() == {"a": ["\ufffd"], "\ufffd": ["b"], "c": ["\xe9"]}
    # An unterminated quoted parameter keeps its opening quote.
    multipart = {"content-type": "multipart/form-data; boundary=B"}
    body = b'--B\r\nContent-Disposition: form-data; name="\r\n\r\nv\r\n--B--\r\n'
    assert test_client.post("/", content=body, headers=multipart).json() == {'"': ["v"]}
    body = b'--B\r\nContent-Disposition: form-data; name="f"; filename="a; b\r\n\r\nx\r\n--B--\r\n'
    upload = test_client.post("/", content=body, headers=multipart).json()["f"][0]
    assert upload["filename"] == '"a; b'


def test_formparsers_fastapi_answers_an_empty_multipart_body(client: ClientFactory) -> None:
    fastapi = pytest.importorskip("fastapi")

    from_form = fastapi.Form()

    async def upload(name: str = from_form) -> dict[str, str]:
        return {"name": name}

    app = fastapi.FastAPI()
    app.add_api_route("/", upload, methods=["POST"])
    multipart = {"content-type": "multipart/form-data; boundary=B"}
    response = client(app).post("/", content=b"", headers=multipart)
    # FastAPI's own answer to a missing field, not our 400 for a broken body.
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "name"]


# =============================================================================
# starlette.requests: HTTPConnection, Request
# =============================================================================


def _requests_scope(**changes: Any) -> Scope:
    """A plain HTTP scope for http://testserver/, with `changes` applied."""
    scope: Scope = {
        "type": "http",
        "asgi": {"version": "3.0", "spec_version": "2.4"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "server": ("testserver", 80),
        "client": ("127.0.0.1", 5000),
        "path": "/",
        "raw_path": b"/",
        "root_path": "",
        "query_string": b"",
        "headers": [(b"host", b"testserver")],
    }
    scope.update(changes)
    return scope


def _requests_receiver(*messages: Message) -> Callable[[], Awaitable[Message]]:
    """A `receive` that plays `messages`, then reports a disconnect."""
    queue = list(messages)

    async def receive() -> Message:
        await anyio.lowlevel.checkpoint()
        return queue.pop(0) if queue else {"type": "http.disconnect"}

    return receive


def _requests_body(*chunks: bytes) -> Callable[[], Awaitable[Message]]:
    """A `receive` delivering the body in these pieces."""
    last = len(chunks) - 1
    return _requests_receiver(
        *(
            {"type": "http.request", "body": chunk, "more_body": index < last}
            for index, chunk in enumerate(chunks)
        )
    )


def test_requests_cookie_parser_is_lenient() -> None:
    assert cookie_parser("a=1; b=2") == {"a": "1", "b": "2"}
    assert cookie_parser("a=1; flag; b") == {"a": "1", "": "b"}
    assert cookie_parser("  a = x = y ;; ; =  ; c= ") == {"a": "x = y", "c": ""}
    assert cookie_parser("a=1; a=2") == {"a": "2"}
    assert cookie_parser("") == {}
    # Every ";" separates, even inside quotes; only whole quoted values unquote.
    assert cookie_parser('k="x; y"') == {"k": '"x', "": 'y"'}


def test_requests_cookie_parser_unquotes_like_http_cookies() -> None:
    values = [
        '"plain"',
        '"a\\"b"',
        '"\\012\\377\\400"',
        '"tail\\"',
        '"x\\\ny"',
        '"\\\\\\\\"',
        '"',
        '""',
        "no-quotes\\012",
        '"\\0"',
    ]
    for value in values:
        expected = http.cookies._unquote(value)  # the reference
        assert cookie_parser(f"k={value}") == {"k": expected}, value


def test_requests_cookie_parser_is_linear_time() -> None:
    # Python 3.11's http.cookies needs seconds for 40 KB of backslashes; this is
    # 2 MB of them, which would take it the better part of an hour.
    header = 'k="' + "\\" * 2_000_000 + '"'
    parsed = _finishes(lambda: cookie_parser(header))
    assert parsed == {"k": "\\" * 1_000_000}
    many = "; ".join(f"c{i}=v" for i in range(10_000))
    assert len(cookie_parser(many)) == 10_000


def test_requests_cookie_parser_never_raises() -> None:
    for header in ['"', ";;;", "=", '=""', "\x00=\xff", '"\\', '"\\3"', 'a="\\777"']:
        assert isinstance(cookie_parser(header), dict)


def test_requests_connection_is_a_mapping_over_the_scope() -> None:
    scope = _requests_scope(path="/abc")
    conn: HTTPConnection = HTTPConnection(scope)
    assert conn["path"] == "/abc"
    assert "path" in conn and "nope" not in conn
    assert len(conn) == len(scope)
    assert dict(conn) == scope
    other: HTTPConnection = HTTPConnection(scope)
    assert conn != other and conn == conn
    assert len({conn, other}) == 2
    with pytest.raises(AssertionError):
        HTTPConnection({"type": "lifespan"})
    assert HTTPConnection({"type": "websocket"})["type"] == "websocket"


def test_requests_request_needs_an_http_scope() -> None:
    with pytest.raises(AssertionError):
        Request({"type": "websocket"})
    request = Request({"type": "http", "method": "PUT"})
    assert request.method == "PUT"
    assert request.receive is empty_receive
    assert Request(_requests_scope(), empty_receive, empty_send).scope["method"] == "GET"


def test_requests_url_headers_and_query() -> None:
    scope = _requests_scope(
        path="/items/1",
        query_string=b"a=1&a=2&b=%20x",
        headers=[(b"host", b"example.org:8000"), (b"x-thing", b"yes")],
        path_params={"id": 1},
    )
    request = Request(scope)
    assert str(request.url) == "http://example.org:8000/items/1?a=1&a=2&b=%20x"
    assert request.url is request.url  # computed once
    assert request.headers["X-Thing"] == "yes"
    assert request.headers is request.headers
    assert request.query_params.getlist("a") == ["1", "2"]
    assert request.query_params["b"] == " x"
    assert request.query_params is request.query_params
    assert request.path_params == {"id": 1}
    assert Request({"type": "http"}).path_params == {}


def test_requests_base_url_uses_the_app_root() -> None:
    request = Request(_requests_scope(path="/sub/x", root_path="/sub", query_string=b"q=1"))
    assert str(request.base_url) == "http://testserver/sub/"
    assert request.base_url is request.base_url
    mounted = _requests_scope(path="/api/v1/x", root_path="/api/v1", app_root_path="/api/")
    assert str(Request(mounted).base_url) == "http://testserver/api/"
    assert str(Request(_requests_scope()).base_url) == "http://testserver/"


def test_requests_host_header_cannot_redirect_the_url() -> None:
    for host in (b"evil.com/admin", b"evil.com?x=1", b"evil.com#frag", b"user@evil.com", b"a b"):
        request = Request(_requests_scope(path="/safe", headers=[(b"host", host)]))
        assert request.url.path == "/safe", host
        assert request.url.hostname != "evil.com", host
        assert request.url.query == "", host
        assert request.base_url.path == "/", host


def test_requests_malformed_input_never_raises() -> None:
    scope = _requests_scope(
        query_string=b"%zz&=&a=%ff\xff&&b&c=1=2;d=3%00",
        headers=[(b"x", b"\xff\x00"), (b"cookie", b'\xff\xfe=\x80; ;=; "=\\')],
    )
    request = Request(scope)
    assert request.query_params["c"] == "1=2;d=3\x00"
    assert request.query_params["%zz"] == ""
    assert request.headers["x"] == "\xff\x00"
    assert request.cookies == {"\xff\xfe": "\x80", '"': "\\"}
    assert str(request.url).startswith("http://testserver/?")


def test_requests_cookies_from_every_cookie_header() -> None:
    headers = [(b"cookie", b"a=1; b=2"), (b"x", b"y"), (b"cookie", b'b=3; c="\\"q\\""')]
    request = Request(_requests_scope(headers=headers))
    assert request.cookies == {"a": "1", "b": "3", "c": '"q"'}
    assert request.cookies is request.cookies
    assert Request({"type": "http"}).cookies == {}
    latin = Request(_requests_scope(headers=[(b"cookie", b"n=\xe9\xff")]))
    assert latin.cookies == {"n": "\xe9\xff"}


def test_requests_client_address() -> None:
    assert Request(_requests_scope(client=["10.0.0.1", 42])).client == Address("10.0.0.1", 42)
    # The ignore below: client is not None here.
    assert Request(_requests_scope(client=("h", 1))).client.host == "h"  # type: ignore[union-attr]
    assert Request(_requests_scope(client=None)).client is None
    assert Request({"type": "http"}).client is None


def test_requests_session_auth_user_need_their_middleware() -> None:
    request = Request({"type": "http"})
    with pytest.raises(AssertionError, match="SessionMiddleware must be installed"):
        request.session  # noqa: B018
    with pytest.raises(AssertionError, match="AuthenticationMiddleware must be installed"):
        request.auth  # noqa: B018
    with pytest.raises(AssertionError, match=r"to access request\.user"):
        request.user  # noqa: B018


def test_requests_session_auth_user_read_the_scope() -> None:
    class Session(dict[str, Any]):
        accessed = 0

        def mark_accessed(self) -> None:
            self.accessed += 1

    session = Session(a=1)
    request = Request({"type": "http", "session": session, "auth": "creds", "user": "bob"})
    assert request.session == {"a": 1}
    assert session.accessed == 1
    assert request.auth == "creds" and request.user == "bob"
    plain = Request({"type": "http", "session": {"b": 2}})
    assert plain.session == {"b": 2}


def test_requests_state_writes_through_to_the_scope() -> None:
    scope = _requests_scope(state={"db": "conn"})
    request = Request(scope)
    assert request.state.db == "conn"
    request.state.user = "bob"
    assert scope["state"]["user"] == "bob"
    assert request.state is request.state
    assert isinstance(request.state, State)
    bare: Scope = {"type": "http"}
    Request(bare).state.x = 1
    assert bare["state"] == {"x": 1}
    typed: Request[dict[str, Any]] = Request(_requests_scope())
    assert len(typed.state) == 0


def test_requests_url_for() -> None:
    class Router:
        def url_path_for(self, name: str, /, **params: Any) -> URLPath:
            return URLPath(f"/{name}/{params['id']}")

    request = Request(_requests_scope(router=Router(), root_path="/r", path="/r/x"))
    assert request.url_for("user", id=3) == URL("http://testserver/r/user/3")
    app_only = Request(_requests_scope(app=Router()))
    assert str(app_only.url_for("item", id=1)) == "http://testserver/item/1"
    assert app_only.app is app_only.scope["app"]
    with pytest.raises(RuntimeError, match="can only be used inside a Starlette application"):
        Request(_requests_scope()).url_for("x")


@pytest.mark.anyio
async def test_requests_body_in_one_or_many_pieces() -> None:
    assert await Request(_requests_scope(), _requests_body(b"abc")).body() == b"abc"
    request = Request(_requests_scope(), _requests_body(b"a", b"", b"bc"))
    assert await request.body() == b"abc"
    assert await request.body() == b"abc"  # kept
    empty = _requests_receiver({"type": "http.request"})
    assert await Request(_requests_scope(), empty).body() == b""


@pytest.mark.anyio
async def test_requests_stream_yields_pieces_then_empty() -> None:
    request = Request(_requests_scope(), _requests_body(b"a", b"", b"b"))
    assert [chunk async for chunk in request.stream()] == [b"a", b"b", b""]
    with pytest.raises(RuntimeError, match="Stream consumed"):
        await request.body()
    with pytest.raises(RuntimeError, match="Stream consumed"):
        async for _ in request.stream():
            pass  # pragma: no cover - the stream raises before yielding


@pytest.mark.anyio
async def test_requests_stream_replays_a_read_body() -> None:
    request = Request(_requests_scope(), _requests_body(b"xy", b"z"))
    assert await request.body() == b"xyz"
    assert [chunk async for chunk in request.stream()] == [b"xyz", b""]


@pytest.mark.anyio
async def test_requests_stream_skips_unknown_messages() -> None:
    receive = _requests_receiver(
        {"type": "http.request", "body": b"a", "more_body": True},
        {"type": "server.extension.thing"},
        {"type": "http.request", "body": b"b"},
    )
    assert await Request(_requests_scope(), receive).body() == b"ab"


@pytest.mark.anyio
async def test_requests_disconnect_raises_client_disconnect() -> None:
    request = Request(_requests_scope(), _requests_receiver())
    with pytest.raises(ClientDisconnect):
        await request.body()
    assert await request.is_disconnected()
    partial = Request(
        _requests_scope(),
        _requests_receiver({"type": "http.request", "body": b"x", "more_body": True}),
    )
    with pytest.raises(ClientDisconnect):
        async for _ in partial.stream():
            pass


@pytest.mark.anyio
async def test_requests_without_receive_fail_loudly() -> None:
    with pytest.raises(RuntimeError, match="Receive channel has not been made available"):
        await Request(_requests_scope()).body()
    with pytest.raises(RuntimeError, match="Send channel has not been made available"):
        await empty_send({"type": "http.response.start"})


@pytest.mark.anyio
async def test_requests_json() -> None:
    request = Request(_requests_scope(), _requests_body(b'{"a": [1, null]}'))
    assert await request.json() == {"a": [1, None]}
    assert await request.json() == {"a": [1, None]}
    null = Request(_requests_scope(), _requests_body(b"null"))
    assert await null.json() is None
    assert await null.json() is None
    with pytest.raises(json.JSONDecodeError):
        await Request(_requests_scope(), _requests_body(b"{nope")).json()


@pytest.mark.anyio
async def test_requests_json_too_deep_is_a_decode_error() -> None:
    for body in (b"[" * 100_000, b'{"a":' * 100_000, b"[" * 100_000 + b"]" * 100_000):
        request = Request(_requests_scope(), _requests_body(body))
        with pytest.raises(json.JSONDecodeError, match="nested too deeply"):
            await request.json()


def _requests_form_scope(content_type: bytes, **changes: Any) -> Scope:
    return _requests_scope(method="POST", headers=[(b"content-type", content_type)], **changes)


@pytest.mark.anyio
async def test_requests_form_urlencoded() -> None:
    scope = _requests_form_scope(b"application/x-www-form-urlencoded; charset=utf-8")
    request = Request(scope, _requests_body(b"a=1&b=", b"x+y&a=2"))
    form = await request.form()
    assert form.getlist("a") == ["1", "2"] and form["b"] == "x y"
    assert await request.form() is form  # kept
    await request.close()


_REQUESTS_MULTIPART = (
    b"--XyZ\r\n"
    b'Content-Disposition: form-data; name="field"\r\n\r\n'
    b"value\r\n"
    b"--XyZ\r\n"
    b'Content-Disposition: form-data; name="upload"; filename="a.txt"\r\n'
    b"Content-Type: text/plain\r\n\r\n"
    b"file body\r\n"
    b"--XyZ--\r\n"
)


@pytest.mark.anyio
async def test_requests_form_multipart_closes_files_in_context() -> None:
    scope = _requests_form_scope(b"Multipart/Form-Data; boundary=XyZ")
    request = Request(scope, _requests_body(_REQUESTS_MULTIPART[:40], _REQUESTS_MULTIPART[40:]))
    async with request.form() as form:
        assert form["field"] == "value"
        upload = form["upload"]
        assert isinstance(upload, UploadFile)
        assert await upload.read() == b"file body"
    assert upload.file.closed


@pytest.mark.anyio
async def test_requests_form_limits() -> None:
    scope = _requests_form_scope(b"multipart/form-data; boundary=XyZ")
    request = Request(scope, _requests_body(_REQUESTS_MULTIPART))
    with pytest.raises(MultiPartException, match="Too many files"):
        await request.form(max_files=0)
    inside_app = _requests_form_scope(b"application/x-www-form-urlencoded", app=object())
    request = Request(inside_app, _requests_body(b"a=1&b=2"))
    with pytest.raises(HTTPException) as info:
        await request.form(max_fields=1)
    assert info.value.status_code == 400
    assert "Too many fields" in info.value.detail


class _RequestsStreamWatcher(Request):
    """A Request that records whether the stream handed to the parser was closed."""

    stream_closed = False

    async def stream(self) -> AsyncGenerator[bytes, None]:
        try:
            async with aclosing(super().stream()) as chunks:
                async for chunk in chunks:
                    yield chunk
        finally:
            self.stream_closed = True


@pytest.mark.anyio
async def test_requests_form_closes_the_stream_when_parsing_fails() -> None:
    # The parser stops at the second field, with body still to come: the stream
    # must be closed at once, not left for the garbage collector (trio warns).
    for content_type, limits in (
        (b"application/x-www-form-urlencoded", {"max_fields": 1}),
        (b"multipart/form-data; boundary=XyZ", {"max_files": 0}),
    ):
        chunks = (
            (b"a=1&b=2&", b"c=3", b"&d=4")
            if b"url" in content_type
            else (
                _REQUESTS_MULTIPART[:100],
                _REQUESTS_MULTIPART[100:],
            )
        )
        request = _RequestsStreamWatcher(
            _requests_form_scope(content_type), _requests_body(*chunks)
        )
        with pytest.raises(MultiPartException) as info:
            await request.form(**limits)
        assert request.stream_closed, info.value


@pytest.mark.anyio
async def test_requests_form_of_another_type_is_empty() -> None:
    receive = _requests_body(b"{}")
    for scope in (_requests_form_scope(b"application/json"), _requests_scope()):
        request = Request(scope, receive)
        form = await request.form()
        assert isinstance(form, FormData) and len(form) == 0
    await Request(_requests_scope()).close()  # no form: nothing to close


@pytest.mark.anyio
async def test_requests_is_disconnected_does_not_wait() -> None:
    async def never() -> Message:
        await anyio.sleep_forever()
        raise AssertionError("unreachable")  # pragma: no cover - the test never lets it run

    request = Request(_requests_scope(), never)
    with anyio.fail_after(10):
        assert not await request.is_disconnected()

    async def gone() -> Message:
        return {"type": "http.disconnect"}

    request = Request(_requests_scope(), gone)
    assert await request.is_disconnected()
    request._receive = never  # already known: receive is not asked again
    assert await request.is_disconnected()


@pytest.mark.anyio
async def test_requests_send_push_promise() -> None:
    sent: list[Message] = []

    async def send(message: Message) -> None:
        sent.append(message)

    headers = [(b"accept", b"text/css"), (b"cookie", b"secret=1"), (b"user-agent", b"ua")]
    scope = _requests_scope(headers=headers, extensions={"http.response.push": {}})
    await Request(scope, send=send).send_push_promise("/style.css")
    assert sent == [
        {
            "type": "http.response.push",
            "path": "/style.css",
            "headers": [(b"accept", b"text/css"), (b"user-agent", b"ua")],
        }
    ]
    await Request(_requests_scope(), send=send).send_push_promise("/x.css")
    assert len(sent) == 1
    with pytest.raises(RuntimeError, match="Send channel"):
        await Request(scope).send_push_promise("/x.css")


@pytest.mark.anyio
async def test_requests_send_early_hints() -> None:
    sent: list[Message] = []

    async def send(message: Message) -> None:
        sent.append(message)

    scope = _requests_scope(extensions={"http.response.early_hint": {}})
    request = Request(scope, send=send)
    await request.send_early_hints("</a.css>; rel=preload", "</b.js>; rel=modulepreload")
    assert sent == [
        {
            "type": "http.response.early_hint",
            "links": [b"</a.css>; rel=preload", b"</b.js>; rel=modulepreload"],
        }
    ]
    for bad in ("</a>\r\nSet-Cookie: x=1", "</a>\n", "</a>\0"):
        with pytest.raises(ValueError, match="line break"):
            await request.send_early_hints("</ok>", bad)
    assert len(sent) == 1
    await Request(_requests_scope(), send=send).send_early_hints("</a.css>")
    assert len(sent) == 1


def test_requests_through_the_test_client(client: ClientFactory) -> None:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive)
        data = await request.json() if request.method == "POST" else None
        response = JSONResponse(
            {
                "url": str(request.url),
                "query": request.query_params.multi_items(),
                "cookies": request.cookies,
                "json": data,
                "disconnected": await request.is_disconnected(),
            }
        )
        response.set_cookie("seen", "yes")
        await response(scope, receive, send)

    test_client = client(app)
    first = test_client.post("/p?a=1&a=2", json={"x": [1, 2]})
    assert first.json() == {
        "url": "http://testserver/p?a=1&a=2",
        "query": [["a", "1"], ["a", "2"]],
        "cookies": {},
        "json": {"x": [1, 2]},
        "disconnected": False,
    }
    second = test_client.get("/", headers={"host": "example.org/evil?x"})
    assert second.json()["cookies"] == {"seen": "yes"}
    assert second.json()["url"].endswith("/")


@pytest.mark.anyio
async def test_requests_private_attributes_exist_when_starlettes_do() -> None:
    # compat: subclasses look at these, so they exist exactly when Starlette's do.
    request: Request = Request(_requests_scope(method="POST"), _requests_body(b"[1]"))
    caches = ("_body", "_json", "_url", "_base_url", "_headers", "_query_params", "_cookies")
    assert not any(hasattr(request, name) for name in (*caches, "_state"))
    assert request._form is None and request._send is empty_send
    assert not (request._stream_consumed or request._is_disconnected)
    assert request.url and request.base_url and request.headers is request.headers
    assert not request.query_params and request.cookies == {} and request.state is request.state
    assert await request.json() == [1] and request._stream_consumed
    assert all(hasattr(request, name) for name in (*caches, "_state"))


class _RequestsGzip(Request):
    """FastAPI's documented GzipRequest: body() decompresses, cached with hasattr."""

    async def body(self) -> bytes:
        if not hasattr(self, "_body"):
            body = await super().body()
            if "gzip" in self.headers.getlist("Content-Encoding"):
                body = gzip.decompress(body)
            self._body = body
        return self._body


def test_requests_subclass_caching_its_body_feeds_json_and_form(client: ClientFactory) -> None:
    async def endpoint(request: Request) -> JSONResponse:
        gzipped = _RequestsGzip(request.scope, request.receive)
        if request.url.path == "/json":
            return JSONResponse(await gzipped.json())
        await gzipped.body()  # once read (decompressed), form() and stream() replay it
        form = await gzipped.form()
        streamed = b"".join([chunk async for chunk in gzipped.stream()])
        return JSONResponse({"form": dict(form), "stream": streamed.decode()})

    app = Starlette(routes=[Route("/json", endpoint, methods=["POST"])])
    app.router.routes.append(Route("/form", endpoint, methods=["POST"]))
    test_client = client(app)
    headers = {"content-encoding": "gzip"}
    response = test_client.post("/json", content=gzip.compress(b'{"a": [1, 2]}'), headers=headers)
    assert response.json() == {"a": [1, 2]}
    headers["content-type"] = "application/x-www-form-urlencoded"
    response = test_client.post("/form", content=gzip.compress(b"x=1&y=2"), headers=headers)
    assert response.json() == {"form": {"x": "1", "y": "2"}, "stream": "x=1&y=2"}


def test_requests_fastapi_custom_request_class(client: ClientFactory) -> None:
    """FastAPI's "Custom Request and APIRoute class" recipe, on this file."""
    fastapi = pytest.importorskip("fastapi")

    def get_route_handler(route: Any) -> Callable[[Request], Awaitable[Response]]:
        handler = fastapi.routing.APIRoute.get_route_handler(route)

        async def gzip_handler(request: Request) -> Response:
            response: Response = await handler(_RequestsGzip(request.scope, request.receive))
            return response

        return gzip_handler

    gzip_route = type("GzipRoute", (fastapi.routing.APIRoute,), {})
    gzip_route.get_route_handler = get_route_handler  # type: ignore[attr-defined]  # the recipe

    from_body = fastapi.Body()

    async def total(numbers: list[int] = from_body) -> dict[str, int]:
        return {"sum": sum(numbers)}

    app = fastapi.FastAPI()
    app.router.route_class = gzip_route
    app.add_api_route("/sum", total, methods=["POST"])
    body = gzip.compress(b"[1, 2, 3]")
    headers = {"content-encoding": "gzip", "content-type": "application/json"}
    response = client(app).post("/sum", content=body, headers=headers)
    assert (response.status_code, response.json()) == (200, {"sum": 6})


# =============================================================================
# starlette.responses: Response family, FileResponse with ranges
# =============================================================================


def _responses_scope(**changes: Any) -> Scope:
    scope: Scope = {
        "type": "http",
        "asgi": {"version": "3.0", "spec_version": "2.4"},
        "method": "GET",
        "path": "/",
        "headers": [],
    }
    scope.update(changes)
    return scope


async def _responses_quiet_receive() -> Message:
    await anyio.sleep_forever()
    raise AssertionError("unreachable")  # pragma: no cover - the test never lets it run


async def _responses_call(
    app: Any, scope: Scope | None = None, receive: Any = None
) -> list[Message]:
    """Run an ASGI app once; return every message it sent."""
    sent: list[Message] = []

    async def send(message: Message) -> None:
        sent.append(message)

    await app(scope or _responses_scope(), receive or _responses_quiet_receive, send)
    return sent


def _responses_body(messages: list[Message]) -> bytes:
    assert messages[0]["type"] == "http.response.start"
    assert all(m["type"] == "http.response.body" for m in messages[1:])
    assert not messages[-1].get("more_body", False)
    assert all(m["more_body"] for m in messages[1:-1])
    return b"".join(m["body"] for m in messages[1:])


def _responses_headers(messages: list[Message]) -> Headers:
    return Headers(raw=messages[0]["headers"])


@pytest.mark.anyio
async def test_responses_response_sends_start_then_body() -> None:
    ran: list[str] = []
    response = Response("hi", 201, {"X-A": "1"}, "text/plain", BackgroundTask(ran.append, "bg"))
    sent = await _responses_call(response)
    assert sent == [
        {
            "type": "http.response.start",
            "status": 201,
            "headers": [
                (b"x-a", b"1"),
                (b"content-length", b"2"),
                (b"content-type", b"text/plain; charset=utf-8"),
            ],
        },
        {"type": "http.response.body", "body": b"hi"},
    ]
    assert ran == ["bg"]


def test_responses_render() -> None:
    assert Response().body == b""
    assert Response(b"\x00\xff").body == b"\x00\xff"
    assert Response("\u00e9").body == b"\xc3\xa9"
    typed = Response(memoryview(b"01234567").cast("I"))
    assert bytes(typed.body) == b"01234567" and typed.headers["content-length"] == "8"
    strided = Response(memoryview(b"01234567")[::2])
    assert strided.body == b"0246" and strided.headers["content-length"] == "4"

    class Latin1Response(Response):
        charset = "latin-1"
        media_type = "text/plain"

    latin = Latin1Response("\u00e9")
    assert latin.body == b"\xe9"
    assert latin.headers["content-type"] == "text/plain; charset=latin-1"
    again = Latin1Response("x")  # the same pair, now from the cache
    assert again.headers["content-type"] == "text/plain; charset=latin-1"

    class Text(str): ...

    assert Response(Text("\u00e9t\u00e9")).body == "\u00e9t\u00e9".encode()
    big = Response(b"x" * 5000)  # past the shared small-length pairs
    assert big.headers["content-length"] == "5000"
    assert Response(b"y" * 5000).raw_headers == [(b"content-length", b"5000")]


def test_responses_content_length_and_type_rules() -> None:
    assert Response().raw_headers == [(b"content-length", b"0")]
    for status in (100, 101, 199, 204, 304):
        assert "content-length" not in Response(status_code=status).headers
    assert Response(status_code=205).headers["content-length"] == "0"
    given = Response(
        "abc", headers={"Content-Length": "9", "Content-Type": "x/y"}, media_type="text/html"
    )
    assert given.raw_headers == [(b"content-length", b"9"), (b"content-type", b"x/y")]
    assert Response(media_type="text/plain; Charset=ascii").headers["content-type"] == (
        "text/plain; Charset=ascii"
    )
    assert Response(media_type="image/png").headers["content-type"] == "image/png"
    assert HTMLResponse("x").headers["content-type"] == "text/html; charset=utf-8"
    assert PlainTextResponse("x").headers["content-type"] == "text/plain; charset=utf-8"
    # Many distinct media types do not grow the encoded-header cache without bound.
    for index in range(300):
        assert Response(media_type=f"text/x-{index}").headers["content-type"].startswith("text/x-")


def test_responses_headers_refuse_line_breaks_and_nul() -> None:
    for name, value in (
        ("x", "a\r\nSet-Cookie: s=1"),
        ("x", "a\nb"),
        ("x", "a\0"),
        ("x\r\ny", "1"),
    ):
        with pytest.raises(ValueError, match="line break or NUL"):
            Response(headers={name: value})
    for name in ("X A", "X-A: injected", "", "x\ty", "a/b"):
        # RFC 9110 section 5.1: a header name is a token.
        with pytest.raises(ValueError, match=re.escape(f"Invalid header name {name!r}")):
            Response(headers={name: "1"})
        with pytest.raises(ValueError, match="RFC 9110 token"):
            JSONResponse({}, headers={name: "1"})
    with pytest.raises(ValueError, match="line break or NUL"):
        Response(media_type="text/html\r\nX-Evil: 1")
    with pytest.raises(UnicodeEncodeError):
        Response(headers={"x": "\u2603"})
    tabbed = Response(headers={"x-tab": "a\tb", "x-latin": "caf\u00e9"})
    assert tabbed.raw_headers[:2] == [(b"x-tab", b"a\tb"), (b"x-latin", b"caf\xe9")]


def test_responses_headers_view_edits_raw_headers() -> None:
    response = Response("x", headers={"x-one": "1"})
    headers = response.headers
    assert headers is response.headers
    headers["X-Two"] = "2"
    assert (b"x-two", b"2") in response.raw_headers
    response.set_cookie("c", "v")
    assert headers["set-cookie"] == "c=v; Path=/; SameSite=lax"


def _responses_reference_cookie(key: str, value: str, **attrs: Any) -> str:
    cookie: http.cookies.SimpleCookie = http.cookies.SimpleCookie()
    cookie[key] = value
    for name, attr in attrs.items():
        cookie[key][name] = attr
    return cookie.output(header="").strip()


def test_responses_set_cookie_matches_http_cookies(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(time, "time", lambda: 2_000_000_000.0)
    cases: list[tuple[dict[str, Any], dict[str, Any]]] = [
        ({}, {"path": "/", "samesite": "lax"}),
        (
            {"max_age": 10, "expires": 10, "path": "/p", "domain": "d.org", "secure": True},
            {
                "max-age": 10,
                "expires": 10,
                "path": "/p",
                "domain": "d.org",
                "secure": True,
                "samesite": "lax",
            },
        ),
        (
            {"httponly": True, "samesite": "Strict"},
            {"httponly": True, "path": "/", "samesite": "Strict"},
        ),
        ({"path": None, "samesite": None}, {}),
        ({"path": "", "domain": ""}, {"samesite": "lax"}),
        (
            {"expires": "Thu, 22 Jan 2037 12:00:10 GMT"},
            {"expires": "Thu, 22 Jan 2037 12:00:10 GMT", "path": "/", "samesite": "lax"},
        ),
        (
            {"max_age": 0, "expires": 0},
            {"max-age": 0, "expires": 0, "path": "/", "samesite": "lax"},
        ),
        ({"max_age": "15"}, {"max-age": "15", "path": "/", "samesite": "lax"}),
    ]
    for value in ("v", "", "a b", 'q"uote\\', "\r\n\0;,", "\x7f\xff", "{}[]()"):
        for options, reference in cases:
            response = Response()
            response.set_cookie("name", value, **options)
            expected = _responses_reference_cookie("name", value, **reference)
            assert response.headers["set-cookie"] == expected, (value, options)


def test_responses_set_cookie_expires_forms(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        time, "time", lambda: dt.datetime(2037, 1, 22, 12, 0, 0, tzinfo=dt.UTC).timestamp()
    )
    for expires in (
        dt.datetime(2037, 1, 22, 12, 0, 10, tzinfo=dt.UTC),
        "Thu, 22 Jan 2037 12:00:10 GMT",
        10,
    ):
        response = Response()
        response.set_cookie("c", "v", expires=expires)
        assert "expires=Thu, 22 Jan 2037 12:00:10 GMT;" in response.headers["set-cookie"]


def test_responses_set_cookie_refuses_bad_input() -> None:
    response = Response()
    with pytest.raises(AssertionError, match="samesite must be either 'strict', 'lax' or 'none'"):
        # The ignore below: deliberately wrong type.
        response.set_cookie("c", samesite="sometimes")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="Partitioned cookies are only supported in Python 3.14"):
        response.set_cookie("c", partitioned=True)
    with pytest.raises(ValueError, match="Partitioned"):
        response.delete_cookie("c", partitioned=True)
    for key in ("", "a b", "a;b", "a\r\nb", "Path", "expires", "max-age"):
        with pytest.raises(http.cookies.CookieError):
            response.set_cookie(key, "v")
        with pytest.raises(ValueError):
            response.set_cookie(key, "v")
    attacks: list[dict[str, Any]] = [
        {"path": "/; Domain=evil.org"},
        {"path": "/\r\nX-Evil: 1"},
        {"domain": "a.org\nb"},
        {"domain": "a.org\0"},
        {"expires": "Thu; Secure"},
        {"max_age": "1; HttpOnly"},
    ]
    for attack in attacks:
        with pytest.raises(ValueError, match="line break, NUL or ';'"):
            response.set_cookie("c", "v", **attack)
    assert "set-cookie" not in response.headers


def test_responses_delete_cookie() -> None:
    response = Response()
    response.delete_cookie(
        "c", path="/p", domain="d.org", secure=True, httponly=True, samesite="none"
    )
    cookie = http.cookies.SimpleCookie(response.headers["set-cookie"])["c"]
    assert cookie.value == ""
    assert cookie["max-age"] == "0"
    assert cookie["path"] == "/p" and cookie["domain"] == "d.org"
    assert cookie["secure"] is True and cookie["httponly"] is True
    assert cookie["samesite"] == "none"


@pytest.mark.anyio
async def test_responses_websocket_denial_prefixes_types() -> None:
    ran: list[int] = []
    response = PlainTextResponse("no", status_code=403, background=BackgroundTask(ran.append, 1))
    sent = await _responses_call(response, {"type": "websocket", "headers": []})
    assert [m["type"] for m in sent] == [
        "websocket.http.response.start",
        "websocket.http.response.body",
    ]
    assert sent[0]["status"] == 403 and sent[1]["body"] == b"no"
    assert ran == [1]
    # Other messages pass through untouched.
    seen: list[Message] = []

    async def send(message: Message) -> None:
        seen.append(message)

    wrapped = response._wrap_websocket_denial_send(send)
    await wrapped({"type": "websocket.close", "code": 1000})
    assert seen == [{"type": "websocket.close", "code": 1000}]


def test_responses_json() -> None:
    response = JSONResponse({"a": "\u00e9", "b": [1, 2.5, None, True]})
    assert response.body == '{"a":"\u00e9","b":[1,2.5,null,true]}'.encode()
    assert response.headers["content-type"] == "application/json"
    assert JSONResponse(None).body == b"null"
    assert (
        JSONResponse([], status_code=201, media_type="application/vnd.x+json").headers[
            "content-type"
        ]
        == "application/vnd.x+json"
    )
    with pytest.raises(ValueError, match="Out of range float values"):
        JSONResponse({"x": float("nan")})
    with pytest.raises(TypeError, match="not JSON serializable"):
        JSONResponse({"x": object()})


def test_responses_json_matches_json_dumps() -> None:
    values: list[Any] = [
        "plain",
        '\u00e9\u2603\n"\x00',
        0,
        -1.5e300,
        True,
        None,
        [],
        {},
        {"nested": {"list": [1, {"a": None}], "tuple": (1, 2)}, 3: "int key", None: 1},
        [[[[["deep"]]]]],
    ]
    for value in values:
        expected = json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
        assert JSONResponse(value).body == expected.encode(), value


def test_responses_json_renders_through_json_dumps(client: ClientFactory) -> None:
    # compat: FastAPI's tests patch starlette.responses.json.dumps; code that
    # wraps json.dumps must see every JSONResponse, with Starlette's arguments.
    with mock.patch("json.dumps", wraps=json.dumps) as dumps:
        assert JSONResponse({"a": "\u00e9"}).body == '{"a":"\u00e9"}'.encode()
    dumps.assert_called_once_with(
        {"a": "\u00e9"}, ensure_ascii=False, allow_nan=False, indent=None, separators=(",", ":")
    )

    async def endpoint(request: Request) -> JSONResponse:
        return JSONResponse({"real": True})

    with mock.patch("starlette.json.dumps", return_value='"patched"'):
        response = client(Starlette(routes=[Route("/", endpoint)])).get("/")
    assert (response.text, response.headers["content-length"]) == ('"patched"', "9")


def test_responses_json_circular_and_too_deep() -> None:
    circular: list[Any] = []
    circular.append(circular)
    with pytest.raises(ValueError, match="Circular reference detected"):
        JSONResponse({"loop": circular})
    deep: list[Any] = []
    for _ in range(100_000):
        deep = [deep]
    with pytest.raises(RecursionError):
        JSONResponse(deep)


def test_responses_redirect() -> None:
    response = RedirectResponse("/I \u2665 Starlette/?q=a b&x=/:@#frag")
    assert response.status_code == 307
    assert response.headers["location"] == "/I%20%E2%99%A5%20Starlette/?q=a%20b&x=/:@#frag"
    assert response.headers["content-length"] == "0"
    assert response.body == b""
    split = RedirectResponse("/x\r\nSet-Cookie: a=1", status_code=302)
    assert split.headers["location"] == "/x%0D%0ASet-Cookie:%20a=1"
    given = RedirectResponse(URL("https://a.org/b"), 301, headers={"Location": "/old", "X-A": "1"})
    assert given.headers.getlist("location") == ["https://a.org/b"]
    assert given.headers["x-a"] == "1"


async def _responses_numbers() -> AsyncIterator[str | bytes | memoryview]:
    yield "1"
    yield b", 2"
    yield memoryview(b", 3")


@pytest.mark.anyio
async def test_responses_streaming_async_and_sync() -> None:
    ran: list[str] = []
    response = StreamingResponse(
        _responses_numbers(), media_type="text/plain", background=BackgroundTask(ran.append, "bg")
    )
    assert "content-length" not in response.headers
    sent = await _responses_call(response)
    assert sent[0]["headers"] == [(b"content-type", b"text/plain; charset=utf-8")]
    assert _responses_body(sent) == b"1, 2, 3"
    assert ran == ["bg"]

    def blocking() -> Iterator[str]:
        yield from ("a", "\u00e9")

    sync = StreamingResponse(blocking(), headers={"content-length": "3"})
    sent = await _responses_call(sync)
    assert _responses_body(sent) == b"a\xc3\xa9"
    assert _responses_headers(sent)["content-length"] == "3"


@pytest.mark.anyio
async def test_responses_streaming_send_error_is_client_disconnect() -> None:
    async def forever() -> AsyncGenerator[bytes, None]:
        while True:
            yield b"chunk"

    stream = forever()
    count = 0

    async def send(message: Message) -> None:
        nonlocal count
        count += 1
        if count > 2:
            raise OSError("gone")

    with anyio.fail_after(10), pytest.raises(ClientDisconnect):
        await StreamingResponse(stream)(_responses_scope(), _responses_quiet_receive, send)
    await stream.aclose()


@pytest.mark.anyio
async def test_responses_streaming_stops_on_disconnect_before_spec_2_4() -> None:
    disconnected = anyio.Event()
    ran: list[int] = []

    async def receive() -> Message:
        await disconnected.wait()
        return {"type": "http.disconnect"}

    async def forever() -> AsyncIterator[bytes]:
        while True:
            await anyio.lowlevel.checkpoint()
            yield b"chunk"

    async def send(message: Message) -> None:
        if message["type"] == "http.response.body":
            disconnected.set()

    response = StreamingResponse(forever(), background=BackgroundTask(ran.append, 1))
    with anyio.fail_after(10):
        await response({"type": "http", "asgi": {"version": "3.0"}}, receive, send)
    assert ran == [1]
    # A finished body stops the disconnect listener in turn.
    messages: list[Message] = [{"type": "http.request", "body": b""}, {"type": "other"}]

    async def receive_then_wait() -> Message:
        if messages:
            return messages.pop(0)
        await anyio.sleep_forever()
        raise AssertionError("unreachable")  # pragma: no cover - the test never lets it run

    with anyio.fail_after(10):
        sent = await _responses_call(
            StreamingResponse(_responses_numbers()),
            {"type": "http", "asgi": {"spec_version": "2.3"}},
            receive_then_wait,
        )
    assert _responses_body(sent) == b"1, 2, 3"


@pytest.mark.anyio
async def test_responses_streaming_on_websocket_denial() -> None:
    ran: list[int] = []
    response = StreamingResponse(_responses_numbers(), background=BackgroundTask(ran.append, 1))
    sent = await _responses_call(response, {"type": "websocket"})
    assert [m["type"] for m in sent] == ["websocket.http.response.start"] + [
        "websocket.http.response.body"
    ] * 4
    assert ran == [1]


# --- FileResponse ------------------------------------------------------------

_RESPONSES_TEXT = b"0123456789abcdefghijklmnopqrstuvwxyz" * 10  # 360 bytes


@pytest.fixture
def text_file(tmp_path: Path) -> Path:
    path = tmp_path / "data.txt"
    path.write_bytes(_RESPONSES_TEXT)
    return path


@pytest.mark.anyio
async def test_responses_file_basic(text_file: Path) -> None:
    class SmallChunks(FileResponse):
        chunk_size = 100

    ran: list[int] = []
    response = SmallChunks(text_file, background=BackgroundTask(ran.append, 1))
    sent = await _responses_call(response)
    assert sent[0]["status"] == 200
    assert [len(m["body"]) for m in sent[1:]] == [100, 100, 100, 60]
    assert _responses_body(sent) == _RESPONSES_TEXT
    headers = _responses_headers(sent)
    assert headers["content-type"] == "text/plain; charset=utf-8"
    assert headers["content-length"] == "360"
    assert headers["accept-ranges"] == "bytes"
    stat = os.stat(text_file)
    assert headers["last-modified"] == response.headers["last-modified"]
    assert headers["etag"].startswith('"') and len(headers["etag"]) == 34
    assert str(stat.st_size) == headers["content-length"]
    assert "content-disposition" not in headers
    assert ran == [1]
    # The same response object can answer again (headers are not duplicated).
    again = await _responses_call(response)
    assert again[0]["headers"] == sent[0]["headers"]


@pytest.mark.anyio
async def test_responses_file_exact_chunk_multiple(tmp_path: Path) -> None:
    path = tmp_path / "even.bin"
    path.write_bytes(b"x" * 200)

    class Chunks(FileResponse):
        chunk_size = 100

    sent = await _responses_call(Chunks(path))
    assert [len(m["body"]) for m in sent[1:]] == [100, 100, 0]
    empty = tmp_path / "empty"
    empty.write_bytes(b"")
    sent = await _responses_call(FileResponse(empty))
    assert _responses_body(sent) == b"" and len(sent) == 2


def test_responses_file_headers_at_init(text_file: Path) -> None:
    response = FileResponse(
        text_file, filename='r\u00e9sum\u00e9 "1".pdf', stat_result=text_file.stat()
    )
    assert response.headers["content-type"] == "application/pdf"
    assert response.headers["content-disposition"] == (
        "attachment; filename*=utf-8''r%C3%A9sum%C3%A9%20%221%22.pdf"
    )
    assert response.headers["content-length"] == "360"
    plain = FileResponse(text_file, filename="a.png", content_disposition_type="inline")
    assert plain.headers["content-disposition"] == 'inline; filename="a.png"'
    assert plain.headers["content-type"] == "image/png"
    assert FileResponse(text_file, media_type="x/y").headers["content-type"] == "x/y"
    unknown = FileResponse(Path(text_file.parent, "file.unknownext"))
    assert unknown.headers["content-type"] == "application/octet-stream"
    line_break = FileResponse(text_file, filename="a\r\nb")
    assert line_break.headers["content-disposition"] == "attachment; filename*=utf-8''a%0D%0Ab"
    with pytest.raises(ValueError, match="line break"):
        FileResponse(text_file, filename="a", content_disposition_type="inline\r\nX: 1")
    given = FileResponse(
        text_file, headers={"Accept-Ranges": "none", "ETag": '"mine"'}, stat_result=text_file.stat()
    )
    assert given.headers["accept-ranges"] == "none" and given.headers["etag"] == '"mine"'


@pytest.mark.anyio
async def test_responses_file_missing_or_not_a_file(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match="does not exist"):
        await _responses_call(FileResponse(tmp_path / "nope.txt"))
    with pytest.raises(RuntimeError, match="is not a file"):
        await _responses_call(FileResponse(tmp_path))


@pytest.mark.anyio
async def test_responses_file_head_pathsend_and_websocket(text_file: Path) -> None:
    head = await _responses_call(FileResponse(text_file), _responses_scope(method="head"))
    assert head[1] == {"type": "http.response.body", "body": b"", "more_body": False}
    assert _responses_headers(head)["content-length"] == "360"
    scope = _responses_scope(
        extensions={"http.response.pathsend": {}}, asgi={"spec_version": "2.0"}
    )
    sent = await _responses_call(FileResponse(text_file), scope)
    assert sent[1] == {"type": "http.response.pathsend", "path": str(text_file)}
    denial = await _responses_call(FileResponse(text_file), {"type": "websocket", "headers": []})
    assert denial[0]["type"] == "websocket.http.response.start"
    assert b"".join(m["body"] for m in denial[1:]) == _RESPONSES_TEXT


async def _responses_get_range(path: Path, range_: str, **changes: Any) -> list[Message]:
    headers = [(b"range", range_.encode("latin-1"))] + changes.pop("headers", [])
    return await _responses_call(FileResponse(path), _responses_scope(headers=headers, **changes))


@pytest.mark.anyio
async def test_responses_file_single_ranges(text_file: Path) -> None:
    cases = {
        "bytes=0-9": (0, 10),
        "bytes=350-": (350, 360),
        "bytes=-5": (355, 360),
        "bytes=-1000": (0, 360),
        "bytes=10-10": (10, 11),
        "bytes=300-99999999999999999999999": (300, 360),
        "Bytes = 5-6": (5, 7),
        "bytes=0-1, 1-2, 2-3": (0, 4),
        "bytes=x-y, 4-5, 9": (4, 6),
        "bytes= - , 4-5": (4, 6),
    }
    for range_, (start, end) in cases.items():
        sent = await _responses_get_range(text_file, range_)
        assert sent[0]["status"] == 206, range_
        headers = _responses_headers(sent)
        assert headers["content-range"] == f"bytes {start}-{end - 1}/360", range_
        assert headers["content-length"] == str(end - start)
        assert headers.getlist("content-length") == [str(end - start)]
        assert _responses_body(sent) == _RESPONSES_TEXT[start:end], range_


@pytest.mark.anyio
async def test_responses_file_single_range_in_chunks(text_file: Path) -> None:
    class Chunks(FileResponse):
        chunk_size = 4

    scope = _responses_scope(headers=[(b"range", b"bytes=2-11")])
    sent = await _responses_call(Chunks(text_file), scope)
    assert [m["body"] for m in sent[1:]] == [b"2345", b"6789", b"ab"]
    head = await _responses_call(
        Chunks(text_file), _responses_scope(method="HEAD", headers=scope["headers"])
    )
    assert head[0]["status"] == 206 and head[1]["body"] == b""
    # A file that shrank after its size was taken ends the body early.
    shrunk = Chunks(text_file, stat_result=text_file.stat())
    text_file.write_bytes(b"0123")
    sent = await _responses_call(shrunk, scope)
    assert _responses_body(sent) == b"23"


def _responses_parts(body: bytes, boundary: str) -> list[tuple[str, bytes]]:
    pieces = body.split(f"--{boundary}".encode())
    assert pieces[0] == b"" and pieces[-1] == b"--"
    result = []
    for piece in pieces[1:-1]:
        head, _, data = piece.partition(b"\r\n\r\n")
        assert data.endswith(b"\r\n")
        lines = head.decode().strip().split("\r\n")
        assert lines[0] == "Content-Type: text/plain; charset=utf-8"
        result.append((lines[1], data[:-2]))
    return result


@pytest.mark.anyio
async def test_responses_file_multiple_ranges(text_file: Path) -> None:
    sent = await _responses_get_range(text_file, "bytes=100-109, 0-4, 20-29, 25-34, -3")
    assert sent[0]["status"] == 206
    headers = _responses_headers(sent)
    content_type = headers["content-type"]
    assert content_type.startswith("multipart/byteranges; boundary=")
    assert "content-range" not in headers
    body = _responses_body(sent)
    assert headers["content-length"] == str(len(body))
    boundary = content_type.partition("boundary=")[2]
    assert len(boundary) == 26
    assert _responses_parts(body, boundary) == [
        ("Content-Range: bytes 0-4/360", _RESPONSES_TEXT[0:5]),
        ("Content-Range: bytes 20-34/360", _RESPONSES_TEXT[20:35]),
        ("Content-Range: bytes 100-109/360", _RESPONSES_TEXT[100:110]),
        ("Content-Range: bytes 357-359/360", _RESPONSES_TEXT[357:360]),
    ]
    head = await _responses_get_range(text_file, "bytes=0-4,10-14", method="HEAD")
    assert head[1]["body"] == b"" and _responses_headers(head)["content-length"] != "0"


@pytest.mark.anyio
async def test_responses_file_multiple_ranges_on_a_shrinking_file(text_file: Path) -> None:
    response = FileResponse(text_file, stat_result=text_file.stat())
    text_file.write_bytes(b"012")
    with pytest.raises(RuntimeError, match="is shorter than expected"):
        await _responses_call(response, _responses_scope(headers=[(b"range", b"bytes=0-1,5-7")]))


@pytest.mark.anyio
async def test_responses_file_range_errors(text_file: Path) -> None:
    cases = {
        "bytes: 0-10": (400, b"Malformed range header."),
        "items=0-10": (400, b"Only support bytes range"),
        "bytes=": (400, b"Range header: range must be requested"),
        "bytes=a-b, 5": (400, b"Range header: range must be requested"),
        "bytes=" + "9" * 5000 + "-": (400, b"Range header: range must be requested"),
        "bytes=20-10": (400, b"Range header: start must be less than end"),
        "bytes=0-1, 20-10": (400, b"Range header: start must be less than end"),
        "bytes=360-": (416, b""),
        "bytes=0-1, 99999999999999999999-": (416, b""),
        "bytes=--5": (416, b""),
    }
    for range_, (status_code, text) in cases.items():
        sent = await _responses_get_range(text_file, range_)
        assert sent[0]["status"] == status_code, range_
        assert _responses_body(sent) == text
        if status_code == 416:
            assert _responses_headers(sent)["content-range"] == "bytes */360"
    empty = text_file.with_name("empty")
    empty.write_bytes(b"")
    sent = await _responses_get_range(empty, "bytes=0-")
    assert sent[0]["status"] == 416 and _responses_headers(sent)["content-range"] == "bytes */0"


@pytest.mark.anyio
async def test_responses_file_range_count_limit(text_file: Path) -> None:
    allowed = ",".join(f"{n}-{n}" for n in range(0, 200, 2))  # 100 ranges
    sent = await _responses_get_range(text_file, f"bytes={allowed}")
    assert sent[0]["status"] == 206
    too_many = ",".join(f"{n}-{n}" for n in range(0, 202, 2))  # 101 ranges
    sent = await _responses_get_range(text_file, f"bytes={too_many}")
    assert sent[0]["status"] == 200 and _responses_body(sent) == _RESPONSES_TEXT


def test_responses_range_parsing_is_linear() -> None:
    # Megabytes of separators: a parser that backtracks would never finish.
    headers = [
        "bytes=" + ",".join("0-" for _ in range(2_000_000)),
        "bytes=" + ",".join(f"{n}-{n + 50}" for n in range(99)),
        "bytes=" + ",".join(f"{n}-{n - 1}" for n in range(1, 100)),
        "bytes=" + " " * 5_000_000 + "0-1",
        "bytes=" + "-" * 5_000_000,
        "bytes=" + ("1" * 4000 + "-,") * 99,
    ]

    def parse_all() -> list[object]:
        outcomes: list[object] = []
        for header in headers:
            try:
                outcomes.append(FileResponse._parse_range_header(header, 10_000))
            except (MalformedRangeHeader, RangeNotSatisfiable) as exc:
                outcomes.append(type(exc).__name__)
        return outcomes

    outcomes = _finishes(parse_all)
    assert outcomes[0] == [] and outcomes[1] == [(0, 149)]
    assert outcomes[2] == "MalformedRangeHeader" and outcomes[3] == [(0, 2)]
    assert outcomes[4] == "MalformedRangeHeader" and outcomes[5] == "RangeNotSatisfiable"
    assert RangeNotSatisfiable(5).max_size == 5
    assert MalformedRangeHeader().content == "Malformed range header."


@pytest.mark.anyio
async def test_responses_file_if_range(text_file: Path) -> None:
    response = FileResponse(text_file, stat_result=text_file.stat())
    etag, modified = response.headers["etag"], response.headers["last-modified"]
    for if_range, status_code in (
        (etag, 206),
        (modified, 206),
        (etag[:-1], 200),
        ("W/" + etag, 200),
    ):
        scope = _responses_scope(
            headers=[(b"range", b"bytes=0-4"), (b"if-range", if_range.encode())]
        )
        sent = await _responses_call(response, scope)
        assert sent[0]["status"] == status_code, if_range


@pytest.mark.anyio
async def test_responses_file_range_needs_200_and_get(text_file: Path) -> None:
    range_header = [(b"x-other", b"1"), (b"range", b"bytes=0-4"), (b"range", b"bytes=5-9")]
    sent = await _responses_call(
        FileResponse(text_file, status_code=404), _responses_scope(headers=range_header)
    )
    assert sent[0]["status"] == 404 and _responses_body(sent) == _RESPONSES_TEXT
    sent = await _responses_call(
        FileResponse(text_file), _responses_scope(method="POST", headers=range_header)
    )
    assert sent[0]["status"] == 200 and "content-range" not in _responses_headers(sent)
    # With a range, the server is not asked to send the file itself.
    scope = _responses_scope(headers=range_header, extensions={"http.response.pathsend": {}})
    sent = await _responses_call(FileResponse(text_file), scope)
    assert sent[0]["status"] == 206 and _responses_body(sent) == b"01234"


@pytest.mark.anyio
async def test_responses_file_stops_on_disconnect_before_spec_2_4(tmp_path: Path) -> None:
    path = tmp_path / "big.bin"
    path.write_bytes(b"x" * (8 * FileResponse.chunk_size))
    disconnected = anyio.Event()
    ran: list[int] = []
    received: list[int] = []

    async def receive() -> Message:
        if not received:
            received.append(1)
            return {"type": "http.request", "body": b""}
        await disconnected.wait()
        return {"type": "http.disconnect"}

    async def send(message: Message) -> None:
        if message["type"] == "http.response.body":
            disconnected.set()
            await anyio.sleep_forever()

    with anyio.fail_after(5):
        await FileResponse(path, background=BackgroundTask(ran.append, 1))(
            {"type": "http", "method": "GET", "headers": []}, receive, send
        )
    assert ran == [1]
    # Without a disconnect, the whole file goes out and the listener is stopped.
    with anyio.fail_after(5):
        sent = await _responses_call(
            FileResponse(path), {"type": "http", "method": "GET", "headers": []}
        )
    assert len(_responses_body(sent)) == 8 * FileResponse.chunk_size


def test_responses_through_the_test_client(client: ClientFactory, text_file: Path) -> None:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        response: Response
        if scope["path"] == "/file":
            response = FileResponse(text_file, filename="data.txt")
        elif scope["path"] == "/stream":
            response = StreamingResponse(_responses_numbers(), media_type="text/plain")
        elif scope["path"] == "/go":
            response = RedirectResponse("/stream")
        else:
            response = HTMLResponse("<p>hi</p>", status_code=201)
        await response(scope, receive, send)

    test_client = client(app)
    page = test_client.get("/")
    assert (page.status_code, page.text) == (201, "<p>hi</p>")
    assert page.headers["content-type"] == "text/html; charset=utf-8"
    assert test_client.get("/go").text == "1, 2, 3"
    whole = test_client.get("/file")
    assert whole.content == _RESPONSES_TEXT
    assert whole.headers["content-disposition"] == 'attachment; filename="data.txt"'
    part = test_client.get("/file", headers={"Range": "bytes=10-19"})
    assert (part.status_code, part.content) == (206, _RESPONSES_TEXT[10:20])
    head = test_client.head("/file", headers={"Range": "bytes=0-0,5-5"})
    assert head.status_code == 206 and head.content == b""
    refused = test_client.get("/file", headers={"Range": "bytes=999-"})
    assert refused.status_code == 416 and refused.headers["content-range"] == "bytes */360"


def test_responses_file_response_legacy_method_warns(tmp_path: Path) -> None:
    # Starlette 0.47 accepted `method=` (unused) with a DeprecationWarning.
    target = tmp_path / "a.txt"
    target.write_bytes(b"abc")
    with pytest.deprecated_call(match="'method' parameter is not used"):
        response = FileResponse(target, method="GET")
    assert response.path == target


# =============================================================================
# extra: server-sent events: EventSourceResponse, ServerSentEvent, parse_event_stream
# =============================================================================


def _sse_app(content: Callable[[], Any], **options: Any) -> Starlette:
    """An app serving `content()` as an event stream on /events."""

    async def events(request: Request) -> EventSourceResponse:
        return EventSourceResponse(content(), **options)

    return Starlette(routes=[Route("/events", events)])


class _SSEServer:
    """The server side of one raw ASGI exchange: records what the app sends.

    `leave_after` body messages, the client is gone: receive() answers
    http.disconnect (ASGI before 2.4) or send() raises OSError (ASGI 2.4).
    """

    def __init__(self, leave_after: int, *, by_oserror: bool = False) -> None:
        self.sent: list[Message] = []
        self.leave_after, self.by_oserror = leave_after, by_oserror
        self.left = anyio.Event()
        self.requested = False

    async def receive(self) -> Message:
        if not self.requested:
            self.requested = True
            return {"type": "http.request", "body": b"", "more_body": False}
        if self.by_oserror:
            await anyio.sleep_forever()
        await self.left.wait()
        return {"type": "http.disconnect"}

    async def send(self, message: Message) -> None:
        if self.left.is_set() and self.by_oserror:
            raise OSError("the client is gone")
        self.sent.append(message)
        bodies = [m for m in self.sent if m["type"] == "http.response.body"]
        if len(bodies) >= self.leave_after:
            self.left.set()

    def bodies(self) -> list[bytes]:
        return [m["body"] for m in self.sent if m["type"] == "http.response.body"]


_SSE_SCOPE: Scope = {"type": "http", "method": "GET", "path": "/", "headers": []}


def test_server_sent_events_event_encodes_every_field() -> None:
    seven: Any = 7  # an int id is accepted, and sent as text
    event = ServerSentEvent(
        "one\r\ntwo\rthree\nfour", event="up", id=seven, retry=2500, comment="a\nb"
    )
    assert event.id == "7"
    assert event.encode() == (
        b": a\n: b\nevent: up\nid: 7\nretry: 2500\n"
        b"data: one\ndata: two\ndata: three\ndata: four\n\n"
    )
    assert ServerSentEvent().encode() == b"\n\n"
    assert ServerSentEvent("").encode() == b"data: \n\n"
    assert ServerSentEvent(b"caf\xc3\xa9").data == "caf\u00e9"
    assert ServerSentEvent({"a": [1, None]}).data == '{"a":[1,null]}'
    assert ServerSentEvent(3).data == "3"


@pytest.mark.parametrize(
    "fields, message",
    [
        ({"event": "a\nb"}, "event must be one line"),
        ({"event": "a\rb"}, "event must be one line"),
        ({"id": "1\n2"}, "id must be one line"),
        ({"id": "1\x002"}, "id must be one line"),
        ({"id": 1.5}, "id must be one line"),
        ({"retry": "5"}, "retry must be an int"),
        ({"retry": -1}, "retry must be an int"),
        ({"retry": True}, "retry must be an int"),
    ],
)
def test_server_sent_events_bad_fields_raise_when_built(
    fields: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        ServerSentEvent("data", **fields)


def test_server_sent_events_parse_follows_the_html_rules() -> None:
    stream = (
        "\ufeff: ping\n\n"  # a byte-order mark, then a comment-only block: skipped
        "data\r\n"  # a field name alone: empty value
        "data:  two spaces\r"  # only one space is removed
        "event:tick\n"
        "id: 4\n"
        "retry: soon\n"  # not digits: ignored
        "unknown: field\n"  # not a field name: ignored
        ": note\n\n"
        "id: a\x00b\n"  # an id with NUL is ignored
        "retry: 10\n\n"
        "data: never dispatched"  # no blank line after it: dropped
    )
    events = parse_event_stream(stream)
    assert events == [
        ServerSentEvent("\n two spaces", event="tick", id="4", comment="note"),
        ServerSentEvent(retry=10),
    ]
    assert parse_event_stream(stream.encode()) == events
    assert parse_event_stream(["data: x", "data: y", ""]) == [ServerSentEvent("x\ny")]


@pytest.mark.parametrize(
    "event",
    [
        ServerSentEvent("plain"),
        ServerSentEvent("multi\nline", event="e", id="9", retry=0, comment="c1\nc2"),
        ServerSentEvent({"json": True}, id=""),
        ServerSentEvent(event="no-data"),
    ],
)
def test_server_sent_events_parse_gives_back_the_encoded_event(event: ServerSentEvent) -> None:
    assert parse_event_stream(event.encode()) == [event]


def test_server_sent_events_headers_and_items(client: ClientFactory) -> None:
    async def items() -> AsyncIterator[Any]:
        yield "text"
        yield "two\nlines"
        yield b"bytes"
        yield {"n": 1}
        yield [1, 2]
        yield ServerSentEvent("full", event="e", id="1")

    app = _sse_app(items, headers={"Cache-Control": "no-store"})
    with client(app).stream("GET", "/events") as response:
        assert response.headers["content-type"] == "text/event-stream; charset=utf-8"
        assert response.headers["cache-control"] == "no-store"  # the endpoint's own wins
        assert response.headers["x-accel-buffering"] == "no"
        events = parse_event_stream(response.iter_lines())
    assert [e.data for e in events] == ["text", "two\nlines", "bytes", '{"n":1}', "[1,2]", "full"]
    assert events[-1] == ServerSentEvent("full", event="e", id="1")


def test_server_sent_events_ten_thousand_arrive_complete_and_in_order(
    client: ClientFactory,
) -> None:
    async def numbers() -> AsyncIterator[ServerSentEvent]:
        for n in range(10_000):
            yield ServerSentEvent({"n": n}, id=str(n))

    with client(_sse_app(numbers)).stream("GET", "/events") as response:
        events = parse_event_stream(response.iter_lines())
    assert [e.id for e in events] == [str(n) for n in range(10_000)]
    assert [json.loads(e.data)["n"] for e in events] == list(range(10_000))


def test_server_sent_events_sync_generator_runs_in_a_thread_and_is_closed(
    client: ClientFactory,
) -> None:
    threads: set[str] = set()
    closed: list[bool] = []

    def endless() -> Iterator[str]:
        try:
            n = 0
            while True:
                threads.add(threading.current_thread().name)
                n += 1
                yield str(n)
        finally:
            closed.append(True)

    with client(_sse_app(endless)).stream("GET", "/events") as response:
        lines = response.iter_lines()
        assert [next(lines), next(lines), next(lines)] == ["data: 1", "", "data: 2"]
    assert closed == [True]  # the client left: the generator was closed
    assert threading.current_thread().name not in threads


def test_server_sent_events_from_any_async_iterable(client: ClientFactory) -> None:
    # Any async iterable will do, such as the receiving end of a channel that
    # other tasks publish to: it is closed when the stream ends.
    channels: list[Any] = []

    def channel() -> Any:
        send, receive = anyio.create_memory_object_stream[str](10)
        with send:
            for word in ("pub", "sub"):
                send.send_nowait(word)
        channels.append(receive)
        return receive

    class Words:  # an async iterable without aclose()
        def __aiter__(self) -> AsyncIterator[str]:
            return _plain_async_chunks()

    for content, expected in ((channel, ["pub", "sub"]), (Words, ["a", "b"])):
        response = client(_sse_app(content)).get("/events")
        assert [event.data for event in parse_event_stream(response.text)] == expected
    with pytest.raises(anyio.ClosedResourceError):
        channels[0].receive_nowait()


def test_server_sent_events_not_compressed_by_gzip(client: ClientFactory) -> None:
    async def items() -> AsyncIterator[str]:
        for _ in range(100):
            yield "x" * 100

    app = _sse_app(items)
    app.add_middleware(GZipMiddleware, minimum_size=1)
    response = client(app).get("/events", headers={"Accept-Encoding": "gzip"})
    assert "content-encoding" not in response.headers
    assert len(parse_event_stream(response.text)) == 100


def test_server_sent_events_background_runs_after_the_stream(client: ClientFactory) -> None:
    order: list[str] = []

    async def items() -> AsyncIterator[str]:
        order.append("stream")
        yield "x"

    async def after() -> None:
        order.append("background")

    app = _sse_app(items, background=BackgroundTask(after))
    assert client(app).get("/events").text == "data: x\n\n"
    assert order == ["stream", "background"]


def test_server_sent_events_bad_item_is_a_type_error(client: ClientFactory) -> None:
    async def items() -> AsyncIterator[object]:
        yield 42

    with pytest.raises(TypeError, match="must be str, bytes, dict, list or ServerSentEvent"):
        client(_sse_app(items)).get("/events")


@pytest.mark.anyio
async def test_server_sent_events_ping_while_the_generator_waits() -> None:
    server = _SSEServer(leave_after=10**9)
    pinged = anyio.Event()

    async def send(message: Message) -> None:
        await server.send(message)
        if message.get("body") == b": ping\n\n":
            pinged.set()

    async def items() -> AsyncIterator[str]:
        yield "before"
        await pinged.wait()  # resumes only once a keep-alive comment went out
        yield "after"

    response = EventSourceResponse(items(), ping=0.01)
    with anyio.fail_after(5):
        await response(_SSE_SCOPE, server.receive, send)
    bodies = server.bodies()
    assert bodies[0] == b"data: before\n\n" and bodies[-2:] == [b"data: after\n\n", b""]
    assert set(bodies[1:-2]) == {b": ping\n\n"}
    assert server.sent[-1]["more_body"] is False


@pytest.mark.anyio
async def test_server_sent_events_no_ping_while_an_item_is_being_sent() -> None:
    # While an item's send is in progress, data is flowing: keep-alives are skipped.
    sending, proceed = anyio.Event(), anyio.Event()
    sent: list[bytes] = []

    async def send(message: Message) -> None:
        if message.get("body") == b"data: slow\n\n":
            sending.set()
            await proceed.wait()
        sent.append(message.get("body", b""))

    async def items() -> AsyncIterator[str]:
        yield "slow"

    async def release() -> None:
        await sending.wait()
        await anyio.sleep(0.05)  # many ping intervals pass during the send
        proceed.set()

    response = EventSourceResponse(items(), ping=0.001)
    with anyio.fail_after(5):
        async with anyio.create_task_group() as tasks:
            tasks.start_soon(release)
            await response(_SSE_SCOPE, _SSEServer(10).receive, send)
    assert sent == [b"", b"data: slow\n\n", b""]  # start, the item, the end: no ping


@pytest.mark.anyio
async def test_server_sent_events_an_item_waits_for_a_ping_being_sent() -> None:
    ping_started, release = anyio.Event(), anyio.Event()
    sent: list[bytes] = []

    async def send(message: Message) -> None:
        if message.get("body") == b": ping\n\n" and not release.is_set():
            ping_started.set()
            await release.wait()
        sent.append(message.get("body", b""))

    async def items() -> AsyncIterator[str]:
        await ping_started.wait()
        release.set()  # the ping's send resumes only after the item reached its turn
        yield "item"

    response = EventSourceResponse(items(), ping=0.01)
    with anyio.fail_after(5):
        await response(_SSE_SCOPE, _SSEServer(10).receive, send)
    assert sent[:3] == [b"", b": ping\n\n", b"data: item\n\n"] and sent[-1] == b""


@pytest.mark.anyio
@pytest.mark.parametrize("by_oserror", [False, True], ids=["http.disconnect", "oserror"])
async def test_server_sent_events_client_leaving_closes_the_generator(by_oserror: bool) -> None:
    # The client leaves after the first event. Before ASGI 2.4 receive() says
    # so; with 2.4 send() raises OSError, noticed by the next ping. Either way
    # the generator, waiting forever, is cancelled and its finally runs.
    server = _SSEServer(leave_after=1, by_oserror=by_oserror)
    closed = anyio.Event()

    async def items() -> AsyncIterator[str]:
        try:
            yield "first"
            await anyio.sleep_forever()
        finally:
            closed.set()

    with anyio.fail_after(5):
        await EventSourceResponse(items(), ping=0.05)(_SSE_SCOPE, server.receive, server.send)
        await closed.wait()
    assert server.bodies() == [b"data: first\n\n"]  # and no end-of-body message


@pytest.mark.anyio
async def test_server_sent_events_client_gone_while_an_item_is_sent() -> None:
    server = _SSEServer(leave_after=2, by_oserror=True)
    closed = anyio.Event()

    async def items() -> AsyncIterator[dict[str, int]]:
        try:
            for n in range(100):
                yield {"n": n}
        finally:
            closed.set()

    with anyio.fail_after(5):
        await EventSourceResponse(items(), ping=None)(_SSE_SCOPE, server.receive, server.send)
    assert closed.is_set()
    assert server.bodies() == [b'data: {"n":0}\n\n', b'data: {"n":1}\n\n']


def test_server_sent_events_under_uvicorn() -> None:
    closed = threading.Event()

    async def ticks() -> AsyncIterator[ServerSentEvent]:
        try:
            n = 0
            while True:
                yield ServerSentEvent(n, id=str(n))
                n += 1
                await anyio.sleep(0.001)
        finally:
            closed.set()

    app = _sse_app(ticks, ping=0.05)
    with app.serve(port=0, log_level="warning") as server:
        with httpx.stream("GET", server.url + "/events") as response:
            assert response.headers["content-type"] == "text/event-stream; charset=utf-8"
            lines = response.iter_lines()
            first = [next(lines) for _ in range(9)]  # 3 events: id, data, blank
        assert parse_event_stream(first) == [ServerSentEvent(str(n), id=str(n)) for n in range(3)]
        assert closed.wait(timeout=10)  # a guard against a hang, not a timing assertion


# =============================================================================
# starlette.websockets: WebSocket, WebSocketDisconnect
# =============================================================================

_WsHandler = Callable[[WebSocket], Awaitable[None]]


def _websockets_app(
    handler: _WsHandler,
) -> Callable[[Scope, Receive, Send], Awaitable[None]]:
    """An ASGI app running `handler(websocket)` for each connection."""

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        await handler(WebSocket(scope, receive=receive, send=send))

    return app


def _websockets_fake(
    incoming: list[Message], scope: Scope | None = None
) -> tuple[WebSocket, list[Message]]:
    """A WebSocket over a scripted receive() and a recording send()."""
    sent: list[Message] = []

    async def receive() -> Message:
        return incoming.pop(0)

    async def send(message: Message) -> None:
        sent.append(message)

    scope = scope or {"type": "websocket", "path": "/", "headers": []}
    return WebSocket(scope, receive, send), sent


def test_websockets_disconnect_exception_defaults() -> None:
    exc = WebSocketDisconnect()
    assert (exc.code, exc.reason) == (1000, "")
    assert WebSocketDisconnect(1001, None).reason == ""
    assert issubclass(WebSocketDisconnected, RuntimeError)


def test_websockets_echo_text_bytes_json(client: Any) -> None:
    async def handler(websocket: WebSocket) -> None:
        await websocket.accept()
        await websocket.send_text(await websocket.receive_text())
        await websocket.send_bytes(await websocket.receive_bytes())
        await websocket.send_json(await websocket.receive_json())
        await websocket.send_json(await websocket.receive_json(mode="binary"), mode="binary")
        await websocket.close()

    with client(_websockets_app(handler)).websocket_connect("/") as session:
        session.send_text("hi")
        assert session.receive_text() == "hi"
        session.send_bytes(b"\x00\x01")
        assert session.receive_bytes() == b"\x00\x01"
        session.send_json({"caf\u00e9": [1, 2]})
        assert session.receive_json() == {"caf\u00e9": [1, 2]}
        session.send_json({"n": None}, mode="binary")
        assert session.receive_json(mode="binary") == {"n": None}
        with pytest.raises(WebSocketDisconnect) as info:
            session.receive_text()
        assert info.value.code == 1000


def test_websockets_send_json_is_compact_utf8(client: Any) -> None:
    async def handler(websocket: WebSocket) -> None:
        await websocket.accept()
        await websocket.send_json({"a": "\u00e9", "b": [1, 2]})
        await websocket.send_json({"a": "\u00e9"}, mode="binary")
        await websocket.close()

    with client(_websockets_app(handler)).websocket_connect("/") as session:
        assert session.receive()["text"] == '{"a":"\u00e9","b":[1,2]}'
        assert session.receive()["bytes"] == '{"a":"\u00e9"}'.encode()
        session.receive()


def test_websockets_iterators_stop_at_disconnect(client: Any) -> None:
    seen: list[Any] = []

    async def handler(websocket: WebSocket) -> None:
        await websocket.accept()
        kind = websocket.query_params["kind"]
        iterator = {
            "text": websocket.iter_text,
            "bytes": websocket.iter_bytes,
            "json": websocket.iter_json,
        }[kind]()
        async for item in iterator:
            seen.append(item)

    test_client = client(_websockets_app(handler))
    with test_client.websocket_connect("/?kind=text") as session:
        session.send_text("a")
        session.send_text("b")
    with test_client.websocket_connect("/?kind=bytes") as session:
        session.send_bytes(b"c")
    with test_client.websocket_connect("/?kind=json") as session:
        session.send_json([1])
        session.close(1001)
    assert seen == ["a", "b", b"c", [1]]


def test_websockets_accept_subprotocol_and_headers(client: Any) -> None:
    async def handler(websocket: WebSocket) -> None:
        assert websocket["subprotocols"] == ["soap", "wamp"]
        if websocket.query_params.get("plain"):
            await websocket.accept()
        else:
            await websocket.accept(subprotocol="wamp", headers=[(b"x-extra", b"1")])
        await websocket.close()

    test_client = client(_websockets_app(handler))
    with test_client.websocket_connect("/", subprotocols=["soap", "wamp"]) as session:
        assert session.accepted_subprotocol == "wamp"
        assert session.extra_headers == [(b"x-extra", b"1")]
    with test_client.websocket_connect("/?plain=1", subprotocols=["soap", "wamp"]) as session:
        assert session.accepted_subprotocol is None
        assert session.extra_headers == []


def test_websockets_client_close_code_and_reason(client: Any) -> None:
    closed: list[tuple[int, str]] = []

    async def handler(websocket: WebSocket) -> None:
        await websocket.accept()
        try:
            await websocket.receive_text()
        except WebSocketDisconnect as exc:
            closed.append((exc.code, exc.reason))
        assert websocket.client_state is WebSocketState.DISCONNECTED

    test_client = client(_websockets_app(handler))
    with test_client.websocket_connect("/") as session:
        session.close(1001, "Going Away")
    with test_client.websocket_connect("/") as session:
        session.send({"type": "websocket.disconnect"})  # no code in the frame
    assert closed == [(1001, "Going Away"), (1005, "")]


def test_websockets_close_before_accept_refuses(client: Any) -> None:
    async def handler(websocket: WebSocket) -> None:
        await websocket.close(1008, "no")
        assert websocket.application_state is WebSocketState.DISCONNECTED

    with pytest.raises(WebSocketDisconnect) as info:
        with client(_websockets_app(handler)).websocket_connect("/"):
            pass  # pragma: no cover - the handshake fails
    assert (info.value.code, info.value.reason) == (1008, "no")


def test_websockets_close_app(client: Any) -> None:
    with pytest.raises(WebSocketDisconnect) as info:
        with client(WebSocketClose(4000, "bye")).websocket_connect("/"):
            pass  # pragma: no cover - the handshake fails
    assert (info.value.code, info.value.reason) == (4000, "bye")
    assert WebSocketClose().reason == ""


def test_websockets_denial_response(client: Any) -> None:
    async def handler(websocket: WebSocket) -> None:
        await websocket.send_denial_response(Response("go away", 403, headers={"x-why": "test"}))
        assert websocket.application_state is WebSocketState.DISCONNECTED

    with pytest.raises(WebSocketDenialResponse) as info:
        with client(_websockets_app(handler)).websocket_connect("/"):
            pass  # pragma: no cover - the handshake fails
    assert info.value.status_code == 403
    assert info.value.text == "go away"
    assert info.value.headers["x-why"] == "test"
    assert isinstance(info.value, WebSocketDisconnect)


def test_websockets_denial_response_in_chunks(client: Any) -> None:
    async def handler(websocket: WebSocket) -> None:
        await websocket.receive()
        await websocket.send({"type": "websocket.http.response.start", "status": 400})
        for part in (b"a", b"b"):
            await websocket.send(
                {
                    "type": "websocket.http.response.body",
                    "body": part,
                    "more_body": True,
                }
            )
            assert websocket.application_state is WebSocketState.RESPONSE
        await websocket.send({"type": "websocket.http.response.body"})
        with pytest.raises(WebSocketDisconnected, match='Cannot call "send"'):
            await websocket.send({"type": "websocket.http.response.body"})

    with pytest.raises(WebSocketDenialResponse) as info:
        with client(_websockets_app(handler)).websocket_connect("/"):
            pass  # pragma: no cover - the handshake fails
    assert (info.value.status_code, info.value.content) == (400, b"ab")


@pytest.mark.anyio
async def test_websockets_denial_response_needs_the_extension() -> None:
    websocket, sent = _websockets_fake([{"type": "websocket.connect"}])
    with pytest.raises(RuntimeError, match="doesn't support the Websocket Denial Response"):
        await websocket.send_denial_response(Response("no", 403))
    assert sent == []


def test_websockets_scope_must_be_websocket() -> None:
    async def receive() -> Message:  # pragma: no cover - never called
        return {}

    async def send(message: Message) -> None:  # pragma: no cover - never called
        pass

    with pytest.raises(AssertionError, match="websocket scope"):
        WebSocket({"type": "http", "path": "/", "headers": []}, receive, send)


@pytest.mark.anyio
async def test_websockets_receive_state_machine() -> None:
    websocket, _ = _websockets_fake([{"type": "websocket.receive", "text": "early"}])
    with pytest.raises(RuntimeError, match='Expected ASGI message "websocket.connect", but got'):
        await websocket.receive()

    websocket, _ = _websockets_fake([{"type": "websocket.connect"}, {"type": "websocket.accept"}])
    assert await websocket.receive() == {"type": "websocket.connect"}
    with pytest.raises(
        RuntimeError,
        match='"websocket.receive" or "websocket.disconnect", but got \'websocket.accept\'',
    ):
        await websocket.receive()

    incoming: list[Message] = [
        {"type": "websocket.connect"},
        {"type": "websocket.disconnect", "code": 1000},
    ]
    websocket, _ = _websockets_fake(incoming)
    await websocket.receive()
    await websocket.receive()
    with pytest.raises(WebSocketDisconnected, match="once a disconnect message"):
        await websocket.receive()


@pytest.mark.anyio
async def test_websockets_send_state_machine() -> None:
    websocket, sent = _websockets_fake([])
    with pytest.raises(
        RuntimeError,
        match='"websocket.accept", "websocket.close" or "websocket.http.response.start", but got',
    ):
        await websocket.send({"type": "websocket.send", "text": "x"})
    with pytest.raises(WebSocketDisconnected, match="Need to call"):
        await websocket.receive_text()
    with pytest.raises(WebSocketDisconnected, match="Need to call"):
        await websocket.receive_bytes()

    websocket, sent = _websockets_fake([{"type": "websocket.connect"}])
    assert await websocket.receive() == {"type": "websocket.connect"}
    await websocket.accept()  # the connect message was already read: accept only sends
    assert sent == [{"type": "websocket.accept", "subprotocol": None, "headers": []}]
    with pytest.raises(RuntimeError, match='"websocket.send" or "websocket.close", but got'):
        await websocket.send({"type": "websocket.accept"})
    await websocket.close(reason=None)
    with pytest.raises(WebSocketDisconnected, match="once a close message"):
        await websocket.close()
    assert sent[-1] == {"type": "websocket.close", "code": 1000, "reason": ""}

    websocket, sent = _websockets_fake([])
    await websocket.send({"type": "websocket.http.response.start", "status": 404})
    with pytest.raises(
        RuntimeError, match="\"websocket.http.response.body\", but got 'websocket.send'"
    ):
        await websocket.send({"type": "websocket.send"})


@pytest.mark.anyio
async def test_websockets_send_oserror_is_abnormal_closure() -> None:
    async def receive() -> Message:
        return {"type": "websocket.connect"}

    async def send(message: Message) -> None:
        if message["type"] != "websocket.accept":
            raise ConnectionResetError  # the server's sign that the client is gone

    websocket: WebSocket = WebSocket({"type": "websocket", "headers": []}, receive, send)
    await websocket.accept()
    with pytest.raises(WebSocketDisconnect) as info:
        await websocket.send_text("x")
    assert info.value.code == 1006
    assert websocket.application_state is WebSocketState.DISCONNECTED


@pytest.mark.anyio
async def test_websockets_mode_must_be_text_or_binary() -> None:
    websocket, _ = _websockets_fake([{"type": "websocket.connect"}])
    await websocket.accept()
    with pytest.raises(RuntimeError, match='"mode" argument'):
        await websocket.send_json({}, mode="bytes")
    with pytest.raises(RuntimeError, match='"mode" argument'):
        await websocket.receive_json(mode="bytes")


@pytest.mark.parametrize(
    ("method", "mode", "message", "code", "error"),
    [
        ("receive_text", None, {"bytes": b"x"}, 1003, "but got bytes"),
        ("receive_bytes", None, {"text": "x"}, 1003, "but got text"),
        ("receive_json", "text", {"text": "{nope"}, 1003, "Expecting property name"),
        ("receive_json", "text", {"text": "[" * 100_000}, 1003, "nested too deeply"),
        ("receive_json", "binary", {"bytes": b'"\xff"'}, 1007, "not UTF-8"),
        ("receive_json", "text", {"bytes": b"[]", "text": None}, 1003, "but got bytes"),
    ],
)
@pytest.mark.anyio
async def test_websockets_bad_data_is_a_value_error_with_close_code(
    method: str, mode: str | None, message: dict[str, Any], code: int, error: str
) -> None:
    incoming: list[Message] = [
        {"type": "websocket.connect"},
        {"type": "websocket.receive", **message},
    ]
    websocket, _ = _websockets_fake(incoming)
    await websocket.accept()
    kwargs = {} if mode is None else {"mode": mode}
    with pytest.raises(ValueError, match=error) as info:
        await getattr(websocket, method)(**kwargs)
    assert isinstance(info.value, _WebSocketDataError)
    assert info.value.code == code
    assert isinstance(info.value, json.JSONDecodeError) == ("got" not in error)


def test_websockets_bad_json_closes_with_its_code(client: Any) -> None:
    async def handler(websocket: WebSocket) -> None:
        await websocket.accept()
        try:
            await websocket.receive_json(mode="binary")
        except _WebSocketDataError as exc:
            await websocket.close(exc.code)

    with client(_websockets_app(handler)).websocket_connect("/") as session:
        session.send_bytes(b"\xc3\x28")
        with pytest.raises(WebSocketDisconnect) as info:
            session.receive_json()
    assert info.value.code == 1007


def test_websockets_wrong_frame_type_is_a_key_error(client: ClientFactory) -> None:
    # compat: Starlette raises KeyError here, and add-ons (a GraphQL-over-websocket
    # library, say) catch KeyError to close under their own protocol.
    seen: list[str] = []

    async def handler(websocket: WebSocket) -> None:
        await websocket.accept()
        for receive in (websocket.receive_text, websocket.receive_bytes):
            try:
                await receive()
            except KeyError as exc:
                seen.append(str(exc))
        await websocket.close(4400)

    with client(_websockets_app(handler)).websocket_connect("/") as session:
        session.send_bytes(b"binary")
        session.send_text("text")
        with pytest.raises(WebSocketDisconnect) as info:
            session.receive_text()
    assert info.value.code == 4400
    assert seen == [
        "Expected a text websocket message, but got bytes",
        "Expected a bytes websocket message, but got text",
    ]


def test_websockets_send_json_goes_through_json_dumps(client: ClientFactory) -> None:
    async def handler(websocket: WebSocket) -> None:
        await websocket.accept()
        await websocket.send_json({"a": "\u00e9"})
        await websocket.send_json([1], mode="binary")
        await websocket.close()

    with mock.patch("starlette.json.dumps", wraps=json.dumps) as dumps:
        with client(_websockets_app(handler)).websocket_connect("/") as session:
            assert session.receive_text() == '{"a":"\u00e9"}'
            assert session.receive_bytes() == b"[1]"
    assert dumps.call_args_list[:2] == [
        mock.call({"a": "\u00e9"}, separators=(",", ":"), ensure_ascii=False),
        mock.call([1], separators=(",", ":"), ensure_ascii=False),
    ]


# =============================================================================
# starlette._exception_handler: handler lookup and wrapping
# =============================================================================


def _eh_scope(kind: str = "http", **extra: Any) -> dict[str, Any]:
    """A minimal but complete scope for driving apps without a TestClient."""
    scope: dict[str, Any] = {
        "type": kind,
        "path": "/",
        "raw_path": b"/",
        "root_path": "",
        "scheme": "http" if kind == "http" else "ws",
        "query_string": b"",
        "headers": [(b"host", b"testserver")],
        "server": ("testserver", 80),
        "client": ("testclient", 50000),
        "http_version": "1.1",
    }
    if kind == "http":
        scope["method"] = "GET"
    scope.update(extra)
    return scope


async def _eh_call(app: ASGIApp, scope: Scope | None = None) -> list[Message]:
    """Run `app` once (a GET unless `scope` says otherwise); return every message it sent."""
    scope = _eh_scope() if scope is None else scope
    first = "http.request" if scope["type"] == "http" else "websocket.connect"
    pending: list[Message] = [{"type": first, "body": b"", "more_body": False}]
    sent: list[Message] = []

    async def receive() -> Message:
        if pending:
            return pending.pop(0)
        return {"type": f"{scope['type']}.disconnect", "code": 1000}

    async def send(message: Message) -> None:
        sent.append(message)

    await app(scope, receive, send)
    return sent


def _eh_tables(by_class: dict[Any, Any], by_status: dict[int, Any]) -> Scope:
    scope = _eh_scope()
    scope["starlette.exception_handlers"] = (by_class, by_status)
    return scope


def test_exception_handler_lookup_follows_the_mro() -> None:
    class Missing(KeyError):
        pass

    def lookup(request: Request, exc: Exception) -> Response:
        raise NotImplementedError  # never called: only looked up

    def anything(request: Request, exc: Exception) -> Response:
        raise NotImplementedError

    handlers: dict[Any, Any] = {LookupError: lookup, Exception: anything}
    assert _lookup_exception_handler(handlers, Missing()) is lookup
    assert _lookup_exception_handler(handlers, ValueError()) is anything
    assert _lookup_exception_handler({KeyError: lookup}, ValueError()) is None


async def _eh_raises_teapot(scope: Scope, receive: Receive, send: Send) -> None:
    raise HTTPException(418, headers={"x-pot": "1"})


@pytest.mark.anyio
async def test_exception_handler_status_code_wins_over_class() -> None:
    async def by_status(request: Request, exc: Exception) -> PlainTextResponse:
        return PlainTextResponse("by status", status_code=418)

    async def by_class(request: Request, exc: Exception) -> PlainTextResponse:
        return PlainTextResponse("by class", status_code=400)

    scope = _eh_tables({HTTPException: by_class}, {418: by_status})
    sent = await _eh_call(wrap_app_handling_exceptions(_eh_raises_teapot, Request(scope)), scope)
    assert sent[0]["status"] == 418 and sent[1]["body"] == b"by status"
    # Another status code falls back to the class table.
    scope = _eh_tables({HTTPException: by_class}, {404: by_status})
    sent = await _eh_call(wrap_app_handling_exceptions(_eh_raises_teapot, Request(scope)), scope)
    assert sent[0]["status"] == 400 and sent[1]["body"] == b"by class"


@pytest.mark.anyio
async def test_exception_handler_sync_handler_runs_in_a_thread() -> None:
    threads: list[threading.Thread] = []

    def handler(request: Request, exc: Exception) -> JSONResponse:
        threads.append(threading.current_thread())
        return JSONResponse({"error": str(exc), "path": request.url.path})

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        raise ValueError("bad value")

    scope = _eh_tables({ValueError: handler}, {})
    sent = await _eh_call(wrap_app_handling_exceptions(app, Request(scope)), scope)
    assert sent[1]["body"] == b'{"error":"bad value","path":"/"}'
    assert threads and threads[0] is not threading.current_thread()


@pytest.mark.anyio
async def test_exception_handler_gets_the_same_connection_object() -> None:
    seen: list[Any] = []

    async def handler(request: Request, exc: Exception) -> PlainTextResponse:
        seen.append(request)
        return PlainTextResponse("seen", status_code=400)

    scope = _eh_tables({KeyError: handler}, {})
    request = Request(scope)

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        raise KeyError("k")

    sent = await _eh_call(wrap_app_handling_exceptions(app, request), scope)
    assert seen == [request]
    assert sent[0]["status"] == 400


@pytest.mark.anyio
async def test_exception_handler_unhandled_exception_propagates() -> None:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        raise ZeroDivisionError

    bare = _eh_scope()  # no handler tables in the scope at all
    with pytest.raises(ZeroDivisionError):
        await _eh_call(wrap_app_handling_exceptions(app, Request(bare)), bare)
    # HTTPException with no status or class handler also goes through.
    scope = _eh_tables({}, {500: _eh_raises_teapot})
    with pytest.raises(HTTPException):
        await _eh_call(wrap_app_handling_exceptions(_eh_raises_teapot, Request(scope)), scope)


@pytest.mark.anyio
async def test_exception_handler_success_passes_messages_through() -> None:
    scope = _eh_tables({}, {})
    app = PlainTextResponse("fine")
    sent = await _eh_call(wrap_app_handling_exceptions(app, Request(scope)), scope)
    assert [m["type"] for m in sent] == ["http.response.start", "http.response.body"]


@pytest.mark.anyio
async def test_exception_handler_after_response_started_is_an_error() -> None:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": []})
        raise KeyError("late")

    async def handler(request: Request, exc: Exception) -> PlainTextResponse:
        raise AssertionError("not called")  # pragma: no cover - must not run

    scope = _eh_tables({KeyError: handler}, {})
    with pytest.raises(RuntimeError, match="response already started") as info:
        await _eh_call(wrap_app_handling_exceptions(app, Request(scope)), scope)
    assert isinstance(info.value.__cause__, KeyError)


@pytest.mark.anyio
async def test_exception_handler_clears_traceback_of_reused_exception() -> None:
    shared = HTTPException(401)

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        raise shared

    async def handler(request: Request, exc: Exception) -> PlainTextResponse:
        assert exc.__traceback__ is not None
        return PlainTextResponse("no", status_code=401)

    scope = _eh_tables({HTTPException: handler}, {})
    sent = await _eh_call(wrap_app_handling_exceptions(app, Request(scope)), scope)
    assert sent[0]["status"] == 401
    assert shared.__traceback__ is None


@pytest.mark.anyio
async def test_exception_handler_websocket_handler_closes() -> None:
    class Refused(Exception):
        pass

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        raise Refused

    async def handler(websocket: WebSocket, exc: Exception) -> None:
        await websocket.close(code=1013, reason=type(exc).__name__)

    scope = _eh_scope("websocket")
    scope["starlette.exception_handlers"] = ({Refused: handler}, {})
    sent: list[Message] = []

    async def receive() -> Message:
        return {"type": "websocket.connect"}  # pragma: no cover - the app never reads

    async def send(message: Message) -> None:
        sent.append(message)

    await wrap_app_handling_exceptions(app, WebSocket(scope, receive, send))(scope, receive, send)
    assert sent == [{"type": "websocket.close", "code": 1013, "reason": "Refused"}]


# =============================================================================
# starlette.authentication: requires, users, credentials
# =============================================================================


def _auth_app(routes: list[Any]) -> Any:
    """An app whose callers hold the scopes listed in their `x-scopes` header."""
    app = Starlette(routes=routes)

    async def authenticate(scope: Scope, receive: Receive, send: Send) -> None:
        raw = dict(scope["headers"]).get(b"x-scopes", b"").decode()
        granted = raw.split(",") if raw else []
        scope["auth"] = AuthCredentials(granted)
        scope["user"] = SimpleUser("ada") if granted else UnauthenticatedUser()
        await app(scope, receive, send)

    return authenticate


def _auth_scope(*granted: str) -> Scope:
    return {"type": "http", "auth": AuthCredentials(granted), "headers": []}


def test_authentication_users_and_credentials() -> None:
    assert AuthCredentials().scopes == []
    assert AuthCredentials(("a", "b")).scopes == ["a", "b"]
    user = SimpleUser("ada")
    assert (user.is_authenticated, user.display_name, user.identity) == (
        True,
        "ada",
        "ada",
    )
    anonymous = UnauthenticatedUser()
    assert (anonymous.is_authenticated, anonymous.display_name, anonymous.identity) == (
        False,
        "",
        "",
    )
    assert isinstance(user, BaseUser) and isinstance(anonymous, BaseUser)
    assert issubclass(AuthenticationError, Exception)
    assert callable(AuthenticationBackend().authenticate)


def test_authentication_has_required_scope() -> None:
    conn = HTTPConnection(_auth_scope("read", "write"))
    assert has_required_scope(conn, ["read"])
    assert has_required_scope(conn, ["read", "write"])
    assert has_required_scope(conn, [])
    assert not has_required_scope(conn, ["read", "admin"])


def test_authentication_requires_http_endpoints(client: Any) -> None:
    @requires("read")
    async def async_page(request: Request) -> Response:
        return PlainTextResponse(request.user.display_name)

    @requires(["read", "write"], status_code=404)
    def sync_page(request: Request) -> Response:
        return PlainTextResponse("sync")

    class Pages:
        @requires("read")
        def method(self, request: Request) -> Response:
            return PlainTextResponse("method")

    @requires("read")
    async def injected(request: Request, extra: str) -> Response:
        return PlainTextResponse(extra)

    async def injecting(request: Request) -> Response:
        response: Response = await injected(request=request, extra="payload")
        return response

    pages = Pages()

    def method_endpoint(request: Request) -> Response:
        response: Response = pages.method(request)
        return response

    test_client = client(
        _auth_app(
            [
                Route("/async", async_page),
                Route("/sync", sync_page),
                Route("/method", method_endpoint),
                Route("/injected", injecting),
            ]
        )
    )
    expected = {
        "/async": "ada",
        "/sync": "sync",
        "/method": "method",
        "/injected": "payload",
    }
    for path, text in expected.items():
        assert test_client.get(path).status_code == (404 if path == "/sync" else 403)
        response = test_client.get(path, headers={"x-scopes": "read,write"})
        assert (response.status_code, response.text) == (200, text)
    assert test_client.get("/sync", headers={"x-scopes": "read"}).status_code == 404


def test_authentication_requires_redirect_ignores_host_header(client: Any) -> None:
    @requires("admin", redirect="login")
    async def admin(request: Request) -> Response:
        return PlainTextResponse("admin")

    @requires("admin", redirect="login")
    def admin_sync(request: Request) -> Response:
        return PlainTextResponse("admin")

    async def login(request: Request) -> Response:
        return JSONResponse({"next": request.query_params["next"]})

    test_client = client(
        _auth_app(
            [
                Route("/admin", admin),
                Route("/admin-sync", admin_sync),
                Route("/auth/login", login, name="login"),
            ]
        )
    )
    for path in ("/admin", "/admin-sync"):
        response = test_client.get(path)
        assert response.status_code == 200
        query = urlencode({"next": f"http://testserver{path}"})
        assert response.url == f"http://testserver/auth/login?{query}"
        assert response.json() == {"next": f"http://testserver{path}"}
        # A forged Host header cannot send the browser to another site.
        response = test_client.get(path, headers={"host": "evil.example"}, follow_redirects=False)
        assert response.status_code == 303
        assert response.headers["location"].startswith("/auth/login?next=")
        allowed = test_client.get(path, headers={"x-scopes": "admin"})
        assert allowed.text == "admin"


def test_authentication_requires_websocket(client: Any) -> None:
    @requires("chat")
    async def chat(websocket: WebSocket) -> None:
        await websocket.accept()
        await websocket.send_text(websocket.user.display_name)
        await websocket.close()

    test_client = client(_auth_app([WebSocketRoute("/ws", chat)]))
    with pytest.raises(WebSocketDisconnect) as info:
        with test_client.websocket_connect("/ws"):
            pass  # pragma: no cover - refused before the handshake completes
    assert info.value.code == 1000
    with test_client.websocket_connect("/ws", headers={"x-scopes": "chat"}) as session:
        assert session.receive_text() == "ada"


@pytest.mark.anyio
async def test_authentication_requires_checks_the_connection_argument() -> None:
    @requires("read")
    async def page(request: Request) -> Response:  # pragma: no cover - never reached
        raise AssertionError

    @requires("read")
    async def socket(websocket: WebSocket) -> None:  # pragma: no cover - never reached
        raise AssertionError

    with pytest.raises(TypeError, match="'request' is required to be of type 'Request' not 'str'"):
        await page("not a request")  # type: ignore[arg-type]  # the misuse under test
    with pytest.raises(TypeError, match="not 'NoneType'"):
        await page()  # type: ignore[call-arg]  # the misuse under test
    with pytest.raises(TypeError, match="of type 'WebSocket' not 'Request'"):
        await socket(Request(_auth_scope()))  # type: ignore[arg-type]  # the misuse under test
    with pytest.raises(HTTPException) as info:
        await page(Request(_auth_scope("other")))
    assert info.value.status_code == 403


def test_authentication_requires_needs_a_connection_parameter() -> None:
    def no_connection(item: int) -> None:  # pragma: no cover - never called
        pass

    with pytest.raises(Exception, match='No "request" or "websocket" argument'):
        requires("read")(no_connection)


# =============================================================================
# starlette.middleware: the Middleware spec
# =============================================================================


class _MwRecorder:
    def __init__(self, app: ASGIApp, label: str, *, weight: int = 0) -> None:
        self.app = app
        self.label = label
        self.weight = weight

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.app(scope, receive, send)  # pragma: no cover - only built here


def test_middleware_repr_lists_class_args_and_options() -> None:
    spec = Middleware(_MwRecorder, "outer", weight=3)
    assert repr(spec) == "Middleware(_MwRecorder, 'outer', weight=3)"
    assert repr(Middleware(_MwRecorder, label="x")) == "Middleware(_MwRecorder, label='x')"


def test_middleware_repr_of_a_factory_without_a_name() -> None:
    factory = functools.partial(_MwRecorder, weight=1)
    assert repr(Middleware(factory, "a")) == "Middleware(, 'a')"


def test_middleware_unpacks_into_class_args_kwargs() -> None:
    cls, args, kwargs = Middleware(_MwRecorder, "outer", weight=3)
    assert (cls, args, kwargs) == (_MwRecorder, ("outer",), {"weight": 3})
    built = cls(PlainTextResponse("x"), *args, **kwargs)
    assert (built.label, built.weight) == ("outer", 3)


# =============================================================================
# starlette.middleware.base: BaseHTTPMiddleware
# =============================================================================

_BhmCallNext = Callable[[Request], Awaitable[Response]]


async def _bhm_passthrough(request: Request, call_next: _BhmCallNext) -> Response:
    return await call_next(request)


async def _bhm_run(
    app: ASGIApp, incoming: list[Message] | None = None, **scope: Any
) -> list[Message]:
    """Run one request through `app` directly; receive() blocks once `incoming` runs out."""
    messages = list(incoming or [{"type": "http.request", "body": b"", "more_body": False}])
    sent: list[Message] = []

    async def receive() -> Message:
        if messages:
            return messages.pop(0)
        await anyio.sleep_forever()
        raise AssertionError("unreachable")  # pragma: no cover - sleep_forever never returns

    async def send(message: Message) -> None:
        sent.append(message)

    full_scope = {"type": "http", "method": "POST", "path": "/", "headers": [], **scope}
    with anyio.fail_after(5):
        await app(full_scope, receive, send)
    return sent


def _bhm_body(sent: list[Message]) -> bytes:
    return b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")


def test_base_dispatch_sees_and_changes_the_response(client: ClientFactory) -> None:
    class AddHeader(BaseHTTPMiddleware):
        async def dispatch(self, request: Request, call_next: _BhmCallNext) -> Response:
            response = await call_next(request)
            response.headers["X-Method"] = request.method
            return response

    app = AddHeader(PlainTextResponse("Homepage"))
    response = client(app).get("/")
    assert response.text == "Homepage"
    assert response.headers["x-method"] == "GET"
    assert response.headers["content-length"] == "8"


@pytest.mark.anyio
async def test_base_other_scopes_pass_straight_through() -> None:
    seen: list[str] = []

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        seen.append(scope["type"])

    async def never(request: Request, call_next: _BhmCallNext) -> Response:
        raise AssertionError("dispatch must not run")  # pragma: no cover - not called

    await BaseHTTPMiddleware(app, dispatch=never)({"type": "lifespan"}, _bhm_noop, _bhm_noop)
    assert seen == ["lifespan"]


async def _bhm_noop(*args: Any) -> Any:
    """An unused receive/send."""


@pytest.mark.anyio
async def test_base_streaming_passes_each_chunk_as_produced() -> None:
    first_chunk_out = anyio.Event()

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"a", "more_body": True})
        await send({"type": "http.response.body", "body": b"", "more_body": True})
        await first_chunk_out.wait()  # would deadlock if chunks were buffered
        await send({"type": "http.response.body", "body": b"b", "more_body": True})
        await send({"type": "http.response.body", "body": b"c"})

    middleware = BaseHTTPMiddleware(app, dispatch=_bhm_passthrough)
    sent: list[Message] = []

    async def send(message: Message) -> None:
        sent.append(message)
        if message.get("body") == b"a":
            first_chunk_out.set()

    with anyio.fail_after(5):
        await middleware({"type": "http", "method": "GET", "headers": []}, _bhm_noop, send)
    assert [m.get("body") for m in sent[1:]] == [b"a", b"b", b"c", b""]
    assert [m.get("more_body") for m in sent[1:]] == [True, True, True, False]


def test_base_streaming_response_through_client(client: ClientFactory) -> None:
    async def numbers() -> Any:
        for n in range(3):
            yield str(n)

    app = BaseHTTPMiddleware(StreamingResponse(numbers()), dispatch=_bhm_passthrough)
    assert client(app).get("/").text == "012"


@pytest.mark.anyio
async def test_base_background_tasks_run_after_the_response_is_sent() -> None:
    events: list[str] = []

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"done"})
        events.append("app background")

    async def dispatch(request: Request, call_next: _BhmCallNext) -> Response:
        response = await call_next(request)
        response.background = BackgroundTask(events.append, "dispatch background")
        return response

    middleware = BaseHTTPMiddleware(app, dispatch=dispatch)

    async def send(message: Message) -> None:
        events.append(message["type"])

    await middleware({"type": "http", "method": "GET", "headers": []}, _bhm_noop, send)
    assert events == [
        "http.response.start",
        "http.response.body",
        "http.response.body",
        "dispatch background",
        "app background",
    ]


@pytest.mark.anyio
async def test_base_app_error_before_start_is_raised_by_call_next() -> None:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        raise ValueError("broken")

    async def dispatch(request: Request, call_next: _BhmCallNext) -> Response:
        try:
            return await call_next(request)
        except ValueError as exc:
            # compat: the error carries no visible context of its own.
            assert exc.__suppress_context__ and exc.__cause__ is None
            return PlainTextResponse(str(exc), status_code=500)

    sent = await _bhm_run(BaseHTTPMiddleware(app, dispatch=dispatch))
    assert sent[0]["status"] == 500
    assert _bhm_body(sent) == b"broken"


@pytest.mark.anyio
async def test_base_app_error_keeps_its_context_as_cause() -> None:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        try:
            raise KeyError("inner")
        except KeyError:
            raise ValueError("outer")  # noqa: B904 - the implicit context is the point

    with pytest.raises(ValueError, match="outer") as info:
        await _bhm_run(BaseHTTPMiddleware(app, dispatch=_bhm_passthrough))
    assert isinstance(info.value.__cause__, KeyError)


@pytest.mark.anyio
async def test_base_exception_groups_reach_dispatch_unchanged() -> None:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        raise ExceptionGroup("group", [ValueError("one")])

    with pytest.raises(ExceptionGroup, match="group") as info:
        await _bhm_run(BaseHTTPMiddleware(app, dispatch=_bhm_passthrough))
    assert len(info.value.exceptions) == 1


@pytest.mark.anyio
async def test_base_app_without_response_is_an_error() -> None:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        pass

    with pytest.raises(RuntimeError, match="No response returned."):
        await _bhm_run(BaseHTTPMiddleware(app, dispatch=_bhm_passthrough))


@pytest.mark.anyio
async def test_base_app_error_mid_body_breaks_the_response() -> None:
    sent: list[Message] = []

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"partial", "more_body": True})
        raise RuntimeError("mid-stream")

    async def send(message: Message) -> None:
        sent.append(message)

    middleware = BaseHTTPMiddleware(app, dispatch=_bhm_passthrough)
    with pytest.raises(RuntimeError, match="mid-stream"):
        await middleware({"type": "http", "method": "GET", "headers": []}, _bhm_noop, send)
    # As without the middleware: the body is never completed, so the server
    # breaks the connection and the client sees a truncated body.
    assert sent == [
        {"type": "http.response.start", "status": 200, "headers": []},
        {"type": "http.response.body", "body": b"partial", "more_body": True},
    ]


def test_base_app_error_mid_body_truncates_the_body_over_http() -> None:
    async def endpoint(scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"partial", "more_body": True})
        raise RuntimeError("mid-stream")

    app = BaseHTTPMiddleware(endpoint, dispatch=_bhm_passthrough)
    config = uvicorn.Config(app, lifespan="off", log_config=None, log_level="critical")
    server = uvicorn.Server(config)
    # A socket already listening: the request waits in its backlog until uvicorn accepts.
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        url = f"http://127.0.0.1:{listener.getsockname()[1]}/"
        thread = threading.Thread(target=server.run, kwargs={"sockets": [listener]})
        thread.start()
        try:
            received: list[bytes] = []
            with httpx.stream("GET", url, timeout=10) as response:
                assert response.status_code == 200
                with pytest.raises(httpx.RemoteProtocolError, match="incomplete"):
                    for chunk in response.iter_raw():
                        received.append(chunk)
            assert b"".join(received) == b"partial"
        finally:
            server.should_exit = True
            thread.join()


@pytest.mark.anyio
async def test_base_app_error_after_the_body_is_raised_after_the_response() -> None:
    events: list[str] = []

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"whole"})
        events.append("app resumed")
        raise RuntimeError("in a background task")

    async def send(message: Message) -> None:
        events.append(f"{message['type']} {message.get('more_body')}")

    middleware = BaseHTTPMiddleware(app, dispatch=_bhm_passthrough)
    with pytest.raises(RuntimeError, match="in a background task"):
        await middleware({"type": "http", "method": "GET", "headers": []}, _bhm_noop, send)
    assert events == [
        "http.response.start None",
        "http.response.body True",
        "http.response.body False",
        "app resumed",
    ]


@pytest.mark.anyio
async def test_base_endless_stream_can_be_cancelled() -> None:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": []})
        while True:
            await send({"type": "http.response.body", "body": b"x", "more_body": True})

    chunks_sent = 0

    async def send(message: Message) -> None:  # never suspends, like a fast socket
        nonlocal chunks_sent
        chunks_sent += 1
        if chunks_sent == 100:  # the stream is flowing: arm the timeout now
            timeout.deadline = anyio.current_time() + 0.01
        # If nothing ever yields to the event loop, no timer can fire at all:
        # a chunk count far beyond what 10 ms can produce stops the test instead.
        assert chunks_sent < 1_000_000, "the cancellation never got through"

    middleware = BaseHTTPMiddleware(app, dispatch=_bhm_passthrough)
    with anyio.fail_after(5):  # a regression fails here instead of hanging
        with anyio.CancelScope() as timeout:  # what move_on_after() builds, armed later
            await middleware({"type": "http", "method": "GET", "headers": []}, _bhm_noop, send)
    assert timeout.cancelled_caught
    assert chunks_sent > 100


@pytest.mark.anyio
async def test_base_app_ending_mid_body_closes_the_response() -> None:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"half", "more_body": True})

    sent = await _bhm_run(BaseHTTPMiddleware(app, dispatch=_bhm_passthrough))
    assert _bhm_body(sent) == b"half"
    assert sent[-1]["more_body"] is False


@pytest.mark.anyio
async def test_base_app_ending_right_after_the_start_closes_the_response() -> None:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": 204, "headers": []})

    sent = await _bhm_run(BaseHTTPMiddleware(app, dispatch=_bhm_passthrough))
    assert [m["type"] for m in sent] == ["http.response.start", "http.response.body"]
    assert sent[0]["status"] == 204
    assert sent[1] == {"type": "http.response.body", "body": b"", "more_body": False}


@pytest.mark.anyio
async def test_base_early_hints_and_debug_info_are_forwarded() -> None:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.early_hint", "links": [b"</a.css>; rel=preload"]})
        await send({"type": "http.response.debug", "info": {"template": "x"}})
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})

    sent = await _bhm_run(BaseHTTPMiddleware(app, dispatch=_bhm_passthrough))
    assert [m["type"] for m in sent] == [
        "http.response.early_hint",
        "http.response.debug",
        "http.response.start",
        "http.response.body",
        "http.response.body",
    ]
    assert sent[1]["info"] == {"template": "x"}


@pytest.mark.anyio
@pytest.mark.parametrize(
    "messages",
    [
        [{"type": "http.response.push", "path": "/"}],
        [
            {"type": "http.response.start", "status": 200, "headers": []},
            {"type": "http.response.start", "status": 200, "headers": []},
        ],
    ],
)
async def test_base_unexpected_messages_are_errors(messages: list[Message]) -> None:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        for message in messages:
            await send(message)

    with pytest.raises(RuntimeError, match="Unexpected message"):
        await _bhm_run(BaseHTTPMiddleware(app, dispatch=_bhm_passthrough))


@pytest.mark.anyio
async def test_base_pathsend_is_forwarded_as_is() -> None:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.pathsend", "path": "/tmp/file.txt"})

    sent = await _bhm_run(BaseHTTPMiddleware(app, dispatch=_bhm_passthrough))
    assert sent == [
        {"type": "http.response.start", "status": 200, "headers": []},
        {"type": "http.response.pathsend", "path": "/tmp/file.txt"},
    ]


@pytest.mark.anyio
async def test_base_trailers_follow_the_final_body() -> None:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [],
                "trailers": True,
            }
        )
        await send({"type": "http.response.body", "body": b"data"})
        trailer = [(b"grpc-status", b"0")]
        await send(
            {
                "type": "http.response.trailers",
                "headers": trailer,
                "more_trailers": True,
            }
        )
        await send({"type": "http.response.trailers", "headers": []})

    sent = await _bhm_run(BaseHTTPMiddleware(app, dispatch=_bhm_passthrough))
    assert [(m["type"], m.get("body")) for m in sent] == [
        ("http.response.start", None),
        ("http.response.body", b"data"),
        ("http.response.body", b""),
        ("http.response.trailers", None),
        ("http.response.trailers", None),
    ]
    assert sent[0]["trailers"] is True


@pytest.mark.anyio
async def test_base_discarded_response_releases_the_app() -> None:
    app_saw: list[str] = []

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": []})
        for _ in range(3):  # not taken: each send waits, then is dropped
            await send({"type": "http.response.body", "body": b"chunk", "more_body": True})
        app_saw.append((await receive())["type"])
        app_saw.append((await receive())["type"])

    async def dispatch(request: Request, call_next: _BhmCallNext) -> Response:
        response = await call_next(request)
        assert isinstance(response, _StreamingResponse)
        assert await response.body_iterator.__anext__() == b"chunk"
        await response.body_iterator.aclose()  # type: ignore[attr-defined]  # our relay has it
        with pytest.raises(StopAsyncIteration):
            await response.body_iterator.__anext__()
        return PlainTextResponse("Custom")

    sent = await _bhm_run(BaseHTTPMiddleware(app, dispatch=dispatch))
    assert _bhm_body(sent) == b"Custom"
    assert app_saw == ["http.disconnect", "http.disconnect"]


@pytest.mark.anyio
async def test_base_pending_receive_ends_when_the_response_is_sent() -> None:
    received: list[Message] = []

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": []})
        received.append(await receive())  # the body
        received.append(await receive())  # blocks: the client never leaves

    async def dispatch(request: Request, call_next: _BhmCallNext) -> Response:
        await call_next(request)
        return PlainTextResponse("Custom")

    sent = await _bhm_run(BaseHTTPMiddleware(app, dispatch=dispatch))
    assert _bhm_body(sent) == b"Custom"
    assert [m["type"] for m in received] == ["http.request", "http.disconnect"]


@pytest.mark.anyio
async def test_base_body_read_in_dispatch_is_replayed_to_the_app() -> None:
    seen: list[Any] = []

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        seen.append(await Request(scope, receive).body())
        seen.append((await receive())["type"])  # then only the disconnect is left
        seen.append((await receive())["type"])  # repeated without asking the client
        await PlainTextResponse("ok")(scope, receive, send)

    async def dispatch(request: Request, call_next: _BhmCallNext) -> Response:
        seen.append(await request.body())
        return await call_next(request)

    incoming: list[Message] = [
        {"type": "http.request", "body": b"he", "more_body": True},
        {"type": "http.request", "body": b"llo"},
        {"type": "http.disconnect"},
    ]
    await _bhm_run(BaseHTTPMiddleware(app, dispatch=dispatch), incoming)
    assert seen == [b"hello", b"hello", "http.disconnect", "http.disconnect"]


@pytest.mark.anyio
async def test_base_stream_consumed_in_dispatch_leaves_an_empty_body() -> None:
    seen: list[bytes] = []

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        seen.append(await Request(scope, receive).body())
        await PlainTextResponse("ok")(scope, receive, send)

    async def dispatch(request: Request, call_next: _BhmCallNext) -> Response:
        seen.extend([chunk async for chunk in request.stream()])
        response = await call_next(request)
        with pytest.raises(RuntimeError, match="Stream consumed"):
            await request.body()
        return response

    await _bhm_run(
        BaseHTTPMiddleware(app, dispatch=dispatch),
        [{"type": "http.request", "body": b"x"}],
    )
    assert seen == [b"x", b"", b""]


@pytest.mark.anyio
async def test_base_app_reading_the_body_marks_the_dispatch_request() -> None:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        assert await Request(scope, receive).body() == b"abc"
        await PlainTextResponse("ok")(scope, receive, send)

    async def dispatch(request: Request, call_next: _BhmCallNext) -> Response:
        response = await call_next(request)
        with pytest.raises(RuntimeError, match="Stream consumed"):
            await request.body()
        return response

    incoming: list[Message] = [
        {"type": "http.request.custom"},  # an unknown extension message passes through
        {"type": "http.request", "body": b"ab", "more_body": True},
        {"type": "http.request", "body": b"c"},
    ]
    sent = await _bhm_run(BaseHTTPMiddleware(app, dispatch=dispatch), incoming)
    assert _bhm_body(sent) == b"ok"


@pytest.mark.anyio
async def test_base_disconnect_seen_by_dispatch_is_told_to_the_app() -> None:
    seen: list[str] = []

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        seen.append((await receive())["type"])
        seen.append((await receive())["type"])
        await PlainTextResponse("ok")(scope, receive, send)

    async def dispatch(request: Request, call_next: _BhmCallNext) -> Response:
        await request.body()
        assert await request.is_disconnected()
        return await call_next(request)

    incoming: list[Message] = [
        {"type": "http.request", "body": b"x"},
        {"type": "http.disconnect"},
    ]
    await _bhm_run(BaseHTTPMiddleware(app, dispatch=dispatch), incoming)
    assert seen == ["http.request", "http.disconnect"]


@pytest.mark.anyio
async def test_base_client_disconnect_reaches_app_and_dispatch() -> None:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        assert (await receive())["type"] == "http.disconnect"
        assert (await receive())["type"] == "http.disconnect"
        await Response()(scope, receive, send)

    async def dispatch(request: Request, call_next: _BhmCallNext) -> Response:
        response = await call_next(request)
        assert await request.is_disconnected()
        return response

    sent = await _bhm_run(BaseHTTPMiddleware(app, dispatch=dispatch), [{"type": "http.disconnect"}])
    assert sent[0]["status"] == 200


@pytest.mark.anyio
async def test_base_only_a_disconnect_may_follow_the_body() -> None:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        await receive()
        await receive()

    incoming: list[Message] = [
        {"type": "http.request", "body": b""},
        {"type": "http.request"},
    ]
    with pytest.raises(RuntimeError, match="Unexpected message received: http.request"):
        await _bhm_run(BaseHTTPMiddleware(app, dispatch=_bhm_passthrough), incoming)


@pytest.mark.anyio
async def test_base_dispatch_error_cancels_the_app() -> None:
    app_cancelled = anyio.Event()

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": []})
        try:
            await anyio.sleep_forever()
        finally:
            app_cancelled.set()

    async def dispatch(request: Request, call_next: _BhmCallNext) -> Response:
        await call_next(request)
        raise KeyError("dispatch failed")

    with pytest.raises(KeyError, match="dispatch failed"):
        await _bhm_run(BaseHTTPMiddleware(app, dispatch=dispatch))
    assert app_cancelled.is_set()


@pytest.mark.anyio
async def test_base_dispatch_error_after_the_app_finished() -> None:
    async def dispatch(request: Request, call_next: _BhmCallNext) -> Response:
        response = await call_next(request)
        assert isinstance(response, _StreamingResponse)
        async for _ in response.body_iterator:
            pass
        raise KeyError("late")

    with pytest.raises(KeyError, match="late"):
        await _bhm_run(BaseHTTPMiddleware(PlainTextResponse("x"), dispatch=dispatch))


@pytest.mark.anyio
async def test_base_cancelling_the_request_cancels_the_app() -> None:
    app_cancelled = anyio.Event()

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await anyio.sleep_forever()
        finally:
            app_cancelled.set()

    with anyio.move_on_after(0.05) as scope:
        await _bhm_run(BaseHTTPMiddleware(app, dispatch=_bhm_passthrough))
    assert scope.cancelled_caught
    assert app_cancelled.is_set()


@pytest.mark.anyio
async def test_base_cancelled_app_finishes_its_shielded_cleanup() -> None:
    events: list[str] = []
    sleeping = anyio.Event()

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        try:
            sleeping.set()
            await anyio.sleep_forever()
        finally:
            with anyio.CancelScope(shield=True):  # cleanup that awaits, shielded
                await anyio.lowlevel.checkpoint()
                await anyio.lowlevel.checkpoint()
                events.append("cleaned up")

    async with anyio.create_task_group() as tg:
        tg.start_soon(_bhm_run, BaseHTTPMiddleware(app, dispatch=_bhm_passthrough))
        await sleeping.wait()
        tg.cancel_scope.cancel()
    assert events == ["cleaned up"]


@pytest.mark.anyio
async def test_base_cancelling_the_request_stops_the_app_after_its_response() -> None:
    events: list[str] = []

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"done"})
        try:
            events.append("background")
            await anyio.sleep_forever()  # a background task that never ends
        finally:
            events.append("app cancelled")

    async def send(message: Message) -> None:
        events.append(message["type"])

    async with anyio.create_task_group() as tg:
        middleware = BaseHTTPMiddleware(app, dispatch=_bhm_passthrough)
        scope = {"type": "http", "method": "GET", "headers": []}
        tg.start_soon(middleware, scope, _bhm_noop, send)
        while "background" not in events:
            await anyio.lowlevel.checkpoint()
        tg.cancel_scope.cancel()
    assert events == [
        "http.response.start",
        "http.response.body",
        "http.response.body",
        "background",
        "app cancelled",
    ]


_bhm_var: contextvars.ContextVar[str] = contextvars.ContextVar("_bhm_var", default="unset")


def test_base_context_flows_into_the_app_but_not_back(client: ClientFactory) -> None:
    async def endpoint(scope: Scope, receive: Receive, send: Send) -> None:
        value = _bhm_var.get()
        _bhm_var.set("set by endpoint")
        await PlainTextResponse(value)(scope, receive, send)

    async def dispatch(request: Request, call_next: _BhmCallNext) -> Response:
        _bhm_var.set("set by dispatch")
        response = await call_next(request)
        # compat: the app runs in its own task, so its changes stay there.
        response.headers["x-after"] = _bhm_var.get()
        return response

    response = client(BaseHTTPMiddleware(endpoint, dispatch=dispatch)).get("/")
    assert response.text == "set by dispatch"
    assert response.headers["x-after"] == "set by dispatch"


def test_base_cached_request_is_a_request() -> None:
    request = _CachedRequest({"type": "http", "method": "GET", "headers": []}, _bhm_noop, _bhm_noop)
    assert isinstance(request, Request)
    assert request.method == "GET"


@pytest.mark.anyio
async def test_base_outer_response_receives_through_the_cached_request() -> None:
    received: list[Message] = []

    class Listening(Response):
        async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
            received.append(await receive())
            received.append(await receive())
            await super().__call__(scope, receive, send)

    async def dispatch(request: Request, call_next: _BhmCallNext) -> Response:
        await request.body()
        return Listening(b"listened")

    incoming: list[Message] = [
        {"type": "http.request", "body": b"q"},
        {"type": "http.disconnect"},
    ]
    sent = await _bhm_run(BaseHTTPMiddleware(PlainTextResponse("x"), dispatch=dispatch), incoming)
    assert _bhm_body(sent) == b"listened"
    assert received == [
        {"type": "http.request", "body": b"q", "more_body": False},
        {"type": "http.disconnect"},
    ]


# =============================================================================
# starlette.middleware.errors: ServerErrorMiddleware
# =============================================================================


async def _errors_boom(scope: Scope, receive: Receive, send: Send) -> None:
    raise RuntimeError("Something <b>went</b> wrong")


async def _errors_run(app: ASGIApp, accept: str = "") -> tuple[list[Message], Exception | None]:
    """Run one GET through `app`; return what it sent and what it raised."""
    headers = [(b"accept", accept.encode())] if accept else []
    sent: list[Message] = []

    async def receive() -> Message:
        return {"type": "http.request", "body": b""}  # pragma: no cover - apps here do not read

    async def send(message: Message) -> None:
        sent.append(message)

    try:
        await app(_eh_scope(headers=headers), receive, send)
    except Exception as exc:
        return sent, exc
    return sent, None


@pytest.mark.anyio
async def test_errors_default_response_is_plain_500_and_reraises() -> None:
    sent, exc = await _errors_run(ServerErrorMiddleware(_errors_boom))
    assert isinstance(exc, RuntimeError)
    assert sent[0]["status"] == 500
    assert (b"content-type", b"text/plain; charset=utf-8") in sent[0]["headers"]
    assert sent[1]["body"] == b"Internal Server Error"


@pytest.mark.anyio
async def test_errors_success_passes_through() -> None:
    sent, exc = await _errors_run(ServerErrorMiddleware(PlainTextResponse("ok")))
    assert exc is None
    assert sent[0]["status"] == 200 and sent[1]["body"] == b"ok"


@pytest.mark.anyio
async def test_errors_async_handler_builds_the_response() -> None:
    async def handler(request: Request, exc: Exception) -> Response:
        return JSONResponse({"detail": str(exc), "path": request.url.path}, status_code=503)

    sent, exc = await _errors_run(ServerErrorMiddleware(_errors_boom, handler=handler))
    assert isinstance(exc, RuntimeError)
    assert sent[0]["status"] == 503
    assert sent[1]["body"] == b'{"detail":"Something <b>went</b> wrong","path":"/"}'


@pytest.mark.anyio
async def test_errors_sync_handler_runs_in_a_thread() -> None:
    threads: list[threading.Thread] = []

    def handler(request: Request, exc: Exception) -> Response:
        threads.append(threading.current_thread())
        return PlainTextResponse("sorry", status_code=500)

    sent, _ = await _errors_run(ServerErrorMiddleware(_errors_boom, handler=handler))
    assert sent[1]["body"] == b"sorry"
    assert threads[0] is not threading.current_thread()


@pytest.mark.anyio
async def test_errors_handler_returning_none_still_sends_500() -> None:
    seen: list[Exception] = []

    async def handler(request: Request, exc: Exception) -> None:
        seen.append(exc)

    # The ignore below: a handler returning None is deliberately outside the type.
    middleware = ServerErrorMiddleware(_errors_boom, handler=handler)  # type: ignore[arg-type]
    sent, exc = await _errors_run(middleware)
    assert seen == [exc]
    assert sent[0]["status"] == 500 and sent[1]["body"] == b"Internal Server Error"


@pytest.mark.anyio
async def test_errors_after_response_started_sends_nothing_but_calls_handler() -> None:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        await Response(status_code=204)(scope, receive, send)
        raise RuntimeError("late")

    calls: list[str] = []

    async def handler(request: Request, exc: Exception) -> Response:
        calls.append(str(exc))
        return PlainTextResponse("unused", status_code=500)

    sent, exc = await _errors_run(ServerErrorMiddleware(app, handler=handler))
    assert isinstance(exc, RuntimeError) and calls == ["late"]
    assert [m.get("status") for m in sent] == [204, None]  # only the app's own messages


@pytest.mark.anyio
async def test_errors_debug_plain_text_traceback() -> None:
    sent, _ = await _errors_run(ServerErrorMiddleware(_errors_boom, debug=True))
    assert sent[0]["status"] == 500
    assert (b"content-type", b"text/plain; charset=utf-8") in sent[0]["headers"]
    body = sent[1]["body"].decode()
    assert body.startswith("Traceback (most recent call last):")
    assert "RuntimeError: Something <b>went</b> wrong" in body


@pytest.mark.anyio
async def test_errors_debug_html_page_escapes_everything() -> None:
    app = ServerErrorMiddleware(_errors_boom, debug=True)
    sent, _ = await _errors_run(app, accept="text/html,application/xhtml+xml")
    assert (b"content-type", b"text/html; charset=utf-8") in sent[0]["headers"]
    page = sent[1]["body"].decode()
    assert page.startswith("<!DOCTYPE html>")
    assert "RuntimeError: Something &lt;b&gt;went&lt;/b&gt; wrong" in page
    assert "<b>went</b>" not in page
    # The failing source line is shown, escaped and highlighted, in the open frame.
    assert "_errors_boom" in page and "<details" in page
    assert "raise RuntimeError(&quot;Something &lt;b&gt;went" in page
    assert '<span class="line current">' in page
    assert STYLES in page and JS in page


def test_errors_generate_html_lists_innermost_frame_first_and_open() -> None:
    def inner() -> None:
        raise KeyError("deep")

    def outer() -> None:
        inner()

    try:
        outer()
    except KeyError as exc:
        page = ServerErrorMiddleware(_errors_boom).generate_html(exc, limit=3)
    frames = page.split("<details")[1:]
    assert len(frames) == 3  # the test, outer, inner
    assert "inner" in frames[0] and frames[0].startswith(' class="frame" open>')
    assert all(" open>" not in frame.split("\n")[0] for frame in frames[1:])
    assert "KeyError: &#x27;deep&#x27;" in page


def test_errors_generate_html_without_traceback() -> None:
    page = ServerErrorMiddleware(_errors_boom).generate_html(ValueError("never raised"))
    assert "ValueError: never raised" in page and "<details" not in page


def test_errors_format_line_numbers_and_marks_current() -> None:
    middleware = ServerErrorMiddleware(_errors_boom)
    plain = middleware.format_line(0, "if a < b:\n", frame_lineno=12, frame_index=2)
    assert plain == LINE.format(lineno=10, line="if a &lt; b:")
    current = middleware.format_line(2, "    x()\n", frame_lineno=12, frame_index=2)
    assert current == CENTER_LINE.format(lineno=12, line="    x()")


def test_errors_frame_html_without_source() -> None:
    # The ignore below: None stands in for the frame object.
    frame = inspect.FrameInfo(None, "<stdin>", 3, "<module>", None, None)  # type: ignore[arg-type]
    html = ServerErrorMiddleware(_errors_boom).generate_frame_html(frame, is_collapsed=True)
    assert html == FRAME_TEMPLATE.format(
        open_attr="",
        frame_filename="&lt;stdin&gt;",
        frame_lineno=3,
        frame_name="&lt;module&gt;",
        code_context="",
    )
    assert TEMPLATE.count("{exc_html}") == 1


def test_errors_plain_text_includes_chained_exceptions() -> None:
    try:
        try:
            raise OSError("disk")
        except OSError as inner:
            raise ValueError("outer") from inner
    except ValueError as exc:
        text = ServerErrorMiddleware(_errors_boom).generate_plain_text(exc)
    assert "OSError: disk" in text and "ValueError: outer" in text
    assert "direct cause" in text


@pytest.mark.anyio
async def test_errors_non_http_scopes_pass_through() -> None:
    calls: list[str] = []

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        calls.append(scope["type"])
        raise RuntimeError("ws failure")

    middleware = ServerErrorMiddleware(app, debug=True)
    sent: list[Message] = []

    async def send(message: Message) -> None:
        sent.append(message)  # pragma: no cover - nothing is sent

    with pytest.raises(RuntimeError, match="ws failure"):
        await middleware(_eh_scope("websocket"), _errors_no_receive, send)
    assert calls == ["websocket"] and sent == []


async def _errors_no_receive() -> Message:
    raise AssertionError("not read")  # pragma: no cover - never called


# =============================================================================
# starlette.middleware.exceptions: ExceptionMiddleware
# =============================================================================


def _exc_scope(kind: str = "http", **extra: Any) -> dict[str, Any]:
    """A GET (or websocket) scope for driving the middleware by hand; `extra` overrides."""
    scope: dict[str, Any] = {
        "type": kind,
        "path": "/",
        "raw_path": b"/",
        "root_path": "",
    }
    scope.update(scheme="ws" if kind == "websocket" else "http", query_string=b"")
    scope.update(headers=[(b"host", b"testserver")], server=("testserver", 80))
    if kind == "http":
        scope.update(method="GET", http_version="1.1")
    return {**scope, **extra}


async def _exc_call(app: Any, scope: Scope | None = None) -> list[Message]:
    """Drive `app` through one connection with an empty body; the messages it sent."""
    scope = scope if scope is not None else _exc_scope()
    inbox: list[Message] = [{"type": "websocket.connect"}]
    if scope["type"] == "http":
        inbox = [{"type": "http.request", "body": b""}]
    outbox: list[Message] = []

    async def receive() -> Message:
        return inbox.pop() if inbox else {"type": "http.disconnect"}  # pragma: no branch

    async def send(message: Message) -> None:
        outbox.append(message)

    await app(scope, receive, send)
    return outbox


def _exc_raiser(exc: Exception) -> Any:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        raise exc

    return app


@pytest.mark.anyio
async def test_exceptions_mw_http_exception_as_plain_text_with_headers() -> None:
    app = ExceptionMiddleware(_exc_raiser(HTTPException(406, headers={"x-potato": "always"})))
    sent = await _exc_call(app)
    assert sent[0]["status"] == 406
    assert (b"x-potato", b"always") in sent[0]["headers"]
    assert sent[1]["body"] == b"Not Acceptable"


@pytest.mark.anyio
@pytest.mark.parametrize("code", [204, 304])
async def test_exceptions_mw_no_body_statuses(code: int) -> None:
    sent = await _exc_call(ExceptionMiddleware(_exc_raiser(HTTPException(code))))
    assert sent[0]["status"] == code
    assert not any(
        name == b"content-length" and value != b"0" for name, value in sent[0]["headers"]
    )
    assert sent[1].get("body", b"") == b""


@pytest.mark.anyio
async def test_exceptions_mw_publishes_handler_tables_in_scope() -> None:
    seen: list[Any] = []

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        seen.append(scope["starlette.exception_handlers"])
        await PlainTextResponse("ok")(scope, receive, send)

    async def teapot(request: Request, exc: Exception) -> Response:
        return PlainTextResponse("teapot", status_code=418)  # pragma: no cover - not raised

    middleware = ExceptionMiddleware(app, handlers={418: teapot})
    await _exc_call(middleware)
    by_class, by_status = seen[0]
    assert by_status == {418: teapot}
    assert by_class[HTTPException] == middleware.http_exception
    assert by_class[WebSocketException] == middleware.websocket_exception


@pytest.mark.anyio
async def test_exceptions_mw_custom_handlers_by_status_and_class() -> None:
    class Conflict(Exception):
        pass

    async def on_404(request: Request, exc: Exception) -> Response:
        return PlainTextResponse(f"nothing at {request.url.path}", status_code=404)

    def on_conflict(request: Request, exc: Exception) -> Response:
        return PlainTextResponse("conflict", status_code=409)

    middleware = ExceptionMiddleware(_exc_raiser(HTTPException(404)), handlers={404: on_404})
    sent = await _exc_call(middleware, _exc_scope(path="/missing"))
    assert sent[1]["body"] == b"nothing at /missing"
    middleware = ExceptionMiddleware(_exc_raiser(Conflict()))
    middleware.add_exception_handler(Conflict, on_conflict)
    sent = await _exc_call(middleware)
    assert sent[0]["status"] == 409


def test_exceptions_mw_rejects_bad_handler_keys() -> None:
    middleware = ExceptionMiddleware(PlainTextResponse("x"))
    text_key: Any = "404"  # a string, not the status code 404
    with pytest.raises(TypeError, match="status code or an Exception subclass"):
        middleware.add_exception_handler(text_key, middleware.http_exception)
    not_an_exception: Any = KeyboardInterrupt  # a BaseException only: refused
    with pytest.raises(TypeError):
        middleware.add_exception_handler(not_an_exception, middleware.http_exception)


@pytest.mark.anyio
async def test_exceptions_mw_builtin_handlers_check_their_exception() -> None:
    middleware = ExceptionMiddleware(PlainTextResponse("x"))
    with pytest.raises(TypeError, match="HTTPException, not KeyError"):
        await middleware.http_exception(Request(_exc_scope()), KeyError())
    with pytest.raises(TypeError, match="WebSocketException, not KeyError"):
        await middleware.websocket_exception(
            WebSocket(_exc_scope("websocket"), *_exc_ws()), KeyError()
        )


def _exc_ws() -> tuple[Receive, Send]:
    async def receive() -> Message:
        raise AssertionError("not read")  # pragma: no cover - the test never lets it run

    async def send(message: Message) -> None:
        raise AssertionError("not sent")  # pragma: no cover - the test never lets it run

    return receive, send


@pytest.mark.anyio
async def test_exceptions_mw_unhandled_exception_propagates() -> None:
    with pytest.raises(ZeroDivisionError):
        await _exc_call(ExceptionMiddleware(_exc_raiser(ZeroDivisionError())))


@pytest.mark.anyio
async def test_exceptions_mw_handled_after_response_started() -> None:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        await PlainTextResponse("OK")(scope, receive, send)
        raise HTTPException(406)

    with pytest.raises(
        RuntimeError, match="Caught handled exception, but response already started."
    ):
        await _exc_call(ExceptionMiddleware(app))


@pytest.mark.anyio
async def test_exceptions_mw_websocket_exception_closes_socket() -> None:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        websocket = WebSocket(scope, receive, send)
        await websocket.accept()
        raise WebSocketException(1008, reason="policy")

    sent = await _exc_call(ExceptionMiddleware(app), _exc_scope("websocket"))
    assert sent[0]["type"] == "websocket.accept"
    assert sent[1] == {"type": "websocket.close", "code": 1008, "reason": "policy"}


@pytest.mark.anyio
async def test_exceptions_mw_lifespan_passes_through() -> None:
    scopes: list[Scope] = []

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        scopes.append(scope)

    scope: Scope = {"type": "lifespan"}
    await ExceptionMiddleware(app)(scope, _exc_ws()[0], _exc_ws()[1])
    assert scopes == [{"type": "lifespan"}]  # no handler tables added


@pytest.mark.anyio
async def test_exceptions_mw_handler_does_not_use_threadpool_for_http_exception(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def forbidden(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("run_in_threadpool must not be used")  # pragma: no cover - never runs

    monkeypatch.setattr(starlette, "run_in_threadpool", forbidden)
    sent = await _exc_call(ExceptionMiddleware(_exc_raiser(HTTPException(400))))
    assert sent[0]["status"] == 400


@pytest.mark.anyio
async def test_exceptions_mw_shares_the_outer_response_tracker() -> None:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        await PlainTextResponse("partial")(scope, receive, send)
        raise HTTPException(406)

    # The outer layer's tracker is passed straight down, so both layers see the start.
    sent: list[Message] = []

    async def send(message: Message) -> None:
        sent.append(message)

    outer = ServerErrorMiddleware(ExceptionMiddleware(app))
    with pytest.raises(RuntimeError, match="already started"):
        await outer(_exc_scope(), _exc_ws()[0], send)
    assert [m.get("status") for m in sent] == [200, None]  # no second response


# --- debug mode: the teaching 404 and 405 pages -------------------------------


# =============================================================================
# starlette.middleware.cors: CORSMiddleware
# =============================================================================


def _cors_app(vary: list[str] | None = None) -> Any:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        response = PlainTextResponse("Homepage")
        for value in vary or []:
            response.headers.append("Vary", value)
        await response(scope, receive, send)

    return app


_CORS_PREFLIGHT = {
    "Origin": "https://example.org",
    "Access-Control-Request-Method": "GET",
    "Access-Control-Request-Headers": "X-Example",
}
_CORS_VARY = (
    "Origin, Access-Control-Request-Method, Access-Control-Request-Headers, "
    "Access-Control-Request-Private-Network"
)


def test_cors_constants() -> None:
    assert "QUERY" in ALL_METHODS and "GET" in ALL_METHODS
    assert SAFELISTED_HEADERS == {
        "Accept",
        "Accept-Language",
        "Content-Language",
        "Content-Type",
    }


def test_cors_allow_all_with_credentials_echoes_the_origin(
    client: ClientFactory,
) -> None:
    app = CORSMiddleware(
        _cors_app(),
        allow_origins=["*"],
        allow_headers=["*"],
        allow_methods=["*"],
        expose_headers=["X-Status"],
        allow_credentials=True,
    )
    test = client(app)
    response = test.options("/", headers=_CORS_PREFLIGHT)
    assert response.status_code == 200 and response.text == "OK"
    assert response.headers["access-control-allow-origin"] == "https://example.org"
    assert response.headers["access-control-allow-headers"] == "X-Example"
    assert response.headers["access-control-allow-credentials"] == "true"
    assert response.headers["vary"] == _CORS_VARY

    response = test.get("/", headers={"Origin": "https://example.org"})
    assert response.headers["access-control-allow-origin"] == "https://example.org"
    assert response.headers["access-control-expose-headers"] == "X-Status"
    assert response.headers["access-control-allow-credentials"] == "true"
    assert response.headers["vary"] == "Origin"

    response = test.get("/")  # not a CORS request: only Vary
    assert "access-control-allow-origin" not in response.headers
    assert "access-control-allow-credentials" not in response.headers
    assert response.headers["vary"] == "Origin"


def test_cors_allow_all_without_credentials_says_star(client: ClientFactory) -> None:
    app = CORSMiddleware(_cors_app(), allow_origins=["*"], allow_headers=["*"], allow_methods=["*"])
    test = client(app)
    response = test.options("/", headers=_CORS_PREFLIGHT)
    assert response.headers["access-control-allow-origin"] == "*"
    assert "access-control-allow-credentials" not in response.headers
    response = test.get("/", headers={"Origin": "https://example.org"})
    assert response.headers["access-control-allow-origin"] == "*"
    assert response.headers["vary"] == "Origin"


def test_cors_specific_origins_and_headers(client: ClientFactory) -> None:
    app = CORSMiddleware(
        _cors_app(),
        allow_origins=["https://example.org"],
        allow_headers=["X-Example", "Content-Type"],
        max_age=42,
    )
    test = client(app)
    headers = {
        **_CORS_PREFLIGHT,
        "Access-Control-Request-Headers": "X-Example, content-type",
    }
    response = test.options("/", headers=headers)
    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] == "https://example.org"
    assert response.headers["access-control-allow-headers"] == (
        "Accept, Accept-Language, Content-Language, Content-Type, X-Example"
    )
    assert response.headers["access-control-max-age"] == "42"
    assert response.headers["access-control-allow-methods"] == "GET"

    response = test.get("/", headers={"Origin": "https://example.org"})
    assert response.headers["access-control-allow-origin"] == "https://example.org"
    response = test.get("/", headers={"Origin": "https://other.org"})
    assert "access-control-allow-origin" not in response.headers
    assert response.headers["vary"] == "Origin"


def test_cors_refused_preflight_names_every_failure(client: ClientFactory) -> None:
    app = CORSMiddleware(_cors_app(), allow_origins=["https://example.org"], allow_headers=["X-Ok"])
    test = client(app)
    refused = {
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "X-Nope",
    }
    response = test.options("/", headers={"Origin": "https://another.org", **refused})
    assert response.status_code == 400
    assert response.text == "Disallowed CORS origin, method, headers"
    assert response.headers["vary"] == _CORS_VARY
    assert "access-control-allow-origin" not in response.headers
    headers = {
        **_CORS_PREFLIGHT,
        "Access-Control-Request-Headers": "X-Ok, X-Nope-1, X-Nope-2",
    }
    assert test.options("/", headers=headers).text == "Disallowed CORS headers"


def test_cors_wildcard_methods_still_refuse_unknown_ones(client: ClientFactory) -> None:
    test = client(CORSMiddleware(_cors_app(), allow_origins=["*"], allow_methods=["*"]))
    for method in ALL_METHODS:
        headers = {"Origin": "https://a.org", "Access-Control-Request-Method": method}
        response = test.options("/", headers=headers)
        assert response.status_code == 200
        assert method in response.headers["access-control-allow-methods"]
    headers = {"Origin": "https://a.org", "Access-Control-Request-Method": "CUSTOM"}
    assert test.options("/", headers=headers).text == "Disallowed CORS method"


def test_cors_options_without_request_method_is_not_a_preflight(
    client: ClientFactory,
) -> None:
    test = client(CORSMiddleware(_cors_app(), allow_origins=["*"]))
    response = test.options("/", headers={"Origin": "https://a.org"})
    assert response.text == "Homepage"
    assert response.headers["access-control-allow-origin"] == "*"


def test_cors_origin_regex_must_match_the_whole_origin(client: ClientFactory) -> None:
    app = CORSMiddleware(
        _cors_app(),
        allow_origin_regex=r"https://.*\.example\.org",
        allow_credentials=True,
    )
    test = client(app)
    response = test.get("/", headers={"Origin": "https://api.example.org"})
    assert response.headers["access-control-allow-origin"] == "https://api.example.org"
    assert response.headers["access-control-allow-credentials"] == "true"
    for origin in ("https://api.example.org.evil.com", "http://api.example.org"):
        response = test.get("/", headers={"Origin": origin})
        assert "access-control-allow-origin" not in response.headers
    headers = {"Origin": "https://evil.com", "Access-Control-Request-Method": "GET"}
    response = test.options("/", headers=headers)
    assert response.status_code == 400 and response.text == "Disallowed CORS origin"


def test_cors_vary_values_are_merged(client: ClientFactory) -> None:
    app = CORSMiddleware(_cors_app(["Accept-Encoding", "Accept-Language"]), allow_origins=["*"])
    response = client(app).get("/", headers={"Origin": "https://someplace.org"})
    assert response.headers["vary"] == "Accept-Encoding, Accept-Language, Origin"
    assert response.headers.get_list("vary") == ["Accept-Encoding, Accept-Language, Origin"]


def test_cors_private_network(client: ClientFactory) -> None:
    headers = {**_CORS_PREFLIGHT, "Access-Control-Request-Private-Network": "true"}
    allowed = CORSMiddleware(
        _cors_app(),
        allow_origins=["*"],
        allow_headers=["*"],
        allow_private_network=True,
    )
    response = client(allowed).options("/", headers=headers)
    assert response.status_code == 200
    assert response.headers["access-control-allow-private-network"] == "true"
    refused = CORSMiddleware(_cors_app(), allow_origins=["*"], allow_headers=["*"])
    response = client(refused).options("/", headers=headers)
    assert response.status_code == 400
    assert response.text == "Disallowed CORS private-network"
    assert "access-control-allow-private-network" not in response.headers


@pytest.mark.anyio
async def test_cors_start_message_without_header_list() -> None:
    sent: list[Message] = []

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": 204})
        await send({"type": "http.response.body"})

    async def send(message: Message) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "method": "GET",
        "headers": [(b"origin", b"https://a.org")],
    }
    await CORSMiddleware(app, allow_origins=["https://a.org"])(scope, _cors_receive, send)
    assert sent[0]["headers"] == [
        (b"access-control-allow-origin", b"https://a.org"),
        (b"vary", b"Origin"),
    ]


async def _cors_receive() -> Message:
    return {"type": "http.request"}  # pragma: no cover - the apps here never read


@pytest.mark.anyio
async def test_cors_other_scopes_pass_through() -> None:
    seen: list[str] = []

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        seen.append(scope["type"])

    await CORSMiddleware(app)({"type": "websocket", "headers": []}, _cors_receive, _cors_send)
    assert seen == ["websocket"]


async def _cors_send(message: Message) -> None:
    pass  # pragma: no cover - nothing is sent here


@pytest.mark.anyio
async def test_cors_public_helpers_keep_starlettes_signatures() -> None:
    middleware = CORSMiddleware(
        _cors_app(), allow_origins=["https://a.org"], expose_headers=["X-Id"]
    )
    request_headers = Headers({"origin": "https://a.org"})
    sent: list[Message] = []

    async def send(message: Message) -> None:
        sent.append(message)

    scope = {"type": "http", "method": "GET", "headers": []}
    await middleware.simple_response(scope, _cors_receive, send, request_headers=request_headers)
    start = Headers(raw=sent[0]["headers"])
    assert start["access-control-allow-origin"] == "https://a.org"
    assert start["access-control-expose-headers"] == "X-Id"
    await middleware.send({"type": "http.response.body"}, send, Headers({}))
    assert sent[-1] == {"type": "http.response.body"}

    preflight = middleware.preflight_response(
        Headers({"origin": "https://a.org", "access-control-request-method": "GET"})
    )
    assert isinstance(preflight, Response) and preflight.status_code == 200

    headers = MutableHeaders({"Vary": "Accept"})
    CORSMiddleware.allow_explicit_origin(headers, "https://b.org")
    assert headers["access-control-allow-origin"] == "https://b.org"
    assert headers["vary"] == "Accept, Origin"
    assert middleware.is_allowed_origin("https://a.org")
    assert not middleware.is_allowed_origin("https://b.org")


# =============================================================================
# starlette.middleware.gzip: GZipMiddleware
# =============================================================================


def _gzip_app(*messages: Message) -> Any:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        for message in messages:
            await send(dict(message))

    return app


def _gzip_start(content_type: bytes = b"text/plain", status: int = 200, **extra: Any) -> Message:
    return {
        "type": "http.response.start",
        "status": status,
        "headers": [(b"content-type", content_type)],
        **extra,
    }


async def _gzip_run(app: Any, accept: bytes | None = b"gzip") -> list[Message]:
    sent: list[Message] = []

    async def receive() -> Message:
        return {"type": "http.request"}  # pragma: no cover - the apps here never read

    async def send(message: Message) -> None:
        sent.append(message)

    headers = [] if accept is None else [(b"accept-encoding", accept)]
    await app({"type": "http", "method": "GET", "headers": headers}, receive, send)
    return sent


def test_gzip_large_response_is_compressed(client: ClientFactory) -> None:
    app = GZipMiddleware(PlainTextResponse("x" * 4000))
    response = client(app).get("/", headers={"accept-encoding": "gzip"})
    assert response.text == "x" * 4000
    assert response.headers["content-encoding"] == "gzip"
    assert response.headers["vary"] == "Accept-Encoding"
    assert int(response.headers["content-length"]) < 4000


def test_gzip_identity_client_gets_vary_only(client: ClientFactory) -> None:
    app = GZipMiddleware(PlainTextResponse("x" * 4000, headers={"vary": "Cookie"}))
    response = client(app).get("/", headers={"accept-encoding": "identity"})
    assert "content-encoding" not in response.headers
    assert response.headers["vary"] == "Cookie, Accept-Encoding"
    assert response.headers["content-length"] == "4000"


def test_gzip_small_response_untouched(client: ClientFactory) -> None:
    response = client(GZipMiddleware(PlainTextResponse("OK"))).get("/")
    assert "content-encoding" not in response.headers
    assert "vary" not in response.headers
    assert response.headers["content-length"] == "2"


def test_gzip_streaming_response(client: ClientFactory) -> None:
    async def chunks() -> Any:
        for _ in range(10):
            yield b"x" * 400

    app = GZipMiddleware(StreamingResponse(chunks()))
    response = client(app).get("/", headers={"accept-encoding": "gzip"})
    assert response.text == "x" * 4000
    assert response.headers["content-encoding"] == "gzip"
    assert "content-length" not in response.headers


@pytest.mark.anyio
async def test_gzip_each_chunk_is_flushed_on_its_own() -> None:
    app = _gzip_app(
        _gzip_start(),
        {"type": "http.response.body", "body": b"data: first\n\n", "more_body": True},
        {"type": "http.response.body", "body": b"", "more_body": True},
        {"type": "http.response.body", "body": b"data: last\n\n"},
    )
    sent = await _gzip_run(GZipMiddleware(app))
    decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
    bodies = [decompressor.decompress(m["body"]) for m in sent[1:]]
    assert bodies == [b"data: first\n\n", b"", b"data: last\n\n"]
    assert decompressor.eof


@pytest.mark.anyio
async def test_gzip_big_chunks_are_compressed_in_a_thread() -> None:
    chunk = b"y" * 2048
    app = _gzip_app(
        _gzip_start(),
        {"type": "http.response.body", "body": chunk, "more_body": True},
        {"type": "http.response.body", "body": chunk},
    )
    sent = await _gzip_run(GZipMiddleware(app, thread_minimum_size=len(chunk)))
    assert gzip.decompress(b"".join(m["body"] for m in sent[1:])) == chunk * 2
    assert _get_gzip_capacity_limiter() is _get_gzip_capacity_limiter()
    assert _get_gzip_capacity_limiter().total_tokens == 40


@pytest.mark.parametrize(
    "content_type", [b"image/png", b"application/grpc+proto", b"Text/Event-Stream; x=1"]
)
def test_gzip_excluded_types_start_at_once(client: ClientFactory, content_type: bytes) -> None:
    app = _gzip_app(_gzip_start(content_type), {"type": "http.response.body", "body": b"x" * 4000})
    response = client(GZipMiddleware(app)).get("/", headers={"accept-encoding": "gzip"})
    assert response.content == b"x" * 4000
    assert "content-encoding" not in response.headers
    assert "vary" not in response.headers


def test_gzip_custom_and_cleared_exclusions(client: ClientFactory) -> None:
    app = _gzip_app(
        _gzip_start(b"image/svg+xml"),
        {"type": "http.response.body", "body": b"x" * 4000},
    )
    custom = GZipMiddleware(app, exclude_content_types=("Image/SVG+XML; q=1",))
    assert "content-encoding" not in client(custom).get("/").headers
    cleared = GZipMiddleware(app, exclude_content_types=())
    assert client(cleared).get("/").headers["content-encoding"] == "gzip"


def test_gzip_leaves_unbuffered_responses_alone(client: ClientFactory) -> None:
    # EventSourceResponse says "X-Accel-Buffering: no": with an exclusion list
    # of one's own (which drops the default text/event-stream entry), it is
    # still not compressed; an event stream without that header is, as in Starlette.
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        response = EventSourceResponse(iter(["x" * 4000]), ping=None)
        if scope["path"] == "/buffered":
            del response.headers["x-accel-buffering"]
        await response(scope, receive, send)

    for excluded in ((), ("image/png",)):
        http = client(GZipMiddleware(app, exclude_content_types=excluded))
        response = http.get("/")
        assert "content-encoding" not in response.headers
        assert response.text == "data: " + "x" * 4000 + "\n\n"
        assert http.get("/buffered").headers["content-encoding"] == "gzip"


@pytest.mark.anyio
async def test_gzip_start_is_not_held_back_when_passing_through() -> None:
    events: list[str] = []
    started = anyio.Event()

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        await send(_gzip_start(b"text/event-stream"))
        await started.wait()  # deadlocks if the start message were held back
        await send({"type": "http.response.body", "body": b"data: x\n\n"})

    async def send(message: Message) -> None:
        events.append(message["type"])
        started.set()

    scope = {
        "type": "http",
        "method": "GET",
        "headers": [(b"accept-encoding", b"gzip")],
    }
    with anyio.fail_after(5):
        await GZipMiddleware(app)(scope, _gzip_noop, send)
    assert events == ["http.response.start", "http.response.body"]


async def _gzip_noop(*args: Any) -> Any:
    """An unused receive."""


@pytest.mark.anyio
@pytest.mark.parametrize("case", ["encoded", "partial"])
async def test_gzip_encoded_or_partial_bodies_pass_through(case: str) -> None:
    start = _gzip_start(status=206 if case == "partial" else 200)
    if case == "encoded":
        start["headers"].append((b"content-encoding", b"br"))
    body = {"type": "http.response.body", "body": b"z" * 4000}
    sent = await _gzip_run(GZipMiddleware(_gzip_app(start, body)))
    assert sent[1]["body"] == b"z" * 4000
    assert (b"vary", b"Accept-Encoding") not in sent[0]["headers"]


@pytest.mark.anyio
@pytest.mark.parametrize("accept", [b"gzip", b"identity"])
async def test_gzip_pathsend_and_early_hints_pass_through(accept: bytes) -> None:
    app = _gzip_app(
        {"type": "http.response.early_hint", "links": [b"</a.css>"]},
        _gzip_start(),
        {"type": "http.response.pathsend", "path": "/file.txt"},
    )
    sent = await _gzip_run(GZipMiddleware(app), accept)
    assert [m["type"] for m in sent] == [
        "http.response.early_hint",
        "http.response.start",
        "http.response.pathsend",
    ]


@pytest.mark.parametrize("encoding", ["gzip", "identity"])
@pytest.mark.parametrize("more_body", [True, False])
def test_gzip_trailers_are_kept(client: ClientFactory, encoding: str, more_body: bool) -> None:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [],
                "trailers": True,
            }
        )
        await send({"type": "http.response.body", "body": b"x" * 4000, "more_body": more_body})
        if more_body:
            await send({"type": "http.response.body", "body": b""})
        await send({"type": "http.response.trailers", "headers": [(b"grpc-status", b"0")]})

    response = client(GZipMiddleware(app)).get("/", headers={"accept-encoding": encoding})
    assert response.content == b"x" * 4000
    assert response.headers.get("content-encoding") == (encoding if encoding == "gzip" else None)
    assert "content-length" not in response.headers
    assert response.extensions["http.response.trailers"] == [(b"grpc-status", b"0")]


def test_gzip_content_type_helpers() -> None:
    assert "text/event-stream" in DEFAULT_EXCLUDED_CONTENT_TYPES
    assert _normalize_content_types(("Text/HTML; charset=utf-8", " image/* ")) == (
        "text/html",
        "image/*",
    )
    responder = GZipResponder(
        PlainTextResponse("x"), 500, exclude_content_types=("Application/ZIP",)
    )
    assert responder.exclude_content_types == ("application/zip",)
    assert responder.content_encoding == "gzip"
    identity = IdentityResponder(PlainTextResponse("x"), 500)
    assert identity.exclude_content_types == DEFAULT_EXCLUDED_CONTENT_TYPES


@pytest.mark.anyio
async def test_gzip_other_scopes_pass_through() -> None:
    seen: list[str] = []

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        seen.append(scope["type"])

    await GZipMiddleware(app)({"type": "lifespan"}, _gzip_noop, _gzip_noop)
    assert seen == ["lifespan"]


def test_gzip_works_behind_request_reading_app(client: ClientFactory) -> None:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        body = await Request(scope, receive).body()
        await PlainTextResponse(body * 1000)(scope, receive, send)

    response = client(GZipMiddleware(app)).post(
        "/", content=b"ab", headers={"accept-encoding": "gzip"}
    )
    assert response.content == b"ab" * 1000
    assert response.headers["content-encoding"] == "gzip"


@pytest.mark.anyio
async def test_gzip_no_accept_encoding_means_identity() -> None:
    app = _gzip_app(_gzip_start(), {"type": "http.response.body", "body": b"q" * 600})
    sent = await _gzip_run(GZipMiddleware(app), accept=None)
    assert sent[1]["body"] == b"q" * 600
    assert (b"vary", b"Accept-Encoding") in sent[0]["headers"]


# =============================================================================
# starlette.middleware.sessions: SessionMiddleware
# =============================================================================


def _session_app(**options: Any) -> Any:
    """An app whose JSON body (if any) is merged into the session; "clear" empties it."""

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive)
        if request.url.path == "/update":
            request.session.update(await request.json())
        elif request.url.path == "/clear":
            request.session.clear()
        elif request.url.path == "/view":
            await JSONResponse({"session": request.session})(scope, receive, send)
            return
        await JSONResponse({"path": request.url.path})(scope, receive, send)

    return SessionMiddleware(app, **{"secret_key": "example", **options})


def _session_cookie_value(set_cookie: str) -> str:
    match = re.match(r"session=([^;]*);", set_cookie)
    assert match is not None
    return match[1]


def test_sessions_roundtrip_and_clear(client: ClientFactory) -> None:
    test = client(_session_app())
    assert test.get("/view").json() == {"session": {}}
    response = test.post("/update", json={"some": "data"})
    set_cookie = response.headers["set-cookie"]
    assert set_cookie.endswith("; path=/; Max-Age=1209600; httponly; samesite=lax")
    assert response.headers["vary"] == "Cookie"
    assert test.get("/view").json() == {"session": {"some": "data"}}
    response = test.post("/clear")
    assert response.headers["set-cookie"] == (
        "session=null; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT; httponly; samesite=lax"
    )
    assert test.get("/view").json() == {"session": {}}


def test_sessions_untouched_session_sets_no_cookie_and_no_vary(
    client: ClientFactory,
) -> None:
    test = client(_session_app())
    test.post("/update", json={"a": 1})
    response = test.get("/other")
    assert "set-cookie" not in response.headers
    assert "vary" not in response.headers
    response = test.get("/view")  # read only: Vary, but no new cookie
    assert "set-cookie" not in response.headers
    assert response.headers["vary"] == "Cookie"


def test_sessions_clearing_an_empty_session_sets_no_cookie(
    client: ClientFactory,
) -> None:
    response = client(_session_app()).post("/clear")
    assert "set-cookie" not in response.headers


def test_sessions_cookie_attributes(client: ClientFactory) -> None:
    app = _session_app(
        secret_key=Secret("s3cret"),
        session_cookie="sid",
        max_age=None,
        path="/app",
        same_site="none",
        https_only=True,
        domain=".example.com",
        partitioned=True,
    )
    response = client(app, base_url="https://testserver").post("/update", json={"x": 1})
    attributes = response.headers["set-cookie"].split("; ")
    assert attributes[0].startswith("sid=")
    assert attributes[1:] == [
        "path=/app",
        "httponly",
        "samesite=none",
        "secure",
        "domain=.example.com",
        "partitioned",
    ]


def test_sessions_zero_max_age_is_announced(client: ClientFactory) -> None:
    response = client(_session_app(max_age=0)).post("/update", json={"x": 1})
    assert "; Max-Age=0; " in response.headers["set-cookie"]


def test_sessions_expired_cookie_gives_an_empty_session(
    client: ClientFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    response = client(_session_app()).post("/update", json={"x": 1})
    cookie = _session_cookie_value(response.headers["set-cookie"])
    now = time.time()
    monkeypatch.setattr(time, "time", lambda: now + 14 * 24 * 3600 + 5)
    test = client(_session_app(), cookies={"session": cookie})
    assert test.get("/view").json() == {"session": {}}
    # Without max_age the signature never expires.
    test = client(_session_app(max_age=None), cookies={"session": cookie})
    assert test.get("/view").json() == {"session": {"x": 1}}


def test_sessions_cookie_signed_in_the_future_is_refused(
    client: ClientFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = time.time()
    monkeypatch.setattr(time, "time", lambda: now + 3600)
    cookie = _session_cookie_value(
        client(_session_app()).post("/update", json={"x": 1}).headers["set-cookie"]
    )
    monkeypatch.setattr(time, "time", lambda: now)
    test = client(_session_app(), cookies={"session": cookie})
    assert test.get("/view").json() == {"session": {}}


def _session_signed(payload: bytes, timestamp: bytes | None = None, secret: str = "example") -> str:
    """Sign `payload` the way itsdangerous' TimestampSigner does."""
    itsdangerous = pytest.importorskip("itsdangerous")
    signer = itsdangerous.TimestampSigner(secret)
    if timestamp is None:
        return str(signer.sign(payload).decode())
    value = payload + b"." + timestamp
    return str((value + b"." + signer.get_signature(value)).decode())


async def _session_view(cookie_header: bytes) -> Any:
    """The session the middleware loads for a raw Cookie header."""
    seen: list[Any] = []

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        seen.append(dict(scope["session"]))

    scope = {"type": "http", "headers": [(b"cookie", cookie_header)]}
    await SessionMiddleware(app, "example")(scope, _session_noop, _session_noop)
    return seen[0]


@pytest.mark.anyio
@pytest.mark.parametrize(
    "cookie",
    [
        "invalid",
        "a.b",
        "..",
        "\xe9.x.y",
        "e30=.AAAA.!!!!",
        "placeholder-foreign-secret",
        "placeholder-not-json",
        "placeholder-not-a-dict",
        "placeholder-long-timestamp",
        "placeholder-bad-timestamp",
    ],
)
async def test_sessions_bad_cookies_give_an_empty_session(cookie: str) -> None:
    if cookie == "placeholder-foreign-secret":
        cookie = _session_signed(base64.b64encode(b'{"x": 1}'), secret="other")
    elif cookie == "placeholder-not-json":
        cookie = _session_signed(base64.b64encode(b"{not json"))
    elif cookie == "placeholder-not-a-dict":
        cookie = _session_signed(base64.b64encode(b"[1, 2]"))
    elif cookie == "placeholder-long-timestamp":
        cookie = _session_signed(base64.b64encode(b"{}"), timestamp=b"AAAAAAAAAAAAAA")
    elif cookie == "placeholder-bad-timestamp":
        cookie = _session_signed(base64.b64encode(b"{}"), timestamp=b"A")
    assert await _session_view(b"session=" + cookie.encode("latin-1")) == {}


@pytest.mark.anyio
async def test_sessions_other_cookies_are_not_parsed() -> None:
    assert await _session_view(b"theme=dark") == {}
    good = _session_signed(base64.b64encode(b'{"k": "v"}'))
    assert await _session_view(b"theme=dark; session=" + good.encode()) == {"k": "v"}


def test_sessions_cookies_interoperate_with_itsdangerous(client: ClientFactory) -> None:
    itsdangerous = pytest.importorskip("itsdangerous")
    data = {"user": "ada", "n": [1, 2], "ok": True}
    # A cookie as Starlette (itsdangerous) writes it is read here...
    cookie = _session_signed(base64.b64encode(json.dumps(data).encode()))
    test = client(_session_app(), cookies={"session": cookie})
    assert test.get("/view").json() == {"session": data}
    # ... and one written here is read by itsdangerous.
    response = client(_session_app()).post("/update", json=data)
    ours = _session_cookie_value(response.headers["set-cookie"])
    payload = itsdangerous.TimestampSigner("example").unsign(ours, max_age=60)
    assert json.loads(base64.b64decode(payload)) == data


def test_sessions_later_cookie_header_wins(client: ClientFactory) -> None:
    old = _session_signed(base64.b64encode(b'{"v": "old"}'))
    new = _session_signed(base64.b64encode(b'{"v": "new"}'))
    test = client(_session_app())
    headers = [
        ("cookie", f"session={old}"),
        ("cookie", "other=1"),
        ("cookie", f"session={new}"),
    ]
    response = test.get("/view", headers=headers)
    assert response.json() == {"session": {"v": "new"}}


@pytest.mark.anyio
async def test_sessions_replaced_dict_is_written_back() -> None:
    sent: list[Message] = []

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        scope["session"] = {"plain": "dict"}
        await send({"type": "http.response.start", "status": 200})
        await send({"type": "http.response.body"})

    async def send(message: Message) -> None:
        sent.append(message)

    await SessionMiddleware(app, "key")({"type": "http", "headers": []}, _session_noop, send)
    names = [name for name, _ in sent[0]["headers"]]
    assert names == [b"vary", b"set-cookie"]


async def _session_noop(*args: Any) -> Any:
    """An unused receive."""


@pytest.mark.anyio
async def test_sessions_websockets_get_a_session_other_scopes_none() -> None:
    scopes: list[Scope] = []

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        scopes.append(scope)

    middleware = SessionMiddleware(app, "key")
    await middleware({"type": "websocket", "headers": []}, _session_noop, _session_noop)
    await middleware({"type": "lifespan"}, _session_noop, _session_noop)
    assert scopes[0]["session"] == {} and isinstance(scopes[0]["session"], Session)
    assert "session" not in scopes[1]


def test_sessions_session_tracks_reads_and_writes() -> None:
    def fresh() -> Session:
        return Session({"a": 1, "b": 2})

    session = fresh()
    assert not session.accessed and not session.modified
    session.mark_accessed()
    assert session.accessed and not session.modified

    mutations: list[Any] = [
        lambda s: s.__setitem__("c", 3),
        lambda s: s.__delitem__("a"),
        lambda s: s.clear(),
        lambda s: s.pop("a"),
        lambda s: s.popitem(),
        lambda s: s.setdefault("c", 3),
        lambda s: s.update(c=3),
        lambda s: s.__ior__({"c": 3}),
    ]
    for mutate in mutations:
        session = fresh()
        mutate(session)
        assert session.modified and session.accessed

    session = fresh()
    session |= {"z": 26}
    assert session.modified and session["z"] == 26
    for no_change in (lambda s: s.pop("missing", None), lambda s: s.setdefault("a", 9)):
        session = fresh()
        no_change(session)
        assert not session.modified and not session.accessed
    empty = Session()
    with pytest.raises(KeyError):
        empty.popitem()
    assert not empty.modified


@pytest.mark.anyio
async def test_sessions_forced_save_without_a_read_adds_no_vary() -> None:
    sent: list[Message] = []

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        session = Session({"kept": True})
        session.modified = True  # saved without being marked as read
        scope["session"] = session
        await send({"type": "http.response.start", "status": 200, "headers": []})

    async def send(message: Message) -> None:
        sent.append(message)

    await SessionMiddleware(app, "key")({"type": "http", "headers": []}, _session_noop, send)
    assert [name for name, _ in sent[0]["headers"]] == [b"set-cookie"]


# =============================================================================
# starlette.middleware.trustedhost: TrustedHostMiddleware
# =============================================================================


def test_trustedhost_exact_and_wildcard_hosts(client: ClientFactory) -> None:
    app = TrustedHostMiddleware(
        PlainTextResponse("OK"), allowed_hosts=["testserver", "*.testserver"]
    )
    assert client(app).get("/").status_code == 200
    assert client(app, base_url="http://sub.testserver").get("/").status_code == 200
    response = client(app, base_url="http://invalidhost").get("/")
    assert response.status_code == 400 and response.text == "Invalid host header"
    # "*.testserver" does not match a mere suffix of another name
    assert client(app, base_url="http://eviltestserver").get("/").status_code == 400


@pytest.mark.parametrize(
    ("host", "status_code"),
    [
        ("[::1]", 200),
        ("[::1]:8000", 200),
        ("[::ffff:999.999.999.999]", 400),
        ("[::1", 400),
        ("[::1]evil.example.com", 400),
        ("[::1]:evil", 400),
        ("API_Service", 200),
        ("api_service:100000", 200),
        ("api_service/evil", 400),
        ("api_service@attacker", 400),
        ("api service", 400),
        ("a.example.com", 200),
        ("example.COM", 200),
    ],
)
def test_trustedhost_host_forms(client: ClientFactory, host: str, status_code: int) -> None:
    allowed = ["[::1]", "api_service", "*.example.com", "Example.com"]
    app = TrustedHostMiddleware(PlainTextResponse("OK"), allowed_hosts=allowed)
    response = client(app).get("/", headers={"host": host})
    assert response.status_code == status_code


def test_trustedhost_default_allows_any(client: ClientFactory) -> None:
    middleware = TrustedHostMiddleware(PlainTextResponse("OK"))
    assert middleware.allowed_hosts == ["*"] and middleware.allow_any
    assert client(middleware).get("/", headers={"host": "anything"}).status_code == 200


def test_trustedhost_www_redirect(client: ClientFactory) -> None:
    app = TrustedHostMiddleware(PlainTextResponse("OK"), allowed_hosts=["www.example.com"])
    response = client(app, base_url="https://example.com").get("/path?q=1", follow_redirects=False)
    assert response.status_code == 307
    assert response.headers["location"] == "https://www.example.com/path?q=1"
    no_redirect = TrustedHostMiddleware(
        PlainTextResponse("OK"), allowed_hosts=["www.example.com"], www_redirect=False
    )
    response = client(no_redirect, base_url="https://example.com").get("/")
    assert response.status_code == 400


@pytest.mark.parametrize("pattern", ["example.*", "*example.com", "a.*.com"])
def test_trustedhost_bad_wildcards_are_refused(pattern: str) -> None:
    with pytest.raises(
        AssertionError,
        match=ENFORCE_DOMAIN_WILDCARD.replace(".", r"\.").replace("*", r"\*"),
    ):
        TrustedHostMiddleware(PlainTextResponse("OK"), allowed_hosts=[pattern])


@pytest.mark.anyio
async def test_trustedhost_missing_host_and_other_scopes() -> None:
    sent: list[Message] = []
    seen: list[str] = []

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        seen.append(scope["type"])

    async def receive() -> Message:
        return {"type": "http.request"}  # pragma: no cover - never read

    async def send(message: Message) -> None:
        sent.append(message)

    middleware = TrustedHostMiddleware(app, allowed_hosts=["example.com"])
    await middleware({"type": "lifespan"}, receive, send)
    scope: dict[str, Any] = {
        "type": "http",
        "method": "GET",
        "path": "/",
        "headers": [(b"accept", b"*/*")],
    }
    await middleware(scope, receive, send)
    assert seen == ["lifespan"]
    assert sent[0]["status"] == 400


# =============================================================================
# starlette.middleware.httpsredirect: HTTPSRedirectMiddleware
# =============================================================================


@pytest.mark.parametrize(
    ("base_url", "host", "location"),
    [
        ("http://testserver", None, "https://testserver/path?x=1"),
        ("http://testserver:80", None, "https://testserver/path?x=1"),
        ("http://testserver:443", None, "https://testserver/path?x=1"),
        ("http://testserver:123", None, "https://testserver:123/path?x=1"),
        ("http://testserver", "testserver:000080", "https://testserver/path?x=1"),
        ("http://[::1]", None, "https://[::1]/path?x=1"),
        ("http://[::1]:80", None, "https://[::1]/path?x=1"),
        ("http://[::1]:8080", None, "https://[::1]:8080/path?x=1"),
    ],
)
def test_httpsredirect_keeps_host_path_and_query(
    client: ClientFactory, base_url: str, host: str | None, location: str
) -> None:
    app = HTTPSRedirectMiddleware(PlainTextResponse("OK"))
    headers = {"host": host} if host else {}
    response = client(app, base_url=base_url).get(
        "/path?x=1", headers=headers, follow_redirects=False
    )
    assert response.status_code == 307
    assert response.headers["location"] == location


def test_httpsredirect_secure_requests_pass(client: ClientFactory) -> None:
    app = HTTPSRedirectMiddleware(PlainTextResponse("OK"))
    assert client(app, base_url="https://testserver").get("/").text == "OK"


@pytest.mark.anyio
async def test_httpsredirect_without_any_host_is_a_400() -> None:
    sent: list[Message] = []

    async def receive() -> Message:
        return {"type": "http.request"}  # pragma: no cover - never read

    async def send(message: Message) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "scheme": "http",
        "method": "GET",
        "path": "/",
        "headers": [],
        "query_string": b"",
    }
    await HTTPSRedirectMiddleware(PlainTextResponse("OK"))(scope, receive, send)
    assert sent[0]["status"] == 400
    assert sent[1]["body"] == b"Invalid host header"


@pytest.mark.anyio
async def test_httpsredirect_other_scopes_pass() -> None:
    seen: list[str] = []

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        seen.append(scope["type"])

    async def noop() -> Message:
        return {}  # pragma: no cover - never called

    # The ignore below: noop (a receive) stands in for the unused send.
    await HTTPSRedirectMiddleware(app)({"type": "lifespan"}, noop, noop)  # type: ignore[arg-type]
    assert seen == ["lifespan"]


def test_httpsredirect_websocket_to_wss(client: ClientFactory) -> None:
    async def endpoint(scope: Scope, receive: Receive, send: Send) -> None:
        websocket = WebSocket(scope, receive, send)  # pragma: no cover - redirected first
        await websocket.accept()  # pragma: no cover - redirected first

    app = HTTPSRedirectMiddleware(endpoint)
    with pytest.raises(WebSocketDenialResponse) as info:
        with client(app).websocket_connect("/ws?x=1"):
            pass  # pragma: no cover - the handshake is refused
    assert info.value.status_code == 307
    assert info.value.headers["location"] == "wss://testserver/ws?x=1"


# =============================================================================
# starlette.middleware.authentication: AuthenticationMiddleware
# =============================================================================


class _AuthTokenBackend(AuthenticationBackend):
    async def authenticate(self, conn: HTTPConnection) -> tuple[AuthCredentials, BaseUser] | None:
        token = conn.headers.get("authorization")
        if token is None:
            return None
        if token != "Bearer good":
            raise AuthenticationError("Invalid token")
        return AuthCredentials(["authenticated"]), SimpleUser("ada")


async def _auth_whoami(scope: Scope, receive: Receive, send: Send) -> None:
    request = Request(scope, receive)
    text = f"{request.user.display_name}|{','.join(request.auth.scopes)}"
    await PlainTextResponse(text)(scope, receive, send)


def test_authentication_sets_user_and_auth(client: ClientFactory) -> None:
    test = client(AuthenticationMiddleware(_auth_whoami, backend=_AuthTokenBackend()))
    assert test.get("/", headers={"authorization": "Bearer good"}).text == "ada|authenticated"
    assert test.get("/").text == "|"
    response = test.get("/", headers={"authorization": "Bearer bad"})
    assert response.status_code == 400 and response.text == "Invalid token"


def test_authentication_custom_error_response(client: ClientFactory) -> None:
    def on_error(conn: HTTPConnection, exc: AuthenticationError) -> Response:
        return PlainTextResponse(f"denied: {exc}", status_code=401)

    app = AuthenticationMiddleware(_auth_whoami, backend=_AuthTokenBackend(), on_error=on_error)
    response = client(app).get("/", headers={"authorization": "Bearer bad"})
    assert response.status_code == 401 and response.text == "denied: Invalid token"
    assert (
        AuthenticationMiddleware.default_on_error(
            HTTPConnection({"type": "http"}), ValueError("x")
        ).status_code
        == 400
    )


@pytest.mark.anyio
async def test_authentication_websocket_error_closes_with_1000() -> None:
    sent: list[Message] = []

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        raise AssertionError("not reached")  # pragma: no cover - authentication fails

    async def receive() -> Message:
        return {"type": "websocket.connect"}  # pragma: no cover - never read

    async def send(message: Message) -> None:
        sent.append(message)

    scope = {"type": "websocket", "headers": [(b"authorization", b"Bearer bad")]}
    await AuthenticationMiddleware(app, backend=_AuthTokenBackend())(scope, receive, send)
    assert sent == [{"type": "websocket.close", "code": 1000}]


def test_authentication_websocket_user(client: ClientFactory) -> None:
    async def endpoint(scope: Scope, receive: Receive, send: Send) -> None:
        websocket = WebSocket(scope, receive, send)
        await websocket.accept()
        await websocket.send_text(websocket.user.display_name)
        await websocket.close()

    app = AuthenticationMiddleware(endpoint, backend=_AuthTokenBackend())
    with client(app).websocket_connect("/", headers={"authorization": "Bearer good"}) as session:
        assert session.receive_text() == "ada"


@pytest.mark.anyio
async def test_authentication_other_scopes_pass_unauthenticated() -> None:
    scopes: list[Scope] = []

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        scopes.append(scope)

    async def noop() -> Message:
        return {}  # pragma: no cover - never called

    middleware = AuthenticationMiddleware(app, backend=_AuthTokenBackend())
    await middleware({"type": "lifespan"}, noop, noop)  # type: ignore[arg-type]  # unused send
    # The ignore below: noop (a receive) stands in for the unused send.
    await middleware({"type": "http", "headers": []}, noop, noop)  # type: ignore[arg-type]
    assert "user" not in scopes[0]
    assert isinstance(scopes[1]["user"], UnauthenticatedUser)
    assert scopes[1]["auth"].scopes == []


# =============================================================================
# starlette.middleware.body_limit: RequestBodyLimitMiddleware
# =============================================================================


async def _limit_echo(scope: Scope, receive: Receive, send: Send) -> None:
    await Response(await Request(scope, receive).body())(scope, receive, send)


async def _limit_run(
    app: Any, incoming: list[Message], headers: list[tuple[bytes, bytes]] | None = None
) -> list[Message]:
    messages = list(incoming)
    sent: list[Message] = []

    async def receive() -> Message:
        return messages.pop(0)

    async def send(message: Message) -> None:
        sent.append(message)

    await app(
        {"type": "http", "method": "POST", "path": "/", "headers": headers or []},
        receive,
        send,
    )
    return sent


def test_body_limit_counts_real_bytes(client: ClientFactory) -> None:
    test = client(RequestBodyLimitMiddleware(_limit_echo, max_body_size=5))
    assert test.post("/", content=b"12345").content == b"12345"
    response = test.post("/", content=b"123456")
    assert response.status_code == 413 and response.text == "Content Too Large"
    # A lying or bogus Content-Length does not change what is counted.
    assert test.post("/", content=b"123456", headers={"content-length": "1"}).status_code == 413
    assert test.post("/", content=b"12345", headers={"content-length": "nope"}).status_code == 200


@pytest.mark.anyio
async def test_body_limit_announced_size_refused_before_reading() -> None:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        await receive()

    sent = await _limit_run(RequestBodyLimitMiddleware(app, 5), [], [(b"content-length", b"6")])
    assert sent[0]["status"] == 413


@pytest.mark.anyio
async def test_body_limit_app_answering_without_reading_still_gets_413() -> None:
    sent = await _limit_run(
        RequestBodyLimitMiddleware(Response(b"ignored the body"), 5),
        [],
        [(b"content-length", b"99")],
    )
    assert sent[0]["status"] == 413
    assert b"".join(m.get("body", b"") for m in sent[1:]) == b"Content Too Large"


@pytest.mark.anyio
async def test_body_limit_after_the_response_started_raises() -> None:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await receive()
        await receive()

    incoming: list[Message] = [
        {"type": "http.request", "body": b"12345", "more_body": True},
        {"type": "http.request", "body": b"6"},
    ]
    with pytest.raises(HTTPException) as info:
        await _limit_run(RequestBodyLimitMiddleware(app, 5), incoming)
    assert info.value.status_code == 413


@pytest.mark.anyio
async def test_body_limit_nested_limits_override_and_restore() -> None:
    seen: list[Any] = []

    async def endpoint(scope: Scope, receive: Receive, send: Send) -> None:
        seen.append(scope[MAX_BODY_SIZE_SCOPE_KEY])
        await _limit_echo(scope, receive, send)

    async def outer_reader(scope: Scope, receive: Receive, send: Send) -> None:
        seen.append(scope[MAX_BODY_SIZE_SCOPE_KEY])
        await RequestBodyLimitMiddleware(endpoint, 10)(scope, receive, send)

    # The inner (route) limit raises the outer (app) limit.
    sent = await _limit_run(
        RequestBodyLimitMiddleware(outer_reader, 5),
        [{"type": "http.request", "body": b"12345678"}],
    )
    assert seen == [5, 10]
    assert sent[0]["status"] == 200

    # A stricter inner limit refuses a body the outer one already let through.
    async def reads_first(scope: Scope, receive: Receive, send: Send) -> None:
        await receive()
        await RequestBodyLimitMiddleware(_limit_echo, 5)(scope, receive, send)

    sent = await _limit_run(
        RequestBodyLimitMiddleware(reads_first, 10),
        [{"type": "http.request", "body": b"123456"}],
    )
    assert sent[0]["status"] == 413


@pytest.mark.anyio
async def test_body_limit_scope_key_is_restored_and_other_messages_pass() -> None:
    disconnect: Message = {"type": "http.disconnect"}
    received: list[Message] = []

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        assert scope[MAX_BODY_SIZE_SCOPE_KEY] == 5
        received.append(await receive())

    scope: Scope = {"type": "http", "headers": [], MAX_BODY_SIZE_SCOPE_KEY: 10}

    async def receive() -> Message:
        return disconnect

    async def send(message: Message) -> None:
        pass  # pragma: no cover - nothing is sent

    await RequestBodyLimitMiddleware(app, 5)(scope, receive, send)
    assert scope[MAX_BODY_SIZE_SCOPE_KEY] == 10
    assert received == [disconnect]
    assert "starlette._body_limit_responder" not in scope


@pytest.mark.anyio
async def test_body_limit_other_scopes_untouched() -> None:
    scopes: list[Scope] = []

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        scopes.append(scope)

    async def noop() -> Message:
        return {}  # pragma: no cover - never called

    limited = RequestBodyLimitMiddleware(app, 5)
    await limited({"type": "websocket"}, noop, noop)  # type: ignore[arg-type]  # unused send
    assert MAX_BODY_SIZE_SCOPE_KEY not in scopes[0]


def test_body_limit_helpers() -> None:
    assert _get_content_length({"headers": [(b"content-length", b"12")]}) == 12
    assert _get_content_length({"headers": [(b"content-length", b"x")]}) is None
    assert _get_content_length({"headers": []}) is None
    responder = RequestBodyLimitResponder(_limit_echo, 3)
    for name in ("scope", "receive", "send"):
        with pytest.raises(RuntimeError, match="not been called"):
            getattr(responder, name)


# =============================================================================
# starlette.middleware.wsgi: WSGIMiddleware
# =============================================================================

_WsgiStart = Callable[..., Any]


def _wsgi(app: Callable[[dict[str, Any], _WsgiStart], Any]) -> WSGIMiddleware:
    with pytest.warns(StarletteDeprecationWarning, match="a2wsgi"):
        return WSGIMiddleware(app)


def _wsgi_hello(environ: dict[str, Any], start_response: _WsgiStart) -> list[bytes]:
    body = (
        b"Hello " + environ["PATH_INFO"].encode("latin-1") + b"?" + environ["QUERY_STRING"].encode()
    )
    start_response("200 OK", [("Content-Type", "text/plain"), ("Content-Length", str(len(body)))])
    return [body]


def _wsgi_echo(environ: dict[str, Any], start_response: _WsgiStart) -> list[bytes]:
    body: bytes = environ["wsgi.input"].read()
    start_response("201 Created", [("Content-Type", environ.get("CONTENT_TYPE", ""))])
    return [body]


def test_wsgi_get_and_post(client: ClientFactory) -> None:
    response = client(_wsgi(_wsgi_hello)).get("/caf%C3%A9?x=1")
    assert response.status_code == 200 and response.text == "Hello /caf\u00e9?x=1"
    response = client(_wsgi(_wsgi_echo)).post("/", json={"a": 1})
    assert response.status_code == 201 and response.json() == {"a": 1}
    assert response.headers["content-type"] == "application/json"


def test_wsgi_streams_closes_and_supports_write(client: ClientFactory) -> None:
    closed: list[bool] = []

    class Body:
        def __iter__(self) -> Iterator[bytes]:
            yield b"one,"
            yield b""
            yield b"two"

        def close(self) -> None:
            closed.append(True)

    def app(environ: dict[str, Any], start_response: _WsgiStart) -> Body:
        write = start_response("200 OK", [])
        start_response("404 Not Found", [])  # compat: a second call is ignored
        write(b"written,")
        return Body()

    response = client(_wsgi(app)).get("/")
    assert response.status_code == 200 and response.text == "written,one,two"
    assert closed == [True]


def test_wsgi_exceptions(client: ClientFactory) -> None:
    def broken(environ: dict[str, Any], start_response: _WsgiStart) -> list[bytes]:
        raise RuntimeError("Something went wrong")

    with pytest.raises(RuntimeError, match="went wrong"):
        client(_wsgi(broken)).get("/")

    def with_exc_info(environ: dict[str, Any], start_response: _WsgiStart) -> list[bytes]:
        try:
            raise ValueError("handled")
        except ValueError:
            start_response("500 Internal Server Error", [], sys.exc_info())
            return [b"Internal Server Error"]

    with pytest.raises(ValueError, match="handled"):
        client(_wsgi(with_exc_info)).get("/")
    response = client(_wsgi(with_exc_info), raise_server_exceptions=False).get("/")
    assert response.status_code == 500 and response.text == "Internal Server Error"

    def late_error(environ: dict[str, Any], start_response: _WsgiStart) -> Iterator[bytes]:
        start_response("200 OK", [])
        yield b"partial"
        try:
            raise KeyError("late")
        except KeyError:
            start_response("500 Internal Server Error", [], sys.exc_info())  # re-raises
        yield b"unreachable"  # pragma: no cover - start_response raised

    with pytest.raises(KeyError, match="late"):
        client(_wsgi(late_error)).get("/")


@pytest.mark.anyio
async def test_wsgi_client_leaving_stops_the_app() -> None:
    produced: list[int] = []

    def endless(environ: dict[str, Any], start_response: _WsgiStart) -> Iterator[bytes]:
        start_response("200 OK", [])
        for n in range(10_000):
            produced.append(n)
            yield b"x"

    incoming: list[Message] = [
        {"type": "http.request", "body": b"a", "more_body": True},
        {"type": "http.request"},
    ]

    async def receive() -> Message:
        return incoming.pop(0)

    async def send(message: Message) -> None:
        if message["type"] == "http.response.body":
            raise OSError("client gone")

    with pytest.raises(OSError, match="client gone"):
        await _wsgi(endless)({"type": "http", **_WSGI_SCOPE}, receive, send)
    assert len(produced) < 10_000


@pytest.mark.anyio
async def test_wsgi_failure_on_the_last_message_is_raised() -> None:
    async def receive() -> Message:
        return {"type": "http.request"}

    async def send(message: Message) -> None:
        if message["type"] == "http.response.body" and not message.get("more_body"):
            raise OSError("gone at the end")

    with pytest.raises(OSError, match="gone at the end"):
        await _wsgi(_wsgi_hello)({"type": "http", **_WSGI_SCOPE}, receive, send)


_WSGI_SCOPE: dict[str, Any] = {
    "http_version": "1.1",
    "method": "GET",
    "path": "/",
    "root_path": "",
    "query_string": b"",
    "headers": [],
}


@pytest.mark.anyio
async def test_wsgi_disconnect_before_the_body_and_non_http() -> None:
    sent: list[Message] = []

    async def receive() -> Message:
        return {"type": "http.disconnect"}

    async def send(message: Message) -> None:
        sent.append(message)  # pragma: no cover - nothing is sent

    middleware = _wsgi(_wsgi_hello)
    await middleware({"type": "http", **_WSGI_SCOPE}, receive, send)
    assert sent == []
    with pytest.raises(RuntimeError, match="HTTP only"):
        await middleware({"type": "websocket"}, receive, send)
    assert WSGIResponder(_wsgi_hello, {"type": "http"}).response_started is False


def test_wsgi_build_environ() -> None:
    headers = [
        (b"x-trace", b"a"),
        (b"content-type", b"text/csv"),
        (b"x-trace", b"b"),
        (b"content-length", b"3"),
        (b"x-trace", b"c"),
    ]
    scope = {
        **_WSGI_SCOPE,
        "method": "PUT",
        "scheme": "https",
        "http_version": "2",
        "path": "/mount/data",
        "root_path": "/mount",
        "query_string": b"page=2",
        "headers": headers,
        "client": ("10.0.0.7", 51000),
        "server": ("api.internal", 8443),
    }
    environ = build_environ(scope, b"a,b")
    cgi = {key: value for key, value in environ.items() if not key.startswith("wsgi.")}
    assert cgi == {
        "REQUEST_METHOD": "PUT",
        "SCRIPT_NAME": "/mount",
        "PATH_INFO": "/data",
        "QUERY_STRING": "page=2",
        "SERVER_PROTOCOL": "HTTP/2",
        "SERVER_NAME": "api.internal",
        "SERVER_PORT": 8443,
        "REMOTE_ADDR": "10.0.0.7",
        "CONTENT_TYPE": "text/csv",
        "CONTENT_LENGTH": "3",
        "HTTP_X_TRACE": "a,b,c",
    }
    assert environ["wsgi.input"].read() == b"a,b"
    assert environ["wsgi.url_scheme"] == "https"
    assert environ["wsgi.version"] == (1, 0) and environ["wsgi.errors"] is sys.stdout
    assert (
        environ["wsgi.multithread"],
        environ["wsgi.multiprocess"],
        environ["wsgi.run_once"],
    ) == (
        True,
        True,
        False,
    )


@pytest.mark.parametrize(
    ("root_path", "path", "script_name", "path_info"),
    [
        ("/app", "/application", "/app", "/application"),
        ("/app", "/app/users", "/app", "/users"),
        ("/app", "/app", "/app", ""),
        ("", "/x", "", "/x"),
        ("/app/", "/app/users", "/app/", "users"),
        (
            "/\u4e2d\u56fd",
            "/\u4e2d\u56fd/\u5c0f\u661f",
            "/\u4e2d\u56fd".encode().decode("latin-1"),
            "/\u5c0f\u661f".encode().decode("latin-1"),
        ),
    ],
)
def test_wsgi_build_environ_paths(
    root_path: str, path: str, script_name: str, path_info: str
) -> None:
    environ = build_environ({**_WSGI_SCOPE, "path": path, "root_path": root_path}, b"")
    assert (environ["SCRIPT_NAME"], environ["PATH_INFO"]) == (script_name, path_info)
    assert (environ["SERVER_NAME"], environ["SERVER_PORT"]) == ("localhost", 80)
    assert "REMOTE_ADDR" not in environ and environ["wsgi.url_scheme"] == "http"


def test_wsgi_deprecation_is_caught_by_filters_of_both_generations() -> None:
    # 0.47 warned with DeprecationWarning, 1.x with StarletteDeprecationWarning.
    with pytest.deprecated_call():
        WSGIMiddleware(_wsgi_hello)
    with pytest.warns(StarletteDeprecationWarning):
        WSGIMiddleware(_wsgi_hello)


# =============================================================================
# starlette.middleware.opentelemetry: OpenTelemetryMiddleware
# =============================================================================


@pytest.fixture
def otel() -> Iterator[tuple[Any, Any]]:
    """A tracer provider recording finished spans in memory, and its exporter."""
    sdk_trace = pytest.importorskip("opentelemetry.sdk.trace")
    export = pytest.importorskip("opentelemetry.sdk.trace.export")
    in_memory = pytest.importorskip("opentelemetry.sdk.trace.export.in_memory_span_exporter")
    exporter = in_memory.InMemorySpanExporter()
    provider = sdk_trace.TracerProvider()
    provider.add_span_processor(export.SimpleSpanProcessor(exporter))
    yield provider, exporter
    provider.shutdown()


def _otel_span(exporter: Any) -> Any:
    spans = exporter.get_finished_spans()
    assert len(spans) == 1
    return spans[0]


def _otel_home(request: Request) -> PlainTextResponse:
    return PlainTextResponse("Hello")


def test_opentelemetry_span_named_after_the_route(
    client: ClientFactory, otel: tuple[Any, Any]
) -> None:
    provider, exporter = otel
    app = Starlette(
        routes=[Route("/users/{name}", _otel_home)],
        middleware=[Middleware(OpenTelemetryMiddleware, tracer_provider=provider)],
    )
    response = client(app).get(
        "/users/ada?format=json",
        headers={"traceparent": "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"},
    )
    assert response.status_code == 200
    span = _otel_span(exporter)
    assert span.name == "GET /users/{name}"
    attributes = dict(span.attributes)
    assert attributes["http.route"] == "/users/{name}"
    assert attributes["http.response.status_code"] == 200
    assert attributes["url.path"] == "/users/ada" and attributes["url.query"] == "format=json"
    assert attributes["server.address"] == "testserver" and attributes["server.port"] == 80
    assert attributes["user_agent.original"] == "testclient"
    assert attributes["network.protocol.version"] == "1.1"
    assert attributes["client.address"] == "testclient"
    assert span.parent is not None and span.parent.span_id == int("b7ad6b7169203331", 16)


def test_opentelemetry_mounts_and_unmatched_paths(
    client: ClientFactory, otel: tuple[Any, Any]
) -> None:
    provider, exporter = otel
    inner = Router([Route("/items/{id}", _otel_home)])
    app = Starlette(
        routes=[Mount("/api", app=inner), Mount("/raw", app=PlainTextResponse("raw"))],
        middleware=[Middleware(OpenTelemetryMiddleware, tracer_provider=provider)],
    )
    test = client(app)
    expected = {
        "/api/items/1": "GET /api/items/{id}",
        "/api/missing": "GET /api",
        "/raw/x": "GET /raw",
    }
    for path, name in expected.items():
        exporter.clear()
        test.get(path)
        assert _otel_span(exporter).name == name
    exporter.clear()
    assert test.get("/nowhere").status_code == 404
    span = _otel_span(exporter)
    assert span.name == "GET" and "http.route" not in span.attributes


@pytest.mark.parametrize(
    ("excluded", "skipped"),
    [
        ([r"^http://testserver/health(?:\?.*)?$"], ["/health?full=1"]),
        (r"/health$, /metrics$", ["/health", "/metrics"]),
        ("", []),
    ],
)
def test_opentelemetry_excluded_urls(
    client: ClientFactory, otel: tuple[Any, Any], excluded: Any, skipped: list[str]
) -> None:
    provider, exporter = otel
    app = OpenTelemetryMiddleware(
        PlainTextResponse("x"), excluded_urls=excluded, tracer_provider=provider
    )
    test = client(app)
    for path in skipped:
        test.get(path)
    assert exporter.get_finished_spans() == ()
    test.get("/")
    assert _otel_span(exporter).name == "GET"


def test_opentelemetry_nested_instances_make_one_span(
    client: ClientFactory, otel: tuple[Any, Any]
) -> None:
    provider, exporter = otel
    inner = OpenTelemetryMiddleware(PlainTextResponse("x"), tracer_provider=provider)
    client(OpenTelemetryMiddleware(inner, tracer_provider=provider)).get("/")
    assert len(exporter.get_finished_spans()) == 1


def test_opentelemetry_errors(client: ClientFactory, otel: tuple[Any, Any]) -> None:
    provider, exporter = otel
    status_code = pytest.importorskip("opentelemetry.trace").StatusCode

    async def boom(scope: Scope, receive: Receive, send: Send) -> None:
        raise KeyError("boom")

    with pytest.raises(KeyError):
        client(OpenTelemetryMiddleware(boom, tracer_provider=provider)).get("/")
    span = _otel_span(exporter)
    assert span.attributes["error.type"] == "KeyError"
    assert span.status.status_code == status_code.ERROR
    exporter.clear()
    client(OpenTelemetryMiddleware(PlainTextResponse("no", 503), tracer_provider=provider)).get("/")
    span = _otel_span(exporter)
    assert span.attributes["error.type"] == "503"
    assert span.status.status_code == status_code.ERROR


@pytest.mark.anyio
async def test_opentelemetry_optional_scope_values(otel: tuple[Any, Any]) -> None:
    provider, exporter = otel
    app = OpenTelemetryMiddleware(PlainTextResponse("raw"), tracer_provider=provider)
    sent: list[Message] = []

    async def receive() -> Message:
        return {"type": "http.request"}  # pragma: no cover - never read

    async def send(message: Message) -> None:
        sent.append(message)

    scope: dict[str, Any] = {
        "type": "http",
        "method": "get",
        "path": "/",
        "query_string": b"",
        "headers": [],
        "server": ("example.com", 8000),
    }
    await app(scope, receive, send)
    attributes = dict(_otel_span(exporter).attributes)
    assert attributes["http.request.method"] == "GET"
    assert attributes["http.request.method_original"] == "get"
    assert (attributes["server.address"], attributes["server.port"]) == (
        "example.com",
        8000,
    )
    assert "client.address" not in attributes and "network.protocol.version" not in attributes
    assert "starlette.opentelemetry" not in scope

    exporter.clear()
    await app({**scope, "server": None}, receive, send)
    assert "server.address" not in _otel_span(exporter).attributes
    exporter.clear()
    await app({**scope, "headers": [(b"host", b"example.com")], "server": None}, receive, send)
    assert "server.port" not in _otel_span(exporter).attributes


@pytest.mark.anyio
async def test_opentelemetry_global_provider_and_noop(
    monkeypatch: pytest.MonkeyPatch, otel: tuple[Any, Any]
) -> None:
    trace = pytest.importorskip("opentelemetry.trace")
    provider, exporter = otel
    seen: list[str] = []

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        seen.append(scope["type"])
        await PlainTextResponse("x")(scope, receive, send)

    async def receive() -> Message:
        return {"type": "http.request"}  # pragma: no cover - never read

    async def send(message: Message) -> None:
        pass

    http: dict[str, Any] = {
        "type": "http",
        "method": "GET",
        "path": "/",
        "query_string": b"",
        "headers": [],
    }
    monkeypatch.setattr(trace, "get_tracer_provider", trace.NoOpTracerProvider)
    await OpenTelemetryMiddleware(app)(http, receive, send)
    monkeypatch.setattr(trace, "get_tracer_provider", lambda: provider)
    await OpenTelemetryMiddleware(app)({"type": "lifespan"}, receive, send)
    await OpenTelemetryMiddleware(app)(http, receive, send)
    assert seen == ["http", "lifespan", "http"]
    assert _otel_span(exporter).name == "GET"


def test_opentelemetry_missing_package_says_how_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "opentelemetry", None)
    with pytest.raises(ModuleNotFoundError, match="pip install opentelemetry-api"):
        OpenTelemetryMiddleware(PlainTextResponse("x"))


# =============================================================================
# extra: plain return values: dicts, strings, None... returned from endpoints
# =============================================================================


@dataclasses.dataclass
class _PlainPoint:
    x: int
    y: int


async def _plain_async_chunks() -> AsyncIterator[str]:
    yield "a"
    yield "b"


def _plain_sync_chunks() -> Iterator[bytes]:
    yield b"c"
    yield b"d"


@pytest.mark.parametrize(
    "value, status, content_type, body",
    [
        ({"a": 1}, 200, "application/json", b'{"a":1}'),
        ([1, "x"], 200, "application/json", b'[1,"x"]'),
        ("caf\u00e9", 200, "text/plain; charset=utf-8", "caf\u00e9".encode()),
        (b"\x00\x01", 200, "application/octet-stream", b"\x00\x01"),
        (None, 204, None, b""),
        (_PlainPoint(1, 2), 200, "application/json", b'{"x":1,"y":2}'),
        (({"created": True}, 201), 201, "application/json", b'{"created":true}'),
        ((None, 202), 202, None, b""),
        (("gone", 410, {"X-Why": "moved"}), 410, "text/plain; charset=utf-8", b"gone"),
    ],
)
@pytest.mark.parametrize("kind", ["function", "sync function", "HTTPEndpoint"])
def test_plain_return_values_become_responses(
    client: ClientFactory, kind: str, value: Any, status: int, content_type: str, body: bytes
) -> None:
    async def endpoint(request: Request) -> Any:
        return value

    def sync_endpoint(request: Request) -> Any:
        return value

    class Endpoint(HTTPEndpoint):
        async def get(self, request: Request) -> Any:
            return value

    chosen: dict[str, Any] = {
        "function": endpoint,
        "sync function": sync_endpoint,
        "HTTPEndpoint": Endpoint,
    }
    response = client(Starlette(routes=[Route("/", chosen[kind])])).get("/")
    assert (response.status_code, response.content) == (status, body)
    assert response.headers.get("content-type") == content_type
    if isinstance(value, tuple) and len(value) == 3:
        assert response.headers["x-why"] == "moved"


@pytest.mark.parametrize("chunks", [_plain_async_chunks, _plain_sync_chunks])
def test_plain_return_values_generators_stream(
    client: ClientFactory, chunks: Callable[[], Any]
) -> None:
    def endpoint(request: Request) -> Any:
        return chunks()

    with client(Starlette(routes=[Route("/", endpoint)])).stream("GET", "/") as response:
        assert response.headers["content-type"] == "text/plain; charset=utf-8"
        assert b"".join(response.iter_bytes()) == (
            b"ab" if chunks is _plain_async_chunks else b"cd"
        )


def test_plain_return_values_generator_endpoint_streams(client: ClientFactory) -> None:
    async def endpoint(request: Request) -> AsyncIterator[str]:
        for word in ("one ", "two"):
            yield word

    app = Starlette(routes=[Route("/", endpoint)])
    assert client(app).get("/").text == "one two"


def test_plain_return_values_response_is_used_as_it_is() -> None:
    response = PlainTextResponse("x")
    assert _plain_response(print, response) is response


@pytest.mark.parametrize(
    "value, message",
    [
        (42, "Endpoint .*bad returned a value of type 'int'"),
        ((1, 2, 3, 4), "Endpoint .*bad returned a value of type 'tuple'"),
        (("body", "201"), "returned a tuple with a status of type 'str'"),
        ((42, 201), "returned a tuple with a body of type 'int'"),
        ((PlainTextResponse("x"), 201), "returned a tuple with a body of type 'PlainTextResponse'"),
    ],
)
@pytest.mark.parametrize("kind", ["function", "HTTPEndpoint"])
def test_plain_return_values_anything_else_is_a_type_error(
    client: ClientFactory, kind: str, value: Any, message: str
) -> None:
    async def bad(request: Request) -> Any:
        return value

    class Bad(HTTPEndpoint):
        async def get(self, request: Request) -> Any:
            return value

    app = Starlette(routes=[Route("/", bad if kind == "function" else Bad)])
    expected = message if kind == "function" else message.replace(".*bad", ".*Bad.get")
    with pytest.raises(TypeError, match=expected):
        client(app).get("/")


def test_plain_return_values_partial_endpoint_is_named(client: ClientFactory) -> None:
    async def handler(request: Request, answer: int) -> Any:
        return answer

    app = Starlette(routes=[Route("/", functools.partial(handler, answer=42))])
    with pytest.raises(TypeError, match="Endpoint .*handler returned"):
        client(app).get("/")


def test_plain_return_values_callable_object_is_named_by_repr() -> None:
    class Handler:
        def __repr__(self) -> str:
            return "<my handler>"

    handler: Any = Handler()  # instances have no __qualname__
    with pytest.raises(TypeError, match="Endpoint <my handler> returned"):
        _plain_response(handler, object())


# =============================================================================
# extra: route decorators: @app.get(path), @app.post(path), ... @app.websocket(path)
# =============================================================================


@pytest.mark.parametrize("owner", ["Starlette", "Router"])
@pytest.mark.parametrize("method", ["get", "post", "put", "patch", "delete", "head", "options"])
def test_route_decorators_register_each_method(
    client: ClientFactory, owner: str, method: str
) -> None:
    app = Starlette() if owner == "Starlette" else Router()

    async def handler(request: Request) -> Response:
        return PlainTextResponse(f"{request.method} ok")

    decorated = getattr(app, method)("/thing")(handler)
    assert decorated is handler  # the function itself comes back
    test_client = client(app)
    response = test_client.request(method.upper(), "/thing")
    assert response.status_code == 200
    assert response.text == ("" if method == "head" else f"{method.upper()} ok")
    other = "POST" if method != "post" else "PUT"
    assert test_client.request(other, "/thing").status_code == 405


def test_route_decorators_get_serves_head_and_passes_route_options(
    client: ClientFactory,
) -> None:
    app = Starlette()
    seen: list[str] = []

    class Mark:
        def __init__(self, app: ASGIApp) -> None:
            self.app = app

        async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
            seen.append(scope["path"])
            await self.app(scope, receive, send)

    @app.get(
        "/users/{user_id:int}", name="user", include_in_schema=False, middleware=[Middleware(Mark)]
    )
    async def user(request: Request) -> dict[str, int]:
        return {"id": request.path_params["user_id"]}

    (route,) = app.routes
    assert isinstance(route, Route)
    assert route.name == "user" and not route.include_in_schema
    assert route.methods == {"GET", "HEAD"}
    assert app.url_path_for("user", user_id=7) == "/users/7"
    test_client = client(app)
    assert test_client.get("/users/7").json() == {"id": 7}
    assert test_client.head("/users/7").status_code == 200
    assert seen == ["/users/7", "/users/7"]


def test_route_decorators_websocket(client: ClientFactory) -> None:
    router = Router()

    @router.websocket("/ws/{room}", name="room")
    async def room(websocket: WebSocket) -> None:
        await websocket.accept()
        await websocket.send_text(f"welcome to {websocket.path_params['room']}")
        await websocket.close()

    app = Starlette(routes=[Mount("/chat", router)])
    with client(app).websocket_connect("/chat/ws/lobby") as session:
        assert session.receive_text() == "welcome to lobby"
    assert app.url_path_for("room", room="x") == "/chat/ws/x"


def test_route_decorators_add_to_a_running_app(client: ClientFactory) -> None:
    app = Starlette()
    test_client = client(app)
    assert test_client.get("/late").status_code == 404

    @app.get("/late")
    def late(request: Request) -> str:
        return "here now"

    assert test_client.get("/late").text == "here now"


# =============================================================================
# starlette.routing: Route, WebSocketRoute, Mount, Host, Router, lifespan
# =============================================================================


class _RoutingTag:
    """An ASGI app answering with its own name, so tests see which route ran."""

    def __init__(self, name: str) -> None:
        self.__name__ = name

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 4000, "reason": self.__name__})
            return
        await PlainTextResponse(self.__name__)(scope, receive, send)


def _routing_scope(path: str = "/", method: str = "GET", **extra: Any) -> Scope:
    scope: Scope = {
        "type": "http",
        "method": method,
        "path": path,
        "root_path": "",
        "query_string": b"",
        "headers": [(b"host", b"testserver")],
        "scheme": "http",
        "server": ("testserver", 80),
    }
    scope.update(extra)
    return scope


async def _routing_call(app: Any, scope: Scope) -> tuple[int, dict[str, str], str]:
    """Drive an ASGI app for one HTTP request: (status, headers, body text)."""
    sent: list[Message] = []

    async def receive() -> Message:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: Message) -> None:
        sent.append(message)

    await app(scope, receive, send)
    if scope["type"] == "websocket":
        return sent[0].get("code", 0), {}, sent[0].get("reason", "")
    start = sent[0]
    headers = {k.decode(): v.decode() for k, v in start["headers"]}
    body = b"".join(m.get("body", b"") for m in sent[1:]).decode()
    return start["status"], headers, body


def _routing_pick(routes: list[BaseRoute], scope: Scope) -> BaseRoute | None:
    """Starlette's rule, the slow way: the first FULL match, else the first PARTIAL."""
    partial = None
    for route in routes:
        match, _ = route.matches(dict(scope))
        if match is Match.FULL:
            return route
        if match is Match.PARTIAL and partial is None:
            partial = route
    return partial


async def _routing_chosen(router: Router, scope: Scope) -> BaseRoute | None:
    """The route a Router hands `scope` to (None when it falls through to default)."""
    seen: list[BaseRoute | None] = [None]

    async def default(scope: Scope, receive: Receive, send: Send) -> None:
        return None

    async def receive() -> Message:
        return {"type": "http.request"}  # pragma: no cover - handlers are stubbed

    async def send(message: Message) -> None:
        return None  # pragma: no cover - handlers are stubbed

    router.default = default
    router.redirect_slashes = False
    original = dict(scope)
    for route in router.routes:
        route.handle = _routing_recorder(seen, route)  # type: ignore[method-assign]  # a stub
    await router(original, receive, send)
    return seen[0]


def _routing_recorder(seen: list[BaseRoute | None], route: BaseRoute) -> Any:
    async def handle(scope: Scope, receive: Receive, send: Send) -> None:
        seen[0] = route

    return handle


def test_routing_no_match_found_message() -> None:
    assert str(NoMatchFound("user", {"a": 1, "b": 2})) == (
        'No route exists for name "user" and params "a, b".'
    )
    assert [m.value for m in Match] == [0, 1, 2]


def test_routing_iscoroutinefunction_or_partial_warns() -> None:
    async def handler(x: int) -> None: ...  # pragma: no cover - never awaited

    with pytest.deprecated_call(match="iscoroutinefunction_or_partial is deprecated"):
        assert iscoroutinefunction_or_partial(functools.partial(handler, 1))
    with pytest.deprecated_call():
        assert not iscoroutinefunction_or_partial(print)


def test_routing_get_name() -> None:
    def endpoint() -> None: ...  # pragma: no cover - only named

    assert get_name(endpoint) == "endpoint"
    assert get_name(_RoutingTag("tag")) == "tag"
    assert get_name(Router()) == "Router"


def test_routing_replace_params() -> None:
    convertors = {"a": CONVERTOR_TYPES["str"], "n": CONVERTOR_TYPES["int"]}
    params: dict[str, Any] = {"n": 3, "x": 1}
    assert replace_params("/{a}", convertors, {}) == ("/{a}", {})
    leftover: dict[str, Any] = {"x": 1}
    assert replace_params("/{a}/{n}", convertors, params) == ("/{a}/3", leftover)
    params = {"a": "{n}", "n": 1}
    assert replace_params("/{a}/{n}", convertors, params) == ("/{n}/1", {})


def test_routing_compile_path_paths_and_hosts() -> None:
    regex, fmt, convertors = compile_path("/a/{x}/{y:int}.json")
    assert fmt == "/a/{x}/{y}.json"
    assert set(convertors) == {"x", "y"}
    match = regex.match("/a/b/7.json")
    assert match is not None and match.groupdict() == {"x": "b", "y": "7"}
    assert regex.match("/a/b/7xjson") is None  # literals are escaped
    regex, fmt, _ = compile_path("{sub}.Example.org:8000")
    assert fmt == "{sub}.Example.org:8000"
    assert regex.match("api.example.ORG") and not regex.match("api.example.org:8000")
    regex, fmt, _ = compile_path("[::1]")
    assert regex.match("[::1]") and fmt == "[::1]"
    regex, _, _ = compile_path("/{1abc}")  # not a parameter name: plain text
    assert regex.match("/{1abc}")


def test_routing_compile_path_errors() -> None:
    with pytest.raises(AssertionError, match="Unknown path convertor 'nope'"):
        compile_path("/{x:nope}")
    with pytest.raises(ValueError, match="Duplicated param name id at path /{id}/{id}"):
        compile_path("/{id}/{id}")
    with pytest.raises(ValueError, match="Duplicated param names a, b at path"):
        compile_path("/{b}/{a}/{a}/{b:int}")


def test_routing_route_arguments() -> None:
    async def home(request: Request) -> Response:
        raise NotImplementedError  # never served

    with pytest.raises(AssertionError, match="Routed paths must start with '/'"):
        Route("home", home)
    route = Route("/", home)
    assert route.methods == {"GET", "HEAD"} and route.name == "home"
    assert Route("/", home, methods=["post"], name="x").methods == {"POST"}
    assert Route("/", _RoutingTag("t")).methods is None  # an ASGI app sees every method
    assert Route("/", functools.partial(home)).methods == {"GET", "HEAD"}
    assert repr(route) == "Route(path='/', name='home', methods=['GET', 'HEAD'])"
    assert route == Route("/", home) and route != Route("/", home, methods=["POST"])
    assert route != "/"


@pytest.mark.anyio
async def test_routing_route_function_endpoints() -> None:
    def sync_endpoint(request: Request) -> Response:
        return PlainTextResponse(f"sync {request.path_params['n']!r}")

    async def async_endpoint(request: Request) -> Response:
        return PlainTextResponse("async")

    sync_route = Route("/s/{n:int}", sync_endpoint)
    assert await _routing_call(sync_route, _routing_scope("/s/3")) == (
        200,
        {"content-length": "6", "content-type": "text/plain; charset=utf-8"},
        "sync 3",
    )
    async_route = Route("/a", async_endpoint)
    assert (await _routing_call(async_route, _routing_scope("/a")))[2] == "async"
    assert (await _routing_call(async_route, _routing_scope("/b")))[:3:2] == (404, "Not Found")


@pytest.mark.anyio
async def test_routing_route_handlers_see_the_endpoint_request() -> None:
    seen: list[Any] = []

    async def endpoint(request: Request) -> Response:
        seen.append(request)
        raise KeyError("boom")

    async def on_key_error(request: Request, exc: Exception) -> Response:
        seen.append(request)
        return PlainTextResponse("handled", status_code=500)

    handlers: dict[str, Any] = {"starlette.exception_handlers": ({KeyError: on_key_error}, {})}
    scope = _routing_scope("/", **handlers)
    assert (await _routing_call(Route("/", endpoint), scope))[:3:2] == (500, "handled")
    assert seen[0] is seen[1]
    with pytest.raises(KeyError):  # no handlers in the scope: it propagates
        await _routing_call(Route("/", endpoint), _routing_scope("/"))
    unrelated: dict[str, Any] = {"starlette.exception_handlers": ({ValueError: on_key_error}, {})}
    with pytest.raises(KeyError):  # handlers, but none for KeyError
        await _routing_call(Route("/", endpoint), _routing_scope("/", **unrelated))


@pytest.mark.anyio
async def test_routing_route_handled_error_after_start_is_an_error() -> None:
    class HalfResponse:
        async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
            await send({"type": "http.response.start", "status": 200, "headers": []})
            raise KeyError("late")

    async def endpoint(request: Request) -> Any:
        return HalfResponse()

    async def on_key_error(request: Request, exc: Exception) -> Response:
        raise AssertionError("not called")  # pragma: no cover - the response has started

    handlers: dict[str, Any] = {"starlette.exception_handlers": ({KeyError: on_key_error}, {})}
    with pytest.raises(RuntimeError, match="response already started") as info:
        await _routing_call(Route("/", endpoint), _routing_scope("/", **handlers))
    assert isinstance(info.value.__cause__, KeyError)


@pytest.mark.anyio
async def test_routing_websocket_session_errors() -> None:
    async def session(websocket: WebSocket) -> None:
        raise KeyError(websocket.path_params["n"])

    async def on_key_error(websocket: WebSocket, exc: Exception) -> None:
        await websocket.close(code=4001, reason=f"key {exc}")

    route = WebSocketRoute("/{n}", session)
    scope = _routing_scope("/7", type="websocket")
    with pytest.raises(KeyError):  # no handler tables at all
        await _routing_call(route, dict(scope))
    with pytest.raises(KeyError):  # tables, but nothing for KeyError
        await _routing_call(route, {**scope, "starlette.exception_handlers": ({}, {})})
    handled = {**scope, "starlette.exception_handlers": ({KeyError: on_key_error}, {})}
    assert await _routing_call(route, handled) == (4001, {}, "key '7'")


@pytest.mark.anyio
async def test_routing_plain_handles_await_the_app() -> None:
    # The router awaits these routes' apps directly; handle() says the same.
    ws_scope = _routing_scope("/w", type="websocket")
    assert await _routing_call(WebSocketRoute("/w", _RoutingTag("w")).handle, ws_scope) == (
        4000,
        {},
        "w",
    )
    mount = Mount("/m", app=_RoutingTag("m"))
    assert (await _routing_call(mount.handle, _routing_scope("/m/x")))[2] == "m"
    host = Host("example.org", app=_RoutingTag("h"))
    assert (await _routing_call(host.handle, _routing_scope("/")))[2] == "h"


@pytest.mark.anyio
async def test_routing_route_method_not_allowed() -> None:
    route = Route("/", _RoutingTag("t"), methods=["GET", "PUT"])
    status, headers, body = await _routing_call(route, _routing_scope("/", "DELETE"))
    assert (status, headers["allow"], body) == (405, "GET, HEAD, PUT", "Method Not Allowed")
    with pytest.raises(HTTPException) as info:  # inside an app, its handlers answer
        await _routing_call(route, _routing_scope("/", "BREW", app=object()))
    assert info.value.status_code == 405 and info.value.headers == {"Allow": "GET, HEAD, PUT"}
    assert (await _routing_call(route, _routing_scope("/", "HEAD")))[0] == 200


@pytest.mark.anyio
async def test_routing_route_middleware_and_body_limit() -> None:
    seen: list[Any] = []

    class Mark:
        def __init__(self, app: Any, label: str) -> None:
            self.app, self.label = app, label

        async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
            seen.append(self.label)
            await self.app(scope, receive, send)

    async def endpoint(request: Request) -> Response:
        seen.append(request.scope[MAX_BODY_SIZE_SCOPE_KEY])
        return PlainTextResponse(str(len(await request.body())))

    middleware = [Middleware(Mark, "outer"), Middleware(Mark, "inner")]
    route = Route("/", endpoint, middleware=middleware, max_body_size=10)
    assert isinstance(route.app, RequestBodyLimitMiddleware)
    assert (await _routing_call(route, _routing_scope("/")))[2] == "0"
    assert seen == ["outer", "inner", 10]


@pytest.mark.anyio
async def test_routing_route_matches() -> None:
    route = Route("/n/{n:int}", _RoutingTag("t"), methods=["GET"])
    assert route.matches(_routing_scope("/n/1", type="websocket")) == (Match.NONE, {})
    assert route.matches(_routing_scope("/n/x")) == (Match.NONE, {})
    # An int too long for Python to convert is bad input, not a server error.
    assert route.matches(_routing_scope("/n/" + "9" * 5000)) == (Match.NONE, {})
    match, child = route.matches(_routing_scope("/n/2", path_params={"up": "x"}))
    assert match is Match.FULL and child["path_params"] == {"up": "x", "n": 2}
    match, child = route.matches(_routing_scope("/n/2", "POST"))
    assert match is Match.PARTIAL and child["endpoint"] is route.endpoint
    static = Route("/s", _RoutingTag("t"))
    assert static.matches(_routing_scope("/s", path_params={"up": 1}))[1]["path_params"] == {
        "up": 1
    }
    assert static.matches(_routing_scope("/s"))[1]["path_params"] == {}


@pytest.mark.anyio
async def test_routing_standalone_route_ignores_other_scopes() -> None:
    route = Route("/", _RoutingTag("t"))
    sent: list[Message] = []

    async def send(message: Message) -> None:
        sent.append(message)  # pragma: no cover - nothing is sent

    await route({"type": "lifespan"}, _routing_never, send)
    assert sent == []


async def _routing_never() -> Message:
    raise AssertionError("not called")  # pragma: no cover - never received


def test_routing_url_path_for_routes() -> None:
    route = Route("/u/{name}/{n:int}", _RoutingTag("t"), name="u")
    assert route.url_path_for("u", name="bob", n=3) == "/u/bob/3"
    assert route.url_path_for("u", name="bob", n=3).protocol == "http"
    assert route.url_path_for("u", name="{n}", n=3) == "/u/{n}/3"
    failing: list[tuple[str, dict[str, Any]]] = [("v", {"name": "b", "n": 1}), ("u", {"name": "b"})]
    for name, params in failing:
        with pytest.raises(NoMatchFound):
            route.url_path_for(name, **params)
    with pytest.raises(AssertionError):
        route.url_path_for("u", name="a/b", n=1)
    ws = WebSocketRoute("/ws/{room}", _RoutingTag("ws"))
    assert ws.url_path_for("ws", room="r").protocol == "websocket"
    with pytest.raises(NoMatchFound):
        ws.url_path_for("ws")
    catchall = Route("/{path:path}", _RoutingTag("t"), name="all")
    assert catchall.url_path_for("all", path="/evil.org/a") == "/%2Fevil.org/a"
    assert catchall.url_path_for("all", path="\\evil.org") == "/%5Cevil.org"


def test_routing_websocket_route_arguments() -> None:
    async def chat(websocket: WebSocket) -> None: ...  # pragma: no cover - not served

    with pytest.raises(AssertionError):
        WebSocketRoute("ws", chat)
    route = WebSocketRoute("/ws", chat)
    assert repr(route) == "WebSocketRoute(path='/ws', name='chat')"
    assert route == WebSocketRoute("/ws", chat) and route != Route("/ws", chat)
    assert route.matches(_routing_scope("/ws")) == (Match.NONE, {})
    assert route.matches(_routing_scope("/wx", type="websocket")) == (Match.NONE, {})
    big = WebSocketRoute("/{n:int}", chat)
    assert big.matches(_routing_scope("/" + "1" * 5000, type="websocket"))[0] is Match.NONE


def test_routing_websocket_routes_served(client: Any) -> None:
    async def hello(websocket: WebSocket) -> None:
        await websocket.accept()
        await websocket.send_text(f"hi {websocket.path_params['room']}")
        await websocket.close()

    class Mark:
        def __init__(self, app: Any) -> None:
            self.app = app

        async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
            scope["marked"] = True
            await self.app(scope, receive, send)

    async def marked(websocket: WebSocket) -> None:
        await websocket.accept()
        await websocket.send_json({"marked": websocket.scope.get("marked", False)})
        await websocket.close()

    routes = [WebSocketRoute("/m", marked, middleware=[Middleware(Mark)])]
    app = Router([WebSocketRoute("/r/{room}", hello), *routes])
    with client(app).websocket_connect("/r/lobby") as session:
        assert session.receive_text() == "hi lobby"
    with client(app).websocket_connect("/m") as session:
        assert session.receive_json() == {"marked": True}
    with pytest.raises(WebSocketDisconnect), client(app).websocket_connect("/missing"):
        pass  # pragma: no cover - the router closes first
    with pytest.raises(WebSocketDisconnect):  # a stand-alone route closes too
        with client(WebSocketRoute("/x", hello)).websocket_connect("/y"):
            pass  # pragma: no cover - closed first


def test_routing_websocket_endpoints_are_always_awaited(client: Any) -> None:
    async def session(websocket: WebSocket) -> None:
        await websocket.accept()
        await websocket.send_text("wrapped")
        await websocket.close()

    def wrapper(websocket: WebSocket) -> Any:  # a decorator that hides `async def`
        return session(websocket)

    with client(WebSocketRoute("/", wrapper)).websocket_connect("/") as connection:
        assert connection.receive_text() == "wrapped"


def test_routing_websocket_session_and_request_response_adapters() -> None:
    async def endpoint(request: Request) -> Response:
        raise NotImplementedError  # never served

    async def session(websocket: WebSocket) -> None: ...  # pragma: no cover - not served

    # The ignores below: the ASGIApp type does not declare __wrapped__.
    assert request_response(endpoint).__wrapped__ is endpoint  # type: ignore[attr-defined]
    assert websocket_session(session).__wrapped__ is session  # type: ignore[attr-defined]


def test_routing_mount_arguments() -> None:
    with pytest.raises(AssertionError, match="must start with"):
        Mount("x", app=_RoutingTag("t"))
    with pytest.raises(AssertionError, match="Either 'app=...', or 'routes='"):
        Mount("/x")
    inner = Route("/a", _RoutingTag("a"))
    mount = Mount("/x/", routes=[inner], name="x")
    assert mount.path == "/x" and mount.routes == [inner]
    assert Mount("/y", app=_RoutingTag("t")).routes == []
    assert repr(mount).startswith("Mount(path='/x', name='x', app=<starlette.Router")
    assert mount == mount and mount != Mount("/x", app=_RoutingTag("t"))
    limited = Mount("/z", app=_RoutingTag("t"), max_body_size=3)
    assert isinstance(limited.app, RequestBodyLimitMiddleware)


@pytest.mark.anyio
async def test_routing_mount_matches_and_root_paths() -> None:
    mount = Mount("/{org}/m", app=_RoutingTag("t"))
    assert mount.matches({"type": "lifespan"}) == (Match.NONE, {})
    assert mount.matches(_routing_scope("/acme/x")) == (Match.NONE, {})
    match, child = mount.matches(
        _routing_scope("/base/acme/m/rest", root_path="/base", path_params={"path": "up"})
    )
    assert match is Match.FULL
    assert child["path_params"] == {"path": "up", "org": "acme"}
    assert (child["root_path"], child["app_root_path"]) == ("/base/acme/m", "/base")
    match, child = mount.matches(_routing_scope("/a/m/", app_root_path="/app"))
    assert (child["root_path"], child["app_root_path"]) == ("/a/m", "/app")
    numeric = Mount("/{n:int}", app=_RoutingTag("t"))
    assert numeric.matches(_routing_scope("/" + "7" * 5000 + "/"))[0] is Match.NONE


@pytest.mark.anyio
async def test_routing_mount_serves_nested_routes() -> None:
    async def where(request: Request) -> Response:
        scope = request.scope
        return PlainTextResponse(f"{scope['root_path']}|{scope['path']}|{request.path_params}")

    app = Router([Mount("/api", routes=[Mount("/v1", routes=[Route("/{id}", where)])])])
    assert (await _routing_call(app, _routing_scope("/api/v1/7")))[
        2
    ] == "/api/v1|/api/v1/7|{'id': '7'}"
    status, headers, _ = await _routing_call(app, _routing_scope("/api/v1/7/"))
    assert (status, headers["location"]) == (307, "http://testserver/api/v1/7")
    under_root = _routing_scope("/root/api/v1/7", root_path="/root")
    assert (await _routing_call(app, under_root))[2] == "/root/api/v1|/root/api/v1/7|{'id': '7'}"


def test_routing_mount_url_path_for() -> None:
    users = Router([Route("/{username}", _RoutingTag("t"), name="user")])
    mount = Mount("/{sub}/users", app=users, name="users")
    assert mount.url_path_for("users:user", sub="s", username="tom") == "/s/users/tom"
    assert mount.url_path_for("users", sub="s", path="/tom") == "/s/users/tom"
    failing: list[tuple[str, dict[str, Any]]] = [
        ("users", {"sub": "s", "path": "/a", "x": 1}),
        ("users", {"sub": "s"}),
    ]
    for name, params in failing:
        with pytest.raises(NoMatchFound):
            mount.url_path_for(name, **params)
    with pytest.raises(NoMatchFound):
        mount.url_path_for("other:user", sub="s", username="tom")
    files = Mount("/files", app=_RoutingTag("t"), name="files")
    static = Mount("/static", routes=[files])  # unnamed: any name passes through
    assert static.url_path_for("files", path="a.css") == "/static/files/a.css"
    tenant = Mount("/{tenant}", routes=[Route("/users", _RoutingTag("t"), name="users")])
    assert tenant.url_path_for("users") == "/{tenant}/users"
    with pytest.raises(NoMatchFound):
        tenant.url_path_for("nothing")


def test_routing_host_arguments_and_url_path_for() -> None:
    with pytest.raises(AssertionError, match="Host must not start with '/'"):
        Host("/example.org", app=_RoutingTag("t"))
    api = Router([Route("/users", _RoutingTag("t"), name="users")])
    host = Host("{sub}.example.org:8000", app=api, name="api")
    assert host.routes == api.routes and Host("h", app=_RoutingTag("t")).routes == []
    assert repr(host).startswith("Host(host='{sub}.example.org:8000', name='api', app=")
    assert host == Host("{sub}.example.org:8000", app=api) and host != api
    url = host.url_path_for("api:users", sub="x")
    assert (url, url.host, url.protocol) == ("/users", "x.example.org:8000", "http")
    url = host.url_path_for("api", sub="x", path="/p")
    assert (url, url.host) == ("/p", "x.example.org:8000")
    failing: list[tuple[str, dict[str, Any]]] = [
        ("api", {"path": "/p", "zz": 1}),
        ("api:none", {"sub": "x"}),
        ("b", {}),
    ]
    for name, params in failing:
        with pytest.raises(NoMatchFound):
            host.url_path_for(name, **params)
    unnamed = Host("example.org", app=api)
    assert unnamed.url_path_for("users").host == "example.org"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (b"api.example.org", "api"),
        (b"API.Example.ORG:8443", "api"),
        (b"api.example.org:evil", None),
        (b"[:::]", None),
        (b"", None),
        (None, None),
        (b"example.com", None),
        (b"1" * 5000 + b".n.org", None),
    ],
)
def test_routing_host_matches(header: bytes | None, expected: str | None) -> None:
    host = Host("{sub}.example.org", app=_RoutingTag("t"))
    numeric = Host("{n:int}.n.org", app=_RoutingTag("t"))
    headers = [] if header is None else [(b"host", header)]
    scope = _routing_scope("/", headers=headers)
    match, child = host.matches(scope)
    assert (child.get("path_params", {}).get("sub") if match is Match.FULL else None) == expected
    assert numeric.matches(scope)[0] is Match.NONE
    assert host.matches({"type": "lifespan"})[0] is Match.NONE


@pytest.mark.anyio
async def test_routing_hosts_and_mounts_nest() -> None:
    api = Router([Route("/users", _RoutingTag("api-users"))])
    www = Router([Route("/users", _RoutingTag("www-users")), Mount("/api", app=api)])
    app = Router(
        [
            Host("api.example.org", app=api),
            Host("www.example.org", app=www),
            *[Route(f"/pad{i}", _RoutingTag("pad")) for i in range(6)],
            Route("/users", _RoutingTag("fallback")),
        ]
    )
    cases = [
        (b"api.example.org", "/users", "api-users"),
        (b"www.example.org", "/users", "www-users"),
        (b"www.example.org", "/api/users", "api-users"),
        (b"other.org", "/users", "fallback"),
    ]
    for host, path, expected in cases:
        scope = _routing_scope(path, headers=[(b"host", host)])
        assert (await _routing_call(app, scope))[2] == expected


# --- lifespan -------------------------------------------------------------------


async def _routing_lifespan(app: Any, *, state: bool = True) -> list[Message]:
    """Run a lifespan scope through startup and shutdown; return what the app sent."""
    incoming = [{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}]
    sent: list[Message] = []

    async def receive() -> Message:
        return incoming.pop(0)

    async def send(message: Message) -> None:
        sent.append(message)

    scope: Scope = {"type": "lifespan", "state": {}} if state else {"type": "lifespan"}
    try:
        await app(scope, receive, send)
    finally:
        sent.append({"state": scope.get("state")})
    return sent


@pytest.mark.anyio
async def test_routing_lifespan_state() -> None:
    @contextlib.asynccontextmanager
    async def lifespan(app: Any) -> AsyncIterator[dict[str, int]]:
        yield {"count": 1}

    sent = await _routing_lifespan(Router(lifespan=lifespan))
    assert sent == [
        {"type": "lifespan.startup.complete"},
        {"type": "lifespan.shutdown.complete"},
        {"state": {"count": 1}},
    ]
    with pytest.raises(RuntimeError, match='does not support "state"'):
        await _routing_lifespan(Router(lifespan=lifespan), state=False)


@pytest.mark.anyio
async def test_routing_lifespan_failures() -> None:
    @contextlib.asynccontextmanager
    async def bad_start(app: Any) -> AsyncIterator[None]:
        raise ValueError("no start")
        yield  # pragma: no cover - never reached

    @contextlib.asynccontextmanager
    async def bad_stop(app: Any) -> AsyncIterator[None]:
        yield
        raise ValueError("no stop")

    with pytest.raises(ValueError, match="no start"):
        await _routing_lifespan(Router(lifespan=bad_start))
    sent: list[Message] = []

    async def keep(message: Message) -> None:
        sent.append(message)

    incoming = iter([{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}])

    async def receive() -> Message:
        return next(incoming)

    with pytest.raises(ValueError, match="no stop"):
        await Router(lifespan=bad_stop)({"type": "lifespan", "state": {}}, receive, keep)
    assert sent[0] == {"type": "lifespan.startup.complete"}
    assert sent[1]["type"] == "lifespan.shutdown.failed" and "no stop" in sent[1]["message"]


@pytest.mark.anyio
async def test_routing_lifespan_startup_failed_message() -> None:
    @contextlib.asynccontextmanager
    async def bad_start(app: Any) -> AsyncIterator[None]:
        raise ValueError("no start")
        yield  # pragma: no cover - never reached

    sent: list[Message] = []

    async def keep(message: Message) -> None:
        sent.append(message)

    async def receive() -> Message:
        return {"type": "lifespan.startup"}

    with pytest.raises(ValueError):
        await Router(lifespan=bad_start)({"type": "lifespan"}, receive, keep)
    assert sent[0]["type"] == "lifespan.startup.failed" and "no start" in sent[0]["message"]


@pytest.mark.anyio
async def test_routing_generator_lifespans_warn() -> None:
    log: list[str] = []

    async def agen(app: Any) -> AsyncIterator[None]:
        log.append("async up")
        yield
        log.append("async down")

    def gen(app: Any) -> Iterator[dict[str, str]]:
        log.append("sync up")
        yield {"k": "v"}
        log.append("sync down")

    with pytest.warns(StarletteDeprecationWarning, match="async generator function lifespans"):
        async_router = Router(lifespan=agen)  # type: ignore[arg-type]  # deprecated shape
    with pytest.deprecated_call(match="^generator function lifespans are deprecated"):
        sync_router = Router(lifespan=gen)  # type: ignore[arg-type]  # deprecated shape
    await _routing_lifespan(async_router)
    assert (await _routing_lifespan(sync_router))[-1] == {"state": {"k": "v"}}
    assert log == ["async up", "async down", "sync up", "sync down"]


def test_routing_warnings_come_from_the_routing_module() -> None:
    async def agen(app: Any) -> AsyncIterator[None]:
        yield  # pragma: no cover - never run

    # Starlette's own test suite filters by module path; that filter must apply here.
    with warnings.catch_warnings():
        warnings.filterwarnings(
            "ignore", category=StarletteDeprecationWarning, module="starlette.routing"
        )
        Router(lifespan=agen)  # type: ignore[arg-type]  # deprecated shape


@pytest.mark.anyio
async def test_routing_async_lift_context_manager() -> None:
    @contextlib.contextmanager
    def swallow() -> Iterator[int]:
        with contextlib.suppress(KeyError):
            yield 1

    lifted = _AsyncLiftContextManager(swallow())
    async with lifted as value:
        assert value == 1
        raise KeyError("swallowed by the sync context manager")


@pytest.mark.anyio
async def test_routing_legacy_startup_shutdown_handlers() -> None:
    log: list[str] = []

    async def async_up() -> None:
        log.append("async up")

    with pytest.deprecated_call(match="The on_startup and on_shutdown parameters are deprecated"):
        router = Router(on_startup=[async_up, lambda: log.append("sync up")])
    router.add_event_handler("shutdown", lambda: log.append("sync down"))
    with pytest.deprecated_call(match="The `on_event` decorator is deprecated"):
        router.on_event("shutdown")(async_up)
    with pytest.raises(AssertionError):
        router.add_event_handler("teardown", async_up)
    await _routing_lifespan(router)
    assert log == ["async up", "sync up", "sync down", "async up"]
    assert isinstance(router.lifespan_context, _DefaultLifespan)
    assert router.lifespan_context(None) is router.lifespan_context


def test_routing_legacy_handlers_lose_to_lifespan() -> None:
    @contextlib.asynccontextmanager
    async def lifespan(app: Any) -> AsyncIterator[None]:
        yield  # pragma: no cover - not run

    with pytest.deprecated_call(), pytest.warns(UserWarning, match="cannot be used with"):
        router = Router(on_shutdown=[print], lifespan=lifespan)
    assert router.lifespan_context is lifespan


def test_routing_legacy_decorators(client: Any) -> None:
    router = Router()
    with pytest.deprecated_call(match="The `route` decorator is deprecated"):

        @router.route("/", methods=["POST"])
        async def home(request: Request) -> Response:
            return PlainTextResponse("posted")

    with pytest.deprecated_call(match="The `websocket_route` decorator is deprecated"):

        @router.websocket_route("/ws")
        async def ws(websocket: WebSocket) -> None:
            await websocket.accept()
            await websocket.close()

    router.mount("/m", app=_RoutingTag("mounted"), name="m")
    router.host("h.example.org", app=_RoutingTag("hosted"), name="h")
    router.add_route("/add", home, methods=["POST"], name="added")
    router.add_websocket_route("/addws", ws, name="addws")
    test_client = client(router)
    assert test_client.post("/").text == "posted"
    assert test_client.post("/add").text == "posted"
    assert test_client.get("/m/x").text == "mounted"
    assert test_client.get("/", headers={"host": "h.example.org"}).text == "hosted"
    with test_client.websocket_connect("/addws"):
        pass
    assert router.url_path_for("addws") == "/addws"


# --- the Router ------------------------------------------------------------------


@pytest.mark.anyio
async def test_routing_router_defaults_and_not_found() -> None:
    router = Router([Route("/a", _RoutingTag("a"))])
    assert (await _routing_call(router, _routing_scope("/b")))[:3:2] == (404, "Not Found")
    ws_scope = _routing_scope("/b", type="websocket")
    assert (await _routing_call(router, ws_scope))[0] == 1000
    with pytest.raises(HTTPException) as info:
        await _routing_call(router, _routing_scope("/b", app=object()))
    assert info.value.status_code == 404
    with pytest.raises(AssertionError, match="Unsupported scope type 'mqtt'"):
        await _routing_call(router, _routing_scope("/", type="mqtt"))
    scope = _routing_scope("/a")
    await _routing_call(router, scope)
    assert scope["router"] is router and scope["route"] is router.routes[0]
    custom = Router(default=_RoutingTag("custom"))
    assert (await _routing_call(custom, _routing_scope("/zzz")))[2] == "custom"


@pytest.mark.anyio
async def test_routing_router_trailing_slash_redirects() -> None:
    routes = [Route("/a", _RoutingTag("a")), Route("/b/", _RoutingTag("b"))]
    routes += [Route(f"/pad{i}/{{x}}", _RoutingTag("p")) for i in range(5)]
    router = Router(routes)
    status, headers, _ = await _routing_call(router, _routing_scope("/a/"))
    assert (status, headers["location"]) == (307, "http://testserver/a")
    status, headers, _ = await _routing_call(router, _routing_scope("/b"))
    assert (status, headers["location"]) == (307, "http://testserver/b/")
    assert (await _routing_call(router, _routing_scope("/c")))[0] == 404
    assert (await _routing_call(router, _routing_scope("/")))[0] == 404
    ws = _routing_scope("/a/", type="websocket")
    assert (await _routing_call(router, ws))[0] == 1000  # websockets are never redirected
    router.redirect_slashes = False
    assert (await _routing_call(router, _routing_scope("/a/")))[0] == 404


@pytest.mark.anyio
async def test_routing_router_partial_then_full() -> None:
    routes: list[BaseRoute] = [Route(f"/pad{i}", _RoutingTag("pad")) for i in range(5)]
    routes += [
        Route("/items/{id}", _RoutingTag("post"), methods=["POST"]),
        Route("/items/{id}", _RoutingTag("put"), methods=["PUT"]),
        Route("/items/{id:int}", _RoutingTag("get"), methods=["GET"]),
    ]
    router = Router(routes)
    assert (await _routing_call(router, _routing_scope("/items/3")))[2] == "get"
    status, headers, _ = await _routing_call(router, _routing_scope("/items/x"))
    assert (status, headers["allow"]) == (405, "POST")  # the FIRST partial answers
    assert (await _routing_call(router, _routing_scope("/items/3", "PUT")))[2] == "put"


@pytest.mark.anyio
async def test_routing_router_middleware_and_body_limit() -> None:
    class Stamp:
        def __init__(self, app: Any) -> None:
            self.app = app

        async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
            await PlainTextResponse("stamped")(scope, receive, send)

    router = Router([Route("/", _RoutingTag("a"))], middleware=[Middleware(Stamp)])
    assert (await _routing_call(router, _routing_scope("/")))[2] == "stamped"
    limited = Router([Route("/", _RoutingTag("a"))], max_body_size=5)
    assert isinstance(limited.middleware_stack, RequestBodyLimitMiddleware)
    assert (await _routing_call(limited, _routing_scope("/")))[2] == "a"


def test_routing_router_url_path_for_and_eq() -> None:
    router = Router(
        [Route("/", _RoutingTag("home")), Mount("/m", routes=[Route("/x", _RoutingTag("x"))])]
    )
    assert router.url_path_for("x") == "/m/x"
    with pytest.raises(NoMatchFound, match='"nope" and params "a"'):
        router.url_path_for("nope", a=1)
    assert router == Router(list(router.routes)) and router != Router()
    assert router != "router"


# --- the route index: same choices as Starlette's linear scan -----------------


def test_routing_path_ending_in_newline_matches_no_route(client: ClientFactory) -> None:
    async def user(request: Request) -> Response:
        return PlainTextResponse(f"user {request.path_params['user_id']!r}")

    async def name(request: Request) -> Response:
        return PlainTextResponse(f"name {request.path_params['name']!r}")

    api = Router([Route("/items", _RoutingTag("items"))])
    app = Starlette(
        routes=[
            Route("/admin", _RoutingTag("admin")),
            Route("/users/{user_id:int}", user),
            Route("/names/{name}", name),
            Mount("/api", app=api),
            Host("{sub}.example.org", app=Router([Route("/", _RoutingTag("host"))])),
        ]
    )
    test_client = client(app)
    assert test_client.get("/admin").text == "admin"
    assert test_client.get("/admin%0A").status_code == 404
    assert test_client.get("/users/5").text == "user 5"
    assert test_client.get("/users/5%0A").status_code == 404
    assert test_client.get("/api/items").text == "items"
    assert test_client.get("/api/items%0A").status_code == 404
    assert test_client.get("/api%0A").status_code == 404
    # A str parameter keeps the newline as part of its value: the whole path matched.
    assert test_client.get("/names/a%0A").text == "name 'a\\n'"
    host = Host("{sub}.example.org", app=api)
    assert host.host_regex.match("api.example.org") is not None
    assert host.host_regex.match("api.example.org\n") is None
    assert Mount("/api", app=api).path_regex.match("/api/items\n") is None
    assert test_client.get("/", headers={"host": "api.example.org"}).text == "host"


@pytest.mark.anyio
async def test_routing_subclass_overrides_call_super() -> None:
    log: list[str] = []

    class Logged(Route):
        def matches(self, scope: Scope) -> tuple[Match, Scope]:
            log.append("matches")
            return super().matches(scope)

        async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
            log.append("handle")
            await super().handle(scope, receive, send)

        def url_path_for(self, name: str, /, **path_params: Any) -> Any:
            log.append("url_path_for")
            return super().url_path_for(name, **path_params)

    routes: list[BaseRoute] = [Route(f"/pad{i}", _RoutingTag("pad")) for i in range(5)]
    router = Router([*routes, Logged("/x/{n:int}", _RoutingTag("logged"), name="x")])
    assert (await _routing_call(router, _routing_scope("/x/1")))[2] == "logged"
    assert router.url_path_for("x", n=2) == "/x/2"
    assert log == ["matches", "handle", "url_path_for"]


def test_routing_route_list_counts_every_change() -> None:
    a, b = Route("/a", _RoutingTag("a")), Route("/b", _RoutingTag("b"))
    routes = _RouteList([a])
    changes: list[Callable[[], object]] = [
        lambda: routes.append(b),
        lambda: routes.extend([a]),
        lambda: routes.insert(0, b),
        lambda: routes.remove(b),
        lambda: routes.pop(),
        lambda: routes.sort(key=lambda route: route.path, reverse=True),
        lambda: routes.reverse(),
        lambda: routes.__setitem__(0, a),
        lambda: routes.__delitem__(0),
        lambda: routes.__iadd__([a, b]),
        lambda: routes.__imul__(2),
        lambda: routes.clear(),
    ]
    for expected, change in enumerate(changes, start=1):
        change()
        assert routes._routing_version == expected
    assert routes == [] and isinstance(routes, list)


# =============================================================================
# extra: route index: the 1000th route costs about what the first does
# =============================================================================


class _RoutingNoisyRoute(Route):
    """A subclass with its own matches(): must be asked on every request."""

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        if scope.get("path", "").endswith("!"):
            return Match.FULL, {"endpoint": self.endpoint, "path_params": {}}
        return super().matches(scope)


class _RoutingOwnRegex(Route):
    """A subclass that rewrites its regex after Starlette's __init__."""

    def __init__(self, path: str, endpoint: Any) -> None:
        super().__init__(path, endpoint)
        self.path_regex, _, _ = compile_path(path.lower())


class _RoutingEveryVerb(HTTPEndpoint):
    async def get(self, request: Request) -> Response:
        return PlainTextResponse("endpoint")  # pragma: no cover - stubbed in the comparison


def _routing_random_routes(rng: random.Random) -> list[BaseRoute]:
    """A random mix of every route shape the index files differently."""
    words = ["a", "b", "users", "x.y", ""]
    tag = _RoutingTag("t")
    routes: list[BaseRoute] = []
    for i in range(rng.randint(5, 40)):
        w1, w2 = rng.choice(words), rng.choice(words)
        methods = rng.choice([None, ["GET"], ["POST"], ["GET", "POST"]])
        shapes: list[BaseRoute] = [
            Route(f"/{w1}", tag, methods=methods),
            Route(f"/{w1}/{w2}", tag, methods=methods),
            Route(f"/{w1}/{{id}}", tag, methods=methods),
            Route(f"/{w1}/{{id:int}}/{w2}", tag, methods=methods),
            Route(f"/{{name}}/{w2}", tag, methods=methods),
            Route(f"/{w1}/{{rest:path}}", tag, methods=methods),
            Route(f"/{w1}-{{n:float}}.json", tag, methods=methods),
            Route(f"/{w1}/{{u:uuid}}", tag, methods=methods),
            Route(f"/{w1}/{{d:routingdate}}", tag, methods=methods),
            Mount(f"/{w1}", app=tag),
            Mount("", app=tag) if i % 7 == 0 else Route("/", tag),
            Host("example.org", app=tag),
            _RoutingNoisyRoute(f"/{w1}", tag),
            _RoutingOwnRegex(f"/{w1.upper()}/{{id}}", tag),
            WebSocketRoute(f"/{w1}/{{id}}", tag),
            Route(f"/{w1}", _RoutingEveryVerb),
        ]
        routes.append(rng.choice(shapes))
    return routes


class _RoutingDateConvertor(Convertor[str]):
    regex = "[0-9]{4}-[0-9]{2}"

    def convert(self, value: str) -> str:
        return value

    def to_string(self, value: str) -> str:
        return value  # pragma: no cover - not reversed here


@pytest.fixture
def _routing_date_convertor() -> Iterator[None]:
    CONVERTOR_TYPES["routingdate"] = _RoutingDateConvertor()
    yield
    del CONVERTOR_TYPES["routingdate"]


_ROUTING_PATHS = [
    "/", "", "/a", "/a/", "/a/b", "/users/7", "/users/7/b", "/a/7/", "/b/x.y", "/x.y/b",
    "/a/1/2/3", "/a-1.5.json", "/-2.json", "/a/2024-01", "/A/7", "/a/7\n", "/a\n", "/users!",
    "/a/00000000-aaaa-ffff-9999-000000000000", "//", "/a//b", "no-slash", "/" + "9" * 5000,
]  # fmt: skip


@pytest.mark.anyio
@pytest.mark.usefixtures("_routing_date_convertor")
async def test_route_index_agrees_with_linear_scan() -> None:
    rng = random.Random(1234)
    for _ in range(60):
        routes = _routing_random_routes(rng)
        router = Router(routes)
        for path in _ROUTING_PATHS:
            for method, kind in [("GET", "http"), ("POST", "http"), ("GET", "websocket")]:
                for host in (b"example.org", b"other.org"):
                    scope = _routing_scope(path, method, type=kind, headers=[(b"host", host)])
                    expected = _routing_pick(routes, scope)
                    assert await _routing_chosen(router, scope) is expected, (path, routes)


@pytest.mark.anyio
async def test_route_index_newline_paths() -> None:
    routes = [Route(f"/s{i}", _RoutingTag(f"s{i}")) for i in range(6)]
    router = Router(routes)
    # A route matches the whole path: a final "\n" is not dropped (Starlette's "$" would).
    assert await _routing_chosen(router, _routing_scope("/s2\n")) is None
    assert await _routing_chosen(router, _routing_scope("/s2")) is routes[2]


@pytest.mark.anyio
async def test_route_index_follows_route_list_changes() -> None:
    routes: list[BaseRoute] = [Route(f"/r{i}", _RoutingTag(f"r{i}")) for i in range(8)]
    router = Router(routes)
    scope = _routing_scope("/r3")
    assert await _routing_chosen(router, scope) is router.routes[3]
    front = Route("/r3", _RoutingTag("front"))
    router.routes.insert(0, front)
    assert await _routing_chosen(router, scope) is front
    router.routes[0] = replacement = Route("/r3", _RoutingTag("replacement"))
    assert await _routing_chosen(router, scope) is replacement
    del router.routes[0]
    router.routes.append(Route("/new", _RoutingTag("new")))
    assert await _routing_chosen(router, _routing_scope("/new")) is router.routes[-1]
    plain: list[BaseRoute] = [Route(f"/p{i}", _RoutingTag("p")) for i in range(6)]
    router.routes = plain  # a plain list, assigned and then mutated in place
    assert await _routing_chosen(router, _routing_scope("/p1")) is plain[1]
    plain.insert(0, Route("/p1", _RoutingTag("first")))
    assert await _routing_chosen(router, _routing_scope("/p1")) is plain[0]
    assert await _routing_chosen(router, _routing_scope("/p1")) is plain[0]


@pytest.mark.anyio
async def test_route_index_respects_patched_matches(monkeypatch: pytest.MonkeyPatch) -> None:
    original = Route.matches

    def everything_at_bang(self: Route, scope: Scope) -> tuple[Match, Scope]:
        if scope["path"] == "/!":
            return Match.FULL, {}
        return original(self, scope)

    monkeypatch.setattr(Route, "matches", everything_at_bang)
    routes = [Route(f"/r{i}", _RoutingTag(f"r{i}")) for i in range(6)]
    assert await _routing_chosen(Router(routes), _routing_scope("/!")) is routes[0]


def test_route_index_files_routes() -> None:
    tag = _RoutingTag("t")

    class Loose(Convertor[str]):
        regex = "a)|(b"  # does not compile alone: it could escape its group

        def convert(self, value: str) -> str:
            return value  # pragma: no cover - never matched

    odd = Route("/odd/{x}", tag)
    odd.param_convertors = {"x": Loose()}
    unknown = Route("/u/{x}", tag)
    unknown.param_convertors = {}
    nocase = Route("/n", tag)
    nocase.path_regex = compile_path("n.org")[0]
    relative = Route("/r", tag)
    relative.path_format = "r"
    routes: list[BaseRoute] = [
        odd,
        unknown,
        nocase,
        relative,
        Route("/s", tag),
        Route("/t/{x}", tag),
    ]
    index = _RoutingIndex(routes)
    assert index.http.always == routes[:4]
    assert index.http.candidates("/s") == routes[:5]  # "/t/{x}" is not asked
    assert index.websocket.candidates("/s") == index.websocket.candidates("/t/1") == []
    # A router keeps its index while the list is unchanged, and rebuilds it for another list.
    router = Router()
    router.routes = routes
    router._pick(_routing_scope("/s"))
    kept = router._index
    router._pick(_routing_scope("/s"))
    assert router._index is kept
    router.routes = list(routes)
    router._pick(_routing_scope("/s"))
    assert router._index is not kept and router._index is not None


# =============================================================================
# extra: debug pages: 404 and 405 pages that list the routes and allowed methods
# =============================================================================


async def _debug_ok(request: Request) -> Response:
    return PlainTextResponse("ok")  # pragma: no cover - the tests below never match it


async def _debug_ws_endpoint(websocket: WebSocket) -> None:
    await websocket.close()  # pragma: no cover - never connected here


class _DebugOddRoute(BaseRoute):
    """A user's own route type, with no path attribute: listed by its class name."""

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        return Match.NONE, {}


def _debug_site(debug: bool = True, **options: Any) -> Starlette:
    """An app with one of each route kind, nested two levels deep."""
    deep = Router([Route("/users/{user_id:int}", _debug_ok, methods=["POST", "GET"])])
    return Starlette(
        debug=debug,
        routes=[
            Route("/", _debug_ok),
            Route("/raw", PlainTextResponse("asgi app: any method")),
            WebSocketRoute("/ws/<live>", _debug_ws_endpoint),
            Mount("/api", routes=[Route("/items", _debug_ok), Mount("/v2", app=deep)]),
            Host("admin.<corp>.org", app=Router([Route("/panel", _debug_ok)])),
            Mount("/static", app=PlainTextResponse("files")),
            _DebugOddRoute(),
        ],
        **options,
    )


def test_debug_pages_404_lists_routes_as_text(client: Any) -> None:
    response = client(_debug_site()).get("/nowhere", headers={"accept": "application/json"})
    assert response.status_code == 404
    assert response.headers["content-type"] == "text/plain; charset=utf-8"
    lines = response.text.splitlines()
    assert lines[:3] == [
        "404 Not Found",
        "",
        "GET /nowhere matches none of the application's routes:",
    ]
    listing = [" ".join(line.split()) for line in lines[3:-2]]
    assert listing == [
        "GET, HEAD /",
        "any method /raw",
        "websocket /ws/<live>",
        "mount /api/",
        "GET, HEAD /api/items",
        "mount /api/v2/",
        "GET, HEAD, POST /api/v2/users/{user_id:int}",
        "host admin.<corp>.org",
        "GET, HEAD /panel",
        "mount /static/",
        "_DebugOddRoute",
    ]
    # Children are indented under their mount, and the paths line up in one column.
    assert lines[7].startswith("    GET, HEAD ") and lines[8].startswith("    mount ")
    assert len({line.index("/") for line in lines[3:6]}) == 1
    assert "debug=True" in lines[-1]


def test_debug_pages_404_lists_routes_as_escaped_html(client: Any) -> None:
    accept = "text/html,application/xhtml+xml;q=0.9"
    response = client(_debug_site()).get("/a<b>", headers={"accept": accept})
    assert response.status_code == 404
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    page = response.text
    assert page.startswith("<!DOCTYPE html>") and "<title>404 Not Found</title>" in page
    assert "<p>GET /a&lt;b&gt; matches none of the application&#x27;s routes:</p>" in page
    assert "<td>/ws/&lt;live&gt;</td>" in page and "<td>admin.&lt;corp&gt;.org</td>" in page
    assert "<live>" not in page and "<corp>" not in page and "<b>" not in page
    assert '<td class="kind" style="padding-left: 3em">GET, HEAD, POST</td>' in page
    assert "debug=True" in page


def test_debug_pages_404_in_a_mount_lists_the_whole_app(client: Any) -> None:
    response = client(_debug_site()).get("/api/v2/nothing")
    assert response.status_code == 404
    assert "GET /api/v2/nothing matches none" in response.text
    assert "/panel" in response.text  # the application's routes, not just the mount's


def test_debug_pages_404_for_an_app_without_routes(client: Any) -> None:
    response = client(Starlette(debug=True)).get("/")
    assert response.status_code == 404
    assert "GET / matches no route: the application has none yet." in response.text
    html_page = client(Starlette(debug=True)).get("/", headers={"accept": "text/html"}).text
    assert "<table>" not in html_page and "has none yet" in html_page


@pytest.mark.anyio
async def test_debug_pages_404_without_routes_in_scope() -> None:
    # A router used by hand, under an "app" that has no routes to show.
    router = Router()

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        scope["app"] = object()
        await router.not_found(scope, receive, send)

    sent = await _exc_call(ExceptionMiddleware(app, debug=True))
    assert sent[0]["status"] == 404
    assert b"the application's routes are not in the scope" in sent[1]["body"]


def test_debug_pages_405_lists_allowed_methods(client: Any) -> None:
    test_client = client(_debug_site())
    response = test_client.put("/api/v2/users/7")
    assert response.status_code == 405
    assert response.headers["allow"] == "GET, HEAD, POST"
    assert response.text.splitlines()[:3] == [
        "405 Method Not Allowed",
        "",
        "PUT /api/v2/users/7: this path accepts GET, HEAD, POST.",
    ]
    response = test_client.delete("/", headers={"accept": "text/html"})
    assert response.status_code == 405 and response.headers["allow"] == "GET, HEAD"
    assert "<p>DELETE /: this path accepts GET, HEAD.</p>" in response.text
    assert "<table>" not in response.text


def test_debug_pages_405_without_allow_header(client: Any) -> None:
    async def refuse(request: Request) -> Response:
        raise HTTPException(
            405, headers={"ALLOW": "OPTIONS"} if "x" in request.query_params else None
        )

    test_client = client(Starlette(debug=True, routes=[Route("/", refuse)]))
    response = test_client.get("/")
    assert response.status_code == 405 and "allow" not in response.headers
    assert "GET /: this path accepts no method it announces." in response.text
    response = test_client.get("/?x")
    assert "this path accepts OPTIONS." in response.text  # header names match in any case


def test_debug_pages_off_without_debug(client: Any) -> None:
    test_client = client(_debug_site(debug=False))
    for accept in ("text/html", "*/*"):
        response = test_client.get("/nowhere", headers={"accept": accept})
        assert (response.status_code, response.text) == (404, "Not Found")
        response = test_client.delete("/", headers={"accept": accept})
        assert (response.status_code, response.text) == (405, "Method Not Allowed")
        assert response.headers["allow"] == "GET, HEAD"


def test_debug_pages_leaves_endpoint_404s_alone(client: Any) -> None:
    async def lookup(request: Request) -> Response:
        raise HTTPException(404, detail="No such user")

    app = Starlette(debug=True, routes=[Route("/users", lookup)])
    response = client(app).get("/users", headers={"accept": "text/html"})
    # The route exists: listing the routes would mislead, so Starlette's answer stays.
    assert (response.status_code, response.text) == (404, "No such user")


@pytest.mark.anyio
async def test_debug_pages_only_for_http() -> None:
    middleware = ExceptionMiddleware(PlainTextResponse("x"), debug=True)
    # No traceback (never raised): not the router's 404.
    response = await middleware.http_exception(Request(_exc_scope()), HTTPException(404))
    assert response.body == b"Not Found"
    # An HTTPException raised in a websocket endpoint reaches this handler with the WebSocket.
    websocket: Any = WebSocket(_exc_scope("websocket"), *_exc_ws())
    response = await middleware.http_exception(websocket, HTTPException(405))
    assert response.body == b"Method Not Allowed"


def test_debug_pages_user_handlers_still_win(client: Any) -> None:
    async def by_status(request: Request, exc: Exception) -> Response:
        return PlainTextResponse("custom 404", status_code=404)

    async def by_class(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        return PlainTextResponse(f"custom {exc.status_code}", exc.status_code, exc.headers)

    test_client = client(_debug_site(exception_handlers={404: by_status}))
    assert test_client.get("/nowhere", headers={"accept": "text/html"}).text == "custom 404"
    assert "accepts GET, HEAD" in test_client.delete("/").text  # 405 keeps its page
    test_client = client(_debug_site(exception_handlers={HTTPException: by_class}))
    assert test_client.get("/nowhere").text == "custom 404"
    response = test_client.delete("/")
    assert (response.text, response.headers["allow"]) == ("custom 405", "GET, HEAD")


# =============================================================================
# starlette.endpoints: HTTPEndpoint, WebSocketEndpoint
# =============================================================================


class _EndpointsGreeter(HTTPEndpoint):
    async def get(self, request: Request) -> Response:
        return PlainTextResponse(f"hello {request.path_params.get('name', 'world')}")

    def post(self, request: Request) -> Response:  # a sync handler runs in a thread
        return PlainTextResponse("posted")

    async def _do_delete(self, request: Request) -> Response:
        return PlainTextResponse("private")  # pragma: no cover - must never be dispatched


def test_endpoints_http_dispatch(client: Any) -> None:
    app = Router([Route("/", _EndpointsGreeter), Route("/{name}", _EndpointsGreeter)])
    test_client = client(app)
    assert test_client.get("/").text == "hello world"
    assert test_client.get("/tom").text == "hello tom"
    assert test_client.post("/").text == "posted"
    head = test_client.head("/")
    assert head.status_code == 200 and head.text == ""
    for method in ("PUT", "_DO_DELETE", "BREW", "QUERY"):
        response = test_client.request(method, "/")
        assert response.status_code == 405 and response.text == "Method Not Allowed"
        assert response.headers["allow"] == "GET, HEAD, POST"


def test_endpoints_http_allow_header_without_get(client: Any) -> None:
    class Search(HTTPEndpoint):
        async def query(self, request: Request) -> Response:
            return PlainTextResponse("queried")

        async def head(self, request: Request) -> Response:
            return PlainTextResponse("", headers={"x-head": "own"})

    test_client = client(Route("/", Search))
    assert test_client.request("QUERY", "/").text == "queried"
    assert test_client.head("/").headers["x-head"] == "own"
    response = test_client.get("/")
    assert response.status_code == 405 and response.headers["allow"] == "HEAD, QUERY"


@pytest.mark.anyio
async def test_endpoints_http_method_not_allowed_inside_an_app() -> None:
    scope: Scope = {"type": "http", "method": "PUT", "app": object(), "headers": []}
    with pytest.raises(HTTPException) as info:
        await _EndpointsGreeter(scope, _endpoints_receive, _endpoints_discard)
    assert info.value.status_code == 405
    assert info.value.headers == {"Allow": "GET, HEAD, POST"}


def test_endpoints_wrong_scope_types() -> None:
    with pytest.raises(AssertionError):
        _EndpointsGreeter({"type": "websocket"}, _endpoints_receive, _endpoints_discard)
    with pytest.raises(AssertionError):
        WebSocketEndpoint({"type": "http"}, _endpoints_receive, _endpoints_discard)


async def _endpoints_receive() -> Message:
    raise AssertionError("not expected")  # pragma: no cover - never received


async def _endpoints_discard(message: Message) -> None:
    return None  # pragma: no cover - nothing is sent


class _EndpointsEcho(WebSocketEndpoint):
    """Echoes what on_receive got, with its type, and records the close code."""

    closed: list[int] = []

    async def on_receive(self, websocket: WebSocket, data: Any) -> None:
        if data == "boom":
            raise ValueError("boom")
        await websocket.send_json({"type": type(data).__name__, "data": repr(data)})

    async def on_disconnect(self, websocket: WebSocket, close_code: int) -> None:
        self.closed.append(close_code)


async def _endpoints_session(
    endpoint: type[WebSocketEndpoint], *incoming: Message
) -> tuple[list[Message], BaseException | None]:
    """Run a websocket endpoint over scripted messages; return what it sent and raised."""
    queue = [{"type": "websocket.connect"}, *incoming, {"type": "websocket.disconnect"}]
    sent: list[Message] = []

    async def receive() -> Message:
        return queue.pop(0)

    async def send(message: Message) -> None:
        sent.append(message)

    scope: Scope = {"type": "websocket", "path": "/", "headers": [], "query_string": b""}
    try:
        await endpoint(scope, receive, send)
    except Exception as exc:
        return sent, exc
    return sent, None


def _endpoints_echoed(sent: list[Message]) -> list[Any]:
    return [json.loads(m["text"]) for m in sent if m["type"] == "websocket.send"]


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("encoding", "frame", "echo"),
    [
        (None, {"text": "hi"}, {"type": "str", "data": "'hi'"}),
        (None, {"bytes": b"\x00"}, {"type": "bytes", "data": "b'\\x00'"}),
        (None, {"text": "", "bytes": None}, {"type": "str", "data": "''"}),
        ("text", {"text": "hi", "bytes": None}, {"type": "str", "data": "'hi'"}),
        ("bytes", {"bytes": b"b"}, {"type": "bytes", "data": "b'b'"}),
        ("json", {"text": '{"a": 1}'}, {"type": "dict", "data": "{'a': 1}"}),
        ("json", {"bytes": b"[1]", "text": None}, {"type": "list", "data": "[1]"}),
    ],
)
async def test_endpoints_websocket_decodes(
    encoding: str | None, frame: dict[str, Any], echo: dict[str, str]
) -> None:
    class Echo(_EndpointsEcho):
        closed: list[int] = []

    Echo.encoding = encoding  # type: ignore[assignment]  # parametrised
    sent, error = await _endpoints_session(Echo, {"type": "websocket.receive", **frame})
    assert error is None
    assert sent[0]["type"] == "websocket.accept"
    assert _endpoints_echoed(sent) == [echo]
    assert Echo.closed == [1000]


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("encoding", "frame", "code", "problem"),
    [
        ("text", {"bytes": b"x", "text": None}, 1003, "Expected text websocket messages"),
        ("bytes", {"text": "x"}, 1003, "Expected bytes websocket messages"),
        ("json", {"text": None, "bytes": None}, 1003, "Expected text or bytes"),
        ("json", {"text": "{nope"}, 1003, "Malformed JSON data received."),
        ("json", {"bytes": b"{nope"}, 1003, "Malformed JSON data received."),
        ("json", {"bytes": b"\xff\xfe"}, 1007, "Malformed JSON data received."),
        ("json", {"text": "[" * 100_000 + "]" * 100_000}, 1003, "Malformed JSON"),
    ],
)
async def test_endpoints_websocket_rejects_bad_frames(
    encoding: str, frame: dict[str, Any], code: int, problem: str
) -> None:
    class Strict(_EndpointsEcho):
        closed: list[int] = []

    Strict.encoding = encoding  # type: ignore[assignment]  # parametrised
    sent, error = await _endpoints_session(Strict, {"type": "websocket.receive", **frame})
    assert isinstance(error, RuntimeError) and problem in str(error)
    assert sent[-1] == {"type": "websocket.close", "code": code, "reason": ""}
    assert Strict.closed == [1011]


@pytest.mark.anyio
async def test_endpoints_websocket_unsupported_encoding() -> None:
    class Odd(_EndpointsEcho):
        closed: list[int] = []
        encoding = "yaml"  # type: ignore[assignment]  # deliberately wrong

    _, error = await _endpoints_session(Odd, {"type": "websocket.receive", "text": "x"})
    assert isinstance(error, AssertionError)
    assert str(error) == "Unsupported 'encoding' attribute yaml"


@pytest.mark.anyio
async def test_endpoints_websocket_close_codes() -> None:
    class Echo(_EndpointsEcho):
        closed: list[int] = []

    _, error = await _endpoints_session(Echo, {"type": "websocket.disconnect", "code": 1001})
    assert error is None and Echo.closed == [1001]
    _, error = await _endpoints_session(Echo, {"type": "websocket.receive", "text": "boom"})
    assert isinstance(error, ValueError) and Echo.closed == [1001, 1011]
    _, error = await _endpoints_session(Echo)
    assert error is None and Echo.closed == [1001, 1011, 1000]


def test_endpoints_websocket_through_the_client(client: Any) -> None:
    class Upper(WebSocketEndpoint):
        encoding = "text"

        async def on_connect(self, websocket: WebSocket) -> None:
            await websocket.accept(subprotocol="upper")

        async def on_receive(self, websocket: WebSocket, data: str) -> None:
            await websocket.send_text(data.upper())

    with client(Upper).websocket_connect("/", subprotocols=["upper"]) as session:
        assert session.accepted_subprotocol == "upper"
        session.send_text("shout")
        assert session.receive_text() == "SHOUT"


# =============================================================================
# starlette.staticfiles: StaticFiles
# =============================================================================


def _static_tree(tmp_path: Path) -> Path:
    """tmp/static (served), tmp/static_secret and tmp/secret.txt (must never be served)."""
    static = tmp_path / "static"
    (static / "sub").mkdir(parents=True)
    (static / "example.txt").write_text("<file content>")
    (static / "sub" / "page.txt").write_text("nested")
    (tmp_path / "static_secret").mkdir()
    (tmp_path / "static_secret" / "key.txt").write_text("sibling secret")
    (tmp_path / "secret.txt").write_text("parent secret")
    return static


def _static_scope(path: str, method: str = "GET", **extra: Any) -> Scope:
    return {"type": "http", "method": method, "path": path, "headers": [], **extra}


def _static_app(app: StaticFiles) -> Starlette:
    """Mount `app` at "/" so HTTPExceptions become responses."""
    return Starlette(routes=[Mount("/", app)])


async def _static_status(app: StaticFiles, path: str) -> int:
    """Serve `path` straight through get_path/get_response (no URL normalising client)."""
    scope = _static_scope(path)
    try:
        response = await app.get_response(app.get_path(scope), scope)
    except HTTPException as exc:
        return exc.status_code
    return response.status_code


def test_staticfiles_serves_files(client: Any, tmp_path: Path) -> None:
    static = _static_tree(tmp_path)
    test_client = client(_static_app(StaticFiles(directory=static)))
    response = test_client.get("/example.txt")
    assert (response.status_code, response.text) == (200, "<file content>")
    assert response.headers["content-type"].startswith("text/plain")
    assert {"etag", "last-modified", "content-length"} <= set(response.headers)
    assert test_client.get("/sub/page.txt").text == "nested"
    head = test_client.head("/example.txt")
    assert (head.status_code, head.content, head.headers["content-length"]) == (
        200,
        b"",
        "14",
    )
    for missing in (
        "/",
        "/sub",
        "/missing.txt",
        "/example.txt/more",
        "/nope/example.txt",
    ):
        assert test_client.get(missing).status_code == 404, missing


def test_staticfiles_only_get_and_head(client: Any, tmp_path: Path) -> None:
    static = _static_tree(tmp_path)
    app = Starlette(routes=[Mount("/static", StaticFiles(directory=static))])
    response = client(app).post("/static/example.txt")
    assert (response.status_code, response.text) == (405, "Method Not Allowed")
    assert response.headers["allow"] == "GET, HEAD"


def test_staticfiles_refuses_websockets_and_other_scopes(client: Any, tmp_path: Path) -> None:
    app = Starlette(routes=[Mount("/static", StaticFiles(directory=tmp_path))])
    with pytest.raises(WebSocketDisconnect) as info:
        with client(app).websocket_connect("/static/example.txt"):
            pass  # pragma: no cover - refused before the handshake completes
    assert info.value.code == 1000

    async def never(*args: Any) -> Any:  # pragma: no cover - not called
        raise AssertionError

    with pytest.raises(RuntimeError, match="cannot serve a 'lifespan' scope"):
        anyio.run(StaticFiles(directory=tmp_path), {"type": "lifespan"}, never, never)


@pytest.mark.parametrize(
    "path",
    [
        "/../secret.txt",  # dot-dot
        "/sub/../../secret.txt",
        "/../static_secret/key.txt",  # a sibling whose name starts with the directory's
        "/..\\secret.txt",  # backslashes
        "/sub\\..\\..\\secret.txt",
        "//etc/passwd",  # absolute, once slashes are folded
        "/example.txt\x00.png",  # NUL byte
        "/" + "a" * 5000,  # too long to be a file name
    ],
)
@pytest.mark.anyio
async def test_staticfiles_attacks_are_404(tmp_path: Path, path: str) -> None:
    app = StaticFiles(directory=_static_tree(tmp_path))
    assert await _static_status(app, path) == 404


@pytest.mark.parametrize(
    "url",
    [
        "/%2e%2e/secret.txt",
        "/%2E%2E/static_secret/key.txt",
        "/%5c..%5csecret.txt",
        "/ex%00.txt",
    ],
)
def test_staticfiles_encoded_attacks_are_404(client: Any, tmp_path: Path, url: str) -> None:
    app = _static_app(StaticFiles(directory=_static_tree(tmp_path)))
    response = client(app).get(url)
    assert response.status_code == 404
    assert "secret" not in response.text


def test_staticfiles_lookup_path_refuses_absolute_and_nul(tmp_path: Path) -> None:
    app = StaticFiles(directory=_static_tree(tmp_path))
    for path in (
        "/etc/passwd",
        "\\\\server\\share",
        "\\secret.txt",
        str(tmp_path / "secret.txt"),
    ):
        assert app.lookup_path(path) == ("", None)
    assert app.lookup_path("example.txt\x00") == ("", None)
    full_path, stat_result = app.lookup_path("example.txt")
    assert full_path.endswith("example.txt") and stat_result is not None


@pytest.mark.anyio
async def test_staticfiles_symlinks(tmp_path: Path) -> None:
    static = _static_tree(tmp_path)
    (static / "out.txt").symlink_to(tmp_path / "secret.txt")
    (static / "outdir").symlink_to(tmp_path / "static_secret")
    (static / "in.txt").symlink_to(static / "example.txt")
    (static / "loop").symlink_to(static / "loop")
    strict = StaticFiles(directory=static)
    assert await _static_status(strict, "/out.txt") == 404
    assert await _static_status(strict, "/outdir/key.txt") == 404
    assert await _static_status(strict, "/in.txt") == 200
    assert await _static_status(strict, "/loop") == 404
    assert await _static_status(StaticFiles(directory=static, follow_symlink=True), "/loop") == 404
    # follow_symlink serves what links point at, but `..` still cannot climb out.
    follow = StaticFiles(directory=static, follow_symlink=True)
    assert await _static_status(follow, "/out.txt") == 200
    assert await _static_status(follow, "/outdir/key.txt") == 200
    assert await _static_status(follow, "/outdir/../../secret.txt") == 404
    assert await _static_status(follow, "/../secret.txt") == 404


def test_staticfiles_directory_itself_a_symlink(client: Any, tmp_path: Path) -> None:
    static = _static_tree(tmp_path)
    link = tmp_path / "link"
    link.symlink_to(static)
    for follow in (False, True):
        response = client(StaticFiles(directory=link, follow_symlink=follow)).get("/example.txt")
        assert response.text == "<file content>"


def test_staticfiles_conditional_requests(client: Any, tmp_path: Path) -> None:
    static = _static_tree(tmp_path)
    stamp = time.mktime(time.strptime("2013-10-10 23:40:00", "%Y-%m-%d %H:%M:%S"))
    os.utime(static / "example.txt", (stamp, stamp))
    test_client = client(StaticFiles(directory=static))
    first = test_client.get("/example.txt")
    etag, modified = first.headers["etag"], first.headers["last-modified"]
    cases = [
        ({"if-none-match": etag}, 304),
        ({"if-none-match": f'"x", W/{etag}'}, 304),
        ({"if-none-match": f'"x",\t{etag}'}, 304),
        ({"if-none-match": " * "}, 304),
        ({"if-none-match": '"x", "*"'}, 200),
        ({"if-none-match": '"a,*,b"'}, 200),
        ({"if-none-match": '"x"', "if-modified-since": modified}, 200),  # ETag decides
        ({"if-modified-since": modified}, 304),
        ({"if-modified-since": "Fri, 11 Oct 2013 15:30:19 GMT"}, 304),
        ({"if-modified-since": "Mon, 20 Feb 2012 15:30:19 GMT"}, 200),
        ({"if-modified-since": "not a date"}, 200),
        ({"if-modified-since": "Thu, 01 Jan 99999999999 00:00:00 GMT"}, 200),
    ]
    for headers, status_code in cases:
        response = test_client.get("/example.txt", headers=headers)
        assert response.status_code == status_code, headers
        if status_code == 304:
            assert response.content == b""
            assert response.headers["etag"] == etag
            assert "content-length" not in response.headers
    assert test_client.head("/example.txt", headers={"if-none-match": "*"}).status_code == 304


def test_staticfiles_not_modified_response_keeps_cache_headers() -> None:
    headers = Headers(
        {
            "etag": '"1"',
            "vary": "accept",
            "content-length": "5",
            "content-type": "text/plain",
        }
    )
    response = NotModifiedResponse(headers)
    assert response.status_code == 304
    assert dict(response.headers) == {"etag": '"1"', "vary": "accept"}
    # An empty entry in If-None-Match never matches a missing ETag.
    assert not StaticFiles(check_dir=False).is_not_modified(
        Headers(), Headers({"if-none-match": ","})
    )
    assert not StaticFiles(check_dir=False).is_not_modified(
        Headers(), Headers({"if-none-match": '"x"'})
    )


def test_staticfiles_html_mode(client: Any, tmp_path: Path) -> None:
    static = _static_tree(tmp_path)
    (static / "docs").mkdir()
    (static / "docs" / "index.html").write_text("<h1>Docs</h1>")
    test_client = client(_static_app(StaticFiles(directory=static, html=True)))
    assert test_client.get("/sub/").status_code == 404  # no index.html, no 404.html
    (static / "404.html").write_text("<h1>Custom 404</h1>")
    (static / "index.html").write_text("<h1>Home</h1>")
    assert test_client.get("/").text == "<h1>Home</h1>"
    assert test_client.get("/docs/").text == "<h1>Docs</h1>"
    assert test_client.get("/docs/index.html").text == "<h1>Docs</h1>"
    redirect = test_client.get("/docs", params={"q": "1"}, follow_redirects=False)
    assert redirect.status_code == 307
    assert redirect.headers["location"] == "/docs/?q=1"  # a path: the Host header cannot steer it
    assert test_client.get("/docs").url == "http://testserver/docs/"
    for missing in ("/missing", "/sub", "/sub/"):
        response = test_client.get(missing)
        assert (response.status_code, response.text) == (404, "<h1>Custom 404</h1>")


def test_staticfiles_html_redirect_is_never_scheme_relative(client: Any, tmp_path: Path) -> None:
    static = tmp_path / "static"
    (static / "evil.example").mkdir(parents=True)
    (static / "evil.example" / "index.html").write_text("x")
    app = StaticFiles(directory=static, html=True)
    scope = _static_scope("//evil.example", headers=[(b"host", b"evil.example")])
    response = client(app).get("/evil.example", follow_redirects=False)
    assert response.headers["location"] == "/evil.example/"

    response = anyio.run(app.get_response, app.get_path(scope), scope)
    assert response.headers["location"] == "/evil.example/"


def test_staticfiles_mounted_redirect_keeps_prefix(client: Any, tmp_path: Path) -> None:
    static = tmp_path / "static"
    (static / "a b").mkdir(parents=True)
    (static / "a b" / "index.html").write_text("spaced")
    app = Starlette(routes=[Mount("/files", StaticFiles(directory=static, html=True))])
    response = client(app).get("/files/a b", follow_redirects=False)
    assert response.headers["location"] == "/files/a%20b/"
    assert client(app).get("/files/a b").text == "spaced"


def test_staticfiles_packages(client: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    regular = tmp_path / "h7_static_pkg"
    (regular / "statics").mkdir(parents=True)
    (regular / "assets").mkdir()
    (regular / "__init__.py").write_text("")
    (regular / "statics" / "a.txt").write_text("from statics")
    (regular / "assets" / "b.txt").write_text("from assets")
    namespace = tmp_path / "h7_static_ns" / "statics"
    namespace.mkdir(parents=True)
    (namespace / "c.txt").write_text("from a namespace package")
    monkeypatch.syspath_prepend(str(tmp_path))
    app = StaticFiles(packages=["h7_static_pkg", ("h7_static_pkg", "assets"), "h7_static_ns"])
    test_client = client(app)
    assert test_client.get("/a.txt").text == "from statics"
    assert test_client.get("/b.txt").text == "from assets"
    assert test_client.get("/c.txt").text == "from a namespace package"
    with pytest.raises(AssertionError, match="Package 'h7_no_such_pkg' could not be found."):
        StaticFiles(packages=["h7_no_such_pkg"])
    with pytest.raises(AssertionError, match="Directory ''missing'' in package"):
        StaticFiles(packages=[("h7_static_pkg", "missing")])
    monkeypatch.delitem(sys.modules, "h7_static_pkg", raising=False)
    monkeypatch.delitem(sys.modules, "h7_static_ns", raising=False)


def test_staticfiles_directory_checks(client: Any, tmp_path: Path) -> None:
    missing = tmp_path / "missing"
    with pytest.raises(RuntimeError, match="does not exist"):
        StaticFiles(directory=missing)
    with pytest.raises(RuntimeError, match="StaticFiles directory '.*' does not exist."):
        client(StaticFiles(directory=missing, check_dir=False)).get("/x")
    a_file = tmp_path / "file.txt"
    a_file.write_text("x")
    with pytest.raises(RuntimeError, match="is not a directory"):
        client(StaticFiles(directory=a_file, check_dir=False)).get("/x")
    app = StaticFiles(directory=tmp_path)
    assert not app.config_checked
    assert client(_static_app(app)).get("/file.txt").status_code == 200
    assert app.config_checked
    tmp_path.rename(tmp_path.with_name(tmp_path.name + "-moved"))
    try:  # checked once: now a plain 404
        assert client(_static_app(app)).get("/file.txt").status_code == 404
    finally:
        tmp_path.with_name(tmp_path.name + "-moved").rename(tmp_path)


@pytest.mark.parametrize(
    ("error", "status_code"),
    [
        (PermissionError(errno.EACCES, "denied"), 401),
        (OSError(errno.ENAMETOOLONG, "too long"), 404),
        (ValueError("path on another drive"), 404),
        (TimeoutError(), 500),
    ],
)
def test_staticfiles_lookup_errors(
    client: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    error: Exception,
    status_code: int,
) -> None:
    def fail(self: StaticFiles, path: str) -> Any:
        raise error

    monkeypatch.setattr(StaticFiles, "lookup_path", fail)
    app = _static_app(StaticFiles(directory=tmp_path))
    response = client(app, raise_server_exceptions=False).get("/x.txt")
    assert response.status_code == status_code


def test_staticfiles_unreadable_file_is_not_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only "no such file" errors mean 404; others (here EACCES) reach get_response."""
    app = StaticFiles(directory=_static_tree(tmp_path))
    real_stat = os.stat

    def stat(path: Any, *args: Any, **kwargs: Any) -> os.stat_result:
        if str(path).endswith("example.txt"):
            raise PermissionError(errno.EACCES, "denied")
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", stat)
    with pytest.raises(PermissionError):
        app.lookup_path("example.txt")
    with pytest.raises(HTTPException) as info:
        anyio.run(app.get_response, "example.txt", _static_scope("/example.txt"))
    assert info.value.status_code == 401


# =============================================================================
# extra: static files for production: cache headers, precompressed files, SPA fallback
# =============================================================================


def _prod_tree(tmp_path: Path) -> Path:
    """dist/ with app.js and its .br/.zst/.gz siblings, index.html, and a secret outside."""
    dist = tmp_path / "dist"
    (dist / "assets").mkdir(parents=True)
    (dist / "app.js").write_text("console.log('plain');")
    (dist / "app.js.br").write_bytes(b"BR-BYTES")
    (dist / "app.js.zst").write_bytes(b"ZSTD-BYTES")
    (dist / "app.js.gz").write_bytes(gzip.compress(b"console.log('plain');"))
    (dist / "index.html").write_text("<h1>spa</h1>")
    (dist / "assets" / "logo.txt").write_text("logo")
    (tmp_path / "secret.txt").write_text("parent secret")
    return dist


def _prod_client(client: ClientFactory, **options: Any) -> TestClient:
    directory = options.pop("directory")
    return client(Starlette(routes=[Mount("/", StaticFiles(directory=directory, **options))]))


@pytest.mark.parametrize(
    ("accept", "coding", "body"),
    [
        ("br, gzip", "br", b"BR-BYTES"),
        ("gzip;q=1, br;q=0.5", "gzip", None),
        ("zstd, gzip;q=0.9", "zstd", b"ZSTD-BYTES"),
        ("*", "br", b"BR-BYTES"),
        ("*;q=0.5, gzip", "gzip", None),
        ("br;q=0, gzip;q=0", None, b"console.log('plain');"),
        ("br;q=oops, deflate", None, b"console.log('plain');"),
        ("", None, b"console.log('plain');"),
    ],
)
def test_static_prod_precompressed_picks_by_q_values(
    client: ClientFactory, tmp_path: Path, accept: str, coding: str | None, body: bytes | None
) -> None:
    http = _prod_client(client, directory=_prod_tree(tmp_path), precompressed=True)
    plain = http.get("/app.js", headers={"accept-encoding": ""})
    response = http.get("/app.js", headers={"accept-encoding": accept})
    assert response.status_code == 200
    assert response.headers["content-type"] == plain.headers["content-type"]
    assert response.headers["content-type"].startswith(
        ("text/javascript", "application/javascript")
    )
    assert response.headers["vary"] == "Accept-Encoding"
    assert response.headers.get("content-encoding") == coding
    if coding is None:
        assert response.headers["etag"] == plain.headers["etag"]
    else:
        assert response.headers["etag"].endswith(f'-{coding}"')  # the sibling's own tag
        assert response.headers["etag"] != plain.headers["etag"]
    if body is not None:  # httpx decodes gzip itself, so the raw bytes are checked for the others
        assert response.content == body
    else:
        assert response.text == "console.log('plain');"


def test_static_prod_precompressed_range_head_and_304(
    client: ClientFactory, tmp_path: Path
) -> None:
    http = _prod_client(client, directory=_prod_tree(tmp_path), precompressed=True)
    br = {"accept-encoding": "br"}
    ranged = http.get("/app.js", headers={**br, "range": "bytes=0-1"})
    assert (ranged.status_code, ranged.content) == (206, b"BR")
    assert ranged.headers["content-range"] == "bytes 0-1/8"
    assert ranged.headers["content-encoding"] == "br"
    head = http.head("/app.js", headers=br)
    assert (head.status_code, head.content, head.headers["content-length"]) == (200, b"", "8")
    etag = head.headers["etag"]
    again = http.get("/app.js", headers={**br, "if-none-match": etag})
    assert again.status_code == 304
    assert (again.headers["etag"], again.headers["vary"]) == (etag, "Accept-Encoding")
    # The plain file's validator does not match the encoded one, and the reverse.
    plain = http.get("/app.js", headers={"accept-encoding": "identity"})
    assert (
        http.get("/app.js", headers={**br, "if-none-match": plain.headers["etag"]}).status_code
        == 200
    )
    no_coding = {"accept-encoding": "identity", "if-none-match": etag}
    assert http.get("/app.js", headers=no_coding).status_code == 200
    revalidated = http.get(
        "/app.js", headers={"accept-encoding": "identity", "if-none-match": plain.headers["etag"]}
    )
    assert (revalidated.status_code, revalidated.headers["vary"]) == (304, "Accept-Encoding")


def test_static_prod_precompressed_siblings_cannot_escape(
    client: ClientFactory, tmp_path: Path
) -> None:
    dist = _prod_tree(tmp_path)
    (dist / "app.js.br").unlink()
    (dist / "app.js.br").symlink_to(tmp_path / "secret.txt")  # a sibling leading outside
    (dist / "app.js.zst").unlink()
    (dist / "app.js.zst").mkdir()  # a sibling that is not a file
    http = _prod_client(client, directory=dist, precompressed=True)
    response = http.get("/app.js", headers={"accept-encoding": "br, zstd"})
    assert response.text == "console.log('plain');" and "content-encoding" not in response.headers
    assert "secret" not in http.get("/app.js", headers={"accept-encoding": "br"}).text
    # With follow_symlink the link is inside by its own (unresolved) name, as for any file.
    linked = _prod_client(client, directory=dist, precompressed=True, follow_symlink=True)
    assert linked.get("/app.js", headers={"accept-encoding": "br"}).text == "parent secret"
    # Names the client makes up still go through lookup_path's checks first.
    assert http.get("/../secret.txt.br", headers={"accept-encoding": "br"}).status_code == 404
    assert http.get("/app.js.br/..%2f..%2fsecret.txt").status_code == 404


def test_static_prod_cache_control_value_and_callable(
    client: ClientFactory, tmp_path: Path
) -> None:
    dist = _prod_tree(tmp_path)
    immutable = "public, max-age=31536000, immutable"
    http = _prod_client(client, directory=dist, cache_control=immutable)
    response = http.get("/app.js")
    assert response.headers["cache-control"] == immutable
    revalidated = http.get("/app.js", headers={"if-none-match": response.headers["etag"]})
    assert (revalidated.status_code, revalidated.headers["cache-control"]) == (304, immutable)
    seen: list[str] = []

    def policy(path: str) -> str | None:
        seen.append(path)
        return "no-cache" if path.endswith(".html") else None

    http = _prod_client(client, directory=dist, cache_control=policy, precompressed=True)
    assert http.get("/index.html").headers["cache-control"] == "no-cache"
    assert "cache-control" not in http.get("/app.js", headers={"accept-encoding": "br"}).headers
    assert seen == [str(dist / "index.html"), str(dist / "app.js")]  # the original's path
    http = _prod_client(client, directory=dist, cache_control="max-age=60", precompressed=True)
    assert (
        http.get("/app.js", headers={"accept-encoding": "br"}).headers["cache-control"]
        == "max-age=60"
    )


def test_static_prod_fallback_for_single_page_apps(client: ClientFactory, tmp_path: Path) -> None:
    dist = _prod_tree(tmp_path)
    (dist / "404.html").write_text("not found page")
    http = _prod_client(client, directory=dist, fallback="index.html", cache_control="no-cache")
    for path in ("/", "/about", "/users/7/settings", "/assets"):
        response = http.get(path)
        assert (response.status_code, response.text) == (200, "<h1>spa</h1>"), path
        assert response.headers["cache-control"] == "no-cache"
    assert http.get("/assets/logo.txt").text == "logo"
    for missing in ("/logo.png", "/assets/app.css", "/v1.2"):
        assert http.get(missing).status_code == 404, missing
    # html=True keeps its directory index and its 404 page for files.
    (dist / "docs").mkdir()
    (dist / "docs" / "index.html").write_text("docs index")
    html = _prod_client(client, directory=dist, fallback="index.html", html=True)
    assert html.get("/docs/").text == "docs index"
    assert html.get("/docs/intro").text == "<h1>spa</h1>"
    not_found = html.get("/logo.png")
    assert (not_found.status_code, not_found.text) == (404, "not found page")
    # A fallback that is not there: plain 404s.
    gone = _prod_client(client, directory=dist, fallback="missing.html")
    assert gone.get("/about").status_code == 404


def test_static_prod_fallback_precompressed(client: ClientFactory, tmp_path: Path) -> None:
    dist = _prod_tree(tmp_path)
    (dist / "index.html.br").write_bytes(b"BR-INDEX")
    http = _prod_client(client, directory=dist, fallback="index.html", precompressed=True)
    response = http.get("/about", headers={"accept-encoding": "br"})
    assert (response.content, response.headers["content-encoding"]) == (b"BR-INDEX", "br")
    assert response.headers["content-type"].startswith("text/html")


def test_static_prod_defaults_change_nothing(tmp_path: Path) -> None:
    static = StaticFiles(directory=_prod_tree(tmp_path))
    assert (static._cache_control, static._precompressed, static._spa_fallback) == (
        None,
        False,
        None,
    )
    assert StaticFiles._precompressed is False  # subclasses that skip __init__ get the defaults


def test_static_prod_leaves_a_subclass_own_attributes_alone(tmp_path: Path) -> None:
    # FastAPI's frontend files set `self.fallback` (its own meaning) before
    # calling StaticFiles.__init__: the extras must not overwrite it.
    class Frontend(StaticFiles):
        def __init__(self, directory: Path) -> None:
            self.fallback = "auto"
            self.cache_control = "theirs"
            super().__init__(directory=directory, html=True)

    frontend = Frontend(_prod_tree(tmp_path))
    assert (frontend.fallback, frontend.cache_control) == ("auto", "theirs")
    assert frontend._spa_fallback is None and frontend._cache_control is None


# =============================================================================
# starlette.templating: Jinja2Templates (jinja2, lazy)
# =============================================================================


def _tpl_dir(tmp_path: Path, **files: str) -> Path:
    for name, text in files.items():
        (tmp_path / name.replace("__", ".")).write_text(text)
    return tmp_path


def test_templating_renders_with_request_and_url_for(client: Any, tmp_path: Path) -> None:
    _tpl_dir(tmp_path, index__html="<a href='{{ url_for('home') }}'>{{ request.method }}</a>")
    templates = Jinja2Templates(directory=tmp_path)

    def home(request: Request) -> Response:
        return templates.TemplateResponse(request, "index.html")

    response = client(Starlette(routes=[Route("/", home, name="home")])).get("/")
    assert response.text == "<a href='http://testserver/'>GET</a>"
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    # The TestClient receives the http.response.debug message.
    assert response.template.name == "index.html"
    assert set(response.context) == {"request"}


def test_templating_autoescape_is_on(tmp_path: Path) -> None:
    _tpl_dir(tmp_path, page__html="{{ x }}", note__txt="{{ x }}")
    templates = Jinja2Templates(directory=str(tmp_path))
    for name in ("page.html", "note.txt"):
        assert templates.get_template(name).render(x="<b>") == "&lt;b&gt;"


def test_templating_response_options_and_context_processors(client: Any, tmp_path: Path) -> None:
    _tpl_dir(tmp_path, t__html="{{ user }} {{ extra }}")
    ran: list[str] = []
    templates = Jinja2Templates(
        directory=[tmp_path], context_processors=[lambda request: {"user": "ada"}]
    )

    def page(request: Request) -> Response:
        return templates.TemplateResponse(
            request,
            "t.html",
            {"extra": "!"},
            201,
            {"x-test": "1"},
            "text/x-custom",
            BackgroundTask(ran.append, "done"),
        )

    def by_keyword(request: Request) -> Response:
        return templates.TemplateResponse(request=request, name="t.html", status_code=202)

    test_client = client(Starlette(routes=[Route("/", page), Route("/kw", by_keyword)]))
    response = test_client.get("/")
    assert (response.status_code, response.text, response.headers["x-test"]) == (
        201,
        "ada !",
        "1",
    )
    assert response.headers["content-type"].startswith("text/x-custom")
    assert set(response.context) == {"request", "user", "extra"}
    assert ran == ["done"]
    response = test_client.get("/kw")
    assert (response.status_code, response.text) == (202, "ada ")


def test_templating_env_instead_of_directory(client: Any, tmp_path: Path) -> None:
    _tpl_dir(tmp_path, e__html="{{ url_for('e') }}")
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(tmp_path))
    env.globals["url_for"] = lambda name: f"custom:{name}"
    templates = Jinja2Templates(env=env)
    assert templates.env is env

    def page(request: Request) -> Response:
        return templates.TemplateResponse(request, "e.html")

    # An env's own url_for is kept.
    assert client(Starlette(routes=[Route("/", page, name="e")])).get("/").text == "custom:e"


def test_templating_needs_directory_or_env(tmp_path: Path) -> None:
    message = "either 'directory' or 'env' arguments must be passed"
    with pytest.raises(AssertionError, match=message):
        Jinja2Templates()
    with pytest.raises(AssertionError, match=message):
        Jinja2Templates(directory=tmp_path, env=jinja2.Environment())


def test_templating_legacy_env_options_warn(tmp_path: Path) -> None:
    _tpl_dir(tmp_path, raw__html="{{ x }}")
    with pytest.warns(DeprecationWarning, match="Extra environment options are deprecated"):
        templates = Jinja2Templates(tmp_path, autoescape=False)
    assert templates.get_template("raw.html").render(x="<b>") == "<b>"


def test_templating_legacy_template_response(client: Any, tmp_path: Path) -> None:
    _tpl_dir(tmp_path, old__html="{{ request.url.path }} {{ n }}")
    templates = Jinja2Templates(directory=tmp_path)

    def name_first(request: Request) -> Response:
        with pytest.warns(DeprecationWarning, match="The `name` is not the first parameter"):
            return templates.TemplateResponse("old.html", {"request": request, "n": 1}, 203)

    def keywords(request: Request) -> Response:
        with pytest.warns(DeprecationWarning, match="now requires the `request` argument"):
            return templates.TemplateResponse(name="old.html", context={"request": request})

    test_client = client(Starlette(routes=[Route("/a", name_first), Route("/b", keywords)]))
    response = test_client.get("/a")
    assert (response.status_code, response.text) == (203, "/a 1")
    assert test_client.get("/b").text == "/b "


def test_templating_legacy_mistakes_explain_the_fix(tmp_path: Path) -> None:
    _tpl_dir(tmp_path, x__html="x")
    templates = Jinja2Templates(directory=tmp_path)
    with pytest.warns(DeprecationWarning), pytest.raises(ValueError) as info:
        templates.TemplateResponse("x.html")
    assert 'context must include a "request" key' in str(info.value)
    assert "TemplateResponse(request, name, context)" in str(info.value)
    with pytest.warns(DeprecationWarning), pytest.raises(ValueError):
        templates.TemplateResponse(name="x.html", context={})
    with pytest.raises(TypeError):
        # The ignore below: deliberately wrong arguments.
        templates.TemplateResponse(object(), "x.html", unknown=1)  # type: ignore[call-overload]


@pytest.mark.anyio
async def test_templating_debug_message_only_when_supported(tmp_path: Path) -> None:
    _tpl_dir(tmp_path, d__html="hi")
    templates = Jinja2Templates(directory=tmp_path)
    sent: list[Message] = []

    async def receive() -> Message:  # pragma: no cover - not called
        raise AssertionError

    async def send(message: Message) -> None:
        sent.append(message)

    variants: list[dict[str, Any] | None] = [None, {"http.response.debug": {}}]
    for extensions in variants:
        scope: Scope = {"type": "http", "method": "GET", "path": "/", "headers": []}
        if extensions is not None:
            scope["extensions"] = extensions
        response = templates.TemplateResponse(Request(scope), "d.html")
        await response(scope, receive, send)
    types = [message["type"] for message in sent]
    assert types == [
        "http.response.start",
        "http.response.body",
        "http.response.debug",
        "http.response.start",
        "http.response.body",
    ]
    assert sent[2]["info"]["template"].name == "d.html"


def test_templating_without_jinja2(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "jinja2", None)
    with pytest.raises(ModuleNotFoundError, match="pip install jinja2"):
        Jinja2Templates(directory=tmp_path)


# =============================================================================
# starlette.schemas: SchemaGenerator (pyyaml, lazy)
# =============================================================================


def _schema_users(request: Request) -> Response:  # pragma: no cover - only inspected
    """List or create users.

    ---
    responses:
      200:
        description: Users.
    """
    raise NotImplementedError


def _schema_user(request: Request) -> Response:  # pragma: no cover - only inspected
    """
    responses:
      200:
        description: One user.
    """
    raise NotImplementedError


def _schema_prose(request: Request) -> Response:  # pragma: no cover - only inspected
    """Just prose, no schema."""
    raise NotImplementedError


def _schema_bare(request: Request) -> Response:  # pragma: no cover - only inspected
    raise NotImplementedError


async def _schema_socket(
    websocket: WebSocket,
) -> None:  # pragma: no cover - only inspected
    """responses: {}"""


class _SchemaOrgs:
    """A class endpoint: documented per handler method."""

    def get(self, request: Request) -> None:  # pragma: no cover - only inspected
        """
        responses:
          200:
            description: Organisations.
        """

    def query(self, request: Request) -> None:  # pragma: no cover - only inspected
        """
        responses:
          200:
            description: Search organisations.
        """


async def _schema_plain_app(scope: Scope, receive: Receive, send: Send) -> None:
    raise NotImplementedError  # pragma: no cover - only inspected


def _schema_routes() -> list[Any]:
    sub = Starlette(routes=[Route("/leaf/{n:int}", _schema_user)])
    return [
        WebSocketRoute("/ws", _schema_socket),
        Route("/users", _schema_users, methods=["GET", "HEAD", "POST"]),
        Route("/users/{id:int}", _schema_user),
        Route("/users/{id:int}/notes", _schema_prose),
        Route("/bare", _schema_bare),
        Route("/orgs", _SchemaOrgs),
        Route("/hidden", _schema_user, include_in_schema=False),
        Mount("/sub/{tenant:str}", sub),
        Mount("/empty", app=_schema_plain_app),  # an app without routes
        Host("api.example.com", Router(routes=[Mount("/v2", sub)])),
    ]


def test_schemas_endpoints() -> None:
    endpoints = BaseSchemaGenerator().get_endpoints(_schema_routes())
    found = [(e.path, e.http_method) for e in endpoints]
    assert found == [
        ("/users", "get"),
        ("/users", "post"),
        ("/users/{id}", "get"),
        ("/users/{id}/notes", "get"),
        ("/bare", "get"),
        ("/orgs", "get"),
        ("/orgs", "query"),
        ("/sub/{tenant}/leaf/{n}", "get"),
        ("/v2/leaf/{n}", "get"),
    ]
    assert endpoints[0] == EndpointInfo("/users", "get", _schema_users)


def test_schemas_bound_method_endpoint() -> None:
    class Views:
        def page(self, request: Request) -> None:  # pragma: no cover - only inspected
            """responses: {200: {description: Page.}}"""

    generator = SchemaGenerator({"openapi": "3.0.0"})
    schema = generator.get_schema([Route("/page", Views().page, methods=["PUT"])])
    assert schema["paths"] == {"/page": {"put": {"responses": {200: {"description": "Page."}}}}}


def test_schemas_parse_docstring() -> None:
    generator = BaseSchemaGenerator()
    assert generator.parse_docstring(_schema_users) == {
        "responses": {200: {"description": "Users."}}
    }
    assert generator.parse_docstring(_schema_prose) == {}
    assert generator.parse_docstring(_schema_bare) == {}


def test_schemas_generation_and_query_method() -> None:
    base: dict[str, Any] = {
        "openapi": "3.2.0",
        "info": {"title": "T", "version": "1"},
        "paths": {"/static": {"get": {"responses": {}}}},
    }
    generator = SchemaGenerator(base)
    schema = generator.get_schema(_schema_routes())
    assert schema["info"] == {"title": "T", "version": "1"}
    assert sorted(schema["paths"]) == [
        "/orgs",
        "/static",
        "/sub/{tenant}/leaf/{n}",
        "/users",
        "/users/{id}",
        "/v2/leaf/{n}",
    ]
    assert sorted(schema["paths"]["/orgs"]) == ["get", "query"]
    assert sorted(schema["paths"]["/users"]) == ["get", "post"]
    # The base schema is copied, not filled in.
    assert base["paths"] == {"/static": {"get": {"responses": {}}}}
    assert generator.get_schema(_schema_routes()) == schema
    for version in ("3.1.0", "", "x"):
        older = SchemaGenerator({"openapi": version}).get_schema(_schema_routes())
        assert sorted(older["paths"]["/orgs"]) == ["get"]


def test_schemas_openapi_response(client: Any) -> None:
    generator = SchemaGenerator({"openapi": "3.0.0", "info": {"title": "T", "version": "1.0"}})

    def schema(request: Request) -> Response:
        return generator.OpenAPIResponse(request=request)

    app = Starlette(
        routes=[
            Route("/users/{id:int}", _schema_user),
            Route("/schema", schema, include_in_schema=False),
        ]
    )
    response = client(app).get("/schema")
    assert response.headers["content-type"] == "application/vnd.oai.openapi"
    assert response.text == (
        "info:\n  title: T\n  version: '1.0'\nopenapi: 3.0.0\npaths:\n  /users/{id}:\n"
        "    get:\n      responses:\n        200:\n          description: One user.\n"
    )
    with pytest.raises(TypeError, match="should be a dictionary"):
        OpenAPIResponse(["not", "a", "dict"])


def test_schemas_without_pyyaml(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "yaml", None)
    with pytest.raises(ModuleNotFoundError, match="pip install pyyaml"):
        OpenAPIResponse({})
    with pytest.raises(ModuleNotFoundError, match="pip install pyyaml"):
        BaseSchemaGenerator().parse_docstring(_schema_user)


# =============================================================================
# starlette.applications: Starlette
# =============================================================================


async def _app_hello(request: Request) -> Response:
    return PlainTextResponse("Hello, world!")


def test_applications_defaults() -> None:
    app = Starlette()
    assert app.debug is False
    assert isinstance(app.state, State)
    assert isinstance(app.router, Router)
    assert app.exception_handlers == {} and app.user_middleware == []
    assert app.middleware_stack is None and app.max_body_size is None
    assert app.routes == []


def test_applications_each_layer_awaits_the_next(
    client: ClientFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A request passes through every layer's own __call__ (or handle), in stack
    # order: no layer does the next one's work in its place.
    seen: list[str] = []

    def spying(cls: Any, name: str) -> None:
        original = getattr(cls, name)

        async def spy(self: Any, scope: Scope, receive: Receive, send: Send) -> None:
            seen.append(cls.__name__)
            await original(self, scope, receive, send)

        monkeypatch.setattr(cls, name, spy)

    for cls in (ServerErrorMiddleware, ExceptionMiddleware, Router):
        spying(cls, "__call__")
    spying(Route, "handle")

    async def hello(request: Request) -> Response:
        seen.append("endpoint")
        return PlainTextResponse("hi")

    assert client(Starlette(routes=[Route("/", hello)])).get("/").text == "hi"
    assert seen == ["ServerErrorMiddleware", "ExceptionMiddleware", "Router", "Route", "endpoint"]


def test_applications_routes_and_url_path_for(client: ClientFactory) -> None:
    app = Starlette(routes=[Route("/hello", _app_hello)])
    assert app.routes == app.router.routes
    assert app.url_path_for("_app_hello") == "/hello"
    response = client(app).get("/hello")
    assert response.status_code == 200 and response.text == "Hello, world!"
    assert client(app).get("/nowhere").status_code == 404


def test_applications_scope_app_is_the_application(client: ClientFactory) -> None:
    async def whoami(request: Request) -> Response:
        return PlainTextResponse(type(request.app).__name__ + str(request.app is app))

    app = Starlette(routes=[Route("/", whoami)])
    assert client(app).get("/").text == "StarletteTrue"


def test_applications_stack_order_and_built_once(client: ClientFactory) -> None:
    calls: list[str] = []

    class Tag:
        def __init__(self, app: ASGIApp, label: str) -> None:
            self.app = app
            self.label = label
            calls.append(f"built {label}")

        async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
            calls.append(self.label)
            await self.app(scope, receive, send)

    app = Starlette(
        routes=[Route("/", _app_hello)],
        middleware=[Middleware(Tag, "first"), Middleware(Tag, "second")],
    )
    app.add_middleware(Tag, "added")
    assert app.middleware_stack is None
    test_client = client(app)
    test_client.get("/")
    test_client.get("/")
    assert (
        calls == ["built second", "built first", "built added"] + ["added", "first", "second"] * 2
    )
    stack = app.middleware_stack
    assert isinstance(stack, ServerErrorMiddleware)
    layer: Any = stack
    kinds = []
    while not isinstance(layer, Router):
        kinds.append(type(layer).__name__)
        layer = layer.app
    assert kinds == ["ServerErrorMiddleware", "Tag", "Tag", "Tag", "ExceptionMiddleware"]
    with pytest.raises(
        RuntimeError, match="Cannot add middleware after an application has started"
    ):
        app.add_middleware(Tag, "late")


def test_applications_body_limit_layer(client: ClientFactory) -> None:
    async def echo(request: Request) -> Response:
        return Response(await request.body())

    app = Starlette(routes=[Route("/", echo, methods=["POST"])], max_body_size=5)
    test_client = client(app)
    assert test_client.post("/", content=b"12345").content == b"12345"
    assert test_client.post("/", content=b"123456").status_code == 413
    assert isinstance(app.middleware_stack, ServerErrorMiddleware)
    assert isinstance(app.middleware_stack.app, RequestBodyLimitMiddleware)


def test_applications_exception_handlers_split(client: ClientFactory) -> None:
    async def crash(request: Request) -> Response:
        raise RuntimeError("crash")

    async def missing(request: Request) -> Response:
        raise HTTPException(404, detail="gone")

    async def on_500(request: Request, exc: Exception) -> Response:
        return JSONResponse({"detail": "Server Error"}, status_code=500)

    async def on_http(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)

    app = Starlette(
        routes=[Route("/crash", crash), Route("/missing", missing)],
        exception_handlers={500: on_500, HTTPException: on_http},
    )
    test_client = client(app, raise_server_exceptions=False)
    assert test_client.get("/crash").json() == {"detail": "Server Error"}
    assert test_client.get("/missing").json() == {"detail": "gone"}
    assert test_client.get("/nope").json() == {"detail": "Not Found"}
    assert test_client.post("/missing").status_code == 405
    app = Starlette(routes=[Route("/crash", crash)])
    app.add_exception_handler(Exception, on_500)
    assert client(app, raise_server_exceptions=False).get("/crash").json() == {
        "detail": "Server Error"
    }


def test_applications_debug_set_after_construction(client: ClientFactory) -> None:
    async def crash(request: Request) -> Response:
        raise RuntimeError("debug me")

    app = Starlette(routes=[Route("/", crash)])
    app.debug = True
    response = client(app, raise_server_exceptions=False).get("/")
    assert response.status_code == 500 and "RuntimeError: debug me" in response.text
    with pytest.raises(RuntimeError, match="debug me"):
        client(app).get("/")


def test_applications_background_error_reaches_handler(client: ClientFactory) -> None:
    reached: list[str] = []

    def on_error(request: Request, exc: Exception) -> None:
        reached.append(str(exc))

    def fail() -> None:
        raise ValueError("background")

    async def endpoint(request: Request) -> Response:
        return Response(status_code=204, background=BackgroundTask(fail))

    handlers: dict[Any, Any] = {Exception: on_error}  # it only records, returning None
    app = Starlette(routes=[Route("/", endpoint)], exception_handlers=handlers)
    response = client(app, raise_server_exceptions=False).get("/")
    assert response.status_code == 204 and reached == ["background"]


def test_applications_websockets_and_handlers(client: ClientFactory) -> None:
    async def hello(websocket: WebSocket) -> None:
        await websocket.accept()
        await websocket.send_text("hi")
        await websocket.close()

    async def policy(websocket: WebSocket) -> None:
        await websocket.accept()
        raise WebSocketException(1008)

    app = Starlette(routes=[WebSocketRoute("/ws", hello), WebSocketRoute("/policy", policy)])
    test_client = client(app)
    with test_client.websocket_connect("/ws") as session:
        assert session.receive_text() == "hi"
    with test_client.websocket_connect("/policy") as session:
        assert session.receive() == {"type": "websocket.close", "code": 1008, "reason": ""}


def test_applications_mount_host_and_add_route(client: ClientFactory) -> None:
    sub = Router(routes=[Route("/", _app_hello)])
    app = Starlette()
    app.mount("/sub", sub, name="sub")
    app.host("api.example.org", Router(routes=[Route("/", _app_hello, name="api")]), name="h")
    app.add_route("/plain", _app_hello, methods=["GET"], name="plain")
    test_client = client(app)
    assert test_client.get("/sub/").text == "Hello, world!"
    assert test_client.get("/plain").text == "Hello, world!"
    assert client(app, base_url="http://api.example.org").get("/").text == "Hello, world!"
    assert app.url_path_for("plain") == "/plain"
    assert isinstance(app.routes[0], Mount)


def test_applications_lifespan_state(client: ClientFactory) -> None:
    events: list[str] = []

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[dict[str, Any]]:
        events.append("startup")
        yield {"count": 1}
        events.append("shutdown")

    async def count(request: Request) -> Response:
        return JSONResponse({"count": request.state.count})

    app = Starlette(routes=[Route("/", count)], lifespan=lifespan)
    with client(app) as test_client:
        assert events == ["startup"]
        assert test_client.get("/").json() == {"count": 1}
    assert events == ["startup", "shutdown"]


def test_applications_rejects_lifespan_with_on_startup() -> None:
    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield  # pragma: no cover - never entered

    with pytest.raises(ValueError, match="not both"):
        Starlette(lifespan=lifespan, on_startup=[print])


def test_applications_047_api(client: ClientFactory) -> None:
    events: list[str] = []

    async def startup() -> None:
        events.append("startup")

    def shutdown() -> None:
        events.append("shutdown")

    with pytest.deprecated_call(match="on_startup and on_shutdown parameters are deprecated"):
        app = Starlette(on_startup=[startup], on_shutdown=[shutdown])
    app.add_event_handler("startup", lambda: events.append("handler"))
    with pytest.deprecated_call(match="The `on_event` decorator is deprecated"):
        app.on_event("shutdown")(lambda: events.append("on_event"))

    with pytest.deprecated_call(match="The `route` decorator is deprecated") as record:

        @app.route("/", methods=["GET", "POST"])
        async def home(request: Request) -> Response:
            return PlainTextResponse(f"{request.method} home")

    assert len(record) == 1 and home.__name__ == "home"

    with pytest.deprecated_call(match="The `websocket_route` decorator is deprecated"):

        @app.websocket_route("/ws")
        async def ws(websocket: WebSocket) -> None:
            await websocket.accept()
            await websocket.send_json({"ws": True})
            await websocket.close()

    async def ws2(websocket: WebSocket) -> None:
        await websocket.accept()
        await websocket.close(code=1001)

    app.add_websocket_route("/ws2", ws2, name="ws2")

    with pytest.deprecated_call(match="The `exception_handler` decorator is deprecated"):

        @app.exception_handler(KeyError)
        def on_key(request: Request, exc: Exception) -> Response:
            return PlainTextResponse("key", status_code=422)

    async def key(request: Request) -> Response:
        raise KeyError("k")

    app.add_route("/key", key)

    with pytest.deprecated_call(match="The `middleware` decorator is deprecated"):

        @app.middleware("http")
        async def stamp(
            request: Request, call_next: Callable[[Request], Awaitable[Response]]
        ) -> Response:
            response = await call_next(request)
            response.headers["x-stamp"] = "yes"
            return response

    with client(app) as test_client:
        assert events == ["startup", "handler"]
        response = test_client.post("/")
        assert response.text == "POST home" and response.headers["x-stamp"] == "yes"
        assert test_client.get("/key").status_code == 422
        with test_client.websocket_connect("/ws") as session:
            assert session.receive_json() == {"ws": True}
    assert events == ["startup", "handler", "shutdown", "on_event"]
    assert app.url_path_for("ws2") == "/ws2"


def test_applications_middleware_decorator_only_http() -> None:
    app = Starlette()
    with pytest.deprecated_call(), pytest.raises(ValueError, match=r'middleware\("http"\)'):
        app.middleware("websocket")


def test_applications_legacy_generator_lifespan(client: ClientFactory) -> None:
    events: list[str] = []

    def lifespan(app: Starlette) -> Generator[None, None, None]:
        events.append("up")
        yield
        events.append("down")

    with pytest.warns(Warning, match="generator function lifespans are deprecated"):
        app = Starlette(lifespan=lifespan)  # type: ignore[arg-type]  # deliberately deprecated kind
    with client(app):
        assert events == ["up"]
    assert events == ["up", "down"]


def test_applications_subclass_typing() -> None:
    class App(Starlette):
        pass

    @contextlib.asynccontextmanager
    async def lifespan(app: App) -> AsyncIterator[None]:
        yield  # pragma: no cover - never entered

    assert isinstance(App(lifespan=lifespan), Starlette)


def test_applications_exception_middleware_is_innermost() -> None:
    app = Starlette(middleware=[Middleware(ServerErrorMiddleware)])
    stack: Any = app.build_middleware_stack()
    assert isinstance(stack.app.app, ExceptionMiddleware)


def test_applications_nested_app_error_answered_once(client: ClientFactory) -> None:
    async def crash(request: Request) -> Response:
        raise RuntimeError("inner crash")

    async def inner_500(request: Request, exc: Exception) -> Response:
        return PlainTextResponse("inner handler", status_code=500)

    inner = Starlette(routes=[Route("/", crash)], exception_handlers={500: inner_500})
    outer = Starlette(routes=[Mount("/inner", inner)])
    response = client(outer, raise_server_exceptions=False).get("/inner/")
    assert response.status_code == 500 and response.text == "inner handler"
    with pytest.raises(RuntimeError, match="inner crash"):
        client(outer).get("/inner/")


def test_applications_run_and_serve_hand_over(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str, Any, str, int, dict[str, Any]]] = []

    def fake(kind: str) -> Any:
        def hand_over(app: Any, host: str, port: int, **options: Any) -> str:
            calls.append((kind, app, host, port, options))
            return kind

        return hand_over

    monkeypatch.setattr(starlette, "_serving_run", fake("run"))
    monkeypatch.setattr(starlette, "_serving_serve", fake("serve"))
    app = Starlette()
    app.run()
    served = app.serve("0.0.0.0", 9000, log_level="debug")
    assert served == "serve"  # type: ignore[comparison-overlap]  # the fake's answer
    assert calls == [
        ("run", app, "127.0.0.1", 8000, {}),
        ("serve", app, "0.0.0.0", 9000, {"log_level": "debug"}),
    ]


# =============================================================================
# starlette.testclient: TestClient (httpx)
# =============================================================================


def _testclient_text_app(text: bytes = b"hello") -> Any:
    """A raw ASGI app answering every request with `text`."""

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": text})

    return app


def _testclient_messages_app(messages: list[Message]) -> Any:
    """A raw ASGI app that sends `messages` as they are."""

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        for message in messages:
            await send(message)

    return app


# --- the lazy build ----------------------------------------------------------


def test_testclient_import_starlette_does_not_import_httpx() -> None:
    code = (
        "import sys, starlette\n"
        "assert 'httpx' not in sys.modules and 'httpx2' not in sys.modules\n"
        "from starlette.testclient import TestClient\n"
        "assert TestClient.__module__ == 'starlette' and 'httpx' in sys.modules\n"
    )
    subprocess.run(
        [sys.executable, "-c", code],
        check=True,
        cwd=os.path.dirname(starlette.__file__),
    )


def test_testclient_without_httpx_names_the_package() -> None:
    code = (
        "import sys\n"
        "sys.modules['httpx'] = sys.modules['httpx2'] = None\n"
        "import starlette\n"
        "try:\n"
        "    from starlette import TestClient\n"
        "except ModuleNotFoundError as exc:\n"
        "    assert 'pip install httpx' in str(exc), exc\n"
        "else:\n"
        "    raise SystemExit('no error')\n"
    )
    subprocess.run(
        [sys.executable, "-c", code],
        check=True,
        cwd=os.path.dirname(starlette.__file__),
    )


def test_testclient_attr_serves_only_known_names() -> None:
    assert _testclient_attr("TestClient") is TestClient
    assert _testclient_attr("WebSocketDisconnect") is WebSocketDisconnect
    with pytest.raises(AttributeError, match="module 'starlette' has no attribute 'nothing'"):
        _testclient_attr("nothing")
    with pytest.raises(AttributeError, match="nothing"):
        getattr(starlette, "nothing")  # noqa: B009  # mypy must not see the name


def test_testclient_attr_builds_on_first_access_only() -> None:
    code = (
        "import sys, starlette\n"
        "assert not hasattr(starlette, 'Nothing') and 'httpx' not in sys.modules\n"
        "transport = starlette._testclient_attr('_TestClientTransport')\n"
        "assert 'httpx' in sys.modules and starlette._TestClientTransport is transport\n"
        "assert starlette._testclient_attr('httpx') is sys.modules['httpx']\n"
        "assert starlette.TestClient.__mro__[1] is starlette._TestClientMixin\n"
    )
    subprocess.run(
        [sys.executable, "-c", code],
        check=True,
        cwd=os.path.dirname(starlette.__file__),
    )


def test_testclient_builder_makes_the_lazy_names() -> None:
    assert set(starlette._build_testclient()) == starlette._TESTCLIENT_LAZY_NAMES
    for name in starlette._TESTCLIENT_LAZY_NAMES:
        assert _testclient_attr(name) is getattr(starlette, name)
    assert TestClient.__mro__[1:3] == (starlette._TestClientMixin, httpx.Client)
    assert TestClient.__qualname__ == "TestClient"
    assert issubclass(starlette._TestClientResponseStream, httpx.SyncByteStream)
    assert issubclass(WebSocketDenialResponse, httpx.Response | WebSocketDisconnect)


def _testclient_run_copy(path: Path, folder: Path) -> str:
    """Import starlette from `path` alone in a subprocess; send one request and one message."""
    code = (
        "import sys, starlette\n"
        "assert 'httpx' not in sys.modules\n"
        "from starlette.testclient import TestClient\n"
        "from starlette.websockets import WebSocket\n"
        "async def app(scope, receive, send):\n"
        "    if scope['type'] == 'lifespan':\n"
        "        return  # no lifespan support: the client carries on\n"
        "    if scope['type'] == 'websocket':\n"
        "        ws = WebSocket(scope, receive, send)\n"
        "        await ws.accept()\n"
        "        await ws.send_text('ws ok')\n"
        "        return await ws.close()\n"
        "    await send({'type': 'http.response.start', 'status': 200})\n"
        "    await send({'type': 'http.response.body', 'body': b'http ok'})\n"
        "with TestClient(app) as client, client.websocket_connect('/') as ws:\n"
        "    print(starlette.__file__, client.get('/').text, ws.receive_text())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(path)},
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_testclient_works_from_bytecode_only(tmp_path: Path) -> None:
    # A copy shipped without its source: the build may not read this file's text.
    py_compile.compile(starlette.__file__, cfile=str(tmp_path / "starlette.pyc"), doraise=True)
    out = _testclient_run_copy(tmp_path, tmp_path)
    assert out.split() == [str(tmp_path / "starlette.pyc"), "http", "ok", "ws", "ok"]


def test_testclient_works_from_a_zip_archive(tmp_path: Path) -> None:
    archive = tmp_path / "vendored.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.write(starlette.__file__, "starlette.py")
    (tmp_path / "run").mkdir()
    out = _testclient_run_copy(archive, tmp_path / "run")
    assert out.split() == [str(archive / "starlette.py"), "http", "ok", "ws", "ok"]


# --- HTTP ----------------------------------------------------------------------


def test_testclient_scope(client: Any) -> None:
    seen: list[Scope] = []

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        seen.append(scope)
        await _testclient_text_app()(scope, receive, send)

    test_client = client(app, root_path="/root", client=("1.2.3.4", 99))
    test_client.get("/caf%C3%A9%2F?a=1&b=%20", headers={"X-Token": "t"})
    scope = seen[0]
    assert scope["type"] == "http" and scope["http_version"] == "1.1"
    assert (scope["method"], scope["scheme"]) == ("GET", "http")
    assert scope["path"] == "/caf\u00e9/" and scope["raw_path"] == b"/caf%C3%A9%2F"
    assert scope["query_string"] == b"a=1&b=%20"
    assert scope["root_path"] == "/root"
    assert scope["client"] == ("1.2.3.4", 99)
    assert scope["server"] == ["testserver", 80]
    assert (b"x-token", b"t") in scope["headers"]
    assert (b"user-agent", b"testclient") in scope["headers"]
    assert set(scope["extensions"]) == {"http.response.debug", "http.response.trailers"}
    client(app, base_url="https://example.org:8443").get("/")
    assert seen[1]["server"] == ["example.org", 8443]
    client(app, base_url="https://example.org").get("/")
    assert seen[2]["server"] == ["example.org", 443]


def test_testclient_request_bodies(client: Any) -> None:
    received: list[list[Message]] = []

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        messages = [await receive()]
        while messages[-1].get("more_body"):
            messages.append(await receive())
        received.append(messages)
        await _testclient_text_app()(scope, receive, send)

    test_client = client(app)
    test_client.post("/", content=b"abc")
    assert received[-1] == [{"type": "http.request", "body": b"abc", "more_body": False}]
    test_client.post("/", content=iter([b"a", b"", b"b"]))
    assert [m["body"] for m in received[-1]] == [b"a", b"b"]
    assert [m["more_body"] for m in received[-1]] == [True, False]
    test_client.post("/", content=iter([]))
    assert received[-1] == [{"type": "http.request", "body": b"", "more_body": False}]
    test_client.post("/", files={"f": ("a.txt", b"data")})
    assert b"data" in b"".join(m["body"] for m in received[-1])


def test_testclient_disconnect_after_response(client: Any) -> None:
    after: list[Message] = []

    async def listen(receive: Receive) -> None:
        after.append(await receive())  # waits until the response is complete

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        await receive()
        async with anyio.create_task_group() as group:
            group.start_soon(listen, receive)
            await anyio.sleep(0)
            assert after == []
            await _testclient_text_app()(scope, receive, send)
        after.append(await receive())  # already complete: answered at once

    assert client(app).get("/").text == "hello"
    assert after == [{"type": "http.disconnect"}] * 2


def test_testclient_head_drops_the_body(client: Any) -> None:
    response = client(_testclient_text_app()).head("/")
    assert response.status_code == 200 and response.content == b""


def test_testclient_asgi2_and_class_apps(client: Any) -> None:
    def asgi2(scope: Scope) -> ASGIInstance:
        async def instance(receive: Receive, send: Send) -> None:
            await _testclient_text_app(b"two")(scope, receive, send)

        return instance

    class Asgi3Class:
        def __init__(self, scope: Scope, receive: Receive, send: Send) -> None:
            self.args = (scope, receive, send)

        def __await__(self) -> Any:
            return _testclient_text_app(b"class")(*self.args).__await__()

    assert client(asgi2).get("/").text == "two"
    assert client(Asgi3Class).get("/").text == "class"


def test_testclient_headers_cookies_and_redirects(client: Any) -> None:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["path"] == "/go":
            response = Response(status_code=307, headers={"location": "/done"})
        else:
            headers = dict(scope["headers"])
            response = Response(headers[b"user-agent"] + b" " + headers.get(b"cookie", b""))
        await response(scope, receive, send)

    assert client(app).get("/go").text == "testclient "
    assert client(app, headers={"User-Agent": "me"}).get("/").text == "me "
    assert client(app, cookies={"a": "1"}).get("/").text == "testclient a=1"
    assert client(app, follow_redirects=False).get("/go").status_code == 307


def test_testclient_timeout_warns() -> None:
    test_client = TestClient(_testclient_text_app())
    with pytest.warns(StarletteDeprecationWarning, match="'timeout' argument"):
        test_client.get("/", timeout=1)


def test_testclient_stream_returns_before_the_app_finishes(client: Any) -> None:
    release = threading.Event()
    sent: list[bytes] = []

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await anyio.to_thread.run_sync(release.wait, 10)
        for part in (b"one", b"two"):
            await send({"type": "http.response.body", "body": part, "more_body": True})
            sent.append(part)
        await send({"type": "http.response.body", "body": b""})

    with client(app).stream("GET", "/") as response:
        assert response.status_code == 200
        release.set()
        chunks = response.iter_raw()
        assert next(chunks) == b"one"
        assert b"two" not in sent  # the app waits for the reader (no buffering)
        assert list(chunks) == [b"two"]


def test_testclient_copies_mutable_chunks(client: Any) -> None:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        buffer = bytearray(b"one")
        await send({"type": "http.response.start", "status": 200})
        await send(
            {
                "type": "http.response.body",
                "body": memoryview(buffer),
                "more_body": True,
            }
        )
        buffer[:] = b"two"
        await send({"type": "http.response.body", "body": memoryview(buffer)})

    assert client(app).get("/").content == b"onetwo"


@pytest.mark.parametrize("trailers", [True, False])
def test_testclient_closing_early_cancels_the_app(client: Any, trailers: bool) -> None:
    cancelled = threading.Event()

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": 200, "trailers": trailers})
        await send({"type": "http.response.body", "body": b"hi", "more_body": not trailers})
        try:
            await anyio.sleep_forever()
        finally:
            cancelled.set()

    with client(app).stream("GET", "/") as response:
        assert next(response.iter_raw()) == b"hi"
    assert cancelled.is_set()


def test_testclient_closing_a_complete_response_waits_for_the_app(client: Any) -> None:
    finished = threading.Event()

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": 200})
        await send({"type": "http.response.body", "body": b"done"})
        await anyio.sleep(0.05)  # as a background task would
        finished.set()

    with client(app).stream("GET", "/") as response:
        assert next(response.iter_raw()) == b"done"
    assert finished.is_set()


@pytest.mark.parametrize("use_lifespan", [True, False])
def test_testclient_close_cancels_unclosed_responses(client: Any, use_lifespan: bool) -> None:
    cancelled = threading.Event()

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            return
        await send({"type": "http.response.start", "status": 200})
        await send({"type": "http.response.body", "body": b"hi", "more_body": True})
        try:
            await anyio.sleep_forever()
        finally:
            cancelled.set()

    test_client = client(app)
    with test_client if use_lifespan else contextlib.closing(test_client):
        response = test_client.send(test_client.build_request("GET", "/"), stream=True)
        assert next(response.iter_raw()) == b"hi"
    assert cancelled.is_set()


@pytest.mark.parametrize("raise_server_exceptions", [True, False])
def test_testclient_errors_after_the_response_started(
    client: Any, raise_server_exceptions: bool
) -> None:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        await _testclient_text_app(b"body")(scope, receive, send)
        raise RuntimeError("late failure")

    late = client(app, raise_server_exceptions=raise_server_exceptions).get
    if not raise_server_exceptions:
        assert late("/").text == "body"
        return
    with pytest.raises(RuntimeError, match="late failure"):
        late("/")


def test_testclient_errors_before_the_response(client: Any) -> None:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        raise ValueError("early failure")

    with pytest.raises(ValueError, match="early failure"):
        client(app).get("/")
    response = client(app, raise_server_exceptions=False).get("/")
    assert (response.status_code, response.content) == (500, b"")


def test_testclient_error_during_an_unrelated_exception(client: Any) -> None:
    try:
        raise KeyError("unrelated")
    except KeyError:
        assert client(_testclient_text_app()).get("/").text == "hello"


@pytest.mark.parametrize(
    ("messages", "error"),
    [
        ([], "did not receive any response"),
        ([{"type": "http.response.body"}], 'without "http.response.start"'),
        ([{"type": "http.response.start", "status": 200}] * 2, "multiple"),
        ([{"type": "http.response.trailers"}], "without declaring trailers"),
        (
            [{"type": "http.response.start", "status": 200, "trailers": True}]
            + [{"type": "http.response.trailers"}],
            "before body completed",
        ),
        (
            [{"type": "http.response.start", "status": 200, "trailers": True}]
            + [{"type": "http.response.body"}] * 2,
            "after body completed",
        ),
        (
            [{"type": "http.response.start", "status": 200, "trailers": True}]
            + [{"type": "http.response.body"}]
            + [{"type": "http.response.trailers"}] * 2,
            'trailers" after response completed',
        ),
        (
            [{"type": "http.response.start", "status": 200, "trailers": True}]
            + [{"type": "http.response.body"}]
            + [{"type": "http.response.trailers"}]
            + [{"type": "http.response.body"}],
            'body" after response completed',
        ),
    ],
)
def test_testclient_protocol_errors(client: Any, messages: list[Message], error: str) -> None:
    with pytest.raises(AssertionError, match=error):
        client(_testclient_messages_app(messages)).get("/")


def test_testclient_trailers_and_debug_extensions(client: Any) -> None:
    info = {"template": "page.html", "context": {"x": 1}}
    app = _testclient_messages_app(
        [
            {"type": "http.response.start", "status": 200, "trailers": True},
            {"type": "http.response.debug", "info": info},
            {"type": "http.response.zerocopysend"},  # unknown types are ignored
            {"type": "http.response.body", "body": b"hi"},
            {
                "type": "http.response.trailers",
                "headers": [(b"x-a", b"1")],
                "more_trailers": True,
            },
            {"type": "http.response.trailers", "headers": [(b"x-a", b"2")]},
        ]
    )
    response = client(app).get("/")
    assert response.content == b"hi" and "x-a" not in response.headers
    assert response.extensions["http.response.trailers"] == [
        (b"x-a", b"1"),
        (b"x-a", b"2"),
    ]
    assert response.extensions["http.response.debug"] == info
    assert (response.template, response.context) == ("page.html", {"x": 1})
    plain = client(_testclient_text_app()).get("/")
    assert "http.response.trailers" not in plain.extensions
    assert not hasattr(plain, "template")


def test_testclient_client_inside_an_app(client: Any) -> None:
    inner = client(_testclient_text_app(b"inner"))

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        text = await anyio.to_thread.run_sync(lambda: inner.get("/").content)
        await _testclient_text_app(text)(scope, receive, send)

    assert client(app).get("/").text == "inner"


# --- lifespan ------------------------------------------------------------------


def _testclient_lifespan_app(
    startup: Message | None = None, shutdown: Message | None = None, error: str = ""
) -> Any:
    """An app whose lifespan answers with `startup`/`shutdown`, then raises `error` if given."""

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            await _testclient_text_app(scope["state"].get("value", b"none"))(scope, receive, send)
            return
        for reply in (startup, shutdown):
            await receive()
            if reply is None:
                break
            await send(reply)
            if reply["type"].endswith("failed"):
                break
            scope["state"]["value"] = b"set"
        if error:
            raise RuntimeError(error)

    return app


def test_testclient_lifespan_runs_once_around_requests(client: Any) -> None:
    events: list[str] = []

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            events.append("request")
            await _testclient_text_app()(scope, receive, send)
            return
        while True:
            message = await receive()
            events.append(message["type"])
            await send({"type": message["type"] + ".complete"})
            if message["type"] == "lifespan.shutdown":
                return

    test_client = client(app)
    with test_client as entered:
        assert entered is test_client
        test_client.get("/")
    assert events == ["lifespan.startup", "request", "lifespan.shutdown"]
    assert test_client.portal is None


def test_testclient_lifespan_state_reaches_requests(client: Any) -> None:
    app = _testclient_lifespan_app(
        {"type": "lifespan.startup.complete"}, {"type": "lifespan.shutdown.complete"}
    )
    test_client = client(app)
    assert test_client.get("/").text == "none"
    with test_client:
        assert test_client.get("/").text == "set"


def test_testclient_lifespan_unsupported_is_skipped(client: Any) -> None:
    with client(_testclient_lifespan_app()) as test_client:
        assert test_client.get("/").text == "none"


@pytest.mark.parametrize(
    ("startup", "shutdown", "error", "match"),
    [
        (None, None, "startup crash", "startup crash"),
        ({"type": "lifespan.startup.failed", "message": "no db"}, None, "", "no db"),
        ({"type": "lifespan.startup.failed"}, None, "", "Lifespan startup failed"),
        ({"type": "lifespan.startup.failed"}, None, "its own error", "its own error"),
        (
            {"type": "lifespan.startup.complete"},
            {"type": "lifespan.shutdown.failed", "message": "stuck"},
            "",
            "stuck",
        ),
        (
            {"type": "lifespan.startup.complete"},
            None,
            "shutdown crash",
            "shutdown crash",
        ),
    ],
)
def test_testclient_lifespan_failures_raise(
    client: Any,
    startup: Message | None,
    shutdown: Message | None,
    error: str,
    match: str,
) -> None:
    with pytest.raises(RuntimeError, match=match):
        with client(_testclient_lifespan_app(startup, shutdown, error)):
            pass


def test_testclient_lifespan_failure_waits_for_the_app(client: Any) -> None:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        await receive()
        await send({"type": "lifespan.startup.failed", "message": "no db"})
        await send({"type": "lifespan.startup.failed", "message": "said twice"})

    with pytest.raises(RuntimeError, match="no db"):
        with client(app):
            pass  # pragma: no cover - startup fails


def test_testclient_lifespan_unexpected_message(client: Any) -> None:
    app = _testclient_lifespan_app({"type": "lifespan.shutdown.complete"})
    with pytest.raises(AssertionError, match="Unexpected lifespan message during startup"):
        with client(app):
            pass  # pragma: no cover - startup fails


# --- websockets ----------------------------------------------------------------


def test_testclient_websocket_scope(client: Any) -> None:
    seen: list[Scope] = []

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        seen.append(scope)
        await WebSocket(scope, receive, send).accept()

    session = client(app).websocket_connect("/ws?x=1", subprotocols=["a", "b"])
    assert isinstance(session, WebSocketTestSession)
    with session:
        pass
    scope = seen[0]
    assert (scope["type"], scope["scheme"], scope["path"]) == ("websocket", "ws", "/ws")
    assert scope["raw_path"] == b"/ws" and scope["query_string"] == b"x=1"
    assert scope["subprotocols"] == ["a", "b"]
    assert scope["extensions"] == {"websocket.http.response": {}}
    assert (b"sec-websocket-version", b"13") in scope["headers"]
    with client(app).websocket_connect("/"):
        assert seen[1]["subprotocols"] == []


def test_testclient_websocket_app_error_at_handshake(client: Any) -> None:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        raise ValueError("handshake bug")

    with pytest.raises(ValueError, match="handshake bug"):
        with client(app).websocket_connect("/"):
            pass  # pragma: no cover - the handshake fails


def test_testclient_websocket_app_error_after_accept(client: Any) -> None:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        websocket: WebSocket = WebSocket(scope, receive, send)
        await websocket.accept()
        await websocket.receive_text()
        raise ValueError("handler bug")

    with pytest.raises(ValueError, match="handler bug"):  # raised on leaving the block
        with client(app).websocket_connect("/") as session:
            session.send_text("x")
    with client(app).websocket_connect("/") as session:
        session.send_text("x")
        with pytest.raises(ValueError, match="handler bug"):  # raised once, here
            session.receive_text()


def test_testclient_websocket_app_returning_without_close(client: Any) -> None:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        await WebSocket(scope, receive, send).accept()

    with client(app).websocket_connect("/") as session:
        with pytest.raises(WebSocketDisconnect) as info:
            session.receive_bytes()
    assert info.value.code == 1006


def test_testclient_websocket_leaving_cancels_a_stuck_app(client: Any) -> None:
    cancelled = threading.Event()

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        await WebSocket(scope, receive, send).accept()
        try:
            await anyio.sleep_forever()
        finally:
            cancelled.set()

    with client(app).websocket_connect("/"):
        pass
    assert cancelled.is_set()


def test_testclient_websocket_app_sees_the_disconnect(client: Any) -> None:
    codes: list[int] = []

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        websocket: WebSocket = WebSocket(scope, receive, send)
        await websocket.accept()
        try:
            await websocket.receive_text()
        except WebSocketDisconnect as exc:
            await anyio.sleep(0)  # cleanup may await a little
            codes.append(exc.code)

    with client(app).websocket_connect("/"):
        pass
    assert codes == [1000]


def test_testclient_websocket_denial_body_must_follow(client: Any) -> None:
    app = _testclient_messages_app(
        [
            {"type": "websocket.http.response.start", "status": 403, "headers": []},
            {"type": "websocket.accept"},
        ]
    )
    with pytest.raises(AssertionError, match="response body message"):
        with client(app).websocket_connect("/"):
            pass  # pragma: no cover - the handshake fails


def test_testclient_websocket_denial_response_is_an_httpx_response(client: Any) -> None:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        await WebSocket(scope, receive, send).send_denial_response(Response("no", 401))

    with pytest.raises(WebSocketDenialResponse) as info:
        with client(app).websocket_connect("/"):
            pass  # pragma: no cover - the handshake fails
    assert info.value.status_code == 401 and info.value.text == "no"


def test_testclient_websocket_inside_lifespan_portal(client: Any) -> None:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "websocket":
            websocket: WebSocket = WebSocket(scope, receive, send)
            await websocket.accept()
            await websocket.send_text("in portal")
            await websocket.close()

    with client(app) as test_client:
        with test_client.websocket_connect("/") as session:
            assert session.receive_text() == "in portal"


def test_testclient_transport_is_an_httpx_transport() -> None:
    test_client = TestClient(_testclient_text_app())
    assert isinstance(test_client._transport, _TestClientTransport)
    assert test_client._transport.client == ("testclient", 50000)
    assert TestClient.__test__ is False


# =============================================================================
# extra: development server: HTTP/1.1 and WebSocket on anyio, no uvicorn needed
# =============================================================================
# Real clients on real sockets bound to 127.0.0.1, port 0: httpx, the
# `websockets` library (its sync client, in a worker thread, so the same test
# runs on asyncio and trio), and raw sockets for malformed input, whose answers
# h11 parses as the oracle of valid HTTP/1.1. Every server stops by itself;
# fail_after guards every wait.


@contextlib.asynccontextmanager
async def _dev_serving(app: Any, **options: Any) -> AsyncIterator[DevServer]:
    """A DevServer on a free port of 127.0.0.1, in this test's event loop."""
    server = DevServer(app, port=0, **options)
    with anyio.fail_after(30):
        async with anyio.create_task_group() as tg:
            await tg.start(server.serve)
            yield server
            server.shutdown()


async def _dev_exchange(server: DevServer, *pieces: bytes, eof: bool = True) -> bytes:
    """Send raw bytes (then EOF), read everything until the server closes the connection."""
    received = b""
    async with await anyio.connect_tcp("127.0.0.1", server.port) as stream:
        for piece in pieces:
            await stream.send(piece)
        if eof:
            await stream.send_eof()  # a half-close: the client can still read
        with anyio.fail_after(10):  # a server that never closes fails here
            with contextlib.suppress(anyio.EndOfStream, anyio.BrokenResourceError):
                while True:
                    received += await stream.receive()
    return received


def _dev_responses(raw: bytes, *methods: str) -> list[tuple[int, dict[str, str], bytes]]:
    """Parse the responses to `methods` with h11: each must be valid HTTP/1.1."""
    conn = h11.Connection(h11.CLIENT)
    conn.receive_data(raw)
    conn.receive_data(b"")  # the server closed the connection
    responses = []
    for method in methods or ("GET",):
        if conn.our_state is h11.DONE:
            conn.start_next_cycle()
        conn.send(h11.Request(method=method, target="/", headers=[("host", "test")]))
        conn.send(h11.EndOfMessage())
        status, headers, body = 0, {}, b""
        while not isinstance(event := conn.next_event(), h11.EndOfMessage):
            if isinstance(event, h11.Response):
                status = event.status_code
                headers = {k.decode(): v.decode() for k, v in event.headers}
            elif isinstance(event, h11.Data):
                body += event.data
            else:
                assert isinstance(event, h11.InformationalResponse), event
        responses.append((status, headers, body))
    assert conn.next_event() is h11.PAUSED or conn.their_state is h11.CLOSED
    return responses


def _dev_echo_app() -> Starlette:
    """Echoes method, path, query and body; /stream streams; /ws echoes."""

    async def echo(request: Request) -> Response:
        body = await request.body()
        return PlainTextResponse(
            f"{request.method} {request.url.path} {request.url.query} {body!r}"
        )

    async def stream(request: Request) -> Response:
        async def lines() -> AsyncIterator[str]:
            for i in range(3):
                yield f"line {i}\n"

        return StreamingResponse(lines())

    async def ws(websocket: WebSocket) -> None:
        await websocket.accept()
        while (message := await websocket.receive())["type"] == "websocket.receive":
            if message.get("text") is not None:
                await websocket.send_text(message["text"])
            else:
                await websocket.send_bytes(message["bytes"])

    methods = ["GET", "POST", "PUT", "HEAD", "OPTIONS"]
    return Starlette(
        routes=[
            Route("/", echo, methods=methods),
            Route("/echo/{rest:path}", echo, methods=methods),
            Route("/stream", stream),
            WebSocketRoute("/ws", ws),
        ]
    )


# --- HTTP/1.1: scope, bodies, responses, keep-alive ---------------------------


@pytest.mark.anyio
async def test_development_server_gives_the_scope_a_real_server_gives() -> None:
    seen: list[Scope] = []

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await receive()
            scope["state"]["db"] = "connected"  # ASGI: the lifespan's state...
            await send({"type": "lifespan.startup.complete"})
            await receive()
            return await send({"type": "lifespan.shutdown.complete"})
        seen.append(scope)
        scope["state"]["db"] = "changed"  # ...is copied into each request: no leaks
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})

    async with _dev_serving(app, root_path="/api") as server:
        async with httpx.AsyncClient(base_url=server.url) as http:
            for _ in range(2):
                response = await http.get("/a%20b/c?x=1&y=%20", headers={"X-Custom": "Yes"})
                assert response.text == "ok"
    first, second = seen
    assert first["asgi"] == {"version": "3.0", "spec_version": "2.4"}
    assert (first["type"], first["http_version"], first["scheme"]) == ("http", "1.1", "http")
    assert (first["method"], first["path"], first["raw_path"]) == ("GET", "/api/a b/c", b"/a%20b/c")
    assert (first["root_path"], first["query_string"]) == ("/api", b"x=1&y=%20")
    assert first["server"] == ("127.0.0.1", server.port)
    assert first["client"][0] == "127.0.0.1" and first["client"] == second["client"]  # keep-alive
    assert (b"x-custom", b"Yes") in first["headers"] and (
        b"host",
        f"127.0.0.1:{server.port}".encode(),
    ) in first["headers"]
    assert all(name == name.lower() and isinstance(name, bytes) for name, _ in first["headers"])
    assert second["state"] == {"db": "changed"} and server.lifespan.state == {"db": "connected"}


@pytest.mark.anyio
async def test_development_server_request_bodies_content_length_and_chunked() -> None:
    async def pieces() -> AsyncIterator[bytes]:
        yield b"chunked "
        yield b"body"

    async with _dev_serving(_dev_echo_app()) as server:
        async with httpx.AsyncClient(base_url=server.url) as http:
            assert (
                await http.post("/", content=b"x" * 100_000)
            ).text == f"POST /  {b'x' * 100_000!r}"
            assert (await http.post("/", content=pieces())).text == "POST /  b'chunked body'"
            assert (await http.put("/", content=b"")).text == "PUT /  b''"
        # Chunk extensions are ignored and trailer fields dropped (RFC 9112 section 7.1).
        raw = await _dev_exchange(
            server,
            b"POST / HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
            b"3;name=value\r\nabc\r\n2\r\nde\r\n0\r\nX-Trailer: 1\r\n\r\n",
        )
        assert _dev_responses(raw, "POST")[0][2] == b"POST /  b'abcde'"
        # A chunk larger than one receive message arrives in several.
        raw = await _dev_exchange(
            server,
            b"POST / HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n"
            b"%x\r\n%s\r\n0\r\n\r\n" % (100_000, b"z" * 100_000),
        )
    assert _dev_responses(raw, "POST")[0][2] == b"POST /  %r" % (b"z" * 100_000)


@pytest.mark.anyio
async def test_development_server_expect_100_continue() -> None:
    async def refuse(request: Request) -> Response:
        return PlainTextResponse("too big", status_code=413)  # never reads the body

    app = _dev_echo_app()
    app.router.routes.append(Route("/refuse", refuse, methods=["POST"]))
    head = b"POST /%s HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n"
    async with _dev_serving(app) as server:
        async with await anyio.connect_tcp("127.0.0.1", server.port) as stream:
            await stream.send(head % b"echo/x")
            with anyio.fail_after(10):
                # The client waits for the interim answer before sending its body.
                assert await stream.receive() == b"HTTP/1.1 100 Continue\r\n\r\n"
                await stream.send(b"hello")
                received = await stream.receive()
        assert b"POST /echo/x  b'hello'" in received
        # An app that answers without reading gets no 100: the body is never sent,
        # and the connection closes (the unread body cannot be skipped safely).
        raw = await _dev_exchange(server, head % b"refuse")
    assert b"100 Continue" not in raw
    assert _dev_responses(raw, "POST")[0][:1] == (413,)


@pytest.mark.anyio
async def test_development_server_response_framing() -> None:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            raise RuntimeError("no lifespan here")  # a plain HTTP app: served anyway
        status = int(scope["path"][1:])
        await send({"type": "http.response.start", "status": status, "headers": []})
        await send({"type": "http.response.body", "body": b"part 1, ", "more_body": True})
        await send({"type": "http.response.body", "body": b"", "more_body": True})
        await send({"type": "http.response.body", "body": b"part 2"})

    async with _dev_serving(app) as server:
        async with httpx.AsyncClient(base_url=server.url) as http:
            streamed = await http.get("/200")  # no length given: chunked
            assert streamed.text == "part 1, part 2"
            assert streamed.headers["transfer-encoding"] == "chunked"
            head = await http.head("/200")
            assert head.content == b"" and "transfer-encoding" not in head.headers
            assert (await http.get("/204")).content == b""
        # HTTP/1.0 has no chunks: the body ends when the connection closes.
        raw = await _dev_exchange(server, b"GET /200 HTTP/1.0\r\n\r\n")
    assert raw.startswith(b"HTTP/1.1 200 OK\r\n") and b"transfer-encoding" not in raw
    assert b"connection: close" in raw and raw.endswith(b"\r\n\r\npart 1, part 2")


@pytest.mark.anyio
async def test_development_server_keep_alive_pipelining_and_connection_close() -> None:
    async with _dev_serving(_dev_echo_app()) as server:
        raw = await _dev_exchange(
            server,
            b"GET /echo/1 HTTP/1.1\r\nHost: t\r\n\r\n"  # two requests in one write
            b"\r\nPOST /echo/2 HTTP/1.1\r\nHost: t\r\nContent-Length: 2\r\n\r\nhi"
            b"GET /echo/3 HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n"
            b"GET /echo/never HTTP/1.1\r\nHost: t\r\n\r\n",
        )
        responses = _dev_responses(raw, "GET", "POST", "GET")
        assert [body for _, _, body in responses] == [
            b"GET /echo/1  b''",
            b"POST /echo/2  b'hi'",
            b"GET /echo/3  b''",
        ]
        assert responses[2][1]["connection"] == "close"  # and nothing after it
        # HTTP/1.0 keeps the connection open only when asked to.
        raw = await _dev_exchange(
            server,
            b"GET /echo/a HTTP/1.0\r\nConnection: keep-alive\r\n\r\nGET /echo/b HTTP/1.0\r\n\r\n",
        )
        assert [r[2] for r in _dev_responses(raw, "GET", "GET")] == [
            b"GET /echo/a  b''",
            b"GET /echo/b  b''",
        ]
        # Absolute-form and asterisk-form targets (RFC 9112 sections 3.2.2, 3.2.4).
        raw = await _dev_exchange(
            server,
            b"GET http://t/echo/abs?q=1 HTTP/1.1\r\nHost: t\r\n\r\n"
            b"OPTIONS * HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n",
        )
        assert [r[:1] + r[2:] for r in _dev_responses(raw, "GET", "OPTIONS")] == [
            (200, b"GET /echo/abs q=1 b''"),
            (404, b"Not Found"),
        ]


@pytest.mark.anyio
async def test_development_server_app_closing_the_connection() -> None:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            return  # returns without a word: no lifespan, served anyway
        headers = [(b"connection", b"close"), (b"content-length", b"2")]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": b"ok"})

    async with _dev_serving(app) as server:
        raw = await _dev_exchange(server, b"GET / HTTP/1.1\r\nHost: t\r\n\r\n" * 2)
    assert _dev_responses(raw)[0][1]["connection"] == "close" and raw.count(b"HTTP/1.1") == 1


@pytest.mark.anyio
async def test_development_server_disconnect_reaches_the_app() -> None:
    events: list[str] = []
    left = anyio.Event()

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            return
        assert (await receive())["type"] == "http.request"
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"first", "more_body": True})
        events.append((await receive())["type"])  # waits until the client leaves
        with pytest.raises(OSError):
            await send({"type": "http.response.body", "body": b"more", "more_body": True})
        events.append("send raised OSError")
        left.set()

    async with _dev_serving(app) as server:
        async with await anyio.connect_tcp("127.0.0.1", server.port) as stream:
            await stream.send(b"GET / HTTP/1.1\r\nHost: t\r\n\r\n")
            with anyio.fail_after(10):
                assert b"first" in await stream.receive()
        with anyio.fail_after(10):
            await left.wait()
    assert events == ["http.disconnect", "send raised OSError"]


@pytest.mark.anyio
async def test_development_server_disconnect_after_the_response_and_mid_body() -> None:
    messages: list[Message] = []
    done = anyio.Event()

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            return
        if scope["path"] == "/early":
            await send({"type": "http.response.start", "status": 200, "headers": []})
            await send({"type": "http.response.body", "body": b"done"})
            messages.append(await receive())  # ASGI: after the response, a disconnect
            messages.append(await receive())
            return
        messages.append(await receive())  # the client sent 2 of 10 bytes, then left
        messages.append(await receive())
        done.set()

    async with _dev_serving(app) as server:
        raw = await _dev_exchange(
            server,
            b"GET /early HTTP/1.1\r\nHost: t\r\nContent-Length: 3\r\nConnection: close\r\n\r\n",
        )
        assert _dev_responses(raw)[0][2] == b"done"
        async with await anyio.connect_tcp("127.0.0.1", server.port) as stream:
            await stream.send(b"POST / HTTP/1.1\r\nHost: t\r\nContent-Length: 10\r\n\r\nab")
        with anyio.fail_after(10):
            await done.wait()
    assert [m["type"] for m in messages] == ["http.disconnect"] * 2 + [
        "http.request",
        "http.disconnect",
    ]
    assert messages[2]["body"] == b"ab" and messages[2]["more_body"] is True


@pytest.mark.anyio
async def test_development_server_no_100_continue_once_the_response_started() -> None:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            return
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"a", "more_body": True})
        body = (await receive())["body"]  # too late for an interim 100 response
        await send({"type": "http.response.body", "body": body})

    async with _dev_serving(app) as server:
        raw = await _dev_exchange(
            server,
            b"POST / HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\nhi",
        )
    assert b"100 Continue" not in raw and _dev_responses(raw, "POST")[0][2] == b"ahi"


@pytest.mark.anyio
async def test_development_server_writing_to_a_vanished_client_raises_oserror() -> None:
    closed, outcome = anyio.Event(), anyio.Event()
    sends: list[int] = []

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            return
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"first", "more_body": True})
        await closed.wait()
        try:
            for attempt in range(1000):  # the first writes may still reach the kernel's buffer
                sends.append(attempt)
                await send({"type": "http.response.body", "body": b"x" * 1000, "more_body": True})
                await anyio.sleep(0.001)
        finally:
            outcome.set()

    async with _dev_serving(app) as server:
        stream = await anyio.connect_tcp("127.0.0.1", server.port)
        await stream.send(_DEV_GET + b"\r\n")
        with anyio.fail_after(10):
            assert b"first" in await stream.receive()
        sock = stream.extra(anyio.abc.SocketAttribute.raw_socket)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
        await stream.aclose()  # linger 0: a reset, at once
        closed.set()
        with anyio.fail_after(10):
            await outcome.wait()
    assert len(sends) < 1000  # some send raised (an OSError: the app failed quietly)


@pytest.mark.anyio
async def test_development_server_pipelined_request_while_the_app_listens_for_disconnect() -> None:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            return
        await receive()  # the (empty) body
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send(
            {"type": "http.response.body", "body": scope["path"].encode(), "more_body": True}
        )
        if scope["path"] == "/first":
            reader = receive.__self__.conn.reader  # type: ignore[attr-defined]  # white-box

            async def listen() -> None:
                await receive()  # listens for a disconnect...

            async with anyio.create_task_group() as tg:
                tg.start_soon(listen)
                for _ in range(10_000):  # ...and reads the next request's bytes instead
                    if reader.buffer:
                        break
                    await anyio.sleep(0.001)
                tg.cancel_scope.cancel()
        await send({"type": "http.response.body", "body": b" done"})

    async with _dev_serving(app) as server:
        async with await anyio.connect_tcp("127.0.0.1", server.port) as stream:
            await stream.send(b"GET /first HTTP/1.1\r\nHost: t\r\n\r\n")
            received = b""
            with anyio.fail_after(10):
                while b"/first" not in received:
                    received += await stream.receive()
                await stream.send(b"GET /second HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
                with contextlib.suppress(anyio.EndOfStream):
                    while True:
                        received += await stream.receive()
    assert [r[2] for r in _dev_responses(received, "GET", "GET")] == [
        b"/first done",
        b"/second done",
    ]


# --- limits and bad input: a clear answer and a closed connection ---------------

_DEV_GET = b"GET / HTTP/1.1\r\nHost: t\r\n"


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_bytes", "status"),
    [
        (b"GET /" + b"a" * 9000 + b" HTTP/1.1\r\n\r\n", 414),
        (b"GET /" + b"a" * 9000, 414),  # no line end in sight
        (_DEV_GET + b"X-Big: " + b"b" * 17000 + b"\r\n\r\n", 431),
        (_DEV_GET + b"X-Big: b\r\n" * 120 + b"\r\n", 431),  # too many fields
        (_DEV_GET + (b"X-Big: " + b"b" * 1000 + b"\r\n") * 17 + b"\r\n", 431),  # too many bytes
        (b"NOT A REQUEST\r\nHost: t\r\n\r\n", 400),
        (b"GET relative HTTP/1.1\r\nHost: t\r\n\r\n", 400),
        (b"GET / HTTP/2.0\r\nHost: t\r\n\r\n", 505),
        (b"GET / HTTP/1.1\r\n\r\n", 400),  # no Host
        (_DEV_GET + b"Host: u\r\n\r\n", 400),  # two Hosts
        (_DEV_GET + b"Bad Name: x\r\n\r\n", 400),
        (_DEV_GET + b"X-Folded: a\r\n  b\r\n\r\n", 400),  # obsolete line folding
        (_DEV_GET + b"Content-Length: 1\r\nContent-Length: 1\r\n\r\nx", 400),
        (_DEV_GET + b"Content-Length: -1\r\n\r\n", 400),
        (_DEV_GET + b"Transfer-Encoding: chunked\r\nContent-Length: 1\r\n\r\n", 400),
        (_DEV_GET + b"Transfer-Encoding: gzip, chunked\r\n\r\n", 501),
        (_DEV_GET.replace(b"GET", b"POST") + b"Transfer-Encoding: chunked\r\n\r\nzz\r\n", 400),
        (
            _DEV_GET.replace(b"GET", b"POST") + b"Transfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n",
            400,
        ),
        (
            _DEV_GET.replace(b"GET", b"POST") + b"Transfer-Encoding: chunked\r\n\r\n" + b"1" * 2000,
            400,
        ),
    ],
    ids=[
        "long-request-line",
        "endless-request-line",
        "large-header",
        "many-headers",
        "large-header-section",
        "malformed-request-line",
        "malformed-target",
        "http-2",
        "no-host",
        "two-hosts",
        "space-in-name",
        "folded-line",
        "two-content-lengths",
        "bad-content-length",
        "te-and-cl",
        "unknown-coding",
        "bad-chunk-size",
        "chunk-too-long",
        "endless-chunk-size",
    ],
)
async def test_development_server_refuses_bad_input(
    request_bytes: bytes, status: int, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, "starlette.server")
    async with _dev_serving(_dev_echo_app()) as server:
        raw = await _dev_exchange(server, request_bytes)  # returns: the server closed it
        (answer,) = _dev_responses(raw)
        assert answer[0] == status and answer[1]["connection"] == "close"
        assert answer[1]["content-type"] == "text/plain; charset=utf-8" and answer[2].strip()
        # ...and the server keeps serving.
        async with httpx.AsyncClient(base_url=server.url) as http:
            assert (await http.get("/")).status_code == 200
    assert "Traceback" not in caplog.text
    assert any(r.getMessage().endswith(f" {status}") for r in caplog.records)


@pytest.mark.anyio
async def test_development_server_idle_and_slow_clients_time_out() -> None:
    async with _dev_serving(
        _dev_echo_app(), timeout_keep_alive=0.05, timeout_headers=0.05
    ) as server:
        # An idle connection (nothing sent, or nothing after a response) is closed quietly.
        assert await _dev_exchange(server, eof=False) == b""
        raw = await _dev_exchange(server, _DEV_GET + b"\r\n", eof=False)
        assert _dev_responses(raw)[0][0] == 200
        # A head that stalls halfway gets a 408.
        raw = await _dev_exchange(server, _DEV_GET + b"X-Slow: ", eof=False)
        assert _dev_responses(raw)[0][0] == 408


@pytest.mark.anyio
async def test_development_server_a_client_that_leaves_mid_head_is_no_error(
    caplog: pytest.LogCaptureFixture,
) -> None:
    async with _dev_serving(_dev_echo_app()) as server:
        async with await anyio.connect_tcp("127.0.0.1", server.port) as stream:
            await stream.send(b"GET / HT")
        async with httpx.AsyncClient(base_url=server.url) as http:
            assert (await http.get("/")).status_code == 200
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


# --- the app misbehaving -----------------------------------------------------------


@pytest.mark.anyio
async def test_development_server_app_errors_become_500s(caplog: pytest.LogCaptureFixture) -> None:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await receive()
            return await send({"type": "lifespan.startup.complete"})  # shutdown: returns
        if scope["path"] == "/raise":
            raise RuntimeError("boom")
        if scope["path"] == "/wrong":
            await send({"type": "http.response.body", "body": b"no start"})
        if scope["path"] == "/half":
            await send({"type": "http.response.start", "status": 200, "headers": []})
            await send({"type": "http.response.body", "body": b"half", "more_body": True})
            raise RuntimeError("mid-stream")
        # "/silent" returns without a response

    async with _dev_serving(app) as server:
        for path in ("/raise", "/wrong", "/silent"):
            raw = await _dev_exchange(server, b"GET %s HTTP/1.1\r\nHost: t\r\n\r\n" % path.encode())
            assert _dev_responses(raw)[0][:2] == (500, mock.ANY), path
        raw = await _dev_exchange(server, b"GET /half HTTP/1.1\r\nHost: t\r\n\r\n")
        # The head was sent: the connection closes mid-body, which the client sees as an error.
        assert raw.startswith(b"HTTP/1.1 200 OK") and raw.endswith(b"4\r\nhalf\r\n")
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert errors == [
        "Exception in ASGI application",
        "Exception in ASGI application",
        "the app returned without completing its response",
        "Exception in ASGI application",
    ]
    assert "unexpected ASGI message 'http.response.body'" in caplog.text


@pytest.mark.anyio
async def test_development_server_access_log(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, "starlette.server")
    async with _dev_serving(_dev_echo_app()) as server:
        async with httpx.AsyncClient(base_url=server.url) as http:
            await http.get("/echo/x?y=1")
            await http.post("/nowhere")
    lines = [r for r in caplog.records if r.name == "starlette.server" and " - " in r.msg]
    assert [r.getMessage().split(" - ")[1] for r in lines] == [
        '"GET /echo/x?y=1 HTTP/1.1" 200',
        '"POST /nowhere HTTP/1.1" 404',
    ]
    assert lines[0].args == ("127.0.0.1", mock.ANY, "GET /echo/x?y=1 HTTP/1.1", 200)  # %-style
    assert (
        caplog.records[0].getMessage()
        == f"Serving on {server.url} (development server; Ctrl-C stops it)"
    )


# --- lifespan -------------------------------------------------------------------------


@pytest.mark.anyio
async def test_development_server_lifespan_order() -> None:
    events: list[str] = []

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[dict[str, str]]:
        events.append("startup")
        yield {"greeting": "hello"}
        events.append("shutdown")

    async def home(request: Request) -> Response:
        events.append("request")
        return PlainTextResponse(request.state.greeting)

    app = Starlette(routes=[Route("/", home)], lifespan=lifespan)
    async with _dev_serving(app) as server:
        assert events == ["startup"]
        async with httpx.AsyncClient(base_url=server.url) as http:
            assert (await http.get("/")).text == "hello"
    assert events == ["startup", "request", "shutdown"]


@pytest.mark.anyio
async def test_development_server_lifespan_failures(caplog: pytest.LogCaptureFixture) -> None:
    @contextlib.asynccontextmanager
    async def broken_startup(app: Starlette) -> AsyncIterator[None]:
        raise RuntimeError("no database")
        yield  # never reached; it makes this function a generator

    server = DevServer(Starlette(lifespan=broken_startup), port=0)
    with (
        pytest.raises(RuntimeError, match=r"(?s)the app failed to start: .*no database"),
        anyio.fail_after(10),
    ):
        await server.serve()
    assert "lifespan startup failed" in caplog.text

    @contextlib.asynccontextmanager
    async def broken_shutdown(app: Starlette) -> AsyncIterator[None]:
        yield
        raise RuntimeError("cannot close")

    async with _dev_serving(Starlette(lifespan=broken_shutdown)):
        pass
    assert "lifespan shutdown failed: " in caplog.text and "cannot close" in caplog.text
    assert "the lifespan raised" not in caplog.text  # the failure message said it all

    async def raises_at_shutdown(scope: Scope, receive: Receive, send: Send) -> None:
        await receive()
        await send({"type": "lifespan.startup.complete"})
        await receive()
        raise RuntimeError("no goodbye")  # without a lifespan.shutdown.failed first

    async with _dev_serving(raises_at_shutdown):
        pass
    assert "the lifespan raised" in caplog.text and "no goodbye" in caplog.text


def test_development_server_shutdown_before_serving_is_harmless() -> None:
    server = DevServer(_dev_echo_app())
    server.shutdown()
    assert server.stopping


# --- WebSockets (RFC 6455) -------------------------------------------------------------


def _dev_ws_url(server: DevServer, path: str = "/ws") -> str:
    return server.url.replace("http://", "ws://") + path


def _dev_frame(
    opcode: int, payload: bytes, *, fin: bool = True, mask: bool = True, rsv: int = 0
) -> bytes:
    """A client frame, masked as RFC 6455 section 5.3 requires (unless told not to)."""
    size = len(payload)
    length = bytes([size]) if size < 126 else bytes([126]) + size.to_bytes(2, "big")
    head = (
        bytes([(0x80 if fin else 0) | rsv | opcode])
        + bytes([(0x80 if mask else 0) | length[0]])
        + length[1:]
    )
    if not mask:
        return head + payload
    key = os.urandom(4)
    return head + key + bytes(b ^ key[i % 4] for i, b in enumerate(payload))


_DEV_WS_HANDSHAKE = (
    b"GET /ws HTTP/1.1\r\nHost: t\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
    b"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"
)


async def _dev_ws_raw(server: DevServer, *frames: bytes) -> tuple[bytes, list[tuple[int, bytes]]]:
    """Handshake by hand, send frames, read to the end: (response head, server frames)."""
    raw = await _dev_exchange(server, _DEV_WS_HANDSHAKE, *frames)
    head, _, rest = raw.partition(b"\r\n\r\n")
    frames_seen = []
    while rest:
        assert rest[0] & 0x80 and not rest[1] & 0x80  # FIN set; a server never masks
        size, start = rest[1], 2
        if size == 126:
            size, start = int.from_bytes(rest[2:4], "big"), 4
        frames_seen.append((rest[0] & 0x0F, rest[start : start + size]))
        rest = rest[start + size :]
    return head, frames_seen


def _dev_close(code: int, reason: bytes = b"") -> bytes:
    return code.to_bytes(2, "big") + reason


@pytest.mark.anyio
async def test_development_server_websocket_echo_with_the_websockets_library() -> None:
    def talk(url: str) -> list[object]:
        with ws_connect(url, proxy=None, open_timeout=10, close_timeout=10) as ws:
            answers: list[object] = []
            for message in ("hello", b"\x00binary", "x" * 200, b"y" * 70_000, "\u00e9t\u00e9"):
                ws.send(message)
                answers.append(ws.recv(timeout=10))
            ws.send(["frag", "mented"])  # one message in three frames (RFC 6455 section 5.4)
            answers.append(ws.recv(timeout=10))
            assert ws.ping(b"are you there").wait(10)  # answered by a pong
            return answers

    async with _dev_serving(_dev_echo_app()) as server:
        answers = await anyio.to_thread.run_sync(talk, _dev_ws_url(server))
    assert answers == [
        "hello",
        b"\x00binary",
        "x" * 200,
        b"y" * 70_000,
        "\u00e9t\u00e9",
        "fragmented",
    ]


@pytest.mark.anyio
async def test_development_server_websocket_close_codes_both_ways() -> None:
    disconnects: list[Message] = []
    closed_by_app = anyio.Event()

    async def ws(websocket: WebSocket) -> None:
        await websocket.accept(subprotocol=websocket.scope["subprotocols"][-1])
        text = await websocket.receive_text()
        if text == "close me":
            await websocket.close(code=4001, reason="as you wish")
            closed_by_app.set()
        else:
            disconnects.append(await websocket.receive())

    def talk(url: str) -> tuple[str | None, int | None, str | None, int | None, str | None]:
        with ws_connect(url, proxy=None, subprotocols=["chat", "superchat"]) as ws:  # type: ignore[list-item]
            chosen = ws.subprotocol
            ws.send("close me")
            with pytest.raises(ConnectionClosed):
                ws.recv(timeout=10)
            server_code = ws.close_code
            server_reason = ws.close_reason
        with ws_connect(url, proxy=None, subprotocols=["chat"]) as ws:  # type: ignore[list-item]
            ws.send("stay")
            ws.close(code=4000, reason="bye")
            client_code, client_reason = ws.close_code, ws.close_reason
        return chosen, server_code, server_reason, client_code, client_reason

    app = Starlette(routes=[WebSocketRoute("/ws", ws)])
    async with _dev_serving(app) as server:
        answers = await anyio.to_thread.run_sync(talk, _dev_ws_url(server))
    # The server echoes the client's code (RFC 6455 section 5.5.1), not its reason.
    assert answers == ("superchat", 4001, "as you wish", 4000, "")
    assert disconnects == [{"type": "websocket.disconnect", "code": 4000, "reason": "bye"}]
    assert closed_by_app.is_set()


@pytest.mark.anyio
async def test_development_server_websocket_refusals() -> None:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            return
        assert scope["extensions"] == {"websocket.http.response": {}} and scope["scheme"] == "ws"
        assert (await receive())["type"] == "websocket.connect"
        if scope["path"] == "/close":  # ASGI: close before accept is an HTTP 403
            return await send({"type": "websocket.close"})
        if scope["path"] == "/deny":  # the denial-response extension
            headers = [(b"content-type", b"text/plain"), (b"content-length", b"99")]
            await send({"type": "websocket.http.response.start", "status": 418, "headers": headers})
            await send({"type": "websocket.http.response.body", "body": b"I'm ", "more_body": True})
            return await send({"type": "websocket.http.response.body", "body": b"a teapot"})
        if scope["path"] == "/raise":
            raise RuntimeError("boom")
        if scope["path"] == "/wrong":
            await send({"type": "websocket.send", "text": "before accept"})
        # "/silent" returns without a word

    def refused(url: str) -> tuple[int, bytes]:
        with pytest.raises(InvalidStatus) as exc:
            ws_connect(url, proxy=None, open_timeout=10)
        return exc.value.response.status_code, bytes(exc.value.response.body or b"")

    async with _dev_serving(app) as server:
        results = [
            await anyio.to_thread.run_sync(refused, _dev_ws_url(server, path))
            for path in ("/close", "/deny", "/raise", "/wrong", "/silent")
        ]
    assert results == [
        (403, b""),
        (418, b"I'm a teapot"),
        (500, b"Internal Server Error\n"),
        (500, b"Internal Server Error\n"),
        (500, b"Internal Server Error\n"),
    ]


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("frames", "code"),
    [
        ([_dev_frame(0x1, b"plain", mask=False)], 1002),  # section 5.1: clients mask
        ([_dev_frame(0x1, b"\xff\xfe")], 1007),  # section 8.1: text is UTF-8
        ([_dev_frame(0x1, b"x" * 11)], 1009),  # ws_max_size=10
        ([_dev_frame(0x1, b"x" * 6, fin=False), _dev_frame(0x0, b"x" * 6)], 1009),
        ([_dev_frame(0x0, b"orphan")], 1002),  # a continuation with nothing to continue
        ([_dev_frame(0x1, b"a", fin=False), _dev_frame(0x1, b"b")], 1002),  # a new message mid-way
        ([_dev_frame(0x1, b"x", rsv=0x40)], 1002),  # no extension was negotiated
        ([_dev_frame(0x3, b"")], 1002),  # reserved opcode
        ([_dev_frame(0x9, b"p" * 126)], 1002),  # control frames carry at most 125 bytes
        ([_dev_frame(0x9, b"p", fin=False)], 1002),  # ...and are never fragmented
        ([_dev_frame(0x8, b"\x03")], 1002),  # a 1-byte close payload
        ([_dev_frame(0x8, _dev_close(1005))], 1002),  # a reserved close code
        ([_dev_frame(0x8, _dev_close(1000, b"\xff"))], 1007),
    ],
)
async def test_development_server_websocket_protocol_errors_close_the_connection(
    frames: list[bytes], code: int
) -> None:
    disconnects: list[Message] = []
    async with _dev_serving(_dev_echo_app(), ws_max_size=10) as server:
        server.app = _dev_recording_ws(disconnects)
        head, replies = await _dev_ws_raw(server, *frames)
    assert head.startswith(b"HTTP/1.1 101 Switching Protocols\r\n")
    assert (
        b"sec-websocket-accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=" in head
    )  # RFC 6455 section 1.3's example
    assert [(opcode, payload[:2]) for opcode, payload in replies] == [(0x8, _dev_close(code))]
    assert disconnects == [{"type": "websocket.disconnect", "code": code, "reason": mock.ANY}]


def _dev_recording_ws(disconnects: list[Message]) -> ASGIApp:
    """Accept, then record what receive() returns until the disconnect."""

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        assert (await receive())["type"] == "websocket.connect"
        await send({"type": "websocket.accept"})
        while (message := await receive())["type"] != "websocket.disconnect":
            pass
        disconnects.append(message)
        assert await receive() == message  # asking again gives the same answer
        raise RuntimeError("failing once the client has left is no news: not logged")

    return app


@pytest.mark.anyio
async def test_development_server_websocket_close_without_code_ping_and_pong(
    caplog: pytest.LogCaptureFixture,
) -> None:
    disconnects: list[Message] = []
    async with _dev_serving(_dev_echo_app()) as server:
        server.app = _dev_recording_ws(disconnects)
        _, replies = await _dev_ws_raw(
            server, _dev_frame(0x9, b"hi"), _dev_frame(0xA, b"unasked"), _dev_frame(0x8, b"")
        )
    # The ping is answered with its data; the pong needs nothing; an empty close is echoed empty.
    assert replies == [(0xA, b"hi"), (0x8, b"")]
    assert disconnects == [{"type": "websocket.disconnect", "code": 1005, "reason": ""}]
    assert "Exception in ASGI application" not in caplog.text


@pytest.mark.anyio
async def test_development_server_websocket_client_vanishing_and_app_endings() -> None:
    disconnects: list[Message] = []
    async with _dev_serving(_dev_echo_app(), timeout_keep_alive=0.05) as server:
        server.app = _dev_recording_ws(disconnects)
        _, replies = await _dev_ws_raw(server)  # connects, then leaves without a close frame
        assert replies == []
        assert disconnects == [{"type": "websocket.disconnect", "code": 1006, "reason": ""}]

        async def accept_then(scope: Scope, receive: Receive, send: Send) -> None:
            await receive()
            await send({"type": "websocket.accept", "headers": [(b"x-hello", b"1")]})
            if scope["query_string"] == b"raise":
                raise RuntimeError("after accept")
            # returns without closing

        server.app = accept_then
        # The server closes for the app (1000, or 1011 after an error), then waits a
        # little for the client's close frame, which never comes here.
        head, replies = await _dev_ws_raw(server)
        assert b"x-hello: 1" in head and replies == [(0x8, _dev_close(1000))]
        raw = await _dev_exchange(server, _DEV_WS_HANDSHAKE.replace(b"/ws", b"/ws?raise"))
        assert raw.endswith(b"\x88\x02" + _dev_close(1011))
        # A client that answers the close frame lets the server finish at once,
        # ignoring data frames that were already on their way.
        _, replies = await _dev_ws_raw(
            server, _dev_frame(0x1, b"late"), _dev_frame(0x8, _dev_close(1000))
        )
        assert replies == [(0x8, _dev_close(1000))]


@pytest.mark.anyio
async def test_development_server_websocket_send_after_close_raises() -> None:
    outcomes: list[str] = []

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            return
        await receive()
        await send({"type": "websocket.accept"})
        await send({"type": "websocket.close", "code": 1000})
        for message in ({"type": "websocket.send", "text": "late"}, {"type": "websocket.accept"}):
            with pytest.raises(OSError):
                await send(message)
            outcomes.append("OSError")
        assert (await receive())["type"] == "websocket.disconnect"

    async with _dev_serving(app) as server:
        _, replies = await _dev_ws_raw(server, _dev_frame(0x8, _dev_close(1000)))
    assert replies == [(0x8, _dev_close(1000))] and outcomes == ["OSError", "OSError"]


@pytest.mark.anyio
async def test_development_server_websocket_unexpected_messages() -> None:
    errors: list[str] = []

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            return
        await receive()
        await send({"type": "websocket.accept"})
        for message in ({"type": "websocket.accept"}, {"type": "websocket.http.response.start"}):
            with pytest.raises(RuntimeError, match="unexpected ASGI message") as exc:
                await send(message)
            errors.append(str(exc.value))
        await send({"type": "websocket.send", "bytes": None})  # no data: an empty binary frame
        await send({"type": "websocket.close"})

    async with _dev_serving(app) as server:
        _, replies = await _dev_ws_raw(server, _dev_frame(0x8, _dev_close(1000)))
    assert replies == [(0x2, b""), (0x8, _dev_close(1000))] and len(errors) == 2


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("change", "status"),
    [
        ((b"GET /ws", b"POST /ws"), 400),
        ((b"dGhlIHNhbXBsZSBub25jZQ==", b"short"), 400),
        ((b"dGhlIHNhbXBsZSBub25jZQ==", b"!!!!"), 400),
        ((b"Connection: Upgrade", b"Connection: keep-alive"), 400),
        ((b"Version: 13", b"Version: 8"), 426),
    ],
)
async def test_development_server_websocket_bad_handshakes(
    change: tuple[bytes, bytes], status: int
) -> None:
    async with _dev_serving(_dev_echo_app()) as server:
        raw = await _dev_exchange(server, _DEV_WS_HANDSHAKE.replace(*change))
    ((answer_status, headers, _),) = _dev_responses(raw)
    assert answer_status == status
    if status == 426:  # RFC 6455 section 4.4: say which version the server speaks
        assert headers["sec-websocket-version"] == "13"


# --- stopping -------------------------------------------------------------------------


@pytest.mark.anyio
async def test_development_server_graceful_shutdown() -> None:
    events: list[str] = []
    release = anyio.Event()

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await receive()
            await send({"type": "lifespan.startup.complete"})
            await receive()
            events.append("lifespan shutdown")
            return await send({"type": "lifespan.shutdown.complete"})
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"started ", "more_body": True})
        events.append("request started")
        await release.wait()
        await send({"type": "http.response.body", "body": b"and finished"})
        events.append("request finished")

    server = DevServer(app, port=0)
    with anyio.fail_after(30):
        async with anyio.create_task_group() as tg:
            await tg.start(server.serve)
            idle = await anyio.connect_tcp("127.0.0.1", server.port)  # opens, sends nothing
            busy = await anyio.connect_tcp("127.0.0.1", server.port)
            await busy.send(_DEV_GET + b"\r\n")
            assert b"started" in await busy.receive()
            server.shutdown()
            with pytest.raises(anyio.EndOfStream):  # the idle connection is closed at once
                await idle.receive()
            with pytest.raises(OSError):  # and nothing new is accepted
                await anyio.connect_tcp("127.0.0.1", server.port)
            events.append("released")
            release.set()
            rest = b""
            with contextlib.suppress(anyio.EndOfStream):
                while True:
                    rest += await busy.receive()
            assert rest.endswith(b"and finished\r\n0\r\n\r\n")
            await idle.aclose()
            await busy.aclose()
    assert events == ["request started", "released", "request finished", "lifespan shutdown"]


@pytest.mark.anyio
async def test_development_server_shutdown_grace_period_ends_hung_requests() -> None:
    started = anyio.Event()
    cancelled: list[str] = []

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            return
        started.set()
        try:
            await anyio.sleep_forever()
        finally:
            cancelled.append(scope["path"])

    server = DevServer(app, port=0, timeout_graceful_shutdown=0.01)
    with anyio.fail_after(30):
        async with anyio.create_task_group() as tg:
            await tg.start(server.serve)
            async with await anyio.connect_tcp("127.0.0.1", server.port) as stream:
                await stream.send(b"GET /hung HTTP/1.1\r\nHost: t\r\n\r\n")
                await started.wait()
                server.shutdown()
    assert cancelled == ["/hung"]


# --- app.serve(server="builtin"), app.run(server="builtin"), python -m starlette ------


def test_development_server_serve_in_a_background_thread() -> None:
    events: list[str] = []
    app = _serving_app(events)
    with app.serve(port=0, server="builtin", log_level="warning") as server:
        assert isinstance(server.server, DevServer) and events == ["startup"]
        assert server.running and repr(server) == f"<BackgroundServer {server.url} running>"
        assert httpx.get(server.url + "/").text == f"hello from {server.port}"
    assert events == ["startup", "shutdown"] and not server.running
    server.stop()  # a second stop is harmless
    with pytest.raises(httpx.ConnectError):
        httpx.get(server.url + "/")


@pytest.mark.anyio
async def test_development_server_serve_inside_a_running_event_loop(anyio_backend: str) -> None:
    events: list[str] = []
    server = _serving_app(events).serve(port=0, server="builtin", backend=anyio_backend)
    try:
        async with httpx.AsyncClient(base_url=server.url) as http:
            responses = [await http.get("/") for _ in range(3)]
        assert [r.text for r in responses] == [f"hello from {server.port}"] * 3
    finally:
        server.stop()
    assert events == ["startup", "shutdown"]


def test_development_server_serve_failures() -> None:
    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        raise RuntimeError("no database")
        yield  # never reached; it makes this function a generator

    port = _serving_free_port()
    with pytest.raises(RuntimeError, match="failed to start"):
        Starlette(lifespan=lifespan).serve(port=port, server="builtin")
    with _serving_app([]).serve(port=port, server="builtin") as server:  # the port is free again
        with pytest.raises(OSError):  # taken now
            _serving_app([]).serve(port=port, server="builtin")
        assert server.port == port
    with pytest.raises(TypeError, match="no_such_option"):
        _serving_app([]).serve(port=0, server="builtin", no_such_option=True)
    with pytest.raises(ValueError, match="server must be 'uvicorn' or 'builtin', not 'gunicorn'"):
        _serving_app([]).serve(port=0, server="gunicorn")


def test_development_server_serve_stopped_from_inside_a_request() -> None:
    handle: list[BackgroundServer] = []

    async def shutdown(request: Request) -> PlainTextResponse:
        handle[0].stop()  # only asks: the server's loop cannot wait for itself
        return PlainTextResponse("bye")

    server = Starlette(routes=[Route("/shutdown", shutdown)]).serve(port=0, server="builtin")
    handle.append(server)
    assert httpx.get(server.url + "/shutdown").text == "bye"
    server.stop()  # now from outside: waits for the end
    assert not server.running


def test_development_server_is_the_default_without_uvicorn(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "uvicorn", None)
    with _serving_app([]).serve(port=0) as server:
        assert isinstance(server.server, DevServer)
    with pytest.raises(ModuleNotFoundError, match="pip install uvicorn"):
        _serving_app([]).serve(port=0, server="uvicorn")


def _dev_run_in_main_thread(
    app: Starlette, caplog: pytest.LogCaptureFixture, visit: Callable[[str], None], **options: Any
) -> None:
    """app.run(server="builtin") here; a helper thread visits it, then sends Ctrl-C."""
    caplog.set_level(logging.INFO, "starlette.server")

    def visitor() -> None:
        try:
            deadline = time.monotonic() + 30
            while not (found := re.search(r"Serving on (\S+)", caplog.text)):
                assert time.monotonic() < deadline
                time.sleep(0.01)
            visit(found[1])  # the signal handler is installed before that line is logged
        finally:
            os.kill(os.getpid(), signal.SIGINT)

    thread = threading.Thread(target=visitor)
    thread.start()
    try:
        app.run(port=0, server="builtin", **options)
    finally:
        thread.join(30)


def test_development_server_run_until_ctrl_c(caplog: pytest.LogCaptureFixture) -> None:
    events: list[str] = []

    def visit(url: str) -> None:
        events.append(httpx.get(url).text.split()[0])

    _dev_run_in_main_thread(_serving_app(events), caplog, visit, log_level="info")
    assert events == ["startup", "hello", "shutdown"]
    assert "Shutting down" in caplog.text


def test_development_server_run_second_ctrl_c_forces(caplog: pytest.LogCaptureFixture) -> None:
    events: list[str] = []
    entered = threading.Event()
    app = _serving_app(events)

    async def hang(request: Request) -> Response:
        entered.set()
        await anyio.sleep_forever()
        raise AssertionError("unreachable")

    app.router.routes.append(Route("/hang", hang))
    failures: list[Exception] = []

    def visit(url: str) -> None:
        def request() -> None:
            try:
                httpx.get(url + "/hang", timeout=30)
            except httpx.HTTPError as exc:  # the server dropped the connection
                failures.append(exc)

        client = threading.Thread(target=request)
        client.start()
        assert entered.wait(30)
        os.kill(os.getpid(), signal.SIGINT)  # first: graceful, but the request hangs
        deadline = time.monotonic() + 30
        while "Shutting down" not in caplog.text:
            assert time.monotonic() < deadline
            time.sleep(0.01)
        # the helper sends the second Ctrl-C; the client thread ends with the server
        threading.Thread(target=client.join, args=(30,)).start()

    _dev_run_in_main_thread(app, caplog, visit, timeout_graceful_shutdown=60)
    assert "Stopping now" in caplog.text
    assert events == ["startup"]  # forced: no lifespan shutdown


def test_development_server_run_failed_startup_exits_3() -> None:
    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        raise RuntimeError("no database")
        yield  # never reached; it makes this function a generator

    with pytest.raises(SystemExit) as exc:
        Starlette(lifespan=lifespan).run(port=0, server="builtin")
    assert exc.value.code == 3


def test_development_server_logging_goes_to_stderr_when_unconfigured(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    logger = logging.getLogger("starlette.server")
    monkeypatch.setattr(logger, "handlers", [])
    monkeypatch.setattr(logging.getLogger(), "handlers", [])
    monkeypatch.setattr(logger, "level", logger.level)
    _devserver_logging("debug")
    assert logger.level == logging.DEBUG
    (handler,) = logger.handlers
    assert isinstance(handler, logging.StreamHandler)
    _devserver_logging("info")  # configured now: no second handler
    assert len(logger.handlers) == 1 and logger.level == logging.INFO


def test_development_server_command_line_options(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    calls: list[tuple[Any, str, int, dict[str, Any]]] = []
    monkeypatch.setattr(
        starlette,
        "_devserver_run",
        lambda app, host, port, **kw: calls.append((app, host, port, kw)),
    )
    assert _serving_main(["examples.showcase:app", "--server", "builtin", "--root-path", "/x"]) == 0
    assert (
        _serving_main(
            ["examples.showcase", "--server", "builtin", "--port", "0", "--log-level", "debug"]
        )
        == 0
    )
    showcase = sys.modules["examples.showcase"]  # imported by the command line, as uvicorn would
    assert calls == [
        (showcase.app, "127.0.0.1", 8000, {"root_path": "/x", "log_level": "info"}),
        (showcase.app, "127.0.0.1", 0, {"root_path": "", "log_level": "debug"}),
    ]
    for argv, message in [
        (["m:app", "--workers", "2"], "--workers needs uvicorn"),
        (["m:app", "--reload"], "--reload needs uvicorn"),
        (["m:app", "--proxy-headers"], "--proxy-headers needs uvicorn"),
        (["no_such_module_here:app"], "cannot load 'no_such_module_here:app'"),
        (["examples.showcase:nope"], "cannot load 'examples.showcase:nope'"),
    ]:
        with pytest.raises(SystemExit) as exc:
            _serving_main([*argv, "--server", "builtin"])
        assert exc.value.code == 2 and message in capsys.readouterr().err


def test_development_server_python_m_starlette_serves_the_showcase() -> None:
    args = ("-m", "starlette", "examples.showcase:app", "--server", "builtin", "--port", "0")
    with _ServingProcess(*args) as server:
        url = server.wait_for(r"Serving on (http://127\.0\.0\.1:\d+)").group(1)
        with httpx.Client(base_url=url, timeout=10) as http:
            assert "<h1>starlette.py showcase</h1>" in http.get("/").text
            upload = http.post("/upload", data={"note": "hi"}, files={"file": ("a.txt", b"abc")})
            assert upload.json()["fields"] == {"note": "hi"}
            assert http.get("/static/hello.txt").text == "Hello from a static file.\n"
            assert http.get("/static/hello.txt", headers={"Range": "bytes=0-4"}).text == "Hello"
            assert [http.get("/session").json()["visits"] for _ in range(2)] == [1, 2]
            assert [line for line in http.get("/stream?n=2").text.splitlines()] == [
                "line 1 of 2",
                "line 2 of 2",
            ]
        with ws_connect(url.replace("http://", "ws://") + "/ws", proxy=None, open_timeout=10) as ws:
            ws.send("echo me")
            assert ws.recv(timeout=10) == "echo me"
        assert server.stop(signal.SIGINT) == 0
    assert re.search(
        r"showcase: startup.*GET /static/hello.txt HTTP/1.1\" 200.*showcase: shutdown",
        server.output,
        re.S,
    )


# =============================================================================
# extra: serving
# =============================================================================

# The folder holding starlette.py and examples/: subprocesses run there, so
# `python -m starlette` and `examples.showcase` import this very build.
_SERVING_ROOT = Path(starlette.__file__).parent


def _serving_app(events: list[str]) -> Starlette:
    """A tiny app whose lifespan records "startup" and "shutdown" in `events`."""

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        events.append("startup")
        yield
        events.append("shutdown")

    async def hello(request: Request) -> PlainTextResponse:
        return PlainTextResponse(f"hello from {request.url.port}")

    return Starlette(routes=[Route("/", hello)], lifespan=lifespan)


def _serving_env(extra_path: Path | None = None) -> dict[str, str]:
    path = [str(p) for p in (_SERVING_ROOT, extra_path) if p is not None]
    path += filter(None, [os.environ.get("PYTHONPATH")])
    return {**os.environ, "PYTHONPATH": os.pathsep.join(path), "PYTHONUNBUFFERED": "1"}


def _serving_free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class _ServingProcess:
    """A Python subprocess whose output is collected; killed at the end, whatever happens."""

    def __init__(
        self,
        *args: str,
        pass_fds: tuple[int, ...] = (),
        extra_path: Path | None = None,
        cwd: Path = _SERVING_ROOT,
    ) -> None:
        self.lines: list[str] = []
        self._changed = threading.Condition()
        self.proc = subprocess.Popen(
            [sys.executable, *args],
            cwd=cwd,
            env=_serving_env(extra_path),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            pass_fds=pass_fds,
            start_new_session=True,  # its own process group: workers included in the cleanup
        )
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            with self._changed:
                self.lines.append(line)
                self._changed.notify_all()

    @property
    def output(self) -> str:
        return "".join(self.lines)

    def wait_for(self, pattern: str, timeout: float = 30) -> re.Match[str]:
        deadline = time.monotonic() + timeout
        with self._changed:
            while not (match := re.search(pattern, self.output)):
                left = deadline - time.monotonic()
                if left <= 0 or not self._reader.is_alive():
                    pytest.fail(
                        f"{pattern!r} not in the output of {self.proc.args!r}:\n{self.output}"
                    )
                self._changed.wait(min(left, 0.2))
            return match

    def stop(self, sig: int = signal.SIGINT, timeout: float = 30) -> int:
        """Send `sig`, wait for the exit, return the exit code."""
        self.proc.send_signal(sig)
        return self.proc.wait(timeout)

    def __enter__(self) -> _ServingProcess:
        return self

    def __exit__(self, *exc_info: object) -> None:
        with contextlib.suppress(ProcessLookupError):  # a worker may outlive its parent
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait()
        self._reader.join(5)
        assert self.proc.stdout is not None
        self.proc.stdout.close()


@pytest.fixture(scope="module")
def serving_hypercorn() -> Iterator[str]:
    """The showcase app served by hypercorn over a real socket; yields its base URL."""
    listener = socket.create_server(("127.0.0.1", 0))
    url = f"http://127.0.0.1:{listener.getsockname()[1]}"
    fd = listener.fileno()
    with listener:  # hypercorn takes its own copy of the listening socket
        server = _ServingProcess(
            "-m", "hypercorn", "--bind", f"fd://{fd}", "examples.showcase:app", pass_fds=(fd,)
        )
    with server:
        server.wait_for("showcase: startup")
        yield url
        assert server.stop(signal.SIGINT) == 0


# --- app.serve(): a background thread -----------------------------------------


def test_serving_serve_in_plain_code_runs_lifespan_and_stops() -> None:
    events: list[str] = []
    with _serving_app(events).serve(port=0, log_level="warning") as server:
        assert isinstance(server, BackgroundServer)
        assert server.running and events == ["startup"]
        assert server.url == f"http://127.0.0.1:{server.port}" and server.port > 0
        assert repr(server) == f"<BackgroundServer {server.url} running>"
        assert httpx.get(server.url + "/").text == f"hello from {server.port}"
    assert events == ["startup", "shutdown"]
    assert not server.running and repr(server).endswith(" stopped>")
    server.stop()  # a second stop is harmless
    assert events == ["startup", "shutdown"]
    with pytest.raises(httpx.ConnectError):
        httpx.get(server.url + "/")


@pytest.mark.anyio
async def test_serving_serve_inside_a_running_event_loop() -> None:
    # A notebook cell runs inside a loop that is already running: serve() must
    # not need that loop (it has its own thread and loop), so an async client in
    # this very loop can talk to it.
    events: list[str] = []
    server = _serving_app(events).serve(port=0, log_level="warning")
    try:
        async with httpx.AsyncClient(base_url=server.url) as http:
            responses = [await http.get("/") for _ in range(3)]
        assert [r.text for r in responses] == [f"hello from {server.port}"] * 3
    finally:
        server.stop()
    assert events == ["startup", "shutdown"]


def test_serving_serve_inside_asyncio_run() -> None:
    events: list[str] = []

    async def main() -> str:
        with _serving_app(events).serve(port=0, log_level="warning") as server:
            async with httpx.AsyncClient() as http:
                return (await http.get(server.url)).text

    assert asyncio.run(main()).startswith("hello from ")
    assert events == ["startup", "shutdown"]


def test_serving_serve_failed_startup_raises_and_frees_the_port() -> None:
    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        raise RuntimeError("no database")
        yield  # never reached; it makes this function a generator

    port = _serving_free_port()
    with pytest.raises(RuntimeError, match="failed to start"):
        Starlette(lifespan=lifespan).serve(port=port, log_level="critical")
    # The socket was closed: the same port can be served at once.
    with _serving_app([]).serve(port=port, log_level="warning") as server:
        assert server.port == port


def test_serving_serve_refuses_a_taken_port() -> None:
    with socket.create_server(("127.0.0.1", 0)) as taken:
        with pytest.raises(OSError):
            _serving_app([]).serve(port=taken.getsockname()[1])


def test_serving_serve_checks_uvicorn_options_before_binding() -> None:
    with pytest.raises(TypeError, match="no_such_option"):
        _serving_app([]).serve(port=0, no_such_option=True)


def test_serving_serve_stopped_from_inside_a_request() -> None:
    handle: list[BackgroundServer] = []

    async def shutdown(request: Request) -> PlainTextResponse:
        handle[0].stop()  # only asks: the server thread cannot wait for itself
        return PlainTextResponse("bye")

    server = Starlette(routes=[Route("/shutdown", shutdown)]).serve(port=0, log_level="warning")
    handle.append(server)
    assert httpx.get(server.url + "/shutdown").text == "bye"
    server.stop()  # now from outside: waits for the thread
    assert not server.running


@pytest.mark.parametrize("option", [{"reload": True}, {"workers": 2}])
def test_serving_serve_and_run_refuse_reload_and_workers(option: dict[str, Any]) -> None:
    app = _serving_app([])
    with pytest.raises(ValueError, match=r"Starlette.serve\(\) serves an app object"):
        app.serve(port=0, **option)
    with pytest.raises(ValueError, match="python -m starlette module:app --reload"):
        app.run(**option)


def test_serving_url_brackets_ipv6_and_knows_tls() -> None:
    assert _serving_url("localhost", 80) == "http://localhost:80"
    assert _serving_url("::1", 8443, secure=True) == "https://[::1]:8443"


def test_serving_serve_reports_https_when_given_a_certificate(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # uvicorn would need a real certificate; the URL only depends on the option.
    def fake_run(self: uvicorn.Server, sockets: list[socket.socket]) -> None:
        sockets[0].close()
        self.started = True

    monkeypatch.setattr(uvicorn.Server, "run", fake_run)
    server = _serving_app([]).serve(port=0, ssl_certfile="cert.pem")
    assert server.url.startswith("https://127.0.0.1:")
    server.stop()


# --- app.run(): blocking -------------------------------------------------------


def test_serving_run_hands_the_app_to_uvicorn(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[Any, ...]] = []

    def fake_run(self: uvicorn.Server) -> None:
        config = self.config
        calls.append((config.app, config.host, config.port, config.log_level))
        self.started = len(calls) < 3  # the third time, as if the lifespan startup failed

    monkeypatch.setattr(uvicorn.Server, "run", fake_run)
    app = _serving_app([])
    app.run()
    app.run(host="0.0.0.0", port=9000, log_level="debug")
    with pytest.raises(SystemExit) as exited:
        app.run()
    assert exited.value.code == 3  # as uvicorn.run exits
    assert calls == [
        (app, "127.0.0.1", 8000, None),
        (app, "0.0.0.0", 9000, "debug"),
        (app, "127.0.0.1", 8000, None),
    ]


def test_serving_run_ends_event_streams_before_its_graceful_stop(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    order: list[str] = []

    async def graceful(self: uvicorn.Server, sockets: Any = None) -> None:
        order.append("uvicorn waits for open responses")

    def fake_run(self: uvicorn.Server) -> None:
        self.started = True
        asyncio.run(self.shutdown())  # what uvicorn does once asked to stop

    monkeypatch.setattr(uvicorn.Server, "shutdown", graceful)
    monkeypatch.setattr(uvicorn.Server, "run", fake_run)
    monkeypatch.setattr(starlette, "_sse_end_streams", lambda: order.append("streams ended"))
    _serving_app([]).run()
    assert order == ["streams ended", "uvicorn waits for open responses"]


@pytest.mark.parametrize("server_kind", ["uvicorn", "builtin"])
def test_serving_stop_ends_open_event_streams(server_kind: str) -> None:
    # An event stream never ends by itself; a graceful stop would wait forever.
    closed, ran_out = threading.Event(), threading.Event()

    async def events(request: Request) -> EventSourceResponse:
        async def numbers() -> AsyncIterator[dict[str, int]]:
            try:
                for n in range(5000):  # ends by itself only if nothing stops it first
                    yield {"n": n}
                    await anyio.sleep(0.01)
                ran_out.set()
            finally:
                closed.set()

        return EventSourceResponse(numbers(), ping=None)

    app = Starlette(routes=[Route("/events", events)])
    server = app.serve(port=0, server=server_kind, log_level="warning")
    with httpx.stream("GET", server.url + "/events", timeout=10) as response:
        lines = response.iter_lines()
        assert next(lines) == 'data: {"n":0}'
        stopper = threading.Thread(target=server.stop)
        stopper.start()
        rest = list(lines)  # the stream ends cleanly: no error, no hang
    stopper.join(10)
    assert not stopper.is_alive() and not server.running
    assert closed.wait(10) and not ran_out.is_set() and rest[-1] == ""
    assert starlette._SSE_OPEN == {}


def test_serving_run_inside_a_running_loop_points_to_serve() -> None:
    async def main() -> None:
        _serving_app([]).run(port=0)

    with pytest.raises(RuntimeError, match=r"use `server = app.serve\(\)`"):
        asyncio.run(main())


def test_serving_run_serves_until_ctrl_c() -> None:
    script = (
        "import contextlib, starlette\n"
        "@contextlib.asynccontextmanager\n"
        "async def lifespan(app):\n"
        "    print('app: startup', flush=True); yield; print('app: shutdown', flush=True)\n"
        "async def hello(request): return starlette.PlainTextResponse('ran')\n"
        "app = starlette.Starlette(routes=[starlette.Route('/', hello)], lifespan=lifespan)\n"
        "app.run(port=0)\n"
        "print('run() returned', flush=True)\n"
    )
    with _ServingProcess("-c", script) as server:
        url = server.wait_for(r"Uvicorn running on (http://127\.0\.0\.1:\d+)").group(1)
        assert httpx.get(url, timeout=10).text == "ran"
        assert server.stop(signal.SIGINT) == 0
    assert re.search(r"app: startup.*app: shutdown.*run\(\) returned", server.output, re.S)


# --- python -m starlette -------------------------------------------------------


def test_serving_main_parses_the_command_line(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[Any, dict[str, Any]]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append((app, kw)))
    assert _serving_main(["examples.showcase:app"]) == 0
    assert _serving_main(["pkg.mod:app", "--host", "::", "--port", "0", "--reload"]) == 0
    scale_out = ["m:app", "--workers", "4", "--proxy-headers", "--forwarded-allow-ips", "*"]
    assert _serving_main([*scale_out, "--root-path", "/api", "--log-level", "debug"]) == 0
    assert _serving_main(["m:app", "--server", "uvicorn", "--no-proxy-headers"]) == 0
    defaults = {"root_path": "", "log_level": "info"}
    assert calls == [
        ("examples.showcase:app", {"host": "127.0.0.1", "port": 8000, **defaults}),
        ("pkg.mod:app", {"host": "::", "port": 0, **defaults, "reload": True}),
        (
            "m:app",
            {
                "host": "127.0.0.1",
                "port": 8000,
                "root_path": "/api",
                "log_level": "debug",
                "workers": 4,
                "proxy_headers": True,
                "forwarded_allow_ips": "*",
            },
        ),
        ("m:app", {"host": "127.0.0.1", "port": 8000, **defaults, "proxy_headers": False}),
    ]


def test_serving_main_needs_an_app(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        _serving_main([])
    assert exc.value.code == 2
    assert "usage: python -m starlette" in capsys.readouterr().err


def test_serving_python_m_starlette_serves_the_showcase() -> None:
    with _ServingProcess("-m", "starlette", "examples.showcase:app", "--port", "0") as server:
        url = server.wait_for(r"Uvicorn running on (http://127\.0\.0\.1:\d+)").group(1)
        server.wait_for("showcase: startup")
        assert httpx.get(url + "/json", timeout=10).json()["hello"] == "world"
        assert server.stop(signal.SIGINT) == 0
    assert "showcase: shutdown" in server.output


def test_serving_python_m_starlette_runs_the_importable_module(tmp_path: Path) -> None:
    # `-m` runs starlette.py as `__main__`, a second copy of every class. The
    # command must hand over to the module imported by name, so the app, the
    # server and the command line all share one set of classes.
    (tmp_path / "probe_app.py").write_text(
        "import inspect, sys, starlette\n"
        "caller = next(f for f in inspect.stack() if f.function == '_serving_main')\n"
        "print('probe:', caller.frame.f_globals['__name__'], starlette.__name__, flush=True)\n"
        "app = starlette.Starlette()\n"
    )
    args = ("-m", "starlette", "probe_app:app", "--port", "0")
    with _ServingProcess(*args, extra_path=tmp_path) as server:
        assert server.wait_for(r"probe: (\S+) (\S+)").groups() == ("starlette", "starlette")
        server.wait_for("Uvicorn running on")
        # SIGTERM (what process managers send) also shuts down cleanly; uvicorn
        # then re-raises the signal, so the exit status reports it.
        assert server.stop(signal.SIGTERM) == -signal.SIGTERM
    assert "Finished server process" in server.output


def test_serving_python_m_starlette_reloads_edited_code(tmp_path: Path) -> None:
    source = tmp_path / "reloading_app.py"
    template = (
        "import starlette\n"
        "async def hi(request):\n"
        "    return starlette.PlainTextResponse({!r})\n"
        "app = starlette.Starlette(routes=[starlette.Route('/', hi)])\n"
    )
    source.write_text(template.format("before"))
    args = ("-m", "starlette", "reloading_app:app", "--port", "0", "--reload")
    with _ServingProcess(*args, extra_path=tmp_path, cwd=tmp_path) as server:
        url = server.wait_for(r"Uvicorn running on (http://127\.0\.0\.1:\d+)").group(1)
        server.wait_for("Application startup complete")
        assert httpx.get(url, timeout=10).text == "before"
        source.write_text(template.format("after"))
        server.wait_for("Reloading")  # the watcher saw the edit and restarts the server
        deadline = time.monotonic() + 30
        while (text := httpx.get(url, timeout=10).text) != "after":
            assert time.monotonic() < deadline, text
            time.sleep(0.05)
        assert server.stop(signal.SIGINT) == 0


# --- the showcase over real sockets, served by hypercorn -------------------------


def test_serving_showcase_plain_json_and_html(serving_hypercorn: str) -> None:
    with httpx.Client(base_url=serving_hypercorn, timeout=10) as http:
        plain = http.get("/plain")
        assert plain.text == "Hello, world!"
        assert plain.headers["content-type"] == "text/plain; charset=utf-8"
        data = http.get("/json").json()
        assert data["hello"] == "world" and data["uptime_seconds"] >= 0
        page = http.get("/")
        assert page.headers["content-type"] == "text/html; charset=utf-8"
        assert "<h1>starlette.py showcase</h1>" in page.text
        assert http.get("/nowhere").status_code == 404


def test_serving_showcase_streams_line_by_line(serving_hypercorn: str) -> None:
    with httpx.stream("GET", serving_hypercorn + "/stream?n=4", timeout=10) as response:
        assert response.headers.get("content-length") is None
        assert list(response.iter_lines()) == [f"line {i} of 4" for i in range(1, 5)]
    assert httpx.get(serving_hypercorn + "/stream?n=lots", timeout=10).status_code == 400


def test_serving_streamed_lines_reach_the_client_one_at_a_time() -> None:
    # The app writes line 2 only after the client has read line 1: a server or
    # a layer that buffered the body would deadlock here (and the timeouts fail).
    line_read = threading.Event()

    async def lines(request: Request) -> StreamingResponse:
        async def body() -> AsyncIterator[str]:
            yield "line 1\n"
            await anyio.to_thread.run_sync(line_read.wait, 10)
            yield "line 2\n" if line_read.is_set() else "client never saw line 1\n"

        return StreamingResponse(body(), media_type="text/plain")

    app = Starlette(routes=[Route("/", lines)])
    with app.serve(port=0, log_level="warning") as server:
        with httpx.stream("GET", server.url, timeout=10) as response:
            received = response.iter_lines()
            assert next(received) == "line 1"
            line_read.set()
            assert list(received) == ["line 2"]


def test_serving_showcase_static_file_with_range(serving_hypercorn: str) -> None:
    with httpx.Client(base_url=serving_hypercorn, timeout=10) as http:
        whole = http.get("/static/hello.txt")
        assert whole.status_code == 200 and whole.text == "Hello from a static file.\n"
        part = http.get("/static/hello.txt", headers={"Range": "bytes=0-4"})
        assert part.status_code == 206 and part.text == "Hello"
        assert part.headers["content-range"] == "bytes 0-4/26"
        again = http.get("/static/hello.txt", headers={"If-None-Match": whole.headers["etag"]})
        assert again.status_code == 304
        assert http.get("/static/hello.txt", headers={"Range": "bytes=90-99"}).status_code == 416


def test_serving_showcase_form_upload(serving_hypercorn: str) -> None:
    files = {"file": ("notes.txt", b"x" * 100_000, "text/plain")}
    response = httpx.post(
        serving_hypercorn + "/upload", data={"note": "hi"}, files=files, timeout=10
    )
    assert response.json() == {
        "fields": {"note": "hi"},
        "files": [
            {
                "field": "file",
                "filename": "notes.txt",
                "size": 100_000,
                "content_type": "text/plain",
            }
        ],
    }


def test_serving_showcase_cookies_and_session(serving_hypercorn: str) -> None:
    with httpx.Client(base_url=serving_hypercorn, timeout=10) as http:
        first = http.get("/cookies")
        assert first.json() == {"you_sent": {}}
        assert "httponly" in first.headers["set-cookie"].lower()
        assert http.get("/cookies").json() == {"you_sent": {"flavour": "ginger"}}
        visits = [http.get("/session").json()["visits"] for _ in range(3)]
        assert visits == [1, 2, 3]
    # A client without the cookie starts again.
    assert httpx.get(serving_hypercorn + "/session", timeout=10).json()["visits"] == 1


def test_serving_showcase_websocket_echo(serving_hypercorn: str) -> None:
    url = serving_hypercorn.replace("http://", "ws://") + "/ws"
    with ws_connect(url, open_timeout=10) as websocket:
        for text in ("hello", "second message", "\u00e9t\u00e9"):
            websocket.send(text)
            assert websocket.recv(timeout=10) == text


def test_serving_showcase_hypercorn_lifespan_and_graceful_shutdown() -> None:
    listener = socket.create_server(("127.0.0.1", 0))
    url = f"http://127.0.0.1:{listener.getsockname()[1]}"
    fd = listener.fileno()
    with listener:
        server = _ServingProcess(
            "-m", "hypercorn", "--bind", f"fd://{fd}", "examples.showcase:app", pass_fds=(fd,)
        )
    with server:
        server.wait_for("showcase: startup")
        assert "showcase: shutdown" not in server.output
        lines: list[str] = []
        with httpx.stream("GET", url + "/stream?n=6", timeout=10) as response:
            for line in response.iter_lines():
                if not lines:  # the request is under way: ask the server to stop
                    server.proc.send_signal(signal.SIGTERM)
                lines.append(line)
        # Graceful: the request in flight was allowed to finish...
        assert lines == [f"line {i} of 6" for i in range(1, 7)]
        assert server.proc.wait(30) == 0
    # ...and then the lifespan shutdown ran, and nothing listens any more.
    assert "showcase: shutdown" in server.output
    with pytest.raises(httpx.ConnectError):
        httpx.get(url + "/plain", timeout=5)


# --- python -m starlette --workers 2: uvicorn's worker processes ---------------


@pytest.mark.skipif(importlib.util.find_spec("uvicorn") is None, reason="--workers needs uvicorn")
def test_serving_workers_share_cookie_sessions() -> None:
    # `python -m starlette --workers 2` hands over to uvicorn's process manager;
    # SessionMiddleware signs its cookie with the showcase's fixed secret, so
    # either worker honours a cookie the other one set.
    port = _serving_free_port()
    args = ("-m", "starlette", "examples.showcase:app", "--workers", "2", "--port", str(port))
    with _ServingProcess(*args) as server:
        server.wait_for(r"(?s)showcase: startup.*showcase: startup")  # one lifespan per worker
        jar = httpx.Cookies()
        pids = []
        for visit in range(1, 41):
            # A new client each time: a new connection, which either worker may accept.
            response = httpx.get(f"http://127.0.0.1:{port}/session", cookies=jar, timeout=10)
            jar.update(response.cookies)
            assert response.json()["visits"] == visit  # the count survives every hop
            pids.append(response.json()["pid"])
            if len(set(pids)) == 2 and visit >= 6:
                break
        assert len(set(pids)) == 2, f"one worker answered everything: {pids}"
        assert server.stop(signal.SIGINT) == 0
    assert server.output.count("showcase: shutdown") == 2


# =============================================================================
# extra: mounted lifespans: Starlette(mount_lifespans=True) starts mounted apps too
# =============================================================================


def _mounted_child(name: str, events: list[str], state: dict[str, Any] | None = None) -> Starlette:
    """A Starlette app whose lifespan records its startup and shutdown."""

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[dict[str, Any]]:
        events.append(f"{name} start")
        yield state or {}
        events.append(f"{name} stop")

    async def show(request: Request) -> JSONResponse:
        return JSONResponse(sorted(request.scope["state"].items()))

    return Starlette(routes=[Route("/state", show)], lifespan=lifespan)


def _mounted_plain(name: str, events: list[str], reply: str = "complete") -> ASGIApp:
    """A plain ASGI app speaking the lifespan protocol by hand."""

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        assert scope["type"] == "lifespan"
        await receive()
        events.append(f"{name} start")
        if reply != "complete":
            await send({"type": "lifespan.startup.failed", "message": f"{name} is broken"})
            return
        await send({"type": "lifespan.startup.complete"})
        await receive()
        events.append(f"{name} stop")
        await send({"type": "lifespan.shutdown.complete"})

    return app


async def _mounted_drive(app: ASGIApp) -> list[Message]:
    """Play a server's lifespan part: startup, then shutdown; return what the app sent."""
    incoming = [{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}]
    sent: list[Message] = []

    async def receive() -> Message:
        return incoming.pop(0)

    async def send(message: Message) -> None:
        sent.append(message)

    await app({"type": "lifespan", "state": {}}, receive, send)
    return sent


def test_mounted_lifespans_run_in_order_and_stop_in_reverse(client: ClientFactory) -> None:
    events: list[str] = []

    @contextlib.asynccontextmanager
    async def parent(app: Starlette) -> AsyncIterator[None]:
        events.append("parent start")
        yield
        events.append("parent stop")

    routes = [
        Mount("/a", app=_mounted_child("a", events)),
        Route("/", PlainTextResponse("home")),
        Mount("/group", routes=[Mount("/b", app=_mounted_plain("b", events))]),
        Host("c.example.org", app=_mounted_child("c", events)),
    ]
    app = Starlette(routes=routes, lifespan=parent, mount_lifespans=True)
    with client(app) as http:
        assert http.get("/").text == "home"
        assert events == ["parent start", "a start", "b start", "c start"]
    assert events[4:] == ["c stop", "b stop", "a stop", "parent stop"]


def test_mounted_lifespans_are_opt_in(client: ClientFactory) -> None:
    events: list[str] = []
    app = Starlette(routes=[Mount("/a", app=_mounted_child("a", events))])
    with client(app):
        pass
    assert events == []  # as in Starlette: the mounted lifespan never runs


def test_mounted_lifespans_state_reaches_their_own_requests(client: ClientFactory) -> None:
    events: list[str] = []

    @contextlib.asynccontextmanager
    async def parent(app: Starlette) -> AsyncIterator[dict[str, Any]]:
        yield {"shared": "parent", "db": "parent db"}

    async def show(request: Request) -> JSONResponse:
        return JSONResponse(sorted(request.scope["state"]))

    child = _mounted_child("child", events, state={"db": "child db"})
    mount = Mount("/child", app=child)
    app = Starlette(routes=[mount, Route("/parent", show)], lifespan=parent, mount_lifespans=True)
    with client(app) as http:
        assert http.get("/child/state").json() == [["db", "child db"], ["shared", "parent"]]
        assert http.get("/parent").json() == ["db", "shared"]
        assert http.get("/parent").status_code == 200
    assert mount.app is child  # put back after shutdown


@pytest.mark.anyio
async def test_mounted_lifespans_startup_failure_names_the_app() -> None:
    events: list[str] = []

    @contextlib.asynccontextmanager
    async def broken(app: Starlette) -> AsyncIterator[None]:
        raise RuntimeError("no database")
        yield  # pragma: no cover - never reached

    routes = [
        Mount("/first", app=_mounted_child("first", events)),
        Mount("/broken", app=Starlette(lifespan=broken)),
        Mount("/never", app=_mounted_child("never", events)),
    ]
    app = Starlette(routes=routes, mount_lifespans=True)
    with pytest.raises(RuntimeError, match="mounted at '/broken' failed to start"):
        await _mounted_drive(app)
    assert events == ["first start", "first stop"]  # the started one was stopped


@pytest.mark.anyio
async def test_mounted_lifespans_plain_app_failure_message() -> None:
    events: list[str] = []
    app = Starlette(
        routes=[Host("api.example.org", app=_mounted_plain("api", events, reply="failed"))],
        mount_lifespans=True,
    )
    with pytest.raises(RuntimeError) as info:
        await _mounted_drive(app)
    assert str(info.value) == "The app mounted at 'api.example.org' failed to start: api is broken"


@pytest.mark.anyio
async def test_mounted_lifespans_skip_apps_without_lifespan(tmp_path: Path) -> None:
    events: list[str] = []

    async def returns(scope: Scope, receive: Receive, send: Send) -> None:
        events.append("returns")  # an app that ignores lifespan scopes

    routes = [
        Mount("/static", app=StaticFiles(directory=tmp_path)),  # raises on a lifespan scope
        Mount("/quiet", app=returns),
        Mount("/", app=_mounted_plain("root", events)),
    ]
    app = Starlette(routes=routes, mount_lifespans=True)
    sent = await _mounted_drive(app)
    assert [m["type"] for m in sent] == ["lifespan.startup.complete", "lifespan.shutdown.complete"]
    assert events == ["returns", "root start", "root stop"]


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("reply", "message"),
    [("failed", "could not flush"), ("none", ""), ("raise", "OSError('disk full')")],
)
async def test_mounted_lifespans_shutdown_failure(reply: str, message: str) -> None:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        await receive()
        await send({"type": "lifespan.startup.complete"})
        await receive()
        if reply == "failed":
            await send({"type": "lifespan.shutdown.failed", "message": "could not flush"})
        elif reply == "raise":
            raise OSError("disk full")

    parent = Starlette(routes=[Mount("/x", app=app)], mount_lifespans=True)
    with pytest.raises(RuntimeError) as info:
        await _mounted_drive(parent)
    assert str(info.value) == f"The app mounted at '/x' failed to stop: {message}"


@pytest.mark.anyio
async def test_mounted_lifespans_a_router_with_a_lifespan_is_driven() -> None:
    events: list[str] = []

    @contextlib.asynccontextmanager
    async def lifespan(app: Any) -> AsyncIterator[None]:
        events.append("router start")
        yield
        events.append("router stop")

    router = Router(
        routes=[Mount("/inner", app=_mounted_plain("inner", events))], lifespan=lifespan
    )
    app = Starlette(routes=[Mount("/r", app=router)], mount_lifespans=True)
    await _mounted_drive(app)
    # The router's own lifespan runs; it does not start what is mounted inside it.
    assert events == ["router start", "router stop"]


# =============================================================================
# extra: csrf: CSRFMiddleware, csrf_token(), csrf_input()
# =============================================================================


def _csrf_collect(sent: list[Message]) -> Send:
    async def send(message: Message) -> None:
        sent.append(message)

    return send


def _csrf_app(**options: Any) -> Starlette:
    async def page(request: Request) -> PlainTextResponse:
        assert request.state.csrf_token == csrf_token(request)
        return PlainTextResponse(csrf_input(request))

    async def submit(request: Request) -> JSONResponse:
        if request.headers.get("content-type", "").startswith(("multipart/", "application/x-www")):
            async with request.form() as form:  # the body, replayed by the middleware
                return JSONResponse({k: str(v) for k, v in form.items()})
        return JSONResponse({"body": (await request.body()).decode()})

    options.setdefault("secret", "s3cret")
    return Starlette(
        routes=[Route("/", page), Route("/submit", submit, methods=["POST", "PUT", "DELETE"])]
        + [
            Route("/hooks/{name}", submit, methods=["POST"]),
            Route("/login", submit, methods=["POST"]),
        ],
        middleware=[Middleware(CSRFMiddleware, **options)],
    )


def _csrf_token(http: TestClient) -> str:
    """GET a page, so the client holds the cookie; return the token."""
    response = http.get("/")
    return response.cookies.get("csrftoken") or http.cookies["csrftoken"]


def test_csrf_safe_requests_get_a_signed_cookie(client: ClientFactory) -> None:
    http = client(_csrf_app())
    response = http.get("/")
    token = response.cookies["csrftoken"]
    assert response.text == f'<input type="hidden" name="csrftoken" value="{token}">'
    set_cookie = response.headers["set-cookie"]
    assert "Path=/; Max-Age=1209600; SameSite=Lax" in set_cookie
    assert "HttpOnly" not in set_cookie and "Secure" not in set_cookie  # JavaScript reads it
    nonce, stamp, signature = token.split(".")
    assert len(nonce) == 24 and stamp.isdigit() and signature
    again = http.get("/")  # the valid cookie is kept, not replaced
    assert "set-cookie" not in again.headers and token in again.text
    for method in ("HEAD", "OPTIONS"):
        assert http.request(method, "/").status_code in (200, 405)


def test_csrf_cookie_options(client: ClientFactory) -> None:
    options = dict(cookie_name="xsrf", field_name="xsrf_field", same_site="strict", secure=True)
    http = client(_csrf_app(cookie_domain="example.org", cookie_path="/app", max_age=60, **options))
    response = http.get("/")
    assert response.headers["set-cookie"].startswith("xsrf=")
    assert (
        "Path=/app; Max-Age=60; SameSite=Strict; Secure; Domain=example.org"
        in response.headers["set-cookie"]
    )
    assert 'name="xsrf_field"' in response.text


def test_csrf_header_token_passes(client: ClientFactory) -> None:
    http = client(_csrf_app())
    token = _csrf_token(http)
    for method in ("POST", "PUT", "DELETE"):
        response = http.request(
            method, "/submit", content=b"payload", headers={"x-csrftoken": token}
        )
        assert (response.status_code, response.json()) == (200, {"body": "payload"}), method


def test_csrf_form_field_passes_and_the_body_is_replayed(client: ClientFactory) -> None:
    http = client(_csrf_app())
    token = _csrf_token(http)
    response = http.post("/submit", data={"csrftoken": token, "title": "hello"})
    assert response.json() == {"csrftoken": token, "title": "hello"}
    files = {"upload": ("a.txt", b"file body", "text/plain")}
    response = http.post("/submit", data={"csrftoken": token}, files=files)
    assert response.status_code == 200 and response.json()["upload"].startswith("UploadFile(")
    # A file part named like the field is not a token.
    refused = http.post("/submit", files={"csrftoken": ("t.txt", token.encode(), "text/plain")})
    assert (refused.status_code, refused.text) == (
        403,
        "CSRF check failed: no CSRF token was sent.",
    )


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("no token", "no CSRF token was sent"),
        ("wrong token", "the CSRF token does not match"),
        ("no cookie", "the CSRF cookie is missing or expired"),
        ("forged cookie", "the CSRF cookie is missing or expired"),
        ("other secret", "the CSRF cookie is missing or expired"),
        ("not a token", "the CSRF cookie is missing or expired"),
        ("not ascii", "the CSRF cookie is missing or expired"),
        ("bad stamp", "the CSRF cookie is missing or expired"),
    ],
)
def test_csrf_refusals(client: ClientFactory, case: str, message: str) -> None:
    http = client(_csrf_app())
    token = _csrf_token(http)
    nonce, stamp, signature = token.split(".")
    other = client(_csrf_app(secret="another"))
    cookie, sent = {
        "no token": (token, None),
        "wrong token": (token, _csrf_token(client(_csrf_app()))),
        "no cookie": (None, token),
        "forged cookie": (
            f"{nonce}.{stamp}.{signature[::-1]}",
            f"{nonce}.{stamp}.{signature[::-1]}",
        ),
        "other secret": (_csrf_token(other), _csrf_token(other)),
        "not a token": ("abc", "abc"),
        "not ascii": ("\u00e9.1.2", "x"),
        "bad stamp": (f"{nonce}.x{stamp}.{signature}", token),
    }[case]
    http.cookies.clear()
    headers: dict[str, Any] = {} if sent is None else {"x-csrftoken": sent}
    if cookie is not None:
        headers["cookie"] = f"csrftoken={cookie}".encode()
    response = http.post("/submit", headers=headers)
    assert (response.status_code, response.text) == (403, f"CSRF check failed: {message}.")
    assert response.headers["content-type"].startswith("text/plain")


def test_csrf_expired_and_future_tokens(
    client: ClientFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    http = client(_csrf_app(max_age=60))
    token = _csrf_token(http)
    assert http.post("/submit", headers={"x-csrftoken": token}).status_code == 200
    now = time.time()
    monkeypatch.setattr(time, "time", lambda: now + 61)
    expired = http.post("/submit", headers={"x-csrftoken": token})
    assert (expired.status_code, expired.text) == (
        403,
        "CSRF check failed: the CSRF cookie is missing or expired.",
    )
    fresh = expired.cookies["csrftoken"]  # the refusal hands out a new cookie
    assert (
        fresh != token and http.post("/submit", headers={"x-csrftoken": fresh}).status_code == 200
    )
    monkeypatch.setattr(time, "time", lambda: now - 3600)  # signed "in the future": clock games
    assert http.post("/submit", headers={"x-csrftoken": fresh}).status_code == 403


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({"origin": "http://testserver"}, 200),
        ({"origin": "http://TESTSERVER:80"}, 200),
        ({"origin": "https://partner.example"}, 200),
        ({"origin": "https://evil.example"}, 403),
        ({"origin": "null"}, 403),
        ({"referer": "http://testserver/form?x=1"}, 200),
        ({"referer": "https://evil.example/page"}, 403),
        ({"origin": "https://evil.example", "referer": "http://testserver/"}, 403),
    ],
)
def test_csrf_origin_check(client: ClientFactory, headers: dict[str, str], status: int) -> None:
    http = client(_csrf_app(trusted_origins=["https://Partner.example:443"]))
    token = _csrf_token(http)
    response = http.post("/submit", headers={"x-csrftoken": token, **headers})
    assert response.status_code == status
    if status == 403:
        assert response.text == "CSRF check failed: the request's origin is not trusted."


@pytest.mark.anyio
async def test_csrf_origin_without_host_header_uses_the_server() -> None:
    middleware = CSRFMiddleware(PlainTextResponse("ok"), secret="s")
    token = middleware.new_token()
    headers = [(b"cookie", f"csrftoken={token}".encode()), (b"x-csrftoken", token.encode())]
    for origin, status in ((b"https://app.example:8443", 200), (b"https://elsewhere", 403)):
        scope = {
            "type": "http",
            "method": "POST",
            "path": "/",
            "scheme": "https",
            "server": ("app.example", 8443),
            "headers": [*headers, (b"origin", origin)],
        }
        sent: list[Message] = []
        await middleware(scope, _requests_body(b""), _csrf_collect(sent))
        assert sent[0]["status"] == status


def test_csrf_exempt_paths(client: ClientFactory) -> None:
    http = client(_csrf_app(exempt=["/hooks/", "/login"]))
    assert http.post("/hooks/github", content=b"x").status_code == 200
    assert http.post("/login", content=b"x").status_code == 200
    assert http.post("/submit", content=b"x").status_code == 403
    assert http.post("/login/more", content=b"x").status_code in (403, 404)


def test_csrf_form_body_limits(client: ClientFactory) -> None:
    http = client(_csrf_app(max_body_size=100))
    token = _csrf_token(http)
    big = http.post("/submit", data={"csrftoken": token, "text": "x" * 200})
    assert (big.status_code, big.text) == (413, "Request body exceeds 100 bytes.")

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it arrives
        yield f"csrftoken={token}&a=".encode()
        for _ in range(5):
            yield b"x" * 30

    form = {"content-type": "application/x-www-form-urlencoded"}
    streamed = http.post("/submit", content=chunks(), headers=form)
    assert streamed.status_code == 413
    ok = http.post("/submit", content=iter([f"csrftoken={token}".encode(), b"&a=1"]), headers=form)
    assert ok.json() == {"csrftoken": token, "a": "1"}
    bad = http.post(
        "/submit",
        content=b"--x\r\nnonsense",
        headers={"content-type": "multipart/form-data; boundary=x", "x-other": "1"},
    )
    assert bad.status_code == 400


@pytest.mark.anyio
async def test_csrf_client_disconnect_while_sending() -> None:
    middleware = CSRFMiddleware(PlainTextResponse("never"), secret="s")
    token = middleware.new_token()
    scope = {
        "type": "http",
        "method": "POST",
        "path": "/",
        "scheme": "http",
        "headers": [
            (b"host", b"testserver"),
            (b"cookie", f"csrftoken={token}".encode()),
            (b"content-type", b"application/x-www-form-urlencoded"),
        ],
    }
    sent: list[Message] = []
    receive = _requests_receiver(
        {"type": "http.request", "body": b"csrftoken=", "more_body": True},
        {"type": "http.disconnect"},
    )
    await middleware(scope, receive, _csrf_collect(sent))
    assert sent[0]["status"] == 400

    # After the replayed body, the app's next receive() is the real one's.
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        sent.extend([await receive(), await receive()])

    middleware = CSRFMiddleware(app, secret="s")
    body = f"csrftoken={token}".encode()
    receive = _requests_receiver(
        {"type": "http.request", "body": body}, {"type": "http.disconnect"}
    )
    sent.clear()
    await middleware(scope, receive, _csrf_collect(sent))
    assert sent == [
        {"type": "http.request", "body": body, "more_body": False},
        {"type": "http.disconnect"},
    ]


@pytest.mark.anyio
async def test_csrf_other_scopes_pass_through() -> None:
    seen: list[str] = []

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        seen.append(scope["type"])

    middleware = CSRFMiddleware(app, secret="s")
    for kind in ("websocket", "lifespan"):
        await middleware({"type": kind, "headers": []}, _requests_body(b""), _csrf_collect([]))
    assert seen == ["websocket", "lifespan"]


def test_csrf_input_in_jinja2_templates(client: ClientFactory, tmp_path: Path) -> None:
    (tmp_path / "form.html").write_text("<form>{{ csrf_input(request) }}</form>")
    templates = Jinja2Templates(directory=tmp_path)
    templates.env.globals["csrf_input"] = csrf_input

    async def form(request: Request) -> Response:
        return templates.TemplateResponse(request, "form.html")

    app = Starlette(routes=[Route("/", form)], middleware=[Middleware(CSRFMiddleware, secret="s")])
    response = client(app).get("/")
    token = response.cookies["csrftoken"]
    assert response.text == f'<form><input type="hidden" name="csrftoken" value="{token}"></form>'


def test_csrf_helpers_need_the_middleware() -> None:
    request = Request({"type": "http", "method": "GET", "path": "/", "headers": []})
    with pytest.raises(RuntimeError, match="needs CSRFMiddleware"):
        csrf_token(request)
    with pytest.raises(RuntimeError, match="needs CSRFMiddleware"):
        csrf_input(request)


# =============================================================================
# extra: request id: RequestIDMiddleware, RequestIDFilter, request_id_var
# =============================================================================


def _reqid_app(seen: dict[str, Any], **options: Any) -> Starlette:
    def in_thread() -> str | None:
        return request_id_var.get()

    async def after() -> None:
        seen["background"] = request_id_var.get()

    async def endpoint(request: Request) -> PlainTextResponse:
        seen["endpoint"] = request_id_var.get()
        seen["state"] = request.state.request_id
        seen["thread"] = await run_in_threadpool(in_thread)
        return PlainTextResponse("ok", background=BackgroundTask(after))

    def sync_endpoint(request: Request) -> PlainTextResponse:  # runs in the thread pool
        seen["sync"] = request_id_var.get()
        return PlainTextResponse("sync")

    async def boom(request: Request) -> Response:
        raise RuntimeError("boom")

    async def ws(websocket: WebSocket) -> None:
        await websocket.accept()
        await websocket.send_text(request_id_var.get() or "")
        await websocket.close()

    routes = [Route("/", endpoint), Route("/sync", sync_endpoint), Route("/boom", boom)]
    return Starlette(
        routes=[*routes, WebSocketRoute("/ws", ws)],
        middleware=[Middleware(RequestIDMiddleware, **options)],
    )


def test_request_id_is_made_and_seen_everywhere(client: ClientFactory) -> None:
    seen: dict[str, Any] = {}
    http = client(_reqid_app(seen))
    response = http.get("/")
    request_id = response.headers["x-request-id"]
    assert re.fullmatch(r"[0-9a-f]{32}", request_id)
    assert seen == dict.fromkeys(("endpoint", "state", "thread", "background"), request_id)
    assert http.get("/sync").headers["x-request-id"] == seen["sync"]
    assert http.get("/").headers["x-request-id"] != request_id  # one per request
    assert request_id_var.get() is None  # nothing leaks out of the request


def test_request_id_valid_incoming_ids_are_kept(client: ClientFactory) -> None:
    seen: dict[str, Any] = {}
    http = client(_reqid_app(seen))
    for sent in ("abc-123", "4bf92f3577b34da6a3ce929d0e0e4736", "a" * 128, "trace:1/2+3=4@x.y_z"):
        response = http.get("/", headers={"X-Request-ID": sent})
        assert response.headers["x-request-id"] == seen["endpoint"] == sent


@pytest.mark.anyio
@pytest.mark.parametrize(
    "sent",
    [
        b"x" * 10_000,
        b"a" * 129,
        b"abc\r\nSet-Cookie: evil=1",
        b"abc\ndef",
        b"",
        b"has space",
        b"\xff",
    ],
    ids=["10000 chars", "129 chars", "crlf", "lf", "empty", "space", "not ascii"],
)
async def test_request_id_bad_incoming_ids_are_replaced(sent: bytes) -> None:
    seen: dict[str, Any] = {}
    app = _reqid_app(seen)
    scope = _requests_scope(headers=[(b"x-request-id", sent)])
    messages: list[Message] = []

    async def send(message: Message) -> None:
        messages.append(message)

    await app(scope, _requests_body(b""), send)
    echoed = dict(messages[0]["headers"])[b"x-request-id"].decode()
    assert echoed == seen["endpoint"] and re.fullmatch(r"[0-9a-f]{32}", echoed)


def test_request_id_custom_header_replaces_the_apps_own(client: ClientFactory) -> None:
    async def endpoint(request: Request) -> PlainTextResponse:
        return PlainTextResponse("ok", headers={"Correlation-ID": "from the app"})

    app = Starlette(
        routes=[Route("/", endpoint)],
        middleware=[Middleware(RequestIDMiddleware, header_name="Correlation-ID")],
    )
    response = client(app).get("/", headers={"correlation-id": "abc"})
    assert response.headers.get_list("correlation-id") == ["abc"]
    assert "x-request-id" not in response.headers


def test_request_id_filter_and_access_log(
    client: ClientFactory, caplog: pytest.LogCaptureFixture
) -> None:
    seen: dict[str, Any] = {}
    logger = logging.getLogger("test.request_id")
    log_filter = RequestIDFilter()
    app = _reqid_app(seen, access_log=True)
    caplog.set_level(logging.INFO)
    caplog.handler.addFilter(log_filter)
    try:
        http = client(app, raise_server_exceptions=False)
        http.get("/", headers={"x-request-id": "req-1"})
        assert http.get("/boom", headers={"x-request-id": "req-2"}).status_code == 500
        logger.info("outside")
    finally:
        caplog.handler.removeFilter(log_filter)
    access = [r for r in caplog.records if r.name == "starlette.access"]
    assert [r.getMessage().split() for r in access] == [
        ["GET", "/", "200", access[0].getMessage().split()[3], "id=req-1"],
        ["GET", "/boom", "500", access[1].getMessage().split()[3], "id=req-2"],
    ]
    assert all(re.fullmatch(r"\d+\.\dms", r.getMessage().split()[3]) for r in access)
    assert [r.request_id for r in access] == ["req-1", "req-2"]  # type: ignore[attr-defined]
    outside = [r for r in caplog.records if r.getMessage() == "outside"]
    assert outside[0].request_id == "-"  # type: ignore[attr-defined]
    assert isinstance(log_filter, logging.Filter)


def test_request_id_custom_logger_and_websockets(
    client: ClientFactory, caplog: pytest.LogCaptureFixture
) -> None:
    seen: dict[str, Any] = {}
    app = _reqid_app(seen, access_log=True, logger=logging.getLogger("test.access"))
    caplog.set_level(logging.INFO)
    http = client(app)
    with http.websocket_connect("/ws", headers={"x-request-id": "ws-1"}) as websocket:
        assert websocket.receive_text() == "ws-1"
    http.get("/")
    assert [r.name for r in caplog.records if "id=" in r.getMessage()] == ["test.access"]


@pytest.mark.anyio
async def test_request_id_stays_set_for_the_servers_error_log() -> None:
    # A server logs an app's exception after the app returns, in the same
    # context: the id must still be there for that log line.
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        raise RuntimeError("boom")

    scope = {"type": "http", "method": "GET", "path": "/", "headers": [(b"x-request-id", b"r-9")]}
    with pytest.raises(RuntimeError):
        await RequestIDMiddleware(app)(scope, _requests_body(b""), _csrf_collect([]))
    assert request_id_var.get() == "r-9"


@pytest.mark.anyio
async def test_request_id_lifespan_passes_through() -> None:
    seen: list[str] = []

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        seen.append(scope["type"])
        assert request_id_var.get() is None

    await RequestIDMiddleware(app)({"type": "lifespan"}, _requests_body(b""), _csrf_collect([]))
    assert seen == ["lifespan"]


# =============================================================================
# extra: graphql: GraphQLApp (graphql-core, lazy)
# =============================================================================


def _graphql_schema(done: list[str] | None = None) -> Any:
    """Query { hello(name), slow (async), fail, node { value child {...} } },
    Mutation { remember(text) } (adds a background task), Subscription { ticks }."""
    import graphql

    node = graphql.GraphQLObjectType(
        "Node",
        lambda: {
            "value": graphql.GraphQLField(graphql.GraphQLInt, resolve=lambda obj, info: obj),
            "child": graphql.GraphQLField(node, resolve=lambda obj, info: obj + 1),
        },
    )

    async def slow(obj: Any, info: Any) -> str:
        await anyio.lowlevel.checkpoint()
        return "slow and " + str(info.context["request"].method)

    def fail(obj: Any, info: Any) -> str:
        raise ValueError("resolver failed")

    def remember(obj: Any, info: Any, text: str) -> str:
        info.context["background"].add_task((done if done is not None else []).append, text)
        return text

    async def ticks(obj: Any, info: Any) -> AsyncIterator[int]:  # pragma: no cover - refused
        yield 1

    string = graphql.GraphQLString
    query = graphql.GraphQLObjectType(
        "Query",
        {
            "hello": graphql.GraphQLField(
                string,
                args={"name": graphql.GraphQLArgument(string, default_value="world")},
                resolve=lambda obj, info, name: f"Hello {name}",
            ),
            "slow": graphql.GraphQLField(string, resolve=slow),
            "fail": graphql.GraphQLField(string, resolve=fail),
            "node": graphql.GraphQLField(node, resolve=lambda obj, info: 0),
        },
    )
    mutation = graphql.GraphQLObjectType(
        "Mutation",
        {
            "remember": graphql.GraphQLField(
                string,
                args={"text": graphql.GraphQLArgument(graphql.GraphQLNonNull(string))},
                resolve=remember,
            )
        },
    )
    subscription = graphql.GraphQLObjectType(
        "Subscription",
        {
            "ticks": graphql.GraphQLField(
                graphql.GraphQLInt, subscribe=ticks, resolve=lambda v, i: v
            )
        },
    )
    return graphql.GraphQLSchema(query, mutation, subscription=subscription)


def _graphql_client(
    client: ClientFactory, done: list[str] | None = None, **options: Any
) -> TestClient:
    app = Starlette(routes=[Mount("/graphql", GraphQLApp(_graphql_schema(done), **options))])
    return client(app, base_url="http://testserver/graphql/")


_GRAPHQL_JSON = {"accept": "application/json"}
_GRAPHQL_NEW = {"accept": "application/graphql-response+json"}


def test_graphql_get_and_post_forms(client: ClientFactory) -> None:
    http = _graphql_client(client)
    expected = {"data": {"hello": "Hello ada"}}
    variables = json.dumps({"n": "ada"})
    query = "query Q($n: String) { hello(name: $n) }"
    response = http.get("", params={"query": query, "variables": variables})
    assert (response.status_code, response.json()) == (200, expected)
    assert response.headers["content-type"] == "application/json"
    body = {"query": query, "variables": {"n": "ada"}, "operationName": "Q"}
    assert http.post("", json=body).json() == expected
    graphql_body = http.post(
        "", content=b'{ hello(name: "ada") }', headers={"content-type": "application/graphql"}
    )
    assert graphql_body.json() == expected
    form = {"query": query, "variables": variables}
    assert http.post("", data=form).json() == expected
    multipart = http.post("", data=form, files={"ignored": ("a.txt", b"x", "text/plain")})
    assert multipart.json() == expected


def test_graphql_operation_names_async_resolvers_and_field_errors(client: ClientFactory) -> None:
    http = _graphql_client(client)
    document = "query A { hello } query B { slow }"
    assert http.post("", json={"query": document, "operationName": "B"}).json() == {
        "data": {"slow": "slow and POST"}
    }
    ambiguous = http.post("", json={"query": document})
    assert (
        ambiguous.status_code == 200
        and "operation name" in ambiguous.json()["errors"][0]["message"]
    )
    failed = http.post("", json={"query": "{ hello fail }"}, headers=_GRAPHQL_NEW)
    assert failed.status_code == 200  # partial data: a 200 whatever the media type
    payload = failed.json()
    assert payload["data"] == {"hello": "Hello world", "fail": None}
    assert payload["errors"][0]["message"] == "resolver failed"
    assert failed.headers["content-type"] == "application/graphql-response+json"


def test_graphql_mutations_run_background_tasks_after_the_response(client: ClientFactory) -> None:
    done: list[str] = []
    http = _graphql_client(client, done)
    response = http.post("", json={"query": 'mutation { remember(text: "milk") }'})
    assert response.json() == {"data": {"remember": "milk"}}
    assert done == ["milk"]
    refused = http.get("", params={"query": 'mutation { remember(text: "eggs") }'})
    assert (refused.status_code, refused.headers["allow"]) == (405, "POST")
    assert refused.json() == {"errors": [{"message": "Mutations need POST."}]}
    assert done == ["milk"]


@pytest.mark.parametrize(
    ("query", "needle"),
    [
        ("{ hello ", "Syntax Error"),
        ('{ hello(name: "unterminated) }', "Unterminated string"),
        ("{ nope }", "Cannot query field 'nope'"),
        ("query Q($n: String!) { hello(name: $n) }", "Variable '$n' "),
        ("query A { hello } query B { hello }", "operation name"),
    ],
    ids=["syntax", "lexer", "validation", "variables", "which operation"],
)
def test_graphql_request_errors_follow_the_accept_header(
    client: ClientFactory, query: str, needle: str
) -> None:
    http = _graphql_client(client)
    legacy = http.post("", json={"query": query}, headers=_GRAPHQL_JSON)
    assert legacy.status_code == 200 and "data" not in legacy.json()
    assert needle in legacy.json()["errors"][0]["message"]
    new = http.post("", json={"query": query}, headers=_GRAPHQL_NEW)
    assert new.status_code == 400 and needle in new.json()["errors"][0]["message"]
    assert new.headers["content-type"] == "application/graphql-response+json"


@pytest.mark.parametrize(
    ("request_", "status", "message"),
    [
        ({"method": "POST", "json": {}}, 400, "The request has no query (a string)."),
        ({"method": "POST", "json": {"query": 42}}, 400, "The request has no query (a string)."),
        ({"method": "POST", "json": {"query": "  "}}, 400, "The request has no query (a string)."),
        ({"method": "POST", "json": ["{ hello }"]}, 400, "The JSON body must be an object."),
        (
            {
                "method": "POST",
                "content": b"{nope",
                "headers": {"content-type": "application/json"},
            },
            400,
            "The body is not valid JSON.",
        ),
        (
            {"method": "POST", "json": {"query": "{ hello }", "variables": [1]}},
            400,
            "The variables must be an object.",
        ),
        (
            {"method": "POST", "json": {"query": "{ hello }", "operationName": 1}},
            400,
            "The operationName must be a string.",
        ),
        (
            {"method": "POST", "data": {"query": "{ hello }", "variables": "{"}},
            400,
            "The variables are not valid JSON.",
        ),
        (
            {"method": "GET", "params": {"query": "{ hello }", "variables": "nope"}},
            400,
            "The variables are not valid JSON.",
        ),
        ({"method": "GET"}, 400, "The request has no query (a string)."),
        (
            {"method": "POST", "content": b"{ hello }", "headers": {"content-type": "text/plain"}},
            415,
            "Send JSON, application/graphql or a form.",
        ),
        ({"method": "PUT", "json": {"query": "{ hello }"}}, 405, "GraphQL takes GET and POST."),
        (
            {"method": "POST", "json": {"query": "subscription { ticks }"}},
            400,
            "Subscriptions are not supported over HTTP.",
        ),
        (
            {"method": "POST", "data": {"query": "{ hello }", "pad": "x" * 2000}},
            413,
            "Request body exceeds 1000 bytes.",
        ),
    ],
)
def test_graphql_malformed_requests_get_a_clear_4xx(
    client: ClientFactory, request_: dict[str, Any], status: int, message: str
) -> None:
    http = _graphql_client(client, max_body_size=1000)
    response = http.request(url="", **request_)
    assert (response.status_code, response.json()) == (status, {"errors": [{"message": message}]})
    if status == 405:
        assert response.headers["allow"] == "GET, POST"


def test_graphql_json_nested_too_deeply(client: ClientFactory) -> None:
    http = _graphql_client(client)
    deep = b"[" * 100_000
    response = http.post("", content=deep, headers={"content-type": "application/json"})
    assert (response.status_code, response.json()["errors"][0]["message"]) == (
        400,
        "The body is not valid JSON.",
    )
    form = {"query": "{ hello }", "variables": deep.decode()}
    response = http.post("", data=form)
    assert (response.status_code, response.json()["errors"][0]["message"]) == (
        400,
        "The variables are not valid JSON.",
    )


def test_graphql_graphiql_for_browsers(client: ClientFactory) -> None:
    html = {"accept": "text/html,application/xhtml+xml,*/*;q=0.8"}
    page = _graphql_client(client).get("", headers=html)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "https://unpkg.com/graphiql" in page.text and "GraphiQL.createFetcher" in page.text
    off = _graphql_client(client, graphiql=False).get("", headers=html)
    assert off.status_code == 400  # no page: an ordinary GET without a query


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("{ node " + "{ child " * 10_000 + "}" * 10_001, "nested too deeply"),
        ("{" + " ".join(f"a{i}: hello" for i in range(100_000)) + "}", "The query is longer than"),
        ("{" + " ".join(f"a{i}: hello" for i in range(2_000)) + "}", "more than 5000 tokens"),
        ("{ node " + "{ child " * 70 + "{ value }" + "}" * 71, "nested too deeply"),
        ("{ hello(name: " + "[" * 100 + "]" * 100 + ") }", "nested too deeply"),
        ("{ node " + "{ child " * 20 + "{ value }" + "}" * 21, "more than 15 fields deep"),
    ],
    ids=["10000 deep", "100000 aliases", "tokens", "lexical nesting", "list nesting", "depth"],
)
def test_graphql_hostile_queries_get_400(client: ClientFactory, query: str, message: str) -> None:
    http = _graphql_client(client, max_body_size=10_000_000)
    for accept in (_GRAPHQL_JSON, _GRAPHQL_NEW):
        response = http.post("", json={"query": query}, headers=accept)
        assert response.status_code == 400
        assert message in response.json()["errors"][0]["message"]


def test_graphql_depth_counts_fragments(client: ClientFactory) -> None:
    http = _graphql_client(client, max_depth=4)
    fragments = (
        "fragment Deep on Node { child { child { value } } } "
        "fragment Twice on Node { ...Deep ...Deep ... on Node { value } } "
    )
    shallow = "{ node { ...Twice } } " + fragments
    assert http.post("", json={"query": shallow}).json() == {
        "data": {"node": {"child": {"child": {"value": 2}}, "value": 0}}
    }
    deep = "{ node { child { ...Twice } } } " + fragments
    assert http.post("", json={"query": deep}).status_code == 400
    inline = "{ node { ... on Node { child { child { child { child { value } } } } } } }"
    assert "fields deep" in http.post("", json={"query": inline}).json()["errors"][0]["message"]
    # Unknown fragments and cycles are left to validation, which reports them.
    for query in ("{ node { ...Missing } }", "{ node { ...A } } fragment A on Node { ...A }"):
        response = http.post("", json={"query": query})
        assert response.status_code == 200 and "errors" in response.json()


def test_graphql_fragment_chains_cannot_crash_the_server(client: ClientFactory) -> None:
    chain = " ".join(f"fragment F{i} on Node {{ ...F{i + 1} }}" for i in range(3000))
    query = "{ node { ...F0 } } " + chain + " fragment F3000 on Node { value }"
    http = _graphql_client(
        client, max_tokens=100_000, max_query_length=1_000_000, max_body_size=10_000_000
    )
    response = http.post("", json={"query": query})
    assert (response.status_code, response.json()) == (
        400,
        {"errors": [{"message": "The query is too complex."}]},
    )


@pytest.mark.anyio
async def test_graphql_other_scopes() -> None:
    app = GraphQLApp(_graphql_schema())
    sent: list[Message] = []
    receive = _requests_receiver({"type": "websocket.connect"})
    await app({"type": "websocket", "path": "/", "headers": []}, receive, _csrf_collect(sent))
    assert sent[0]["type"] == "websocket.close"
    await app({"type": "lifespan"}, receive, _csrf_collect(sent))  # returns: no lifespan
    assert len(sent) == 1


# =============================================================================
# extra: async test client: AsyncTestClient (httpx), lifespan and websockets on your loop
# =============================================================================

AsyncTestClient: Any = importlib.import_module("starlette").AsyncTestClient


def _async_app(events: list[str]) -> Starlette:
    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[dict[str, Any]]:
        events.append("startup")
        yield {"greeting": "hello"}
        events.append("shutdown")

    app = Starlette(lifespan=lifespan)

    @app.post("/echo/{name}")
    async def echo(request: Request) -> dict[str, Any]:
        events.append("request")
        return {
            "name": request.path_params["name"],
            "greeting": request.state.greeting,
            "body": (await request.body()).decode(),
            "query": request.query_params["q"],
            "header": request.headers["x-test"],
            "url": str(request.url),
            "client": list(request.client or ()),
            "root_path": request.scope["root_path"],
        }

    return app


@pytest.mark.anyio
async def test_async_test_client_runs_the_lifespan_around_requests() -> None:
    events: list[str] = []
    async with AsyncTestClient(_async_app(events), root_path="/app") as client:
        assert events == ["startup"] and client.app_state == {"greeting": "hello"}
        assert isinstance(client, httpx.AsyncClient)
        response = await client.post(
            "/echo/a%20b?q=1", content=b"payload", headers={"X-Test": "yes"}
        )
        assert events == ["startup", "request"]
    assert events == ["startup", "request", "shutdown"]
    assert response.json() == {
        "name": "a b",
        "greeting": "hello",
        "body": "payload",
        "query": "1",
        "header": "yes",
        "url": "http://testserver/echo/a b?q=1",  # as the TestClient gives it
        "client": ["testclient", 50000],
        "root_path": "/app",
    }


@pytest.mark.anyio
async def test_async_test_client_https_base_url_and_cookies() -> None:
    async def endpoint(request: Request) -> Response:
        response = JSONResponse({"server": list(request.scope["server"]), **request.cookies})
        response.set_cookie("seen", "1")
        return response

    app = Starlette(routes=[Route("/", endpoint)])
    async with AsyncTestClient(app, base_url="https://example.org") as client:
        assert (await client.get("/")).json() == {"server": ["example.org", 443]}
        assert (await client.get("/")).json() == {"server": ["example.org", 443], "seen": "1"}


@pytest.mark.anyio
async def test_async_test_client_head_and_template_responses(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text("Hello, {{ name }}!")
    templates = Jinja2Templates(directory=tmp_path)

    async def page(request: Request) -> Response:
        return templates.TemplateResponse(request, "page.html", {"name": "Ada"})

    app = Starlette(routes=[Route("/", page)])
    async with AsyncTestClient(app) as client:
        response = await client.get("/")
        assert response.text == "Hello, Ada!"
        assert response.template.name == "page.html"  # as the TestClient reports
        assert response.context["name"] == "Ada"
        head = await client.head("/")
        assert head.content == b"" and head.headers["content-length"] == "11"


@pytest.mark.anyio
async def test_async_test_client_app_errors() -> None:
    async def boom(request: Request) -> Response:
        raise ValueError("boom")

    async def silent(scope: Scope, receive: Receive, send: Send) -> None:
        pass  # no response at all

    async def silent_failure(scope: Scope, receive: Receive, send: Send) -> None:
        raise KeyError("before any response")

    app = Starlette(routes=[Route("/boom", boom), Mount("/silent", silent)])
    app.mount("/fails", silent_failure)
    async with AsyncTestClient(app) as client:
        with pytest.raises(ValueError, match="boom"):
            await client.get("/boom")
        with pytest.raises(AssertionError, match="did not receive any response"):
            await client.get("/silent")
        with pytest.raises(KeyError, match="before any response"):
            await client.get("/fails")
    async with AsyncTestClient(app, raise_server_exceptions=False) as client:
        assert (await client.get("/boom")).status_code == 500
        assert (await client.get("/silent")).status_code == 500
        assert (await client.get("/fails")).status_code == 500


@pytest.mark.anyio
async def test_async_test_client_ignores_messages_it_does_not_know() -> None:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return  # no lifespan support: the client carries on without one
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.trailers", "headers": []})  # an extension
        await send({"type": "http.response.body", "body": b"done"})

    async with AsyncTestClient(app) as client:
        assert (await client.get("/")).text == "done"


@pytest.mark.anyio
async def test_async_test_client_needs_async_with() -> None:
    client = AsyncTestClient(Starlette())
    with pytest.raises(RuntimeError, match="async with AsyncTestClient"):
        await client.get("/")
    await client.aclose()


@pytest.mark.anyio
async def test_async_test_client_waits_for_background_tasks() -> None:
    done: list[str] = []

    async def later() -> None:
        await anyio.sleep(0)
        done.append("background")

    async def endpoint(request: Request) -> Response:
        return PlainTextResponse("ok", background=BackgroundTask(later))

    async with AsyncTestClient(Starlette(routes=[Route("/", endpoint)])) as client:
        assert (await client.get("/")).text == "ok"
        assert done == ["background"]


@pytest.mark.anyio
async def test_async_test_client_streams_and_cancels_a_response_left_early() -> None:
    closed = anyio.Event()

    async def ticks() -> AsyncIterator[str]:
        try:
            n = 0
            while True:
                n += 1
                yield str(n)
        finally:
            closed.set()

    async def three() -> AsyncIterator[str]:
        for word in ("a", "b", "c"):
            yield word

    app = _sse_app(ticks)
    app.router.routes.append(Route("/three", lambda request: EventSourceResponse(three())))
    async with AsyncTestClient(app) as client:
        async with client.stream("GET", "/three") as response:
            lines = [line async for line in response.aiter_lines()]
        assert [event.data for event in parse_event_stream(lines)] == ["a", "b", "c"]
        response = await client.send(client.build_request("GET", "/events"), stream=True)
        assert response.headers["content-type"] == "text/event-stream; charset=utf-8"
        await response.aclose()  # the client leaves mid-stream: the app is cancelled
        assert closed.is_set()


@pytest.mark.anyio
async def test_async_test_client_unread_stream_is_cancelled_on_exit() -> None:
    closed = anyio.Event()

    async def forever() -> AsyncIterator[str]:
        try:
            yield "first"
            await anyio.sleep_forever()
        finally:
            closed.set()

    async with AsyncTestClient(_sse_app(forever)) as client:
        request = client.build_request("GET", "/events")
        response = await client.send(request, stream=True)
        assert response.status_code == 200
    assert closed.is_set()  # leaving the client cancelled the open response


@pytest.mark.anyio
async def test_async_test_client_lifespan_failures() -> None:
    @contextlib.asynccontextmanager
    async def failing(app: Starlette) -> AsyncIterator[None]:
        raise RuntimeError("no database")
        yield  # pragma: no cover - never reached

    with pytest.raises(RuntimeError, match="no database"):
        async with AsyncTestClient(Starlette(lifespan=failing)):
            pass  # pragma: no cover - startup fails

    async def refuses(scope: Scope, receive: Receive, send: Send) -> None:
        await receive()
        await send({"type": "lifespan.startup.failed", "message": "not today"})

    with pytest.raises(RuntimeError, match="not today"):
        async with AsyncTestClient(refuses):
            pass  # pragma: no cover - startup fails

    async def no_lifespan(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            await PlainTextResponse("fine")(scope, receive, send)

    async with AsyncTestClient(no_lifespan) as client:  # returning at once is fine
        assert (await client.get("/")).text == "fine"


def _async_ws_app(handler: _WsHandler) -> Starlette:
    return Starlette(routes=[WebSocketRoute("/ws", handler)])


@pytest.mark.anyio
async def test_async_test_client_websocket_session() -> None:
    async def handler(websocket: WebSocket) -> None:
        await websocket.accept(subprotocol="chat", headers=[(b"x-hello", b"1")])
        assert websocket.url.scheme == "ws" and websocket.scope["subprotocols"] == ["chat"]
        await websocket.send_text((await websocket.receive_text()).upper())
        await websocket.send_bytes((await websocket.receive_bytes())[::-1])
        await websocket.send_json({"got": await websocket.receive_json()})
        await websocket.send_json(await websocket.receive_json(mode="binary"), mode="binary")
        await websocket.close(1001, "bye")

    async with AsyncTestClient(_async_ws_app(handler)) as client:
        async with client.websocket_connect("/ws", subprotocols=["chat"]) as ws:
            assert ws.accepted_subprotocol == "chat"
            assert ws.extra_headers == [(b"x-hello", b"1")]
            await ws.send_text("hi")
            assert await ws.receive_text() == "HI"
            await ws.send_bytes(b"abc")
            assert await ws.receive_bytes() == b"cba"
            await ws.send_json([1, 2])
            assert await ws.receive_json() == {"got": [1, 2]}
            await ws.send_json({"b": True}, mode="binary")
            assert await ws.receive_json(mode="binary") == {"b": True}
            with pytest.raises(WebSocketDisconnect) as info:
                await ws.receive_text()
            assert (info.value.code, info.value.reason) == (1001, "bye")


@pytest.mark.anyio
async def test_async_test_client_websocket_client_close_and_leaving() -> None:
    seen: list[Any] = []

    async def handler(websocket: WebSocket) -> None:
        await websocket.accept()
        try:
            while True:
                await websocket.receive_text()
        except WebSocketDisconnect as exc:
            seen.append(exc.code)

    async with AsyncTestClient(_async_ws_app(handler)) as client:
        async with client.websocket_connect("/ws") as ws:
            await ws.close(4000)
        async with client.websocket_connect("/ws"):
            pass  # leaving disconnects with 1000
    assert seen == [4000, 1000]


@pytest.mark.anyio
async def test_async_test_client_websocket_refusals() -> None:
    async def closes(websocket: WebSocket) -> None:
        await websocket.close(code=WS_1008_POLICY_VIOLATION, reason="no")

    async def denies(websocket: WebSocket) -> None:
        await websocket.send_denial_response(Response("go away", 403))

    async with AsyncTestClient(Starlette()) as client:
        client.app.router.routes += [WebSocketRoute("/closes", closes)]
        client.app.router.routes += [WebSocketRoute("/denies", denies)]
        with pytest.raises(WebSocketDisconnect) as info:
            async with client.websocket_connect("/closes"):
                pass  # pragma: no cover - refused
        assert (info.value.code, info.value.reason) == (WS_1008_POLICY_VIOLATION, "no")
        with pytest.raises(WebSocketDenialResponse) as denial:
            async with client.websocket_connect("/denies"):
                pass  # pragma: no cover - refused
        assert (denial.value.status_code, denial.value.content) == (403, b"go away")


@pytest.mark.anyio
async def test_async_test_client_websocket_app_failures() -> None:
    async def fails_later(websocket: WebSocket) -> None:
        await websocket.accept()
        await websocket.receive_text()
        raise ValueError("app failed")

    async def returns(websocket: WebSocket) -> None:
        await websocket.accept()

    async def sends_text(websocket: WebSocket) -> None:
        await websocket.accept()
        await websocket.send_text("text")
        await anyio.sleep_forever()  # ignores the disconnect: cancelled after a few turns

    app = Starlette(
        routes=[
            WebSocketRoute("/fails", fails_later),
            WebSocketRoute("/returns", returns),
            WebSocketRoute("/text", sends_text),
        ]
    )
    async with AsyncTestClient(app) as client:
        with pytest.raises(ValueError, match="app failed"):  # raised on leaving
            async with client.websocket_connect("/fails") as ws:
                await ws.send_text("go")
        async with client.websocket_connect("/fails") as ws:  # raised by receive
            await ws.send_text("go")
            with pytest.raises(ValueError, match="app failed"):
                await ws.receive_text()
        async with client.websocket_connect("/returns") as ws:
            with pytest.raises(WebSocketDisconnect) as info:
                await ws.receive()
            assert info.value.code == 1006
        async with client.websocket_connect("/text") as ws:
            with pytest.raises(AssertionError, match="Expected a bytes message"):
                await ws.receive_bytes()


def test_async_test_client_is_built_on_first_use(monkeypatch: pytest.MonkeyPatch) -> None:
    assert starlette._testclient_attr("AsyncTestClient") is AsyncTestClient
    with pytest.raises(AttributeError, match="has no attribute 'Nope'"):
        starlette._testclient_attr("Nope")
    monkeypatch.delitem(vars(starlette), "AsyncTestClient")
    monkeypatch.setitem(sys.modules, "httpx", None)
    with pytest.raises(ModuleNotFoundError, match="AsyncTestClient needs .*pip install httpx"):
        starlette._testclient_attr("AsyncTestClient")


# =============================================================================
# submodule aliases: one namespace, many doors
# =============================================================================

# Public names deliberately served by no Starlette path: the extras Starlette
# lacks live only on `starlette` itself (STYLE.md section 1).
_ALIASES_EXTRAS = frozenset(
    {"BackgroundServer", "CSRFMiddleware", "GraphQLApp", "RequestIDFilter", "RequestIDMiddleware"}
    | {"csrf_input", "csrf_token", "request_id_var", "DevServer"}
    | {"AsyncWebSocketTestSession", "EventSourceResponse", "ServerSentEvent", "parse_event_stream"}
)


def _aliases_defined_names() -> set[str]:
    """Public names starlette.py binds at top level itself (not by importing them)."""
    tree = ast.parse(Path(starlette.__file__).read_text())
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            names.add(node.name)
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names.update(t.id for t in targets if isinstance(t, ast.Name))
    return {name for name in names if not name.startswith("_")}


def _aliases_view(dotted: str) -> Any:
    return importlib.import_module(f"starlette.{dotted}")


@contextlib.contextmanager
def _aliases_unfetched(dotted: str, name: str) -> Iterator[Any]:
    """The view as it is before its first access to a lazily served `name`."""
    view, missing = _aliases_view(dotted), object()
    saved = vars(view).pop(name, missing)
    pending = starlette._PENDING[view.__name__]
    was_pending = name in pending
    pending.add(name)
    try:
        yield view
    finally:
        vars(view).pop(name, None)
        if saved is not missing:
            vars(view)[name] = saved
        (pending.add if was_pending else pending.discard)(name)


@pytest.mark.parametrize("dotted", list(starlette._SUBMODULES))
def test_aliases_view_holds_the_same_objects(dotted: str) -> None:
    view = _aliases_view(dotted)
    assert view.__name__ == f"starlette.{dotted}"
    assert sys.modules[f"starlette.{dotted}"] is view
    exported, imported = starlette._SUBMODULES[dotted]
    for name in exported + imported:
        if name in starlette._IMPORTED:  # a module this namespace binds otherwise
            assert getattr(view, name) is importlib.import_module(starlette._IMPORTED[name])
        elif name not in starlette._DEFERRED:
            assert getattr(view, name) is getattr(starlette, name), name
    assert view.__all__ == [n for n in exported if not n.startswith("_")]
    # The parent package carries the child, so `from starlette.middleware import cors` works.
    parent, _, child = view.__name__.rpartition(".")
    assert getattr(sys.modules[parent], child) is view


def test_aliases_views_serve_what_starlette_modules_import() -> None:
    # Add-ons import the ASGI aliases from the module they extend.
    namespace: dict[str, Any] = {}
    exec("from starlette.middleware.base import ASGIApp, Message, Receive, Scope, Send", namespace)
    assert namespace["ASGIApp"] is starlette.ASGIApp and namespace["Send"] is starlette.Send
    assert _aliases_view("requests").StateT is starlette.StateT
    assert _aliases_view("routing").types is importlib.import_module("types")
    assert _aliases_view("routing").contextlib is contextlib
    assert _aliases_view("endpoints").status is _aliases_view("status")
    assert _aliases_view("requests").http_cookies is http.cookies
    assert _aliases_view("middleware.sessions").typing is typing
    assert _aliases_view("middleware").errors is _aliases_view("middleware.errors")
    # Patching through the path patches the module it names.
    with mock.patch("starlette.responses.json.dumps", return_value="patched") as dumps:
        assert json.dumps([1]) == "patched"
    assert dumps.call_count == 1 and json.dumps([1]) == "[1]"


def test_aliases_optional_packages_are_imported_on_first_access(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with _aliases_unfetched("templating", "jinja2") as templating:
        assert "jinja2" not in vars(templating)
        assert templating.jinja2 is jinja2
        assert vars(templating)["jinja2"] is jinja2
    with _aliases_unfetched("testclient", "httpx") as testclient:
        monkeypatch.setitem(sys.modules, "httpx2", None)  # not installed: httpx serves
        assert testclient.httpx is httpx
    # Not installed: served as None, as Starlette's own templating module does.
    monkeypatch.setitem(sys.modules, "yaml", None)
    with _aliases_unfetched("schemas", "yaml") as schemas:
        assert schemas.yaml is None


def test_aliases_import_of_starlette_imports_no_optional_package() -> None:
    code = "import starlette, sys; print(sorted(m for m in sys.modules if m in {!r}))"
    deferred = {
        m for name, ms in starlette._DEFERRED.items() if name != "hashlib" for m in ms.split()
    }
    out = subprocess.run(
        [sys.executable, "-c", code.format(deferred)], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


def test_aliases_unknown_names_raise_attribute_error() -> None:
    routing = _aliases_view("routing")
    with pytest.raises(AttributeError, match="has no attribute 'Nope'"):
        routing.Nope  # noqa: B018
    with pytest.raises(ImportError):
        exec("from starlette.routing import Nope", {})
    # Each view is a package with no files: it has no submodules to find.
    with pytest.raises(ModuleNotFoundError):
        importlib.import_module("starlette.routing.nope")
    with pytest.raises(AttributeError, match="has no attribute 'Nope'"):
        _aliases_view("templating").Nope  # noqa: B018
    with pytest.raises(AttributeError, match="has no attribute 'Nope'"):
        delattr(starlette, "Nope")


def _aliases_served_lazily(name: str) -> bool:
    """True if some view answers `name` through its __getattr__ (a deprecated alias)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for dotted in starlette._SUBMODULES:
            with contextlib.suppress(AttributeError):
                getattr(_aliases_view(dotted), name)
                return True
    return False


def test_aliases_every_public_object_has_a_starlette_path() -> None:
    served = {name for names, _ in starlette._SUBMODULES.values() for name in names}
    missing = []
    for name in sorted(_aliases_defined_names() - served - _ALIASES_EXTRAS):
        # Type variables are typing plumbing (Starlette's are module-private too).
        if isinstance(getattr(starlette, name), TypeVar | ParamSpec):
            continue
        if not _aliases_served_lazily(name):
            missing.append(name)
    assert missing == [], "public names no Starlette path serves"
    assert _ALIASES_EXTRAS <= _aliases_defined_names()  # the extras exist...
    assert not _ALIASES_EXTRAS & served  # ...and have no made-up Starlette path
    public = {
        name
        for dotted, (names, _) in starlette._SUBMODULES.items()
        if not dotted.startswith("_")
        for name in names
        if not name.startswith("_")
    }
    # Star-import skips the lazily built TestClient names and imported modules,
    # and exports the extras (AsyncTestClient aside: it needs httpx too).
    assert set(starlette._EXTRAS) == _ALIASES_EXTRAS
    assert starlette.__all__ == sorted((public - starlette._LAZY_NAMES) | _ALIASES_EXTRAS)
    assert "json" not in starlette.__all__ and "annotations" not in starlette.__all__


def test_aliases_star_import_of_a_view() -> None:
    namespace: dict[str, Any] = {}
    exec("from starlette.responses import *", namespace)
    assert namespace["JSONResponse"] is starlette.JSONResponse
    assert not any(name.startswith("_") for name in namespace if name != "__builtins__")
    assert "json" not in namespace  # imported for its own use: served, not exported


def test_aliases_mock_patch_through_a_view_changes_what_the_code_uses(
    client: ClientFactory,
) -> None:
    created: list[SpooledTemporaryFile[bytes]] = []

    def recording_spool(*args: Any, **kwargs: Any) -> SpooledTemporaryFile[bytes]:
        spool = SpooledTemporaryFile[bytes](*args, **kwargs)
        created.append(spool)
        return spool

    async def upload(request: Request) -> PlainTextResponse:
        async with request.form() as form:
            upload = form["file"]
            assert not isinstance(upload, str)
            return PlainTextResponse((await upload.read()).decode())

    app = Starlette(routes=[Route("/", upload, methods=["POST"])])
    original = vars(starlette)["SpooledTemporaryFile"]
    with mock.patch("starlette.formparsers.SpooledTemporaryFile", recording_spool):
        assert vars(starlette)["SpooledTemporaryFile"] is recording_spool
        response = client(app).post("/", files={"file": ("a.txt", b"spooled", "text/plain")})
    assert response.text == "spooled"
    assert len(created) == 1
    # Leaving the patch restores both the view and the namespace behind it.
    assert vars(starlette)["SpooledTemporaryFile"] is original
    assert _aliases_view("formparsers").SpooledTemporaryFile is original


def test_aliases_mock_patch_through_the_root_reaches_every_view(client: ClientFactory) -> None:
    async def hello(request: Request) -> PlainTextResponse:
        return PlainTextResponse("hello")

    app = Starlette(routes=[Route("/", hello)])
    original = starlette.run_in_threadpool
    views = [_aliases_view(d) for d in ("concurrency", "routing", "endpoints", "background")]
    with mock.patch("starlette.run_in_threadpool") as patched:
        assert all(view.run_in_threadpool is patched for view in views)
        assert "run_in_threadpool" not in vars(_aliases_view("responses"))  # serves no such name
    assert client(app).get("/").text == "hello"
    # Restored exactly, in the namespace and in each view's own __dict__.
    assert vars(starlette)["run_in_threadpool"] is original
    assert all(vars(view)["run_in_threadpool"] is original for view in views)


def test_aliases_monkeypatch_a_view_attribute(
    client: ClientFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []

    async def tracing_iterate(iterator: Iterable[str]) -> AsyncIterator[str]:
        for chunk in iterator:
            seen.append(chunk)
            yield chunk

    responses = _aliases_view("responses")
    monkeypatch.setattr(responses, "iterate_in_threadpool", tracing_iterate)
    assert starlette.iterate_in_threadpool is tracing_iterate
    assert _aliases_view("concurrency").iterate_in_threadpool is tracing_iterate

    async def stream(request: Request) -> StreamingResponse:
        return StreamingResponse(iter(["a", "b"]))  # a sync iterator goes through the patch

    response = client(Starlette(routes=[Route("/", stream)])).get("/")
    assert response.text == "ab" and seen == ["a", "b"]


def test_aliases_a_write_to_the_root_reaches_the_views(monkeypatch: pytest.MonkeyPatch) -> None:
    original = starlette.Route
    routing, schemas = _aliases_view("routing"), _aliases_view("schemas")
    monkeypatch.setattr(starlette, "Route", "replaced")
    assert routing.Route == schemas.Route == "replaced"
    exec("from starlette.routing import Route; assert Route == 'replaced'", {})
    monkeypatch.undo()
    assert routing.Route is schemas.Route is starlette.Route is original


def test_aliases_delattr_through_a_view_removes_the_name(monkeypatch: pytest.MonkeyPatch) -> None:
    view = _aliases_view("responses")
    original = starlette.iterate_in_threadpool
    monkeypatch.delattr(view, "iterate_in_threadpool")
    assert not hasattr(starlette, "iterate_in_threadpool")
    assert not hasattr(_aliases_view("concurrency"), "iterate_in_threadpool")
    with pytest.raises(AttributeError):
        del view.iterate_in_threadpool
    monkeypatch.undo()
    assert starlette.iterate_in_threadpool is original
    assert view.iterate_in_threadpool is original


def test_aliases_delattr_through_the_root_removes_it_from_every_view(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    original = starlette.WebSocketClose
    monkeypatch.delattr(starlette, "WebSocketClose")
    for dotted in ("websockets", "routing", "staticfiles"):
        assert not hasattr(_aliases_view(dotted), "WebSocketClose")
        with pytest.raises(ImportError):
            exec(f"from starlette.{dotted} import WebSocketClose", {})
    monkeypatch.undo()
    assert _aliases_view("staticfiles").WebSocketClose is original


def test_aliases_a_module_the_namespace_imports_is_shared(client: ClientFactory) -> None:
    calls: list[Any] = []

    class RecordingJSON:
        def loads(self, data: Any) -> Any:
            calls.append(data)
            return json.loads(data)

    async def echo(request: Request) -> PlainTextResponse:
        return PlainTextResponse(repr(await request.json()))

    app = Starlette(routes=[Route("/", echo, methods=["POST"])])
    with mock.patch.object(_aliases_view("responses"), "json", RecordingJSON()) as fake:
        assert vars(starlette)["json"] is fake and _aliases_view("requests").json is fake
        assert client(app).post("/", content=b"[1]").text == "[1]"
    assert len(calls) == 1  # request.json() used the replacement
    assert vars(starlette)["json"] is json and _aliases_view("requests").json is json


def test_aliases_a_views_own_names_stay_on_the_view() -> None:
    routing, endpoints = _aliases_view("routing"), _aliases_view("endpoints")
    # routing's `types` is the stdlib module; starlette.types is the types view.
    with mock.patch.object(routing, "types", "patched"):
        assert vars(starlette)["types"] is _aliases_view("types")
    with mock.patch("starlette.endpoints.status", "patched"):
        assert vars(starlette)["status"] is _aliases_view("status")
    assert endpoints.status is vars(starlette)["status"]
    assert routing.types is importlib.import_module("types")
    # A name Starlette's routing module does not have is the view's own.
    with mock.patch.object(routing, "JSONResponse", "patched", create=True):
        assert starlette.JSONResponse is not routing.JSONResponse
    assert not hasattr(routing, "JSONResponse")


def test_aliases_mock_patch_restores_a_name_served_on_first_access() -> None:
    # mock.patch finds the name missing from the view's __dict__, so on exit it
    # deletes its replacement and sets the original back only if the name is
    # then absent: a name served once must not be fetched again behind its back.
    with _aliases_unfetched("templating", "jinja2") as templating:
        with mock.patch("starlette.templating.jinja2", "patched"):
            assert templating.jinja2 == "patched"
        assert vars(templating)["jinja2"] is jinja2
    with _aliases_unfetched("testclient", "TestClient") as testclient:
        with mock.patch("starlette.testclient.TestClient", "patched"):
            assert vars(starlette)["TestClient"] == "patched"
        assert testclient.TestClient is starlette.TestClient is TestClient
    # Written before any read, then deleted: it stays deleted.
    with _aliases_unfetched("schemas", "yaml") as schemas:
        schemas.yaml = "set before any read"
        del schemas.yaml
        assert not hasattr(schemas, "yaml")


def test_aliases_dunder_set_on_a_view_stays_on_the_view() -> None:
    view = _aliases_view("routing")
    doc = view.__doc__
    try:
        view.__doc__ = "patched"
        assert starlette.__doc__ != "patched"
    finally:
        view.__doc__ = doc


@pytest.fixture
def aliases_vendored(tmp_path: Path) -> Iterator[Path]:
    """A project with this starlette.py vendored as mypkg/_vendor/starlette.py."""
    vendor = tmp_path / "mypkg" / "_vendor"
    vendor.mkdir(parents=True)
    (tmp_path / "mypkg" / "__init__.py").write_text("")
    (vendor / "__init__.py").write_text("")
    (vendor / "starlette.py").write_text(Path(starlette.__file__).read_text())
    # A stand-in for an installed Starlette, which the vendored copy must not touch.
    (tmp_path / "starlette").mkdir()
    (tmp_path / "starlette" / "__init__.py").write_text("INSTALLED = True\n")
    yield tmp_path


def test_aliases_vendored_copy_serves_its_own_paths(aliases_vendored: Path) -> None:
    script = """
import importlib.metadata, sys
from mypkg._vendor.starlette.applications import Starlette
from mypkg._vendor.starlette.responses import PlainTextResponse
from mypkg._vendor.starlette.routing import Route
from mypkg._vendor.starlette.testclient import TestClient
import mypkg._vendor.starlette.middleware.cors as cors

assert "starlette" not in sys.modules, "the vendored copy imported a top-level starlette"
assert "starlette.routing" not in sys.modules
assert Route.__module__ == "mypkg._vendor.starlette", Route.__module__
assert cors.__name__ == "mypkg._vendor.starlette.middleware.cors"
try:
    importlib.metadata.version("starlette")
except importlib.metadata.PackageNotFoundError:
    pass
else:
    raise AssertionError("the vendored copy answered for a starlette distribution")

async def hello(request):
    return PlainTextResponse("vendored")

print(TestClient(Starlette(routes=[Route("/", hello)])).get("/").text)
import starlette
print("installed:", starlette.INSTALLED)
"""
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=aliases_vendored,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(aliases_vendored)},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:2] == ["vendored", "installed: True"]


def test_aliases_importlib_metadata_knows_the_starlette_version() -> None:
    script = """
import importlib.metadata as md
import starlette
print(md.version("starlette"), md.distribution("Starlette").metadata["Name"])
print(md.distribution("starlette").requires)
print([d for d in md.distributions() if (d.metadata["Name"] or "") == "starlette"])
"""
    env = {**os.environ, "PYTHONPATH": str(Path(starlette.__file__).parent)}
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, env=env
    )
    # Answers by name only: a listing of every distribution leaves it out.
    assert out.stdout.split("\n")[:3] == [f"{starlette.__version__} starlette", "None", "[]"]
    assert starlette.__version__ == "1.10.0"


def test_aliases_metadata_finder_answers_for_starlette_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import importlib.metadata

    monkeypatch.setattr(sys, "meta_path", list(sys.meta_path))
    before = list(sys.meta_path)
    starlette._register_metadata("mypkg._vendor.starlette")
    assert sys.meta_path == before
    starlette._register_metadata("starlette")
    finder = sys.meta_path[-1]
    assert finder.find_spec("starlette", None) is None
    context = importlib.metadata.DistributionFinder.Context
    assert finder.find_distributions(context(name="starlette-onefile")) == []  # type: ignore[attr-defined]  # duck-typed finder
    (dist,) = finder.find_distributions(context(name="Starlette"))  # type: ignore[attr-defined]  # duck-typed finder
    assert dist.version == starlette.__version__
    assert dist.read_text("RECORD") is None and dist.files is None
    assert dist.locate_file("starlette.py") == Path(starlette.__file__)


def test_aliases_require_shows_a_broken_install(tmp_path: Path) -> None:
    # A package that is installed but cannot import one of its own dependencies
    # must surface the real error, not a misleading "pip install" hint.
    (tmp_path / "brokenpkg").mkdir()
    (tmp_path / "brokenpkg" / "__init__.py").write_text("import not_a_real_module_xyz\n")
    sys.path.insert(0, str(tmp_path))
    try:
        with pytest.raises(ModuleNotFoundError) as info:
            starlette._require("brokenpkg", needed_by="a test")
        assert info.value.name == "not_a_real_module_xyz"
        assert "pip install" not in str(info.value)
    finally:
        sys.path.remove(str(tmp_path))
        sys.modules.pop("brokenpkg", None)


def test_aliases_star_import_of_starlette_stays_light() -> None:
    code = "from starlette import *; import sys; print('httpx' in sys.modules, 'Route' in dir())"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True"]
    assert "TestClient" not in starlette.__all__
    assert "TestClient" in importlib.import_module("starlette.testclient").__all__


# =============================================================================
# optional dependencies
# =============================================================================
# `import starlette` needs anyio only. Each optional package is imported when a
# feature first needs it; a missing one raises ModuleNotFoundError naming the
# feature and the pip package. `sys.modules[name] = None` makes a package look
# missing for the length of one test.

_OPTIONAL_PACKAGES = (
    "httpx",
    "httpx2",
    "jinja2",
    "python_multipart",
    "multipart",
    "yaml",
    "uvicorn",
    "opentelemetry",
    "graphql",
    "itsdangerous",
)


def _optional_block(monkeypatch: pytest.MonkeyPatch, *modules: str) -> None:
    for module in modules:
        monkeypatch.setitem(sys.modules, module, None)


def test_optional_jinja2(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _optional_block(monkeypatch, "jinja2")
    with pytest.raises(ModuleNotFoundError, match="Jinja2Templates.*pip install jinja2") as exc:
        Jinja2Templates(directory=tmp_path)
    assert exc.value.name == "jinja2"


def test_optional_python_multipart(client: ClientFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    async def upload(request: Request) -> PlainTextResponse:
        await request.form()
        return PlainTextResponse("unreachable")

    app = Starlette(routes=[Route("/", upload, methods=["POST"])])
    _optional_block(monkeypatch, "python_multipart", "multipart")
    with pytest.raises(ModuleNotFoundError, match="pip install python-multipart"):
        client(app).post("/", files={"file": ("a.txt", b"data")})


def _optional_schema_from_docstring() -> None:
    async def listing(request: Request) -> PlainTextResponse:
        """responses: {200: {description: A list.}}"""
        return PlainTextResponse("")

    SchemaGenerator({"openapi": "3.0.0"}).get_schema([Route("/", listing)])


@pytest.mark.parametrize(
    "use",
    [
        lambda: OpenAPIResponse({"openapi": "3.0.0"}),
        _optional_schema_from_docstring,
    ],
    ids=["OpenAPIResponse", "SchemaGenerator"],
)
def test_optional_pyyaml(monkeypatch: pytest.MonkeyPatch, use: Callable[[], object]) -> None:
    _optional_block(monkeypatch, "yaml")
    with pytest.raises(ModuleNotFoundError, match="pip install pyyaml") as exc:
        use()
    assert exc.value.name == "yaml"


@pytest.mark.parametrize(
    ("use", "feature"),
    [
        (lambda: Starlette().run(server="uvicorn"), r"Starlette.run\(\)"),
        (lambda: Starlette().serve(port=0, server="uvicorn"), r"Starlette.serve\(\)"),
        (lambda: _serving_main(["main:app", "--server", "uvicorn"]), "python -m starlette"),
    ],
    ids=["run", "serve", "python -m starlette"],
)
def test_optional_uvicorn(
    monkeypatch: pytest.MonkeyPatch, use: Callable[[], object], feature: str
) -> None:
    _optional_block(monkeypatch, "uvicorn")
    with pytest.raises(ModuleNotFoundError, match=f"{feature} .*pip install uvicorn"):
        use()


def test_optional_opentelemetry(monkeypatch: pytest.MonkeyPatch) -> None:
    _optional_block(monkeypatch, "opentelemetry")
    with pytest.raises(ModuleNotFoundError, match="pip install opentelemetry-api"):
        OpenTelemetryMiddleware(Starlette())


def test_optional_graphql_core(monkeypatch: pytest.MonkeyPatch) -> None:
    _optional_block(monkeypatch, "graphql")
    with pytest.raises(ModuleNotFoundError, match="GraphQLApp.*pip install graphql-core") as exc:
        GraphQLApp(object())  # type: ignore[arg-type]  # never reaches the schema
    assert exc.value.name == "graphql"


def test_optional_import_starlette_needs_only_anyio(tmp_path: Path) -> None:
    # A fresh interpreter where every optional package is missing, and every
    # attempt to import one is recorded: importing starlette, every view, and
    # serving a request must not even try.
    script = f"""
import importlib, sys
BLOCKED = {_OPTIONAL_PACKAGES!r}
attempts = []

class Blocker:
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in BLOCKED:
            attempts.append(name)
            raise ModuleNotFoundError(f"No module named {{name!r}}", name=name)

sys.meta_path.insert(0, Blocker())
import anyio
import starlette
for dotted in starlette._SUBMODULES:
    importlib.import_module("starlette." + dotted)

async def hello(request):
    return starlette.PlainTextResponse("only anyio")

async def main():
    scope = {{"type": "http", "method": "GET", "path": "/", "raw_path": b"/",
              "query_string": b"", "root_path": "", "headers": [], "scheme": "http",
              "server": ("testserver", 80), "client": ("127.0.0.1", 1), "http_version": "1.1"}}
    async def receive():
        return {{"type": "http.request", "body": b"", "more_body": False}}
    async def send(message):
        sent.append(message)
    await starlette.Starlette(routes=[starlette.Route("/", hello)])(scope, receive, send)

sent = []
anyio.run(main)
print("attempts:", attempts)
print("response:", sent[0]["status"], sent[-1]["body"])
try:
    from starlette.testclient import TestClient
except ModuleNotFoundError as exc:
    print("testclient:", exc)
"""
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=Path(starlette.__file__).parent,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "attempts: []",
        "response: 200 b'only anyio'",
        "testclient: TestClient needs the optional package 'httpx'; "
        "install it with: pip install httpx",
    ]


# =============================================================================
# examples
# =============================================================================
# Every file in examples/ runs: imported through runpy (as uvicorn would), and
# run as a program (`python -m examples.NN_name`), whose printed exchange is
# checked. The showcase and 14_testing.py (a pytest file) get tests of their own.
#
# The project's founding documents (three texts about Starlette) hold code
# examples, and the promise is that each runs unchanged here. The examples
# teach; these tests keep that promise. Where each founding example lives:
#
#   Hello World, the basic app, Simple ASGI Application   01_hello.py, and the
#                                                          routes-list variant below
#   Routing and Response, Routing System                   02_routing.py
#   Request & Response Handling, Type Safety, Data
#     Structures, Exception Handling & Status Codes        03_requests_responses.py
#   BackgroundTask, Background Tasks                       04_background_tasks.py
#   Custom Middleware                                      05_asgi_middleware.py
#   Middleware and CORS, BaseHTTPMiddleware, Middleware
#     System                                               06_middleware.py
#   Authentication System, Authentication Framework        07_auth.py
#   WebSocket Support (chat)                               08_websockets.py
#   WebSocketEndpoint Echo, WebSocket Support (JSON)       09_websocket_endpoints.py
#   app.mount static, Static File Serving                  10_static_files.py
#   Static Files and Templates                             11_templates.py
#   Configuration Management                               12_config.py
#   Complete Application Example, Core Application,
#     Application Structure                                13_complete_app.py
#   Testing (test_app.py), Testing Utilities               14_testing.py
#   Core Imports                                           15_import_paths.py
#   ASGI Foundation (the type aliases)                     00_raw_asgi.py
#   uvicorn main:app --reload                              01_hello.py's docstring
#
# Only code that never ran was repaired (names a document used but never
# defined, folders relative to the current directory, APIs removed before the
# documents were written); 0.47-era calls stay, with their warnings.

_EXAMPLES = Path(starlette.__file__).parent / "examples"
_EXAMPLES_FILES = sorted(p.name for p in _EXAMPLES.glob("*.py") if p.name != "__init__.py")

# What each example prints when run as a program; the showcase serves forever
# and 14_testing runs pytest, so those two are tested separately below.
_EXAMPLES_PRINTS = {
    "00_raw_asgi.py": ["GET / -> 200", "POST /echo with 5 bytes of body"],
    "01_hello.py": ["GET / -> 200 application/json {'hello': 'world'}"],
    "02_routing.py": ["GET /users/abc -> 404", "DELETE /users/7 -> 405", "/static/hello.txt"],
    "03_requests_responses.py": [
        "{'message': 'success'}",
        "{'typed': True}",
        "GET /items/2 -> 404",
    ],
    "08_websockets.py": ["alice got: You wrote: hello", "bob got:   Someone says: hello"],
    "06_middleware.py": ["'visits': 2", "gzip: gzip", "unknown host: 400"],
    "07_auth.py": ["/protected as None -> 403", "/me        as ('admin', 'secret') -> 200"],
    "10_static_files.py": ["revalidate -> 304", "Range: bytes=0-4 -> 206 'Hello'"],
    "11_templates.py": ["GET /user/ada -> 200 text/html", "<li>Email: ada@example.com</li>"],
    "12_config.py": ["DATABASE_URL='sqlite:///example.db'", "Secret('**********')"],
    "16_serving.py": ["Hello over a real socket, 127.0.0.1!", "lifespan: shutdown"],
    "05_asgi_middleware.py": ["'message': 'Hello, world!'", "x-process-time: "],
    "04_background_tasks.py": ["outbox [('user@example.com', 'Welcome!')]", "has 2 emails"],
    "13_complete_app.py": [
        "Application starting up...\nHello, world! {'user_id': 7, 'name': 'User 7'}",
        "Hello WebSocket!\nApplication shutting down...",
        'connected = True, GET /nope -> 404 {"error":"Not Found"}',
        "after shutdown, connected = False",
    ],
    "09_websocket_endpoints.py": ["Received: again", "{'response': {'question': 42}}"],
    "15_import_paths.py": ["HTTP_404_NOT_FOUND = 404", "Jinja2Templates        defined in"],
    "17_server_walkthrough.py": [
        "'query_string': b'name=Ada'",
        "app sent: {'type': 'http.response.start', 'status': 200",
        "the built-in server:\nHTTP/1.1 200 OK",
        "connection: close\r\n\r\nHi Ada, you said 'hello'",
    ],
    "18_quick_app.py": ["POST /todos -> 201 '{\"id\":2}'", "DELETE /todos/1 -> 404"],
    "19_server_sent_events.py": [
        "event='tick', id='42'",
        "tokens: You asked: hi. Streams send words as they come.",
        "last event: done",
    ],
    "20_notebook.py": [
        "served at a free port: ['the lifespan ran']",
        "AsyncTestClient: ['the lifespan ran']",
        "websocket: HELLO",
    ],
    "21_csrf.py": [
        "with the token -> 200 thanks for: hello",
        "without it     -> 403 CSRF check failed: no CSRF token was sent.",
        "from elsewhere -> 403 CSRF check failed: the request's origin is not trusted.",
    ],
    "22_request_id.py": [
        "[order-42] example: receipt sent",
        "starlette.access: POST /checkout 200 ",
        "response header: order-42",
    ],
    "23_static_production.py": [
        "GET /assets/app.js (gzip) -> 200 gzip public, max-age=31536000, immutable",
        "GET /settings/profile (gzip) -> 200 - no-cache",
        "GET /missing.png (gzip) -> 404 - -",
    ],
    "24_mounted_lifespans.py": [
        "main: startup\nadmin: open the audit log\nadmin, writing to the audit log",
        "admin: close the audit log\nmain: shutdown",
    ],
    "25_graphql.py": [
        "{'data': {'hello': 'Hello, ada!'}}",
        "background: saved 'ship'\n{'data': {'add': ['write the example', 'ship']}}",
        "a browser gets GraphiQL: True",
    ],
}
# The extras examples import from `starlette` itself (they say so): these names.
_EXAMPLES_EXTRAS = _ALIASES_EXTRAS | {"AsyncTestClient"}


# The seeds' code runs as written, so some examples make Starlette 0.47 calls
# that Starlette 1.x removed; starlette.py runs them with 0.47's warning. The
# message each one must give, when the file is imported and when it is run:
_EXAMPLES_LEGACY_ON_IMPORT = {
    # Starlette(on_startup=[...], on_shutdown=[...]) warns when the app is built.
    "13_complete_app.py": "The on_startup and on_shutdown parameters are deprecated",
}
_EXAMPLES_LEGACY_ON_RUN = {
    **_EXAMPLES_LEGACY_ON_IMPORT,
    # templates.TemplateResponse("index.html", {"request": request}) warns per request.
    "11_templates.py": "The `name` is not the first parameter anymore",
}


def _examples_legacy(name: str, table: dict[str, str]) -> contextlib.AbstractContextManager[Any]:
    """Expect the example's legacy DeprecationWarning (filterwarnings=error stays on)."""
    if name in table:
        return pytest.deprecated_call(match=re.escape(table[name]))
    return contextlib.nullcontext()


def _examples_load(name: str) -> dict[str, Any]:
    """Run an example as an imported module (not as __main__); return its globals."""
    return runpy.run_path(str(_EXAMPLES / name), run_name=f"examples.{name[:-3]}")


def test_examples_every_file_is_checked() -> None:
    assert set(_EXAMPLES_FILES) == {*_EXAMPLES_PRINTS, "14_testing.py", "showcase.py"}
    assert (_EXAMPLES / "README.md").is_file()


@pytest.mark.parametrize("name", _EXAMPLES_FILES)
def test_examples_file_teaches_and_defines_app(name: str) -> None:
    source = (_EXAMPLES / name).read_text()
    tree = ast.parse(source)
    docstring = ast.get_docstring(tree) or ""
    assert f"examples.{name[:-3]}" in docstring, "the docstring says how to run it"
    assert source.isascii()
    for node in ast.walk(tree):  # Starlette's own import paths, never `from starlette import Route`
        if isinstance(node, ast.ImportFrom) and node.module == "starlette":
            assert all(a.name in {*starlette._SUBMODULES, *_EXAMPLES_EXTRAS} for a in node.names)
    with _examples_legacy(name, _EXAMPLES_LEGACY_ON_IMPORT):
        assert callable(_examples_load(name)["app"])


@pytest.mark.parametrize("name", sorted(_EXAMPLES_PRINTS))
def test_examples_run_as_programs(
    name: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for variable in ("DEBUG", "DATABASE_URL", "SECRET_KEY", "ALLOWED_HOSTS", "PORT"):
        monkeypatch.delenv(variable, raising=False)  # 12_config reads the environment
    monkeypatch.setattr(sys, "argv", [name])
    with _examples_legacy(name, _EXAMPLES_LEGACY_ON_RUN):
        runpy.run_path(str(_EXAMPLES / name), run_name="__main__")
    printed = capsys.readouterr().out
    for expected in _EXAMPLES_PRINTS[name]:
        assert expected in printed


def test_examples_showcase_in_process(client: ClientFactory) -> None:
    app = _examples_load("showcase.py")["app"]
    with client(app) as http:  # `with`: the lifespan runs, as under a server
        assert http.get("/plain").text == "Hello, world!"
        assert http.get("/json").json()["hello"] == "world"
        assert "<h1>starlette.py showcase</h1>" in http.get("/").text
        assert http.get("/stream?n=2").text == "line 1 of 2\nline 2 of 2\n"
        assert http.get("/stream?n=0").status_code == 400
        assert http.get("/static/hello.txt", headers={"Range": "bytes=6-9"}).text == "from"
        files = {"file": ("a.txt", b"abc", "text/plain")}
        assert http.post("/upload", data={"x": "1"}, files=files).json()["files"][0]["size"] == 3
        assert http.get("/cookies").json() == {"you_sent": {}}
        assert http.get("/cookies").json() == {"you_sent": {"flavour": "ginger"}}
        assert [http.get("/session").json()["visits"] for _ in range(2)] == [1, 2]
        with http.websocket_connect("/ws") as websocket:
            websocket.send_text("ping")
            assert websocket.receive_text() == "ping"


def test_examples_chat_broadcasts_to_three_clients(client: ClientFactory) -> None:
    # A fresh load per test: the chat's ConnectionManager is module state.
    app = _examples_load("08_websockets.py")["app"]
    with client(app) as http:
        with (
            http.websocket_connect("/ws") as alice,
            http.websocket_connect("/ws") as bob,
            http.websocket_connect("/ws") as carol,
        ):
            bob.send_text("hello")
            assert bob.receive_text() == "You wrote: hello"  # the personal message first
            for websocket in (alice, bob, carol):
                assert websocket.receive_text() == "Someone says: hello"
            bob.close()
            for websocket in (alice, carol):
                assert websocket.receive_text() == "Someone left the chat"
            carol.send_text("still here")
            assert carol.receive_text() == "You wrote: still here"
            for websocket in (alice, carol):
                assert websocket.receive_text() == "Someone says: still here"


def test_examples_chat_state_is_per_load(client: ClientFactory) -> None:
    namespace = _examples_load("08_websockets.py")
    manager = namespace["manager"]
    assert manager.active_connections == []
    with client(namespace["app"]) as http:
        with http.websocket_connect("/ws"), http.websocket_connect("/ws") as second:
            second.send_text("hi")
            assert second.receive_text() == "You wrote: hi"
            assert len(manager.active_connections) == 2
    assert manager.active_connections == []  # every leaver was removed


def test_examples_chat_user_route_echoes_with_id(
    client: ClientFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    app = _examples_load("08_websockets.py")["app"]
    with client(app) as http:
        with http.websocket_connect("/ws/7") as seven, http.websocket_connect("/ws/8") as eight:
            eight.send_text("b")
            seven.send_text("a")
            assert (seven.receive_text(), eight.receive_text()) == ("Client 7: a", "Client 8: b")
        assert "<h1>WebSocket Test</h1>" in http.get("/").text
    printed = capsys.readouterr().out
    assert "Client 7 disconnected" in printed and "Client 8 disconnected" in printed


def test_examples_echo_endpoint_serves_two_clients(client: ClientFactory) -> None:
    app = _examples_load("09_websocket_endpoints.py")["app"]
    with client(app) as http:
        with http.websocket_connect("/ws") as first, http.websocket_connect("/ws") as second:
            first.send_text("one")
            second.send_text("two")
            second.send_bytes(b"raw")  # Echo has no `encoding`: bytes arrive as bytes
            first.send_text("three")
            assert second.receive_text() == "Received: two"
            assert second.receive_text() == "Received: b'raw'"
            assert first.receive_text() == "Received: one"
            assert first.receive_text() == "Received: three"
        with http.websocket_connect("/json") as websocket:
            websocket.send_json({"question": 42})
            assert websocket.receive_json() == {"response": {"question": 42}}


# The founding documents' second hello app, as written: the routes list is
# built first, and the endpoint has its own greeting. (Run from text, since
# type checkers do not follow the `starlette.*` views.)
_EXAMPLES_FOUNDING_HELLO = """
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route
async def homepage(request):
    return JSONResponse({'message': 'Hello, Starlette!'})
routes = [
    Route('/', homepage)
]
app = Starlette(debug=True, routes=routes)
"""


def test_examples_founding_hello_with_a_routes_list() -> None:
    namespace: dict[str, Any] = {}
    exec(_EXAMPLES_FOUNDING_HELLO, namespace)
    assert TestClient(namespace["app"]).get("/").json() == {"message": "Hello, Starlette!"}


def test_examples_testing_file_passes_in_process() -> None:
    namespace = _examples_load("14_testing.py")
    tests = {name: test for name, test in namespace.items() if name.startswith("test_")}
    assert len(tests) == 9
    for name, test in tests.items():
        if name == "test_async_endpoint":
            anyio.run(test)
        elif "client" in test.__code__.co_varnames[: test.__code__.co_argcount]:
            test(TestClient(namespace["app"]))
        else:
            test()


def test_examples_testing_file_passes_under_pytest() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "--import-mode=importlib"]
        + ["examples/14_testing.py"],
        cwd=_EXAMPLES.parent,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout
    assert re.search(r"\b\d+ passed\b", result.stdout)
    assert "failed" not in result.stdout


# =============================================================================
# layout
# =============================================================================
# The file reads as a book: its docstring's table of contents, the section
# banners of starlette.py and those of this test file must agree.

_LAYOUT_LIBRARY = Path(starlette.__file__)
_LAYOUT_TESTS = Path(__file__)


def _layout_banners(path: Path) -> list[str]:
    """The titles of a file's section banners (a comment framed by `# ====` lines)."""
    lines = path.read_text().splitlines()
    return [
        lines[i][2:]
        for i in range(1, len(lines) - 1)
        if lines[i - 1].startswith("# ====") and lines[i + 1].startswith("# ====")
    ]


def _layout_table() -> list[str]:
    """Section names from the module docstring's table, `starlette.middleware.*` expanded."""
    doc = starlette.__doc__ or ""
    body = doc.split("prints this table:\n\n", 1)[1].split("\n\n", 1)[0]
    rows: list[list[str]] = []
    for line in body.splitlines():
        name, _, text = line.strip().partition("  ")
        if line.startswith("     "):  # a continuation of the row above
            rows[-1][1] += " " + line.strip()
        else:
            rows.append([name, text.strip()])
    names = []
    for name, text in rows:
        if name == "starlette.middleware.*":
            names += ["starlette.middleware." + m.split()[0] for m in text.split(",")]
        else:
            names.append(name)
    return names


def test_layout_docstring_table_matches_the_banners() -> None:
    table = _layout_table()
    banners = _layout_banners(_LAYOUT_LIBRARY)
    assert len(table) == len(banners) and table[0] == "starlette.types"
    for name, title in zip(table, banners, strict=True):
        assert title == name or title.startswith(name + ": "), (name, title)


def test_layout_only_banners_start_with_starlette_dot() -> None:
    # So `grep -n '^# starlette\.' starlette.py` prints exactly the table of contents.
    grep = re.findall(r"^# (starlette\..*)$", _LAYOUT_LIBRARY.read_text(), re.M)
    assert grep == [t for t in _layout_banners(_LAYOUT_LIBRARY) if t.startswith("starlette.")]


def test_layout_test_banners_mirror_the_library() -> None:
    library = _layout_banners(_LAYOUT_LIBRARY)
    tests = _layout_banners(_LAYOUT_TESTS)
    assert tests == [*library, "optional dependencies", "examples", "layout"]


@pytest.mark.parametrize("path", [_LAYOUT_LIBRARY, _LAYOUT_TESTS], ids=lambda p: p.name)
def test_layout_ascii_only(path: Path) -> None:
    for number, line in enumerate(path.read_text().splitlines(), 1):
        assert line.isascii(), f"{path.name}:{number}: {line!r}"


_LAYOUT_DOCTESTS = [t for t in doctest.DocTestFinder().find(starlette) if t.examples]


def test_layout_docstrings_have_examples() -> None:
    assert len(_LAYOUT_DOCTESTS) >= 10


@pytest.mark.parametrize("test", _LAYOUT_DOCTESTS, ids=lambda t: t.name)
def test_layout_doctests_pass(test: doctest.DocTest) -> None:
    # The same check as `pytest --doctest-modules starlette.py`, run here so
    # the one test command covers the examples in the docstrings too.
    report = io.StringIO()
    runner = doctest.DocTestRunner()
    result = runner.run(test, out=report.write)
    assert result.failed == 0, report.getvalue()
