"""Benchmark starlette.py against Starlette 1.10.0: CPU time per request, side by side.

    python bench.py [--quick] [--only NAME,...] [--ours DIR] [--real-python PYTHON]
                    [--cache-dir DIR]

Both implementations are importable only as `starlette`, so each one runs in its
own worker subprocess, and this script asks the two workers for timings in turn
(ours, then Starlette, then Starlette, then ours, ...), so that drifting machine
load hits both alike:

- ours: this interpreter, with PYTHONPATH set to the folder holding starlette.py
  (`--ours`, by default the folder of this script, i.e. the repository root);
- Starlette: `starlette==1.10.0` installed once with `pip install --no-deps
  --target` into a cache folder (anyio is shared), run by this interpreter with
  PYTHONPATH set to that folder; or any interpreter that already has Starlette
  1.10.0 (`--real-python`). The server-sent events scenario compares our
  EventSourceResponse with sse-starlette's on Starlette 1.10, installed the
  same way into the cache (and put on that worker's PYTHONPATH).

Requests are driven straight through the ASGI callable on an asyncio loop, with
hand-made `receive` and `send` (no HTTP client, no server), so the figures are
the framework's own cost. Each figure is `time.process_time()` over a batch of
requests sized to take a fixed amount of CPU, divided by the batch size: the
best of several batches is reported (the median is shown while running). Every
scenario's response is checked once before it is timed.

The last lines printed are Markdown tables, ready for README.md. `--quick` runs
in well under a minute; the full run takes a few minutes on two cores.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import importlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Awaitable, Callable, MutableMapping
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from starlette.requests import Request
    from starlette.responses import Response

STARLETTE_VERSION = "1.10.0"
SSE_STARLETTE_VERSION = "3.5.0"
HERE = Path(__file__).resolve().parent
DROPPED_ENVIRONMENT = {"PYTHONPATH", "PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX"}

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


# =============================================================================
# The scenarios (built inside a worker, from whichever `starlette` it imports)
# =============================================================================

ROUTER_CASES = ("static", "param", "prefix", "miss")
ROUTER_SIZES = (1, 10, 100, 1000)
REQUEST_SCENARIOS = {
    "hello": "Hello world: full app, PlainTextResponse",
    "json": "JSON: path param + query param",
    "middleware": "3 pure ASGI middlewares + BaseHTTPMiddleware",
}
STREAMING_SCENARIOS = {
    "websocket": "WebSocket: accept, 10 text echoes, close",
    "stream": "StreamingResponse: 1 MiB in 64 KiB chunks",
    "sse": "1,000 server-sent events (Starlette side: sse-starlette)",
}
# The project's targets, as ratios to Starlette 1.10 (the router's: ours(1000)/ours(1)).
REQUEST_TARGETS = {"hello": 0.55, "json": 0.55, "middleware": 0.4}
ROUTER_GROWTH_TARGET = 2.0
STREAMING_TARGETS = {"websocket": 0.7, "stream": 0.7, "sse": 0.5}
ROUTER_CASE_TITLES = {
    "static": "static `/static{i}`",
    "param": "param `/items{i}/{id:int}`",
    "prefix": "param after a shared param prefix `/api/{org}/r{i}/{id:int}`",
    "miss": "miss (404) among the param routes",
}
IMPORT_OURS = "import starlette"
IMPORT_REAL = (
    "import starlette.applications, starlette.routing, starlette.requests, starlette.responses"
)


@dataclass
class Case:
    """An app, the scope of the request to send it, and the response it must give."""

    app: ASGIApp
    scope: Scope
    status: int
    body: bytes
    header: tuple[bytes, bytes] | None = None
    # What the client says (a fresh `receive` per request): a GET by default.
    receive: Callable[[], Receive] = lambda: OneRequest()
    # For bodies that differ in form between the two sides: a check instead of `body`.
    body_check: Callable[[bytes], bool] | None = None


def http_scope(path: str, query_string: bytes = b"") -> Scope:
    """A GET scope as an ASGI server would build it."""
    return {
        "type": "http",
        # ASGI spec 2.4: the server reports disconnects by failing `send`, so a
        # StreamingResponse does not poll `receive` (uvicorn's current behaviour).
        "asgi": {"version": "3.0", "spec_version": "2.4"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "server": ("testserver", 80),
        "client": ("127.0.0.1", 50000),
        "root_path": "",
        "path": path,
        "raw_path": path.encode(),
        "query_string": query_string,
        "headers": [
            (b"host", b"testserver"),
            (b"user-agent", b"bench/1.0"),
            (b"accept", b"*/*"),
        ],
    }


class Passthrough:
    """A pure ASGI middleware that hands every call to the app it wraps."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.app(scope, receive, send)


