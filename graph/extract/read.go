package extract

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
	"golang.org/x/text/encoding/unicode"

	"github.com/parley/parley/graph"
)

// MaxArticleBytes is the largest article accepted. Wire and newspaper
// reports are a few kilobytes; anything this big is not one article.
const MaxArticleBytes = 8 << 20

// InputError reports a file, or one line of a JSONL file, that cannot be
// read as an article. Its message is one line naming the file and why.
type InputError struct {
	Path   string
	Line   int // 0 when not a JSONL line
	Reason string
	Err    error
}

func (e *InputError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Reason)
	}
	return fmt.Sprintf("%s: %s", e.Path, e.Reason)
}

func (e *InputError) Unwrap() error { return e.Err }

func inputErr(path string, line int, err error, format string, args ...any) *InputError {
	return &InputError{Path: path, Line: line, Reason: fmt.Sprintf(format, args...), Err: err}
}

// Files expands paths (files and directories, recursively) into article
// files: *.txt, *.md and *.jsonl, sorted. Sidecars (*.meta.json), hidden
// files and other extensions are skipped. A path that does not exist or a
// directory that cannot be read is reported in errs; the others still count.
func Files(paths ...string) (files []string, errs []error) {
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			errs = append(errs, inputErr(p, 0, err, "%s", reason(err)))
			continue
		}
		if !info.IsDir() {
			files = append(files, p)
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, inputErr(path, 0, err, "%s", reason(err)))
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			name := d.Name()
			if path != p && strings.HasPrefix(name, ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if !d.IsDir() && isArticleFile(name) {
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			errs = append(errs, inputErr(p, 0, err, "%s", reason(err)))
		}
		sort.Strings(found)
		files = append(files, found...)
	}
	return files, errs
}

func isArticleFile(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".md", ".jsonl":
		return true
	}
	return false
}

func reason(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or directory"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// meta is an article's optional metadata: front matter, sidecar or JSONL fields.
type meta struct {
	ID        string `yaml:"id" json:"id"`
	Title     string `yaml:"title" json:"title"`
	URL       string `yaml:"url" json:"url"`
	Outlet    string `yaml:"outlet" json:"outlet"`
	Published string `yaml:"published" json:"published"`
	Lang      string `yaml:"lang" json:"lang"`
	Text      string `yaml:"-" json:"text"`
}

// Read reads one article file and calls fn once per article: once for .txt
// and .md, once per line for .jsonl. A bad article reaches fn as a non-nil
// *InputError with a zero Article, and reading goes on. Read returns an
// error only when the file cannot be read at all or when fn returns one.
//
// Text is the whole decoded file for .txt (title line included), and the
// body after the front matter for files that have one, so that evidence
// offsets index the text as the user sees it. A sidecar NAME.meta.json wins
// over front matter.
func Read(path string, fn func(a graph.Article, err error) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fn(graph.Article{}, inputErr(path, 0, err, "%s", reason(err)))
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return fn(graph.Article{}, inputErr(path, 0, err, "%s", reason(err)))
	}
	if info.IsDir() {
		return fn(graph.Article{}, inputErr(path, 0, nil, "is a directory"))
	}
	if strings.EqualFold(filepath.Ext(path), ".jsonl") {
		return readJSONL(path, f, fn)
	}
	if info.Size() > MaxArticleBytes {
		return fn(graph.Article{}, inputErr(path, 0, nil, "too large: %d bytes (limit %d MiB)", info.Size(), MaxArticleBytes>>20))
	}
	raw, err := io.ReadAll(io.LimitReader(f, MaxArticleBytes+1))
	if err != nil {
		return fn(graph.Article{}, inputErr(path, 0, err, "read: %s", reason(err)))
	}
	if len(raw) > MaxArticleBytes {
		return fn(graph.Article{}, inputErr(path, 0, nil, "too large: more than %d MiB", MaxArticleBytes>>20))
	}
	a, ierr := readFile(path, raw)
	if ierr != nil {
		return fn(graph.Article{}, ierr)
	}
	return fn(a, nil)
}

