local html = "<b>bold</b> and <i>italic</i>"
for tag in html:gmatch("<(.-)>") do io.write(tag, " ") end
print()
for tag in html:gmatch("<(.*)>") do io.write(tag, " ") end
print()
print(html:match("<b>(.-)</b>"))
print(("aXbXc"):match("(.*)X"), ("aXbXc"):match("(.-)X"))
print(("[[a]][[b]]"):match("%[%[(.-)%]%]"))
print(("path/to/file.txt"):match("(.-)([^/]*)$"))
print(("path/to/file.txt"):match("^(.*)/"))
print(("file.tar.gz"):match("^(.-)%.(.*)$"))
print(("file.tar.gz"):match("^(.*)%.(.-)$"))
