"""Static files for production: cache headers, precompressed files, an SPA fallback.

starlette.py extras on StaticFiles (Starlette's StaticFiles lacks them):

    cache_control=...     a Cache-Control value, or a function of the file's path
    precompressed=True    serve app.js.br / .zst / .gz when the client accepts it
    fallback="index.html" unknown paths without an extension get the app's page

Files built with content hashes in their names never change, so they may be
cached for a year; index.html must be revalidated. The folder is spa/, with
assets/app.js and its gzip sibling built ahead of time (`gzip -k app.js`).

Run it from the repository root:

    python -m examples.23_static_production
    uvicorn examples.23_static_production:app   # then: curl -H 'Accept-Encoding: gzip' -I ...
"""

from pathlib import Path

from starlette.applications import Starlette
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles

HERE = Path(__file__).parent


def cache_policy(path: str) -> str:
    if path.endswith(".html"):
        return "no-cache"  # always revalidate the page (a 304 when unchanged)
    return "public, max-age=31536000, immutable"


spa = StaticFiles(
    directory=HERE / "spa", cache_control=cache_policy, precompressed=True, fallback="index.html"
)
app = Starlette(routes=[Mount("/", spa)])


if __name__ == "__main__":
    from starlette.testclient import TestClient

    client = TestClient(app)
    for path, encoding in [
        ("/assets/app.js", "gzip"),
        ("/assets/app.js", "identity"),
        ("/settings/profile", "gzip"),
        ("/missing.png", "gzip"),
    ]:
        response = client.get(path, headers={"accept-encoding": encoding})
        print(
            f"GET {path} ({encoding}) -> {response.status_code}",
            response.headers.get("content-encoding", "-"),
            response.headers.get("cache-control", "-"),
        )
