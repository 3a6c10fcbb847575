# loop.getaddrinfo / getnameinfo run in the default executor
import asyncio
import socket

async def main():
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo("127.0.0.1", 80, family=socket.AF_INET, type=socket.SOCK_STREAM)
    print([(f.name, t.name, a) for f, t, p, c, a in infos])
    print(await loop.getnameinfo(("127.0.0.1", 0), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
    try:
        await loop.getaddrinfo("256.256.256.256.invalid", 80, flags=socket.AI_NUMERICHOST)
    except socket.gaierror as e:
        print("gaierror", e.errno == socket.EAI_NONAME)

asyncio.run(main())
