//go:build !linux

package cli

import (
	"errors"
	"io/fs"
	"net"
)

// holderSupported: elsewhere the peer's uid cannot be read the same way,
// so no socket is offered and a held database is refused as before.
const holderSupported = false

func peerUID(*net.UnixConn) (int, error) { return 0, errors.New("peer credentials unsupported") }

func fileOwner(fs.FileInfo) (int, bool) { return 0, false }