func readFile(path string, raw []byte) (graph.Article, *InputError) {
	text, why := decode(raw)
	if why != "" {
		return graph.Article{}, inputErr(path, 0, nil, "%s", why)
	}
	var m meta
	body := text
	if fm, rest, ok := frontMatter(text); ok {
		if err := yaml.Unmarshal([]byte(fm), &m); err != nil {
			return graph.Article{}, inputErr(path, 0, err, "malformed front matter: %s", oneLine(err.Error()))
		}
		body = rest
	}
	side := strings.TrimSuffix(path, filepath.Ext(path)) + ".meta.json"
	if b, err := os.ReadFile(side); err == nil {
		var sm meta
		if err := json.Unmarshal(b, &sm); err != nil {
			return graph.Article{}, inputErr(side, 0, err, "malformed sidecar: %s", oneLine(err.Error()))
		}
		m = overlay(m, sm)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return graph.Article{}, inputErr(side, 0, err, "sidecar: %s", reason(err))
	}
	sum := sha256.Sum256(raw)
	return build(path, 0, body, m, hex.EncodeToString(sum[:]))
}

// decode turns bytes into text, or says why they are not an article.
func decode(raw []byte) (string, string) {
	switch {
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}), bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		dec := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder()
		out, err := dec.Bytes(raw)
		if err != nil {
			return "", "invalid UTF-16"
		}
		raw = out
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		raw = raw[3:]
	}
	if isBinary(raw) {
		return "", "binary content, not text"
	}
	if !utf8.Valid(raw) {
		n := 0
		for n < len(raw) {
			r, size := utf8.DecodeRune(raw[n:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			n += size
		}
		return "", fmt.Sprintf("invalid UTF-8 at byte %d", n)
	}
	text := string(raw)
	if strings.TrimSpace(text) == "" {
		return "", "empty article"
	}
	if looksHTML(text) {
		return "", "HTML, not plain text (save the article's text)"
	}
	return text, ""
}

// textFault is decode's verdict on text that is valid UTF-8 already (a
// JSONL article's, which encoding/json and metaFast give), without the
// copies decode makes: such text has no UTF-16 mark nor invalid byte.
func textFault(text string) string {
	text = strings.TrimPrefix(text, "\ufeff")
	if isBinary(text) {
		return "binary content, not text"
	}
	if !utf8.ValidString(text) {
		_, why := decode([]byte(text))
		return why
	}
	if strings.TrimSpace(text) == "" {
		return "empty article"
	}
	if looksHTML(text) {
		return "HTML, not plain text (save the article's text)"
	}
	return ""
}

// isBinary: NUL bytes, or control bytes making up more than 1% of the data.
func isBinary[T string | []byte](raw T) bool {
	ctrl := 0
	for i := 0; i < len(raw); i++ {
		b := raw[i]
		if b == 0 {
			return true
		}
		if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') || b == 0x7F {
			ctrl++
		}
	}
	return ctrl > 0 && ctrl*100 >= len(raw)
}

func looksHTML(s string) bool {
	if strings.IndexByte(s, '<') < 0 || !strings.Contains(langSample(s, 20000), "<") {
		return false // no tag at all: the common case, without lowering the text
	}
	head := strings.ToLower(strings.TrimSpace(langSample(s, 1000)))
	if strings.HasPrefix(head, "<!doctype") || strings.HasPrefix(head, "<html") {
		return true
	}
	lower := strings.ToLower(langSample(s, 20000))
	tags := 0
	for _, t := range []string{"<script", "<div", "<p>", "<body", "<head", "<span", "<a href", "<br"} {
		tags += strings.Count(lower, t)
	}
	return tags >= 5
}

// frontMatter splits "---\nYAML\n---\nbody".
func frontMatter(text string) (fm, body string, ok bool) {
	t := strings.TrimPrefix(text, "\ufeff")
	if !strings.HasPrefix(t, "---\n") && !strings.HasPrefix(t, "---\r\n") {
		return "", "", false
	}
	rest := t[strings.IndexByte(t, '\n')+1:]
	for off := 0; off < len(rest); {
		nl := strings.IndexByte(rest[off:], '\n')
		line := rest[off:]
		if nl >= 0 {
			line = rest[off : off+nl]
		}
		if strings.TrimRight(line, "\r") == "---" {
			if nl < 0 {
				return rest[:off], "", true
			}
			return rest[:off], rest[off+nl+1:], true
		}
		if nl < 0 {
			break
		}
		off += nl + 1
	}
	return "", "", false
}

