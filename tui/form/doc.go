// Package form holds the record forms of the app (facility, project,
// allocation, payment, the budget ceilings) on huh, with their pickers and
// the yes/no dialog. They are components: a feature opens them as modals
// through kit.OpenModal, and none of them knows which tab did.
package form
