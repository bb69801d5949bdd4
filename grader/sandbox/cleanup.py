"""Removing folders student code may have filled: deep, unreadable, huge, full of links, with few descriptors."""

from __future__ import annotations

import errno
import os
import stat
import time

# A directory is opened by name in its parent: never through a symbolic link, never inherited by a child process.
DIRECTORY = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC
NOT_A_DIRECTORY = (errno.ENOTDIR, errno.ELOOP)


class _OutOfTime(Exception):
    """The budget of seconds is spent."""


class _Folder:
    """One directory on the way down: its name in its parent, its identity, what is left to do and left alone."""

    __slots__ = ("name", "device", "inode", "pending", "left", "fixed")

    def __init__(self, name: str | None, info: os.stat_result, left: set[str]):
        """The folder named name (None for the top), as fstat saw it, with the names that stay in it."""
        self.name, self.device, self.inode = name, info.st_dev, info.st_ino
        self.pending: list[str] | None = None  # its subdirectories still to remove, once it was read
        self.left = left                       # entries that stay (kept, mount points, or that could not go)
        self.fixed = False                     # whether it was made 0o700 already


def remove_tree(path, seconds: float = 10.0) -> bool:
    """Remove path and everything under it (links unfollowed, other mounts left); whether it is gone. Never raises."""
    try:
        return _remove_tree(os.fspath(path), time.monotonic() + seconds)
    except Exception:  # RecursionError and MemoryError too; every descriptor was closed on the way out
        return False


def empty_folder(path, keep: tuple[str, ...] = (), seconds: float = 10.0) -> bool:
    """Remove every entry of the folder but those named in keep and mount points; whether no other is left."""
    try:
        return _empty_folder(os.fspath(path), frozenset(keep), time.monotonic() + seconds)
    except Exception:
        return False


def _remove_tree(path: str, deadline: float) -> bool:
    """remove_tree, raising: the tree is opened from its parent, without following a link."""
    if os.path.basename(path.rstrip(os.sep)) in ("", ".", ".."):
        return False  # "", "/", "." or "..": rm refuses them too
    parent, name = os.path.split(os.path.abspath(path))
    try:
        parent_fd = os.open(parent, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)  # the caller's path to it
    except (FileNotFoundError, NotADirectoryError):
        return True  # nothing there
    try:
        try:
            info = os.stat(name, dir_fd=parent_fd, follow_symlinks=False)
        except FileNotFoundError:
            return True
        if not stat.S_ISDIR(info.st_mode):
            return _unlink(parent_fd, name)
        if info.st_dev != os.fstat(parent_fd).st_dev:
            return False  # a mount point: its files belong to another filesystem
        fd = _open_folder(parent_fd, name)
        if fd is None:
            return _unlink(parent_fd, name)  # not a directory any more
        try:
            top = os.fstat(fd)
            if (top.st_dev, top.st_ino) != (info.st_dev, info.st_ino):
                return False  # replaced while we looked
            if not _clear(fd, _Folder(None, top, set()), deadline, spare_mounts=False):
                return False
        finally:
            os.close(fd)
        return _rmdir(parent_fd, name, None)
    finally:
        os.close(parent_fd)


def _empty_folder(path: str, keep: frozenset[str], deadline: float) -> bool:
    """empty_folder, raising: the folder itself must not be a link."""
    try:
        fd = os.open(path, DIRECTORY)
    except FileNotFoundError:
        return True
    except PermissionError:
        _chmod_path(path)
        fd = os.open(path, DIRECTORY)
    try:
        return _clear(fd, _Folder(None, os.fstat(fd), set(keep)), deadline, spare_mounts=True)
    finally:
        os.close(fd)


def _clear(top_fd: int, top: _Folder, deadline: float, spare_mounts: bool) -> bool:
    """Empty the directory open at top_fd but for top.left, depth first, with one directory open below it."""
    # Down with openat(name), back up with openat(".."), checked against the identity recorded on the way down:
    # the stack holds names, not descriptors, so depth costs none.
    clean = True
    fd = top_fd
    path = [top]
    try:
        while True:
            if time.monotonic() >= deadline:
                raise _OutOfTime
            here = path[-1]
            if here.pending is None:
                here.pending, read_all = _read(fd, here, deadline, spare_mounts and len(path) == 1)
                clean &= read_all
            if here.pending:
                name = here.pending.pop()
                try:
                    child = _open_folder(fd, name, here)
                except OSError:  # unreadable even once made 0o700, or out of descriptors
                    here.left.add(name)
                    clean = False
                    continue
                if child is None:  # not a directory (any more): a link or a file
                    try:
                        removed = _unlink(fd, name, here)
                    except OSError:
                        removed = False
                    if not removed:
                        here.left.add(name)
                        clean = False
                    continue
                info = os.fstat(child)
                if info.st_dev != top.device:  # another mount: not ours to empty
                    os.close(child)
                    here.left.add(name)
                    clean &= spare_mounts and len(path) == 1
                    continue
                if fd != top_fd:
                    os.close(fd)
                fd = child
                path.append(_Folder(name, info, set()))
                continue
            if len(path) == 1:
                return clean
            done = path.pop()
            above = path[-1]
            if len(path) == 1:
                up = top_fd
            else:
                up = os.open("..", DIRECTORY, dir_fd=fd)
                info = os.fstat(up)
                if (info.st_dev, info.st_ino) != (above.device, above.inode):
                    os.close(up)
                    return False  # moved while we were below it: we no longer know where we are
            os.close(fd)
            fd = up
            if done.left or not _rmdir(fd, done.name, above):
                above.left.add(done.name)
                clean = False
    except _OutOfTime:
        return False
    finally:
        if fd != top_fd:
            os.close(fd)


