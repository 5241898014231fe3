#!/usr/bin/env python3
"""Builds the public question-answer evaluation sets (JSON Lines, one question a line with its answer) from
public Indonesian public-service FAQs and chatbot data, read from git mirrors fetched beforehand; writes them
into an ignored folder (data/eval/ by default). Nothing of them goes into the repository. Usage:

    python3 bench/public-faq.py [MIRROR_ROOT] [OUT_FILE]

MIRROR_ROOT (default /work/.mirror) holds the git mirrors as `owner+name/repo`. OUT_FILE (default
data/eval/public-faq.jsonl) gets the first set; the others are written beside it, one file a source:

  public-faq.jsonl           firmanh3200/ppid32 (faq/faqData.js: FAQ of the integrated statistics service of
                             BPS Jawa Barat) and RommyRisyandi/ppid (application/views/user/faq.php: the
                             public-information FAQ of Diskominfo Singkawang)
  kelurahan-balikpapan.jsonl Miftahul-Fauzi-Rifai/Chatbot-Kelurahan (data/train.json: a kelurahan help bot of
                             Balikpapan; the Indonesian questions only)
  kelurahan-jawa.jsonl       the same file's Javanese rewordings of those questions (ngoko, madya, krama), with
                             the same Indonesian answers
  layanan-publik.jsonl       ardenaAfif/asisten-rakyat (app/src/main/java/id/asistenrakyat/utils/PelayananInfo.kt:
                             question-answer lists of an Android public-service assistant: tax, immigration,
                             water, electricity, civil registration; its health-insurance list is not read)

Three more are intent sets: each entry carries some ways of asking ("known", written into the entry's
questions) and is asked in other ways ("asked"), as an office's knowledge base built from a chatbot would be:
  samsat-bandung-timur.jsonl 0x94t3z/tebot (src/data/faq-samsat-bandung-timur.json: 150 FAQs of a vehicle-tax
                             office, each titled and known by its own question; asked: the hand-labelled citizen
                             queries of test/pattern-matcher.test.ts, without one- to three-word follow-ups
                             such as "Kalau Sabtu?" that need the turn before them)
  brmp-penerapan.jsonl       Rfldmr/chatbot-brmp-penerapan (intents.json: the public-information bot of an
                             agricultural agency; greetings, thanks, insults and the ask-for-an-admin intent left
                             out)
  desa-borobudur.jsonl       kenarvv/chat_borobudur_NLP (intents.json: a village information bot; greetings and
                             the bot's own identity left out)
For the two intents.json sets each intent's distinct patterns are shuffled with a fixed seed: the first half
(rounded down) is known, the rest asked; the entry is titled with the intent's tag in words.

Two more intent sets, of universities' academic-service bots (many families of near intents: KKN, KKP and thesis
each with guidance and report; leave, its deadline and how many times), added on 2026-12-03:
  budiluhur.jsonl            LRMNTRIX03/Chatbot-Layanan-Kampus-Budi-Luhur-Dengan-Metode-Multinomial-Naive-Bayes-dan-
                             K-Nearest-Neighbors at 950079f9 (dataset/patterns.csv, dataset/responses.csv: student
                             services of Universitas Budi Luhur; greetings, the bot's introduction and one intent
                             whose answer is a placeholder left out)
  telkom_informatika.jsonl   faqihuddinhabibii/Chatbot-Layanan-Akademik at 2f46e3e1 (dataset/intents_LAA.json:
                             academic administration of a Telkom University programme; greetings, name and goodbye
                             left out; answers' HTML read as plain text)
Their patterns are deduplicated ignoring case and spaces and shuffled with random.Random(7) per intent; the first
half (rounded up) is known, the rest asked.

A source whose mirror is missing is skipped with a message. Then: eval --qa-pairs FILE[,FILE...] (see
docs/retrieval.md).
"""
import html
import json
import os
import random
import re
import subprocess
import sys

root = sys.argv[1] if len(sys.argv) > 1 else "/work/.mirror"
target = sys.argv[2] if len(sys.argv) > 2 else "data/eval/public-faq.jsonl"
MIN_ANSWER_WORDS = 4


def show(repo, path):
    git_dir = os.path.join(root, repo, "repo")
    return subprocess.run(["git", "--git-dir", git_dir, "show", "HEAD:" + path],
                          check=True, capture_output=True, text=True).stdout


def plain(markup):
    text = re.sub(r"<[^>]*>", " ", markup)
    return re.sub(r"\s+", " ", html.unescape(text)).strip()


