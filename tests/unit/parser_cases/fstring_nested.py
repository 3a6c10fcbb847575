f'{f"{x}"}'
f"{'a' if x else 'b'}"
f'{x + y * 2}'
f'{[a for a in b]}'
f'{ {1: 2}[1] }'
f'{(lambda: 1)()}'
f'{a, b}'
f'{x!r:{y}}'
f'''{x
}'''
