package store

import (
	"time"

	"khuyencong/i18n"
	"khuyencong/model"
)

// Sentinel errors; test with errors.Is. The errors the store returns carry a
// more precise *model.Error (with the path, the user or the record) that
// model.Localize renders in the user's language.
var (
	ErrInUse       = model.Errorf(MsgStoreInUse, "")
	ErrNotDatabase = model.Errorf(MsgStoreNotDatabase, "")
	ErrSchema      = model.Errorf(MsgStoreSchema, "")
	ErrForbidden   = model.Errorf(MsgStoreForbidden)
	ErrNotFound    = model.Errorf(MsgStoreNotFound)
	ErrReadOnly    = model.Errorf(MsgStoreReadOnly)
	ErrClosed      = model.Errorf(MsgStoreClosed)
	ErrCanceled    = model.Errorf(MsgStoreCanceled)
)

// codedError is a sentinel made precise: errors.Is matches the sentinel,
// errors.As(**model.Error) finds the precise message, and the cause (a
// bbolt or OS error) stays reachable for errors.Is too.
type codedError struct {
	is    error
	msg   *model.Error
	cause error
}

func coded(is error, cause error, k i18n.Key, args ...any) error {
	return &codedError{is: is, msg: model.Errorf(k, args...), cause: cause}
}

// Error is the user's sentence; the cause (bbolt's "timeout", "invalid
// database") would only add jargon, and stays reachable through Unwrap.
func (e *codedError) Error() string { return e.msg.Error() }

func (e *codedError) Is(target error) bool { return target == e.is }

func (e *codedError) Unwrap() []error {
	if e.cause == nil {
		return []error{e.msg}
	}
	return []error{e.msg, e.cause}
}

// ConflictError refuses an Update or Delete whose version is not the
// record's current one: someone else saved it since the caller read it.
type ConflictError struct {
	By      string    // who saved the current version
	At      time.Time // when
	Version uint32    // the current version
}

func (e *ConflictError) msg() *model.Error {
	return model.Errorf(MsgStoreConflict, e.By, e.At.Local().Format("15:04:05 02/01/2006"), e.Version)
}

func (e *ConflictError) Error() string { return e.msg().Error() }

// Unwrap gives the localisable message, so model.Localize renders it.
func (e *ConflictError) Unwrap() error { return e.msg() }

// DuplicateError refuses a tax code or project code already used by another
// live record. Field is "tax_code" or "code"; ID is the record that has it.
type DuplicateError struct {
	Field string
	Value string
	ID    model.ID
}

func (e *DuplicateError) msg() *model.Error {
	switch e.Field {
	case "tax_code":
		return model.Errorf(MsgStoreDupTaxCode, e.Value, e.ID)
	case "round_code", "entry_code", "member":
		return model.Errorf(dupContest[e.Field], e.Value, e.ID)
	}
	return model.Errorf(MsgStoreDupCode, e.Value, e.ID)
}

func (e *DuplicateError) Error() string { return e.msg().Error() }

// Unwrap gives the localisable message, so model.Localize renders it.
func (e *DuplicateError) Unwrap() error { return e.msg() }

// BatchError says which record of a CreateMany call was refused; Index
// counts from 0. Err is the record's own error (model.Problems,
// *DuplicateError, ...), reachable with errors.As.
type BatchError struct {
	Index int
	Err   error
}

func (e *BatchError) Error() string {
	return i18n.VI.T(MsgStoreBatchRecord, e.Index+1, e.Err.Error())
}

func (e *BatchError) Unwrap() error { return e.Err }

func notFound(k model.Kind, id model.ID) error {
	if ki, ok := k.Info(); ok && ki.NotFound != "" {
		return coded(ErrNotFound, nil, ki.NotFound, id)
	}
	return coded(ErrNotFound, nil, MsgStoreNotFound)
}

func deletedErr(k model.Kind, id model.ID) error {
	if ki, ok := k.Info(); ok && ki.Deleted != "" {
		return coded(ErrNotFound, nil, ki.Deleted, id)
	}
	return coded(ErrNotFound, nil, MsgStoreNotFound)
}

func badKind(k model.Kind) error {
	return model.Errorf(MsgStoreBadKind, k.String())
}
