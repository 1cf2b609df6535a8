package cli

import (
	"errors"

	"khuyencong/i18n"
	"khuyencong/model"
)

// Exit statuses: 0 success, 1 the command failed, 2 the command line was
// wrong (the usage is printed).
const (
	exitOK    = 0
	exitFail  = 1
	exitUsage = 2
)

// errHelp is returned when -h or --help asks for a command's usage.
var errHelp = errors.New("help requested")

// usageError is a mistake on the command line: exit status 2 and the
// usage of the command concerned.
type usageError struct{ err *model.Error }

func usageErr(k i18n.Key, args ...any) *usageError {
	return &usageError{err: model.Errorf(k, args...)}
}

func (u *usageError) Error() string { return u.err.Error() }

func (u *usageError) Unwrap() error { return u.err }
