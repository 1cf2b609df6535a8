// Package store keeps the khuyến công records in one bbolt file and serves
// them to every session from a shared in-memory read model.
//
// Writes go through Store methods that take the acting user: each checks the
// role, sanitises and validates the record, checks its version (no lost
// update), keeps tax codes and project codes unique, stamps the record,
// appends an audit entry with the old and new value of every changed field,
// all in one bbolt transaction; after the commit it publishes the record to
// the read model and sends an Event on the change feed.
//
// Reads never touch bbolt: Snapshot returns an immutable view (an atomic
// pointer load) whose tables are chunked copy-on-write slices, so a write
// costs a chunk copy, not a copy of the data, and readers never lock. Each
// row is kept packed in one string, its folded search text and the record
// in the codec's format with repeated strings numbered in a shared
// dictionary, and is decoded when read (pack.go): a million facilities
// take about 220 MB instead of 500 MB as Go structs, with one pointer a
// row for the garbage collector to follow instead of fourteen.
//
// Records are encoded with a small hand-written binary codec (varints,
// length-prefixed strings, a format byte) because decoding a million
// records must take a fraction of a second. A damaged or foreign file is
// refused with ErrNotDatabase before bbolt can fault on it, and faults that
// still happen while loading are turned into errors, never a crash. A
// record, user or setting that does not decode does not stop Open: it is
// left out of the read model and Check names it.
//
// The seam for a replicated store later is the API itself: callers see
// Store's methods, Snapshot and Table, never a bbolt type.
package store