def public_faq():
    pairs = []
    bps = show("firmanh3200+ppid32", "faq/faqData.js")
    for question, answer in re.findall(r'question:\s*"((?:[^"\\]|\\.)*)",\s*answer:\s*"((?:[^"\\]|\\.)*)"', bps, re.S):
        pairs.append((plain(question), plain(answer.replace('\\"', '"').replace("\\'", "'")), "bps-jabar"))

    kip = show("RommyRisyandi+ppid", "application/views/user/faq.php")
    blocks = re.split(r"<h4[^>]*>", kip)[1:]
    for block in blocks:
        question, _, rest = block.partition("</h4>")
        question, answer = plain(question), plain(rest.split("</div>")[0])
        if question.endswith("?") and answer:
            pairs.append((question, answer, "ppid-singkawang"))
    return pairs


def kelurahan(javanese):
    """Entries of data/train.json: id "N" is the Indonesian question, "J-N-N|M|K" its Javanese rewordings."""
    rows = json.loads(show("Miftahul-Fauzi-Rifai+Chatbot-Kelurahan", "data/train.json"))
    return [(plain(row["text"]), plain(row["answer"]), "kelurahan-balikpapan")
            for row in rows if str(row["id"]).startswith("J-") == javanese]


def layanan_publik():
    """The triple-quoted lists of PelayananInfo.kt: "- question" lines, each followed by its answer lines."""
    source = show("ardenaAfif+asisten-rakyat", "app/src/main/java/id/asistenrakyat/utils/PelayananInfo.kt")
    pairs = []
    for name, body in re.findall(r'val\s+(\w+)\s*=\s*"""(.*?)"""', source, re.S):
        if name == "bpjsInfo":
            continue  # a health-insurance FAQ: kept out of every set here
        question, answer = None, []
        for line in body.splitlines() + ["- "]:
            text = line.strip()
            if text.startswith("- "):
                if question and answer:
                    pairs.append((plain(question), plain(" ".join(answer)), name.removesuffix("Info")))
                question, answer = text[2:], []
            elif question and text:
                answer.append(text)
    # "[nama aplikasi]" is a placeholder the authors left in some answers
    return [(q, a.replace("[nama aplikasi]", "").replace("  ", " ").replace(" ,", ","), s) for q, a, s in pairs]


def samsat():
    faqs = json.loads(show("0x94t3z+tebot", "src/data/faq-samsat-bandung-timur.json"))
    tests = show("0x94t3z+tebot", "test/pattern-matcher.test.ts")
    categories = {faq["category"].lower() for faq in faqs}
    asked = {}
    for query, faq_id in re.findall(r'\[\s*"((?:[^"\\]|\\.)*)",\s*(\d+)\s*(?:,\s*"[^"]*")?\s*\]', tests):
        words = query.split()
        if query.lower() in categories or words[0].lower() == "kalau" and len(words) <= 3:
            continue
        asked.setdefault(int(faq_id), [])
        if query not in asked[int(faq_id)]:
            asked[int(faq_id)].append(query)
    return [{"title": plain(faq["question"]), "known": [plain(faq["question"])], "asked": asked.get(faq["id"], []),
             "answer": plain(faq["answer"])} for faq in faqs]


def intents(repo, skip):
    """An intents.json: per intent, half of its distinct patterns (shuffled with a fixed seed) known, the rest asked."""
    rows = json.loads(show(repo, "intents.json"))["intents"]
    out = []
    for row in rows:
        if skip(row["tag"]):
            continue
        seen, patterns = set(), []
        for pattern in row["patterns"]:
            text = plain(pattern)
            if text and text.lower() not in seen:
                seen.add(text.lower())
                patterns.append(text)
        random.Random(row["tag"]).shuffle(patterns)
        half = len(patterns) // 2
        title = re.sub(r"[-_]+", " ", row["tag"]).strip()
        out.append({"title": title, "known": patterns[:half], "asked": patterns[half:],
                    "answer": plain(row["responses"][0])})
    return out


def academic_split(tag, patterns, answer):
    seen, distinct = set(), []
    for pattern in patterns:
        text = re.sub(r"\s+", " ", pattern).strip()
        if text and text.lower() not in seen:
            seen.add(text.lower())
            distinct.append(text)
    random.Random(7).shuffle(distinct)
    half = (len(distinct) + 1) // 2
    return {"title": tag.replace("_", " ").strip(), "known": distinct[:half], "asked": distinct[half:],
            "answer": answer}


def at(repo, commit, path):
    git_dir = os.path.join(root, repo, "repo")
    return subprocess.run(["git", "--git-dir", git_dir, "show", commit + ":" + path],
                          check=True, capture_output=True).stdout.decode("utf-8-sig")


BUDILUHUR = "LRMNTRIX03+Chatbot-Layanan-Kampus-Budi-Luhur-Dengan-Metode-Multinomial-Naive-Bayes-dan-K-Nearest-Neighbors"


