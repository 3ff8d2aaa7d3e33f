# Run: python3 generate.py (writes the .html pages and their .txt gold main text here).
# Generates fictional news pages with known main text for the extraction
# quality test. Everything is invented: places, people, outlets.
import random, html, os
random.seed(7)
OUT = os.path.dirname(os.path.abspath(__file__))

places = ["Eastvale", "Northport", "Lindholm", "Marrow Bay", "Kessling", "Oldbridge", "Tarnow Heath", "Vellmar"]
people = ["Mayor Tomas Vik", "Councillor Anja Rudd", "Chief Inspector Lena Morrow", "Dr Paulo Esteves",
          "Minister Hedda Lorne", "spokesperson Ivo Marek", "engineer Saskia Brandt", "Professor Oren Daley"]
subjects = ["the harbour wall", "the new school", "the water plant", "the ring road", "the night ferry",
            "the regional hospital", "the grain silo", "the tram extension"]
verbs = ["approved", "delayed", "criticised", "inspected", "reopened", "funded", "closed", "defended"]
numbers = ["12 million crowns", "40 residents", "three weeks", "1,200 households", "eight inspectors",
           "a 14 percent rise", "two ferries", "nine kilometres"]

def sentence(r):
    forms = [
        lambda: f"{r.choice(people).capitalize() if False else r.choice(people)} said on {r.choice(['Monday','Tuesday','Wednesday','Thursday','Friday'])} that {r.choice(subjects)} in {r.choice(places)} would need {r.choice(numbers)} before the end of the year.",
        lambda: f"The council in {r.choice(places)} {r.choice(verbs)} plans for {r.choice(subjects)} after a debate that lasted {r.choice(['four hours','most of the night','two sessions'])}.",
        lambda: f"According to {r.choice(people)}, {r.choice(numbers)} were affected when {r.choice(subjects)} was {r.choice(verbs)} last {r.choice(['spring','autumn','month','week'])}.",
        lambda: f"Residents of {r.choice(places)} have long complained that {r.choice(subjects)} is {r.choice(['too expensive','badly maintained','too far away','unsafe in winter'])}.",
        lambda: f"\u201cWe cannot wait for {r.choice(subjects)} any longer,\u201d {r.choice(people)} told reporters outside the town hall in {r.choice(places)}.",
        lambda: f"Officials estimated that {r.choice(numbers)} would be needed, although opposition members disputed the figure.",
        lambda: f"A report published by the regional audit office found that {r.choice(subjects)} had cost {r.choice(numbers)} more than planned.",
    ]
    s = r.choice(forms)()
    return s[0].upper() + s[1:]

def paragraph(r, n=None):
    return " ".join(sentence(r) for _ in range(n or r.randint(2, 4)))

headlines = ["Council approves harbour budget", "Ferry service cut after audit", "Water plant reopens in Lindholm",
             "Tram extension delayed again", "Hospital wing to close in winter", "Inspectors find faults on ring road",
             "School plan divides Kessling", "Grain silo fire under control", "Night ferry returns to Marrow Bay",
             "Audit office questions road costs", "Oldbridge votes on new bridge", "Vellmar budget passes narrowly"]

def teaser(r):
    return f"{r.choice(headlines)}: {r.choice(places)} {r.choice(['reacts','waits','debates','counts the cost'])}"

def nav(r, n=8):
    items = ["Home", "News", "Local", "Politics", "Business", "Sport", "Culture", "Opinion", "Weather", "Obituaries", "Jobs", "Contact"]
    return "<nav class=\"main-nav\"><ul>" + "".join(f"<li><a href=\"/{i.lower()}\">{i}</a></li>" for i in items[:n]) + "</ul></nav>"

def related(r, k=5, cls="related"):
    return f"<aside class=\"{cls}\"><h3>Related stories</h3><ul>" + "".join(f"<li><a href=\"/s/{i}\">{html.escape(teaser(r))}</a></li>" for i in range(k)) + "</ul></aside>"

def footer(r, outlet):
    return (f"<footer><p>\u00a9 2026 {outlet}. All rights reserved.</p><ul><li><a href=\"/privacy\">Privacy policy</a></li>"
            "<li><a href=\"/terms\">Terms of use</a></li><li><a href=\"/ads\">Advertise with us</a></li></ul>"
            "<p>Registered office: 4 Quay Lane, harbour district. Editor-in-chief responsible under press law.</p></footer>")

def cookie():
    return ("<div id=\"cookie-banner\"><p>We use cookies to improve your experience and to show you personalised advertising. "
            "By continuing to browse you agree to our use of cookies.</p><button>Accept</button></div>")

def comments(r, k=4):
    names = ["harbourwatcher", "kessling_mum", "old_sailor", "trammer88", "vellmar_voice"]
    out = "<section class=\"comments\" id=\"comments\"><h2>Comments (" + str(k) + ")</h2>"
    for i in range(k):
        out += (f"<div class=\"comment\"><span class=\"user\">{r.choice(names)}</span><p>Honestly this town never learns, "
                f"{r.choice(['the same thing happened ten years ago','nobody asked the people who actually live here','I will believe it when I see it','my grandfather warned about this'])} "
                f"and now we all pay for it again.</p></div>")
    return out + "</section>"

