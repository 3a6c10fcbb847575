class AppError(Exception):
    def __init__(self, code, detail):
        super().__init__(code, detail)
        self.code = code

    def __str__(self):
        return f"[{self.code}] {self.args[1]}"

def run():
    raise AppError(42, "something broke")

run()
