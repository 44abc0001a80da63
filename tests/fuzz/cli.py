"""The fuzzer's command line: python -m tests.fuzz COMMAND ...

  run [--count N] [--seed S] [-j J] [--out DIR] [--shrink] [--only K,..] [--exclude K,..] [--extra K,..] [--cli]
        generate programs for seeds S..S+N-1, run each with lua5.4 and lua2py, report
        mismatches (confirmed with the real CLI); --out DIR writes each mismatching
        program, what differs, and with --shrink its shrunk repro
  shrink FILE [-o OUT]      shrink one mismatching program (prints the repro, or writes OUT)
  show SEED [--only ...]    print the program of a seed
  compare-modes [--count N] [--seed S]
        run programs through both ways of running lua2py (forked batch, real CLI) and
        fail if any result differs: the batch mode is only a faster way to run the CLI
  record [--seeds FILE]     run lua5.4 on the recorded seeds' programs, write their
        expected results and program hashes into FILE (default tests/fuzz/seeds.json)

Needs lua5.4 (and luac5.4 for shrinking) on PATH, or $LUA / $LUAC.
"""
import argparse
import atexit
import hashlib
import json
import multiprocessing
import os
import re
import shutil
import signal
import sys
import tempfile
import time
from pathlib import Path

from . import gen, runner
from .shrink import Shrinker

HERE = Path(__file__).resolve().parent
SEEDS_FILE = HERE / "seeds.json"
PROGRAM_NAME = "fuzz.lua"  # chunk name of every generated program (it appears in error messages)

_worker = {}


def program_hash(text):
    return hashlib.sha256(text.encode("latin-1")).hexdigest()[:16]


def _kinds(arg):
    return tuple(k for k in arg.split(",") if k) if arg else None


def _init_worker(use_cli, root=None):
    """A worker's scratch directory (under root, which the caller removes) and its way of
    running lua2py; without root the directory goes when the process exits."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's _stop: the pool ends workers by SIGTERM
    _worker["dir"] = tempfile.mkdtemp(prefix="l2pfuzz-", dir=root)
    if root is None:
        atexit.register(shutil.rmtree, _worker["dir"], True)
    _worker["fork"] = None if use_cli else runner.ForkRunner(scratch=_worker["dir"])


def _lua2py(path):
    f = _worker.get("fork")
    return f.run(path) if f is not None else runner.cli_run(path)


def _cpu():
    """CPU seconds of this worker, its waited-for children (lua5.4, CLI runs) and the fork
    server's children (the lua2py runs)."""
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF)
    ch = resource.getrusage(resource.RUSAGE_CHILDREN)
    f = _worker.get("fork")
    return own.ru_utime + own.ru_stime + ch.ru_utime + ch.ru_stime + (f.cpu if f is not None else 0.0)


def _write(text, name=PROGRAM_NAME):
    p = Path(_worker["dir"]) / name
    p.write_text(text, encoding="latin-1")
    return p


def check_seed(task):
    """Run one seed's program under lua5.4 and lua2py: a dict saying ok, skipped, or the
    mismatch.  A mismatch the batch mode found is run again through the real CLI, which is
    what gets reported; "batch_differs" flags a difference between the two ways."""
    seed, only, exclude, extra = task
    text = gen.generate(seed, only=only, exclude=exclude or (), extra=extra or ())
    p = _write(text)
    c0 = _cpu()
    want = runner.lua_run(p)
    t0 = time.time()
    got = _lua2py(p)
    secs = time.time() - t0
    if want.rc == -1:
        return {"seed": seed, "skip": "lua5.4 timed out", "cpu": _cpu() - c0}
    if want == got:
        return {"seed": seed, "ok": True, "secs": secs, "cpu": _cpu() - c0}
    # a program whose output changes from run to run (an address, an order) is the
    # generator's fault: lua5.4 runs it a second time to tell
    if runner.lua_run(p) != want:
        return {"seed": seed, "skip": "lua5.4's output differs between two runs (a generator problem)",
                "nondeterministic": True, "text": text, "cpu": _cpu() - c0}
    batch_differs = False
    if _worker.get("fork") is not None:
        cli = runner.cli_run(p)
        batch_differs = cli != got
        if batch_differs and runner.cli_run(p) != cli:
            batch_differs = False  # lua2py's own output changes from run to run: reported as a mismatch
        got = cli
        if want == got:
            return {"seed": seed, "ok": True, "secs": secs, "batch_differs": batch_differs, "cpu": _cpu() - c0}
    return {"seed": seed, "text": text, "want": want, "got": got, "secs": secs, "batch_differs": batch_differs,
            "cpu": _cpu() - c0,
            "sig": runner.signature(want, got), "diffs": runner.differences(want, got)}


