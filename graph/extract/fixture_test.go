package extract

import (
	"io/fs"
	"testing"
	"testing/fstest"
)

// fixtureActors is a small lexicon for tests that must not depend on the
// shipped actor files: enough names, in enough scripts, to exercise the
// matcher.
const fixtureActors = `
- id: khalifa-haftar
  name: Khalifa Haftar
  kind: person
  affiliation: libyan-national-army
  country: libya
  names:
    en: [Khalifa Haftar, Khalifa Hifter]
    ar: [خليفة حفتر]
    ur: [خلیفہ حفتر]
    de: [Chalifa Haftar]
    ru: [Халифа Хафтар]
  short:
    en: [Haftar]
    ar: [حفتر]
    ur: [حفتر]
- id: victoria-coates
  name: Victoria Coates
  kind: person
  country: united-states
  names:
    en: [Victoria Coates]
    ar: [فيكتوريا كوتس]
    ur: [وکٹوریہ کوٹس]
- id: richard-norland
  name: Richard Norland
  kind: person
  country: united-states
  names:
    en: [Richard Norland]
    ar: [ريتشارد نورلاند]
    ur: [رچرڈ نورلینڈ]
- id: donald-trump
  name: Donald Trump
  kind: person
  country: united-states
  names:
    en: [Donald Trump]
    ar: [دونالد ترامب]
    ur: [ڈونلڈ ٹرمپ]
  short:
    en: [Trump]
    ar: [ترامب]
    ur: [ٹرمپ]
- id: antonio-guterres
  name: António Guterres
  kind: person
  affiliation: united-nations
  names:
    en: [António Guterres, Antonio Guterres]
    ar: [أنطونيو غوتيريش]
  short:
    ar: [غوتيريش]
    en: [Guterres]
- id: stephane-dujarric
  name: Stéphane Dujarric
  kind: person
  affiliation: united-nations
  names:
    en: [Stéphane Dujarric]
    ar: [ستيفان دوجاريك]
  short:
    ar: [دوجاريك]
- id: fayez-al-sarraj
  name: Fayez al-Sarraj
  kind: person
  country: libya
  names:
    en: [Fayez al-Sarraj, Fayez Sarraj]
    ar: [فايز السراج, فائز السراج]
    ur: [فیاض سراج, فائز السراج]
    ru: [Файез Сарадж]
  short:
    en: [Sarraj, Serraj]
    ar: [السراج]
    ur: [السراج, سراج]
    ru: [Сарадж]
- id: luigi-di-maio
  name: Luigi Di Maio
  kind: person
  country: italy
  names:
    en: [Luigi Di Maio]
    ar: [لويجي دي مايو]
    ur: [لوگی دی مایو]
  short:
    en: [Di Maio]
    ar: [دي مايو]
    ur: [دی مایو, ڈی مائو]
- id: sergey-lavrov
  name: Sergey Lavrov
  kind: person
  country: russia
  names:
    en: [Sergey Lavrov]
    ru: [Сергей Лавров]
  short:
    en: [Lavrov]
    ru: [Лавров]
- id: united-states
  name: United States
  kind: country
  names:
    en: [United States]
    ar: [الولايات المتحدة]
  metonyms:
    en: [Washington, the Americans]
    ar: [واشنطن, الأمريكيين, الأميركيين]
    ur: [امریکیوں, واشنگٹن]
    de: [Amerikaner, Amerikanern]
- id: united-nations
  name: United Nations
  kind: organisation
  names:
    en: [United Nations]
    ar: [الأمم المتحدة]
- id: libyan-national-army
  name: Libyan National Army
  kind: organisation
  country: libya
  names:
    en: [Libyan National Army]
    ar: [الجيش الوطني الليبي]
- id: libya
  name: Libya
  kind: country
  names:
    en: [Libya]
    ar: [ليبيا]
- id: italy
  name: Italy
  kind: country
  names:
    en: [Italy]
- id: russia
  name: Russia
  kind: country
  names:
    en: [Russia]
  metonyms:
    en: [Moscow]
    ru: [Москва]
`

const fixturePlaces = `
- id: rome
  name: Rome
  country: italy
  names:
    en: [Rome]
    ar: [روما]
    ur: [روم]
    de: [Rom]
    it: [Roma]
- id: benghazi
  name: Benghazi
  country: libya
  names:
    en: [Benghazi]
    ar: [بنغازي]
    ur: [بن غازی]
    de: [Bengasi]
- id: moscow
  name: Moscow
  country: russia
  names:
    en: [Moscow]
    ru: [Москва]
- id: libya
  name: Libya
  names:
    en: [Libya]
    ar: [ليبيا]
    ur: [لیبیا]
    de: [Libyen]
`

// fixtureFS is the shipped rule files with the fixture actors and places.
func fixtureFS(t testing.TB) fs.FS {
	t.Helper()
	m := fstest.MapFS{
		"actors/fixture.yaml": {Data: []byte(fixtureActors)},
		"places.yaml":         {Data: []byte(fixturePlaces)},
	}
	sub, err := fs.Sub(lexiconFS, "lexicon")
	if err != nil {
		t.Fatal(err)
	}
	err = fs.WalkDir(sub, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if p == "dates.yaml" || p == "titles.yaml" || len(p) > 9 && p[:9] == "triggers/" {
			b, err := fs.ReadFile(sub, p)
			if err != nil {
				return err
			}
			m[p] = &fstest.MapFile{Data: b}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func fixtureExtractor(t testing.TB) *Extractor {
	t.Helper()
	x, err := NewFS(fixtureFS(t))
	if err != nil {
		t.Fatal(err)
	}
	return x
}
