for _, v in ipairs({0.125, 0.375, 1.005, 2.675, 1e-7, 123456.789, 9.995, 0.05}) do
  print(string.format("%.2f %.2e %.3g %.17g", v, v, v, v))
end
print(string.format("%.14g", 2^53), string.format("%.0f", 2^63), string.format("%.0f", 1e22))
print(string.format("%g %g", 2^-1074, 1.7976931348623157e308))
