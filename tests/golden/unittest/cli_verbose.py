# python -m unittest with a module name, -v and -q.
import _support

files = {"test_shapes.py": '''
    import unittest

    class Square(unittest.TestCase):
        def test_area(self):
            self.assertEqual(3 * 3, 9)

        def test_perimeter(self):
            self.assertEqual(4 * 3, 13)

    class Circle(unittest.TestCase):
        def test_radius(self):
            pass
'''}
_support.run_cli(files, "test_shapes")
_support.run_cli(files, "-v", "test_shapes")
_support.run_cli(files, "-q", "test_shapes")
