// Package dates finds temporal expressions in Arabic news text and resolves
// them to ISO 8601 values.
//
// Input → output: article text and its publication date → a list of
// rasid.DateMention, each a byte span into the text with a value (2022-02-12,
// 2022-02, 2022-W07, P3D, T10:30, 2022-02-10/2022-02-20, PAST_REF, UNKNOWN),
// a kind (date, time, duration, set, range) and, for Hijri dates, the Hijri
// value and the calendar used for conversion (package hijri).
//
// The text is never modified: a light scanner splits it into letter, digit
// and punctuation tokens, folds each word (diacritics, tatweel, alef
// variants, ى/ي, ة/ه, digits of any script) and looks it up, with its و ف
// ب ل ك proclitics stripped, in a lexicon of month names (Levantine, Egyptian
// and Gulf, Maghrebi), Hijri months, weekdays, units, numbers in words,
// ordinals and modifiers. Hand-written rules over the tokens then read
// dates, ranges, times, durations and relative expressions. See
// docs/dates.md for the rules of resolution.
package dates
