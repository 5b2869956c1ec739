"""A USB stick that damages data, as a FUSE file system over a plain folder (python3-fusepy).

    python3 corruptingStick.py <backing folder> <mount point>

Files are kept in the backing folder. The byte at the offset written in <backing folder>/.damage as
"read <offset>" comes back with one bit flipped whenever it is read (the stick stores it right but returns it
wrong); as "write <offset>" it is stored with one bit flipped (the stick returns what it wrongly stored). With
no .damage file the stick is sound. Every read and write goes to this process (direct_io), never to a cache,
so reading a file back shows what the stick really returns.
"""
import os
import sys

from fusepy import FUSE, FuseOSError, Operations

CONTROL = '.damage'


class CorruptingStick(Operations):
    def __init__(self, backing):
        self.backing = backing

    def _path(self, path):
        return os.path.join(self.backing, path.lstrip('/'))

    def _damage(self):
        try:
            with open(os.path.join(self.backing, CONTROL)) as control:
                mode, offset = control.read().split()
                return mode, int(offset)
        except (OSError, ValueError):
            return None, -1

    def _flip(self, mode, data, offset):
        wanted, at = self._damage()
        if wanted == mode and offset <= at < offset + len(data):
            data = bytearray(data)
            data[at - offset] ^= 0x10
        return bytes(data)

    def getattr(self, path, fh=None):
        try:
            st = os.lstat(self._path(path))
        except OSError as error:
            raise FuseOSError(error.errno)
        return {key: getattr(st, key) for key in ('st_mode', 'st_nlink', 'st_size', 'st_uid', 'st_gid', 'st_atime', 'st_mtime', 'st_ctime')}

    def readdir(self, path, fh):
        return ['.', '..'] + [name for name in os.listdir(self._path(path)) if name != CONTROL]

    def statfs(self, path):
        st = os.statvfs(self._path(path))
        return {key: getattr(st, key) for key in ('f_bavail', 'f_bfree', 'f_blocks', 'f_bsize', 'f_favail', 'f_ffree', 'f_files', 'f_flag', 'f_frsize', 'f_namemax')}

    def mkdir(self, path, mode):
        os.mkdir(self._path(path), mode)

    def rmdir(self, path):
        os.rmdir(self._path(path))

    def unlink(self, path):
        os.unlink(self._path(path))

    def rename(self, old, new):
        os.rename(self._path(old), self._path(new))

    def truncate(self, path, length, fh=None):
        os.truncate(self._path(path), length)

    def chmod(self, path, mode):
        os.chmod(self._path(path), mode)

    def utimens(self, path, times=None):
        os.utime(self._path(path), times)

    def create(self, path, mode, fi=None):
        return os.open(self._path(path), os.O_RDWR | os.O_CREAT | os.O_TRUNC, mode)

    def open(self, path, flags):
        return os.open(self._path(path), flags & ~os.O_APPEND)

    def read(self, path, size, offset, fh):
        return self._flip('read', os.pread(fh, size, offset), offset)

    def write(self, path, data, offset, fh):
        return os.pwrite(fh, self._flip('write', data, offset), offset)

    def flush(self, path, fh):
        return 0

    def fsync(self, path, datasync, fh):
        os.fsync(fh)
        return 0

    def release(self, path, fh):
        os.close(fh)
        return 0


if __name__ == '__main__':
    FUSE(CorruptingStick(sys.argv[1]), sys.argv[2], foreground=True, direct_io=True)
