#!/usr/bin/env python3
"""Signs in demo officers, opens their self-assessments and writes one line per leaf for save-leaf.lua:
cookie|csrf|assessment id|leaf code|version. Usage: prepare.py BASE_URL OUT_FILE USER [USER...]"""
import http.cookiejar, json, re, sys, urllib.parse, urllib.request

base, out, users = sys.argv[1], sys.argv[2], sys.argv[3:]
lines = []
for user in users:
    jar = http.cookiejar.CookieJar()
    web = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = web.open(base + "/login").read().decode()
    token = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
    web.open(base + "/login", urllib.parse.urlencode(
        {"username": user, "password": "DongThap@2026", "_csrf": token}).encode()).read()
    mine = web.open(base + "/assessments").read().decode()
    csrf = re.search(r'name="_csrf" content="([^"]+)"', mine).group(1)
    found = re.search(r'href="/assessments/(\d+)"', mine)
    if found:
        assessment = found.group(1)
    else:
        cycle = re.search(r'name="cycle" value="(\d+)"', mine).group(1)
        reply = web.open(base + "/assessments/start", urllib.parse.urlencode({"cycle": cycle, "_csrf": csrf}).encode())
        assessment = reply.geturl().rstrip("/").split("/")[-1]
    data = json.loads(web.open(base + "/api/v1/assessments/" + assessment).read().decode())
    cookie = "; ".join(c.name + "=" + c.value for c in jar)
    for entry in data["entries"]:
        if entry.get("required"):
            lines.append("|".join([cookie, csrf, assessment, entry["code"], str(entry["version"])]))
with open(out, "w") as f:
    f.write("\n".join(lines) + "\n")
print(f"{len(lines)} leaves from {len(users)} users written to {out}")
