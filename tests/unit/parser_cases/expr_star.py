*a, b = c
print(*a)
x = *a, *b
[*a]
{*a}
return_value = (*a,)
for x in *a, b: pass
