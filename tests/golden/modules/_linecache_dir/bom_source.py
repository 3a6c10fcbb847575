# A support file with a UTF-8 byte order mark.
x = "é"
