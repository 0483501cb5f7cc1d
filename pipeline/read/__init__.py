"""Read: the paths a user names in, `RawDocument`s (or `Failure`s) out; bytes and addresses.

    .txt  .jsonl  .html  .warc(.gz)  ──iter_raw_documents()──►  RawDocument | Failure

- `inputs`: walks files and folders, one reader per extension, never raises for bad input;
- `warc`: the response records of a WARC archive, damage reported after the good records;
- `decode`: page bytes → text (BOM, HTTP charset, `<meta>`, detection; EUC-KR read as CP949)
  and the byte-level refusals (too large, binary, empty);
- `urls`: the canonical form of a URL, the identity of a page for the store and the crawler.
"""
