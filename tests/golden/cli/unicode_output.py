# Non-ASCII text is written as UTF-8.
print("héllo wörld", "☃", "日本語", "\U0001F600")
print(ascii("héllo"), len("日本語"))
