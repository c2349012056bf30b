package handlers

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// browser starts Debian's chromium, headless. Without it the test fails
// (PARLEY_SKIP_BROWSER=1 lets a developer opt out locally; CI never does).
func browser(t *testing.T) context.Context {
	t.Helper()
	if os.Getenv("PARLEY_SKIP_BROWSER") == "1" {
		t.Skip("PARLEY_SKIP_BROWSER=1")
	}
	path, err := exec.LookPath("chromium")
	if err != nil {
		t.Fatal("chromium is not installed (apt-get install chromium); browser tests need a real browser")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(path), chromedp.NoSandbox, chromedp.WindowSize(1280, 900))
	actx, acancel := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	tctx, tcancel := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(func() { tcancel(); cancel(); acancel() })
	return tctx
}

// shot saves a screenshot for the README when PARLEY_SCREENSHOTS=1.
func shot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	if os.Getenv("PARLEY_SCREENSHOTS") != "1" {
		return
	}
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join("..", "docs", "img", name+".png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestBrowser(t *testing.T) {
	srv, _ := seeded(t)
	ctx := browser(t)
	eval := func(js string) string {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Evaluate[string](js))
		if err != nil {
			t.Fatalf("%s: %v", js, err)
		}
		return v
	}
	open := func(path string) {
		t.Helper()
		if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+path), chromedp.WaitVisible(chromedp.CSS("h1"))); err != nil {
			t.Fatalf("open %s: %v", path, err)
		}
	}

	t.Run("overview", func(t *testing.T) {
		open("/")
		if body := eval(`document.body.innerText`); !strings.Contains(body, "Most connected actors") || !strings.Contains(body, "Khalifa Haftar") {
			t.Fatalf("overview: %.300s", body)
		}
		shot(t, ctx, "overview")
	})

	t.Run("network draws and a filter changes it", func(t *testing.T) {
		open("/graph")
		n, err := chromedp.Run(ctx, chromedp.Poll[string](`document.getElementById('cy').dataset.nodes !== '0' && document.getElementById('cy').dataset.nodes`))
		if err != nil || n == "" || n == "0" {
			t.Fatalf("network drew no nodes: %q %v", n, err)
		}

		shot(t, ctx, "network")
		open("/graph?mode=call")
		calls, err := chromedp.Run(ctx, chromedp.Poll[string](`document.getElementById('cy').dataset.nodes !== '0' && document.getElementById('cy').dataset.edges`))
		if err != nil {
			t.Fatal(err)
		}
		open("/graph")
		allEdges, err := chromedp.Run(ctx, chromedp.Poll[string](`document.getElementById('cy').dataset.nodes !== '0' && document.getElementById('cy').dataset.edges`))
		if err != nil {
			t.Fatal(err)
		}
		if calls == allEdges {
			t.Fatalf("mode=call left the network as it was (%s edges)", calls)
		}
	})

	t.Run("a click on a node opens the actor", func(t *testing.T) {
		open("/graph")
		if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`!!window.parleyNetwork`)); err != nil {
			t.Fatal(err)
		}
		eval(`(function(){ var n = window.parleyNetwork.getElementById('khalifa-haftar'); var p = n.renderedPosition(); var r = document.getElementById('cy').getBoundingClientRect(); window.__click = [r.left + p.x, r.top + p.y]; return 'ok'; })()`)
		x, _ := chromedp.Run(ctx, chromedp.Evaluate[float64](`window.__click[0]`))
		y, _ := chromedp.Run(ctx, chromedp.Evaluate[float64](`window.__click[1]`))
		if err := chromedp.Do(ctx, chromedp.MouseClickXY(x, y)); err != nil {
			t.Fatal(err)
		}
		var loc string
		for i := 0; i < 50 && !strings.HasSuffix(loc, "/actors/khalifa-haftar"); i++ {
			time.Sleep(100 * time.Millisecond)
			loc, _ = chromedp.Run(ctx, chromedp.Location())
		}
		if !strings.HasSuffix(loc, "/actors/khalifa-haftar") {
			t.Fatalf("after the click the page is %q", loc)
		}
		if err := chromedp.Do(ctx, chromedp.WaitVisible(chromedp.CSS("h1"))); err != nil {
			t.Fatal(err)
		}
		shot(t, ctx, "actor")
	})

	t.Run("evidence in Arabic and Urdu is right-to-left", func(t *testing.T) {
		open("/meetings?actor=khalifa-haftar&with=richard-norland")
		shot(t, ctx, "meetings")
		href := eval(`(function(){ var li = Array.from(document.querySelectorAll('#meeting-list li')).find(function(l){ return l.innerText.indexOf('01-08') >= 0; }); return li.querySelector('a').getAttribute('href'); })()`)
		open(href)
		for _, lang := range []string{"ar", "ur"} {
			if d := eval(`getComputedStyle(document.querySelector('blockquote[lang=` + lang + `]')).direction`); d != "rtl" {
				t.Errorf("%s evidence direction = %q", lang, d)
			}
		}
		if d := eval(`getComputedStyle(document.querySelector('blockquote[lang=de]')).direction`); d != "ltr" {
			t.Errorf("de evidence direction = %q", d)
		}
		if n := eval(`String(document.querySelectorAll('mark.trigger').length)`); n == "0" {
			t.Error("no highlighted trigger")
		}
		shot(t, ctx, "meeting")
		href = eval(`document.querySelector('.evidence a[href^="/articles/"]').getAttribute('href')`)
		open(href)
		if d := eval(`getComputedStyle(document.querySelector('.article-text')).direction`); d != "rtl" && d != "ltr" {
			t.Errorf("article text direction %q", d)
		}
		shot(t, ctx, "article")
	})

	t.Run("article text never runs as script", func(t *testing.T) {
		open("/actors/khalifa-haftar")
		if n := eval(`String(document.querySelectorAll('main script, main a[href^="javascript:"]').length)`); n != "0" {
			t.Fatalf("%s script elements or javascript: links came from article text", n)
		}
		if body := eval(`document.body.innerText`); !strings.Contains(body, `<script>alert("title")</script>`) {
			t.Error("the hostile title is not shown as text")
		}
		open("/statements")
		shot(t, ctx, "statements")
	})
}
