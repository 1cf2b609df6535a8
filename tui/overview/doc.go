// Package overview is the Tổng quan tab: headline figures and the budget
// of the selected year, the year's warnings (enter jumps to the record
// through kit.GotoMsg) and the charts.
package overview