def still_fails_fn(sig):
    def still_fails(text):
        p = _write(text, "cand_" + PROGRAM_NAME)
        if not runner.lua_syntax_ok(p):
            return False
        # candidates are run under the program's own name, so messages match
        q = _write(text)
        want = runner.lua_run(q)
        if want.rc == -1:
            return False
        got = _lua2py(q)
        return want != got and runner.signature(want, got) == sig
    return still_fails


def shrink_text(text, log=None):
    p = _write(text)
    want, got = runner.lua_run(p), _lua2py(p)
    if want == got:
        return None, None, None
    sig = runner.signature(want, got)
    s = Shrinker(text, still_fails_fn(sig), log=log)
    # the segment whose output differs first, when its label shows
    seg = None
    for _, w, g in runner.differences(want, got):
        m = re.search(r"\b(s\d+_[a-z]+)", w + " " + g)
        if m:
            seg = m.group(1)
            break
    small = s.run(segment=seg)
    p = _write(small)
    want, got = runner.lua_run(p), runner.cli_run(p)  # the reported repro is confirmed by the CLI
    return small, want, got


def shrink_task(text):
    small, want, got = shrink_text(text)
    return small, want, got


def describe(want, got):
    lines = []
    for what, w, g in runner.differences(want, got):
        lines.append("-- %s:" % what)
        lines.append("--   lua5.4: %s" % w)
        lines.append("--   lua2py: %s" % g)
    return "\n".join(lines)


HEADER_PREFIXES = ("-- fuzz repro", "--   ", "-- stdout line", "-- exit status:", "-- stderr:",
                   "-- lua5.4 prints:", "-- lua2py prints:")


def strip_header(text):
    return "\n".join(ln for ln in text.split("\n") if not ln.startswith(HEADER_PREFIXES))


def _outcome(r):
    lines = r.stdout.decode("latin-1").splitlines()
    if len(lines) > 12:
        lines = lines[:12] + ["... (%d more lines)" % (len(lines) - 12)]
    if r.rc:
        lines.append("[exit status %d] %s" % (r.rc, r.stderr))
    return ["--   " + ln for ln in lines] or ["--   (nothing)"]


def repro_file_text(small, want, got, origin):
    """A repro with a header: the first difference, then both outputs in full when short."""
    small = strip_header(small)
    head = ["-- fuzz repro, run as %s (%s)" % (PROGRAM_NAME, origin), describe(want, got), "-- lua5.4 prints:"]
    head += _outcome(want) + ["-- lua2py prints:"] + _outcome(got)
    return "\n".join(head) + "\n" + small.lstrip("\n")


def _stop(signum, frame):
    raise KeyboardInterrupt


def cmd_run(a):
    if a.root:
        runner.LUA2PY_ROOT = Path(a.root).resolve()
    if a.cython:
        # every program compiled with Cython (lua2py run under LUA2PY_CYTHON=1): seconds of
        # compiling each, so through the CLI, with room for a loaded machine's compiles
        os.environ["LUA2PY_CYTHON"] = "1"
        runner.LUA2PY_TIMEOUT = max(runner.LUA2PY_TIMEOUT, 900)
        a.cli = True
    only, exclude, extra = _kinds(a.only), _kinds(a.exclude) or (), _kinds(a.extra) or ()
    seeds = list(range(a.seed, a.seed + a.count))
    out = Path(a.out) if a.out else None
    if out:
        out.mkdir(parents=True, exist_ok=True)
    ctx = multiprocessing.get_context("fork")
    t0 = time.time()
    mismatches = []
    ok = skipped = 0
    cpu = 0.0
    batch_differs = []
    root = tempfile.mkdtemp(prefix="l2pfuzz-run-")
    old_term = signal.signal(signal.SIGTERM, _stop)  # a stopped run still reports what it did
    with ctx.Pool(a.jobs, initializer=_init_worker, initargs=(a.cli, root)) as pool:
        try:
            for r in pool.imap_unordered(check_seed, [(s, only, exclude, extra) for s in seeds], chunksize=1):
                if r.get("batch_differs"):
                    batch_differs.append(r["seed"])
                    print("seed %d: the batch mode and the CLI differ (a fault of the batch mode)" % r["seed"],
                          flush=True)
                if r.get("skip"):
                    skipped += 1
                    print("seed %d: skipped: %s" % (r["seed"], r["skip"]), flush=True)
                    if r.get("nondeterministic") and out:
                        (out / ("seed_%d.nondeterministic.lua" % r["seed"])).write_text(r["text"], encoding="latin-1")
                elif r.get("ok"):
                    ok += 1
                else:
                    mismatches.append(r)
                    d = r["diffs"][0]
                    print("seed %d: MISMATCH %s: lua5.4 %r / lua2py %r" % (r["seed"], d[0], d[1][:100], d[2][:100]),
                          flush=True)
                cpu += r.get("cpu", 0.0)
                done = ok + skipped + len(mismatches)
                if a.progress and done % a.progress == 0:
                    print("... %d programs, %d mismatches, %.0fs (CPU %.0fs), load %.1f"
                          % (done, len(mismatches), time.time() - t0, cpu, os.getloadavg()[0]), flush=True)
        except KeyboardInterrupt:
            pool.terminate()
            a.shrink = False
            print("stopped", flush=True)
        finally:
            signal.signal(signal.SIGTERM, old_term)
        elapsed = time.time() - t0
        print("%d programs in %.0fs (CPU %.0fs; load average %s): %d ok, %d mismatches, %d skipped; "
              "batch mode and CLI differed on %d"
              % (ok + len(mismatches) + skipped, elapsed, cpu, " ".join("%.1f" % x for x in os.getloadavg()),
                 ok, len(mismatches), skipped, len(batch_differs)), flush=True)
        groups = by_signature(mismatches)
        for sig, rs in groups.items():
            print("signature %s: %d programs (seeds %s)" % (_sig_text(sig), len(rs),
                                                            " ".join(str(r["seed"]) for r in rs[:12])), flush=True)
        if out:
            _write_mismatches(out, mismatches)
            if a.shrink:  # one repro per signature: its smallest program's
                _shrink_mismatches(out, pool, [rs[0] for rs in groups.values()][: a.shrink_max])
    shutil.rmtree(root, ignore_errors=True)
    return 1 if mismatches or batch_differs else 0


