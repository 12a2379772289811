"""CSRF protection: CSRFMiddleware, a token in every form, a 403 for forgeries.

A starlette.py extra (Starlette itself sends you to a third-party package), so
it is imported as `starlette.CSRFMiddleware`. The middleware sets a signed
`csrftoken` cookie; a POST must send the same value back, in a form field
(`csrf_input(request)` renders it; register it as a Jinja2 global with
`templates.env.globals["csrf_input"] = csrf_input`) or in an `x-csrftoken`
header from JavaScript. A post from another site has the cookie but cannot
read it, and its Origin gives it away too.

Run it from the repository root:

    python -m examples.21_csrf         # in-process: a good post, then two forgeries
    uvicorn examples.21_csrf:app       # then open http://127.0.0.1:8000/
"""

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse
from starlette.routing import Route

import starlette


async def form(request: Request) -> HTMLResponse:
    return HTMLResponse(
        '<form method="post" action="/comment">'
        f"{starlette.csrf_input(request)}"
        '<input name="text"><button>Send</button></form>'
    )


async def comment(request: Request) -> PlainTextResponse:
    async with request.form() as data:  # the body is still there for the endpoint
        return PlainTextResponse(f"thanks for: {data['text']}")


app = Starlette(
    routes=[Route("/", form), Route("/comment", comment, methods=["POST"])],
    middleware=[Middleware(starlette.CSRFMiddleware, secret="change me, keep me secret")],
)


if __name__ == "__main__":
    from starlette.testclient import TestClient

    client = TestClient(app)
    token = client.get("/").cookies["csrftoken"]  # the page sets the cookie
    good = client.post("/comment", data={"csrftoken": token, "text": "hello"})
    print("with the token ->", good.status_code, good.text)
    forged = client.post("/comment", data={"text": "sneaky"})
    print("without it     ->", forged.status_code, forged.text)
    other_site = {"origin": "https://evil.example", "x-csrftoken": token}
    cross = client.post("/comment", data={"text": "hi"}, headers=other_site)
    print("from elsewhere ->", cross.status_code, cross.text)
