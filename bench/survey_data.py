#!/usr/bin/env python3
"""Data for bench/survey.sh (issue 7 benchmarks). Subcommands:
  yaml CODE                       a questionnaire of 20 scale questions Q01..Q20 (4 factors of 5)
  codes PREFIX FIRST COUNT        one-time codes PREFIX0000001.. one per line (the code import's text format)
  bulk OUT CAMPAIGNS RESPONSES DAY FIRST
                                  a bulk import CSV: RESPONSES responses x 20 answers (random levels 1-5),
                                  spread round-robin over the comma-separated CAMPAIGNS ids, all on DAY
                                  (yyyy-mm-dd), channels alternating PAPER/PHONE, references from FIRST
  login BASE                      signs admin in; prints "JSESSIONID=...|csrf token"
"""
import http.cookiejar, random, re, sys, urllib.parse, urllib.request

QUESTIONS = [f"Q{n:02d}" for n in range(1, 21)]


def yaml(code):
    lines = ["questionnaire:", f"  code: {code}", "  version: 1",
             '  name_vi: "Phiếu đo hiệu năng: 20 câu thang đo"', '  respondents: "Người dân, tổ chức"',
             "  formula: satisfied_share", "  factors:"]
    for f in range(4):
        lines += [f"    - code: F{f + 1}", f'      name_vi: "Yếu tố {f + 1}"', "      questions:"]
        for q in QUESTIONS[f * 5:(f + 1) * 5]:
            lines.append(f'        - {{code: {q}, text_vi: "Câu hỏi {q}"}}')
    print("\n".join(lines))


def codes(prefix, first, count):
    first, count = int(first), int(count)
    sys.stdout.write("".join(f"{prefix}{n:07d}\n" for n in range(first, first + count)))


def bulk(out, campaigns, responses, day, first):
    campaigns, responses, first = campaigns.split(","), int(responses), int(first)
    rnd = random.Random(first)
    levels = "12345"
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("phieu,chien_dich,kenh,ngay,cau_hoi,tra_loi\n")
        for r in range(responses):
            ref = f"R{first + r}"
            prefix = f"{ref},{campaigns[r % len(campaigns)]},{'PAPER' if r % 2 else 'PHONE'},{day},"
            f.write("".join(f"{prefix}{q},{rnd.choice(levels)}\n" for q in QUESTIONS))


def login(base):
    jar = http.cookiejar.CookieJar()
    web = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = web.open(base + "/login").read().decode()
    token = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
    reply = web.open(base + "/login", urllib.parse.urlencode(
        {"username": "admin", "password": "DongThap@2026", "_csrf": token}).encode())
    if "/login" in reply.geturl():
        sys.exit("admin could not sign in (the demo users may still be loading)")
    home = web.open(base + "/admin/surveys").read().decode()
    csrf = re.search(r'name="_csrf" content="([^"]+)"', home).group(1)
    print("; ".join(c.name + "=" + c.value for c in jar) + "|" + csrf)


if __name__ == "__main__":
    {"yaml": yaml, "codes": codes, "bulk": bulk, "login": login}[sys.argv[1]](*sys.argv[2:])
