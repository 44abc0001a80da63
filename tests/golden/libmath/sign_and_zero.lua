local z = -0.0
print(z, 0.0, z == 0.0, 1 / z, 1 / 0.0)
print(math.abs(z), math.floor(z), math.ceil(-0.5))
print(math.max(z, 0), math.min(0, z))
print(math.fmod(-0.0, 1), math.fmod(0.0, -1))
print(math.sqrt(z), math.sin(z), math.atan(z))
