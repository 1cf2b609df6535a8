package model

import (
	"errors"
	"strings"

	"khuyencong/i18n"
)

// Error is a user-facing error: a catalog key with its arguments, rendered
// in the user's language by Localize. Error() gives Vietnamese, the
// product's default language.
type Error struct {
	Key  i18n.Key
	Args []any
}

// Errorf makes an Error.
func Errorf(k i18n.Key, args ...any) *Error { return &Error{Key: k, Args: args} }

func (e *Error) Error() string { return e.In(i18n.VI) }

// In renders the error in the language. An argument that is itself a
// catalog key (a stage's name) is rendered in the language too.
func (e *Error) In(l i18n.Lang) string {
	var args []any // a copy, made only when a key is found
	for i, a := range e.Args {
		if k, ok := a.(i18n.Key); ok {
			if args == nil {
				args = append([]any(nil), e.Args...)
			}
			args[i] = l.T(k)
		}
	}
	if args == nil {
		args = e.Args
	}
	return l.T(e.Key, args...)
}

// Localize renders any error for a user: catalog errors and validation
// problems in the language, anything else (I/O, bugs) as Go wrote it.
func Localize(err error, l i18n.Lang) string {
	if err == nil {
		return ""
	}
	var ps Problems
	if errors.As(err, &ps) {
		return ps.In(l)
	}
	var e *Error
	if errors.As(err, &e) {
		return e.In(l)
	}
	return err.Error()
}

// Problem is one validation failure tied to the field it concerns.
type Problem struct {
	Field string // field name as in FieldLabel, e.g. "tax_code"
	Err   *Error
}

// Problems is every validation failure of a record; nil means valid.
type Problems []Problem

func (ps Problems) Error() string { return ps.In(i18n.VI) }

// In renders all problems as "Field: reason; ...".
func (ps Problems) In(l i18n.Lang) string {
	parts := make([]string, len(ps))
	for i, p := range ps {
		parts[i] = FieldLabel(p.Field, l) + ": " + p.Err.In(l)
	}
	return strings.Join(parts, "; ")
}

// For returns the first problem of a field, or nil.
func (ps Problems) For(field string) *Error {
	for _, p := range ps {
		if p.Field == field {
			return p.Err
		}
	}
	return nil
}

func (ps *Problems) add(field string, k i18n.Key, args ...any) {
	*ps = append(*ps, Problem{Field: field, Err: Errorf(k, args...)})
}

// FieldLabel is a field's name for users, from the "field.<name>" entries.
func FieldLabel(field string, l i18n.Lang) string { return l.T(i18n.Key("field." + field)) }