func overlay(base, over meta) meta {
	for _, p := range []struct {
		dst *string
		src string
	}{
		{&base.Title, over.Title}, {&base.URL, over.URL}, {&base.Outlet, over.Outlet},
		{&base.Published, over.Published}, {&base.Lang, over.Lang},
	} {
		if p.src != "" {
			*p.dst = p.src
		}
	}
	return base
}

// build validates metadata and fills in what the text itself tells.
func build(path string, line int, text string, m meta, sha string) (graph.Article, *InputError) {
	if strings.TrimSpace(text) == "" {
		return graph.Article{}, inputErr(path, line, nil, "empty article")
	}
	a := graph.Article{Path: path, Text: text, SHA256: sha, ID: "a" + sha[:16], URL: m.URL, Outlet: strings.TrimSpace(m.Outlet)}
	a.Title = strings.TrimSpace(m.Title)
	if a.Title == "" {
		a.Title = titleOf(text)
	}
	if m.Published != "" {
		p, err := published(m.Published)
		if err != nil {
			return graph.Article{}, inputErr(path, line, err, "published %q is not a date (YYYY-MM-DD)", m.Published)
		}
		a.Published = p
	}
	if m.Lang != "" {
		l := strings.ToLower(strings.TrimSpace(m.Lang))
		if !knownLang(l) {
			return graph.Article{}, inputErr(path, line, nil, "unknown language code %q (want one of %s)", m.Lang, strings.Join(langs, " "))
		}
		a.Lang = l
	} else {
		l, err := DetectLang(text)
		if err != nil {
			return graph.Article{}, inputErr(path, line, err, "unknown language: %s", err)
		}
		a.Lang = l
	}
	return a, nil
}

func published(s string) (string, error) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t.Format("2006-01-02"), nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return "", err
	}
	return t.Format("2006-01-02"), nil
}

// titleOf is the first non-empty line, without Markdown heading marks,
// capped so that a one-line article does not make a page-long title.
func titleOf(text string) string {
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(line), "#"))
		if line != "" {
			if utf8.RuneCountInString(line) > 300 {
				line = string([]rune(line)[:300]) + "…"
			}
			return line
		}
	}
	return ""
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// readJSONL delivers one article per line; a bad line does not stop the file.
func readJSONL(path string, r io.Reader, fn func(graph.Article, error) error) error {
	br := bufio.NewReaderSize(r, 1<<20)
	for n := 1; ; n++ {
		line, err := readLine(br)
		if len(bytes.TrimSpace(line)) > 0 {
			if ferr := fn(jsonlArticle(path, n, line)); ferr != nil {
				return ferr
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			if ferr := fn(graph.Article{}, inputErr(path, n, err, "%s", oneLine(err.Error()))); ferr != nil {
				return ferr
			}
			if errors.Is(err, errLineTooLong) {
				continue
			}
			return nil
		}
	}
}

var errLineTooLong = fmt.Errorf("line longer than %d MiB", MaxArticleBytes>>20)

// readLine reads one line, refusing (and skipping) lines beyond the article limit.
// A line that fits the reader's buffer is returned in it, valid until the
// next read.
func readLine(br *bufio.Reader) ([]byte, error) {
	var buf []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if len(buf)+len(chunk) > MaxArticleBytes {
			for errors.Is(err, bufio.ErrBufferFull) {
				_, err = br.ReadSlice('\n')
			}
			if err != nil && err != io.EOF {
				return nil, err
			}
			return nil, errLineTooLong
		}
		if buf == nil && !errors.Is(err, bufio.ErrBufferFull) {
			return chunk, err
		}
		buf = append(buf, chunk...)
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return buf, err
	}
}

