# Start-up plus the import of a realistic set of CPython's library modules,
# as a program that uses them pays on every run. compare.py keeps the best
# of several runs, so Taipan's code cache and CPython's .pyc files are warm.
# (asyncio and unittest join the list once _socket and _signal exist.)
import argparse
import dataclasses
import datetime
import decimal
import enum
import fractions
import inspect
import json
import logging
import pathlib
import pickle
import re
import tempfile
import textwrap
import typing

print(len(typing.__all__) > 0, argparse.__name__, dataclasses.__name__, datetime.__name__, decimal.__name__,
      enum.__name__, fractions.__name__, inspect.__name__, json.__name__, logging.__name__, pathlib.__name__,
      pickle.__name__, re.__name__, tempfile.__name__, textwrap.__name__)
