// Package budgets is the budget tab: allocations and payments of a year,
// the budget table of the year, and the ceilings form.
package budgets
