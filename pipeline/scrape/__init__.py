"""Scrape: a site profile's list pages (or article URLs) in, WARC files and crawl state out.

    profile [list] / URLs ──crawl──► fetch (robots, delay, retries) ──► data/raw/*.warc.gz

- `jobs`: what `sutja scrape SITE|URL...` runs;
- `crawl`: discovery of new article links, then fetching the pending ones, kill-safe;
- `listing`: list pages, next links, feeds and sitemaps → article links (with dates);
- `fetch`: the polite HTTP session (robots.txt, per-host delay, retries, size limits);
- `warc_out`: request and response records written as received, flushed before marking done;
- `crawl_state`: which URLs are pending or done, kept in the store.
"""
