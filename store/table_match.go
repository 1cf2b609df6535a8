package store

import "strings"

// Matcher returns whether a row's search text (Text) contains every word,
// without putting the text together: a word is looked for in the row's
// own text, then in its shared parts, and what a shared part holds is
// remembered for the matcher's life, since thousands of rows share it. A
// matcher is for one goroutine; each scan makes its own.
func (t *Table[T]) Matcher(words []string) func(i int) bool {
	m := &matcher{names: t.names, words: words}
	return func(i int) bool { return m.match(t.rows.at(i)) }
}

type matcher struct {
	names []string
	words []string
	// seen[w][id] is 0 before the shared part id was looked at for word
	// w, then 1 if it lacks the word and 2 if it has it. It is made only
	// once memoRows rows were tested: a save re-tests a handful of rows
	// for each filtered session, and a slice as long as the dictionary
	// would cost more than it saves.
	seen  [][]uint8
	tests int
}

// memoRows is how many rows a matcher tests before it remembers parts.
const memoRows = 4096

func (m *matcher) match(row string) bool {
	text, shared, _ := rowSplit(row)
	for w, word := range m.words {
		if strings.Contains(text, word) {
			continue
		}
		found := false
		sharedParts(shared, func(id uint32) bool {
			found = m.partHas(w, id)
			return !found
		})
		if !found {
			return false
		}
	}
	return true
}

func (m *matcher) partHas(w int, id uint32) bool {
	if int(id) >= len(m.names) {
		return false
	}
	if m.tests < memoRows {
		m.tests++
		return strings.Contains(m.names[id], m.words[w])
	}
	if m.seen == nil {
		m.seen = make([][]uint8, len(m.words))
	}
	if m.seen[w] == nil {
		m.seen[w] = make([]uint8, len(m.names))
	}
	s := &m.seen[w][id]
	if *s == 0 {
		*s = 1
		if strings.Contains(m.names[id], m.words[w]) {
			*s = 2
		}
	}
	return *s == 2
}
