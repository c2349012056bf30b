package graph

import "testing"

// FuzzParseDate: any string either fails to parse or gives a valid date
// whose written form parses back to the same date (dates travel through
// the graph and the export as strings).
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2020-01-08", "2020-01", "2020", "--01-08", "--01", "", "2020-13-01", "2020-02-30", "--02-29", "0000-01-01", "2020-1-8"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			return
		}
		if !d.IsZero() && !d.Valid() {
			t.Fatalf("ParseDate(%q) = %+v, not valid", s, d)
		}
		back, err := ParseDate(d.String())
		if err != nil || back != d {
			t.Fatalf("ParseDate(%q) = %+v, written %q, parsed back %+v (%v)", s, d, d.String(), back, err)
		}
	})
}
