package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"net"
	"os"
	"path/filepath"

	"khuyencong/model"
)

// maxSocketPath is what fits in sun_path (108 bytes with its final NUL
// on Linux, unix(7)).
const maxSocketPath = 107

// socketPath is the holder's socket for the database db: a hidden file
// beside it, so that every process naming the same file finds it. A
// symbolic link is followed first, so a link to the database and the
// file itself share one socket.
func socketPath(db string) (string, error) {
	p := db
	if r, err := filepath.EvalSymlinks(db); err == nil {
		p = r
	}
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", fmt.Errorf("socket for %s: %w", db, err)
	}
	s := filepath.Join(filepath.Dir(abs), "."+filepath.Base(abs)+".sock")
	if len(s) > maxSocketPath {
		return "", model.Errorf(MsgHolderPathLong, s, maxSocketPath)
	}
	return s, nil
}

// checkSocket says whether the file at path may be trusted as a holder's
// socket for the user uid: a socket, owned by uid, with no permission
// for anyone else. The peer's uid is checked again once connected (a
// file can be swapped between the check and the connect); this check
// gives the clear message.
func checkSocket(path string, uid int) error {
	fi, err := os.Lstat(path)
	if err != nil {
		return err
	}
	if fi.Mode().Type() != fs.ModeSocket {
		return model.Errorf(MsgHolderNotSocket, path)
	}
	if owner, ok := fileOwner(fi); !ok || owner != uid {
		return model.Errorf(MsgHolderOwner, path, owner)
	}
	if fi.Mode().Perm()&0o077 != 0 {
		return model.Errorf(MsgHolderMode, path, fmt.Sprintf("%04o", fi.Mode().Perm()))
	}
	return nil
}

// listenSocket listens at path for the user uid. A socket left there is
// stale — this process holds the database's lock, so no other holder of
// it lives — and is removed, but only when it is a socket of uid: any
// other file is someone's and stays, and then there is no listener.
func listenSocket(path string, uid int) (*net.UnixListener, error) {
	_, err := os.Lstat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case fileIsSocketOf(path, uid):
		if rerr := os.Remove(path); rerr != nil && !errors.Is(rerr, fs.ErrNotExist) {
			return nil, fmt.Errorf("remove stale socket %s: %w", path, rerr)
		}
	case err != nil:
		return nil, fmt.Errorf("socket %s: %w", path, err)
	default:
		return nil, checkSocket(path, uid) // says whose file it is
	}
	ln, err := net.ListenUnix("unix", &net.UnixAddr{Name: path, Net: "unix"})
	if err != nil {
		return nil, fmt.Errorf("listen on %s: %w", path, err)
	}
	// bind(2) applies the umask; until this chmod another user might
	// connect, and is then refused by the peer check.
	if err := os.Chmod(path, 0o600); err != nil {
		ln.Close()
		return nil, fmt.Errorf("chmod %s: %w", path, err)
	}
	return ln, nil
}

// fileIsSocketOf: a socket owned by uid, whatever its permissions.
func fileIsSocketOf(path string, uid int) bool {
	fi, err := os.Lstat(path)
	if err != nil || fi.Mode().Type() != fs.ModeSocket {
		return false
	}
	owner, ok := fileOwner(fi)
	return ok && owner == uid
}
