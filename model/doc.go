// Package model holds the khuyến công domain: facilities (cơ sở), projects
// (đề án), allocations (kế hoạch kinh phí) and payments (giải ngân), their
// enums and validation, the parsers and formatters for money, dates and tax
// codes, Vietnamese text folding and collation, the pure summary
// calculations, and the bilingual message catalog.
//
// The catalog lives here, not in the UI, because validation messages, the
// command line, the importer and the terminal app all speak to the same user
// in the same two languages; one lookup keeps them consistent.
//
// model imports nothing of the project and nothing of bbolt or the terminal.
package model
