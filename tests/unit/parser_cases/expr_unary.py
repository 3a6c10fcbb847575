-x
+x
~x
- - x
-~+x
not -x
-(x)
