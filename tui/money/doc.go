// Package money is what the two money tabs (overview and budgets) share:
// the figures of a snapshot computed once (in a command when the data is
// large), the year both tabs show, the budget table, and the cache of
// rendered blocks. It is a component, so the two features need not import
// each other.
package money
