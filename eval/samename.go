package eval

// SameName reports whether two speaker or person names are the same by the
// news evaluation's measure (search normalisation, punctuation ignored):
// `rasid train speaker` labels its candidates with it.
func SameName(a, b string) bool { return sameName(a, b) }
