package neo4jtest

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
)

func TestSweepRemovesOnlyDirectoriesOfDeadOwners(t *testing.T) {
	tmp := t.TempDir()
	dead := exec.Command("true")
	if err := dead.Run(); err != nil {
		t.Fatal(err)
	}
	mk := func(name, owner string) string {
		dir := filepath.Join(tmp, name)
		if err := os.MkdirAll(filepath.Join(dir, "data"), 0o755); err != nil {
			t.Fatal(err)
		}
		if owner != "" {
			if err := os.WriteFile(filepath.Join(dir, ownerFile), []byte(owner), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return dir
	}
	gone := mk(dirPrefix+"gone", strconv.Itoa(dead.Process.Pid))
	alive := mk(dirPrefix+"alive", strconv.Itoa(os.Getpid()))
	unowned := mk(dirPrefix+"unowned", "")
	garbled := mk(dirPrefix+"garbled", "not a pid")
	other := mk("someone-else", strconv.Itoa(dead.Process.Pid))

	Sweep(tmp)

	if _, err := os.Stat(gone); !os.IsNotExist(err) {
		t.Errorf("directory of a dead owner kept (stat err %v)", err)
	}
	for _, dir := range []string{alive, unowned, garbled, other} {
		if _, err := os.Stat(dir); err != nil {
			t.Errorf("%s removed: %v", filepath.Base(dir), err)
		}
	}
}