def by_signature(mismatches):
    """Mismatches grouped by runner.signature, each group smallest program first, the groups
    in the order of their first seed: shrinking one program per group is enough, since the
    shrinker keeps the signature and a group's programs show the same bug as far as the
    signature can tell."""
    groups = {}
    for r in sorted(mismatches, key=lambda r: r["seed"]):
        groups.setdefault(r["sig"], []).append(r)
    return {sig: sorted(rs, key=lambda r: (len(r["text"]), r["seed"])) for sig, rs in groups.items()}


def _sig_text(sig):
    kinds, leak, seg, words, timeout = sig
    parts = ["/".join(kinds)]
    if seg:
        parts.append("segment " + seg)
    if leak:
        parts.append("Python " + leak)
    if words:
        parts.append("lua2py says " + ",".join(words[:6]))
    if timeout:
        parts.append("timeout")
    return "[" + "; ".join(parts) + "]"


def _write_mismatches(out, mismatches):
    summary = []
    for r in sorted(mismatches, key=lambda r: r["seed"]):
        (out / ("seed_%d.lua" % r["seed"])).write_text(r["text"], encoding="latin-1")
        summary.append({"seed": r["seed"], "sig": list(map(str, r["sig"])), "diffs": r["diffs"],
                        "lines": r["text"].count("\n")})
    (out / "summary.json").write_text(json.dumps(summary, indent=1))


def _shrink_mismatches(out, pool, todo):
    for r, (small, want, got) in zip(todo, pool.imap(shrink_task, [r["text"] for r in todo])):
        if small is None or want == got:
            print("seed %d: mismatch not reproduced while shrinking" % r["seed"])
            continue
        (out / ("seed_%d.min.lua" % r["seed"])).write_text(
            repro_file_text(small, want, got, "seed %d" % r["seed"]), encoding="latin-1")
        print("seed %d: shrunk to %d lines" % (r["seed"], small.count("\n")), flush=True)


def cmd_shrink(a):
    _init_worker(a.cli)
    text = Path(a.file).read_text(encoding="latin-1")
    small, want, got = shrink_text(text, log=lambda m: print(m, file=sys.stderr))
    if small is None:
        print("no mismatch: nothing to shrink", file=sys.stderr)
        return 1
    body = repro_file_text(small, want, got, os.path.basename(a.file))
    if a.o:
        Path(a.o).write_text(body, encoding="latin-1")
    else:
        sys.stdout.write(body)
    return 0


def cmd_annotate(a):
    """Put the header (lua5.4's and lua2py's outputs, through the CLI) on a hand-made repro."""
    _init_worker(True)
    text = Path(a.file).read_text(encoding="latin-1")
    src = strip_header(text)
    p = _write(src)
    want, got = runner.lua_run(p), runner.cli_run(p)
    body = repro_file_text(src, want, got, a.origin or "the comments below the outputs say where it comes from")
    Path(a.o or a.file).write_text(body, encoding="latin-1")
    print("%s: %s" % (a.o or a.file, "MISMATCH" if want != got else "no mismatch"))
    return 0 if want != got else 1


def cmd_show(a):
    sys.stdout.write(gen.generate(a.seed, only=_kinds(a.only), exclude=_kinds(a.exclude) or (),
                                  extra=_kinds(a.extra) or ()))
    return 0


