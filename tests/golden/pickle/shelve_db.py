# shelve stores pickles in a dbm file.
import os, shelve, tempfile

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'shelf')
    with shelve.open(path) as db:
        db['list'] = [1, 2, 3]
        db['dict'] = {'nested': (1, 'two')}
    with shelve.open(path) as db:
        print(sorted(db.keys()), db['list'], db['dict'])
        item = db['list']
        item.append(4)
        print(db['list'])
    with shelve.open(path, writeback=True) as db:
        db['list'].append(5)
    with shelve.open(path, flag='r') as db:
        print(db['list'])
