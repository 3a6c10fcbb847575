# python -m unittest with dotted test names and with a file name.
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
_support.run_cli(files, "-v", "test_shapes.Circle", "test_shapes.Square.test_area")
_support.run_cli(files, "-v", "test_shapes.py")