class RawOK:
    """A raw ASGI endpoint answering 200 with an empty body: routing costs stand out."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b""})


def endpoints() -> tuple[Callable[..., Awaitable[Response]], Callable[..., Awaitable[Response]]]:
    """The hello-world and JSON endpoints, bound to this process's `starlette`.

    The response classes are imported once here, not per request, so the timed
    loop measures the framework and not the import statement.
    """
    from starlette.responses import JSONResponse, PlainTextResponse

    async def hello(request: Request) -> Response:
        return PlainTextResponse("Hello, world!")

    async def user(request: Request) -> Response:
        fields = request.query_params.get("fields", "")
        return JSONResponse({"id": request.path_params["user_id"], "fields": fields.split(",")})

    return hello, user


async def add_header(request: Request, call_next: Callable[..., Awaitable[Response]]) -> Response:
    """A BaseHTTPMiddleware dispatch: call the app, then add a header to its response."""
    response = await call_next(request)
    response.headers["x-bench"] = "1"
    return response


def build_case(name: str) -> Case:
    """Build the scenario called `name` with the `starlette` this process imports."""
    from starlette.applications import Starlette
    from starlette.middleware import Middleware
    from starlette.middleware.base import BaseHTTPMiddleware
    from starlette.routing import Route

    hello, user = endpoints()
    if name == "hello":
        app = Starlette(routes=[Route("/", hello)])
        return Case(app, http_scope("/"), 200, b"Hello, world!")
    if name == "json":
        app = Starlette(routes=[Route("/users/{user_id:int}", user)])
        body = b'{"id":42,"fields":["name","email"]}'
        return Case(app, http_scope("/users/42", b"fields=name,email"), 200, body)
    if name == "middleware":
        stack = [Middleware(Passthrough) for _ in range(3)]
        stack.append(Middleware(BaseHTTPMiddleware, dispatch=add_header))
        app = Starlette(routes=[Route("/", hello)], middleware=stack)
        return Case(app, http_scope("/"), 200, b"Hello, world!", (b"x-bench", b"1"))
    if name in STREAMING_SCENARIOS:
        return build_streaming_case(name)
    kind, case, size = name.split(":")
    if kind == "router" and case in ROUTER_CASES:
        return build_router_case(case, int(size))
    raise ValueError(f"unknown scenario {name!r}")


def build_router_case(case: str, n: int) -> Case:
    """A bare Router of `n` routes, asked for its last route (or for none of them)."""
    from starlette.routing import Route, Router

    endpoint = RawOK()
    if case == "static":
        paths, path = [f"/static{i}" for i in range(n)], f"/static{n - 1}"
    elif case == "prefix":
        paths, path = [f"/api/{{org}}/r{i}/{{id:int}}" for i in range(n)], f"/api/acme/r{n - 1}/42"
    else:
        paths, path = [f"/items{i}/{{id:int}}" for i in range(n)], f"/items{n - 1}/42"
    router = Router(routes=[Route(p, endpoint) for p in paths])
    if case == "miss":
        # A miss also retries with a trailing slash (redirect_slashes) before the 404.
        return Case(router, http_scope("/nothing/here"), 404, b"Not Found")
    return Case(router, http_scope(path), 200, b"")


CHUNK = b"x" * 65536
SSE_EVENTS = [f"tick {i}" for i in range(1000)]


def websocket_scope(path: str) -> Scope:
    """A websocket scope as an ASGI server would build it."""
    scope = http_scope(path)
    scope.update(type="websocket", scheme="ws", subprotocols=[])
    del scope["method"]
    return scope


def build_streaming_case(name: str) -> Case:
    """The websocket, streamed-body and server-sent-events scenarios."""
    from starlette.applications import Starlette
    from starlette.responses import StreamingResponse
    from starlette.routing import Route, WebSocketRoute

    if name == "websocket":

        async def echo(websocket: Any) -> None:
            await websocket.accept()
            for _ in range(10):
                await websocket.send_text(await websocket.receive_text())
            await websocket.close()

        app = Starlette(routes=[WebSocketRoute("/ws", echo)])
        body = b"hello" * 10 + b"|closed 1000"
        return Case(app, websocket_scope("/ws"), 101, body, receive=WebSocketClient)

    if name == "stream":

        async def chunks() -> Any:
            for _ in range(16):
                yield CHUNK

        async def download(request: Request) -> Response:
            return StreamingResponse(chunks(), media_type="application/octet-stream")

        app = Starlette(routes=[Route("/download", download)])
        return Case(app, http_scope("/download"), 200, CHUNK * 16)

    import starlette

    # Ours has it built in; on real Starlette, the add-on everyone uses.
    has_sse = hasattr(starlette, "EventSourceResponse")
    sse_module = starlette if has_sse else importlib.import_module("sse_starlette")
    event_source_response = sse_module.EventSourceResponse

    async def ticks() -> Any:
        for event in SSE_EVENTS:
            yield event

    async def events(request: Request) -> Response:
        response: Response = event_source_response(ticks())
        return response

    app = Starlette(routes=[Route("/events", events)])

    def all_events(body: bytes) -> bool:
        return body.count(b"data: tick ") == len(SSE_EVENTS) and b"tick 999" in body

    return Case(app, http_scope("/events"), 200, b"", receive=Listener, body_check=all_events)


# =============================================================================
# The worker: times scenarios on request, one JSON line in, one JSON line out
# =============================================================================

REQUEST_MESSAGE: Message = {"type": "http.request", "body": b"", "more_body": False}
DISCONNECT_MESSAGE: Message = {"type": "http.disconnect"}


class OneRequest:
    """ASGI `receive` for a GET: the empty body once, then `http.disconnect`."""

    __slots__ = ("done",)

    def __init__(self) -> None:
        self.done = False

    async def __call__(self) -> Message:
        if self.done:
            return DISCONNECT_MESSAGE
        self.done = True
        return REQUEST_MESSAGE


class Listener:
    """ASGI `receive` for a long response: the empty body, then a client that
    stays until the response ends (an event stream watches for it to leave)."""

    __slots__ = ("done",)

    def __init__(self) -> None:
        self.done = False

    async def __call__(self) -> Message:
        if self.done:
            await asyncio.Event().wait()  # never set: cancelled when the response ends
        self.done = True
        return REQUEST_MESSAGE


WS_CONNECT: Message = {"type": "websocket.connect"}
WS_HELLO: Message = {"type": "websocket.receive", "text": "hello"}
WS_GONE: Message = {"type": "websocket.disconnect", "code": 1000}


class WebSocketClient:
    """ASGI `receive` for a websocket: connect, ten "hello" texts, then gone."""

    __slots__ = ("step",)

    def __init__(self) -> None:
        self.step = 0

    async def __call__(self) -> Message:
        self.step += 1
        if self.step == 1:
            return WS_CONNECT
        return WS_HELLO if self.step <= 11 else WS_GONE


async def discard(message: Message) -> None:
    """ASGI `send` that drops every message (the timed loop)."""


class Recorder:
    """ASGI `send` that keeps the response (the check before timing)."""

    def __init__(self) -> None:
        self.status = 0
        self.headers: list[tuple[bytes, bytes]] = []
        self.body = b""

    async def __call__(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            self.status = message["status"]
            self.headers = [(bytes(k), bytes(v)) for k, v in message.get("headers", [])]
        elif message["type"] == "http.response.body":
            self.body += message.get("body", b"")
        elif message["type"] == "websocket.accept":
            self.status = 101  # what the handshake answer would be on the wire
        elif message["type"] == "websocket.send":
            self.body += message["text"].encode()
        elif message["type"] == "websocket.close":
            self.body += f"|closed {message.get('code', 1000)}".encode()


async def drive(case: Case, count: int) -> float:
    """Send `count` requests to the case's app; return the CPU seconds they took."""
    app, scope, receive = case.app, case.scope, case.receive
    start = time.process_time()
    for _ in range(count):
        await app(dict(scope), receive(), discard)
    return time.process_time() - start


