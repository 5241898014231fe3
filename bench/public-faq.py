#!/usr/bin/env python3
"""Builds the public-FAQ evaluation set (question-answer pairs as JSON Lines) from two public Indonesian
government FAQs, read from mirrors fetched beforehand; writes it into an ignored folder (data/eval/ by
default). Nothing of the FAQs goes into the repository. Usage:

    python3 bench/public-faq.py [MIRROR_ROOT] [OUT_FILE]

MIRROR_ROOT (default /work/.mirror) must hold the git mirrors of
  firmanh3200/ppid32        (faq/faqData.js: the FAQ of the integrated statistics service of BPS Jawa Barat)
  RommyRisyandi/ppid        (application/views/user/faq.php: the public-information FAQ of Diskominfo Singkawang)
as `owner+name/repo`. Then: eval --qa-pairs OUT_FILE (see docs/retrieval.md).
"""
import html
import json
import os
import re
import subprocess
import sys

root = sys.argv[1] if len(sys.argv) > 1 else "/work/.mirror"
target = sys.argv[2] if len(sys.argv) > 2 else "data/eval/public-faq.jsonl"


def show(repo, path):
    git_dir = os.path.join(root, repo, "repo")
    return subprocess.run(["git", "--git-dir", git_dir, "show", "HEAD:" + path],
                          check=True, capture_output=True, text=True).stdout


def plain(markup):
    text = re.sub(r"<[^>]*>", " ", markup)
    return re.sub(r"\s+", " ", html.unescape(text)).strip()


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

os.makedirs(os.path.dirname(target) or ".", exist_ok=True)
with open(target, "w", encoding="utf-8") as out:
    for question, answer, source in pairs:
        out.write(json.dumps({"question": question, "answer": answer, "source": source}, ensure_ascii=False) + "\n")
print(f"{len(pairs)} question-answer pairs written to {target}", file=sys.stderr)
