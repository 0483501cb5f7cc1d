"""Pure functions: Korean text or a Doc in, Figure and Program records out. No I/O, no DB."""
