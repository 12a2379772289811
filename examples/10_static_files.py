"""Static files: serve a folder, with caching headers and byte ranges.

`app.mount("/static", StaticFiles(...), name="static")`: StaticFiles is an
ASGI app of its own, mounted under a prefix. It answers with ETag and
Last-Modified so a browser can revalidate (304 Not Modified), and honours
Range requests (206 Partial Content), which is how video players seek. The
folder is found relative to this file, so it runs from any directory.

Run it from the repository root:

    python -m examples.10_static_files    # in-process, prints the exchange
    uvicorn examples.10_static_files:app  # then: curl -r 0-4 localhost:8000/static/hello.txt
"""

from pathlib import Path

from starlette.applications import Starlette
from starlette.staticfiles import StaticFiles

HERE = Path(__file__).parent

app = Starlette()
app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")


if __name__ == "__main__":
    from starlette.testclient import TestClient

    client = TestClient(app)
    url = app.url_path_for("static", path="/hello.txt")
    first = client.get(url)
    print(f"GET {url} -> {first.status_code} {first.text!r} etag={first.headers['etag']}")
    again = client.get(url, headers={"If-None-Match": first.headers["etag"]})
    print("revalidate ->", again.status_code)
    part = client.get(url, headers={"Range": "bytes=0-4"})
    print("Range: bytes=0-4 ->", part.status_code, repr(part.text), part.headers["content-range"])
    print("missing file ->", client.get("/static/nope.txt").status_code)
