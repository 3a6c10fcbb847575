# coding: latin-1
# A support file in Latin-1: café
name = "été"
