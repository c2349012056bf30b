package graph

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// Date is a calendar date that may be partial: a zero field is unknown.
// "8 January" without a year is {Month: 1, Day: 8}, written "--01-08" as in
// ISO 8601's reduced forms. Nothing is guessed: a year is only filled in by
// ResolveYear when a published date gives it.
type Date struct {
	Year  int
	Month int
	Day   int
}

// Date precisions, the granularity of the known part of a date.
const (
	PrecisionDay   = "day"   // 2020-01-08 or --01-08
	PrecisionMonth = "month" // 2020-01 or --01
	PrecisionYear  = "year"  // 2020
)

// IsZero reports whether nothing of the date is known.
func (d Date) IsZero() bool { return d.Year == 0 && d.Month == 0 && d.Day == 0 }

// HasYear reports whether the year is known.
func (d Date) HasYear() bool { return d.Year != 0 }

// Precision is the granularity of the date, or "" when nothing is known.
func (d Date) Precision() string {
	switch {
	case d.Day != 0:
		return PrecisionDay
	case d.Month != 0:
		return PrecisionMonth
	case d.Year != 0:
		return PrecisionYear
	}
	return ""
}

// String is the ISO 8601 form: 2020-01-08, 2020-01, 2020, --01-08, --01, or
// "" for an unknown date.
func (d Date) String() string {
	switch {
	case d.IsZero():
		return ""
	case d.Year != 0 && d.Month == 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Year != 0 && d.Day == 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	case d.Year != 0:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
	case d.Day == 0:
		return fmt.Sprintf("--%02d", d.Month)
	default:
		return fmt.Sprintf("--%02d-%02d", d.Month, d.Day)
	}
}

// ParseDate reads the forms String writes. The empty string is the zero Date.
func ParseDate(s string) (Date, error) {
	var d Date
	if s == "" {
		return d, nil
	}
	rest := s
	if strings.HasPrefix(rest, "--") {
		rest = rest[2:]
	} else {
		y, tail, _ := strings.Cut(rest, "-")
		n, err := strconv.Atoi(y)
		if err != nil || len(y) != 4 {
			return Date{}, fmt.Errorf("parse date %q: bad year", s)
		}
		d.Year, rest = n, tail
		if !strings.Contains(s, "-") {
			return d, nil
		}
	}
	m, day, hasDay := strings.Cut(rest, "-")
	n, err := strconv.Atoi(m)
	if err != nil || n < 1 || n > 12 || len(m) != 2 {
		return Date{}, fmt.Errorf("parse date %q: bad month", s)
	}
	d.Month = n
	if hasDay {
		n, err := strconv.Atoi(day)
		if err != nil || n < 1 || n > daysIn(d.Month, d.Year) || len(day) != 2 {
			return Date{}, fmt.Errorf("parse date %q: bad day", s)
		}
		d.Day = n
	}
	return d, nil
}

// Valid reports whether the known fields make a possible date.
func (d Date) Valid() bool {
	if d.Year < 0 || d.Year > 9999 || d.Month < 0 || d.Month > 12 || d.Day < 0 {
		return false
	}
	if d.Day != 0 && (d.Month == 0 || d.Day > daysIn(d.Month, d.Year)) {
		return false
	}
	return true
}

// Compatible reports whether two dates can name the same day: every field
// known in both is equal.
func (d Date) Compatible(o Date) bool {
	eq := func(a, b int) bool { return a == 0 || b == 0 || a == b }
	return eq(d.Year, o.Year) && eq(d.Month, o.Month) && eq(d.Day, o.Day)
}

// MorePrecise returns whichever of two compatible dates knows more.
func (d Date) MorePrecise(o Date) Date {
	score := func(x Date) int {
		s := 0
		for _, v := range []int{x.Year, x.Month, x.Day} {
			if v != 0 {
				s++
			}
		}
		return s
	}
	if score(o) > score(d) {
		return o
	}
	return d
}

// ResolveYear fills in a missing year from the date an article was
// published: the most recent year that does not put the event after
// publication. A date that already has a year, or has no month, or a zero
// published date, is returned as it is.
func (d Date) ResolveYear(published Date) Date {
	if d.Year != 0 || d.Month == 0 || published.Year == 0 || published.Month == 0 {
		return d
	}
	d.Year = published.Year
	if d.Month > published.Month || (d.Month == published.Month && published.Day != 0 && d.Day > published.Day) {
		d.Year--
	}
	if d.Day > daysIn(d.Month, d.Year) { // 29 February in a year that has none
		d.Year = 0
	}
	return d
}

// MarshalJSON writes the ISO form.
func (d Date) MarshalJSON() ([]byte, error) { return json.Marshal(d.String()) }

// UnmarshalJSON reads the ISO form.
func (d *Date) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	v, err := ParseDate(s)
	if err != nil {
		return err
	}
	*d = v
	return nil
}

func daysIn(month, year int) int {
	switch month {
	case 2:
		if year == 0 || (year%4 == 0 && (year%100 != 0 || year%400 == 0)) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}
