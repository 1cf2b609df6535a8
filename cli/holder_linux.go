package cli

import (
	"errors"
	"io/fs"
	"net"
	"syscall"
)

// holderSupported: the socket needs the peer's uid, which Linux gives
// with SO_PEERCRED (unix(7)).
const holderSupported = true

// peerUID is the uid of the process at the other end of c, as the kernel
// recorded it at connect (or listen) time, so it cannot be forged.
func peerUID(c *net.UnixConn) (int, error) {
	raw, err := c.SyscallConn()
	if err != nil {
		return 0, err
	}
	var cred *syscall.Ucred
	var cerr error
	if err := raw.Control(func(fd uintptr) {
		cred, cerr = syscall.GetsockoptUcred(int(fd), syscall.SOL_SOCKET, syscall.SO_PEERCRED)
	}); err != nil {
		return 0, err
	}
	if cerr != nil {
		return 0, cerr
	}
	if cred == nil {
		return 0, errors.New("SO_PEERCRED: no credentials")
	}
	return int(cred.Uid), nil
}

// fileOwner is the uid owning fi.
func fileOwner(fi fs.FileInfo) (int, bool) {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return 0, false
	}
	return int(st.Uid), true
}
