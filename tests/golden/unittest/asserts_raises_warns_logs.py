# assertRaises/assertRaisesRegex (context manager and callable forms, the
# exception kept), assertWarns/assertWarnsRegex, assertLogs/assertNoLogs,
# and their failure messages.
import logging
import unittest
import warnings

import _support


def warn(msg, category=UserWarning):
    warnings.warn(msg, category)


class Contexts(unittest.TestCase):
    def test_raises_ok(self):
        with self.assertRaises(KeyError) as cm:
            {}["x"]
        self.assertEqual(cm.exception.args, ("x",))
        self.assertRaises(ZeroDivisionError, lambda: 1 / 0)
        self.assertRaisesRegex(ValueError, r"invalid literal", int, "z")

    def test_raises_nothing(self):
        with self.assertRaises(KeyError):
            pass

    def test_raises_wrong_regex(self):
        with self.assertRaisesRegex(ValueError, "^nope$"):
            raise ValueError("something else")

    def test_raises_msg(self):
        with self.assertRaises(TypeError, msg="custom message"):
            pass

    def test_warns(self):
        with self.assertWarns(DeprecationWarning) as cm:
            warn("old", DeprecationWarning)
        self.assertEqual(str(cm.warning), "old")
        self.assertTrue(cm.filename.endswith("asserts_raises_warns_logs.py"))
        self.assertWarnsRegex(UserWarning, "^be careful", warn, "be careful now")

    def test_warns_missing(self):
        with self.assertWarns(RuntimeWarning):
            pass

    def test_logs(self):
        with self.assertLogs("app", level="INFO") as cm:
            logging.getLogger("app").info("started %d", 3)
            logging.getLogger("app.sub").warning("careful")
        self.assertEqual(cm.output, ["INFO:app:started 3", "WARNING:app.sub:careful"])
        self.assertEqual([r.levelname for r in cm.records], ["INFO", "WARNING"])

    def test_logs_missing(self):
        with self.assertLogs("quiet", level="ERROR"):
            logging.getLogger("quiet").warning("too low")

    def test_no_logs_fails(self):
        with self.assertNoLogs("noisy"):
            logging.getLogger("noisy").error("oops")


_support.run(Contexts, verbosity=2)
