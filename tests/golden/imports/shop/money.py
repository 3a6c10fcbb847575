print("shop.money running as", __name__, "in package", __package__)


def price(cents):
    return f"${cents // 100}.{cents % 100:02d}"