func jsonlArticle(path string, n int, line []byte) (graph.Article, error) {
	m, ok := metaFast(line)
	if !ok {
		m = meta{}
		if err := json.Unmarshal(line, &m); err != nil {
			return graph.Article{}, inputErr(path, n, err, "malformed JSON: %s", oneLine(err.Error()))
		}
	}
	name := fmt.Sprint(n)
	if m.ID != "" {
		name = m.ID
	}
	p := path + "#" + name
	if strings.TrimSpace(m.Text) == "" {
		return graph.Article{}, inputErr(path, n, nil, "empty article (no \"text\")")
	}
	if why := textFault(m.Text); why != "" {
		return graph.Article{}, inputErr(path, n, nil, "%s", why)
	}
	sum := sha256.Sum256(bytes.TrimSpace(line))
	a, ierr := build(p, n, m.Text, m, hex.EncodeToString(sum[:]))
	if ierr != nil {
		ierr.Path, ierr.Line = path, n
		return graph.Article{}, ierr
	}
	return a, nil
}

// metaFast decodes a JSONL line of the usual shape: one object whose keys
// are meta's JSON names, spelt as in its tags, with string values that are
// valid UTF-8 and use no \u escape. ok is false for any other line, which
// encoding/json decodes instead: for the lines metaFast takes, it gives
// the same meta (TestMetaFastIsJSON).
func metaFast(line []byte) (m meta, ok bool) {
	i := jsonSpace(line, 0)
	if i >= len(line) || line[i] != '{' {
		return m, false
	}
	i = jsonSpace(line, i+1)
	if i < len(line) && line[i] == '}' {
		return m, jsonSpace(line, i+1) == len(line)
	}
	for {
		key, j, ok := jsonPlainString(line, i)
		if !ok {
			return m, false
		}
		i = jsonSpace(line, j)
		if i >= len(line) || line[i] != ':' {
			return m, false
		}
		val, j, ok := jsonPlainString(line, jsonSpace(line, i+1))
		if !ok {
			return m, false
		}
		switch key {
		case "id":
			m.ID = val
		case "title":
			m.Title = val
		case "url":
			m.URL = val
		case "outlet":
			m.Outlet = val
		case "published":
			m.Published = val
		case "lang":
			m.Lang = val
		case "text":
			m.Text = val
		default:
			return m, false
		}
		i = jsonSpace(line, j)
		if i < len(line) && line[i] == ',' {
			i = jsonSpace(line, i+1)
			continue
		}
		if i < len(line) && line[i] == '}' {
			return m, jsonSpace(line, i+1) == len(line)
		}
		return m, false
	}
}

// jsonSpace skips JSON white space from i.
func jsonSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// jsonPlainString reads the JSON string at b[i:], returning it and the
// index after its closing quote; ok is false when there is none, when it
// holds a control byte, a \u escape or an unknown one, or invalid UTF-8.
func jsonPlainString(b []byte, i int) (string, int, bool) {
	if i >= len(b) || b[i] != '"' {
		return "", 0, false
	}
	i++
	start, esc := i, false
	for ; i < len(b) && b[i] != '"'; i++ {
		switch c := b[i]; {
		case c < 0x20:
			return "", 0, false
		case c == '\\':
			if i+1 >= len(b) || !strings.ContainsRune(`"\/bfnrt`, rune(b[i+1])) {
				return "", 0, false
			}
			esc = true
			i++
		}
	}
	if i >= len(b) || !utf8.Valid(b[start:i]) {
		return "", 0, false
	}
	if !esc {
		return string(b[start:i]), i + 1, true
	}
	var out strings.Builder
	out.Grow(i - start)
	from := start
	for k := start; k < i; k++ {
		if b[k] != '\\' {
			continue
		}
		out.Write(b[from:k])
		k++
		c := b[k]
		switch c {
		case 'b':
			c = '\b'
		case 'f':
			c = '\f'
		case 'n':
			c = '\n'
		case 'r':
			c = '\r'
		case 't':
			c = '\t'
		} // '"', '\\' and '/' stand for themselves
		out.WriteByte(c)
		from = k + 1
	}
	out.Write(b[from:i])
	return out.String(), i + 1, true
}
