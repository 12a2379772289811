"""GraphQL: `starlette.GraphQLApp` serves a graphql-core schema (pip install graphql-core).

A starlette.py extra (Starlette removed its GraphQL support in 0.17). Queries
come by GET or POST (JSON, application/graphql or a form); resolvers may be
async and find the request and a BackgroundTasks in `info.context`. A browser
opening the URL gets GraphiQL. Mutations need POST, and hostile queries (too
long, too deep) get a 400 before they run.

Run it from the repository root:

    python -m examples.25_graphql
    uvicorn examples.25_graphql:app      # then open http://127.0.0.1:8000/graphql
"""

import graphql
from starlette.applications import Starlette
from starlette.routing import Mount

import starlette

TODOS = ["write the example"]

schema = graphql.build_schema("""
    type Query { todos: [String!]!, hello(name: String = "world"): String! }
    type Mutation { add(text: String!): [String!]! }
""")


# With a dict as root_value, graphql-core calls each entry with (info, **arguments).
async def add(info: graphql.GraphQLResolveInfo, text: str) -> list[str]:
    TODOS.append(text)
    info.context["background"].add_task(print, "background: saved", repr(text))
    return TODOS


root = {"todos": lambda info: TODOS, "hello": lambda info, name: f"Hello, {name}!", "add": add}
app = Starlette(routes=[Mount("/graphql", starlette.GraphQLApp(schema, root_value=root))])


if __name__ == "__main__":
    from starlette.testclient import TestClient

    client = TestClient(app)
    print(client.get("/graphql/", params={"query": '{ hello(name: "ada") }'}).json())
    mutation = {"query": "mutation Add($t: String!) { add(text: $t) }", "variables": {"t": "ship"}}
    print(client.post("/graphql/", json=mutation).json())
    response = client.post("/graphql/", json={"query": "{ nope }"})
    print("a bad field ->", response.status_code, response.json()["errors"][0]["message"])
    page = client.get("/graphql/", headers={"accept": "text/html"})
    print("a browser gets GraphiQL:", "graphiql" in page.text)
