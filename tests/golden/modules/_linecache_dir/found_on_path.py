# A support file that linecache_sys_path.py finds through sys.path.
first = 1
second = 2