def page(head, body, lang="en", charset="utf-8", title=None):
    return (f"<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"{charset}\">\n<title>{html.escape(title)}</title>\n"
            f"{head}</head>\n<body>\n{body}\n</body>\n</html>\n")

pages = []

def add(name, html_text, gold, charset="utf-8"):
    pages.append((name, html_text, gold, charset))

# 1 classic news page
r = random.Random(1); outlet = "Northport Daily"; h = headlines[0]
paras = [paragraph(r) for _ in range(6)]
body = (cookie() + "<header class=\"masthead\"><a href=\"/\">" + outlet + "</a></header>" + nav(r) +
        f"<main><article><h1>{h}</h1><p class=\"byline\">By Rina Solberg</p><time datetime=\"2026-02-10\">10 February 2026</time>" +
        "".join(f"<p>{html.escape(p)}</p>" for p in paras) + "</article>" + related(r) + "</main>" + footer(r, outlet))
add("01-classic", page(f"<meta property=\"og:site_name\" content=\"{outlet}\">\n", body, title=f"{h} | {outlet}"), paras)

# 2 div soup without article or p
r = random.Random(2); outlet = "Lindholm Post"; h = headlines[2]
paras = [paragraph(r) for _ in range(5)]
body = (nav(r, 10) + "<div id=\"wrap\"><div class=\"col-left\"><div class=\"headline\">" + h + "</div><div class=\"story-body\">" +
        "".join(f"<div class=\"para\">{html.escape(p)}</div>" for p in paras) + "</div></div><div class=\"col-right sidebar\"><div class=\"box\"><div class=\"title\">Most read</div>" +
        "".join(f"<div class=\"item\"><a href=\"/m/{i}\">{html.escape(teaser(r))}</a></div>" for i in range(6)) + "</div></div></div>" + footer(r, outlet))
add("02-divsoup", page("", body, title=h), paras)

# 3 br-separated paragraphs
r = random.Random(3); outlet = "Tarnow Herald"; h = headlines[3]
paras = [paragraph(r) for _ in range(5)]
body = (nav(r) + f"<div class=\"content\"><h1>{h}</h1><div class=\"text\">" + "<br><br>\n".join(html.escape(p) for p in paras) +
        "</div></div>" + related(r, 4) + footer(r, outlet))
add("03-br", page("", body, title=h), paras)

# 4 blockquote and list in the text, share buttons
r = random.Random(4); outlet = "Kessling Courier"; h = headlines[6]
p1, p2, q, p3 = paragraph(r), paragraph(r), sentence(r), paragraph(r)
items = ["a new gym for the primary school", "two extra buses on the morning route", "repairs to the sports hall roof"]
p4 = paragraph(r)
share = "<div class=\"share-buttons\"><a href=\"#\">Share on Facebook</a> <a href=\"#\">Share on X</a> <a href=\"#\">Email this article</a></div>"
body = (nav(r) + f"<article><h1>{h}</h1>" + share + f"<p>{html.escape(p1)}</p><p>{html.escape(p2)}</p><blockquote><p>{html.escape(q)}</p></blockquote>"
        f"<p>{html.escape(p3)}</p><ul>" + "".join(f"<li>{i}</li>" for i in items) + f"</ul><p>{html.escape(p4)}</p>" + share + "</article>" + footer(r, outlet))
add("04-quote-list", page("", body, title=h), [p1, p2, q, p3] + items + [p4])

# 5 comments after the article
r = random.Random(5); outlet = "Marrow Bay News"; h = headlines[8]
paras = [paragraph(r) for _ in range(4)]
body = (nav(r) + f"<article><header><h1>{h}</h1><p class=\"meta\">Published 3 March 2026</p></header>" + "".join(f"<p>{html.escape(p)}</p>" for p in paras) +
        "</article>" + comments(r, 5) + footer(r, outlet))
add("05-comments", page("", body, title=h), paras)

# 6 subheads
r = random.Random(6); outlet = "Oldbridge Gazette"; h = headlines[10]
gold = []; parts = ""
for sh in ["What was decided", "Why it matters", "What happens next"]:
    ps = [paragraph(r) for _ in range(2)]
    gold += [sh] + ps
    parts += f"<h2>{sh}</h2>" + "".join(f"<p>{html.escape(p)}</p>" for p in ps)
lead = paragraph(r)
body = nav(r) + f"<main><article><h1>{h}</h1><p class=\"lead\">{html.escape(lead)}</p>{parts}</article></main>" + related(r) + footer(r, outlet)
add("06-subheads", page("", body, title=h), [lead] + gold)

# 7 short article
r = random.Random(7); outlet = "Vellmar Today"; h = headlines[11]
paras = [sentence(r), sentence(r)]
body = nav(r) + f"<article><h1>{h}</h1>" + "".join(f"<p>{html.escape(p)}</p>" for p in paras) + "</article>" + related(r, 3) + footer(r, outlet)
add("07-short", page("", body, title=h), paras)

