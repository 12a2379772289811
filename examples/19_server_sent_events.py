"""Server-sent events: a live clock and a token stream, read by a browser page.

EventSourceResponse (a starlette.py extra; on Starlette, the sse-starlette
add-on plays this part) sends each item its generator yields as one event
of a text/event-stream response. The page below reads both streams with the
browser's EventSource, which reconnects by itself and then sends the last
event id it saw as the Last-Event-ID header: /clock resumes from it.

    uvicorn examples.19_server_sent_events:app   # then open http://127.0.0.1:8000
    python -m examples.19_server_sent_events     # in-process: prints the events
"""

import datetime
from collections.abc import AsyncIterator

import anyio
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse

from starlette import EventSourceResponse, ServerSentEvent

PAGE = """<!doctype html>
<title>Server-sent events</title>
<p>Server time: <b id="clock">...</b></p>
<p><input id="prompt" value="tell me about streams"> <button id="ask">Ask</button></p>
<p id="answer"></p>
<script>
new EventSource("/clock").addEventListener("tick", (e) => {
  document.getElementById("clock").textContent = JSON.parse(e.data).time;
});
document.getElementById("ask").onclick = () => {
  const answer = document.getElementById("answer");
  answer.textContent = "";
  const q = encodeURIComponent(document.getElementById("prompt").value);
  const tokens = new EventSource("/tokens?prompt=" + q);
  tokens.onmessage = (e) => { answer.textContent += e.data; };
  tokens.addEventListener("done", () => tokens.close());  // else it would reconnect
};
</script>
"""

app = Starlette()


@app.get("/")
async def page(request: Request) -> HTMLResponse:
    return HTMLResponse(PAGE)


@app.get("/clock")
async def clock(request: Request) -> EventSourceResponse:
    start = int(request.headers.get("last-event-id", "0")) + 1  # resume after a reconnect

    async def ticks() -> AsyncIterator[ServerSentEvent]:
        for n in range(start, start + 3600):
            now = datetime.datetime.now().strftime("%H:%M:%S")
            yield ServerSentEvent({"time": now}, event="tick", id=str(n))
            await anyio.sleep(1)

    return EventSourceResponse(ticks())


@app.get("/tokens")
async def tokens(request: Request) -> EventSourceResponse:
    prompt = request.query_params.get("prompt", "")

    async def words() -> AsyncIterator[str | ServerSentEvent]:
        for word in f"You asked: {prompt}. Streams send words as they come.".split():
            yield word + " "  # as a language model would, token by token
            await anyio.sleep(0.01)
        yield ServerSentEvent("", event="done")

    return EventSourceResponse(words())


if __name__ == "__main__":
    from starlette.testclient import TestClient

    from starlette import parse_event_stream

    client = TestClient(app)
    with client.stream("GET", "/clock", headers={"Last-Event-ID": "41"}) as response:
        lines = response.iter_lines()
        first = [next(lines) for _ in range(4)]  # one event, then we leave
    print("clock:", parse_event_stream(first))
    with client.stream("GET", "/tokens", params={"prompt": "hi"}) as response:
        events = parse_event_stream(response.iter_lines())
    print("tokens:", "".join(e.data or "" for e in events if e.event is None))
    print("last event:", events[-1].event)
