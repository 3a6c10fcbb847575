# The native traceback printer counts East Asian wide characters as two
# columns when it places caret markers.
値 = {"キー": [0]}
print("start")
print("漢字漢字" + "ａ" * 2 + 値["キー"][5])
