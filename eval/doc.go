// Package eval scores dyad's event coder: against PETRARCH-format
// validation suites (ReadRecords, Validate) and against news gold sets in
// the format of dyad's annotation guidelines (ReadGold, Score).
package eval
