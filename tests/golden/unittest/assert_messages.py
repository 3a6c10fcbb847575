# The failure messages of the assert* methods, one failing test each.
import unittest
import logging
import warnings

import _support


class Messages(unittest.TestCase):
    maxDiff = None

    def test_equal_str(self):
        self.assertEqual("first line\nsecond\nthird\n", "first line\n2nd\nthird\n")

    def test_equal_dict(self):
        self.assertEqual({"a": 1, "b": [1, 2]}, {"a": 1, "b": [1, 3], "c": 0})

    def test_equal_tuple(self):
        self.assertEqual((1, 2), (1, 2, 3))

    def test_equal_set(self):
        self.assertEqual({1, 2}, {2, 3})

    def test_not_equal(self):
        self.assertNotEqual(5, 5)

    def test_true(self):
        self.assertTrue(0)

    def test_is(self):
        self.assertIs([], None)

    def test_is_none(self):
        self.assertIsNone(3)

    def test_is_instance(self):
        self.assertIsInstance(3, str)

    def test_in(self):
        self.assertIn(4, [1, 2, 3])

    def test_almost_equal(self):
        self.assertAlmostEqual(1.0, 1.1)

    def test_almost_equal_delta(self):
        self.assertAlmostEqual(10, 13, delta=2)

    def test_greater(self):
        self.assertGreater(1, 2)

    def test_count_equal(self):
        self.assertCountEqual([1, 1, 2], [1, 2, 2])

    def test_sequence_equal(self):
        self.assertSequenceEqual([1, 2], (1, 2, 3), seq_type=list)

    def test_multiline_equal(self):
        self.assertMultiLineEqual("a\nb\n", "a\nc\n")

    def test_regex(self):
        self.assertRegex("hello", r"^\d+$")

    def test_raises_not_raised(self):
        with self.assertRaises(ValueError):
            pass

    def test_raises_regex_mismatch(self):
        with self.assertRaisesRegex(ValueError, "expected text"):
            raise ValueError("other text")

    def test_warns_not_warned(self):
        with self.assertWarns(DeprecationWarning):
            pass

    def test_logs_nothing(self):
        with self.assertLogs("quiet", level="INFO"):
            logging.getLogger("quiet").debug("too low")

    def test_long_message_off(self):
        self.longMessage = False
        self.assertEqual(1, 2, "custom only")

    def test_long_message_on(self):
        self.assertEqual(1, 2, "custom and standard")

    def test_passing_helpers(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        self.assertEqual(str(cm.exception), "division by zero")
        with self.assertWarns(UserWarning) as w:
            warnings.warn("hi")
        self.assertEqual(str(w.warning), "hi")
        with self.assertLogs("loud", level="WARNING") as logs:
            logging.getLogger("loud").warning("careful %d", 3)
        self.assertEqual(logs.output, ["WARNING:loud:careful 3"])
        self.assertDictEqual({"a": 1}, {"a": 1})
        self.assertNotIn(1, [2])
        self.assertIsNot(1, None)


_support.run(Messages, verbosity=1)
