//go:build !linux

package cli

import "io/fs"

// umask is the strictest mask where /proc cannot say: exports are private.
func umask() fs.FileMode { return 0o077 }
