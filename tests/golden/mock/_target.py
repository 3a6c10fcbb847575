# A module for mock/patch_forms.py to patch.
LIMIT = 10


def fetch(url, timeout=1):
    return f"real {url} {timeout}"


original_fetch = fetch


def use_fetch():
    return fetch("x")
