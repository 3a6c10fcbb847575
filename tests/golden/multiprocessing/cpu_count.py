# cpu_count agrees with os.cpu_count, and the affinity set is not empty.
import multiprocessing as mp
import os

print(mp.cpu_count() == os.cpu_count(), mp.cpu_count() >= 1)
print(len(os.sched_getaffinity(0)) >= 1, os.sched_getaffinity(0) <= set(range(os.cpu_count())))
