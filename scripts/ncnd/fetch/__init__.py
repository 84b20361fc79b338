"""`ncnd fetch`: collect notices from the sources themselves, politely, keeping every version.

sources.py reads the sources (vocab/sources.yml, vocab/force_logs.csv) and turns SOURCE words into
adapters; adapters.py lists, downloads and identifies per kind of source; polite.py is the only way
out to the web (robots.txt, delays, back-off); store.py writes corpus files, sources.csv rows and the
resumable state; run.py runs hosts side by side and counts what happened.
"""
