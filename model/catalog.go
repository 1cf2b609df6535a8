package model

import (
	"errors"
	"fmt"
	"strings"
)

// Lang is a UI language.
type Lang uint8

const (
	VI Lang = iota // Vietnamese, the default
	EN
)

// ParseLang accepts "vi" or "en" (any case).
func ParseLang(s string) (Lang, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "vi":
		return VI, true
	case "en":
		return EN, true
	}
	return VI, false
}

// Key names a catalog entry. Every user-visible sentence of the project is
// a Key with a Vietnamese and an English text, declared in a catalog_*.go
// file of this package.
type Key string

// Msg is one catalog entry; the texts may hold fmt verbs.
type Msg struct{ VI, EN string }

var catalog = map[Key]Msg{}

// register adds entries; catalog_*.go files call it from init. A duplicate
// key is a programming error caught by the catalog test, not at run time.
func register(m map[Key]Msg) {
	for k, v := range m {
		if _, dup := catalog[k]; dup {
			duplicateKeys = append(duplicateKeys, k)
		}
		catalog[k] = v
	}
}

var duplicateKeys []Key

// T renders a catalog entry in the language; an unknown key renders as the
// key itself so a missing translation is visible but harmless.
func (l Lang) T(k Key, args ...any) string {
	m, ok := catalog[k]
	if !ok {
		return string(k)
	}
	s := m.VI
	if l == EN {
		s = m.EN
	}
	if len(args) == 0 {
		return s
	}
	return fmt.Sprintf(s, args...)
}

// Error is a user-facing error: a catalog key with its arguments, rendered
// in the user's language by Localize. Error() gives Vietnamese, the
// product's default language.
type Error struct {
	Key  Key
	Args []any
}

// Errorf makes an Error.
func Errorf(k Key, args ...any) *Error { return &Error{Key: k, Args: args} }

func (e *Error) Error() string { return VI.T(e.Key, e.Args...) }

// In renders the error in the language.
func (e *Error) In(l Lang) string { return l.T(e.Key, e.Args...) }

// Localize renders any error for a user: catalog errors and validation
// problems in the language, anything else (I/O, bugs) as Go wrote it.
func Localize(err error, l Lang) string {
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

func (ps Problems) Error() string { return ps.In(VI) }

// In renders all problems as "Field: reason; ...".
func (ps Problems) In(l Lang) string {
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

func (ps *Problems) add(field string, k Key, args ...any) {
	*ps = append(*ps, Problem{Field: field, Err: Errorf(k, args...)})
}

// FieldLabel is a field's name for users, from the "field.<name>" entries.
func FieldLabel(field string, l Lang) string { return l.T(Key("field." + field)) }
