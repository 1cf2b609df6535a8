// Package sources shows the snapshot's facilities and projects through
// vtable.Source: their columns, cells and sort keys, formatted only for
// the rows on screen. The list tabs, the pickers and the benchmarks share
// them, so they are a component rather than part of one feature.
package sources
