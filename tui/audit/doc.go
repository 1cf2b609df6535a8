// Package audit is the admins' tab over the audit trail, with its query
// language (@user, kind#id, dates, words).
package audit
