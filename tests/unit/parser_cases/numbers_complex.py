1j
1.5J
0j
1e3j
.5j
1_0j