async def check(case: Case, name: str) -> None:
    """Fail loudly if the scenario does not answer as expected."""
    recorder = Recorder()
    await case.app(dict(case.scope), case.receive(), recorder)
    got = (recorder.status, recorder.body)
    if case.body_check is not None and case.body_check(recorder.body):
        got = (recorder.status, case.body)
    if got != (case.status, case.body):
        raise AssertionError(f"{name}: expected {(case.status, case.body)!r}, got {got!r}")
    if case.header is not None and case.header not in recorder.headers:
        raise AssertionError(f"{name}: header {case.header!r} missing in {recorder.headers!r}")


class Worker:
    """Builds, checks, calibrates and times scenarios for the parent process."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.cases: dict[str, Case] = {}
        self.counts: dict[str, int] = {}

    def info(self) -> dict[str, Any]:
        import starlette

        return {"file": starlette.__file__, "version": getattr(starlette, "__version__", None)}

    def measure(self, name: str, target: float) -> float:
        """CPU seconds per request of one batch of about `target` CPU seconds."""
        if name not in self.cases:
            case = self.cases[name] = build_case(name)
            self.loop.run_until_complete(check(case, name))
            self.counts[name] = self.calibrate(case, target)
        gc.collect()
        count = self.counts[name]
        return self.loop.run_until_complete(drive(self.cases[name], count)) / count

    def calibrate(self, case: Case, target: float) -> int:
        """Warm up, and find how many requests take about `target` CPU seconds."""
        count = 1
        while True:
            spent = self.loop.run_until_complete(drive(case, count))
            if spent >= target / 4 or count >= 1 << 22:
                return max(1, round(target * count / max(spent, 1e-9)))
            count *= 4

    def handle(self, request: dict[str, Any]) -> dict[str, Any]:
        if request["op"] == "info":
            return self.info()
        return {"seconds": self.measure(request["name"], request["target"])}


def worker_main() -> None:
    """Serve the parent: read requests from stdin, answer on stdout, one per line."""
    # `python bench.py` puts this script's folder first on sys.path; it may hold
    # our starlette.py, so drop it: only PYTHONPATH decides which starlette loads.
    if sys.path and Path(sys.path[0] or ".").resolve() == HERE:
        del sys.path[0]
    replies, sys.stdout = sys.stdout, sys.stderr  # stray prints must not break the protocol
    worker = Worker()
    try:
        for line in sys.stdin:
            try:
                reply = worker.handle(json.loads(line))
            except Exception:
                reply = {"error": traceback.format_exc()}
            replies.write(json.dumps(reply) + "\n")
            replies.flush()
    except KeyboardInterrupt:  # Ctrl-C reaches the workers too: the parent reports it
        pass


# =============================================================================
# The parent: prepares both sides, interleaves their timings, prints tables
# =============================================================================


@dataclass(frozen=True)
class Mode:
    """How hard to measure: batches per figure and CPU seconds per batch."""

    repeats: int
    target: float
    import_runs: int


QUICK = Mode(repeats=3, target=0.05, import_runs=5)
FULL = Mode(repeats=7, target=0.4, import_runs=20)


@dataclass(frozen=True)
class Interpreter:
    """A Python command and the PYTHONPATH under which it imports one `starlette`."""

    python: str
    pythonpath: str | None

    def run(self, *args: str, workdir: Path, **options: Any) -> subprocess.Popen[str]:
        """Start `python *args` in the empty folder of `workdir` (see `make_workdir`)."""
        env = {k: v for k, v in os.environ.items() if k not in DROPPED_ENVIRONMENT}
        if self.pythonpath:
            env["PYTHONPATH"] = self.pythonpath
        # Both sides compile into one fresh bytecode cache, whatever the user's
        # settings: imports are then timed from .pyc files on both sides alike.
        env["PYTHONPYCACHEPREFIX"] = str(workdir / "pycache")
        cwd = workdir / "empty"  # `python -c` puts the working directory on sys.path
        return subprocess.Popen([self.python, *args], env=env, cwd=cwd, text=True, **options)


def make_workdir(root: str) -> Path:
    """A scratch folder: `empty/` to run in, `pycache/` for the bytecode of both sides."""
    workdir = Path(root)
    (workdir / "empty").mkdir()
    (workdir / "pycache").mkdir()
    return workdir


class Side:
    """One implementation under test, answered by a long-lived worker subprocess."""

    def __init__(self, label: str, interpreter: Interpreter, workdir: Path) -> None:
        self.label = label
        script = str(Path(__file__).resolve())
        pipes = {"stdin": subprocess.PIPE, "stdout": subprocess.PIPE}
        self.process = interpreter.run(script, "--worker", workdir=workdir, **pipes)

    def ask(self, **request: Any) -> dict[str, Any]:
        stdin, stdout = self.process.stdin, self.process.stdout
        assert stdin is not None and stdout is not None
        stdin.write(json.dumps(request) + "\n")
        stdin.flush()
        line = stdout.readline()
        if not line:
            raise SystemExit(f"{self.label} worker died (see its traceback above)")
        reply: dict[str, Any] = json.loads(line)
        if "error" in reply:
            raise SystemExit(f"{self.label} worker failed:\n{reply['error']}")
        return reply

    def close(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()  # end of input: the worker's loop ends
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


@dataclass
class Figure:
    """The measurements of one scenario on both sides (seconds per request)."""

    ours: list[float]
    real: list[float]

    @property
    def best_ours(self) -> float:
        return min(self.ours)

    @property
    def best_real(self) -> float:
        return min(self.real)

    @property
    def ratio(self) -> float:
        return self.best_ours / self.best_real

    def cells(self, unit: float, suffix: str = "") -> list[str]:
        """Table cells: ours, Starlette, ours/Starlette (3 decimals when tiny)."""
        ratio = f"{self.ratio:.2f}" if self.ratio >= 0.1 else f"{self.ratio:.3f}"
        return [
            f"{self.best_ours * unit:.1f}{suffix}",
            f"{self.best_real * unit:.1f}{suffix}",
            ratio,
        ]


def real_starlette(args: argparse.Namespace) -> Interpreter:
    """Starlette 1.10.0: `--real-python`, or a pip --target install in the cache."""
    if args.real_python:
        return Interpreter(args.real_python, str(sse_starlette(args)))
    target = pip_target(args, "starlette", STARLETTE_VERSION, "starlette")
    return Interpreter(sys.executable, f"{target}{os.pathsep}{sse_starlette(args)}")


def sse_starlette(args: argparse.Namespace) -> Path:
    """sse-starlette, for the server-sent events scenario: installed like Starlette."""
    return pip_target(args, "sse-starlette", SSE_STARLETTE_VERSION, "sse_starlette")


def pip_target(args: argparse.Namespace, package: str, version: str, module: str) -> Path:
    """`package==version` installed once (no dependencies) into its own cache folder."""
    target = Path(args.cache_dir) / f"{package}-{version}"
    if not (target / module / "__init__.py").is_file():
        print(f"installing {package}=={version} into {target}", file=sys.stderr)
        partial = target.with_name(target.name + ".partial")
        shutil.rmtree(partial, ignore_errors=True)
        pip = [sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
        pip += ["--no-deps", "--target", str(partial), f"{package}=={version}"]
        subprocess.run(pip, check=True)
        partial.rename(target)  # only a complete install ever takes the final name
    return target


def check_sides(ours: Side, real: Side, ours_dir: Path) -> tuple[str, str]:
    """Make sure each worker imported the starlette it is meant to measure."""
    mine, theirs = ours.ask(op="info"), real.ask(op="info")
    if Path(mine["file"]).resolve() != ours_dir / "starlette.py":
        raise SystemExit(f"ours imported {mine['file']}, not {ours_dir / 'starlette.py'}")
    if theirs["version"] != STARLETTE_VERSION:
        raise SystemExit(f"real side imported {theirs['file']} version {theirs['version']}")
    return mine["file"], theirs["file"]


def interleaved(ours: Side, real: Side, name: str, mode: Mode) -> Figure:
    """Time scenario `name` on both sides, alternating which side goes first."""
    figure = Figure([], [])
    for repeat in range(mode.repeats):
        order = [(ours, figure.ours), (real, figure.real)]
        for side, results in order if repeat % 2 == 0 else order[::-1]:
            results.append(side.ask(op="time", name=name, target=mode.target)["seconds"])
    return figure


def import_cost(side: Interpreter, statement: str, workdir: Path) -> float:
    """CPU seconds of `statement` in a fresh interpreter."""
    code = f"import time\nstart = time.process_time()\n{statement}\n"
    code += "print(time.process_time() - start)\n"
    process = side.run("-c", code, workdir=workdir, stdout=subprocess.PIPE)
    out, _ = process.communicate()
    if process.returncode:
        raise SystemExit(f"{side.python} -c {statement!r} failed")
    return float(out.strip().splitlines()[-1])


def measure_imports(ours: Interpreter, real: Interpreter, mode: Mode, workdir: Path) -> Figure:
    """Best-of-N import CPU, each side after an untimed run (which writes its .pyc files)."""
    import_cost(ours, IMPORT_OURS, workdir)
    import_cost(real, IMPORT_REAL, workdir)
    figure = Figure([], [])
    for _ in range(mode.import_runs):
        figure.ours.append(import_cost(ours, IMPORT_OURS, workdir))
        figure.real.append(import_cost(real, IMPORT_REAL, workdir))
    return figure


def progress(name: str, figure: Figure, unit: float = 1e6) -> None:
    """One line on stderr per scenario: best (median) of each side, and the ratio."""

    def show(values: list[float]) -> str:
        return f"{min(values) * unit:9.2f} ({statistics.median(values) * unit:8.2f})"

    line = f"{name:22} ours {show(figure.ours)}  starlette {show(figure.real)}"
    print(f"{line}  ratio {figure.ratio:6.3f}", file=sys.stderr, flush=True)


def markdown(header: list[str], rows: list[list[str]]) -> str:
    """A Markdown table: the first column left-aligned, the others right-aligned."""
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        pairs = enumerate(zip(cells, widths, strict=True))
        return "| " + " | ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in pairs) + " |"

    rule = [":" + "-" * (w - 1) if i == 0 else "-" * (w - 1) + ":" for i, w in enumerate(widths)]
    return "\n".join(line(cells) for cells in [header, rule, *rows])


def verdict(met: bool) -> str:
    return "met" if met else "NOT met"


def report(figures: dict[str, Figure], imports: Figure | None) -> str:
    """The Markdown tables, and whether the targets are met (for what was run)."""
    tables, verdicts = [], []
    rows = [
        [title, *figures[n].cells(1e6)] for n, title in REQUEST_SCENARIOS.items() if n in figures
    ]
    if imports is not None:
        rows.append(
            ["Import: `starlette` vs Starlette's 4 core modules", *imports.cells(1e3, " ms")]
        )
    header = ["Scenario (CPU µs per request)", "starlette.py", "Starlette 1.10", "ratio"]
    if rows:
        tables.append(markdown(header, rows))
    for name, target in REQUEST_TARGETS.items():
        if name in figures:
            ratio = figures[name].ratio
            verdicts.append(
                f"{name} ratio {ratio:.2f} (target <= {target:.2f}): {verdict(ratio <= target)}"
            )

    if all(f"router:{case}:{n}" in figures for case in ROUTER_CASES for n in ROUTER_SIZES):
        rows, growth = [], []
        for case in ROUTER_CASES:
            one = figures[f"router:{case}:1"].best_ours
            for n in ROUTER_SIZES:
                figure = figures[f"router:{case}:{n}"]
                growth.append(figure.best_ours / one)
                title = ROUTER_CASE_TITLES[case] if n == ROUTER_SIZES[0] else ""
                rows.append([title, str(n), *figure.cells(1e6), f"{growth[-1]:.2f}"])
        header = [
            "Router, last route (CPU µs)",
            "routes",
            "starlette.py",
            "Starlette 1.10",
            "ratio",
        ]
        tables.append(markdown([*header, "ours(n)/ours(1)"], rows))
        worst = max(growth)
        verdicts.append(
            f"router, worst ours(1000)/ours(1) {worst:.2f} "
            f"(target <= {ROUTER_GROWTH_TARGET:.0f}): {verdict(worst <= ROUTER_GROWTH_TARGET)}"
        )

    streaming = [name for name in STREAMING_SCENARIOS if name in figures]
    if streaming:
        rows = [[STREAMING_SCENARIOS[n], *figures[n].cells(1e6)] for n in streaming]
        header = ["Streaming (CPU µs per exchange)", "starlette.py", "Starlette 1.10", "ratio"]
        tables.append(markdown(header, rows))
        for name in streaming:
            ratio, target = figures[name].ratio, STREAMING_TARGETS[name]
            verdicts.append(
                f"{name} ratio {ratio:.2f} (target <= {target:.2f}): {verdict(ratio <= target)}"
            )
    return "\n\n".join([*tables, "\n".join(verdicts)])


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="fewer, shorter batches (< 1 min)")
    parser.add_argument(
        "--only", help="comma-separated scenarios to run (e.g. websocket,stream,sse); no imports"
    )
    parser.add_argument("--ours", default=str(HERE), help="folder holding our starlette.py")
    parser.add_argument("--real-python", help="an interpreter that has Starlette 1.10.0")
    parser.add_argument(
        "--cache-dir",
        default=str(cache / "starlette-onefile-bench"),
        help="where pip --target installs Starlette 1.10.0",
    )
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    if args.worker:
        worker_main()
        return
    mode = QUICK if args.quick else FULL
    ours_dir = Path(args.ours).resolve()
    if not (ours_dir / "starlette.py").is_file():
        raise SystemExit(f"no starlette.py in {ours_dir} (use --ours DIR)")
    ours_python = Interpreter(sys.executable, str(ours_dir))
    real_python = real_starlette(args)
    names = [*REQUEST_SCENARIOS]
    names += [f"router:{c}:{n}" for c in ROUTER_CASES for n in ROUTER_SIZES]
    names += [*STREAMING_SCENARIOS]
    if args.only:
        names = args.only.split(",")
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as root, ExitStack() as stack:
        workdir = make_workdir(root)
        ours = Side("ours", ours_python, workdir)
        stack.callback(ours.close)
        real = Side("starlette", real_python, workdir)
        stack.callback(real.close)
        ours_file, real_file = check_sides(ours, real, ours_dir)
        print(f"ours:      {ours_file}\nstarlette: {real_file}", file=sys.stderr)
        print("CPU µs per request, best (median)", file=sys.stderr)
        figures = {}
        for name in names:
            figures[name] = interleaved(ours, real, name, mode)
            progress(name, figures[name])
        imports = None
        if not args.only:
            imports = measure_imports(ours_python, real_python, mode, workdir)
            progress("import (ms)", imports, unit=1e3)
    elapsed = time.monotonic() - started
    sys.stderr.flush()
    print(
        f"\nstarlette.py vs Starlette {STARLETTE_VERSION}: CPU time, best of {mode.repeats} "
        f"batches of ~{mode.target:g} s (imports: best of {mode.import_runs} fresh processes); "
        f"sse-starlette {SSE_STARLETTE_VERSION}; "
        f"Python {platform.python_version()}, {platform.system()} {platform.machine()}; "
        f"{'quick' if args.quick else 'full'} run took {elapsed:.0f} s.\n"
    )
    print(report(figures, imports), flush=True)


if __name__ == "__main__":
    main()
