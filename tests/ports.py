"""A free loopback port, for the servers tests and benches start (ours, rdflib-endpoint, Virtuoso)."""
import socket


def free_port() -> int:
    """A port nothing listens on once this returns (the socket that found it is closed)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
