package model

import "time"

// ID identifies a record within its kind. The store assigns IDs densely from
// 1, so a read model can keep records in a slice and find one by arithmetic.
type ID uint32

// Kind names a record type; it is also the bucket and audit-trail name.
type Kind uint8

const (
	KindFacility Kind = iota + 1
	KindProject
	KindAllocation
	KindPayment
	KindUser
	KindSettings
	KindRound
	KindEntry
	KindScoreSheet
	KindStep      // a project's life, one event per record (step.go)
	KindProgramme // a programme with its targets (programme.go)
)

// Meta is what every stored record carries besides its fields: identity,
// the version used for optimistic concurrency, soft deletion and who touched
// it last. The store owns these fields; callers only pass Version back.
type Meta struct {
	ID        ID
	Version   uint32
	Deleted   bool
	CreatedAt time.Time
	UpdatedAt time.Time
	UpdatedBy string
}

// Record is implemented by the four record types.
type Record interface {
	Kind() Kind
	Header() *Meta
	// Validate returns every problem with the record, or nil.
	Validate() Problems
	// Sanitize normalises every text field (NFC, no control or escape
	// characters) in place; the store calls it before each write.
	Sanitize()
}
