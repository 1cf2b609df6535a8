package vtable

import (
	"math/bits"
	"slices"
	"strings"

	"khuyencong/vntext"
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
	if len(base) >= scatteredMin && !slices.IsSorted(base) {
		return scanScattered(src.Len(), base, dst, match, stop)
	}
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

// scatteredMin is the smallest base scanScattered takes: below it the
// rows fit in the processor's caches in any order.
const scatteredMin = 1 << 15

// scanScattered is scan for a base whose rows are not in ascending order,
// as a sorted table's are: it tests the rows in ascending order, where a
// Source's rows lie one after another in memory, then takes the matches in
// base's order. Tested in a sort's order, a million rows are scattered
// over the whole read model: a filter of a million rows sorted by name
// took 604 ms this way, and 162 ms in ascending order (BenchmarkFilterScan).
// n is the Source's Len; rows of base are distinct.
func scanScattered(n int, base, dst []int32, match func(int) bool, stop func() bool) ([]int32, bool) {
	set := make([]uint64, (n+63)/64)
	for _, r := range base {
		set[r>>6] |= 1 << (r & 63)
	}
	i := 0
	for w := range set {
		for x := set[w]; x != 0; x &= x - 1 {
			if stop != nil && i%stopEvery == 0 && i > 0 && stop() {
				return dst, false
			}
			i++
			if b := bits.TrailingZeros64(x); !match(w<<6 | b) {
				set[w] &^= 1 << b
			}
		}
	}
	found := 0
	for _, x := range set {
		found += bits.OnesCount64(x)
	}
	dst = slices.Grow(dst, found) // the exact room: no copies as it grows
	for _, r := range base {
		if set[r>>6]&(1<<(r&63)) != 0 {
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