def cmd_compare_modes(a):
    """Run programs (seeds, and the files named) both ways and compare everything: stdout and
    stderr bytes, exit status.  Each file runs under its own name in a scratch directory."""
    _init_worker(False)
    fork = _worker["fork"]
    bad = 0
    t_fork = t_cli = 0.0
    progs = [("seed %d" % seed, PROGRAM_NAME, gen.generate(seed)) for seed in range(a.seed, a.seed + a.count)]
    progs += [(f, os.path.basename(f), Path(f).read_text(encoding="latin-1")) for f in a.files]
    for what, name, text in progs:
        p = _write(text, name)
        t0 = time.time()
        rf = fork.run_raw(p)
        t1 = time.time()
        rc = runner.cli_raw(p)
        t2 = time.time()
        t_fork += t1 - t0
        t_cli += t2 - t1
        if rf != rc:
            bad += 1
            print("%s: batch and CLI differ:\n  batch: %r\n  CLI:   %r" % (what, rf, rc))
        elif a.verbose:
            print("%s: same (exit status %d, %d bytes of stdout, %d of stderr)"
                  % (what, rc.rc, len(rc.stdout), len(rc.stderr)))
    fork.close()
    print("%d programs: %d differ between the forked batch mode and the CLI "
          "(wall time %.1fs batch, %.1fs CLI)" % (len(progs), bad, t_fork, t_cli))
    return 1 if bad else 0


def load_seeds(path=SEEDS_FILE):
    return json.loads(Path(path).read_text())


def seed_program(entry):
    return gen.generate(entry["seed"], only=tuple(entry["only"]) if entry.get("only") else None,
                        exclude=tuple(entry.get("exclude") or ()), extra=tuple(entry.get("extra") or ()))


def cmd_record(a):
    data = load_seeds(a.seeds)
    _init_worker(True)
    for e in data["programs"]:
        text = seed_program(e)
        res = runner.lua_run(_write(text))
        e["sha256"] = program_hash(text)
        e["expected"] = res.as_json()
        print("seed %d: rc=%d, %d bytes" % (e["seed"], res.rc, len(res.stdout)))
    data["generator_version"] = gen.GENERATOR_VERSION
    Path(a.seeds).write_text(json.dumps(data, indent=1, sort_keys=False) + "\n")
    return 0


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m tests.fuzz", description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run")
    r.add_argument("--count", type=int, default=100)
    r.add_argument("--seed", type=int, default=1)
    r.add_argument("-j", "--jobs", type=int, default=2)
    r.add_argument("--out")
    r.add_argument("--shrink", action="store_true")
    r.add_argument("--shrink-max", type=int, default=20,
                   help="shrink at most this many mismatches: one per distinct signature, its smallest program")
    r.add_argument("--only")
    r.add_argument("--exclude")
    r.add_argument("--extra", help="also draw these opt-in segment kinds (gen.Gen.EXTRA_SEGMENTS)")
    r.add_argument("--cli", action="store_true", help="run lua2py through the CLI for every program (slow)")
    r.add_argument("--cython", action="store_true",
                   help="run every program compiled (lua2py run --cython, through the CLI; slow)")
    r.add_argument("--root", help="the lua2py checkout to run (default: this one), e.g. another branch's worktree")
    r.add_argument("--progress", type=int, default=0, help="print a progress line every N programs")
    s = sub.add_parser("shrink")
    s.add_argument("file")
    s.add_argument("-o")
    s.add_argument("--cli", action="store_true")
    w = sub.add_parser("show")
    w.add_argument("seed", type=int)
    w.add_argument("--only")
    w.add_argument("--exclude")
    w.add_argument("--extra")
    c = sub.add_parser("compare-modes")
    c.add_argument("--count", type=int, default=50)
    c.add_argument("--seed", type=int, default=1)
    c.add_argument("files", nargs="*", help="Lua programs to compare too")
    c.add_argument("-v", "--verbose", action="store_true")
    an = sub.add_parser("annotate", help="write lua5.4's and lua2py's outputs as a header of a repro")
    an.add_argument("file")
    an.add_argument("-o")
    an.add_argument("--origin")
    rec = sub.add_parser("record")
    rec.add_argument("--seeds", default=str(SEEDS_FILE))
    a = ap.parse_args(argv)
    if a.cmd in ("run", "shrink", "record", "annotate") and not runner.have_lua():
        print("lua5.4 is not on PATH (set $LUA): the fuzzer compares against it", file=sys.stderr)
        return 2
    return {"run": cmd_run, "shrink": cmd_shrink, "show": cmd_show, "compare-modes": cmd_compare_modes,
            "annotate": cmd_annotate,
            "record": cmd_record}[a.cmd](a)
