"""The urllib package: only urllib.parse is available (urllib.request, urllib.error,
urllib.response and urllib.robotparser are not: Edge Python has no network access)."""

# Marks this module as a package, so `from urllib import parse` imports the submodule.
__path__ = []
