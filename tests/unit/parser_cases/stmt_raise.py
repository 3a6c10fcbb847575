raise
raise E
raise E("msg")
raise E from e
raise E from None
