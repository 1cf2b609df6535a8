//go:build !unix

package store

import "os"

// releaseFile closes the file after bbolt panicked inside Open.
func releaseFile(f *os.File) { _ = f.Close() }
