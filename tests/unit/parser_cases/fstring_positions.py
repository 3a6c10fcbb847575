x = (f'{a}'
     f'{b}')
x = f'{ a }'
y = f'{a}{a}'
z = f'{ab} {b}'
