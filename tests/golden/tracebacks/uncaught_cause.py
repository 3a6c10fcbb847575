class ConfigError(Exception):
    pass

def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError("not a number: " + text) from e

parse("abc")
