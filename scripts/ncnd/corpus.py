"""The corpus folder as the build sees it: every entry accounted for, nothing outside corpus/ ever read.

survey() lists what is there without opening anything: regular files to read, and every other entry
(symbolic links, FIFOs, devices, sockets, hidden files, names that are not UTF-8, folders that cannot be
listed) with the reason it is recorded but not read. read_file() opens one file without following links
at any level, refuses anything but a regular file after opening it, and reads no more than the limit.
"""

import errno
import os
import stat
from dataclasses import dataclass, field

# Files in corpus/ that are about the corpus, not notices.
NOT_NOTICES = {"sources.csv", "README.md", ".gitkeep", ".fetch-state.json", ".fetch-state.json.tmp"}  # the last: ncnd fetch's state

KINDS = {
    stat.S_IFIFO: "a FIFO (named pipe)",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFSOCK: "a socket",
}


class UnreadableFile(Exception):
    """A corpus entry that is not read; the message says why, in words a person can act on."""


@dataclass
class Survey:
    files: dict = field(default_factory=dict)  # rel -> (size, mtime_ns): regular files, to be read
    unread: dict = field(default_factory=dict)  # rel -> (size, mtime_ns, reason): recorded, never opened


def escaped_name(name: str) -> str:
    """A name that is not UTF-8, as text: 'caf\\xe9.txt' (the bytes as escapes), so it can be stored and shown."""
    return os.fsencode(name).decode("utf-8", "backslashreplace")


def is_utf8(name: str) -> bool:
    try:
        name.encode("utf-8")
        return True
    except UnicodeEncodeError:  # os.scandir hands undecodable bytes back as lone surrogates
        return False


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def _link_reason(entry_path: str, root_real: str) -> str:
    """Why a symbolic link is not followed, without naming a place outside corpus/."""
    target = os.path.realpath(entry_path)
    if not _inside(target, root_real):
        return "a symbolic link to a place outside corpus/: links are never followed, so it was not read"
    try:
        target = os.path.realpath(entry_path, strict=True)
        mode = os.stat(target).st_mode
    except OSError:
        return "a symbolic link that leads nowhere (dangling, or a loop): not read"
    rel = os.path.relpath(target, root_real)
    what = "folder" if stat.S_ISDIR(mode) else "file"
    return f"a symbolic link to the {what} {escaped_name(rel)!r} inside corpus/: links are not followed, so it was not read; copy the {what} instead"


def survey(corpus_dir) -> Survey:
    """Every entry below corpus_dir, keyed by relative POSIX path, in one os.scandir pass (no file opened).

    At 100,000 files pathlib's objects and a second stat per file cost seconds; scandir's lstat is free.
    """
    root = os.fspath(corpus_dir)
    root_real = os.path.realpath(root)
    found = Survey()
    odd_names = []  # (escaped rel, size, mtime, reason): keyed last, so a real name always keeps its key

    def record(rel, st, reason):
        if is_utf8(rel):
            found.unread[rel] = (st.st_size if st else 0, st.st_mtime_ns if st else 0, reason)
        else:
            odd_names.append((escaped_name(rel), st.st_size if st else 0, st.st_mtime_ns if st else 0, reason))

    def walk(folder: str, prefix: str, st_folder) -> None:
        try:
            with os.scandir(folder) as listing:
                entries = list(listing)
        except OSError as e:
            if not prefix:
                raise
            record(prefix.rstrip("/"), st_folder, f"a folder that could not be listed ({e.strerror}): the files in it were not read")
            return
        for entry in entries:
            name, rel = entry.name, prefix + entry.name
            try:
                st = entry.stat(follow_symlinks=False)
            except OSError as e:
                record(rel, None, f"could not be examined ({e.strerror}): not read")
                continue
            mode = st.st_mode
            is_dir = stat.S_ISDIR(mode)
            if rel in NOT_NOTICES or name == ".gitkeep":  # sources.csv is reported by the manifest's reader
                continue
            if not is_utf8(name):
                kind = "folder" if is_dir else "file"
                record(rel, st, f"the {kind} name is not valid UTF-8 (shown here with \\x escapes): not read; rename the {kind}")
            elif name.startswith("."):
                kind = "folder" if is_dir else "file"
                record(rel, st, f"a hidden {kind} (its name starts with a dot): not read; rename it if it holds notices")
            elif stat.S_ISLNK(mode):
                record(rel, st, _link_reason(entry.path, root_real))
            elif is_dir:
                walk(entry.path, rel + "/", st)
            elif stat.S_ISREG(mode):
                found.files[rel] = (st.st_size, st.st_mtime_ns)
            else:
                kind = KINDS.get(stat.S_IFMT(mode), "not a regular file")
                record(rel, st, f"{kind}, not a regular file: never opened")

    walk(root, "", None)
    for rel, size, mtime, reason in sorted(odd_names):
        key, n = rel, 2
        while key in found.files or key in found.unread:  # a real file already has this escaped spelling
            key, n = f"{rel}~{n}", n + 1
        found.unread[key] = (size, mtime, reason)
    return found


def _open_below(root: str, rel: str) -> int:
    """A descriptor for root/rel opened one component at a time, never through a symbolic link."""
    flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC
    parts = rel.split("/")
    fd = os.open(root, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        for part in parts[:-1]:
            if part in ("", ".", ".."):
                raise UnreadableFile("the path leaves its folder: not read")
            next_fd = os.open(part, flags | os.O_DIRECTORY, dir_fd=fd)
            os.close(fd)
            fd = next_fd
        if parts[-1] in ("", ".", ".."):
            raise UnreadableFile("the path leaves its folder: not read")
        # O_NONBLOCK: opening a FIFO that appeared since the survey must not wait for a writer.
        file_fd = os.open(parts[-1], flags | os.O_NONBLOCK, dir_fd=fd)
    finally:
        os.close(fd)
    return file_fd


def read_file(corpus_dir, rel: str, max_bytes: int, what: str = "one file") -> bytes:
    """The bytes of one regular file below corpus_dir, at most max_bytes, or UnreadableFile saying why."""
    try:
        fd = _open_below(os.fspath(corpus_dir), rel)
    except UnreadableFile:
        raise
    except OSError as e:
        if e.errno in (errno.ELOOP, errno.ENOTDIR):
            raise UnreadableFile("a symbolic link (or a path through one): links are never followed, so it was not read") from e
        raise UnreadableFile(f"the file could not be opened ({e.strerror}): not read") from e
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            kind = KINDS.get(stat.S_IFMT(st.st_mode), "not a regular file")
            raise UnreadableFile(f"{kind}, not a regular file: never read")
        if st.st_size > max_bytes:
            raise UnreadableFile(
                f"the file is {st.st_size / 1024 / 1024:.1f} MB, over the {max_bytes // 1024 // 1024} MB limit for {what}: not read"
            )
        os.set_blocking(fd, True)
        chunks, left = [], max_bytes + 1
        while left > 0:
            try:
                chunk = os.read(fd, min(left, 1 << 20))
            except OSError as e:
                raise UnreadableFile(f"the file could not be read ({e.strerror})") from e
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        data = b"".join(chunks)
        if len(data) > max_bytes:  # it grew after the stat
            raise UnreadableFile(f"the file is over the {max_bytes // 1024 // 1024} MB limit for {what}: not read")
        return data
    finally:
        os.close(fd)


def unread_marker(reason: str) -> str:
    """What file_stats keeps instead of a sha256 for an entry never read: it changes when the reason does."""
    import hashlib

    return "unread:" + hashlib.sha256(reason.encode("utf-8")).hexdigest()[:16]
