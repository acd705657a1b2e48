#!/usr/bin/env python3
"""Experiment: an averaged-perceptron token tagger for names, trained on hand-written corpora
heldout..heldout28, tested on heldout29 and heldout30 (blind to the guard's rules and to the model),
alone and in union with the guard's findings (from the scorer's MISS/FALSE lines)."""
import json, re, sys, random, collections, os
EVAL = "/work/main/crates/varn-pii/eval"
DATA = "/work/main/crates/varn-pii/data"
def load_set(p, lower=True):
    s = set()
    for l in open(p, encoding="utf-8"):
        l = l.strip()
        if l and not l.startswith("#"):
            s.add(l.split("\t")[0].lower() if lower else l.split("\t")[0])
    return s
FIRST = load_set(f"{DATA}/first_names.txt"); SUR = load_set(f"{DATA}/surnames.txt")
SV = load_set(f"{DATA}/sv_words.txt"); PLACES = load_set(f"{DATA}/places.txt") | load_set(f"{DATA}/localities.txt")
TOK = re.compile(r"\w+(?:['’-]\w+)*")
def shape(w):
    if any(c.isdigit() for c in w): return "D"
    if w.isupper(): return "A" if len(w) > 1 else "I"
    if w[0].isupper(): return "C"
    if w.islower(): return "l"
    return "m"
def docs(name):
    out = []
    for line in open(f"{EVAL}/{name}/test.jsonl", encoding="utf-8"):
        if not line.strip(): continue
        d = json.loads(line); t = d["text"]
        toks = [(m.start(), m.end(), m.group()) for m in TOK.finditer(t)]
        spans = []  # (start,end,kind,text)
        for p in d["pii"]:
            i = 0
            while p["text"]:
                j = t.find(p["text"], i)
                if j < 0: break
                spans.append((j, j + len(p["text"]), p["kind"], p["text"])); i = j + 1
        lab = [any(k == "name" and a < e and s < b for (s, e, k, _) in spans) for (a, b, _) in toks]
        out.append((d["id"], t, toks, lab, spans))
    return out
NOLEX = os.environ.get("NOLEX") == "1"
def feats(t, toks, i):
    a, b, w = toks[i]; lw = w.lower(); sh = shape(w)
    pw = toks[i-1][2].lower() if i > 0 else "<s>"; nw = toks[i+1][2].lower() if i + 1 < len(toks) else "</s>"
    pw2 = toks[i-2][2].lower() if i > 1 else "<s>"
    psh = shape(toks[i-1][2]) if i > 0 else "<s>"; nsh = shape(toks[i+1][2]) if i + 1 < len(toks) else "</s>"
    gap = t[toks[i-1][1]:a] if i > 0 else t[:a]
    g = gap.strip()[-1:] if gap.strip() else " "
    start = i == 0 or g in ".!?:\n" or "\n" in gap
    ngap = t[b:toks[i+1][0]].strip()[:1] if i + 1 < len(toks) else "$"
    insv = lw in SV; inf = lw in FIRST; ins = lw in SUR; inp = lw in PLACES
    f = ["b"] + ([] if NOLEX else ["w=" + lw]) + [ "sh=" + sh, "s3=" + lw[-3:], "s2=" + lw[-2:], "p2=" + lw[:2],
         "sv=%d" % insv, "fn=%d" % inf, "sn=%d" % ins, "pl=%d" % inp,
         "st=%d" % start, "sh_st_sv=%s%d%d" % (sh, start, insv), "sh_fn_sn=%s%d%d" % (sh, inf, ins),
         "pw=" + pw, "nw=" + nw, "pw2=" + pw2, "psh=" + psh, "nsh=" + nsh, "g=" + g, "ng=" + ngap,
         "pw_sh=%s_%s" % (pw, sh), "nw_sh=%s_%s" % (nw, sh), "psh_sh_nsh=%s%s%s" % (psh, sh, nsh),
         "ascii=%d" % w.isascii(), "len=%d" % min(len(w), 8), "sv_sh_pl=%d%s%d" % (insv, sh, inp),
         "pwsv=%d" % (pw in SV), "nwsv=%d" % (nw in SV), "nwfn_sn=%d%d" % (nw in FIRST, nw in SUR),
         "pwfn=%d" % (pw in FIRST)]
    return f
