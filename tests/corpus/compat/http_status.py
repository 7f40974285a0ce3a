# http.HTTPStatus and http.HTTPMethod.
from http import HTTPStatus, HTTPMethod
import http
print(HTTPStatus.OK, repr(HTTPStatus.OK), HTTPStatus(404), HTTPStatus(404).phrase, HTTPStatus.NOT_FOUND.description)
print(HTTPStatus.OK.is_success, HTTPStatus.NOT_FOUND.is_client_error, HTTPStatus(503).is_server_error, HTTPStatus.FOUND.is_redirection)
print(len(HTTPStatus), len(HTTPStatus.__members__), HTTPStatus.REQUEST_ENTITY_TOO_LARGE, repr(HTTPStatus.UNPROCESSABLE_ENTITY))
print([s.value for s in HTTPStatus][:10], HTTPStatus.OK == 200, HTTPStatus.OK + 1, f"{HTTPStatus.CREATED:d} {HTTPStatus.CREATED}")
print(HTTPMethod.GET, repr(HTTPMethod.POST), HTTPMethod("PUT"), HTTPMethod.GET == "GET", HTTPMethod.PATCH.description, list(HTTPMethod)[:3])
print(http.__all__, HTTPStatus["IM_A_TEAPOT"], HTTPStatus.IM_A_TEAPOT.phrase)
try:
    HTTPStatus(999)
except ValueError as e:
    print(e)
for code in (200, 301, 404, 500):
    s = HTTPStatus(code)
    print(f"HTTP/1.1 {s.value} {s.phrase}")
