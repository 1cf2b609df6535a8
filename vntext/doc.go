// Package vntext is Vietnamese text as the product stores, finds and
// orders it: cleaning for storage (NFC, no escape or control characters),
// folding for diacritic-blind search ("tan viet" finds "Tân Việt"), sort
// keys in Vietnamese alphabetical order, and numbers grouped with '.'. It
// is a leaf below model, so that the table and chart components can use it
// without the domain.
package vntext
