"""The errors NewsGraph raises, each carrying the HTTP status and CLI exit code it maps to.

    NewsGraphError
     ├── UsageError           bad arguments, unknown format           (400 / exit 2)
     ├── InputError           unreadable article or RDF file          (400 / exit 1)
     ├── NotConforming        SHACL rejected the data                 (422 / exit 1)
     ├── QueryError           malformed SPARQL                        (400 / exit 1)
     └── StoreError           the store cannot be opened or written   (503 / exit 1)

They are raised where they arise and rendered in one place: `cli.main` prints one line and exits,
the server answers JSON or HTML by `Accept`.
"""


class NewsGraphError(Exception):
    status = 500
    exit_code = 1


class UsageError(NewsGraphError):
    status = 400
    exit_code = 2


class InputError(NewsGraphError):
    status = 400


class NotConforming(NewsGraphError):
    status = 422

    def __init__(self, message: str, report: str = ""):
        super().__init__(message)
        self.report = report


class QueryError(NewsGraphError):
    status = 400


class StoreError(NewsGraphError):
    status = 503
