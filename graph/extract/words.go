package extract

import (
	"fmt"
	"sync"

	"go.yaml.in/yaml/v3"
)

// closedWords are the closed-class word lists of lexicon/words.yaml: the
// function words that tell our languages apart, those of the
// neighbouring languages we refuse, and the abbreviations whose dot ends
// no sentence. The reader needs them before any lexicon is chosen, so
// they come from the embedded lexicon.
type closedWords struct {
	function  map[string]map[string]bool // language -> word
	neighbour map[string]map[string]bool
	abbrev    map[string]bool
}

var closed = sync.OnceValue(func() *closedWords {
	cw, err := readClosedWords()
	if err != nil {
		panic(err) // the file is embedded: a test reads it
	}
	return cw
})

func readClosedWords() (*closedWords, error) {
	b, err := lexiconFS.ReadFile("lexicon/words.yaml")
	if err != nil {
		return nil, fmt.Errorf("read lexicon/words.yaml: %w", err)
	}
	var raw struct {
		Function  map[string][]string `yaml:"function_words"`
		Neighbour map[string][]string `yaml:"neighbour_words"`
		Abbrev    []string            `yaml:"abbreviations"`
	}
	if err := yaml.Unmarshal(b, &raw); err != nil {
		return nil, fmt.Errorf("parse lexicon/words.yaml: %w", err)
	}
	sets := func(m map[string][]string) map[string]map[string]bool {
		out := map[string]map[string]bool{}
		for lang, ws := range m {
			out[lang] = set(ws)
		}
		return out
	}
	return &closedWords{function: sets(raw.Function), neighbour: sets(raw.Neighbour), abbrev: set(raw.Abbrev)}, nil
}

func set(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
