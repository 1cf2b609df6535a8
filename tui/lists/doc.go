// Package lists is the facilities and projects tabs: one list tab over a
// virtual table, parametrised by a Spec per kind, with its detail pane and
// the actions that create, edit, delete, restore, export and import.
package lists
