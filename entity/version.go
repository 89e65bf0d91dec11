package entity

import (
	"crypto/sha256"
	"encoding/hex"
)

// ModelVersion names the embedded NER model by the first 12 hex digits of
// the SHA-256 of its file, for `rasid --version`.
func ModelVersion() string {
	if len(embedded) == 0 {
		return "absent"
	}
	sum := sha256.Sum256([]byte(embedded))
	return hex.EncodeToString(sum[:6])
}
