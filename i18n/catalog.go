package i18n

import (
	"fmt"
	"sync"
)

// Key names a catalog entry. Every user-visible sentence of the project is
// a Key with a Vietnamese and an English text, declared in a catalog file
// of the package that shows it.
type Key string

// Msg is one catalog entry; the texts may hold fmt verbs. It is an alias
// of a plain struct so that catalogs in other packages can list entries
// as {"…", "…"} without go vet's composite-literal warning.
type Msg = struct{ VI, EN string }

var (
	mu         sync.RWMutex
	catalog    = map[Key]Msg{}
	duplicates []Key
)

// Register adds entries; catalog files call it from init. A key registered
// twice is a programming error that Check reports, not a run-time failure.
func Register(m map[Key]Msg) {
	mu.Lock()
	defer mu.Unlock()
	for k, v := range m {
		if _, dup := catalog[k]; dup {
			duplicates = append(duplicates, k)
		}
		catalog[k] = v
	}
}

// Lookup returns a key's entry.
func Lookup(k Key) (Msg, bool) {
	mu.RLock()
	defer mu.RUnlock()
	m, ok := catalog[k]
	return m, ok
}

// T renders a catalog entry in the language; an unknown key renders as the
// key itself so a missing translation is visible but harmless.
func (l Lang) T(k Key, args ...any) string {
	m, ok := Lookup(k)
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
