package learn

// Features are hashed with FNV-1a (64-bit) over a template number and the
// strings the feature combines, parts separated by Sep. With 10^5–10^7
// distinct features a 64-bit collision is vanishingly unlikely, so no
// feature string is ever kept.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
	golden    = 0x9e3779b97f4a7c15 // 2^64 / φ, spreads small template numbers
)

// Hash is a feature hash under construction.
type Hash uint64

// Template starts the hash of a feature of template t.
func Template(t byte) Hash { return Hash((fnvOffset ^ uint64(t)) * fnvPrime) }

// Seeded starts the hash of a feature of template t, spread over all 64
// bits first (the tagger's keys).
func Seeded(t uint64) Hash { return Hash(fnvOffset ^ t*golden) }

// Str adds the bytes of s.
func (h Hash) Str(s string) Hash {
	x := uint64(h)
	for i := 0; i < len(s); i++ {
		x ^= uint64(s[i])
		x *= fnvPrime
	}
	return Hash(x)
}

// Sep adds a separator byte (0xff, never inside UTF-8), so that ("ab","c")
// and ("a","bc") hash apart.
func (h Hash) Sep() Hash { return Hash((uint64(h) ^ 0xff) * fnvPrime) }

// Field adds s and a separator.
func (h Hash) Field(s string) Hash { return h.Str(s).Sep() }

// Byte adds one byte.
func (h Hash) Byte(x uint8) Hash { return Hash((uint64(h) ^ uint64(x)) * fnvPrime) }

// Int adds the low four bytes of n, least significant first.
func (h Hash) Int(n int) Hash {
	x := uint64(h)
	for i := 0; i < 4; i++ {
		x ^= uint64(n & 0xff)
		x *= fnvPrime
		n >>= 8
	}
	return Hash(x)
}

// Mix is a 64-bit finaliser (MurmurHash3's): every input bit affects every
// output bit.
func Mix(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

// Key1, Key2 and Key3 are the mixed keys of a template over one, two or
// three strings.
func Key1(t uint64, a string) uint64 { return Mix(uint64(Seeded(t).Str(a))) }

// Key2 is Key1 over two strings.
func Key2(t uint64, a, b string) uint64 { return Mix(uint64(Seeded(t).Str(a).Sep().Str(b))) }

// Key3 is Key1 over three strings.
func Key3(t uint64, a, b, c string) uint64 {
	return Mix(uint64(Seeded(t).Str(a).Sep().Str(b).Sep().Str(c)))
}

// PairKey is the key of feature f for class c (c = -1: a feature of the
// output shared by all classes), for models keyed by (feature, class).
func PairKey(f uint64, c int) uint64 { return Mix(f ^ uint64(c+1)*golden) }
