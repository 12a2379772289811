"""Templates: render HTML pages with Jinja2 (needs `pip install jinja2`).

From seed 000 ("Static Files and Templates"). Jinja2Templates loads files
from examples/templates/; `TemplateResponse(request, name, context)` renders
one, and the context always holds `request`, so a template can call
`url_for('static', path='/style.css')` to link the mounted static files.

Two repairs to the seed: it called `TemplateResponse("index.html", {"request":
request, ...})`, the pre-1.0 form that Starlette 1.x removed (starlette.py
still accepts it, with a DeprecationWarning), and it used relative folders
that work only when run from inside examples/.

Run it from the repository root:

    python -m examples.08_templates       # in-process, prints the exchange
    uvicorn examples.08_templates:app     # then open http://127.0.0.1:8000/user/ada
"""

from pathlib import Path

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

HERE = Path(__file__).parent

# Template configuration
templates = Jinja2Templates(directory=HERE / "templates")


async def homepage(request: Request) -> HTMLResponse:
    return templates.TemplateResponse(request, "index.html", {"title": "Starlette App"})


async def user_profile(request: Request) -> HTMLResponse:
    username = request.path_params["username"]
    user_data = {
        "username": username,
        "email": f"{username}@example.com",
        "created_at": "2025-01-01",
    }
    return templates.TemplateResponse(request, "profile.html", {"user": user_data})


routes = [
    Route("/", endpoint=homepage),
    Route("/user/{username}", endpoint=user_profile),
    Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
]

app = Starlette(debug=True, routes=routes)


if __name__ == "__main__":
    from starlette.testclient import TestClient

    client = TestClient(app)
    for path in ("/", "/user/ada"):
        response = client.get(path)
        print(f"GET {path} -> {response.status_code} {response.headers['content-type']}")
        print(response.text)