class AP:
    def __init__(s): s.w = collections.defaultdict(float); s.u = collections.defaultdict(float); s.c = 1
    def score(s, f): return sum(s.w.get(x, 0.0) for x in f)
    def upd(s, f, y):
        for x in f: s.w[x] += y; s.u[x] += y * s.c
    def avg(s):
        return {k: v - s.u[k] / s.c for k, v in s.w.items()}
def main():
    train_names = ["heldout"] + ["heldout%d" % i for i in range(2, 29)] + (["generated%d" % i for i in range(2, 8)] if os.environ.get("GEN") == "1" else [])
    test_names = sys.argv[1:] or ["heldout29", "heldout30"]
    data = []
    for n in train_names:
        for (_, t, toks, lab, _) in docs(n):
            for i in range(len(toks)):
                data.append((feats(t, toks, i), 1 if lab[i] else -1))
    print("train tokens", len(data), "names", sum(1 for _, y in data if y > 0), file=sys.stderr)
    m = AP(); rnd = random.Random(7)
    for ep in range(6):
        rnd.shuffle(data); err = 0
        for f, y in data:
            if (1 if m.score(f) > 0 else -1) != y: m.upd(f, y); err += 1
            m.c += 1
        print("epoch", ep, "errors", err, file=sys.stderr)
    W = m.avg()
    for n in test_names:
        miss = set(); false = collections.defaultdict(set); table = ""
        for l in open(f"/work/lin/out-main/{n}.txt", encoding="utf-8"):
            mm = re.match(r'(MISS|FALSE) (\S+) (\w+) "(.*)"$', l.rstrip("\n"))
            if not mm:
                if l.startswith("precision"): table = l.strip()
                continue
            txt = json.loads('"%s"' % mm.group(4))
            if mm.group(1) == "MISS": miss.add((mm.group(2), txt))
            else: false[mm.group(2)].add(txt)
        gf = int(re.search(r"\((\d+) of (\d+) findings", table).group(2)); gt = int(re.search(r"\((\d+) of", table).group(1))
        D = docs(n)
        for thr in (0.0, 3.0, 6.0, 10.0):
            tot = cg = cu = nt = ng = nu = 0; newfalse = 0; cls = collections.Counter(); whole_g = whole_u = 0; ex = []
            for (did, t, toks, lab, spans) in D:
                pos = [i for i in range(len(toks)) if sum(W.get(x, 0.0) for x in feats(t, toks, i)) > thr]
                fspans = []
                for ft in false.get(did, ()):
                    j = 0
                    while ft:
                        j = t.find(ft, j)
                        if j < 0: break
                        fspans.append((j, j + len(ft))); j += 1
                # merge adjacent positive tokens into findings
                groups = []
                for i in pos:
                    if groups and groups[-1][-1] == i - 1 and t[toks[i-1][1]:toks[i][0]].strip() == "": groups[-1].append(i)
                    else: groups.append([i])
                for g in groups:
                    a, b = toks[g[0]][0], toks[g[-1]][1]
                    if not any(a < e and s0 < b for (s0, e, _, _) in spans) and not any(a < e and s0 < b for (s0, e) in fspans):
                        newfalse += 1; ex.append(t[a:b])
                allg = allu = True
                for (s0, e, k, txt) in spans:
                    tot += 1; g = (did, txt) not in miss
                    u = g or any(toks[i][0] < e and s0 < toks[i][1] for i in pos)
                    cg += g; cu += u; allg &= g; allu &= u
                    if u and not g:
                        w = t[s0:e]; cls[shape(w.split()[0]) + ("sv" if w.lower() in SV else "")] += 1
                    if k == "name": nt += 1; ng += g; nu += u
                whole_g += allg; whole_u += allu
            newtp = cu - cg
            print(f"{n} thr={thr}: recall {cg/tot:.3f} -> {cu/tot:.3f}; names {ng/nt:.3f} -> {nu/nt:.3f}; whole {whole_g/len(D):.3f} -> {whole_u/len(D):.3f}; precision {gt/gf:.3f} -> {(gt+newtp)/(gf+newtp+newfalse):.3f} (+{newfalse} false); gains by shape {dict(cls)}")
            print("   false e.g.", ex[:25])
main()