def budiluhur():
    import csv
    import io
    commit = "950079f9eaabfe78be5115cb4af134b1d568b266"
    patterns, answers = {}, {}
    for row in csv.DictReader(io.StringIO(at(BUDILUHUR, commit, "dataset/patterns.csv"))):
        patterns.setdefault(row["intent_name"].strip(), []).append(row["text"])
    for row in csv.DictReader(io.StringIO(at(BUDILUHUR, commit, "dataset/responses.csv"))):
        answers.setdefault(row["intent_name"].strip(), re.sub(r"\s+", " ", row["text"]).strip())
    skip = {"sapaan", "sapaan_pagi", "sapaan_siang", "sapaan_sore", "sapaan_malam", "perkenalan"}
    return [academic_split(tag, texts, answers.get(tag, "")) for tag, texts in patterns.items()
            if tag not in skip and not re.search(r"x{3,}", answers.get(tag, "x" * 3)) and len(texts) >= 2]


def telkom():
    commit = "2f46e3e117087b1c24a0dee268d8b9897c6c2ae2"
    rows = json.loads(at("faqihuddinhabibii+Chatbot-Layanan-Akademik", commit, "dataset/intents_LAA.json"))["intents"]
    out = []
    for row in rows:
        if row["tag"] in {"Greetings", "name", "goodbye"} or not row.get("responses"):
            continue
        text = re.sub(r"<\s*li[^>]*>", "\n- ", row["responses"][0], flags=re.I)
        text = re.sub(r"<\s*br\s*/?>", "\n", text, flags=re.I)
        text = re.sub(r"</\s*(ol|ul|p|div)\s*>", "\n", text, flags=re.I)
        text = html.unescape(re.sub(r"<[^>]+>", "", text))
        text = re.sub(r"\n{2,}", "\n", re.sub(r" *\n *", "\n", re.sub(r"[ \t]+", " ", text))).strip()
        out.append(academic_split(row["tag"], row.get("patterns", []), text))
    return out


def write_intents(path, rows):
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    with open(path, "w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} entries, {sum(len(r['known']) for r in rows)} known and "
          f"{sum(len(r['asked']) for r in rows)} asked questions written to {path}", file=sys.stderr)


def write(path, pairs, min_words=MIN_ANSWER_WORDS):
    kept = [(q, a, s) for q, a, s in pairs if q and len(a.split()) >= min_words]
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    with open(path, "w", encoding="utf-8") as out:
        for question, answer, source in kept:
            out.write(json.dumps({"question": question, "answer": answer, "source": source}, ensure_ascii=False) + "\n")
    answers = len({a for _, a, _ in kept})
    print(f"{len(kept)} questions ({answers} distinct answers; {len(pairs) - len(kept)} dropped) written to {path}",
          file=sys.stderr)


folder = os.path.dirname(target)
# the first set keeps every pair with an answer, as it always has (its figures in docs/retrieval.md count 37)
for path, build, min_words in [(target, public_faq, 1),
                               (os.path.join(folder, "kelurahan-balikpapan.jsonl"), lambda: kelurahan(False), MIN_ANSWER_WORDS),
                               (os.path.join(folder, "kelurahan-jawa.jsonl"), lambda: kelurahan(True), MIN_ANSWER_WORDS),
                               (os.path.join(folder, "layanan-publik.jsonl"), layanan_publik, MIN_ANSWER_WORDS)]:
    try:
        write(path, build(), min_words)
    except subprocess.CalledProcessError as e:
        print(f"skipped {path}: {e.stderr.strip()}", file=sys.stderr)

BRMP_SKIP = {"salam", "sapaan", "selamat-pagi", "selamat-siang", "selamat-sore", "selamat-malam", "terima-kasih",
             "no-toxic", "kontak-admin", "diluar-konteks"}
for path, build in [(os.path.join(folder, "samsat-bandung-timur.jsonl"), samsat),
                    (os.path.join(folder, "brmp-penerapan.jsonl"),
                     lambda: intents("Rfldmr+chatbot-brmp-penerapan", lambda tag: tag in BRMP_SKIP)),
                    (os.path.join(folder, "desa-borobudur.jsonl"),
                     lambda: intents("kenarvv+chat_borobudur_NLP", lambda tag: tag.startswith(("basic_", "introduce_"))))]:
    try:
        write_intents(path, build())
    except subprocess.CalledProcessError as e:
        print(f"skipped {path}: {e.stderr.strip()}", file=sys.stderr)
for path, build in [(os.path.join(folder, "budiluhur.jsonl"), budiluhur),
                    (os.path.join(folder, "telkom_informatika.jsonl"), telkom)]:
    try:
        write_intents(path, build())
    except subprocess.CalledProcessError as e:
        print(f"skipped {path}: {e.stderr.strip()}", file=sys.stderr)
