"""A corpus built to break a build: links out of corpus/, FIFOs, sockets, a 2 GB sparse file, names that are
not UTF-8, hidden files, files sharing a stem, HTML nested hundreds deep and a malformed sources.csv.

write_hostile_corpus() returns what a correct build must show for each entry, so the reliability tests and
the soak can check every one. SECRET is written outside corpus/: it must never appear in the database.
"""

import os
import shutil
import socket
import stat
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED_CORPUS = ROOT / "corpus"
SECRET = "OUTSIDE-CORPUS-SECRET-7f3a9c"
DEEP_PHRASE = "Loamshire Police neither confirm nor deny holding the deep information"
SPARSE_BYTES = 2 * 1024 * 1024 * 1024

NOTICE = """Freedom of Information Request Reference No: {ref}

Date: 3 March 2023

Request: Does the force use Ring doorbell footage?

Response: Kent Police can neither confirm nor deny that it holds the information, by virtue of Section 24(2) and Section 31(3).
"""


def deep_html(levels: int) -> str:
    return "<html><body>" + "<div>" * levels + f"<p>{DEEP_PHRASE}.</p>" + "</div>" * levels + "</body></html>"


def write_hostile_corpus(base: Path) -> dict:
    """corpus/ (the seeds plus every hostile case) and outside/ under base; returns the expectations.

    expected["unread"]: stored path -> a phrase of the reason (recorded, never read);
    expected["notices"]: stored paths that must become notices; expected["errors"]: paths that must
    become errors with a phrase of the reason.
    """
    corpus = base / "corpus"
    outside = base / "outside"
    shutil.copytree(SEED_CORPUS, corpus)
    outside.mkdir()
    secret = outside / "secret.txt"
    secret.write_text(NOTICE.format(ref=SECRET) + SECRET + "\n")
    (outside / "folder").mkdir()
    (outside / "folder" / "inner.txt").write_text(NOTICE.format(ref=SECRET))
    unread, notices, errors = {}, [], {}

    def link(name, target, reason):
        os.symlink(target, corpus / name)
        unread[name] = reason

    link("link-out.txt", str(secret), "outside corpus/")
    link("link-up.txt", "../outside/secret.txt", "outside corpus/")
    link("link-dev-zero.txt", "/dev/zero", "outside corpus/")
    link("link-dangling.txt", "no-such-file.txt", "leads nowhere")
    os.symlink("loop-b.txt", corpus / "loop-a.txt")
    os.symlink("loop-a.txt", corpus / "loop-b.txt")
    unread["loop-a.txt"] = unread["loop-b.txt"] = "leads nowhere"
    link("link-inside.txt", "000_84e63d2b671adfe2.txt", "inside corpus/")
    link("link-folder-out", str(outside / "folder"), "outside corpus/")
    (corpus / "real-folder").mkdir()
    (corpus / "real-folder" / "nested.txt").write_text(NOTICE.format(ref="RF-1"))
    notices.append("real-folder/nested.txt")
    link("link-folder-in", "real-folder", "folder 'real-folder' inside corpus/")

    os.mkfifo(corpus / "pipe.txt")
    unread["pipe.txt"] = "FIFO"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.bind(str(corpus / "socket.txt"))
    sock.close()
    unread["socket.txt"] = "socket"
    if os.geteuid() == 0:
        os.mknod(corpus / "device.txt", 0o600 | stat.S_IFCHR, os.makedev(1, 5))  # like /dev/zero
        unread["device.txt"] = "character device"

    with open(corpus / "sparse.txt", "wb") as f:
        f.truncate(SPARSE_BYTES)
    errors["sparse.txt"] = "over the 20 MB limit"

    odd = os.fsencode(str(corpus)) + b"/caf\xe9-notice.txt"
    with open(odd, "wb") as f:
        f.write(NOTICE.format(ref="LATIN-1").encode())
    unread["caf\\xe9-notice.txt"] = "not valid UTF-8"
    os.mkdir(os.fsencode(str(corpus)) + b"/dossier-\xff")
    unread["dossier-\\xff"] = "not valid UTF-8"
    (corpus / ".hidden-notice.txt").write_text(NOTICE.format(ref="HIDDEN"))
    unread[".hidden-notice.txt"] = "hidden file"
    (corpus / ".hidden-folder").mkdir()
    (corpus / ".hidden-folder" / "inside.txt").write_text(NOTICE.format(ref="HIDDEN-2"))
    unread[".hidden-folder"] = "hidden folder"

    # Same stem: every file its own notice; "x.md" is also the stem of "x.md.txt".
    (corpus / "x.txt").write_text(NOTICE.format(ref="X-TXT"))
    (corpus / "x.md").write_text(NOTICE.format(ref="X-MD"))
    (corpus / "x.md.txt").write_text(NOTICE.format(ref="X-MD-TXT"))
    notices += ["x.txt", "x.md", "x.md.txt"]

    (corpus / "deep.html").write_text(deep_html(400))
    notices.append("deep.html")
    (corpus / "empty.txt").write_bytes(b"")
    errors["empty.txt"] = "empty"
    (corpus / "noise.txt").write_bytes(bytes(range(256)) * 64)
    errors["noise.txt"] = "binary"

    # Unreadable file and folder: only a user other than root is refused (the tests also fake the refusal).
    (corpus / "locked.txt").write_text(NOTICE.format(ref="LOCKED"))
    (corpus / "locked-folder").mkdir()
    (corpus / "locked-folder" / "in.txt").write_text(NOTICE.format(ref="LOCKED-2"))
    os.chmod(corpus / "locked.txt", 0)
    os.chmod(corpus / "locked-folder", 0)
    if os.geteuid() == 0:
        notices += ["locked.txt", "locked-folder/in.txt"]
    else:
        errors["locked.txt"] = "Permission denied"
        unread["locked-folder"] = "could not be listed"

    # sources.csv: good rows stay; each bad one is reported by line.
    with open(corpus / "sources.csv", "ab") as f:
        f.write(b"x.txt,,txt,https://www.example.police.uk/x,2024-01-01,Open Government Licence v3.0,\n")
        f.write(b"too,many,fields,in,this,row,of,the,manifest\n")
        f.write(b"bad-bytes-\xff.txt,,txt,,,,\n")
        f.write(b"x.md,,md,https://www.example.police.uk/x-md,2024-01-02,Open Government Licence v3.0,\n")
        f.write(b',,,,,,"\n')  # an unterminated quote swallows the rest of the file
    return {
        "corpus": corpus,
        "outside": outside,
        "unread": unread,
        "notices": notices,
        "errors": errors,
        "manifest_lines": ["9 fields", "not valid UTF-8"],
    }


def unlock(corpus: Path) -> None:
    """Give the locked file and folder their permissions back, so that the temporary folder can be removed."""
    for name in ("locked.txt", "locked-folder"):
        path = corpus / name
        if path.exists():
            os.chmod(path, 0o755)
