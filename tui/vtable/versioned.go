package vtable

// Versioned is an optional interface of a Source whose data is one version
// of a line of versions (a store table, snapshot after snapshot). With it,
// the table shares sort orders with every other table showing the same
// version (see Orders), and on SetSource patches its order and filter
// result from the rows that changed instead of sorting and scanning again.
//
// Sharing and patching also need the sort keys to come from the Source
// (KeyAppender or KeySource) and the rows from Lister; a Versioned Source
// without them is sorted as any other.
type Versioned interface {
	// DataVersion identifies the data and how the Source lists it: two
	// Sources of the same dynamic type and version have the same rows,
	// Skip, Text and sort keys (keys must therefore not depend on the UI
	// language). 0: unknown, nothing is shared.
	DataVersion() uint64
	// ChangedSince returns, sorted and unique, the rows whose Skip, Text
	// or sort keys may differ between the Source of the same type with
	// version v and this one, rows appended since included; no other row
	// may differ. ok is false when it does not know, and the table then
	// rebuilds. The table never modifies the slice.
	ChangedSince(v uint64) (rows []int32, ok bool)
}

// sharedKeys reports whether src can share and patch orders: versioned,
// a Lister, and sort keys from the Source itself, so that the keys of an
// older version can still be read from that version's Source.
func sharedKeys(src Source) (Versioned, bool) {
	v, ok := src.(Versioned)
	if !ok || v.DataVersion() == 0 {
		return nil, false
	}
	if _, ok := src.(Lister); !ok {
		return nil, false
	}
	switch src.(type) {
	case KeyAppender, KeySource:
		return v, true
	}
	return nil, false
}

// VersionLiner is an optional interface of a Versioned Source whose
// versions form separate lines that never patch from each other (a source
// that lists deleted rows and one that hides them). Orders keeps each
// line apart, so that an order superseded by a newer one of its own line
// lets go of its Source (a whole old snapshot after an import) at once.
// Without it every version of a Source type is one line.
type VersionLiner interface{ VersionLine() uint64 }
