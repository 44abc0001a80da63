local function show(t)
  return string.format("%d-%02d-%02d %02d:%02d:%02d wday=%d yday=%d",
    t.year, t.month, t.day, t.hour, t.min, t.sec, t.wday, t.yday)
end
local t = {year = 2020, month = 14, day = 35, hour = 25, min = 61}
print(os.time(t), show(t))
t = {year = 2021, month = 3, day = 0, sec = -1}
print(os.time(t), show(t))
t = {year = 2020, month = 2, day = 30}
print(os.time(t), show(t))
t = {year = 2019, month = 1, day = 1, hour = 0, min = -1}
print(os.time(t), show(t))
t = {year = 2000, month = 1, day = 1, hour = 0, sec = 86400 * 366}
print(os.time(t), show(t))
