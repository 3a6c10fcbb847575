# Masks what differs between two runs of pytest on tests/pytest_project:
# durations (the summary line is re-centred by its length, so rebuilt),
# object addresses and the interpreter's path. The temporary folder is
# replaced by <tmp> by the caller.
s/^=+ (.*) in [0-9.]+s( \([0-9:]+\))? =+$/== \1 in <T> ==/
s/^(.*) in [0-9.]+s( \([0-9:]+\))?$/\1 in <T>/
s/0x[0-9a-f]+/0x<addr>/g
s/^(platform .*) -- \/.*$/\1 -- <python>/
