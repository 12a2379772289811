"""A quick app: route decorators and plain return values (starlette.py extras).

`@app.get(path)` (and .post, .put, .patch, .delete, .head, .options,
.websocket) registers the function below it; an endpoint may return a dict or
list (JSON), a str (text), None (204), or a (body, status) tuple instead of a
Response. Starlette itself lacks these, so this example needs starlette.py.

    python -m examples.18_quick_app               # in-process, prints the exchange
    uvicorn examples.18_quick_app:app --reload    # served
"""

from starlette.applications import Starlette
from starlette.requests import Request

app = Starlette()
todos: dict[int, str] = {1: "write the app"}


@app.get("/todos")
async def list_todos(request: Request) -> dict[int, str]:
    return todos


@app.post("/todos")
async def add_todo(request: Request) -> tuple[dict[str, int], int]:
    todos[len(todos) + 1] = (await request.json())["title"]
    return {"id": len(todos)}, 201


@app.delete("/todos/{todo_id:int}")
async def delete_todo(request: Request) -> tuple[dict[str, str], int] | None:
    if todos.pop(request.path_params["todo_id"], None) is None:
        return {"error": "no such todo"}, 404
    return None  # 204 No Content


if __name__ == "__main__":
    from starlette.testclient import TestClient

    client = TestClient(app)
    for method, path, body in [
        ("POST", "/todos", {"title": "test it"}),
        ("GET", "/todos", None),
        ("DELETE", "/todos/1", None),
        ("DELETE", "/todos/1", None),
        ("GET", "/todos", None),
    ]:
        response = client.request(method, path, json=body)
        print(f"{method} {path} -> {response.status_code} {response.text!r}")
