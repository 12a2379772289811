"""Configuration: settings from the environment, with a .env file as fallback.

`Config(env_file)` reads KEY=value lines; a real environment variable of the
same name wins, which is how a deployment overrides the file. `cast` converts
the text, `default` covers a missing key (without one, a missing key raises
KeyError), Secret hides a value from logs and tracebacks, and
CommaSeparatedStrings splits lists. The file here is example.env, beside this
one.

Run it from the repository root:

    python -m examples.12_config                 # prints the settings, then a request
    DEBUG=false python -m examples.12_config     # the environment wins over the file
"""

from pathlib import Path

from starlette.applications import Starlette
from starlette.config import Config
from starlette.datastructures import CommaSeparatedStrings, Secret
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

config = Config(Path(__file__).with_name("example.env"))

DEBUG = config("DEBUG", cast=bool, default=False)
DATABASE_URL = config("DATABASE_URL")
SECRET_KEY = config("SECRET_KEY", cast=Secret)
ALLOWED_HOSTS = config("ALLOWED_HOSTS", cast=CommaSeparatedStrings, default="localhost")
PORT = config("PORT", cast=int, default=8000)


async def settings(request: Request) -> JSONResponse:
    return JSONResponse(
        {
            "debug": request.app.debug,
            "database_url": DATABASE_URL,
            "secret_key": repr(SECRET_KEY),  # Secret('**********'): never the value
            "allowed_hosts": list(ALLOWED_HOSTS),
        }
    )


app = Starlette(debug=DEBUG, routes=[Route("/", settings)])


if __name__ == "__main__":
    from starlette.testclient import TestClient

    print(f"DEBUG={DEBUG!r} DATABASE_URL={DATABASE_URL!r} PORT={PORT!r}")
    print(f"SECRET_KEY={SECRET_KEY!r} ALLOWED_HOSTS={ALLOWED_HOSTS!r}")
    print(TestClient(app).get("/").json())