def _read(fd: int, here: _Folder, deadline: float, spare_mounts: bool) -> tuple[list[str], bool]:
    """Unlink every entry of the directory but its subdirectories (returned, by name) and here.left."""
    folders, clean = [], True
    try:
        os.lseek(fd, 0, os.SEEK_SET)  # os.scandir reads through a duplicate, which shares the offset
    except OSError:
        pass
    with os.scandir(fd) as entries:
        for entry in entries:
            if time.monotonic() >= deadline:
                raise _OutOfTime
            name = entry.name
            if name in here.left:
                continue
            try:
                is_folder = entry.is_dir(follow_symlinks=False)
            except OSError:
                is_folder = False
            if is_folder:
                folders.append(name)
                continue
            try:
                if _unlink(fd, name, here):
                    continue
            except IsADirectoryError:  # it became one
                folders.append(name)
                continue
            except OSError as exc:
                if exc.errno == errno.EBUSY and spare_mounts:  # a file mounted on this one
                    here.left.add(name)
                    continue
            here.left.add(name)
            clean = False
    return folders, clean


def _open_folder(fd: int, name: str, here: _Folder | None = None) -> int | None:
    """The directory name in fd, opened (made 0o700 first if it cannot be read); None if it is not a directory."""
    for attempt in (1, 2):
        try:
            return os.open(name, DIRECTORY, dir_fd=fd)
        except PermissionError:
            if attempt == 2:
                raise
            if here is not None:
                _fix(fd, here)  # the folder it is in may lack search permission
            _chmod_entry(fd, name)
        except OSError as exc:
            if exc.errno in NOT_A_DIRECTORY:
                return None
            raise
    return None


def _unlink(fd: int, name: str, here: _Folder | None = None) -> bool:
    """Unlink name in fd (a file, a link, anything but a directory); errors but permission raise (IsADirectoryError)."""
    return _removed(os.unlink, fd, name, here, failures=())


def _rmdir(fd: int, name: str, here: _Folder | None) -> bool:
    """Remove the (empty) directory name in fd; False on any error."""
    return _removed(os.rmdir, fd, name, here, failures=OSError)


def _removed(remove, fd: int, name: str, here: _Folder | None, failures) -> bool:
    """remove(name, dir_fd=fd); True when name is gone. With here, once more after making fd's folder 0o700."""
    for attempt in (1, 2):
        try:
            remove(name, dir_fd=fd)
            return True
        except FileNotFoundError:
            return True
        except PermissionError:
            if attempt == 2 or here is None or not _fix(fd, here):
                return False
        except failures:
            return False
    return False


def _fix(fd: int, here: _Folder) -> bool:
    """Make the directory open at fd 0o700, once; whether this was the first try and it worked."""
    if here.fixed:
        return False
    here.fixed = True
    try:
        os.fchmod(fd, 0o700)
    except OSError:
        return False
    return True


def _chmod_entry(fd: int, name: str) -> None:
    """Make the directory name in fd 0o700 without following a link (through an O_PATH descriptor if need be)."""
    try:
        os.chmod(name, 0o700, dir_fd=fd, follow_symlinks=False)
        return
    except (OSError, ValueError, NotImplementedError):
        pass
    try:
        handle = os.open(name, os.O_PATH | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC, dir_fd=fd)
    except OSError:
        return
    try:
        os.chmod(f"/proc/self/fd/{handle}", 0o700)
    except OSError:
        pass
    finally:
        os.close(handle)


def _chmod_path(path: str) -> None:
    """Make the directory at path 0o700 if it is one (not a link to one)."""
    parent, name = os.path.split(os.path.abspath(path))
    fd = os.open(parent, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        _chmod_entry(fd, name)
    finally:
        os.close(fd)
