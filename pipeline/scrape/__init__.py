"""Scrape: a site profile's list pages, a board's address or article URLs in, WARC files and crawl
state out.

    profile [list] / --list URL / URLs ──crawl──► fetch (robots, delay, retries) ──► *.warc.gz

- `jobs`: what `sutja scrape SITE|URL...|--list URL` runs;
- `crawl`: discovery of new article links, then fetching the pending ones, kill-safe;
- `listing`: a profile's list pages, next links, feeds and sitemaps → article links (with dates);
- `board`: a list page read without a profile (`sutja links`): its rows of one shape;
  `paging` its next page; `board_profile` the `[list]` table that crawls it the same way;
  `board_page` what such a page holds; `forms` rows that open by a script call or a POST form;
- `fetch`: the polite HTTP session (robots.txt, per-host delay, retries, size limits, POST);
  `codings` content codings undone; `progress` how a crawl reports;
- `warc_out`: request and response records written as received, flushed before marking done;
- `crawl_state`: which URLs are pending or done, kept in the store.
"""
