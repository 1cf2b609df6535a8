// Package barchart draws horizontal bar charts as plain strings for the
// overview tab: stacked bars with 1/8-cell resolution, negative values to the
// left of an axis, a scale line and a legend, and an ASCII form for fonts and
// terminals without block elements.
//
// It is a pure rendering component, not a tea.Model: the caller owns the
// data and the width, and should cache the output until either changes.
package barchart
