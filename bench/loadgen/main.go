// Command loadgen puts concurrent load on Parley's dashboard (loopback
// only) and prints latency percentiles per URL as a Markdown table.
//
//	go run ./bench/loadgen -c 8 -d 20s -url http://127.0.0.1:8080/ -url http://127.0.0.1:8080/actors/khalifa-haftar
package main

import (
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"sort"
	"sync"
	"time"
)

type urls []string

func (u *urls) String() string     { return fmt.Sprint(*u) }
func (u *urls) Set(s string) error { *u = append(*u, s); return nil }

func main() {
	var targets urls
	flag.Var(&targets, "url", "URL to request (repeatable)")
	conc := flag.Int("c", 8, "concurrent clients per URL")
	dur := flag.Duration("d", 10*time.Second, "duration per URL")
	flag.Parse()
	if len(targets) == 0 {
		fmt.Fprintln(os.Stderr, "loadgen: give at least one -url")
		os.Exit(2)
	}
	for _, t := range targets {
		u, err := url.Parse(t)
		if err != nil {
			fmt.Fprintf(os.Stderr, "loadgen: %s: %v\n", t, err)
			os.Exit(2)
		}
		if ip := net.ParseIP(u.Hostname()); (ip == nil || !ip.IsLoopback()) && u.Hostname() != "localhost" {
			fmt.Fprintf(os.Stderr, "loadgen: %s is not loopback; refusing\n", t)
			os.Exit(2)
		}
	}
	client := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: *conc}}
	fmt.Printf("| URL | requests | errors | req/s | p50 | p90 | p99 | max |\n|---|---|---|---|---|---|---|---|\n")
	for _, t := range targets {
		var mu sync.Mutex
		var lat []time.Duration
		errs := 0
		end := time.Now().Add(*dur)
		var wg sync.WaitGroup
		for range *conc {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for time.Now().Before(end) {
					start := time.Now()
					resp, err := client.Get(t)
					ok := err == nil && resp.StatusCode < 400
					if err == nil {
						io.Copy(io.Discard, resp.Body)
						resp.Body.Close()
					}
					d := time.Since(start)
					mu.Lock()
					lat = append(lat, d)
					if !ok {
						errs++
					}
					mu.Unlock()
				}
			}()
		}
		wg.Wait()
		sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
		q := func(p float64) time.Duration {
			return lat[min(len(lat)-1, int(p*float64(len(lat))))].Round(100 * time.Microsecond)
		}
		fmt.Printf("| %s | %d | %d | %.0f | %v | %v | %v | %v |\n", t, len(lat), errs, float64(len(lat))/dur.Seconds(), q(.5), q(.9), q(.99), lat[len(lat)-1].Round(100*time.Microsecond))
	}
}
