"""Safe extraction of Model Library Format archives (tar files we do not trust).

Checks every member's name and link itself, because Debian 12's Python 3.11.2 predates the
tarfile data filters; where the running Python has them (tarfile.data_filter), each member also
goes through filter="data" as a second fence.
"""

import os
import pathlib
import re
import shutil
import stat
import tarfile
import tempfile

from .errors import ServerError

MAX_MEMBERS = 100000
MAX_TOTAL_BYTES = 2 << 30

# tarfile's own extraction policy (PEP 706), when this Python has it.
_DATA_FILTER = getattr(tarfile, "data_filter", None)


def _member_path(name):
    """The archive member's relative path parts, or raises for unsafe names."""
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        raise ServerError(f"The archive is unsafe: member {name!r} has an absolute path.")
    parts = [part for part in name.replace("\\", "/").split("/") if part not in ("", ".")]
    if any(part == ".." for part in parts):
        raise ServerError(f"The archive is unsafe: member {name!r} points outside the folder.")
    return parts


def safe_extract(archive_path, target_dir):
    """Extracts an MLF tar into target_dir (which must not exist) without trusting it.

    Refuses absolute names, '..', links that leave the target, devices and FIFOs, and archives
    over MAX_MEMBERS entries or MAX_TOTAL_BYTES. Extracts into a temporary sibling folder and
    renames it on success, so a failure leaves nothing half-written.
    """
    target_dir = pathlib.Path(target_dir)
    staging = pathlib.Path(tempfile.mkdtemp(prefix=".extract-", dir=target_dir.parent))
    try:
        try:
            archive = tarfile.open(archive_path, "r:*")
        except (tarfile.TarError, OSError) as error:
            raise ServerError(
                f"The model archive {archive_path} cannot be read as a tar file.", str(error)
            ) from error
        with archive:
            _extract_members(archive, staging)
        os.rename(staging, target_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _check_with_data_filter(member, root):
    """The second fence: tarfile's "data" filter must accept the member too (when available)."""
    if _DATA_FILTER is None:
        return
    try:
        _DATA_FILTER(member, root)
    except tarfile.FilterError as error:
        raise ServerError(
            f"The archive is unsafe: member {member.name!r} is refused ({error})."
        ) from None


def _extract_members(archive, root):
    root_real = os.path.realpath(root)
    total = 0
    count = 0
    for member in archive:
        count += 1
        if count > MAX_MEMBERS:
            raise ServerError(f"The archive is unsafe: it has more than {MAX_MEMBERS} entries.")
        parts = _member_path(member.name)
        if not parts:
            continue
        destination = os.path.join(root, *parts)
        parent = os.path.dirname(destination)
        # Never write through a link created by an earlier member.
        if not os.path.realpath(parent).startswith(root_real):
            raise ServerError(f"The archive is unsafe: member {member.name!r} goes through a link.")
        if member.isdev() or member.isfifo():
            raise ServerError(f"The archive is unsafe: member {member.name!r} is a device node.")
        if os.path.islink(destination):
            os.unlink(destination)
        if member.isdir():
            _check_with_data_filter(member, root)
            os.makedirs(destination, exist_ok=True)
            continue
        os.makedirs(parent, exist_ok=True)
        if member.issym():
            link = member.linkname
            resolved = os.path.normpath(os.path.join(os.path.dirname(destination), link))
            if os.path.isabs(link) or not (resolved + os.sep).startswith(root_real + os.sep):
                raise ServerError(
                    f"The archive is unsafe: link {member.name!r} points outside the folder."
                )
            _check_with_data_filter(member, root)
            os.symlink(link, destination)
            continue
        if member.islnk():
            source_parts = _member_path(member.linkname)
            source = os.path.join(root, *source_parts)
            if not os.path.realpath(source).startswith(root_real + os.sep) or not os.path.isfile(
                source
            ):
                raise ServerError(
                    f"The archive is unsafe: hard link {member.name!r} points outside the folder."
                )
            _check_with_data_filter(member, root)
            shutil.copyfile(source, destination)
            continue
        if not member.isreg():
            continue
        total += member.size
        if total > MAX_TOTAL_BYTES:
            raise ServerError("The archive is unsafe: it unpacks to more than 2 GiB.")
        _check_with_data_filter(member, root)
        source = archive.extractfile(member)
        with source, open(destination, "wb") as output:
            shutil.copyfileobj(source, output)
        mode = member.mode & 0o755
        os.chmod(destination, mode | stat.S_IRUSR | stat.S_IWUSR)
