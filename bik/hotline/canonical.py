"""Canonical forms of a reported URL, so that the same address reported twice (by two people, or to two
hotlines) is recognised without ever fetching it.

`canonical_url` is the strict key (RFC 3986 §6 normalisation plus tracking parameters removed): two reports
with the same strict key are duplicates. `loose_key` is coarser (http/https alike, one trailing slash, sorted
query, repeated decoding) and only *suggests* a possible duplicate. Both are pure functions of the text."""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import unquote

MAX_LENGTH = 2048

# Parameters that only say where a click came from (Firefox query stripping and common lists); any `utm_*`.
TRACKING_PARAMETERS = frozenset(
    {
        "gclid",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "fbclid",
        "twclid",
        "igshid",
        "yclid",
        "ysclid",
        "_openstat",
        "mc_cid",
        "mc_eid",
        "_hsenc",
        "_hsmi",
        "__hssc",
        "__hstc",
        "__hsfp",
        "hsctatracking",
        "mkt_tok",
        "oly_anon_id",
        "oly_enc_id",
        "vero_id",
        "wickedid",
        "__s",
    }
)
DEFAULT_PORTS = {"http": 80, "https": 443, "ftp": 21, "ws": 80, "wss": 443}

_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*)://")
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
_SUB_DELIMS = frozenset("!$&'()*+,;=")
_PATH_CHARACTERS = _UNRESERVED | _SUB_DELIMS | frozenset(":@/")
_QUERY_CHARACTERS = _PATH_CHARACTERS | frozenset("?")
_HOST_CHARACTERS = _UNRESERVED | _SUB_DELIMS
_HEX = frozenset("0123456789abcdefABCDEF")


class InvalidUrlError(ValueError):
    """The text cannot be read as a web address with a host."""


def _normalise_escapes(text: str, allowed: frozenset[str]) -> str:
    """Upper-case escapes, decode escapes of unreserved characters, encode everything else that may not
    appear bare (spaces, non-ASCII as UTF-8, a lone `%`)."""
    out: list[str] = []
    index = 0
    while index < len(text):
        char = text[index]
        if char == "%" and index + 2 < len(text) and text[index + 1] in _HEX and text[index + 2] in _HEX:
            decoded = chr(int(text[index + 1 : index + 3], 16))
            out.append(decoded if decoded in _UNRESERVED else "%" + text[index + 1 : index + 3].upper())
            index += 3
            continue
        if char in allowed:
            out.append(char)
        else:
            out.extend(f"%{byte:02X}" for byte in char.encode("utf-8", "surrogatepass"))
        index += 1
    return "".join(out)


def _remove_dot_segments(path: str) -> str:
    """RFC 3986 §5.2.4."""
    output: list[str] = []
    for segment in path.split("/")[1:]:
        if segment == "..":
            if output:
                output.pop()
        elif segment != ".":
            output.append(segment)
    result = "/" + "/".join(output)
    if path.endswith(("/.", "/..")) and not result.endswith("/"):
        result += "/"
    return result


def _ipv4_part(part: str) -> int | None:
    try:
        if part[:2].lower() == "0x":
            return int(part[2:] or "0", 16)
        if len(part) > 1 and part.startswith("0"):
            return int(part[1:], 8)
        return int(part, 10) if part.isascii() and part.isdigit() else None
    except ValueError:
        return None


def _numeric_ipv4(host: str) -> str | None:
    """Decimal, octal, hexadecimal and short IPv4 forms (as browsers read them) as a dotted quad."""
    parts = host.split(".")
    if parts and parts[-1] == "":
        parts.pop()
    if not 1 <= len(parts) <= 4 or any(part == "" for part in parts):
        return None
    numbers = [_ipv4_part(part) for part in parts]
    if any(number is None for number in numbers):
        return None
    values = [number for number in numbers if number is not None]
    if any(value > 255 for value in values[:-1]) or values[-1] >= 256 ** (5 - len(values)):
        return None
    address = values[-1]
    for position, value in enumerate(values[:-1]):
        address += value * 256 ** (3 - position)
    return str(ipaddress.IPv4Address(address))


def _label_to_ascii(label: str) -> str:
    if label.isascii():
        return label
    try:
        return label.encode("idna").decode("ascii")
    except UnicodeError as error:
        raise InvalidUrlError(label) from error


