"""Templates: render HTML pages with Jinja2 (needs `pip install jinja2`).

Jinja2Templates loads files from examples/templates/; `TemplateResponse`
renders one, and the context always holds `request`, so a template can call
`url_for('static', path='/style.css')` to link the mounted static files.

This file calls `TemplateResponse('index.html', {'request': request, ...})`,
Starlette 0.x's form, which starlette.py still accepts with a
DeprecationWarning; in Starlette 1.x the request comes first:
`TemplateResponse(request, 'index.html', {...})`.

Run it from the repository root:

    python -m examples.11_templates       # in-process, prints the exchange
    uvicorn examples.11_templates:app     # then open http://127.0.0.1:8000/user/ada
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
    return templates.TemplateResponse("index.html", {"request": request, "title": "Starlette App"})


async def user_profile(request: Request) -> HTMLResponse:
    username = request.path_params["username"]
    user_data = {
        "username": username,
        "email": f"{username}@example.com",
        "created_at": "2025-01-01",
    }
    return templates.TemplateResponse("profile.html", {"request": request, "user": user_data})


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
