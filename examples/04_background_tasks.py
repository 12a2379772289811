"""Background tasks: work that runs after the response has been sent.

The client gets its response first; the server then runs the task before the
connection's ASGI call ends. Plain `def` functions run in a worker thread, so
blocking work (files, smtplib) does not stall other requests; `async def`
ones run on the event loop, so they must not block it for long (the tiny log
write below is fine). BackgroundTasks queues several, run in order.

Run it from the repository root:

    python -m examples.04_background_tasks    # in-process, prints the exchange
    uvicorn examples.04_background_tasks:app
"""

import tempfile
from pathlib import Path

from starlette.applications import Starlette
from starlette.background import BackgroundTask, BackgroundTasks
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

LOG_FILE = Path(tempfile.gettempdir()) / "starlette-example-log.txt"
OUTBOX: list[tuple[str, str]] = []  # where this demo "sends" its email


async def write_log() -> None:
    with open(LOG_FILE, "a") as f:
        f.write("Task executed\n")


def send_email(email: str, message: str) -> None:
    # Send email implementation (this demo only records it)
    OUTBOX.append((email, message))


async def homepage(request: Request) -> JSONResponse:
    return JSONResponse({"message": "Hello!"}, background=BackgroundTask(write_log))


async def endpoint(request: Request) -> JSONResponse:
    task = BackgroundTask(send_email, "user@example.com", "Welcome!")
    return JSONResponse({"message": "User created"}, background=task)


async def signup(request: Request) -> JSONResponse:
    tasks = BackgroundTasks()
    tasks.add_task(send_email, "user@example.com", "Welcome!")
    tasks.add_task(write_log)
    return JSONResponse({"message": "Signed up"}, background=tasks)


app = Starlette(
    routes=[
        Route("/", homepage),
        Route("/users", endpoint, methods=["POST"]),
        Route("/signup", signup, methods=["POST"]),
    ]
)


if __name__ == "__main__":
    from starlette.testclient import TestClient

    client = TestClient(app)
    print(client.get("/").json(), "->", LOG_FILE, "ends with", LOG_FILE.read_text()[-14:])
    print(client.post("/users").json(), "-> outbox", OUTBOX)
    print(client.post("/signup").json(), "-> outbox has", len(OUTBOX), "emails")