def _canonical_host(host: str) -> str:
    if host.startswith("["):
        if not host.endswith("]"):
            raise InvalidUrlError(host)
        try:
            return "[" + ipaddress.IPv6Address(host[1:-1]).compressed + "]"
        except ValueError as error:
            raise InvalidUrlError(host) from error
    try:
        host = unquote(host, errors="strict") if "%" in host else host
    except UnicodeError as error:
        raise InvalidUrlError(host) from error
    labels = [label for label in host.lower().split(".") if label]
    # IDNA maps some characters to dots ("…" to "...", the one-dot leader U+2024 to "."): split again, so that the
    # key is read the same way when it is given back.
    ascii_host = ".".join(_label_to_ascii(label).lower() for label in labels)
    labels = [label for label in ascii_host.split(".") if label]
    if not labels:
        raise InvalidUrlError(host)
    host = ".".join(labels)
    numeric = _numeric_ipv4(host)
    if numeric is not None:
        return numeric
    if not host or any(char not in _HOST_CHARACTERS for char in host):
        raise InvalidUrlError(host)
    return host


def _split_authority(authority: str) -> tuple[str, str]:
    hostport = authority.rpartition("@")[2]  # user:password@ never belongs to the key
    if hostport.startswith("["):
        host, bracket, rest = hostport.partition("]")
        if not bracket:
            raise InvalidUrlError(authority)
        host += "]"
        if rest and not rest.startswith(":"):
            raise InvalidUrlError(authority)
        return host, rest[1:]
    host, _colon, port = hostport.partition(":")
    return host, port


def _is_tracking(part: str) -> bool:
    name = unquote(part.partition("=")[0]).lower()
    return name.startswith("utm_") or name in TRACKING_PARAMETERS


def canonical_url(text: str) -> str:
    """The strict key of a reported URL. Raises InvalidUrlError when there is no usable host."""
    cleaned = re.sub(r"[\t\r\n]", "", text).strip()
    if not cleaned or len(cleaned) > MAX_LENGTH:
        raise InvalidUrlError(text)
    match = _SCHEME.match(cleaned)
    scheme = match.group(1).lower() if match else "http"
    rest = cleaned[match.end() :] if match else cleaned
    rest = rest.partition("#")[0]
    split_at = min((index for index in (rest.find(c) for c in "/?\\") if index >= 0), default=len(rest))
    authority, remainder = rest[:split_at], rest[split_at:].replace("\\", "/")
    host_text, port_text = _split_authority(authority)
    host = _canonical_host(host_text)
    port = ""
    if port_text:
        if not port_text.isascii() or not port_text.isdigit() or int(port_text) > 65535:
            raise InvalidUrlError(text)
        if int(port_text) != DEFAULT_PORTS.get(scheme):
            port = f":{int(port_text)}"
    path, question, query = remainder.partition("?")
    path = _remove_dot_segments(_normalise_escapes(path or "/", _PATH_CHARACTERS)) if path else "/"
    if not path.startswith("/"):
        path = "/" + path
    parts = [_normalise_escapes(part, _QUERY_CHARACTERS - {"&"}) for part in query.split("&")] if question else []
    kept = [part for part in parts if part and not _is_tracking(part)]
    return f"{scheme}://{host}{port}{path}" + ("?" + "&".join(kept) if kept else "")


def loose_key(canonical: str) -> str:
    """A coarser key of a canonical URL: equal loose keys suggest a possible duplicate for an analyst to
    check; they are never merged automatically."""
    scheme, _sep, rest = canonical.partition("://")
    if scheme == "https":
        scheme = "http"
    authority_and_path, _question, query = rest.partition("?")
    authority, slash, path = authority_and_path.partition("/")
    path = "/" + path if slash else "/"
    for _round in range(3):  # double-encoded addresses are a common way of hiding a known one
        decoded = unquote(path)
        if decoded == path:
            break
        path = decoded
    path = re.sub(r"/{2,}", "/", path)
    if len(path) > 1 and path.endswith("/"):
        path = path[:-1]
    parameters = sorted(part for part in query.split("&") if part)
    return f"{scheme}://{authority}{path}" + ("?" + "&".join(parameters) if parameters else "")


def defang(text: str) -> str:
    """The URL as inert text: `hxxps://example[.]com/…`. No mail client, chat or browser turns it into a link."""
    cleaned = re.sub(r"[\t\r\n]", " ", text).strip()
    match = _SCHEME.match(cleaned)
    if match:
        scheme = match.group(1).replace("t", "x").replace("T", "X")
        rest = cleaned[match.end() :]
        prefix = f"{scheme}://"
    else:
        rest, prefix = cleaned, ""
    split_at = min((index for index in (rest.find(c) for c in "/?#\\") if index >= 0), default=len(rest))
    authority, remainder = rest[:split_at], rest[split_at:]
    return prefix + authority.replace(".", "[.]") + remainder.replace("://", "[:]//")
