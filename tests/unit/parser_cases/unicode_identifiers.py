café = 1
π = 3.14
名前 = "name"
über_größe = 2
x = café + π
ﬁle = 1
µ = 2
ｗｉｄｔｈ = 3
