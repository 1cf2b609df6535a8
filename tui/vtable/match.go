package vtable

import (
	"khuyencong/vntext"
	"strings"
)

// parseQuery folds a query and splits it into words.
func parseQuery(q string) []string {
	return strings.Fields(vntext.Fold(q))
}

// narrows reports whether every row matching next also matches prev, and
// if so which words of next still need checking: a row of prev's result
// already contains prev[i], so next[i] needs a check only when it differs.
// Holds when next has at least prev's words, each next[i] containing
// prev[i] (typing more letters, or a new word).
func narrows(prev, next []string, need []string) ([]string, bool) {
	if len(next) < len(prev) {
		return need, false
	}
	need = need[:0]
	for i, w := range next {
		if i < len(prev) {
			if !strings.Contains(w, prev[i]) {
				return need, false
			}
			if w == prev[i] {
				continue
			}
		}
		need = append(need, w)
	}
	return need, true
}

// matchAll reports whether text contains every word.
func matchAll(text string, words []string) bool {
	for _, w := range words {
		if !strings.Contains(text, w) {
			return false
		}
	}
	return true
}

// matcherFor is how to test a row of src against words: the Source's
// Matcher if it has one, else its Text.
func matcherFor(src Source, words []string) func(row int) bool {
	if m, ok := src.(Matcher); ok {
		return m.Matcher(words)
	}
	return func(r int) bool { return matchAll(src.Text(r), words) }
}

// orderWords puts the longest (usually rarest) word first so that most
// rows are rejected by the first Contains.
func orderWords(ws []string) {
	for i := 1; i < len(ws); i++ {
		for j := i; j > 0 && len(ws[j]) > len(ws[j-1]); j-- {
			ws[j], ws[j-1] = ws[j-1], ws[j]
		}
	}
}

// stopEvery is how many rows a goroutine scans between checks whether a
// newer query has superseded it.
const stopEvery = 8192

// scan appends to dst the rows of base whose text matches every word. stop
// is polled every stopEvery rows; scan returns ok=false if it said stop.
func scan(src Source, base, dst []int32, words []string, stop func() bool) ([]int32, bool) {
	if len(words) == 0 {
		return append(dst, base...), true
	}
	match := matcherFor(src, words)
	for i, r := range base {
		if stop != nil && i%stopEvery == 0 && i > 0 && stop() {
			return dst, false
		}
		if match(int(r)) {
			dst = append(dst, r)
		}
	}
	return dst, true
}

// scanFirst fills dst (up to its capacity) with the first matches among at
// most budget rows of base: the page shown while the full scan runs.
func scanFirst(src Source, base, dst []int32, words []string, budget int) []int32 {
	if budget > len(base) {
		budget = len(base)
	}
	match := matcherFor(src, words)
	for _, r := range base[:budget] {
		if len(dst) == cap(dst) {
			break
		}
		if match(int(r)) {
			dst = append(dst, r)
		}
	}
	return dst
}
