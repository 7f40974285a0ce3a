"""The `concurrent` package: `concurrent.futures` is what it holds."""
