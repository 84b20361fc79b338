"""Which data a page was made from, so that what the site keeps in memory is dropped when it changes.

An immutable database is identified by its hash. `ncnd serve` opens the database live (read-only, WAL):
an incremental build commits into the write-ahead log and a full build renames a new file over the old
one, so the file's identity, size and modification time, and its log's, change with every build.
Reading them is two stat calls: cheap enough for every request.
"""

from __future__ import annotations

import os


def _stat(path: str):
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


def data_version(db):
    """The hash of an immutable database; for a live one, its file's and its log's identity, size and mtime."""
    if getattr(db, "hash", None) is not None:
        return db.hash
    path = getattr(db, "path", None)
    if not path:
        return None
    return (_stat(path), _stat(path + "-wal"))
