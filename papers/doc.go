// Package papers makes the papers a khuyến công centre sends: the periodic
// results report, next year's plan registration, a project's settlement
// sheet and the budget against actual. Each is built first as data (a
// Paper: heading, title, sections with tables and their totals, signature
// blocks) from the same model summaries the screens show, then written as
// an XLSX workbook laid out as Decree 30/2020/NĐ-CP describes
// administrative documents, as Markdown or as text, or poured into a
// centre's own workbook through placeholders (template.go).
//
// It reads the store's snapshot and never imports the terminal app.
package papers
