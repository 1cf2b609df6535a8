package store

import (
	"fmt"
	"runtime/debug"
)

// guard runs fn and turns a panic into an ErrNotDatabase error naming the
// file. bbolt trusts its pages: on a damaged file it can panic on a bad
// page type, or read past the end of a truncated map, which
// SetPanicOnFault turns from a crash into a panic. The header check in
// Open refuses most damaged files before this is needed.
func guard(path string, fn func() error) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if p := recover(); p != nil {
			err = coded(ErrNotDatabase, nil, MsgStoreDamaged, path, fmt.Sprint(p))
		}
	}()
	return fn()
}
