package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
)

// engineVersion changes whenever the Go rules change in a way that changes
// the facts; the lexicon's bytes are hashed in as well.
const engineVersion = "2026-11-25.242"

// fingerprint identifies the engine and the lexicon it loaded.
func fingerprint(fsys fs.FS) string {
	h := sha256.New()
	h.Write([]byte(engineVersion))
	_ = fs.WalkDir(fsys, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		b, err := fs.ReadFile(fsys, path)
		if err != nil {
			return nil
		}
		h.Write([]byte(path))
		h.Write(b)
		return nil
	})
	return engineVersion + "+" + hex.EncodeToString(h.Sum(nil))[:12]
}
