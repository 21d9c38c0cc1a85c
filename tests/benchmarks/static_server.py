"""A minimal, fast static file server for the download benchmark, in its own process.

    python -m tests.benchmarks.static_server FILE

Prints the URL on stdout, then serves FILE for any GET path with
``os.sendfile`` (no copy through Python), so the server is never what limits
the download, and neither curl nor veodesk shares a process with it.
"""

from __future__ import annotations

import os
import socket
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    path_to_serve = ""

    def do_GET(self) -> None:
        size = os.path.getsize(self.path_to_serve)
        self.send_response(200)
        self.send_header("Content-Type", "video/mp4")
        self.send_header("Content-Length", str(size))
        self.end_headers()
        with open(self.path_to_serve, "rb") as f:
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self.wfile.flush()
            offset = 0
            while offset < size:
                sent = os.sendfile(self.connection.fileno(), f.fileno(), offset, size - offset)
                if sent == 0:
                    break
                offset += sent

    def log_message(self, format: str, *args: object) -> None:
        pass


def main() -> None:
    Handler.path_to_serve = sys.argv[1]
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    print(f"http://127.0.0.1:{server.server_address[1]}/output.mp4", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
