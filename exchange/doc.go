// Package exchange moves records in and out of the store in the forms the
// centre's staff use elsewhere: CSV and Excel import with per-row problems,
// CSV/XLSX/Markdown export, the summary report (text or Markdown), and the
// sample data of the article the product grew from.
//
// It reads through store snapshots and writes through store.WriteBatch, so
// every rule about data stays in model and store; nothing here opens a
// bbolt transaction.
package exchange
