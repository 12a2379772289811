"""Runnable examples for starlette.py; see examples/README.md for the reading order."""