# 8 inline ads and read-more links between paragraphs
r = random.Random(8); outlet = "Eastvale Courier"; h = headlines[1]
paras = [paragraph(r) for _ in range(6)]
chunks = []
for i, p in enumerate(paras):
    chunks.append(f"<p>{html.escape(p)}</p>")
    if i == 1:
        chunks.append("<div class=\"ad-slot advert\"><span>Advertisement</span></div>")
    if i == 3:
        chunks.append(f"<p class=\"read-more\"><strong>Read more:</strong> <a href=\"/x\">{html.escape(teaser(r))}</a></p>")
body = nav(r) + f"<article><h1>{h}</h1>" + "".join(chunks) + "<div class=\"newsletter\"><h4>Get the morning briefing</h4><p>Sign up for our free newsletter and never miss a story from the valley.</p></div></article>" + footer(r, outlet)
add("08-inline-ads", page("", body, title=h), paras)

# 9 results table in the text
r = random.Random(9); outlet = "Northport Daily"; h = "Election results in Northport"
p1, p2 = paragraph(r), paragraph(r)
rows = [("Harbour Party", "4,210", "38%"), ("Valley Alliance", "3,905", "35%"), ("Greens of the Bay", "2,990", "27%")]
table = "<table><tr><th>Party</th><th>Votes</th><th>Share</th></tr>" + "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows) + "</table>"
p3 = paragraph(r)
body = nav(r) + f"<article><h1>{h}</h1><p>{html.escape(p1)}</p><p>{html.escape(p2)}</p>{table}<p>{html.escape(p3)}</p></article>" + related(r) + footer(r, outlet)
add("09-table", page("", body, title=h), [p1, p2, "Party Votes Share"] + [" ".join(x) for x in rows] + [p3])

# 10 figures with captions
r = random.Random(10); outlet = "Lindholm Post"; h = headlines[7]
paras = [paragraph(r) for _ in range(5)]
fig = "<figure><img src=\"/i/silo.jpg\" alt=\"The silo\"><figcaption>The silo on Tuesday morning. Photo: Staff photographer</figcaption></figure>"
body = nav(r) + f"<article><h1>{h}</h1>{fig}" + "".join(f"<p>{html.escape(p)}</p>" for p in paras[:3]) + fig + "".join(f"<p>{html.escape(p)}</p>" for p in paras[3:]) + "</article>" + footer(r, outlet)
add("10-figures", page("", body, title=h), paras)

# 11 Windows-1252 page in German-like fictional text
r = random.Random(11); h = "Fähre nach Kessling fällt aus"
paras = ["Die Nachtfähre nach Kessling fällt für drei Wochen aus, teilte die Reederei am Montag mit. Betroffen sind etwa 1.200 Pendler, die nun über die Ringstraße fahren müssen.",
         "„Wir bedauern die Unannehmlichkeiten“, sagte Sprecher Ivo Marek. Die Prüfer hatten Mängel an beiden Schiffen festgestellt.",
         "Die Gemeinde Tarnow kritisierte die kurzfristige Ankündigung. Bürgermeisterin Hedda Lorne forderte einen Ersatzbus für die Nachtstunden.",
         "Die Reparaturen sollen rund 2,4 Millionen Kronen kosten. Ob die Fähre im Winter zurückkehrt, ist noch unklar."]
body = "<nav><a href=\"/\">Startseite</a> <a href=\"/lokal\">Lokales</a> <a href=\"/sport\">Sport</a></nav>" + f"<article><h1>{h}</h1>" + "".join(f"<p>{html.escape(p)}</p>" for p in paras) + "</article><footer>© 2026 Kesslinger Bote. Alle Rechte vorbehalten. <a href=\"/impressum\">Impressum</a></footer>"
add("11-windows1252", page("", body, lang="de", charset="windows-1252", title=h), paras, charset="cp1252")

# 12 heavy boilerplate: big menus, trending list of sentences, footer link farm
r = random.Random(12); outlet = "Tarnow Herald"; h = headlines[9]
paras = [paragraph(r) for _ in range(4)]
trending = "<div class=\"trending\"><h3>Trending now</h3><ol>" + "".join(f"<li><a href=\"/t/{i}\">{html.escape(sentence(r))}</a></li>" for i in range(8)) + "</ol></div>"
farm = "<div class=\"site-footer\">" + "".join(f"<a href=\"/tag/{i}\">{w}</a> " for i, w in enumerate((places + subjects) * 2)) + "</div>"
body = nav(r, 12) + trending + f"<div class=\"main\"><h1>{h}</h1><div class=\"article-body\">" + "".join(f"<p>{html.escape(p)}</p>" for p in paras) + "</div></div>" + related(r, 8) + farm
add("12-boilerplate", page("", body, title=h), paras)

for name, text, gold, cs in pages:
    with open(os.path.join(OUT, name + ".html"), "wb") as f:
        f.write(text.encode(cs))
    with open(os.path.join(OUT, name + ".txt"), "w") as f:
        f.write("\n\n".join(gold) + "\n")
print(len(pages))
