'a'
"b"
'''c'''
"""d"""
''
""
'it\'s'
"say \"hi\""
'mixed " and \''
"""multi
line"""
u"unicode"
U"upper"
