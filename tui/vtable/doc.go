// Package vtable is a virtual table for Bubble Tea v2: it draws only the rows
// on screen over a Source of any size, filters as you type (case- and
// diacritic-insensitive, every word must match, matches highlighted), sorts by
// any column in Vietnamese order, and keeps each keystroke's cost independent
// of the number of rows.
//
// Why not the stock components: charm.land/bubbles/v2/table has no filter and
// builds a []string per row for SetRows, so a filtered view of a million
// records means a million allocations per keystroke plus the garbage of the
// rows it re-renders; charm.land/bubbles/v2/list filters with a fuzzy matcher
// over every item on each key and its default Dots paginator renders in
// O(pages²) per View (measured by BenchmarkStockList* below). The benchmarks
// in this package run both on the same data so the ratios come from one run.
//
// # Model semantics
//
// Model has pointer semantics: New returns *Model and Update returns the same
// pointer, so a parent keeps a *Model field and never copies the value.
//
// # Data
//
// The table never copies the data: it reads it through Source by row number
// and keeps only []int32 row numbers (the listable rows in sort order, and
// the current filter result). A Source must not change once handed over and
// must be safe to read from several goroutines, because large filters and
// sorts run in tea.Cmd goroutines; when the data changes, pass a new Source to
// SetSource (a store snapshot is exactly that). SetSource keeps the filter
// text, the sort and the cursor on the same underlying row; like SetSort
// and SetColumns it returns a tea.Cmd (nil when the work was done at once)
// that the parent must return to Bubble Tea.
//
// Optional interfaces of a Source make big tables cheaper: KeyAppender
// (sort keys appended to one buffer, no allocation per row) or KeySource
// (keys that always come from the current data, unlike a Column.Key
// closure), and Lister (the listed rows in natural order, shared by every
// session instead of 4 bytes per row each).
//
// # Messages
//
// Work on large data (filter scans over more than the async threshold, sorts,
// SetSource rebuilds) runs in the tea.Cmd returned by Update/SetSource and
// comes back as a ResultMsg. The parent must pass every ResultMsg to the
// table's Update (if it has several tables, to each of them: a table ignores
// results it did not start, and stale results of a superseded query or sort
// are dropped by sequence number). While the full result is pending the
// table shows the first page it found synchronously and Busy reports true.
//
// # Keys and mouse
//
// Update matches tea.KeyPressMsg against the KeyMap (DefaultKeyMap gives the
// bindings with help text in the UI language). While Filtering is true the
// table owns printable keys: the parent must not treat them as commands.
// Otherwise the table ignores keys it has no binding for, and esc only
// when no filter is kept (Query() == ""), so the parent may use enter and
// esc. The filter input appends and deletes at its end only.
// Mouse messages must carry coordinates relative to the table's top-left
// corner (the parent subtracts the table's screen offset): the wheel
// scrolls, a left click on a row selects it, a click on a header sorts by
// that column (again: reverses).
package vtable
