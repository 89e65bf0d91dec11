package morph

import (
	"crypto/sha256"
	"encoding/hex"
)

// ModelVersions names the embedded segmenter and tagger models by the first
// 12 hex digits of the SHA-256 of their files ("absent" when a model is
// not embedded), for `rasid --version`: two builds with the same names
// carry the same models.
func ModelVersions() (segmenter, tagger string) {
	return fileVersion(segmenterFile), fileVersion(taggerFile)
}

func fileVersion(name string) string {
	b, err := modelFS.ReadFile(name)
	if err != nil {
		return "absent"
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:6])
}
