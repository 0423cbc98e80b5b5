#!/usr/bin/env python3
"""Writes src/main/resources/identity/common-passwords.txt, the list PasswordRule refuses (case-insensitive).

Only entries of 12 characters or more are kept: shorter ones fail the length rule anyway. The patterns are the
well-known shapes of leaked-password top lists: popular words with digits, years and symbols appended, words typed
twice, keyboard walks, digit runs, first names with years, and a few phrases. Run from the repository root:
    python3 docs/tools/common-passwords.py
"""

WORDS = """password passw0rd p@ssword p@ssw0rd qwerty qwertz azerty iloveyou dragon monkey football baseball
letmein welcome admin administrator sunshine princess shadow master superman batman trustno1 starwars
computer michelle jessica charlie donald whatever freedom mustang access flower hello login secret summer
winter spring autumn internet soccer hockey killer hunter ranger buster thomas tigger robert daniel jordan
harley pepper ginger cookie cheese banana orange purple silver golden diamond samsung google apple
chocolate butterfly liverpool arsenal chelsea barcelona juventus changeme default guest test tester testing
qazwsx zaq12wsx asdfgh zxcvbn abcdef abc123 passpass mypassword yourpassword newpassword oldpassword
security prism prismapp company business office monday friday january december lovely loveme babygirl
angel angels jesus christ blessed fuckyou fuckoff asshole pussy sexy hottie matrix ninja pokemon
minecraft fortnite warcraft starcraft dolphin tiger lion eagle falcon phoenix cowboys yankees lakers
rangers bulldogs maverick corvette ferrari porsche mercedes whiskey jackson family forever friends
""".split()

SUFFIXES = ["", "1", "12", "123", "1234", "12345", "123456", "1234567", "12345678", "123456789", "1234567890",
            "!", "1!", "123!", "1234!", "!!", "?", "01", "007", "69", "99", "00", "11", "13", "21", "22", "23",
            "321", "4321", "54321", "111", "000", "@123", "#1", "$", "2000", "1990", "1999", "2020", "2021", "2022",
            "2023", "2024", "2025", "2026", "2027", "!2024", "!2025", "!2026", "2024!", "2025!", "2026!"]

KEYBOARD = """qwertyuiop qwertyuiop[] qwertyuiopasdfghjkl asdfghjkl asdfghjkl; zxcvbnm zxcvbnm,./ qwertzuiop
azertyuiop 1qaz2wsx3edc 1qaz2wsx3edc4rfv qazwsxedcrfv qazwsxedcrfvtgb 1q2w3e4r5t6y 1q2w3e4r5t6y7u8i
q1w2e3r4t5y6 q1w2e3r4t5y6u7i8 zaq1xsw2cde3 zaq12wsxcde3 !qaz@wsx#edc 1qazxsw23edc qweasdzxc123
qweasdzxcqwe qwerasdfzxcv asdfqwerzxcv poiuytrewq lkjhgfdsa mnbvcxz 0987654321 1234567890-= !@#$%^&*()
!@#$%^&*()_+ 1234qwer 1234qwerasdf qwer1234 qwer1234asdf asdf1234 zxcv1234 1q2w3e4r 123qwe 123qweasd
123qweasdzxc qwe123 qwe123qwe123 abcd1234 abcdefgh abcdefghijkl abcdefghijklmnop""".split()

NAMES = """michael christopher matthew joshua jennifer jessica ashley amanda daniel david andrew james robert
john joseph william thomas charles anthony richard steven nicholas jonathan benjamin alexander elizabeth
stephanie samantha nicole melissa michelle christina rebecca katherine victoria caroline jacqueline patricia
barbara margaret natalie isabella olivia sophia charlotte emily hannah madison abigail gabriel sebastian
maximilian alexandra anastasia valentina francesca giovanni francesco alessandro""".split()

PHRASES = ["iloveyouforever", "iloveyoubaby", "letmeinplease", "opensesame", "correcthorsebatterystaple",
           "thequickbrownfox", "thequickbrownfoxjumpsoverthelazydog", "welcometoprism", "welcome to prism",
           "changemeplease", "changeme now", "password please", "mypasswordis", "thisismypassword",
           "nopassword", "iamthebest", "godisgood", "jesuslovesme", "trustnoone", "whatthefuck", "ihateyou",
           "ilovemymom", "ilovemyfamily", "onetwothreefour", "fourscoreandsevenyearsago", "letmeinnow",
           "administrator", "adminadmin", "rootroot", "toor", "supersecret", "topsecret", "verysecret",
           "secretpassword", "strongpassword", "securepassword", "goodpassword", "bestpassword"]


def main():
    found = set()

    def add(candidate):
        candidate = candidate.lower()
        if len(candidate) >= 12:
            found.add(candidate)

    for word in WORDS + PHRASES:
        for suffix in SUFFIXES:
            add(word + suffix)
        for prefix in ["1", "123", "1234", "2025", "2026", "!"]:
            add(prefix + word)
        add(word + word)
        add(word + word + "1")
        add(word + "." + word)
        for sep in ["-", "_", ".", " ", "@", "#"]:
            for suffix in ["123", "1234", "2025", "2026"]:
                add(word + sep + suffix)
    for walk in KEYBOARD:
        for suffix in ["", "1", "12", "123", "!", "1!"]:
            add(walk + suffix)
        add(walk + walk)
    for name in NAMES:
        for year in range(1950, 2027):
            add(name + str(year))
        for suffix in ["123", "1234", "12345", "123456", "!", "1!", "01", "007", "69"]:
            add(name + suffix)
    digits = "12345678901234567890"
    for length in range(12, 21):
        add(digits[:length])
        add(digits[::-1][:length])
        add("".join(str((i * 2 + 1) % 10) for i in range(length)))
    for pair in ["12", "21", "69", "00", "11", "ab", "abc", "123", "1234", "love", "pass", "qwe", "asd", "xo"]:
        add((pair * 20)[:12])
        add((pair * 20)[:16])
    for year in range(1940, 2031):
        add(str(year) * 3)
        add(f"{year}{year}{year % 100:02d}")
    for day in range(1, 32):
        for month in range(1, 13):
            for year in (1980, 1985, 1990, 1995, 2000):
                add(f"{day:02d}{month:02d}{year}{day:02d}{month:02d}")

    lines = sorted(found)
    with open("src/main/resources/identity/common-passwords.txt", "w", encoding="utf-8") as out:
        out.write("# Common passwords of 12 characters or more that Prism refuses (case-insensitive).\n")
        out.write("# Generated by docs/tools/common-passwords.py from the shapes of public top lists.\n")
        for line in lines:
            out.write(line + "\n")
    print(len(lines), "passwords")


if __name__ == "__main__":
    main()
